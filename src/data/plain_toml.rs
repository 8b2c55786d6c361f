//! A direct reader for the plain TOML that data files are written in:
//! `[name]` and `[[name]]` headers, and `key = value` lines whose values are
//! strings, decimal integers, finite floats, booleans, or flat arrays of
//! those. The toml crate builds a general document tree (a map per table, a
//! node per value) before serde sees any of it; for 10 MB of user data that
//! tree was two thirds of the parsing time (#5). This reads toml_parser's
//! events, the same ones the toml crate reads, into flat lists that serde
//! then walks.
//!
//! It answers only for a document it fully understands and that is valid:
//! anything else (dotted keys, inline tables, dates, other radixes, a key or
//! table given twice, any syntax error, a value the model refuses) gives
//! `None`, and the caller parses with the toml crate, whose result and error
//! messages stay the reference. Tests and a fuzz target check that wherever
//! this answers, its answer is the toml crate's, spans included.

use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde_spanned::de::SpannedDeserializer;
use std::borrow::Cow;
use std::fmt;
use std::ops::Range;
use toml_parser::decoder::{IntegerRadix, ScalarKind};
use toml_parser::parser::{Event, EventKind, RecursionGuard, ValidateWhitespace};
use toml_parser::{ParseError, Source};

mod scan;

/// `text` deserialized as `T`, or `None` where the toml crate must decide.
pub fn from_str<'a, T: de::Deserialize<'a>>(text: &'a str) -> Option<T> {
    deserialize(&Doc::read(text)?)
}

fn deserialize<'a, T: de::Deserialize<'a>>(doc: &Doc<'a>) -> Option<T> {
    T::deserialize(Node { doc, kind: Kind::Root, span: 0..0 }).ok()
}

#[derive(Debug)]
enum Scalar<'a> {
    Text(Cow<'a, str>),
    Int(i64),
    Float(f64),
    Bool(bool),
}

#[derive(Debug)]
enum Value<'a> {
    Scalar(Scalar<'a>),
    /// A run of `Doc::items`.
    Array(Range<usize>),
}

#[derive(Debug)]
struct Entry<'a> {
    key: Cow<'a, str>,
    value: Value<'a>,
    span: Range<usize>,
}

/// One header's table: a run of `Doc::entries` (a table's lines follow its
/// header, so they are contiguous) and the header's span, which is the span
/// the toml crate gives the table.
#[derive(Debug)]
struct Table {
    entries: Range<usize>,
    span: Range<usize>,
}

/// The tables under one header name, in order; one unless it is `[[name]]`.
#[derive(Debug)]
struct Group<'a> {
    name: Cow<'a, str>,
    array: bool,
    tables: Vec<Table>,
}

#[derive(Debug)]
struct Doc<'a> {
    groups: Vec<Group<'a>>,
    entries: Vec<Entry<'a>>,
    items: Vec<(Scalar<'a>, Range<usize>)>,
    /// The group and table the lines being read belong to.
    open: Option<(usize, usize)>,
    /// A bit for each key of the open table, from its length and first
    /// byte: a key whose bit is clear is new without comparing it to the
    /// others, which comparing every key to every earlier one had cost a
    /// tenth of reading a file.
    keys_seen: u64,
}

/// The toml crate's nesting limit, so a document it refuses for depth fails
/// here too rather than being read.
const DEPTH_LIMIT: u32 = 80;

impl<'a> Doc<'a> {
    /// The common shape is scanned in one pass; the event reader takes
    /// whatever the scan does not.
    fn read(text: &'a str) -> Option<Doc<'a>> {
        scan::doc(text).or_else(|| Doc::from_events(text))
    }

    fn new() -> Doc<'a> {
        Doc { groups: Vec::new(), entries: Vec::new(), items: Vec::new(), open: None, keys_seen: 0 }
    }

