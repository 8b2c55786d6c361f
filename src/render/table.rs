//! Box-drawn tables by comfy-table: rounded corners, a double rule under the
//! header, no rules between rows, free text wrapped between words.
//!
//! At a set width a table is laid out for a person: when it does not fit, a
//! column that holds one value in every row is said once above it; figures (words with a digit)
//! and ids are never split, and no other word shorter than `TEXT_MIN`; when
//! the columns cannot all fit, the section's optional columns go first
//! (and a line says so); when even that fails, each row becomes a block.

use super::{Section, clean};
use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Attribute, Cell, Table};
use unicode_width::UnicodeWidthStr;

/// The table as text, with the lines said above and below it, without a
/// final newline; `width` limits it when set.
pub fn draw(s: &Section, width: Option<u16>, color: bool) -> String {
    let all: Vec<usize> = (0..s.headers.len()).collect();
    let Some(width) = width else { return boxed(s, &all, None, color) };
    let needs: Vec<usize> = (0..s.headers.len()).map(|i| need(s, i)).collect();
    let fits = |columns: &[usize]| columns.iter().map(|&i| needs[i] + 3).sum::<usize>() < usize::from(width);
    // Said once above the table only when room is short: a narrow table
    // reads better with every column in it.
    let common = if fits(&all) { Vec::new() } else { common_columns(s) };
    let wrap = |line: String| super::fill(&line, usize::from(width));
    let mut lines: Vec<String> =
        common.iter().map(|&i| wrap(format!("{}: {}", s.headers[i], clean(&s.rows[0][i])))).collect();
    let mut columns: Vec<usize> = all.iter().copied().filter(|i| !common.contains(i)).collect();
    let mut hidden = Vec::new();
    while !fits(&columns) {
        // The first optional column the rows can do without; one that alone
        // tells two rows apart (three Noble Desktop rows, by city) goes only
        // when every other optional column has.
        let present: Vec<usize> = s.optional.iter().copied().filter(|i| columns.contains(i)).collect();
        let Some(&i) = present.iter().find(|&&i| !needed_to_tell_apart(s, &columns, i)).or(present.first()) else {
            break;
        };
        columns.retain(|&c| c != i);
        hidden.push(s.headers[i].as_str());
    }
    if fits(&columns) {
        lines.push(boxed(s, &columns, Some((width, &needs)), color));
        if !hidden.is_empty() {
            let them = if hidden.len() == 1 { "it" } else { "them" };
            let also = if s.table_only { "" } else { ", as do --format csv and json" };
            lines.push(wrap(format!(
                "Not shown at {width} columns: {}. A wider terminal shows {them}{also}.",
                hidden.join(", ")
            )));
        }
    } else {
        let columns: Vec<usize> = (0..s.headers.len()).filter(|i| !common.contains(i)).collect();
        lines.extend(s.rows.iter().map(|row| stacked(s, row, &columns, width, color)));
    }
    lines.join("\n")
}

fn new_table(color: bool) -> Table {
    let mut table = Table::new();
    table.load_style(UTF8_FULL_CONDENSED.with_rounded_corners());
    if color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table
}

fn header_cell(h: &str, color: bool) -> Cell {
    let cell = Cell::new(clean(h));
    if color { cell.add_attribute(Attribute::Bold) } else { cell }
}

/// The columns `columns` of the section as one table; at a width, each
/// column gets at least its need and the room left goes to the columns
/// with the most text still to wrap.
fn boxed(s: &Section, columns: &[usize], fit: Option<(u16, &[usize])>, color: bool) -> String {
    let mut table = new_table(color);
    let Some((width, needs)) = fit else {
        table.set_header(columns.iter().map(|&i| header_cell(&s.headers[i], color)));
        for row in &s.rows {
            table.add_row(columns.iter().map(|&i| cell(&row[i])));
        }
        return table.to_string();
    };
    let widths = share_out(s, columns, usize::from(width), needs);
    // Wrapped here rather than by comfy-table, which cuts a word longer
    // than its column anywhere; each column is at least its longest
    // unbreakable piece, so these lines fit as they are.
    table.set_header(columns.iter().zip(&widths).map(|(&i, &w)| header_cell(&super::fill(&s.headers[i], w), color)));
    for row in &s.rows {
        table.add_row(columns.iter().zip(&widths).map(|(&i, &w)| {
            if ids(s, i) { super::fill_words(&cell(&row[i]), w) } else { super::fill(&cell(&row[i]), w) }
        }));
    }
    table.to_string()
}

