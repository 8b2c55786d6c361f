//! The JSON of a call says what its table says, with the same numbers: the
//! cross-source summary, read from both and compared cell by cell.

use crate::{json, stdout};
use serde_json::Value;

/// The summary table's rows, a row's continuation lines (a second BLS
/// occupation) joined to it.
fn table_rows(out: &str) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    for line in crate::summary_rows(out) {
        match rows.last_mut() {
            Some(row) if line[0].is_empty() => {
                for (cell, more) in row.iter_mut().zip(line) {
                    if !more.is_empty() {
                        cell.push('\n');
                        cell.push_str(&more);
                    }
                }
            }
            _ => rows.push(line),
        }
    }
    rows
}

/// The amounts a cell shows, in order: "$135,980 ×0.93" is 135980.
fn amounts(cell: &str) -> Vec<i64> {
    cell.split('$')
        .skip(1)
        .map(|s| {
            s.chars()
                .take_while(|c| c.is_ascii_digit() || *c == ',')
                .filter(char::is_ascii_digit)
                .collect::<String>()
                .parse()
                .unwrap()
        })
        .collect()
}

/// What a JSON amount object shows in a cell: its value, "+" when open.
fn shown(v: &Value) -> String {
    match v["value"].as_i64() {
        Some(n) => format!("{n}{}", if v["open"] == true { "+" } else { "" }),
        None => "—".into(),
    }
}

/// A cell as the same "value+" text: "$125,000+ *" is "125000+".
fn cell_value(cell: &str) -> String {
    match amounts(cell).first() {
        Some(n) => {
            format!("{n}{}", if cell.split_whitespace().next().is_some_and(|w| w.ends_with('+')) { "+" } else { "" })
        }
        None => "—".into(),
    }
}

fn assert_same(args: &[&str], summary: &Value) {
    let table = table_rows(&stdout(args));
    let records = summary.as_array().expect("summary rows");
    assert_eq!(table.len(), records.len(), "{args:?}: one JSON record a table row");
    assert!(!records.is_empty(), "{args:?}: a summary to compare");
    for (row, r) in table.iter().zip(records) {
        let at = format!("{args:?} {} {}", r["role"], r["level"]);
        assert_eq!(row[2], format!("{} of {}", r["voting"], r["sources"]), "{at}");
        assert_eq!(row[3], r["claims"].to_string(), "{at}");
        let voting = r["voting"].as_u64().unwrap();
        // The table shows a single vote as the median, two as both ends.
        let (low, middle, high) = match voting {
            0 => ("—".to_string(), "—".to_string(), "—".to_string()),
            1 => ("—".into(), shown(&r["middle"]), "—".into()),
            2 => (shown(&r["low"]), "—".into(), shown(&r["high"])),
            _ => (shown(&r["low"]), shown(&r["middle"]), shown(&r["high"])),
        };
        assert_eq!((cell_value(&row[4]), cell_value(&row[5]), cell_value(&row[6])), (low, middle, high), "{at}");
        let stated = &r["stated"];
        let ends = amounts(&row[7]);
        assert_eq!(ends.first().copied(), stated["low"].as_i64(), "{at}");
        assert_eq!(ends.last().copied(), stated["high"].as_i64(), "{at}");
        assert_eq!(row[7].ends_with('+'), stated["open_high"] == true, "{at}");
        match r["years"].as_object() {
            Some(y) => assert!(
                row[8].starts_with(&y["from"].to_string()) && row[8].contains(&y["to"].to_string()),
                "{at}: {}",
                row[8]
            ),
            None => assert_eq!(row[8], "none stated", "{at}"),
        }
        // "none stated" is every claim undated; else the count is said.
        match r["years"].is_null() {
            true => assert_eq!(r["undated"], r["claims"], "{at}"),
            false => assert_eq!(row[8].contains("undated"), r["undated"] != 0, "{at}"),
        }
        let medians: Vec<i64> = r["anchor"].as_array().unwrap().iter().filter_map(|a| a["median"].as_i64()).collect();
        let in_cell: Vec<i64> = amounts(&row[9]);
        assert_eq!(in_cell, medians, "{at}");
        for a in r["anchor"].as_array().unwrap() {
            for ratio in a["ratios"].as_array().unwrap() {
                assert!(row[9].contains(&format!("{:.2}", ratio.as_f64().unwrap())), "{at}: {ratio} in {}", row[9]);
            }
        }
    }
}

#[test]
fn the_summary_in_json_is_the_summary_in_the_table() {
    for args in [
        &["salary"][..],
        &["salary", "--level", "senior"],
        &["salary", "--real"],
        &["salary", "backend", "--area", "Austin"],
        &["salary", "web-developers"],
    ] {
        assert_same(args, &json(args)["summary"]);
    }
    for args in
        [&["compare", "backend", "frontend"][..], &["compare", "backend", "frontend", "--level", "senior", "--real"]]
    {
        assert_same(args, &json(args)["summary"]);
    }
    let switch = ["switch", "frontend", "backend"];
    assert_same(&switch, &json(&switch)["summary"]);
}

#[test]
fn a_quoted_distribution_is_one_claim_with_no_spread_in_json_too() {
    let v = json(&["salary", "web-developers"]);
    let row = &v["summary"][0];
    assert_eq!((row["sources"].as_u64(), row["voting"].as_u64(), row["claims"].as_u64()), (Some(1), Some(1), Some(1)));
    assert!(row["spread"].is_null(), "{row}");
    assert_eq!(row["distributions"][0]["figures"], 3);
    assert_eq!((row["stated"]["low"].as_i64(), row["stated"]["high"].as_i64()), (Some(40_460), Some(144_690)));
}

#[test]
fn the_summary_is_a_csv_table_of_its_own() {
    let csv = crate::stdout_as("csv", &["salary", "--level", "senior", "--part", "summary"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    for column in
        ["role", "level", "sources", "voting", "claims", "low.value", "middle.value", "high.value", "stated.low"]
    {
        assert!(headers.iter().any(|h| h == column), "{column} in {headers:?}");
    }
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let v = json(&["salary", "--level", "senior"]);
    assert_eq!(rows.len(), v["summary"].as_array().unwrap().len());
    let at = |name: &str| headers.iter().position(|h| h == name).unwrap();
    for (row, r) in rows.iter().zip(v["summary"].as_array().unwrap()) {
        assert_eq!(row[at("middle.value")], r["middle"]["value"].to_string().replace("null", ""));
    }
    // The figures stay the default table, and the official figures have one too.
    let figures = crate::stdout_as("csv", &["salary", "--level", "senior"]);
    assert!(figures.starts_with("source,role,level,label"), "{figures}");
    let official = crate::stdout_as("csv", &["salary", "backend", "--part", "official"]);
    assert!(official.lines().skip(1).all(|l| l.starts_with("bls-oews-2025,")), "{official}");
    let compare = crate::stdout_as("csv", &["compare", "backend", "frontend", "--part", "summary"]);
    assert!(compare.starts_with("role,level,sources,voting,claims"), "{compare}");
}
