//! Output formats. This layer knows tables and text, nothing of salaries or
//! skills: a new format touches only this file.

use crate::cli::Format;
use crate::data::model::{escape_controls, has_controls};
use crate::par;
use serde::Serialize;
use std::borrow::Cow;
use std::io::{self, Write};

mod table;

/// Rows each core takes when a table is large enough to build or draw on
/// several: below this, starting a thread costs more than it saves.
pub const ROWS_PER_THREAD: usize = 8192;

/// One titled table, or a block of preformatted text when `headers` is empty.
/// Cells borrow from the data where they can: a table of user data may hold
/// hundreds of thousands of them.
#[derive(Debug, Default)]
pub struct Section<'a> {
    pub title: String,
    pub headers: Vec<Cow<'a, str>>,
    /// A cell may hold several lines, separated by '\n'.
    pub rows: Vec<Vec<Cow<'a, str>>>,
    pub text: Vec<String>,
    pub notes: Vec<String>,
}

impl<'a> Section<'a> {
    pub fn table(title: impl Into<String>, headers: &[&'a str]) -> Section<'a> {
        Section { title: title.into(), headers: headers.iter().map(|&h| h.into()).collect(), ..Section::default() }
    }
}

pub struct Output {
    pub format: Format,
    pub color: bool,
    /// Set only from a terminal or an explicit COLUMNS; piped output is never
    /// wrapped to a guessed width.
    pub width: Option<u16>,
}

/// Escapes control characters line by line, keeping our own line breaks.
fn clean(s: &str) -> Cow<'_, str> {
    if !has_controls(s, true) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.split('\n').map(escape_controls).collect::<Vec<_>>().join("\n"))
}

impl Output {
    pub fn json<T: Serialize + ?Sized>(&self, out: &mut dyn Write, value: &T) -> io::Result<()> {
        // serde_json escapes every control character, so JSON is safe as is.
        // Formatting into memory and writing once spares serde_json's many
        // small writes a trip each through `dyn Write` and the buffer.
        let mut buf = Vec::new();
        serde_json::to_writer_pretty(&mut buf, value).map_err(io::Error::other)?;
        buf.push(b'\n');
        out.write_all(&buf)
    }

    /// Writes `items` as one JSON array, exactly as `json` would, with long
    /// lists formatted on every core: a list of user data may hold tens of
    /// thousands of records.
    pub fn json_list<T: Serialize + Sync>(&self, out: &mut dyn Write, items: &[T]) -> io::Result<()> {
        let runs = par::par_chunks(items, ROWS_PER_THREAD, |run| {
            let mut buf = Vec::new();
            serde_json::to_writer_pretty(&mut buf, run).map(|()| buf).map_err(io::Error::other)
        });
        let runs = runs.into_iter().collect::<io::Result<Vec<_>>>()?;
        if let [whole] = runs.as_slice() {
            out.write_all(whole)?;
            return writeln!(out);
        }
        // A pretty array is `[`, then each item after `\n` or `,\n`, then
        // `\n]`: the runs' arrays, stripped of `[` and `\n]`, join with `,`.
        out.write_all(b"[")?;
        for (i, run) in runs.iter().enumerate() {
            if i > 0 {
                out.write_all(b",")?;
            }
            out.write_all(&run[1..run.len() - 2])?;
        }
        out.write_all(b"\n]\n")
    }