    fn from_events(text: &'a str) -> Option<Doc<'a>> {
        let source = Source::new(text);
        let tokens = source.lex().into_vec();
        let mut events: Vec<Event> = Vec::with_capacity(tokens.len());
        let mut error: Option<ParseError> = None;
        {
            let mut whitespace = ValidateWhitespace::new(&mut events, source);
            let mut guarded = RecursionGuard::new(&mut whitespace, DEPTH_LIMIT);
            toml_parser::parser::parse_document(&tokens, &mut guarded, &mut error);
        }
        if error.is_some() {
            return None;
        }
        let mut doc = Doc::new();
        let mut events = Events(events.iter());
        while let Some(event) = events.next_significant() {
            match event.kind() {
                EventKind::StdTableOpen | EventKind::ArrayTableOpen => doc.header(source, event, &mut events)?,
                // A key before any header belongs to the root, which no
                // data file has: the toml crate decides.
                EventKind::SimpleKey if doc.open.is_some() => doc.key_value(source, event, &mut events)?,
                _ => return None,
            }
        }
        Some(doc.finish())
    }

    fn header(&mut self, source: Source<'a>, open: Event, events: &mut Events) -> Option<()> {
        let array = open.kind() == EventKind::ArrayTableOpen;
        let key = events.next_inline()?;
        if key.kind() != EventKind::SimpleKey {
            return None;
        }
        let name = decode_key(source, key)?;
        let close = events.next_inline()?;
        let expected = if array { EventKind::ArrayTableClose } else { EventKind::StdTableClose };
        if close.kind() != expected {
            return None;
        }
        self.open_table(name, array, open.span().start()..close.span().end())
    }

    /// Starts the table a header opens; `None` where the header redefines one.
    fn open_table(&mut self, name: Cow<'a, str>, array: bool, span: Range<usize>) -> Option<()> {
        self.close_table();
        let table = Table { entries: self.entries.len()..self.entries.len(), span };
        let group = match self.groups.iter().position(|g| g.name == name) {
            // `[[name]]` again adds a table; anything else redefines one.
            Some(g) if array && self.groups[g].array => g,
            Some(_) => return None,
            None => {
                self.groups.push(Group { name, array, tables: Vec::new() });
                self.groups.len() - 1
            }
        };
        self.groups[group].tables.push(table);
        self.open = Some((group, self.groups[group].tables.len() - 1));
        self.keys_seen = 0;
        Some(())
    }

    /// Ends the open table's run of entries where the entries list ends.
    fn close_table(&mut self) {
        if let Some((g, t)) = self.open {
            self.groups[g].tables[t].entries.end = self.entries.len();
        }
    }

    fn finish(mut self) -> Doc<'a> {
        self.close_table();
        self
    }

    /// Adds a line to the open table; `None` before any header or where
    /// the key is already there.
    fn push_entry(&mut self, key: Cow<'a, str>, value: Value<'a>, span: Range<usize>) -> Option<()> {
        // The open table's entries are the last ones pushed.
        let (g, t) = self.open?;
        let bit = 1u64 << ((key.len() * 7 + usize::from(key.as_bytes().first().copied().unwrap_or(0))) % 64);
        if self.keys_seen & bit != 0 {
            let start = self.groups[g].tables[t].entries.start;
            if self.entries[start..].iter().any(|e| e.key == key) {
                return None;
            }
        }

        self.keys_seen |= bit;
        self.entries.push(Entry { key, value, span });
        Some(())
    }

    fn key_value(&mut self, source: Source<'a>, key: Event, events: &mut Events) -> Option<()> {
        let name = decode_key(source, key)?;
        if events.next_inline()?.kind() != EventKind::KeyValSep {
            return None;
        }
        let first = events.next_inline()?;
        let (value, span) = match first.kind() {
            EventKind::Scalar => (Value::Scalar(scalar(source, first)?), span_of(first)),
            EventKind::ArrayOpen => {
                let start = self.items.len();
                loop {
                    let e = events.next_significant()?;
                    match e.kind() {
                        EventKind::Scalar => self.items.push((scalar(source, e)?, span_of(e))),
                        EventKind::ValueSep => {}
                        EventKind::ArrayClose => {
                            break (Value::Array(start..self.items.len()), first.span().start()..e.span().end());
                        }
                        _ => return None,
                    }
                }
            }
            _ => return None,
        };
        self.push_entry(name, value, span)
    }
}

/// A cursor over the events, passing over what carries no data.
struct Events<'e>(std::slice::Iter<'e, Event>);

impl Events<'_> {
    /// The next event that is not whitespace, a comment or a line end.
    fn next_significant(&mut self) -> Option<Event> {
        self.0.find(|e| !matches!(e.kind(), EventKind::Whitespace | EventKind::Comment | EventKind::Newline)).copied()
    }

    /// The next event on the same line that is not whitespace.
    fn next_inline(&mut self) -> Option<Event> {
        self.0.find(|e| e.kind() != EventKind::Whitespace).copied()
    }
}

