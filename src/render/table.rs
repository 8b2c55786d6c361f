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
use comfy_table::{Attribute, Cell, ColumnConstraint, ContentArrangement, Table, Width};
use unicode_width::UnicodeWidthStr;

/// Free-text words up to this width are kept whole; longer ones may break.
const TEXT_MIN: usize = 12;

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
    let wrap = |line: String| textwrap::fill(&line, usize::from(width));
    let mut lines: Vec<String> =
        common.iter().map(|&i| wrap(format!("{}: {}", s.headers[i], clean(&s.rows[0][i])))).collect();
    let mut columns: Vec<usize> = all.iter().copied().filter(|i| !common.contains(i)).collect();
    let mut hidden = Vec::new();
    for &i in &s.optional {
        if fits(&columns) {
            break;
        }
        if let Some(at) = columns.iter().position(|&c| c == i) {
            hidden.push(s.headers[columns.remove(at)].as_str());
        }
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

/// The columns `columns` of the section as one table; at a width, with each
/// column at least its need.
fn boxed(s: &Section, columns: &[usize], fit: Option<(u16, &[usize])>, color: bool) -> String {
    let mut table = new_table(color);
    table.set_header(columns.iter().map(|&i| header_cell(&s.headers[i], color)));
    for row in &s.rows {
        table.add_row(columns.iter().map(|&i| cell(&row[i])));
    }
    if let Some((width, needs)) = fit {
        table.set_content_arrangement(ContentArrangement::Dynamic).set_width(width);
        // comfy-table's bound counts the column's padding, one space a side.
        let bound = |i: &usize| ColumnConstraint::LowerBoundary(Width::Fixed(width_u16(needs[*i] + 2)));
        table.set_constraints(columns.iter().map(bound));
    }
    table.to_string()
}

/// One row as a block: a line per column, its header beside its value.
fn stacked(s: &Section, row: &[String], columns: &[usize], width: u16, color: bool) -> String {
    let mut table = new_table(color);
    for &i in columns {
        table.add_row(vec![header_cell(&s.headers[i], color), Cell::new(cell(&row[i]))]);
    }
    let label = columns.iter().map(|&i| s.headers[i].width()).max().unwrap_or(0);
    table.set_content_arrangement(ContentArrangement::Dynamic).set_width(width);
    table.set_constraints([ColumnConstraint::Absolute(Width::Fixed(width_u16(label + 2)))]);
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

fn width_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// Columns whose every row holds the same value, when there are rows
/// enough for that to say something.
fn common_columns(s: &Section) -> Vec<usize> {
    if s.rows.len() < 2 {
        return Vec::new();
    }
    (0..s.headers.len()).filter(|&i| s.rows.iter().all(|r| r[i] == s.rows[0][i] && !r[i].contains('\n'))).collect()
}

/// The narrowest a column can be without splitting a word it must keep
/// whole: its header's words, figures, ids, and free-text words up to
/// `TEXT_MIN`.
fn need(s: &Section, i: usize) -> usize {
    let is_id = |cell: &str| !cell.is_empty() && cell.bytes().all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-'));
    let id_column = !s.rows.is_empty() && s.rows.iter().all(|r| is_id(&r[i]));
    let header = s.headers[i].split_whitespace().map(UnicodeWidthStr::width).max().unwrap_or(0);
    let cells = s.rows.iter().flat_map(|r| r[i].split_whitespace()).map(|w| {
        let keep_whole = id_column || w.contains(|c: char| c.is_ascii_digit());
        if keep_whole { w.width() } else { w.width().min(TEXT_MIN) }
    });
    cells.max().unwrap_or(0).max(header).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_cell_is_cut_with_a_marker() {
        let long = "é".repeat(CELL_MAX + 5);
        let shown = cell(&long);
        assert_eq!(shown.chars().count(), CELL_MAX + 1);
        assert!(shown.ends_with('…'));
        assert_eq!(cell("short"), "short");
    }
}
