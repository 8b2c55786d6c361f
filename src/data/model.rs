//! Validated, typed data. Everything outside `data` sees only these types.
//!
//! The build script and the binary share this file: the build script writes
//! the built-in dataset as Rust expressions of these types.

use super::pool;
use serde::de::Error as _;
use serde::ser::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

/// A list in the model. The built-in data's lists are spans of pools, one
/// static array per element type that the build script writes as Rust, so
/// start-up decodes and allocates none of them; lists read from user files
/// are owned. A span rather than a slice: a slice in a static is a pointer
/// the dynamic loader must relocate when the program starts, and the
/// dataset's 1,200 pointers cost every command 8 page faults (#5).
#[derive(Clone)]
pub struct List<T: 'static>(ListRepr<T>);

#[derive(Clone)]
enum ListRepr<T: 'static> {
    Pooled(u32, u32),
    Owned(Vec<T>),
}

/// A type whose built-in values sit in one static pool that lists index.
pub trait Pooled: Sized + 'static {
    fn pool() -> &'static [Self];
}

impl<T> List<T> {
    pub const fn new() -> List<T> {
        List(ListRepr::Owned(Vec::new()))
    }

    /// For the statics the build script writes: `len` items of the pool
    /// from `start`.
    pub const fn pooled(start: u32, len: u32) -> List<T> {
        List(ListRepr::Pooled(start, len))
    }
}

impl<T: Pooled> List<T> {
    #[inline(always)]
    pub fn as_slice(&self) -> &[T] {
        match &self.0 {
            ListRepr::Pooled(start, len) => pooled_span(T::pool(), *start, *len),
            ListRepr::Owned(items) => items,
        }
    }
}

impl<T: Pooled + Clone> List<T> {
    /// The list to change, copied out of the pool first if it is built in.
    pub fn to_mut(&mut self) -> &mut Vec<T> {
        if let ListRepr::Pooled(..) = self.0 {
            self.0 = ListRepr::Owned(self.as_slice().to_vec());
        }
        match &mut self.0 {
            ListRepr::Owned(items) => items,
            ListRepr::Pooled(..) => unreachable!("made owned just above"),
        }
    }

    pub fn into_owned(self) -> Vec<T> {
        match self.0 {
            ListRepr::Owned(items) => items,
            ListRepr::Pooled(..) => self.as_slice().to_vec(),
        }
    }
}

/// `len` items of `pool` from `start`; none if the span is outside it, which
/// the test that the statics equal the validated data rules out.
fn pooled_span<T>(pool: &[T], start: u32, len: u32) -> &[T] {
    let (start, len) = (start as usize, len as usize);
    pool.get(start..start.saturating_add(len)).unwrap_or_default()
}

impl<T: Pooled> Deref for List<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> Default for List<T> {
    fn default() -> List<T> {
        List::new()
    }
}

impl<T> From<Vec<T>> for List<T> {
    fn from(items: Vec<T>) -> List<T> {
        List(ListRepr::Owned(items))
    }
}

impl<T> FromIterator<T> for List<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> List<T> {
        List(ListRepr::Owned(items.into_iter().collect()))
    }
}

impl<T: Pooled + fmt::Debug> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T: Pooled + Serialize> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<List<T>, D::Error> {
        Vec::deserialize(d).map(List::from)
    }
}

/// Text in the model. Built-in text is a span of the binary's string table
/// (see [`super::pool`]): no pointer to relocate, nothing to allocate. Text
/// read from a user file owns its string.
#[derive(Clone)]
pub struct Text(TextRepr);

/// Two kinds only, since every use tells them apart: with a third (a
/// borrowed `&'static str`, for the official tables' text, which is now
/// pooled too) `compare` ran 4% more instructions.
#[derive(Clone)]
enum TextRepr {
    Pooled(u32, u32),
    Owned(String),
}

impl Default for Text {
    fn default() -> Text {
        Text(TextRepr::Owned(String::new()))
    }
}

impl PartialEq for Text {
    #[inline(always)]
    fn eq(&self, other: &Text) -> bool {
        match (&self.0, &other.0) {
            // The table holds each distinct string once (`pool::span_of`),
            // so built-in texts are equal exactly when their spans are.
            (TextRepr::Pooled(a, n), TextRepr::Pooled(b, m)) => a == b && n == m,
            _ => self.byte_len() == other.byte_len() && self.as_str() == other.as_str(),
        }
    }
}

impl Eq for Text {}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Text) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Text) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl std::hash::Hash for Text {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            return s.serialize_str(self);
        }
        match pool::span_of(self) {
            Some(span) => span.serialize(s),
            None => Err(S::Error::custom("text is encoded compactly only into a string table")),
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        if d.is_human_readable() {
            return String::deserialize(d).map(Text::from);
        }
        let (start, len) = <(u32, u32)>::deserialize(d)?;
        match pool::text_at((start, len)) {
            Some(_) => Ok(Text::pooled(start, len)),
            None => Err(D::Error::custom("text span outside the string table")),
        }
    }
}

