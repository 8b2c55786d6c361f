//! One table for every string built into the binary: the dataset's statics
//! and the official blobs. The build script writes each distinct string once
//! into the table, and the statics and blobs hold spans of it; the binary
//! checks the whole table as UTF-8 when it is compiled. Decoding then only
//! slices: checking strings one at a time, and the varint lengths in front
//! of them, was a tenth of `careers compare`'s start-up when the dataset was
//! a blob too (#5).
//!
//! A span is written only by a non-human-readable serializer (postcard);
//! JSON output still sees plain strings.

use std::cell::RefCell;
use std::collections::HashMap;

#[derive(Default)]
struct Writer {
    table: String,
    spans: HashMap<String, (u32, u32)>,
}

thread_local! {
    static WRITER: RefCell<Option<Writer>> = const { RefCell::new(None) };
}

#[cfg(careers_embedded)]
static TABLE: &str = match std::str::from_utf8(include_bytes!(concat!(env!("OUT_DIR"), "/strings.txt"))) {
    Ok(s) => s,
    Err(_) => panic!("the build script writes the string table from Rust strings"),
};

/// Builds without the embedded data (the build script, the fuzz targets)
/// read no spans.
#[cfg(not(careers_embedded))]
static TABLE: &str = "";

/// Runs `encode` with a fresh table that the strings it serializes go into,
/// and returns the table with `encode`'s result.
#[allow(dead_code, reason = "the build script writes the table; the binary only reads it")]
pub fn writing<R>(encode: impl FnOnce() -> R) -> (R, String) {
    WRITER.with(|w| *w.borrow_mut() = Some(Writer::default()));
    let result = encode();
    let table = WRITER.with(|w| w.borrow_mut().take()).map(|w| w.table).unwrap_or_default();
    (result, table)
}

/// Where `s` is in the table being written; `None` when none is.
pub fn span_of(s: &str) -> Option<(u32, u32)> {
    WRITER.with(|w| {
        let mut w = w.borrow_mut();
        let w = w.as_mut()?;
        if let Some(span) = w.spans.get(s) {
            return Some(*span);
        }
        let fits = |n: usize| u32::try_from(n).expect("the string table stays under 4 GiB");
        let span = (fits(w.table.len()), fits(s.len()));
        w.table.push_str(s);
        w.spans.insert(s.to_owned(), span);
        Some(span)
    })
}

/// The text a span stands for; `None` when the span is not a
/// whole-character slice of the table.
pub fn text_at(span: (u32, u32)) -> Option<&'static str> {
    slice(TABLE, span)
}

/// The text of a span the build script wrote into a static; empty if it is
/// not one, which the test that the statics equal the validated data rules
/// out.
#[inline(always)]
pub fn embedded(start: u32, len: u32) -> &'static str {
    slice(TABLE, (start, len)).unwrap_or_default()
}

#[inline(always)]
fn slice(table: &str, (start, len): (u32, u32)) -> Option<&str> {
    let start = usize::try_from(start).ok()?;
    let end = start.checked_add(usize::try_from(len).ok()?)?;
    table.get(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_string_is_written_once_and_spans_read_it_back() {
        let (spans, table) = writing(|| ["backend", "ünïcode", "backend", ""].map(|s| span_of(s).unwrap()));
        assert_eq!(table, "backendünïcode");
        assert_eq!(spans[0], spans[2]);
        assert_eq!(span_of("after"), None, "no table outside writing()");
        let read: Vec<&str> = spans.iter().map(|s| slice(&table, *s).unwrap()).collect();
        assert_eq!(read, ["backend", "ünïcode", "backend", ""]);
        // Past the end, or through the middle of 'ü', is refused, not a panic.
        assert_eq!(slice(&table, (0, 100)), None);
        assert_eq!(slice(&table, (8, 1)), None);
        assert_eq!(slice(&table, (u32::MAX, u32::MAX)), None);
    }
}
