//! Text from data files, file names and arguments made safe to print.
//!
//! Besides control characters, characters that are invisible or change the
//! direction of text are never printed raw: a bidi override can make a line
//! read "authority: $250,000" backwards (the Trojan Source class,
//! CVE-2021-42574), and a zero-width space makes `Py\u{200b}thon` look like
//! a second Python.

/// Whether `c` may not reach a terminal, spreadsheet or page as it is:
/// control characters (C0, DEL, C1), bidi embeddings, overrides, isolates
/// and marks, zero-width and other invisible characters, the byte-order
/// mark, and the line and paragraph separators.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF9}'..='\u{FFFB}'
        )
}

/// Replaces unsafe characters with visible escapes such as `\u{202e}`, so
/// text from a data file can never move the cursor, restyle a terminal or
/// reorder what a reader sees.
pub fn escape_controls(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return std::borrow::Cow::Borrowed(s);
    }
    let escaped = s.chars().map(|c| if is_unsafe(c) { c.escape_unicode().to_string() } else { c.to_string() });
    std::borrow::Cow::Owned(escaped.collect())
}

/// Text quoted in a message, cut to `QUOTE_MAX` characters with a marker
/// that says how much was left out: a 10 MB value is not echoed whole.
pub fn quoted(s: &str) -> std::borrow::Cow<'_, str> {
    match s.char_indices().nth(QUOTE_MAX) {
        None => escape_controls(s),
        Some((at, _)) => {
            let more = s[at..].chars().count();
            std::borrow::Cow::Owned(format!("{}… ({more} more characters)", escape_controls(&s[..at])))
        }
    }
}

/// The most characters of a value a message quotes.
pub const QUOTE_MAX: usize = 80;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_and_invisible_characters_are_escaped_like_controls() {
        assert_eq!(escape_controls("a\u{202E}b\u{200B}c\u{1b}"), "a\\u{202e}b\\u{200b}c\\u{1b}");
        assert_eq!(escape_controls("Noble Desktop – $60,000"), "Noble Desktop – $60,000");
    }
}
