//! The JSON of a call says what its table says, with the same numbers: the
//! cross-source summary, read from both and compared cell by cell.

use crate::{json, stdout};
use serde_json::Value;

/// The summary table's rows, a row's continuation lines (a second BLS
/// occupation) joined to it, as [`table`] reads every table.
fn table_rows(out: &str) -> Vec<Vec<String>> {
    table(out, "Summary across").rows
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

// The other tables, each read by its title and compared cell by cell with
// the JSON of the same call.

/// A table as drawn without a width: the line above it, its headers, and
/// its rows, a row's continuation lines joined to it (a cell's lines by
/// "\n", its blank ones dropped).
struct Table {
    title: String,
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// The cell of `row` under the header `name`.
    fn at<'a>(&'a self, row: &'a [String], name: &str) -> &'a str {
        let i = self.headers.iter().position(|h| h == name).unwrap_or_else(|| panic!("{name} in {:?}", self.headers));
        &row[i]
    }
}

fn cells(line: &str) -> Vec<String> {
    line.trim_matches('│').split('┆').map(|c| c.trim().to_string()).collect()
}

/// Every table in `out`, in order.
fn tables(out: &str) -> Vec<Table> {
    let lines: Vec<&str> = out.lines().collect();
    let mut found = Vec::new();
    for (at, line) in lines.iter().enumerate().filter(|(_, l)| l.starts_with('╭')) {
        let title = if at > 0 { lines[at - 1].to_string() } else { String::new() };
        let headers = cells(lines[at + 1]);
        let mut rows: Vec<Vec<String>> = Vec::new();
        for line in lines[at + 3..].iter().take_while(|l| !l.starts_with('╰')) {
            let line = cells(line);
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
        assert!(lines[at + 2].starts_with('╞'), "{line}: one header line");
        found.push(Table { title, headers, rows });
    }
    found
}

/// The tables whose title starts with `title`.
fn titled(out: &str, title: &str) -> Vec<Table> {
    tables(out).into_iter().filter(|t| t.title.starts_with(title)).collect()
}

/// The one table whose title starts with `title`.
fn table(out: &str, title: &str) -> Table {
    let mut all = titled(out, title);
    assert_eq!(all.len(), 1, "one table titled {title:?} in\n{out}");
    all.remove(0)
}

/// The names the tables show for ids: sources by publisher, roles and
/// occupations by name, levels by name.
struct Names {
    sources: std::collections::HashMap<String, String>,
    roles: std::collections::HashMap<String, String>,
}

impl Names {
    fn new() -> Names {
        let pairs = |args: &[&str], name: &str| {
            json(args)
                .as_array()
                .unwrap()
                .iter()
                .map(|r| (r["id"].as_str().unwrap().to_string(), r[name].as_str().unwrap().to_string()))
                .collect()
        };
        Names { sources: pairs(&["sources"], "publisher"), roles: pairs(&["roles"], "name") }
    }
    fn source(&self, id: &Value) -> &str {
        &self.sources[id.as_str().unwrap()]
    }
    fn role(&self, id: &Value) -> &str {
        &self.roles[id.as_str().unwrap()]
    }
}

fn level(id: &Value) -> &'static str {
    match id.as_str().unwrap() {
        "entry" => "Entry",
        "mid" => "Mid",
        "senior" => "Senior",
        "lead" => "Lead",
        "all" => "All levels",
        other => panic!("level {other}"),
    }
}

fn thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    if n < 0 { format!("-{out}") } else { out }
}

fn usd(n: i64) -> String {
    format!("${}", thousands(n))
}

fn ordinal(n: u64) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// A dollar amount or count as an official table shows it: "not released"
/// for `null`.
fn official_cell(v: &Value, dollars: bool) -> String {
    match v.as_i64() {
        Some(n) if dollars => usd(n),
        Some(n) => thousands(n),
        None => "not released".into(),
    }
}

/// One wage of a JSON `wages` object as the tables show it: a top-coded
/// one as BLS's floor, "≥ $239,200".
fn wage(wages: &Value, key: &str) -> String {
    let top_coded = wages["top_coded"].as_array().unwrap().iter().any(|k| k == key);
    match top_coded {
        true => format!("≥ {}", usd(wages[key].as_i64().unwrap())),
        false => official_cell(&wages[key], true),
    }
}