fn span_of(e: Event) -> Range<usize> {
    e.span().start()..e.span().end()
}

fn decode_key<'a>(source: Source<'a>, e: Event) -> Option<Cow<'a, str>> {
    let raw = source.get(e)?;
    let mut out = Cow::Borrowed("");
    let mut error: Option<ParseError> = None;
    raw.decode_key(&mut out, &mut error);
    error.is_none().then_some(out)
}

/// A scalar as the toml crate reads it: numbers are parsed from the same
/// decoded text (`i64::from_str_radix` with radix 10 there is `parse` here).
fn scalar<'a>(source: Source<'a>, e: Event) -> Option<Scalar<'a>> {
    let raw = source.get(e)?;
    let mut out = Cow::Borrowed("");
    let mut error: Option<ParseError> = None;
    let kind = raw.decode_scalar(&mut out, &mut error);
    if error.is_some() {
        return None;
    }
    match kind {
        ScalarKind::String => Some(Scalar::Text(out)),
        ScalarKind::Boolean(b) => Some(Scalar::Bool(b)),
        ScalarKind::Integer(IntegerRadix::Dec) => out.parse::<i64>().ok().map(Scalar::Int),
        ScalarKind::Float => out.parse::<f64>().ok().filter(|f| f.is_finite()).map(Scalar::Float),
        ScalarKind::Integer(_) | ScalarKind::DateTime => None,
    }
}

/// Where the one-pass scan reads a document, whether it reads what the
/// event reader does. For tests and the fuzz target, which includes this
/// file as source.
#[cfg_attr(not(test), allow(dead_code))]
pub fn scan_agrees(text: &str) -> Result<(), String> {
    let Some(scanned) = scan::doc(text) else { return Ok(()) };
    let (scanned, parsed) = (format!("{:?}", Some(scanned)), format!("{:?}", Doc::from_events(text)));
    if parsed == scanned { Ok(()) } else { Err(format!("scanned as {scanned}\nparsed as {parsed}")) }
}

/// Why serde stopped; never shown, as the toml crate then reads the file.
#[derive(Debug)]
pub struct Refused;

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("left to the toml crate")
    }
}

impl std::error::Error for Refused {}

impl de::Error for Refused {
    fn custom<T: fmt::Display>(_: T) -> Refused {
        Refused
    }
}

#[derive(Clone, Copy)]
enum Kind<'d, 'a> {
    Root,
    Text(&'d Cow<'a, str>),
    Scalar(&'d Scalar<'a>),
    Items(&'d [(Scalar<'a>, Range<usize>)]),
    Table(&'d Table),
    Tables(&'d [Table]),
}

/// Any part of a document, as serde sees it.
struct Node<'d, 'a> {
    doc: &'d Doc<'a>,
    kind: Kind<'d, 'a>,
    span: Range<usize>,
}

impl<'d, 'a> Node<'d, 'a> {
    fn at(&self, kind: Kind<'d, 'a>, span: Range<usize>) -> Node<'d, 'a> {
        Node { doc: self.doc, kind, span }
    }
}

fn visit_text<'a, V: Visitor<'a>>(s: &Cow<'a, str>, visitor: V) -> Result<V::Value, Refused> {
    match s {
        Cow::Borrowed(s) => visitor.visit_borrowed_str(s),
        Cow::Owned(s) => visitor.visit_str(s),
    }
}

impl<'d, 'a> de::Deserializer<'a> for Node<'d, 'a> {
    type Error = Refused;

    fn deserialize_any<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Refused> {
        match self.kind {
            Kind::Root => visitor.visit_map(Fields {
                node: &self,
                entries: GroupsOrEntries::Groups(self.doc.groups.iter()),
                value: None,
            }),
            Kind::Text(s) => visit_text(s, visitor),
            Kind::Scalar(Scalar::Text(s)) => visit_text(s, visitor),
            Kind::Scalar(Scalar::Int(n)) => visitor.visit_i64(*n),
            Kind::Scalar(Scalar::Float(f)) => visitor.visit_f64(*f),
            Kind::Scalar(Scalar::Bool(b)) => visitor.visit_bool(*b),
            Kind::Items(items) => visitor.visit_seq(Elements {
                node: &self,
                rest: items.iter().map(|(s, span)| (Kind::Scalar(s), span.clone())),
            }),
            Kind::Tables(tables) => visitor
                .visit_seq(Elements { node: &self, rest: tables.iter().map(|t| (Kind::Table(t), t.span.clone())) }),
            Kind::Table(table) => visitor.visit_map(Fields {
                node: &self,
                entries: GroupsOrEntries::Entries(self.doc.entries[table.entries.clone()].iter()),
                value: None,
            }),
        }
    }

    // As the toml crate: a field that is there is `Some`.
    fn deserialize_option<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Refused> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'a>>(self, _: &'static str, visitor: V) -> Result<V::Value, Refused> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_struct<V: Visitor<'a>>(
        self,
        name: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Refused> {
        if serde_spanned::de::is_spanned(name) {
            let span = self.span.clone();
            return visitor.visit_map(SpannedDeserializer::new(self, span));
        }
        self.deserialize_any(visitor)
    }

    fn deserialize_enum<V: Visitor<'a>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Refused> {
        match self.kind {
            Kind::Scalar(Scalar::Text(s)) => visitor.visit_enum(s.as_ref().into_deserializer()),
            _ => Err(Refused),
        }
    }

    serde::forward_to_deserialize_any! {
        <W: Visitor<'a>>
        bool u8 u16 u32 u64 i8 i16 i32 i64 i128 u128 f32 f64 char str string seq
        bytes byte_buf map unit ignored_any unit_struct tuple_struct tuple identifier
    }
}

