//! Box-drawn tables: rounded corners, a double rule under the header, no
//! rules between rows, cells left-aligned with one space of padding.
//!
//! Written here rather than with a table crate because drawing was half the
//! instructions of `careers skills` (#5 budgets start-up time): this renderer
//! borrows every line it prints from the cells and allocates only its width
//! and line lists. Widths are display columns (unicode-width), so wide
//! characters in user data keep the borders straight.

use super::ROWS_PER_THREAD;
use crate::data::model::has_controls;
use crate::par;
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

/// The borders and padding a table of `n` columns takes beyond its text.
fn chrome(n: usize) -> usize {
    3 * n + 1
}

/// Display columns of one line. Printable ASCII takes one a character, and
/// so do the dashes of ranges and empty cells ("$60,000–$85,000", "—"),
/// which are in most salary rows: unicode-width's string rules, which look
/// at neighbouring characters for emoji and ligatures, were a tenth of
/// drawing a long table. Any other character hands the line to them.
pub fn width(s: &str) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    let b = s.as_bytes();
    let (mut at, mut n) = (0, 0);
    while at < b.len() {
        match (b[at], b.get(at + 1), b.get(at + 2)) {
            (b' '..=b'~', _, _) => at += 1,
            // U+2013 and U+2014 in UTF-8.
            (0xe2, Some(0x80), Some(0x93 | 0x94)) => at += 3,
            _ => return s.width(),
        }
        n += 1;
    }
    n
}

/// The width of a cell's widest line.
fn widest_line(s: &str) -> usize {
    if s.contains('\n') { s.split('\n').map(width).max().unwrap_or(0) } else { width(s) }
}

/// What one pass over every cell finds: each column's widest line, and
/// whether any cell holds a control character, which must be escaped before
/// the table is drawn.
pub struct Measure {
    natural: Vec<usize>,
    pub dirty: bool,
}

/// Measures the cells. Checking a cell for control characters right after
/// measuring it finds its text still in cache: a pass of its own over the
/// cells of a long table, scattered through the data, cost as much again.
pub fn measure<T: AsRef<str> + Sync>(headers: &[T], rows: &[Vec<T>]) -> Measure {
    let n = headers.len();
    let mut m = Measure {
        natural: headers.iter().map(|h| widest_line(h.as_ref()).max(1)).collect(),
        dirty: headers.iter().any(|h| has_controls(h.as_ref(), true)),
    };
    let run_measure = |run: &[Vec<T>]| {
        let mut m = Measure { natural: vec![0; n], dirty: false };
        for cells in run {
            for (w, c) in m.natural.iter_mut().zip(cells) {
                *w = (*w).max(widest_line(c.as_ref()));
                m.dirty |= has_controls(c.as_ref(), true);
            }
        }
        m
    };
    for run in par::par_chunks(rows, ROWS_PER_THREAD, run_measure) {
        for (n, w) in m.natural.iter_mut().zip(run.natural) {
            *n = (*n).max(w);
        }
        m.dirty |= run.dirty;
    }
    m
}