/// A JSON figure's amount, with `low` and `high` as its bounds, as the
/// tables word it: "$110,000–$140,000+", "at least ~$60,000", "$40,460 (10th)".
fn amount_with(f: &Value, low: &Value, high: &Value) -> String {
    if f["not_released"] == true {
        return "not released".into();
    }
    let approx = if f["approximate"] == true { "~" } else { "" };
    let plus = if f["open_high"] == true { "+" } else { "" };
    let which = f["percentile"].as_u64().map(|p| format!(" ({})", ordinal(p))).unwrap_or_default();
    match (f["kind"].as_str().unwrap(), low.as_i64(), high.as_i64()) {
        ("range", Some(l), Some(h)) if l != h => format!("{approx}{}–{}{plus}", usd(l), usd(h)),
        ("at-most", _, Some(h)) => format!("at most {approx}{}", usd(h)),
        (_, Some(l), None) => format!("at least {approx}{}{which}", usd(l)),
        (_, Some(v), _) => format!("{approx}{}{plus}{which}", usd(v)),
        _ => "—".into(),
    }
}

/// The amount with the statistic a single amount is: "$127,000 average".
fn amount_and_kind(f: &Value) -> String {
    let amount = amount_with(f, &f["low"], &f["high"]);
    match f["kind"].as_str().unwrap() {
        kind @ ("average" | "mean" | "median" | "estimate") if f["not_released"] != true => format!("{amount} {kind}"),
        _ => amount,
    }
}

/// "≈ $61,579–$87,237 in 2025 dollars" from the figure's `real`, or why
/// it has none.
fn real_line(f: &Value, dollars: &str) -> String {
    let real = &f["real"];
    match (real.is_object(), f["year"].as_i64()) {
        (true, _) => format!("≈ {} in {}{dollars}", amount_with(f, &real["low"], &real["high"]), real["year"]),
        (false, None) => "not adjusted: no year stated".into(),
        (false, Some(year)) => format!("not adjusted: the CPI has no index for {year}"),
    }
}

/// "(Glassdoor, 2024; 0-1 year)", as cells give a figure's provenance.
fn provenance(f: &Value) -> String {
    let year = f["year"].as_i64().map(|y| format!(", {y}")).unwrap_or_default();
    let experience = f["experience"].as_str().map(|e| format!("; {e}")).unwrap_or_default();
    format!("({}{year}{experience})", basis(f))
}

fn basis(f: &Value) -> &'static str {
    match f["basis"].as_str().unwrap() {
        "glassdoor" => "Glassdoor",
        "indeed" => "Indeed",
        "bls" => "BLS",
        "own" => "none cited",
        other => panic!("basis {other}"),
    }
}

/// A cell's lines without their note marks: "$60,000 [1]" is "$60,000".
fn unmarked(cell: &str) -> String {
    let line = |l: &str| match l.rsplit_once(" [") {
        Some((text, mark)) if mark.strip_suffix(']').is_some_and(|n| n.parse::<u32>().is_ok()) => text.to_string(),
        _ => l.to_string(),
    };
    cell.lines().map(line).collect::<Vec<_>>().join("\n")
}

fn array(v: &Value) -> &Vec<Value> {
    v.as_array().unwrap_or_else(|| panic!("an array: {v}"))
}