impl<'d, 'a> IntoDeserializer<'a, Refused> for Node<'d, 'a> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

enum GroupsOrEntries<'d, 'a> {
    Groups(std::slice::Iter<'d, Group<'a>>),
    Entries(std::slice::Iter<'d, Entry<'a>>),
}

/// The keys of the root (header names) or of one table.
struct Fields<'n, 'd, 'a> {
    node: &'n Node<'d, 'a>,
    entries: GroupsOrEntries<'d, 'a>,
    /// The value of the key last read, kept for `next_value_seed`.
    value: Option<Located<'d, 'a>>,
}

/// A value and its span.
type Located<'d, 'a> = (Kind<'d, 'a>, Range<usize>);

impl<'d, 'a> Fields<'_, 'd, 'a> {
    fn advance(&mut self) -> Option<(&'d Cow<'a, str>, Located<'d, 'a>)> {
        match &mut self.entries {
            GroupsOrEntries::Groups(groups) => {
                let g = groups.next()?;
                let first = g.tables.first()?;
                let kind = if g.array { Kind::Tables(&g.tables) } else { Kind::Table(first) };
                Some((&g.name, (kind, first.span.clone())))
            }
            GroupsOrEntries::Entries(entries) => {
                let e = entries.next()?;
                let kind = match &e.value {
                    Value::Scalar(s) => Kind::Scalar(s),
                    Value::Array(run) => Kind::Items(&self.node.doc.items[run.clone()]),
                };
                Some((&e.key, (kind, e.span.clone())))
            }
        }
    }
}

impl<'d, 'a> MapAccess<'a> for Fields<'_, 'd, 'a> {
    type Error = Refused;

    fn next_key_seed<K: DeserializeSeed<'a>>(&mut self, seed: K) -> Result<Option<K::Value>, Refused> {
        match self.advance() {
            None => Ok(None),
            Some((key, value)) => {
                self.value = Some(value);
                seed.deserialize(self.node.at(Kind::Text(key), 0..0)).map(Some)
            }
        }
    }

    fn next_value_seed<V: DeserializeSeed<'a>>(&mut self, seed: V) -> Result<V::Value, Refused> {
        let (kind, span) = self.value.take().ok_or(Refused)?;
        seed.deserialize(self.node.at(kind, span))
    }
}

/// The elements of an array, or the tables of an array of tables.
struct Elements<'n, 'd, 'a, I> {
    node: &'n Node<'d, 'a>,
    rest: I,
}

impl<'d, 'a, I: ExactSizeIterator<Item = Located<'d, 'a>>> SeqAccess<'a> for Elements<'_, 'd, 'a, I> {
    type Error = Refused;

    fn next_element_seed<T: DeserializeSeed<'a>>(&mut self, seed: T) -> Result<Option<T::Value>, Refused> {
        match self.rest.next() {
            None => Ok(None),
            Some((kind, span)) => seed.deserialize(self.node.at(kind, span)).map(Some),
        }
    }

    // Lets serde size a file's record list once instead of growing it.
    fn size_hint(&self) -> Option<usize> {
        Some(self.rest.len())
    }
}