/// Each column's width: its widest line when that fits `limit`; otherwise
/// narrow columns keep their width, and the wide ones share what is left,
/// none below its longest word while the longest words fit.
fn layout<T: AsRef<str>>(natural: Vec<usize>, headers: &[T], rows: &[Vec<T>], limit: Option<u16>) -> Vec<usize> {
    let n = headers.len();
    let cells = |i: usize| std::iter::once(&headers[i]).chain(rows.iter().filter_map(move |r| r.get(i)));
    let Some(limit) = limit else { return natural };
    let room = usize::from(limit).saturating_sub(chrome(n));
    if natural.iter().sum::<usize>() <= room {
        return natural;
    }
    let longest_word: Vec<usize> = (0..n)
        .map(|i| cells(i).flat_map(|c| c.as_ref().split_whitespace()).map(width).max().unwrap_or(0).max(1))
        .collect();
    // Settle columns from the narrowest need up: a column whose need fits its
    // fair share of the room left gets it; the rest share what remains.
    let mut widths = vec![0; n];
    let mut open: Vec<usize> = (0..n).collect();
    let mut left = room;
    loop {
        let fair = left / open.len().max(1);
        let settled: Vec<usize> = open.iter().copied().filter(|&i| natural[i] <= fair).collect();
        if settled.is_empty() {
            break;
        }
        for &i in &settled {
            widths[i] = natural[i];
            left -= natural[i];
        }
        open.retain(|i| !settled.contains(i));
        if open.is_empty() {
            return widths;
        }
    }
    // Whole words where they fit: shortest first, keeping a few columns' room for the others.
    open.sort_by_key(|&i| longest_word[i]);
    const RESERVE: usize = 4;
    // Two columns at least, so a wide character always fits its column.
    let mut floors: Vec<usize> = natural.iter().map(|&w| w.min(2)).collect();
    let mut budget = left;
    for (k, &i) in open.iter().enumerate() {
        let others = (open.len() - k - 1) * RESERVE;
        if longest_word[i] + others > budget {
            break;
        }
        floors[i] = longest_word[i];
        budget -= longest_word[i];
    }
    // Then share the room in proportion to each column's widest line, never below its floor.
    let mut rest = open.clone();
    loop {
        let total: usize = rest.iter().map(|&i| natural[i]).sum::<usize>().max(1);
        let raised: Vec<usize> = rest.iter().copied().filter(|&i| left * natural[i] / total < floors[i]).collect();
        if raised.is_empty() {
            break;
        }
        for &i in &raised {
            widths[i] = floors[i];
            left = left.saturating_sub(floors[i]);
        }
        rest.retain(|i| !raised.contains(i));
        if rest.is_empty() {
            break;
        }
    }
    let total: usize = rest.iter().map(|&i| natural[i]).sum::<usize>().max(1);
    let mut spare = left;
    for &i in &rest {
        widths[i] = (left * natural[i] / total).max(floors[i]);
        spare = spare.saturating_sub(widths[i]);
    }
    // Rounding leaves a few columns' worth: give it back, leftmost first.
    rest.sort_unstable();
    for &i in &rest {
        if spare == 0 {
            break;
        }
        let more = spare.min(natural[i].saturating_sub(widths[i]));
        widths[i] += more;
        spare -= more;
    }
    widths
}

/// Splits `text` into lines of at most `max` display columns, between words
/// where possible; a word longer than a line is cut. Lines are borrowed.
pub fn wrap<'a>(text: &'a str, max: usize, lines: &mut Vec<&'a str>) {
    for line in text.split('\n') {
        if width(line) <= max {
            lines.push(line);
            continue;
        }
        let mut rest = line.trim_start_matches(' ');
        while width(rest) > max {
            // The last space that keeps the line within `max`, else cut the word.
            let mut cut = 0;
            let mut used = 0;
            let mut space = None;
            for (at, c) in rest.char_indices() {
                let w = if c.is_ascii() { 1 } else { unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) };
                if used + w > max {
                    break;
                }
                if c == ' ' {
                    space = Some(at);
                }
                used += w;
                cut = at + c.len_utf8();
            }
            let end = match space {
                Some(at) if at > 0 => at,
                // Not even one character fits: take one anyway, or the loop would not end.
                _ if cut == 0 => rest.chars().next().map_or(rest.len(), char::len_utf8),
                _ => cut,
            };
            lines.push(rest[..end].trim_end_matches(' '));
            rest = rest[end..].trim_start_matches(' ');
        }
        lines.push(rest);
    }
}

const SPACES: &str = "                                                                ";

fn pad(line: &mut String, n: usize) {
    let mut n = n;
    while n > 0 {
        let k = n.min(SPACES.len());
        line.push_str(&SPACES[..k]);
        n -= k;
    }
}

fn rule(widths: &[usize], [left, fill, join, right]: [&str; 4]) -> String {
    let mut line = String::with_capacity(fill.len() * (widths.iter().sum::<usize>() + chrome(widths.len())) + 1);
    line.push_str(left);
    // One run as long as the widest column, sliced for each.
    let run = fill.repeat(widths.iter().max().map_or(0, |w| w + 2));
    for (k, w) in widths.iter().enumerate() {
        if k > 0 {
            line.push_str(join);
        }
        line.push_str(&run[..fill.len() * (w + 2)]);
    }
    line.push_str(right);
    line.push('\n');
    line
}