/// Standard output of `args` with the good fixtures read as the user's own data.
fn with_user_data(args: &[&str]) -> String {
    let env = crate::Env::new();
    let out = env.cmd().arg("--data-dir").arg(crate::fixture("good")).args(args).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

/// The notes a table's marks point to: "[1] The page says …" is 1 ↦ "The page says …".
fn footnotes(out: &str) -> std::collections::HashMap<u32, String> {
    out.lines()
        .filter_map(|l| {
            let (n, text) = l.strip_prefix('[')?.split_once("] ")?;
            Some((n.parse().ok()?, text.to_string()))
        })
        .collect()
}

/// The note mark a cell's first line ends with: "$60,000 [1]" is 1.
fn mark(cell: &str) -> Option<u32> {
    let first = cell.lines().next()?;
    first.rsplit_once(" [")?.1.strip_suffix(']')?.parse().ok()
}

#[test]
fn each_salary_figure_in_json_is_its_row_in_the_table() {
    for (user_data, args) in [
        (false, &["salary", "backend"][..]),
        (false, &["salary", "backend", "--area", "Austin"]),
        (false, &["salary", "--real"]),
        (false, &["salary", "--level", "senior"]),
        (false, &["salary", "web-developers"]),
        (true, &["salary", "--real"]),
    ] {
        let (out, v) = match user_data {
            false => (stdout(args), json(args)),
            true => {
                let mut all = args.to_vec();
                all.extend(["--format", "json"]);
                (with_user_data(args), serde_json::from_str(&with_user_data(&all)).unwrap())
            }
        };
        let names = match user_data {
            false => Names::new(),
            true => {
                let mut names = Names::new();
                names.roles.insert("data-engineer".into(), "Data engineer".into());
                names
            }
        };
        let t = table(&out, "Salary figures");
        let notes = footnotes(&out);
        let figures = array(&v["figures"]);
        assert_eq!(t.rows.len(), figures.len(), "{args:?}: a row a figure");
        assert!(!figures.is_empty(), "{args:?}");
        let real = args.contains(&"--real");
        let mine = figures.iter().filter(|f| f["origin"] == "user-file").count();
        assert_eq!(mine > 0, user_data, "{args:?}: the user's figures are there only with their file");
        for (row, f) in t.rows.iter().zip(figures) {
            let at = format!("{args:?} {} {}", f["source"], f["label"]);
            let source = match f["origin"].as_str().unwrap() {
                "user-file" => format!("{} (your file)", f["source"].as_str().unwrap()),
                _ => names.source(&f["source"]).to_string(),
            };
            assert_eq!(t.at(row, "Source"), source, "{at}");
            assert_eq!(t.at(row, "Role"), names.role(&f["role"]), "{at}");
            assert_eq!(t.at(row, "Level"), level(&f["level"]), "{at}");
            let mut amount = amount_and_kind(f);
            if real {
                amount = format!("{amount}\n{}", real_line(f, " dollars"));
            }
            assert_eq!(unmarked(t.at(row, "Amount")), amount, "{at}");
            assert_eq!(mark(t.at(row, "Amount")).map(|n| notes[&n].as_str()), f["note"].as_str(), "{at}: its note");
            let year = f["year"].as_i64().map(|y| format!(" {y}")).unwrap_or_default();
            let basis = match (f["origin"].as_str().unwrap(), basis(f)) {
                ("user-file", "none cited") => "your own",
                (_, basis) => basis,
            };
            assert_eq!(t.at(row, "Basis"), format!("{basis}{year}"), "{at}");
            assert_eq!(t.at(row, "Where"), f["location"].as_str().unwrap_or("national"), "{at}");
            assert_eq!(t.at(row, "Source's label"), f["label"].as_str().unwrap(), "{at}");
        }
        if real {
            // "CPI-U annual averages used (…): 2022 292.655, 2024 313.689, 2025 321.943."
            let line = out.lines().find(|l| l.contains("CPI-U annual averages used")).expect("the CPI note");
            let used = line.rsplit_once("): ").unwrap().1.trim_end_matches('.');
            let shown: std::collections::BTreeSet<String> = used.split(", ").map(String::from).collect();
            let mut from_json = std::collections::BTreeSet::new();
            for f in figures.iter().filter(|f| f["real"].is_object()) {
                from_json.insert(format!("{} {}", f["year"], f["real"]["index_from"]));
                from_json.insert(format!("{} {}", f["real"]["year"], f["real"]["index_to"]));
            }
            assert_eq!(shown, from_json, "{args:?}: the index values the note gives are those JSON used");
        }
    }
}

#[test]
fn salarys_official_rows_in_json_are_its_official_table() {
    let names = Names::new();
    for args in [
        &["salary", "backend"][..],
        &["salary", "backend", "--area", "Austin"],
        &["salary", "frontend", "--area", "Abilene"],
        &["salary", "frontend"],
    ] {
        let t = table(&stdout(args), "Official statistics");
        let v = json(args);
        let official = array(&v["official"]);
        assert_eq!(t.rows.len(), official.len(), "{args:?}: a row an occupation");
        assert!(!official.is_empty(), "{args:?}");
        for (row, o) in t.rows.iter().zip(official) {
            let at = format!("{args:?} {}", o["soc"]);
            assert!(t.title.contains(o["area"]["name"].as_str().unwrap()) || o["area"]["type"] == "nation", "{at}");
            assert!(t.title.contains(o["release"].as_str().unwrap()), "{at}: {}", t.title);
            assert_eq!(
                t.at(row, "Occupation (SOC)"),
                format!("{} ({})", o["name"].as_str().unwrap(), o["soc"].as_str().unwrap())
            );
            let anchors: Vec<&str> = array(&o["pay_anchor_of"]).iter().map(|r| names.role(r)).collect();
            let anchors = if anchors.is_empty() { "—".to_string() } else { anchors.join(", ") };
            assert_eq!(t.at(row, "Pay anchor of"), anchors, "{at}");
            assert_eq!(t.at(row, "Employment"), official_cell(&o["employment"], false), "{at}");
            for (header, key) in [
                ("Mean", "mean"),
                ("10th", "p10"),
                ("25th", "p25"),
                ("Median", "median"),
                ("75th", "p75"),
                ("90th", "p90"),
            ] {
                assert_eq!(t.at(row, header), wage(&o["wages"], key), "{at} {header}");
            }
        }
    }
    // Abilene's withheld wages are nulls in JSON and "not released" in the table.
    let v = json(&["salary", "frontend", "--area", "Abilene"]);
    assert!(v["official"][0]["wages"]["median"].is_null(), "{v}");
}

/// "17%", "2.5%": a share as the tables print it.
fn percent(p: &Value) -> String {
    let p = p.as_f64().unwrap();
    let rounded = (p * 100.0).round() / 100.0;
    format!("{}%", if rounded == 0.0 { 0.0 } else { rounded })
}

fn period(g: &Value) -> String {
    match (g["from_year"].as_i64(), g["to_year"].as_i64()) {
        (Some(f), Some(t)) => format!("{f}–{t}"),
        (None, Some(t)) => format!("through {t}"),
        (Some(f), None) => format!("from {f}"),
        (None, None) => "—".into(),
    }
}

/// A JSON growth projection as compare's growth cell words it.
fn growth_text(g: &Value) -> String {
    let mut text = format!("{} {} ({})", percent(&g["percent"]), period(g), basis(g));
    if !g["baseline_percent"].is_null() {
        text.push_str(&format!("\nall jobs: {}", percent(&g["baseline_percent"])));
    }
    if let Some(n) = g["openings_per_year"].as_i64() {
        let n = thousands(n);
        let openings = match g["openings_qualifier"].as_str().unwrap_or("exact") {
            "exact" => n,
            "about" => format!("~{n}"),
            "at-least" => format!("{n}+"),
            "over" => format!("over {n}"),
            "nearly" => format!("nearly {n}"),
            other => panic!("qualifier {other}"),
        };
        text.push_str(&format!("\n{openings} openings/yr"));
    }
    text
}

#[test]
fn compares_tables_are_its_json() {
    let names = Names::new();
    for args in [&["compare", "backend", "frontend"][..], &["compare", "backend", "frontend", "--real"]] {
        let out = stdout(args);
        let v = json(args);
        let roles = array(&v["roles"]);
        let real = args.contains(&"--real");

        // Salary by level: each role's cell is its JSON figures of that level and source.
        let t = table(&out, "Salary by level");
        let figures = array(&v["salary"]);
        let mut shown = 0;
        for row in &t.rows {
            let (lvl, source) = (t.at(row, "Level"), t.at(row, "Source"));
            let here: Vec<&Value> =
                figures.iter().filter(|f| level(&f["level"]) == lvl && names.source(&f["source"]) == source).collect();
            assert!(!here.is_empty(), "{args:?}: {lvl} {source} in JSON");
            for role in roles {
                let mine: Vec<&&Value> = here.iter().filter(|f| f["role"] == *role).collect();
                shown += mine.len();
                let lines: Vec<String> = mine
                    .iter()
                    .map(|f| {
                        let year = f["year"].as_i64().map(|y| format!(", {y}")).unwrap_or_default();
                        let experience = f["experience"].as_str().map(|e| format!("; {e}")).unwrap_or_default();
                        let mut line = format!("{} ({}{year}{experience})", amount_and_kind(f), basis(f));
                        if real {
                            let why = if f["year"].is_null() { "not adjusted".into() } else { real_line(f, "") };
                            line = format!("{line}\n{why}");
                        }
                        line
                    })
                    .collect();
                let expected = if lines.is_empty() { "—".to_string() } else { lines.join("\n") };
                assert_eq!(unmarked(t.at(row, names.role(role))), expected, "{args:?} {lvl} {source} {role}");
            }
        }
        assert_eq!(shown, figures.len(), "{args:?}: every JSON figure in the table");

        // "Sources with any record for Back-end developer (pay or not): CBT Nuggets, …"
        for role in roles {
            let line = format!("Sources with any record for {} (pay or not): ", names.role(role));
            let listed = out.lines().find_map(|l| l.strip_prefix(line.as_str())).expect("a coverage line");
            let covering: Vec<&str> =
                array(&v["coverage"][role.as_str().unwrap()]).iter().map(|s| names.source(s)).collect();
            assert_eq!(listed, if covering.is_empty() { "none".to_string() } else { covering.join(", ") }, "{args:?}");
        }

        // Official statistics: median, mean and 10th–90th under each role the occupation stands for.
        let t = table(&out, "Official statistics");
        let official = array(&v["official"]);
        assert_eq!(t.rows.len(), official.len(), "{args:?}");
        for (row, o) in t.rows.iter().zip(official) {
            assert_eq!(
                t.at(row, "Occupation (SOC)"),
                format!("{} ({})", o["name"].as_str().unwrap(), o["soc"].as_str().unwrap())
            );
            assert_eq!(t.at(row, "Source"), names.source(&o["source"]));
            let w = &o["wages"];
            let text = format!(
                "median {}\nmean {}\n10th–90th {}–{}",
                wage(w, "median"),
                wage(w, "mean"),
                wage(w, "p10"),
                wage(w, "p90")
            );
            for role in roles {
                let stands = o["occupation"] == *role || array(&o["pay_anchor_of"]).contains(role);
                assert_eq!(
                    t.at(row, names.role(role)),
                    if stands { text.as_str() } else { "—" },
                    "{args:?} {}",
                    o["soc"]
                );
            }
        }

        // Growth projections that apply, under the roles each applies to.
        let t = table(&out, "Growth projections");
        let growth = array(&v["growth"]);
        assert_eq!(t.rows.len(), growth.len(), "{args:?}");
        for (row, g) in t.rows.iter().zip(growth) {
            assert_eq!(t.at(row, "Occupation measured"), names.role(&g["occupation"]));
            assert_eq!(t.at(row, "Source"), names.source(&g["source"]));
            for role in roles {
                let applies = array(&g["applies_to"]).contains(role);
                assert_eq!(
                    t.at(row, names.role(role)),
                    if applies { growth_text(g) } else { "—".into() },
                    "{args:?} {g}"
                );
            }
        }

        // Skills: shared and only-one-role, with the count and each skill's sources.
        let t = table(&out, "Skills: shared");
        let by_role = &v["skills"]["by_role"];
        let listed = |ids: &[Value]| {
            let named: Vec<String> = ids
                .iter()
                .map(|id| {
                    let rows: Vec<&Value> = roles
                        .iter()
                        .filter_map(|r| array(&by_role[r.as_str().unwrap()]).iter().find(|s| s["skill"] == *id))
                        .collect();
                    let hot = if rows[0]["onet_hot_technology"].is_null() { "" } else { " ★" };
                    let most = rows.iter().map(|s| array(&s["sources"]).len()).max().unwrap();
                    format!("{}{hot} ({most})", rows[0]["name"].as_str().unwrap())
                })
                .collect();
            (ids.len(), if named.is_empty() { "—".to_string() } else { named.join(", ") })
        };
        let mut expected = vec![(format!("all {} roles", roles.len()), listed(array(&v["skills"]["shared"])))];
        for role in roles {
            expected.push((
                format!("only {}", names.role(role)),
                listed(array(&v["skills"]["only"][role.as_str().unwrap()])),
            ));
        }
        assert_eq!(t.rows.len(), expected.len(), "{args:?}");
        for (row, (who, (count, list))) in t.rows.iter().zip(expected) {
            assert_eq!(t.at(row, "Named for"), format!("{who}: {count}"), "{args:?}");
            // A cell is cut at 1,000 characters, with a marker: what it shows is the list's start.
            let cell = t.at(row, "Skills (sources naming each)");
            match cell.strip_suffix('…') {
                Some(start) => assert!(list.starts_with(start) && start.len() > 900, "{args:?} {who}: {cell}"),
                None => assert_eq!(cell, list, "{args:?} {who}"),
            }
        }
    }
}

/// "$151,000+" for a JSON `{value, open}`; — for `null`.
fn vote(v: &Value) -> String {
    match v["value"].as_i64() {
        Some(n) => format!("{}{}", usd(n), if v["open"] == true { "+" } else { "" }),
        None => "—".into(),
    }
}

fn category(c: &Value) -> &'static str {
    match c.as_str().unwrap() {
        "language" => "language",
        "framework" => "framework",
        "database" => "database",
        "api" => "API",
        "cloud-devops" => "cloud/devops",
        "practice" => "practice",
        "soft-skill" => "soft skill",
        other => panic!("category {other}"),
    }
}