impl Text {
    #[inline(always)]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            TextRepr::Pooled(start, len) => pool::embedded(*start, *len),
            TextRepr::Owned(s) => s,
        }
    }

    /// `self.len()` without looking the text up: comparisons reject on it.
    #[inline(always)]
    fn byte_len(&self) -> usize {
        match &self.0 {
            TextRepr::Pooled(_, len) => *len as usize,
            _ => self.as_str().len(),
        }
    }

    /// Whether this is built into the binary, so copies of it are free.
    pub fn is_static(&self) -> bool {
        matches!(self.0, TextRepr::Pooled(..))
    }

    /// For the statics the build script writes: a span of the string table.
    pub const fn pooled(start: u32, len: u32) -> Text {
        Text(TextRepr::Pooled(start, len))
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text(TextRepr::Owned(s))
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text(TextRepr::Owned(s.to_owned()))
    }
}

impl PartialEq<str> for Text {
    #[inline(always)]
    fn eq(&self, other: &str) -> bool {
        self.byte_len() == other.len() && self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        *self == **other
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        *other == **self
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *other == **self
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Dataset {
    pub levels: List<Level>,
    pub roles: List<Role>,
    pub skills: List<Skill>,
    pub sources: List<Source>,
    pub salaries: List<Salary>,
    pub growth: List<Growth>,
    pub skill_sets: List<SkillSet>,
    pub paths: List<PathStage>,
    pub certifications: List<Certification>,
    pub education: List<Program>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Level {
    pub id: Text,
    pub name: Text,
    pub years: Text,
    pub aliases: List<Text>,
    pub description: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RoleKind {
    Role,
    Occupation,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Role {
    pub id: Text,
    pub name: Text,
    pub kind: RoleKind,
    pub aliases: List<Text>,
    pub description: Text,
    /// Occupations that contain this role: their projections apply to it, but
    /// their pay figures are never shown as the role's own.
    pub broader: List<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Language,
    Framework,
    Database,
    Api,
    CloudDevops,
    Practice,
    SoftSkill,
}

impl Category {
    pub fn label(self) -> &'static str {
        match self {
            Category::Language => "language",
            Category::Framework => "framework",
            Category::Database => "database",
            Category::Api => "API",
            Category::CloudDevops => "cloud/devops",
            Category::Practice => "practice",
            Category::SoftSkill => "soft skill",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Skill {
    pub id: Text,
    pub name: Text,
    pub category: Category,
    pub aliases: List<Text>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Source {
    pub id: Text,
    pub title: Text,
    pub publisher: Text,
    pub author: Option<Text>,
    pub date: Option<Text>,
    pub note: Option<Text>,
    /// The file the source was read from, so `check` and errors can point at it.
    pub origin: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SalaryKind {
    Range,
    Average,
    /// An arithmetic mean, as official statistics name it.
    Mean,
    Median,
    /// A single figure for which the source names no statistic.
    Estimate,
    AtLeast,
    AtMost,
    Percentile,
}

impl SalaryKind {
    pub fn id(self) -> &'static str {
        match self {
            SalaryKind::Range => "range",
            SalaryKind::Average => "average",
            SalaryKind::Mean => "mean",
            SalaryKind::Median => "median",
            SalaryKind::Estimate => "estimate",
            SalaryKind::AtLeast => "at-least",
            SalaryKind::AtMost => "at-most",
            SalaryKind::Percentile => "percentile",
        }
    }

    /// Kinds given as one figure (`amount`) rather than bounds.
    pub fn is_point(self) -> bool {
        matches!(self, SalaryKind::Average | SalaryKind::Median | SalaryKind::Estimate | SalaryKind::Percentile)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    Glassdoor,
    Indeed,
    Bls,
    /// The source's own figures, or figures it does not attribute.
    Own,
}

impl Basis {
    pub fn label(self) -> &'static str {
        match self {
            Basis::Glassdoor => "Glassdoor",
            Basis::Indeed => "Indeed",
            Basis::Bls => "BLS",
            Basis::Own => "own",
        }
    }
}

/// One pay figure as a source states it. Point kinds have `low == high`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Salary {
    pub source: Text,
    pub role: Text,
    pub level: Text,
    pub label: Text,
    pub kind: SalaryKind,
    pub percentile: Option<u8>,
    pub low: Option<i64>,
    pub high: Option<i64>,
    /// "$140,000+": the upper end is a floor of its own, not a cap.
    pub open_high: bool,
    /// "about", "around", "approximately".
    pub approximate: bool,
    pub basis: Basis,
    pub year: Option<i32>,
    pub location: Option<Text>,
    pub note: Option<Text>,
    /// The publisher withheld this estimate (BLS footnote 8): no amount, and
    /// never to be read as zero.
    pub not_released: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    #[default]
    Exact,
    About,
    AtLeast,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Growth {
    pub source: Text,
    pub occupation: Text,
    pub label: Text,
    pub percent: f64,
    pub from_year: Option<i32>,
    pub to_year: Option<i32>,
    pub openings_per_year: Option<i64>,
    pub openings_qualifier: Qualifier,
    pub baseline_percent: Option<f64>,
    pub basis: Basis,
    pub note: Option<Text>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SkillSet {
    pub source: Text,
    pub role: Text,
    pub skills: List<Text>,
    pub note: Option<Text>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PathStage {
    pub source: Text,
    pub role: Text,
    pub stage: Text,
    pub level: Option<Text>,
    pub years_min: Option<u8>,
    pub years_max: Option<u8>,
    pub note: Option<Text>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Certification {
    pub source: Text,
    pub name: Text,
    pub vendor: Option<Text>,
    pub roles: List<Text>,
    pub programs: List<Text>,
    pub note: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProgramKind {
    Degree,
    Certificate,
    Bootcamp,
    Training,
    Simulation,
}

impl ProgramKind {
    pub fn id(self) -> &'static str {
        match self {
            ProgramKind::Degree => "degree",
            ProgramKind::Certificate => "certificate",
            ProgramKind::Bootcamp => "bootcamp",
            ProgramKind::Training => "training",
            ProgramKind::Simulation => "simulation",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Program {
    pub source: Text,
    pub name: Text,
    pub provider: Option<Text>,
    pub kind: ProgramKind,
    pub roles: List<Text>,
    pub cost_usd: Option<i64>,
    pub cost_per: Option<Text>,
    pub duration: Option<Text>,
    pub courses: List<u16>,
    pub note: Option<Text>,
}

/// Names every type a `List` holds. The build script writes a pool of each
/// (`POOLED` tells it which); a build without the pools (the build script
/// itself, the fuzz targets) gives each an empty one.
macro_rules! pooled {
    ($($ty:ident),* $(,)?) => {
        #[allow(dead_code, reason = "the build script reads it; the binary has the pools")]
        pub const POOLED: &[&str] = &[$(stringify!($ty)),*];
        $(
            #[cfg(not(careers_embedded))]
            impl Pooled for $ty {
                fn pool() -> &'static [$ty] {
                    &[]
                }
            }
        )*
    };
}

pooled!(Level, Role, Skill, Source, Salary, Growth, SkillSet, PathStage, Certification, Program, Text, u16);

#[cfg(careers_embedded)]
include!(concat!(env!("OUT_DIR"), "/pools.rs"));

/// Lower-case, with runs of spaces, underscores and hyphens folded to one
/// hyphen, so "Back End", "back_end" and "back-end" are one key.
pub fn normalize_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_sep = false;
    for c in s.trim().chars() {
        if c == ' ' || c == '_' || c == '-' || c == '\t' {
            pending_sep = !out.is_empty();
        } else {
            if pending_sep {
                out.push('-');
                pending_sep = false;
            }
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// The closest of `candidates` to `input`, if it is close enough to be a
/// likely typo. Used for "did you mean" hints in data errors and on the
/// command line alike.
pub fn nearest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let input = normalize_key(input);
    let limit = (input.chars().count() / 3).max(2);
    candidates
        .into_iter()
        .map(|c| (edit_distance(&input, &normalize_key(c)), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Replaces control characters with visible escapes, so text from a data file
/// can never move the cursor, ring the bell or restyle a terminal.
pub fn escape_controls(s: &str) -> std::borrow::Cow<'_, str> {
    if !has_controls(s, false) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_control() {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether `s` holds a control character (Unicode's Cc: C0, DEL and C1),
/// not counting '\n' when `newline_ok`. Read as bytes because every cell
/// printed passes through here: C1 codes are the only ones above ASCII, all
/// encoded as 0xC2 followed by 0x80..=0x9F.
pub fn has_controls(s: &str, newline_ok: bool) -> bool {
    let b = s.as_bytes();
    // Most text has no byte that could begin one: a branch-free pass says so.
    if !b.iter().fold(false, |seen, &c| seen | (c < 0x20) | (c == 0x7f) | (c == 0xc2)) {
        return false;
    }
    b.iter().enumerate().any(|(i, &c)| match c {
        b'\n' => !newline_ok,
        0..0x20 | 0x7f => true,
        0xc2 => matches!(b.get(i + 1), Some(0x80..=0x9f)),
        _ => false,
    })
}

#[cfg(test)]
mod control_tests {
    use super::has_controls;

    proptest::proptest! {
        // The byte scan must agree with the standard library's definition.
        #[test]
        fn has_controls_agrees_with_char_is_control(s in "\\PC{0,8}[\\x00-\\xff\\u{2028}\\n]{0,4}\\PC{0,8}") {
            proptest::prop_assert_eq!(has_controls(&s, false), s.chars().any(char::is_control));
            proptest::prop_assert_eq!(has_controls(&s, true), s.chars().any(|c| c.is_control() && c != '\n'));
        }
    }
}
