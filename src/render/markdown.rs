//! GitHub-flavoured Markdown: a heading and a pipe table per section.

use super::Section;
use std::borrow::Cow;
use std::io::{self, Write};

pub fn write(out: &mut dyn Write, s: &Section) -> io::Result<()> {
    if !s.headers.is_empty() && s.rows.is_empty() {
        return writeln!(out, "{}", clean(&s.empty));
    }
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
        let row = |cells: &[String]| {
            let cells: Vec<String> = cells.iter().map(|c| clean(c).replace('|', "\\|").replace('\n', "<br>")).collect();
            format!("| {} |", cells.join(" | "))
        };
        writeln!(out, "{}", row(&s.headers))?;
        writeln!(out, "|{}", "---|".repeat(s.headers.len()))?;
        for r in &s.rows {
            writeln!(out, "{}", row(r))?;
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

/// Text made safe for a Markdown page: unsafe characters escaped, and the
/// characters HTML gives meaning to written as entities, so a label such
/// as `<img onerror=...>` shows as text instead of running.
fn clean(s: &str) -> Cow<'_, str> {
    let s = super::clean(s);
    if !s.contains(['<', '>', '&', '"']) {
        return s;
    }
    Cow::Owned(s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;"))
}