#[test]
fn switchs_tables_are_its_json() {
    let names = Names::new();
    for args in [&["switch", "frontend", "backend"][..], &["switch", "frontend", "backend", "--area", "Austin"]] {
        let out = stdout(args);
        let v = json(args);
        let (from, to) = (names.role(&v["from"]), names.role(&v["to"]));

        // Pay: each side's figures, the vote when it is worked from several, and the change.
        let t = table(&out, "Pay, ");
        let pay = array(&v["pay"]);
        assert_eq!(t.rows.len(), pay.len(), "{args:?}: a row a source and level");
        assert!(!pay.is_empty());
        for (row, p) in t.rows.iter().zip(pay) {
            let at = format!("{args:?} {} {}", p["level"], p["source"]);
            assert_eq!(t.at(row, "Level"), level(&p["level"]), "{at}");
            assert_eq!(t.at(row, "Source"), names.source(&p["source"]), "{at}");
            for (header, side, value) in [(from, "from", "from_value"), (to, "to", "to_value")] {
                let figures = array(&p[side]);
                let mut lines: Vec<String> =
                    figures.iter().map(|f| format!("{} {}", amount_and_kind(f), provenance(f))).collect();
                if figures.len() > 1 && !p[value].is_null() {
                    lines.push(format!("votes {}", vote(&p[value])));
                }
                let expected = if lines.is_empty() { "—".to_string() } else { lines.join("\n") };
                assert_eq!(t.at(row, header), expected, "{at} {side}");
            }
            let change = match (p["change"].as_i64(), p["change_percent"].as_f64()) {
                (Some(c), Some(pc)) => format!(
                    "{}{} ({}{pc}%)",
                    if c >= 0 { "+" } else { "-" },
                    usd(c.abs()),
                    if pc >= 0.0 { "+" } else { "" }
                ),
                // With figures on both sides, the cell says why there is no change.
                _ if !array(&p["from"]).is_empty() && !array(&p["to"]).is_empty() => {
                    let why = match p["no_change"].as_str().unwrap() {
                        "one-side" => "a figure for one role only",
                        "open-top" => "an open top",
                        "several-claims" => "several claims on a side",
                        "unlike-claims" => "unlike claims",
                        other => panic!("no_change {other}"),
                    };
                    format!("— ({why})")
                }
                _ => "—".into(),
            };
            assert_eq!(t.at(row, "Change"), change, "{at}");
        }

        // Official medians, nationally and in the area when one is asked for.
        let t = table(&out, "Official medians");
        let official = array(&v["official"]);
        assert_eq!(t.rows.len(), official.len(), "{args:?}");
        // The area's column is headed with the area's name.
        let in_area = v["area"]["name"].as_str().map(|n| format!("Median in {n}"));
        assert_eq!(t.headers.iter().any(|h| h.starts_with("Median in")), in_area.is_some(), "{args:?}");
        assert!(t.title.contains(&format!("BLS OEWS {}", official[0]["release"].as_str().unwrap())), "{}", t.title);
        for (row, o) in t.rows.iter().zip(official) {
            assert_eq!(t.at(row, "Role"), names.role(&o["role"]));
            assert_eq!(
                t.at(row, "Occupation (SOC)"),
                format!("{} ({})", o["occupation"].as_str().unwrap(), o["soc"].as_str().unwrap())
            );
            assert_eq!(t.at(row, "National median"), official_cell(&o["national_median"], true), "{args:?}");
            if !v["area"].is_null() {
                let header = in_area.as_deref().unwrap();
                assert_eq!(t.at(row, header), official_cell(&o["area_median"], true), "{args:?}");
            }
        }

        // Skills kept and to learn: name, ★, category and "n/N: sources".
        let naming = array(&v["evidence"]["skills_to"]).len();
        for (title, key) in [("Skills you keep", "carried"), ("Skills to learn", "to_learn")] {
            let t = table(&out, title);
            let skills = array(&v[key]);
            assert_eq!(t.rows.len(), skills.len(), "{args:?} {title}");
            for (row, s) in t.rows.iter().zip(skills) {
                let hot = if s["onet_hot_technology"].is_null() { "" } else { " ★" };
                assert_eq!(t.at(row, "Skill"), format!("{}{hot}", s["name"].as_str().unwrap()));
                assert_eq!(t.at(row, "Category"), category(&s["category"]));
                let sources: Vec<&str> = array(&s["sources"]).iter().map(|id| names.source(id)).collect();
                assert_eq!(
                    t.at(row, &format!("Sources naming it for {}", names.role(&v["to"]))),
                    format!("{}/{naming}: {}", sources.len(), sources.join(", "))
                );
            }
        }

        // "Skills for Front-end developer: 1 source (Forage); for …"
        let said = |key: &str| {
            let ids = array(&v["evidence"][key]);
            let listed: Vec<&str> = ids.iter().map(|id| names.source(id)).collect();
            match ids.len() {
                0 => "no source".to_string(),
                1 => format!("1 source ({})", listed.join(", ")),
                n => format!("{n} sources ({})", listed.join(", ")),
            }
        };
        for (what, a, b) in [("Skills", "skills_from", "skills_to"), ("Pay", "pay_from", "pay_to")] {
            let line = format!("{what} for {from}: {}; for {to}: {}.", said(a), said(b));
            assert!(out.lines().any(|l| l == line), "{args:?}: {line:?} in\n{out}");
        }
    }
}

