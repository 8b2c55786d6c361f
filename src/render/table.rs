//! Box-drawn tables by comfy-table: rounded corners, a double rule under the
//! header, no rules between rows, free text wrapped between words.

use super::{Section, clean};
use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Attribute, Cell, ColumnConstraint, ContentArrangement, Table, Width};
use unicode_width::UnicodeWidthStr;

/// The table as text, without a final newline; `width` limits it when set.
pub fn draw(s: &Section, width: Option<u16>, color: bool) -> String {
    let mut table = Table::new();
    table.load_style(UTF8_FULL_CONDENSED.with_rounded_corners());
    if color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    let header = s.headers.iter().map(|h| {
        let cell = Cell::new(clean(h));
        if color { cell.add_attribute(Attribute::Bold) } else { cell }
    });
    table.set_header(header);
    for row in &s.rows {
        table.add_row(row.iter().map(|c| clean(c).into_owned()));
    }
    if let Some(width) = width {
        table.set_content_arrangement(ContentArrangement::Dynamic).set_width(width);
        let bounds = lower_bounds(s, usize::from(width).saturating_sub(3 * s.headers.len() + 1));
        // comfy-table's bound counts the column's padding, one space a side.
        let bound = |b: u16| ColumnConstraint::LowerBoundary(Width::Fixed(b.saturating_add(2)));
        table.set_constraints(bounds.into_iter().map(bound));
    }
    table.to_string()
}

/// Room kept for each column not yet given a bound, so whole ids never
/// squeeze free text to a few characters a line.
const RESERVE: usize = 6;

/// The width below which each column would split a word. Figures (words
/// with a digit: amounts, counts, years) are kept whole first, as a split one
/// misreads; then id columns (each cell one lower-case word, such as
/// `noble-desktop`), while the others keep some room. Narrowest first, and
/// all within `room`: free text wraps between words, and what cannot be kept
/// whole at this width is left to comfy-table.
fn lower_bounds(s: &Section, room: usize) -> Vec<u16> {
    let column = |i: usize| s.rows.iter().filter_map(move |r| r.get(i)).map(String::as_str);
    let widest = |words: &mut dyn Iterator<Item = &str>| words.map(UnicodeWidthStr::width).max().unwrap_or(0);
    let n = s.headers.len();
    let figures: Vec<usize> = (0..n)
        .map(|i| {
            let cells = std::iter::once(s.headers[i].as_str()).chain(column(i));
            widest(&mut cells.flat_map(str::split_whitespace).filter(|w| w.contains(|c: char| c.is_ascii_digit())))
        })
        .collect();
    let is_id = |cell: &str| !cell.is_empty() && cell.bytes().all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-'));
    let ids: Vec<usize> =
        (0..n).map(|i| if !s.rows.is_empty() && column(i).all(is_id) { widest(&mut column(i)) } else { 0 }).collect();
    let mut bounds = vec![1; n];
    for (wanted, keep) in [(&figures, 1), (&ids, RESERVE)] {
        let mut narrowest_first: Vec<usize> = (0..n).filter(|&i| wanted[i] > bounds[i]).collect();
        narrowest_first.sort_by_key(|&i| wanted[i]);
        for i in narrowest_first {
            let mut tried = bounds.clone();
            tried[i] = wanted[i];
            if tried.iter().map(|&b| b.max(keep)).sum::<usize>() <= room {
                bounds = tried;
            }
        }
    }
    bounds.into_iter().map(|b| u16::try_from(b).unwrap_or(u16::MAX)).collect()
}
