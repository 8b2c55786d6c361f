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
        // Preformatted text is shown as it is, so only controls are escaped;
        // the fence is longer than any run of backticks inside, so no line
        // of data can close it and turn what follows into live Markdown.
        let lines: Vec<Cow<'_, str>> = s.text.iter().map(|l| super::clean(l)).collect();
        let fence = "`".repeat(lines.iter().map(|l| longest_run(l, '`') + 1).fold(3, usize::max));
        writeln!(out, "{fence}")?;
        for line in &lines {
            writeln!(out, "{line}")?;
        }
        writeln!(out, "{fence}")?;
    } else {
        let row = |cells: &[String]| {
            let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
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

/// A table cell: inert text, its line breaks written as `<br>`, which GFM
/// keeps inside a cell.
fn cell(s: &str) -> String {
    let s = super::clean(s);
    s.split('\n').map(|line| inert(line, false)).collect::<Vec<_>>().join("<br>")
}

/// Text that starts lines of a Markdown page (titles, notes): inert on each
/// of its lines.
fn clean(s: &str) -> Cow<'_, str> {
    let s = super::clean(s);
    if !s.contains(|c: char| c.is_ascii_punctuation() || c == ' ') {
        return s;
    }
    Cow::Owned(s.split('\n').map(|line| inert(line, true)).collect::<Vec<_>>().join("\n"))
}

/// `line` written so that a Markdown reader shows exactly its text and
/// makes nothing of it: no link, image, emphasis, code, HTML, table cell or
/// (where `starts_line`) heading, list, quote or code block.
///
/// The punctuation CommonMark gives meaning to is backslash-escaped, which
/// a strict CommonMark and a GFM reader both undo (a GFM table turns `\|`
/// into `|` before reading the cell, so `\\\|` reads `\|` in both). The
/// characters HTML gives meaning to are written as entities, so a label
/// such as `<img onerror=...>` shows as text instead of running. Bare URLs
/// are kept from becoming GFM autolinks by escaping the `:` of `://` and
/// the `.` of `www.`, and the `@` of an e-mail address; GitHub (cmark-gfm)
/// still links an e-mail address whatever is escaped, but only to itself,
/// as `mailto:`, so nothing hides where it goes. Prose punctuation
/// (`, . $ % - ( )`) is left alone, so the page stays readable as plain
/// text.
fn inert(line: &str, starts_line: bool) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let chars: Vec<char> = line.chars().collect();
    // A line may not open a block: a list (`- `, `+ `, `1. `, `1) `) or a
    // setext heading (`===`, `---`).
    let opener = starts_line.then(|| {
        let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
        match chars.first() {
            Some('-' | '+' | '=') => Some(0),
            Some(c) if c.is_ascii_digit() && matches!(chars.get(digits), Some('.' | ')')) => Some(digits),
            _ => None,
        }
    });
    for (i, &c) in chars.iter().enumerate() {
        let before = |s: &str| chars[..i].iter().rev().take(s.len()).rev().collect::<String>().eq_ignore_ascii_case(s);
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Readers trim a heading, a cell and a line; an entity is not
            // trimmed, and no block can start with it.
            ' ' if i == 0 || i + 1 == chars.len() => out.push_str("&#32;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '!' | '~' | '#' | '@' => {
                out.push('\\');
                out.push(c);
            }
            ':' if chars[i + 1..].starts_with(&['/', '/']) => out.push_str("\\:"),
            '.' if before("www") => out.push_str("\\."),
            _ if opener == Some(Some(i)) => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

fn longest_run(s: &str, c: char) -> usize {
    s.split(|x| x != c).map(str::len).max().unwrap_or(0)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag};

    /// What a Markdown reader shows of `md`, GFM (tables, strikethrough,
    /// footnotes, task lists) or strict CommonMark: the text, and every
    /// construct it made other than paragraphs, tables, code blocks and the
    /// headings we write.
    pub(crate) fn read(md: &str, gfm: bool) -> (String, Vec<String>) {
        let options = if gfm {
            Options::ENABLE_TABLES
                | Options::ENABLE_STRIKETHROUGH
                | Options::ENABLE_FOOTNOTES
                | Options::ENABLE_TASKLISTS
        } else {
            Options::empty()
        };
        let (mut text, mut made) = (String::new(), Vec::new());
        for event in Parser::new_ext(md, options) {
            match event {
                Event::Text(t) => text.push_str(&t),
                Event::SoftBreak | Event::HardBreak => text.push('\n'),
                Event::End(_) => text.push('\n'),
                Event::Start(
                    Tag::Paragraph
                    | Tag::Heading { level: HeadingLevel::H3, .. }
                    | Tag::Table(_)
                    | Tag::TableHead
                    | Tag::TableRow
                    | Tag::TableCell
                    | Tag::CodeBlock(_),
                ) => {}
                Event::Start(tag) => made.push(format!("{tag:?}")),
                other => made.push(format!("{other:?}")),
            }
        }
        (text, made)
    }

    /// Labels that mean something to a Markdown reader.
    const HOSTILE: &[&str] = &[
        "a\\|b",
        "a\\\\|b \\ trailing\\",
        "[Official BLS data](https://evil.example/x)",
        "![](https://evil.example/pixel.gif)",
        "<img src=x onerror=alert(1)>",
        "<https://evil.example/auto>",
        "*em* **strong** _u_ ~~del~~ `code` ``two``",
        "[ref]: https://evil.example/def",
        "[^1] [x][ref] [x] [ ] task",
        "&amp; &lt; &#32; &copy;",
        "# not a heading",
        "- not a list",
        "+ nor this",
        "1. not a list",
        "2) nor this",
        "> not a quote",
        "===",
        "---",
        "***",
        "    not code",
        "```",
        "| not | a cell |",
        "https://evil.example/bare and www.evil.example",
        "C# & F#",
    ];

    fn section(label: &str) -> Section {
        let mut s = Section::table(label, &["h", "i"]);
        s.rows.push(vec![label.into(), "x".into()]);
        s.notes = vec!["first note".into(), label.into()];
        s
    }

    #[test]
    fn text_from_data_reads_back_exactly_and_makes_nothing_in_gfm_and_commonmark() {
        for label in HOSTILE {
            let mut out = Vec::new();
            write(&mut out, &section(label)).unwrap();
            let md = String::from_utf8(out).unwrap();
            for gfm in [true, false] {
                let (text, made) = read(&md, gfm);
                assert!(made.is_empty(), "{label:?} (gfm: {gfm}) made {made:?} of\n{md}");
                // As title, cell and note.
                assert!(text.matches(label).count() >= 3, "{label:?} (gfm: {gfm}) read as\n{text}\nfrom\n{md}");
            }
        }
    }

    #[test]
    fn a_label_with_a_backslash_before_a_pipe_keeps_both() {
        let mut out = Vec::new();
        write(&mut out, &section("a\\|b")).unwrap();
        let md = String::from_utf8(out).unwrap();
        assert!(md.contains("| a\\\\\\|b | x |"), "{md}");
    }

    #[test]
    fn preformatted_text_is_shown_as_it_is_and_cannot_close_its_fence() {
        let mut s = Section::text("Chart");
        s.text = ["```", "[x](https://evil.example) <img src=x>", "````", "~~~", "after"].map(String::from).to_vec();
        let mut out = Vec::new();
        write(&mut out, &s).unwrap();
        let md = String::from_utf8(out).unwrap();
        for gfm in [true, false] {
            let (text, made) = read(&md, gfm);
            assert!(made.is_empty(), "made {made:?} of\n{md}");
            assert!(text.contains(&s.text.join("\n")), "read as\n{text}\nfrom\n{md}");
        }
    }
}