/// An official standing in `offer`'s words.
fn official_standing(s: &Value) -> String {
    let p = s["percentile"].as_u64();
    match (s["position"].as_str().unwrap(), p) {
        ("below-tenth", _) => "below the 10th percentile".into(),
        ("above-ninetieth", _) => "above the 90th percentile".into(),
        ("about", Some(p)) => format!("about the {} percentile", ordinal(p)),
        ("above", Some(p)) => format!("above the {} percentile (the next is not published)", ordinal(p)),
        ("unknown", _) => "not placed: BLS released too little".into(),
        other => panic!("standing {other:?}"),
    }
}

/// An article's standing in `offer`'s words.
fn article_standing(s: &Value) -> String {
    let (position, against) = (s["position"].as_str().unwrap(), s["against"].as_str().unwrap());
    let of = match (against, position, s["percentile"].as_u64()) {
        (_, "above-open-top", _) => return "at or above its stated top, which is open: it may lie within".into(),
        ("range", ..) => "its range",
        ("figure", ..) => "it",
        ("floor", ..) => "its floor",
        ("ceiling", ..) => "its ceiling",
        ("distribution", _, Some(p)) => return format!("about the {} percentile of its distribution", ordinal(p)),
        ("distribution", "within", None) => return "between its lowest and highest stated percentiles".into(),
        ("distribution", "below", None) => return "below its lowest stated percentile".into(),
        ("distribution", _, None) => return "above its highest stated percentile".into(),
        other => panic!("against {other:?}"),
    };
    let position = if position == "equal" { "equal to" } else { position };
    format!("{position} {of}")
}

