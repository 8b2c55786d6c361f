//! Tables at a terminal's width: nothing wider than the screen, and no
//! amount broken across lines.

use crate::{Env, json};

fn at_width(width: u16, args: &[&str]) -> String {
    let out = Env::new().cmd().env("COLUMNS", width.to_string()).args(args).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

/// "$110,000" as the tables write it.
fn usd(n: i64) -> String {
    let digits = n.to_string();
    let mut out = String::from("$");
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// Every dollar amount in the text, as written: "$110,000", or "$110," and
/// "000" on the next line if a table split it.
fn amounts(text: &str) -> std::collections::BTreeSet<&str> {
    text.match_indices('$')
        .map(|(at, _)| {
            let len = text[at + 1..].find(|c: char| !(c.is_ascii_digit() || c == ',')).unwrap_or(text.len() - at - 1);
            text[at..=at + len].trim_end_matches(',')
        })
        .collect()
}

const COMMANDS: &[&[&str]] = &[
    &["compare", "backend", "frontend"],
    &["compare", "backend", "frontend", "devops", "security"],
    &["salary"],
    &["salary", "backend", "--area", "Cincinnati"],
    &["salary", "--level", "senior"],
];

#[test]
fn at_80_columns_no_line_is_wider_and_no_amount_is_split() {
    for args in COMMANDS {
        let text = at_width(80, args);
        let widest = text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
        assert!(widest <= 80, "{args:?}: a line of {widest} columns:\n{text}");
        // Wide enough for nothing to wrap, every amount is whole; at 80
        // columns, every amount must be one of those (or left out).
        let wide = at_width(1000, args);
        let (narrow, whole) = (amounts(&text), amounts(&wide));
        let broken: Vec<&&str> = narrow.difference(&whole).collect();
        assert!(broken.is_empty(), "{args:?}: amounts split at 80 columns: {broken:?}\n{text}");
    }
}

#[test]
fn every_figure_of_the_articles_reads_whole_at_80_columns() {
    for args in [&["salary"][..], &["compare", "backend", "frontend"]] {
        let text = at_width(80, args);
        let records = json(args);
        let figures: Vec<&serde_json::Value> = match records.get("salary") {
            Some(compare) => compare.as_array().unwrap().iter().collect(),
            None => crate::salary_records(&records),
        };
        for f in figures.iter().filter(|f| f["source"] != "bls-oews-2025" && f["location"].is_null()) {
            for bound in [&f["low"], &f["high"]] {
                if let Some(n) = bound.as_i64() {
                    assert!(text.contains(&usd(n)), "{args:?}: {} not whole in:\n{text}", usd(n));
                }
            }
        }
    }
}

/// The words of a table's output, its box drawing taken for spaces.
fn tokens(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || ('\u{2500}'..='\u{257f}').contains(&c)).filter(|t| !t.is_empty())
}

/// `token` as a run of whole hyphen-separated parts of `word`, its hyphen
/// kept where a line broke after it: "Seattle-", "Tacoma-Bellevue,".
fn is_part_of(token: &str, word: &str) -> bool {
    let parts: Vec<&str> = word.split('-').collect();
    (0..parts.len()).any(|from| {
        (from + 1..=parts.len()).any(|to| {
            let run = parts[from..to].join("-");
            if to < parts.len() { token == format!("{run}-") } else { token == run }
        })
    })
}

/// Lines that exist only because of the width: what a narrow table leaves
/// out, and a column's one value said above the table ("Role: ...").
fn width_only(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("Not shown at ") {
        out.push_str(&rest[..at]);
        let end = ["csv and json.", "shows it.", "shows them."]
            .iter()
            .filter_map(|tail| rest[at..].find(tail).map(|e| at + e + tail.len()))
            .min()
            .unwrap_or(rest.len());
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn at_50_80_and_100_columns_every_line_fits_and_no_word_is_split() {
    for args in crate::commands::ALL.iter().chain(crate::snapshots::MORE) {
        let wide = at_width(400, args);
        let whole: std::collections::BTreeSet<&str> = tokens(&wide).collect();
        for width in [50, 80, 100] {
            let text = at_width(width, args);
            for line in text.lines() {
                let w = unicode_width::UnicodeWidthStr::width(line);
                assert!(w <= usize::from(width), "{args:?} at {width}: a line of {w} columns:\n{line}");
            }
            let kept = width_only(&text);
            for token in tokens(&kept) {
                let said_above = token.strip_suffix(':').is_some_and(|t| whole.contains(t));
                let ok = whole.contains(token) || said_above || whole.iter().any(|w| is_part_of(token, w));
                assert!(ok, "{args:?} at {width}: {token:?} is not a whole word of the output at 400 columns:\n{text}");
            }
        }
    }
}