/// The text width of each of `columns` in a table `width` wide: each its
/// need; then short columns their natural width; then a column at a time
/// to the one furthest from its natural width, so prose gets the room.
fn share_out(s: &Section, columns: &[usize], width: usize, needs: &[usize]) -> Vec<usize> {
    // A border left of each column and one at the end, a space each side.
    let room = width.saturating_sub(1 + 3 * columns.len());
    let natural: Vec<usize> = columns.iter().map(|&i| natural(s, i).max(needs[i])).collect();
    let mut widths: Vec<usize> = columns.iter().map(|&i| needs[i]).collect();
    let mut left = room.saturating_sub(widths.iter().sum());
    // Short values first get their whole width, least room first, so a
    // column of "none cited 2024" is one line and not three.
    let fair = room / columns.len().max(1);
    let mut short: Vec<usize> = (0..columns.len()).filter(|&at| natural[at] <= fair).collect();
    short.sort_by_key(|&at| natural[at] - widths[at]);
    for at in short {
        let more = natural[at] - widths[at];
        if more <= left {
            widths[at] += more;
            left -= more;
        }
    }
    while left > 0 {
        let Some((at, _)) =
            widths.iter().zip(&natural).map(|(w, n)| n - w).enumerate().filter(|&(_, d)| d > 0).max_by_key(|&(_, d)| d)
        else {
            break;
        };
        widths[at] += 1;
        left -= 1;
    }
    widths
}

/// The width of a column's longest line, header included.
fn natural(s: &Section, i: usize) -> usize {
    let header = s.headers[i].width();
    let cells = s.rows.iter().flat_map(|r| r[i].split('\n')).map(|line| clean(line).width());
    cells.max().unwrap_or(0).max(header)
}

/// One row as a block: a line per column, its header beside its value.
fn stacked(s: &Section, row: &[String], columns: &[usize], width: u16, color: bool) -> String {
    let mut table = new_table(color);
    let label = columns.iter().map(|&i| s.headers[i].width()).max().unwrap_or(0);
    // Two columns: three borders and a space each side of each.
    let value = usize::from(width).saturating_sub(label + 7);
    for &i in columns {
        table.add_row(vec![header_cell(&s.headers[i], color), Cell::new(super::fill(&cell(&row[i]), value))]);
    }
    table.to_string()
}

/// The most characters a table cell shows; the rest is cut with a marker,
/// so no single value can make wrapping slow.
const CELL_MAX: usize = 1_000;

/// A cell's text, escaped and cut to `CELL_MAX` characters.
fn cell(text: &str) -> String {
    // Cut first, then escape: a cut through an emoji sequence leaves a
    // joiner with nothing to join, which is escaped like any other.
    match text.char_indices().nth(CELL_MAX) {
        Some((at, _)) => format!("{}…", clean(&text[..at])),
        None => clean(text).into_owned(),
    }
}

/// The section without the columns that hold one value on every row of
/// three or more, each said once in the title instead ("… — Role: Back-end
/// developer"), or None when there is none. Amounts and other figures (a
/// value with a digit) stay in their column, as do marks like "✓" or "—",
/// a value of several lines, and the last two columns.
pub fn lift_common(s: &Section) -> Option<Section> {
    if s.rows.len() < 3 {
        return None;
    }
    let first = &s.rows[0];
    let same = |i: usize| {
        let v = first[i].trim();
        // Words only: a mark such as ✓ or — means nothing away from its column.
        let sayable = v.contains(char::is_alphabetic) && !v.contains('\n') && !v.contains(|c: char| c.is_ascii_digit());
        sayable && s.rows.iter().all(|r| r[i] == first[i])
    };
    let mut lifted: Vec<usize> = (0..s.headers.len()).filter(|&i| same(i)).collect();
    lifted.truncate(s.headers.len().saturating_sub(2));
    if lifted.is_empty() {
        return None;
    }
    let kept: Vec<usize> = (0..s.headers.len()).filter(|i| !lifted.contains(i)).collect();
    // A value the title already says ("Skills for Back-end developer") is not said twice.
    let said: Vec<String> = lifted
        .iter()
        .filter(|&&i| !s.title.contains(first[i].as_str()))
        .map(|&i| format!("{}: {}", s.headers[i], first[i]))
        .collect();
    let title = match (s.title.is_empty(), said.is_empty()) {
        (_, true) => s.title.clone(),
        (true, false) => said.join("; "),
        (false, false) => format!("{} — {}", s.title, said.join("; ")),
    };
    let at = |i: usize| kept.iter().position(|&k| k == i);
    Some(Section {
        title,
        headers: kept.iter().map(|&i| s.headers[i].clone()).collect(),
        rows: s.rows.iter().map(|r| kept.iter().map(|&i| r[i].clone()).collect()).collect(),
        optional: s.optional.iter().filter_map(|&i| at(i)).collect(),
        ..s.clone()
    })
}

/// Whether two rows that differ in `columns` would read the same without
/// column `i`.
fn needed_to_tell_apart(s: &Section, columns: &[usize], i: usize) -> bool {
    let key = |row: &[String], without: Option<usize>| -> Vec<String> {
        columns.iter().filter(|&&c| Some(c) != without).map(|&c| row[c].clone()).collect()
    };
    let mut with = std::collections::HashSet::new();
    let mut without = std::collections::HashSet::new();
    for row in &s.rows {
        with.insert(key(row, None));
        without.insert(key(row, Some(i)));
    }
    without.len() < with.len()
}