fn times(r: &Value) -> String {
    r.as_f64().map_or("—".into(), |r| format!("{r:.2}×"))
}

#[test]
fn offers_tables_are_its_json() {
    let names = Names::new();
    for args in [
        &["offer", "150k", "backend"][..],
        &["offer", "150k", "backend", "--area", "Austin"],
        &["offer", "150k", "backend", "--level", "senior"],
        &["offer", "85k", "web-developers"],
        &["offer", "150k", "backend", "--real"],
        // A vote equal to the offer is neither below nor above it.
        &["offer", "126k", "backend"],
        &["offer", "300k", "backend"],
        &["offer", "90k", "frontend", "--area", "Abilene"],
    ] {
        let out = stdout(args);
        let v = json(args);
        let amount = usd(v["amount"].as_i64().unwrap());
        let place = v["area"]["name"].as_str().unwrap_or("the nation");

        let t = table(&out, &format!("{amount} on BLS's pay distribution"));
        assert!(t.title.contains(&format!("{} ({place}, ", names.role(&v["role"]))), "{args:?}: {}", t.title);
        let official = array(&v["official"]);
        assert_eq!(t.rows.len(), official.len(), "{args:?}");
        assert!(!official.is_empty());
        assert!(t.title.contains(&format!(", {}, ", official[0]["release"].as_str().unwrap())), "{}", t.title);
        for (row, o) in t.rows.iter().zip(official) {
            assert_eq!(
                t.at(row, "Occupation (SOC)"),
                format!("{} ({})", o["occupation"].as_str().unwrap(), o["soc"].as_str().unwrap())
            );
            assert_eq!(t.at(row, "Where it stands"), official_standing(&o["standing"]), "{args:?}");
            assert_eq!(t.at(row, "Median"), official_cell(&o["median"], true), "{args:?}");
            assert_eq!(t.at(row, "Offer ÷ median"), times(&o["ratio_to_median"]), "{args:?}");
        }

        let dollars = if args.contains(&"--real") { ", in 2025 dollars" } else { "" };
        let t = table(&out, &format!("{amount} beside the summary across sources (national claims{dollars})"));
        let summary = array(&v["summary"]);
        assert_eq!(t.rows.len(), summary.len(), "{args:?}");
        for (row, s) in t.rows.iter().zip(summary) {
            let at = format!("{args:?} {}", s["level"]);
            assert_eq!(t.at(row, "Level"), level(&s["level"]), "{at}");
            assert_eq!(t.at(row, "Voting sources"), s["voting"].to_string(), "{at}");
            assert_eq!(t.at(row, "Below the offer"), s["below"].to_string(), "{at}");
            assert_eq!(t.at(row, "Open top below it"), s["unclear"].to_string(), "{at}");
            assert_eq!(t.at(row, "Equal to it"), s["equal"].to_string(), "{at}");
            let counted: u64 = ["below", "unclear", "equal", "above"].iter().map(|k| s[*k].as_u64().unwrap()).sum();
            assert_eq!(Some(counted), s["voting"].as_u64(), "{at}: every vote counted once");
            assert_eq!(t.at(row, "Above it"), s["above"].to_string(), "{at}");
            assert_eq!(t.at(row, "Median source"), vote(&s["middle"]), "{at}");
            // Over a median with no ceiling the ratio is an upper bound.
            let bound = if s["middle"]["open"] == true { "≤" } else { "" };
            assert_eq!(
                t.at(row, "Offer ÷ median"),
                format!("{bound}{}", times(&s["ratio_to_middle"])).replace("≤—", "—"),
                "{at}"
            );
        }

        let t = table(&out, &format!("{amount} against each article's claims"));
        let articles = array(&v["articles"]);
        assert_eq!(t.rows.len(), articles.len(), "{args:?}: a row a claim");
        for (row, a) in t.rows.iter().zip(articles) {
            let figures = array(&a["figures"]);
            let first = &figures[0];
            let at = format!("{args:?} {} {}", a["source"], first["label"]);
            assert_eq!(t.at(row, "Source"), names.source(&a["source"]), "{at}");
            assert_eq!(t.at(row, "Level"), level(&a["level"]), "{at}");
            // A distribution reads from its lowest percentile up.
            let mut sorted: Vec<&Value> = figures.iter().collect();
            sorted.sort_by_key(|f| (f["percentile"].as_u64().unwrap_or(50), f["low"].as_i64()));
            let lines: Vec<String> = sorted
                .iter()
                .map(|f| {
                    let year = f["year"].as_i64().map(|y| format!(" ({y})")).unwrap_or_default();
                    let real =
                        if f.get("real").is_some() { format!("\n{}", real_line(f, " dollars")) } else { String::new() };
                    format!("{}{year}{real}", amount_and_kind(f))
                })
                .collect();
            assert_eq!(t.at(row, "Figure"), lines.join("\n"), "{at}");
            assert_eq!(t.at(row, "Where"), first["location"].as_str().unwrap_or("national"), "{at}");
            let mut labels: Vec<&str> = sorted.iter().map(|f| f["label"].as_str().unwrap()).collect();
            labels.dedup();
            assert_eq!(t.at(row, "Source's label"), labels.join("\n"), "{at}");
            assert_eq!(t.at(row, "The offer is"), article_standing(&a["standing"]), "{at}");
        }
    }
}

