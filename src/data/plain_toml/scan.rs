//! The first reading of a plain file: one pass over its bytes, for the
//! commonest shape of data file. toml_parser lexes every token into a list
//! and turns that into a list of events before [`Doc`] sees any of it; for
//! 10 MB of user data those two lists were more than half of loading (#5).
//!
//! The shape read here is narrower than the event reader's: bare keys and
//! header names; `"…"` strings with no escapes; decimal integers and floats
//! with no sign but `-` and no underscores; `true` and `false`; one-level
//! arrays of those; comments; `\n` line ends. At the first byte outside it
//! the answer is `None` and the event reader decides, so this need never
//! know what an unusual document means, only that it is not this shape.
//! Tests and the `plain_toml` fuzz target check that wherever this answers,
//! its document is the event reader's.

use super::{Doc, Scalar, Value};
use std::borrow::Cow;
use std::ops::Range;

pub(super) fn doc(text: &str) -> Option<Doc<'_>> {
    let mut s = Scanner { text, b: text.as_bytes(), at: 0 };
    let mut doc = Doc::new();
    loop {
        s.blanks();
        let Some(c) = s.peek() else { break };
        match c {
            b'\n' => s.at += 1,
            b'#' => s.comment()?,
            b'[' => {
                let start = s.at;
                let array = s.b.get(start + 1) == Some(&b'[');
                s.at += 1 + usize::from(array);
                let name = s.bare_key()?;
                s.expect(b']')?;
                if array {
                    s.expect(b']')?;
                }
                doc.open_table(name.into(), array, start..s.at)?;
                s.line_end()?;
            }
            _ => {
                let key = s.bare_key()?;
                s.blanks();
                s.expect(b'=')?;
                s.blanks();
                let (value, span) = match s.peek()? {
                    b'[' => s.array(&mut doc)?,
                    _ => {
                        let (scalar, span) = s.scalar()?;
                        (Value::Scalar(scalar), span)
                    }
                };
                doc.push_entry(key.into(), value, span)?;
                s.line_end()?;
            }
        }
    }
    Some(doc.finish())
}

struct Scanner<'a> {
    text: &'a str,
    b: &'a [u8],
    at: usize,
}

/// A byte a comment or string may hold: TOML refuses control characters
/// other than tab in either. Bytes above ASCII are parts of characters the
/// `&str` already vouches for.
fn printable(c: u8) -> bool {
    c == b'\t' || (c >= b' ' && c != 0x7f)
}

impl<'a> Scanner<'a> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.at).copied()
    }

    fn expect(&mut self, c: u8) -> Option<()> {
        (self.peek()? == c).then(|| self.at += 1)
    }

    fn blanks(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.at += 1;
        }
    }

    /// Blanks, line ends and comments, as may come between array elements.
    fn gaps(&mut self) -> Option<()> {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\n') => self.at += 1,
                Some(b'#') => self.comment()?,
                _ => return Some(()),
            }
        }
    }

    /// A comment up to, not including, its line end.
    fn comment(&mut self) -> Option<()> {
        let rest = &self.b[self.at..];
        let len = rest.iter().position(|&c| c == b'\n').unwrap_or(rest.len());
        rest[..len].iter().all(|&c| printable(c)).then(|| self.at += len)
    }

    /// What may end a line after a header or a value.
    fn line_end(&mut self) -> Option<()> {
        self.blanks();
        match self.peek() {
            None => Some(()),
            Some(b'\n') => {
                self.at += 1;
                Some(())
            }
            Some(b'#') => self.comment(),
            Some(_) => None,
        }
    }

    fn bare_key(&mut self) -> Option<&'a str> {
        let start = self.at;
        while matches!(self.peek(), Some(b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'_' | b'-')) {
            self.at += 1;
        }
        (self.at > start).then(|| &self.text[start..self.at])
    }

    /// A string, number or boolean. What follows it is the caller's to
    /// check, and callers take only a line end or an array's `,` or `]`:
    /// so `1979-05-27`, `1_000`, `0x1f` and `truer` go no further than
    /// their first unexpected byte.
    fn scalar(&mut self) -> Option<(Scalar<'a>, Range<usize>)> {
        let start = self.at;
        let scalar = match self.peek()? {
            b'"' => self.string()?,
            b'-' | b'0'..=b'9' => self.number()?,
            b't' | b'f' => self.boolean()?,
            _ => return None,
        };
        Some((scalar, start..self.at))
    }

    fn string(&mut self) -> Option<Scalar<'a>> {
        let start = self.at + 1;
        let len = self.b[start..].iter().position(|&c| c == b'"' || !printable(c) || c == b'\\')?;
        let end = start + len;
        // A backslash or control character ends the scan. So does `"""`,
        // which opens a multi-line string: read as `""`, its third quote is
        // not what may follow a value.
        if self.b[end] != b'"' {
            return None;
        }
        self.at = end + 1;
        Some(Scalar::Text(Cow::Borrowed(&self.text[start..end])))
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Option<Scalar<'a>> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let first = self.at;
        let whole = self.digits();
        // TOML forbids leading zeros.
        if whole == 0 || (whole > 1 && self.b[first] == b'0') {
            return None;
        }
        let mut float = false;
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return None;
            }
            float = true;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return None;
            }
            float = true;
        }
        let text = &self.text[start..self.at];
        if float {
            text.parse::<f64>().ok().filter(|f| f.is_finite()).map(Scalar::Float)
        } else {
            text.parse::<i64>().ok().map(Scalar::Int)
        }
    }

    fn boolean(&mut self) -> Option<Scalar<'a>> {
        let rest = &self.b[self.at..];
        let (value, len) = if rest.starts_with(b"true") {
            (true, 4)
        } else if rest.starts_with(b"false") {
            (false, 5)
        } else {
            return None;
        };
        self.at += len;
        Some(Scalar::Bool(value))
    }

    /// A one-level array; its elements go to `doc.items`.
    fn array(&mut self, doc: &mut Doc<'a>) -> Option<(Value<'a>, Range<usize>)> {
        let start = self.at;
        let first = doc.items.len();
        self.at += 1;
        loop {
            self.gaps()?;
            if self.peek()? == b']' {
                break;
            }
            doc.items.push(self.scalar()?);
            self.gaps()?;
            match self.peek()? {
                b',' => self.at += 1,
                b']' => break,
                _ => return None,
            }
        }
        self.at += 1;
        Some((Value::Array(first..doc.items.len()), start..self.at))
    }
}