/// Columns whose every row holds the same value, when there are rows
/// enough for that to say something.
fn common_columns(s: &Section) -> Vec<usize> {
    if s.rows.len() < 2 {
        return Vec::new();
    }
    (0..s.headers.len()).filter(|&i| s.rows.iter().all(|r| r[i] == s.rows[0][i] && !r[i].contains('\n'))).collect()
}

/// The narrowest a column can be without splitting a word: its widest
/// piece that no line break may fall inside, header included.
fn need(s: &Section, i: usize) -> usize {
    let cells: Vec<&str> = if ids(s, i) {
        s.rows.iter().flat_map(|r| r[i].split_whitespace()).collect()
    } else {
        s.rows.iter().flat_map(|r| super::unbreakable(&r[i])).collect()
    };
    super::unbreakable(&s.headers[i]).chain(cells).map(|piece| clean(piece).width()).max().unwrap_or(0).max(1)
}

/// Whether column `i` holds ids ("research-com", "cbt-nuggets, wgu"): a
/// reader types them back, so they are never broken at a hyphen.
fn ids(s: &Section, i: usize) -> bool {
    let is_id = |w: &str| {
        let w = w.trim_end_matches(',');
        !w.is_empty() && w.bytes().all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-'))
    };
    !s.rows.is_empty() && s.rows.iter().all(|r| !r[i].trim().is_empty() && r[i].split_whitespace().all(is_id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_column_that_tells_rows_apart_is_dropped_last() {
        let mut s = Section::table("T", &["Source", "Where", "Basis", "Amount"]).optional(&["Where", "Basis"]);
        for (city, basis, amount) in [
            ("Seattle", "stated", "$140,000–$170,000"),
            ("New York", "stated", "$140,000–$170,000"),
            ("Austin", "estimate", "$120,000"),
        ] {
            s.rows.push(["Noble Desktop", city, basis, amount].iter().map(|c| c.to_string()).collect());
        }
        // Room for two of the three columns: Where, listed first to go, stays.
        let text = draw(&s, Some(40), false);
        assert!(text.contains("Seattle") && text.contains("Not shown at 40 columns: Basis."), "{text}");
    }

    #[test]
    fn a_value_on_every_row_goes_into_the_title_but_an_amount_stays() {
        let mut s = Section::table("Salary", &["Source", "Role", "Amount", "Where"]).optional(&["Where"]);
        for (source, city) in [("Forage", "Austin"), ("Noble Desktop", "Seattle"), ("CBT Nuggets", "Boston")] {
            s.rows.push([source, "Back-end developer", "$90,000", city].iter().map(|c| c.to_string()).collect());
        }
        let lifted = lift_common(&s).expect("Role is the same on every row");
        assert_eq!(lifted.title, "Salary — Role: Back-end developer");
        assert_eq!(lifted.headers, ["Source", "Amount", "Where"]);
        assert_eq!(lifted.rows[1], ["Noble Desktop", "$90,000", "Seattle"]);
        assert_eq!(lifted.optional, [2]);
        s.title = "Salary for Back-end developer".into();
        assert_eq!(lift_common(&s).unwrap().title, "Salary for Back-end developer", "said once");
        s.rows.truncate(2);
        assert!(lift_common(&s).is_none(), "two rows are too few to say it once");
    }

    #[test]
    fn a_short_value_keeps_its_width_and_prose_wraps() {
        let mut s = Section::table("T", &["Growth", "Source's words"]);
        let prose = "projected job growth for this career path, as the article words it at some length";
        s.rows.push(vec!["17% [1]".into(), prose.into()]);
        let text = draw(&s, Some(40), false);
        assert!(text.contains("17% [1]"), "{text}");
    }

    #[test]
    fn ids_break_only_at_spaces() {
        let mut s = Section::table("T", &["Id", "Sources"]);
        for _ in 0..3 {
            s.rows.push(vec!["software-developers".into(), "cbt-nuggets, noble-desktop, research-com".into()]);
        }
        s.rows[0][1] = "wgu".into();
        let text = draw(&s, Some(50), false);
        for id in ["software-developers", "cbt-nuggets,", "noble-desktop,", "research-com"] {
            assert!(text.contains(id), "{id} broken:\n{text}");
        }
    }

    #[test]
    fn a_long_cell_is_cut_with_a_marker() {
        let long = "é".repeat(CELL_MAX + 5);
        let shown = cell(&long);
        assert_eq!(shown.chars().count(), CELL_MAX + 1);
        assert!(shown.ends_with('…'));
        assert_eq!(cell("short"), "short");
    }
}