#[test]
fn wheres_and_industries_rows_are_their_json_records() {
    for args in [
        &["where", "backend"][..],
        &["where", "backend", "--type", "state", "--sort", "concentration"],
        &["where", "frontend", "--top", "400"],
    ] {
        let shown: Vec<(String, Table)> =
            titled(&stdout(args), "Where ").into_iter().map(|t| (t.title.clone(), t)).collect();
        let records = json(args);
        let records = array(&records);
        assert_eq!(shown.iter().map(|(_, t)| t.rows.len()).sum::<usize>(), records.len(), "{args:?}: a row a record");
        let rows = shown.iter().flat_map(|(title, t)| t.rows.iter().map(move |r| (title, t, r)));
        for ((title, t, row), r) in rows.zip(records) {
            let at = format!("{args:?} {}", r["area"]["name"]);
            let named = format!("Where {} ({}) pays", r["occupation"].as_str().unwrap(), r["soc"].as_str().unwrap());
            assert!(
                title.starts_with(&named) && title.contains(&format!(": {}s, ", r["area"]["type"].as_str().unwrap())),
                "{at}: {title}"
            );
            assert!(title.ends_with(&format!(", {}", r["release"].as_str().unwrap())), "{at}: {title}");
            assert_eq!(t.at(row, "#"), r["rank"].to_string(), "{at}");
            assert_eq!(t.at(row, "Area"), r["area"]["name"].as_str().unwrap(), "{at}");
            assert_eq!(t.at(row, "Employment"), official_cell(&r["employment"], false), "{at}");
            let fixed =
                |v: &Value, places: usize| v.as_f64().map_or("not released".into(), |x| format!("{x:.places$}"));
            assert_eq!(t.at(row, "Per 1,000 jobs"), fixed(&r["per_1000"], 3), "{at}");
            assert_eq!(t.at(row, "Concentration"), fixed(&r["location_quotient"], 2), "{at}");
            let w = &r["wages"];
            assert_eq!(t.at(row, "Median"), wage(w, "median"), "{at}");
            assert_eq!(t.at(row, "10th–90th"), format!("{}–{}", wage(w, "p10"), wage(w, "p90")), "{at}");
            assert_eq!(t.at(row, "× national median"), times(&r["median_to_national"]), "{at}");
        }
    }
    for args in [&["industries", "backend"][..], &["industries", "frontend", "--sort", "median"]] {
        let shown = titled(&stdout(args), "Industries employing");
        let records = json(args);
        let records = array(&records);
        assert_eq!(shown.iter().map(|t| t.rows.len()).sum::<usize>(), records.len(), "{args:?}: a row a record");
        let rows = shown.iter().flat_map(|t| t.rows.iter().map(move |r| (t, r)));
        for ((t, row), r) in rows.zip(records) {
            let at = format!("{args:?} {}", r["industry"]);
            let named =
                format!("Industries employing {} ({})", r["occupation"].as_str().unwrap(), r["soc"].as_str().unwrap());
            assert!(t.title.starts_with(&named), "{at}: {}", t.title);
            assert!(t.title.ends_with(&format!(", {}", r["release"].as_str().unwrap())), "{at}: {}", t.title);
            assert_eq!(t.at(row, "#"), r["rank"].to_string(), "{at}");
            assert_eq!(t.at(row, "Industry"), r["industry"].as_str().unwrap(), "{at}");
            assert_eq!(t.at(row, "Employment"), official_cell(&r["employment"], false), "{at}");
            let share = r["share_of_employment"].as_f64().map_or("—".into(), |p| format!("{p:.1}%"));
            assert_eq!(t.at(row, "Share of jobs"), share, "{at}");
            let w = &r["wages"];
            assert_eq!(t.at(row, "Median"), wage(w, "median"), "{at}");
            assert_eq!(t.at(row, "10th–90th"), format!("{}–{}", wage(w, "p10"), wage(w, "p90")), "{at}");
            assert_eq!(t.at(row, "× national median"), times(&r["median_to_national"]), "{at}");
        }
    }
}