    /// Writes sections in the table or Markdown format.
    pub fn sections(&self, out: &mut dyn Write, sections: &[Section]) -> io::Result<()> {
        for (i, s) in sections.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            match self.format {
                Format::Markdown => self.markdown(out, s)?,
                _ => self.table(out, s)?,
            }
        }
        Ok(())
    }

    fn heading(&self, out: &mut dyn Write, title: &str) -> io::Result<()> {
        if title.is_empty() {
            return Ok(());
        }
        let title = clean(title);
        if self.color { writeln!(out, "\x1b[1m{title}\x1b[0m") } else { writeln!(out, "{title}") }
    }

    fn table(&self, out: &mut dyn Write, s: &Section) -> io::Result<()> {
        self.heading(out, &s.title)?;
        if s.headers.is_empty() {
            for line in &s.text {
                writeln!(out, "{}", clean(line))?;
            }
        } else {
            let measured = table::measure(&s.headers, &s.rows);
            if measured.dirty {
                let headers: Vec<Cow<str>> = s.headers.iter().map(|h| clean(h)).collect();
                let rows: Vec<Vec<Cow<str>>> = s.rows.iter().map(|r| r.iter().map(|c| clean(c)).collect()).collect();
                table::write(out, &headers, &rows, self.width, self.color)?;
            } else {
                table::write_measured(out, measured, &s.headers, &s.rows, self.width, self.color)?;
            }
        }
        for note in &s.notes {
            writeln!(out, "{}", clean(note))?;
        }
        Ok(())
    }

    fn markdown(&self, out: &mut dyn Write, s: &Section) -> io::Result<()> {
        if !s.title.is_empty() {
            writeln!(out, "### {}\n", clean(&s.title))?;
        }
        if s.headers.is_empty() {
            writeln!(out, "```")?;
            for line in &s.text {
                writeln!(out, "{}", clean(line))?;
            }
            writeln!(out, "```")?;
        } else {
            let cell = |c: &str| clean(c).replace('|', "\\|").replace('\n', "<br>");
            writeln!(out, "| {} |", s.headers.iter().map(|h| cell(h)).collect::<Vec<_>>().join(" | "))?;
            writeln!(out, "|{}", "---|".repeat(s.headers.len()))?;
            for row in &s.rows {
                writeln!(out, "| {} |", row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(" | "))?;
            }
        }
        if !s.notes.is_empty() {
            writeln!(out)?;
            for note in &s.notes {
                writeln!(out, "{}  ", clean(note))?;
            }
        }
        Ok(())
    }

    /// Writes one CSV table. Several sections of the same width become one
    /// table with a leading `part` column naming the section of each row.
    pub fn csv(&self, out: &mut dyn Write, sections: &[Section]) -> io::Result<()> {
        let Some(first) = sections.first() else { return Ok(()) };
        let several = sections.len() > 1;
        let mut line = String::new();
        let mut record = |part: Option<&str>, cells: &[Cow<str>]| {
            line.clear();
            for (i, c) in part.into_iter().chain(cells.iter().map(|c| c.as_ref())).enumerate() {
                if i > 0 {
                    line.push(',');
                }
                let c = clean(c);
                if c.contains([',', '"', '\n', '\r']) {
                    line.push('"');
                    line.push_str(&c.replace('"', "\"\""));
                    line.push('"');
                } else {
                    line.push_str(&c);
                }
            }
            line.push('\n');
            out.write_all(line.as_bytes())
        };
        record(several.then_some("part"), &first.headers)?;
        for s in sections {
            for row in &s.rows {
                record(several.then_some(s.title.as_str()), row)?;
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
        let out = Output { format, color: false, width: None };
        match format {
            Format::Csv => out.csv(&mut buf, sections).unwrap(),
            _ => out.sections(&mut buf, sections).unwrap(),
        }
        String::from_utf8(buf).unwrap()
    }

    fn sample(cell: &str) -> Section<'_> {
        let mut s = Section::table("T", &["a", "b"]);
        s.rows.push(vec![cell.into(), "x".into()]);
        s
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
    fn a_long_json_list_formatted_in_runs_reads_as_one_array() {
        let out = Output { format: Format::Json, color: false, width: None };
        for n in [0, 1, 2 * ROWS_PER_THREAD - 1, 2 * ROWS_PER_THREAD + 3, 5 * ROWS_PER_THREAD + 1] {
            let items: Vec<_> = (0..n).map(|i| serde_json::json!({"n": i, "tags": [i % 3, "x"]})).collect();
            let (mut whole, mut runs) = (Vec::new(), Vec::new());
            out.json(&mut whole, &items).unwrap();
            out.json_list(&mut runs, &items).unwrap();
            assert!(whole == runs, "{n} items");
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