#[cfg(test)]
mod tests {
    use super::{Doc, deserialize, scan, scan_agrees};
    use crate::data::raw;
    use proptest::prelude::*;
    use std::path::Path;

    /// The event reader alone, which the one-pass scan must agree with.
    fn from_events<'a, T: serde::Deserialize<'a>>(text: &'a str) -> Option<T> {
        deserialize(&Doc::from_events(text)?)
    }

    /// Whether this reader and the toml crate agree on `text`: where this
    /// reader answers, the toml crate accepts the file and reads the same
    /// values at the same spans (`Spanned`'s `PartialEq` ignores spans, its
    /// `Debug` does not). Both ways of reading are checked: the event reader
    /// against the toml crate, and the scan against the event reader.
    fn agrees(text: &str) -> Result<bool, String> {
        scan_agrees(text)?;
        // Read as a general table too, where the model's own checks (unknown
        // or repeated fields) cannot hide a difference in reading.
        if let Some(fast) = from_events::<toml::Table>(text) {
            match toml::from_str::<toml::Table>(text) {
                Ok(slow) if fast == slow => {}
                Ok(slow) => return Err(format!("read differently as a table:\n{fast:?}\n{slow:?}")),
                Err(e) => return Err(format!("accepted as a table what the toml crate refuses: {e}")),
            }
        }
        let reference = toml::from_str::<raw::File>(text);
        match (from_events::<raw::File>(text), reference) {
            (None, _) => Ok(false),
            (Some(fast), Ok(slow)) if format!("{fast:?}") == format!("{slow:?}") => Ok(true),
            (Some(fast), Ok(slow)) => Err(format!("read differently:\n{fast:?}\n{slow:?}")),
            (Some(_), Err(e)) => Err(format!("accepted what the toml crate refuses: {e}")),
        }
    }

    fn toml_files(dir: &Path) -> Vec<std::path::PathBuf> {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        files
    }

    #[test]
    fn shipped_and_example_files_are_read_directly_and_as_the_toml_crate_reads_them() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in ["data", "data/sources", "tests/fixtures/good", "tests/fixtures/bad"] {
            for path in toml_files(&root.join(dir)) {
                let text = std::fs::read_to_string(&path).unwrap();
                let direct = agrees(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                // Real data files stay inside what the direct reader takes,
                // or loading them would quietly take the slow path.
                if !dir.ends_with("bad") {
                    assert!(direct, "{} left to the toml crate", path.display());
                    assert!(scan::doc(&text).is_some(), "{} not read in one pass", path.display());
                }
            }
        }
    }

    #[test]
    fn documents_outside_the_plain_subset_are_left_to_the_toml_crate() {
        let source = "[source]\nid = \"x\"\ntitle = \"t\"\npublisher = \"p\"\n";
        for extra in [
            "note = 1979-05-27",     // a date
            "note.x = \"a\"",        // a dotted key
            "note = { a = \"b\" }",  // an inline table
            "id = \"again\"",        // a key given twice
            "note = \"unterminated", // a syntax error
            "[source]",              // a table given twice
            "[[source]]",            // a table, then an array of them
            "author = 0x10",         // another radix, and the wrong type
        ] {
            let text = format!("{source}{extra}\n");
            assert_eq!(agrees(&text), Ok(false), "{text}");
        }
        assert_eq!(agrees(&format!("title = \"root\"\n{source}")), Ok(false), "a key before any header");
        // Refused by the reader itself, not only by a target type that
        // rejects repeats: a map would keep the last value.
        type Tables = std::collections::HashMap<String, std::collections::HashMap<String, String>>;
        let (once, twice) = ("[a]\nk = \"1\"\n", "[a]\nk = \"1\"\nk = \"2\"\n");
        assert!(from_events::<Tables>(once).is_some() && from_events::<Tables>(twice).is_none());
        assert!(scan::doc(once).is_some() && scan::doc(twice).is_none());
    }