/// One table row, as many lines high as its tallest cell. Each line is put
/// together in `line` and written at once: a write per piece was a third of
/// the drawing's cost.
fn row<'a, T: AsRef<str>>(
    out: &mut dyn Write,
    cells: &'a [T],
    widths: &[usize],
    bold: bool,
    lines: &mut [Vec<&'a str>],
    line: &mut String,
) -> io::Result<()> {
    if !bold && single_line(out, cells, widths, line)? {
        return Ok(());
    }
    let mut height = 0;
    for (i, w) in widths.iter().enumerate() {
        lines[i].clear();
        wrap(cells.get(i).map_or("", |c| c.as_ref()), *w, &mut lines[i]);
        height = height.max(lines[i].len());
    }
    for k in 0..height {
        line.clear();
        line.push('│');
        for (i, w) in widths.iter().enumerate() {
            let text = lines[i].get(k).copied().unwrap_or("");
            push_cell(line, i, text, width(text).min(*w), *w, bold);
        }
        line.push_str("│\n");
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}

/// Appends column `i`'s piece of a line: its separator, then `text`, which
/// takes `used` of the column's `w` display columns, padded to fill it.
fn push_cell(line: &mut String, i: usize, text: &str, used: usize, w: usize, bold: bool) {
    if i > 0 {
        line.push('┆');
    }
    if bold {
        line.push_str("\x1b[1m");
    }
    line.push(' ');
    line.push_str(text);
    pad(line, w - used + 1);
    if bold {
        line.push_str("\x1b[0m");
    }
}

/// Draws a row whose cells are each one line that fits its column, the
/// usual row, without wrapping; false, with nothing written, for any other.
fn single_line<T: AsRef<str>>(
    out: &mut dyn Write,
    cells: &[T],
    widths: &[usize],
    line: &mut String,
) -> io::Result<bool> {
    line.clear();
    line.push('│');
    for (i, w) in widths.iter().enumerate() {
        let text = cells.get(i).map_or("", |c| c.as_ref());
        let used = width(text);
        if used > *w || text.contains('\n') {
            return Ok(false);
        }
        push_cell(line, i, text, used, *w, false);
    }
    line.push_str("│\n");
    out.write_all(line.as_bytes())?;
    Ok(true)
}

/// Draws the table, wrapping cells to fit `limit` columns when one is given.
pub fn write<T: AsRef<str> + Sync>(
    out: &mut dyn Write,
    headers: &[T],
    rows: &[Vec<T>],
    limit: Option<u16>,
    bold_header: bool,
) -> io::Result<()> {
    write_measured(out, measure(headers, rows), headers, rows, limit, bold_header)
}

/// Draws a table already measured by [`measure`].
pub fn write_measured<T: AsRef<str> + Sync>(
    out: &mut dyn Write,
    measured: Measure,
    headers: &[T],
    rows: &[Vec<T>],
    limit: Option<u16>,
    bold_header: bool,
) -> io::Result<()> {
    let widths = layout(measured.natural, headers, rows, limit);
    let mut lines: Vec<Vec<&str>> = vec![Vec::new(); widths.len()];
    let mut line = String::new();
    out.write_all(rule(&widths, ["╭", "─", "┬", "╮"]).as_bytes())?;
    row(out, headers, &widths, bold_header, &mut lines, &mut line)?;
    out.write_all(rule(&widths, ["╞", "═", "╪", "╡"]).as_bytes())?;
    if rows.len() < 2 * ROWS_PER_THREAD {
        draw_rows(out, rows, &widths)?;
    } else {
        // A long table is drawn into memory on every core, then written in order.
        let drawn = par::par_chunks(rows, ROWS_PER_THREAD, |run| {
            let mut buf = Vec::new();
            draw_rows(&mut buf, run, &widths).map(|()| buf)
        });
        for buf in drawn {
            out.write_all(&buf?)?;
        }
    }
    out.write_all(rule(&widths, ["╰", "─", "┴", "╯"]).as_bytes())
}

fn draw_rows<T: AsRef<str>>(out: &mut dyn Write, rows: &[Vec<T>], widths: &[usize]) -> io::Result<()> {
    let mut lines: Vec<Vec<&str>> = vec![Vec::new(); widths.len()];
    let mut line = String::new();
    for cells in rows {
        row(out, cells, widths, false, &mut lines, &mut line)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draw(headers: &[&str], rows: &[Vec<&str>], limit: Option<u16>) -> String {
        let mut out = Vec::new();
        write(&mut out, headers, rows, limit, false).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn columns_fit_their_widest_line_with_one_space_of_padding() {
        let text = draw(&["Skill", "Sources"], &[vec!["Debugging", "5/5"], vec!["Go", "1/5\n(one)"]], None);
        assert_eq!(
            text,
            "╭───────────┬─────────╮\n\
             │ Skill     ┆ Sources │\n\
             ╞═══════════╪═════════╡\n\
             │ Debugging ┆ 5/5     │\n\
             │ Go        ┆ 1/5     │\n\
             │           ┆ (one)   │\n\
             ╰───────────┴─────────╯\n"
        );
    }

    #[test]
    fn wide_characters_keep_the_borders_straight() {
        let text = draw(&["Name", "x"], &[vec!["東京", "✓"], vec!["Abc", ""]], None);
        let widths: Vec<usize> = text.lines().map(width).collect();
        assert!(widths.windows(2).all(|w| w[0] == w[1]), "{text}");
    }

    #[test]
    fn a_limit_wraps_between_words_and_keeps_every_line_within_it() {
        let long = "Automated testing, database design and management, debugging, version control";
        let rows = vec![vec!["backend-developer-role", long]];
        for limit in [12u16, 20, 30] {
            let text = draw(&["Role", "Skills"], &rows, Some(limit));
            assert!(text.lines().all(|l| width(l) <= usize::from(limit)), "{limit}:\n{text}");
        }
        // Wide enough for the longest word of each column: no word is cut.
        for limit in [40u16, 60] {
            let text = draw(&["Role", "Skills"], &rows, Some(limit));
            assert!(text.lines().all(|l| width(l) <= usize::from(limit)), "{limit}:\n{text}");
            assert!(text.contains("backend-developer-role"), "the id stays whole at {limit}:\n{text}");
            let words: Vec<&str> =
                text.lines().flat_map(|l| l.split(['│', '┆'])).flat_map(str::split_whitespace).collect();
            for word in long.split_whitespace() {
                assert!(words.contains(&word), "{word} was cut at {limit}:\n{text}");
            }
        }
    }

    #[test]
    fn a_word_longer_than_its_column_is_cut_not_lost() {
        let mut lines = Vec::new();
        wrap("abcdefghij", 4, &mut lines);
        assert_eq!(lines, ["abcd", "efgh", "ij"]);
        lines.clear();
        wrap("a bb ccc", 1, &mut lines);
        assert_eq!(lines.concat(), "abbccc");
        assert!(lines.iter().all(|l| width(l) <= 1));
    }

    #[test]
    fn a_long_table_split_over_cores_draws_as_one_pass_would() {
        let rows: Vec<Vec<String>> = (0..3 * ROWS_PER_THREAD)
            .map(|i| vec![format!("row {i}"), "x ".repeat(i % 7), if i % 500 == 0 { "two\nlines" } else { "—" }.into()])
            .collect();
        let headers = ["a", "b", "c"].map(String::from);
        for limit in [None, Some(30)] {
            let mut split = Vec::new();
            write(&mut split, &headers, &rows, limit, false).unwrap();
            let widths = layout(measure(&headers, &rows).natural, &headers, &rows, limit);
            let mut whole = rule(&widths, ["╭", "─", "┬", "╮"]).into_bytes();
            row(&mut whole, &headers, &widths, false, &mut vec![Vec::new(); 3], &mut String::new()).unwrap();
            whole.extend(rule(&widths, ["╞", "═", "╪", "╡"]).bytes());
            draw_rows(&mut whole, &rows, &widths).unwrap();
            whole.extend(rule(&widths, ["╰", "─", "┴", "╯"]).bytes());
            assert!(split == whole, "{limit:?}");
        }
    }

    #[test]
    fn a_table_that_fits_is_not_wrapped() {
        let rows = vec![vec!["one two three", "four"]];
        assert_eq!(draw(&["a", "b"], &rows, Some(200)), draw(&["a", "b"], &rows, None));
    }

    proptest::proptest! {
        // The shortcut must measure as unicode-width does, wide characters,
        // emoji sequences and all.
        #[test]
        fn width_agrees_with_unicode_width(s in "[ -~–—é東\u{fe0f}\u{200d}👍]{0,16}") {
            proptest::prop_assert_eq!(width(&s), s.width());
        }

        // Any cells, any width with room for two columns of text a column:
        // every line fits, and every character is shown exactly once.
        #[test]
        fn tables_fit_the_limit_and_keep_every_character(
            cells in proptest::collection::vec("[a-z ]{0,12}( [a-zé東$,–]{1,30})?", 6),
            extra in 0u16..120,
        ) {
            let headers = [cells[0].as_str(), cells[1].as_str(), cells[2].as_str()];
            let rows = vec![vec![cells[3].as_str(), cells[4].as_str(), cells[5].as_str()]];
            // Three columns: borders and padding take 10, and a wide character needs 2.
            let limit = 10 + 6 + extra;
            let text = draw(&headers, &rows, Some(limit));
            for line in text.lines() {
                proptest::prop_assert!(width(line) <= usize::from(limit), "{}:\n{}", limit, text);
            }
            let shown: String = text.chars().filter(|c| !c.is_whitespace() && !"│┆╭╮╰╯─┬┴╞╡═╪".contains(*c)).collect();
            let given: String = cells.concat().chars().filter(|c| !c.is_whitespace()).collect();
            let mut sorted_shown: Vec<char> = shown.chars().collect();
            let mut sorted_given: Vec<char> = given.chars().collect();
            sorted_shown.sort_unstable();
            sorted_given.sort_unstable();
            proptest::prop_assert_eq!(sorted_shown, sorted_given);
        }
    }
}