    /// A valid file using every kind of value the model reads.
    const TEMPLATE: [&str; 25] = [
        "[source]",
        "id = \"demo\"",
        "title = \"Demo guide\"",
        "publisher = \"Demo\"",
        "",
        "[[salary]]",
        "role = \"backend\"",
        "level = \"senior\"",
        "label = \"Senior back-end\"",
        "kind = \"range\"",
        "low = 110000",
        "high = 140000",
        "basis = \"own\"",
        "year = 2024",
        "open_high = false",
        "",
        "[[skills]]",
        "role = \"backend\"",
        "skills = [\"sql\", \"git\"]",
        "",
        "[[growth]]",
        "occupation = \"software-developers\"",
        "label = \"x\"",
        "percent = 17.5",
        "basis = \"bls\"",
    ];

    /// Lines that stay close to the template's but reach past the plain
    /// subset, or past valid TOML, or past what the model takes.
    const VARIANTS: &[&str] = &[
        "low = 1_10_000",
        "low = +110000",
        "low = 0x1AD7",
        "low = 9223372036854775808",
        "low = 110000.0",
        "high = -0",
        "year = 2_024",
        "year = 1979-05-27",
        "kind = 'range'",
        "kind = \"at-least\"",
        "kind = \"\"\"range\"\"\"",
        "\"role\" = \"backend\"",
        "'level' = 'senior'",
        "role  =  \"backend\"   # a comment",
        "label = \"caf\\u00e9 \\\"quoted\\\"\"",
        "label = '''two\nlines'''",
        "label = \"\"\"\\\n  folded\"\"\"",
        "label = \"tab\\there\"",
        "skills = [ \"sql\" ,\n  \"git\" , # trailing\n]",
        "skills = []",
        "skills = [\"sql\", [\"git\"]]",
        "skills = [\"sql\", 1]",
        "skills = [{ a = 1 }]",
        "percent = 1e3",
        "percent = 2",
        "percent = inf",
        "percent = nan",
        "percent = -1.5E-2",
        "open_high = true",
        "approximate = tru",
        "a.b = 1",
        "note = { x = 1 }",
        "[[salary]]",
        "[ [salary] ]",
        "[[ salary ]]",
        "[\"source\"]",
        "[source.sub]",
        "[[skills]]",
        "[growth]",
        "# only a comment",
        "",
        "\t",
        "=",
        "role = \"unterminated",
        "id = \"demo\"",
        // Around the edges of what the one-pass scan reads.
        "low = -5",
        "low = 00",
        "low = 0",
        "low = 1 2",
        "low = 1979-05-27T07:32:00Z",
        "percent = 0e5",
        "percent = 1.",
        "percent = .5",
        "percent = -0.0",
        "percent = 1e400",
        "percent = 1E+2",
        "percent = 3.14.15",
        "open_high = truefalse",
        "open_high = false # no",
        "label = \"\"",
        "label = \"\"\"\"\"\"",
        "label = \"a\tb é\"",
        "label = \"del \u{7f}\"",
        "label = \"x\" junk",
        "label = \"esc \u{1b}[31m\"",
        "# del \u{7f} in a comment",
        "# tab\tin a comment",
        "role = \"backend\"\r",
        "skills = [\"sql\",]",
        "skills = [ # why\n  \"sql\" ]",
        "skills = [,]",
        "skills = [\"sql\",,\"git\"]",
        "skills=[\"sql\"]",
        "[source] # again",
        "[[salary]]\t",
        "[[salary]",
        "[salary]]",
        "\u{feff}[source]",
        "= \"no key\"",
        "[]",
        "[[]]",
        "skills = [\"sql\",\r\n\"git\"]",
        "skills = [\"sql\",\r\"git\"]",
        "\rlow = 1",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn wherever_the_direct_reader_answers_it_answers_as_the_toml_crate(
            edits in prop::collection::vec((0..TEMPLATE.len(), 0..VARIANTS.len(), any::<bool>()), 0..4)
        ) {
            let mut lines: Vec<&str> = TEMPLATE.to_vec();
            prop_assert_eq!(agrees(&lines.join("\n")), Ok(true), "the template is read directly");
            prop_assert!(scan::doc(&lines.join("\n")).is_some(), "the template is read in one pass");
            for (at, variant, insert) in edits {
                let at = at.min(lines.len() - 1);
                if insert { lines.insert(at, VARIANTS[variant]) } else { lines[at] = VARIANTS[variant] }
            }
            let text = lines.join("\n");
            prop_assert!(agrees(&text).is_ok(), "{}\n---\n{}", agrees(&text).unwrap_err(), text);
        }
    }
}
