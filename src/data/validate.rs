//! Turns parsed files into a [`Dataset`], checking every rule at once and
//! reporting each problem with its file, line and column.

use super::model::*;
use super::raw::{self, Text as RawText};
use crate::text::{LISTED_MAX, QUOTE_MAX, escape_controls, first_unsafe, is_blank, quoted};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::ops::Range;
use toml::Spanned;

/// One data file's text and the name to report it under.
pub struct Input {
    pub path: String,
    pub text: String,
    /// A user's own file rather than the built-in data: its sources are
    /// marked as such, and may not pass for official or built-in ones.
    pub user: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: String,
    /// 1-based; `None` where the problem has no position (an unreadable file).
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl Diagnostic {
    pub fn whole_file(path: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic { path: path.to_string(), position: None, message: message.into() }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = escape_controls(&self.path);
        // A message can quote the offending value; keep it on one safe line.
        let message = escape_controls(&self.message);
        match self.position {
            Some((line, column)) => write!(f, "{path}:{line}:{column}: {message}"),
            None => write!(f, "{path}: {message}"),
        }
    }
}

pub const SALARY_RANGE: Range<i64> = 1_000..10_000_001;
pub const YEAR_RANGE: Range<i64> = 1950..2101;
/// The longest text a data file may hold in one field: longer than any
/// note the articles need, short enough that no cell slows drawing.
pub const TEXT_MAX: usize = 2_000;
const PERCENT_MIN: f64 = -100.0;
const PERCENT_MAX: f64 = 500.0;

/// Validates `inputs` on top of `base` (already valid, e.g. the built-in
/// data) and returns the merged dataset, or every problem found. For the
/// build script, the fuzz target and tests, which hold every text anyway.
#[allow(dead_code)]
pub fn build(base: Option<&Dataset>, inputs: &[Input]) -> Result<Dataset, Vec<Diagnostic>> {
    let mut builder = Builder::new(base.cloned().unwrap_or_default());
    for input in inputs {
        builder.add(input);
    }
    builder.finish()
}

/// Checks files one at a time and keeps only what they define and hold, so
/// a caller can drop each file's text once it is added: memory grows with
/// the records, not with the bytes read.
pub struct Builder {
    vocab: Vocabulary,
    records: Dataset,
    problems: Vec<Diagnostic>,
    /// References to ids no file had defined yet when they were read: a
    /// record may name a role a later file defines, so they are settled
    /// once every file is in.
    pending: Vec<Pending>,
    /// Per file with problems: how many are listed, and how many more were
    /// found past `MAX_PROBLEMS`.
    counts: BTreeMap<String, (usize, usize)>,
    /// Each file's place in the order the files were added.
    read: HashMap<String, usize>,
}

/// A reference to an id not (yet) defined, with where it was made.
struct Pending {
    what: &'static str,
    id: String,
    path: String,
    position: (usize, usize),
}

impl Builder {
    pub fn new(base: Dataset) -> Builder {
        Builder {
            vocab: Vocabulary::new(base),
            records: Dataset::default(),
            problems: Vec::new(),
            pending: Vec::new(),
            counts: BTreeMap::new(),
            read: HashMap::new(),
        }
    }

    /// Parses and checks one file: its definitions first, so its own records
    /// may use them, then its records.
    pub fn add(&mut self, input: &Input) {
        let next = self.read.len();
        self.read.entry(input.path.clone()).or_insert(next);
        let file = match toml::from_str::<raw::File>(&input.text) {
            Ok(file) => file,
            Err(e) => {
                let position = e.span().map(|s| line_column(&input.text, s.start));
                let message = e.message().lines().next().unwrap_or("invalid TOML").to_string();
                self.problems.push(Diagnostic { path: input.path.clone(), position, message });
                return;
            }
        };
        let mut report = Report::new(input);
        self.vocab.definitions(&mut report, &file);
        self.vocab.broader_links(&mut report, &file);
        self.records.append(self.vocab.records(&mut report, file));
        self.pending.append(&mut report.pending);
        let (problems, more) = report.into_problems();
        if !problems.is_empty() || more > 0 {
            self.counts.insert(input.path.clone(), (problems.len(), more));
        }
        self.problems.extend(problems);
    }

    /// The merged dataset, or every problem found, references that no file
    /// defined among them.
    pub fn finish(mut self) -> Result<Dataset, Vec<Diagnostic>> {
        self.vocab.settle(std::mem::take(&mut self.pending), &mut self.counts, &mut self.problems);
        // References are settled last; each file's problems are still told
        // together, in the order they stand in it, then how many more.
        let read = |path: &str| self.read.get(path).copied().unwrap_or(usize::MAX);
        self.problems.sort_by_key(|p| (read(&p.path), p.position));
        let mut told = Vec::with_capacity(self.problems.len());
        let mut problems = std::mem::take(&mut self.problems).into_iter().peekable();
        while let Some(p) = problems.next() {
            let last_of_file = problems.peek().is_none_or(|next| next.path != p.path);
            let more = if last_of_file { self.counts.get(&p.path).map_or(0, |c| c.1) } else { 0 };
            let path = p.path.clone();
            told.push(p);
            if more > 0 {
                told.push(Diagnostic::whole_file(&path, format!("and {more} more problems in this file")));
            }
        }
        self.problems = told;
        let mut data = self.vocab.data;
        data.append(self.records);
        if self.problems.is_empty() { Ok(data) } else { Err(self.problems) }
    }
}

/// Whether a source would read as the official statistics: an id in their
/// `bls` family, or the Bureau of Labor Statistics as its publisher.
fn is_official_looking(id: &str, publisher: &str) -> bool {
    id == "bls" || id.starts_with("bls-") || publisher.to_lowercase().contains("bureau of labor statistics")
}

/// A record's reference to an id of `ids`; one not defined yet is settled
/// when every file is in.
fn refer(r: &mut Report, what: &'static str, t: RawText, ids: &HashMap<String, String>) -> String {
    if !ids.contains_key(t.get_ref()) {
        r.defer(what, &t);
    }
    r.take(what, t)
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Problems reported for one file in one pass; past these, only a count.
const MAX_PROBLEMS: usize = 50;

/// The problems found in one file, and the checks on single values that
/// report them with a position.
struct Report<'a> {
    path: &'a str,
    text: &'a str,
    /// The file is the user's own, not the built-in data.
    user: bool,
    problems: Vec<Diagnostic>,
    /// Problems found past `MAX_PROBLEMS`.
    more: usize,
    /// Where each line starts, built once when a position is first needed,
    /// so a file with many problems is not scanned again for each.
    lines: std::cell::OnceCell<Vec<usize>>,
    /// References this file makes to ids not defined so far.
    pending: Vec<Pending>,
}

impl<'a> Report<'a> {
    fn new(input: &'a Input) -> Report<'a> {
        Report {
            path: &input.path,
            text: &input.text,
            user: input.user,
            problems: Vec::new(),
            more: 0,
            lines: std::cell::OnceCell::new(),
            pending: Vec::new(),
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    fn position(&self, offset: usize) -> (usize, usize) {
        let text = self.text;
        let lines =
            self.lines.get_or_init(|| std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect());
        let offset = offset.min(text.len());
        let line = lines.partition_point(|&start| start <= offset);
        let start = lines[line - 1];
        (line, text.get(start..offset).map_or(0, |s| s.chars().count()) + 1)
    }

    fn here(&self, span: Range<usize>) -> String {
        let (line, column) = self.position(span.start);
        format!("{}:{line}:{column}", self.path)
    }

    fn problem(&mut self, span: Range<usize>, message: impl Into<String>) {
        if self.problems.len() >= MAX_PROBLEMS {
            self.more += 1;
            return;
        }
        let position = Some(self.position(span.start));
        self.problems.push(Diagnostic { path: self.path.to_string(), position, message: message.into() });
    }

    /// Notes a reference to an id not defined so far, with its position
    /// taken now, while the file's text is at hand.
    fn defer(&mut self, what: &'static str, t: &RawText) {
        let position = self.position(t.span().start);
        self.pending.push(Pending { what, id: t.get_ref().clone(), path: self.path.to_string(), position });
    }

    /// The problems listed, and how many more were found.
    fn into_problems(self) -> (Vec<Diagnostic>, usize) {
        (self.problems, self.more)
    }

    /// Control characters are refused outright: they could rewrite the
    /// user's terminal.
    fn check_text(&mut self, field: &str, t: &RawText) {
        let value = t.get_ref();
        if is_blank(value) && !value.chars().any(char::is_control) {
            self.problem(t.span(), format!("`{field}` is empty"));
        } else if let Some((_, c)) = first_unsafe(value) {
            self.problem(t.span(), format!("`{field}` contains {}", crate::text::describe(c)));
        } else if value.chars().count() > TEXT_MAX {
            self.problem(t.span(), format!("`{field}` is longer than {TEXT_MAX} characters"));
        }
    }

    /// Checks text the caller keeps using, and returns a copy.
    fn text(&mut self, field: &str, t: &RawText) -> String {
        self.check_text(field, t);
        t.get_ref().clone()
    }

    /// Checks text and moves it out: records are consumed as they are checked.
    fn take(&mut self, field: &str, t: RawText) -> String {
        self.check_text(field, &t);
        t.into_inner()
    }

    fn take_opt(&mut self, field: &str, t: Option<RawText>) -> Option<String> {
        t.map(|t| self.take(field, t))
    }

    fn opt_text(&mut self, field: &str, t: &Option<RawText>) -> Option<String> {
        t.as_ref().map(|t| self.text(field, t))
    }

    fn id(&mut self, field: &str, t: &RawText) -> String {
        let value = self.text(field, t);
        let well_formed = !value.is_empty()
            && value
                .split('-')
                .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()));
        if !well_formed
            && !value.trim().is_empty()
            && first_unsafe(&value).is_none()
            && value.chars().count() <= TEXT_MAX
        {
            self.problem(
                t.span(),
                format!(
                    "{field} '{}' must be lower-case letters, digits and single hyphens (e.g. 'back-end-dev')",
                    quoted(&value)
                ),
            );
        }
        value
    }

    fn int(&mut self, field: &str, n: &Spanned<i64>, range: Range<i64>, unit: &str) -> i64 {
        let value = *n.get_ref();
        if !range.contains(&value) {
            self.problem(
                n.span(),
                format!("`{field}` = {value} is out of range: expected {} to {}{unit}", range.start, range.end - 1),
            );
        }
        value
    }

    fn percent(&mut self, field: &str, p: &Spanned<f64>) -> f64 {
        let value = *p.get_ref();
        if value.is_nan() {
            self.problem(p.span(), format!("`{field}` is not a number"));
        } else if !(PERCENT_MIN..=PERCENT_MAX).contains(&value) {
            // `{}` writes 1e308 out as 309 digits; a huge value reads best as 1e308.
            let shown = if value.abs() < 1e6 { value.to_string() } else { format!("{value:e}") };
            self.problem(
                p.span(),
                format!(
                    "`{field}` = {shown} is out of range: expected a percentage from {PERCENT_MIN} to {PERCENT_MAX}"
                ),
            );
        }
        value
    }

    fn year(&mut self, field: &str, y: &Option<Spanned<i64>>) -> Option<i32> {
        y.as_ref().map(|y| self.int(field, y, YEAR_RANGE, "") as i32)
    }
}

/// Levels, roles, skills and sources from the base and every file, with
/// where each was defined; read-only once built.
struct Vocabulary {
    data: Dataset,
    /// id → where it was first defined, per vocabulary.
    level_ids: HashMap<String, String>,
    role_ids: HashMap<String, String>,
    skill_ids: HashMap<String, String>,
    source_ids: HashMap<String, String>,
    /// normalised id or alias → owning id, to keep look-ups unambiguous.
    level_keys: HashMap<String, String>,
    role_keys: HashMap<String, String>,
    skill_keys: HashMap<String, String>,
    /// Each role's kind, to check broader links without a scan.
    role_kinds: HashMap<String, RoleKind>,
    /// (vocabulary, normalised display name) → the id that has it and where
    /// it was defined: two roles shown as "Back-end developer" could not be
    /// told apart in a table.
    names: HashMap<(&'static str, String), (String, String)>,
}

impl Vocabulary {
    fn new(base: Dataset) -> Vocabulary {
        let mut v = Vocabulary {
            data: base,
            level_ids: HashMap::new(),
            role_ids: HashMap::new(),
            skill_ids: HashMap::new(),
            source_ids: HashMap::new(),
            level_keys: HashMap::new(),
            role_keys: HashMap::new(),
            skill_keys: HashMap::new(),
            role_kinds: HashMap::new(),
            names: HashMap::new(),
        };
        let origin = "the built-in data".to_string();
        for l in v.data.levels.iter() {
            v.names.insert(("level", normalize_key(&l.name)), (l.id.clone(), origin.clone()));
            v.level_ids.insert(l.id.to_string(), origin.clone());
            for k in std::iter::once(&l.id).chain(l.aliases.iter()) {
                v.level_keys.insert(normalize_key(k), l.id.to_string());
            }
        }
        for r in v.data.roles.iter() {
            v.role_kinds.insert(r.id.clone(), r.kind);
            v.names.insert(("role", normalize_key(&r.name)), (r.id.clone(), origin.clone()));
            v.role_ids.insert(r.id.to_string(), origin.clone());
            for k in std::iter::once(&r.id).chain(r.aliases.iter()) {
                v.role_keys.insert(normalize_key(k), r.id.to_string());
            }
        }
        for s in v.data.skills.iter() {
            v.names.insert(("skill", normalize_key(&s.name)), (s.id.clone(), origin.clone()));
            v.skill_ids.insert(s.id.to_string(), origin.clone());
            for k in std::iter::once(&s.id).chain(s.aliases.iter()) {
                v.skill_keys.insert(normalize_key(k), s.id.to_string());
            }
        }
        for s in v.data.sources.iter() {
            v.source_ids.insert(s.id.to_string(), s.origin.to_string());
        }
        v
    }

    fn maps(&mut self, what: &str) -> (&mut HashMap<String, String>, &mut HashMap<String, String>) {
        match what {
            "level" => (&mut self.level_ids, &mut self.level_keys),
            "role" => (&mut self.role_ids, &mut self.role_keys),
            _ => (&mut self.skill_ids, &mut self.skill_keys),
        }
    }

    /// Registers an id and its aliases in one vocabulary, refusing duplicates
    /// and aliases that would make a look-up ambiguous.
    fn define(
        &mut self,
        r: &mut Report,
        what: &str,
        id_text: &RawText,
        aliases: &[RawText],
    ) -> Option<(String, Vec<String>)> {
        let id = r.id(&format!("{what} id"), id_text);
        for a in aliases {
            r.text("alias", a);
        }
        let here = r.here(id_text.span());
        let (ids, keys) = self.maps(what);
        if let Some(first) = ids.get(id.as_str()) {
            r.problem(id_text.span(), format!("duplicate {what} id '{}' (first defined in {first})", quoted(&id)));
            return None;
        }
        ids.insert(id.clone(), here);
        for name in std::iter::once(id_text).chain(aliases) {
            let key = normalize_key(name.get_ref());
            match keys.get(&key) {
                Some(owner) if *owner != id.as_str() => {
                    let alias = quoted(name.get_ref());
                    r.problem(name.span(), format!("{what} alias '{alias}' already names {what} '{owner}'"));
                }
                _ => {
                    keys.insert(key, id.to_string());
                }
            }
        }
        Some((id, aliases.iter().map(|a| a.get_ref().clone()).collect()))
    }

    /// Refuses a display name another level, role or skill already has.
    fn claim_name(&mut self, r: &mut Report, what: &'static str, name: &RawText, id: &str) {
        let key = (what, normalize_key(name.get_ref()));
        if let Some((owner, first)) = self.names.get(&key) {
            r.problem(
                name.span(),
                format!(
                    "{what} name '{}' is already the name of {what} '{owner}' ({first}): two {what}s with one name \
                     could not be told apart",
                    quoted(name.get_ref())
                ),
            );
        } else {
            self.names.insert(key, (id.to_string(), r.here(name.span())));
        }
    }

    fn definitions(&mut self, r: &mut Report, file: &raw::File) {
        let has_vocabulary = !(file.level.is_empty() && file.role.is_empty() && file.skill.is_empty());
        if file.source.is_none() && file.record_count() == 0 && !has_vocabulary {
            r.problem(0..0, "the file holds no data: expected a [source] table, records, or [[role]], [[skill]] or [[level]] tables");
        }
        for l in &file.level {
            let l = l.get_ref();
            if let Some((id, aliases)) = self.define(r, "level", &l.id, &l.aliases) {
                self.claim_name(r, "level", &l.name, &id);
                let level = Level {
                    id,
                    name: r.text("name", &l.name),
                    years: r.text("years", &l.years),
                    aliases,
                    description: r.text("description", &l.description),
                };
                self.data.levels.push(level);
            }
        }
        for x in &file.role {
            let x = x.get_ref();
            if let Some((id, aliases)) = self.define(r, "role", &x.id, &x.aliases) {
                self.claim_name(r, "role", &x.name, &id);
                self.role_kinds.insert(id.clone(), x.kind);
                let role = Role {
                    id,
                    name: r.text("name", &x.name),
                    kind: x.kind,
                    aliases,
                    description: r.text("description", &x.description),
                    belongs_to: x.belongs_to.iter().map(|b| b.get_ref().clone()).collect(),
                    wage_anchor: x.wage_anchor.iter().map(|b| b.get_ref().clone()).collect(),
                };
                self.data.roles.push(role);
            }
        }
        for s in &file.skill {
            let s = s.get_ref();
            if let Some((id, aliases)) = self.define(r, "skill", &s.id, &s.aliases) {
                self.claim_name(r, "skill", &s.name, &id);
                let skill = Skill { id, name: r.text("name", &s.name), category: s.category, aliases };
                self.data.skills.push(skill);
            }
        }
        if let Some(src) = &file.source {
            let s = src.get_ref();
            let id = r.id("source id", &s.id);
            if let Some(first) = self.source_ids.get(id.as_str()) {
                r.problem(s.id.span(), format!("duplicate source id '{}' (first defined in {first})", quoted(&id)));
            } else if r.user && is_official_looking(&id, s.publisher.get_ref()) {
                r.problem(
                    s.id.span(),
                    "a source in your own files may not pass for the official statistics: ids starting with 'bls' and \
                     the Bureau of Labor Statistics as publisher are kept for the built-in release",
                );
            } else {
                // One source a file: a scan up to it costs less than the
                // line index, which a valid file never needs otherwise.
                let (line, column) = line_column(r.text, s.id.span().start);
                self.source_ids.insert(id.to_string(), format!("{}:{line}:{column}", r.path));
                let source = Source {
                    id,
                    title: r.text("title", &s.title),
                    publisher: r.text("publisher", &s.publisher),
                    author: r.opt_text("author", &s.author),
                    date: r.opt_text("date", &s.date),
                    note: r.opt_text("note", &s.note),
                    origin: r.path.to_string(),
                    user_file: r.user,
                };
                self.data.sources.push(source);
            }
        }
    }

    /// A role's links to occupations must name occupations; one not defined
    /// so far is settled with the other pending references. A wage anchor
    /// needs the official figures, which are built in, so a user's file
    /// cannot set one.
    fn broader_links(&mut self, r: &mut Report, file: &raw::File) {
        for role in &file.role {
            let role = role.get_ref();
            if let (true, Some(first)) = (r.user, role.wage_anchor.first()) {
                r.problem(
                    first.span(),
                    "wage_anchor is set only in the built-in data/roles.toml, beside the official figures \
                     it names"
                        .to_string(),
                );
            }
            for b in role.belongs_to.iter().chain(&role.wage_anchor) {
                match self.role_kinds.get(b.get_ref()) {
                    Some(RoleKind::Occupation) => {}
                    Some(_) => r.problem(b.span(), format!("'{}' is a role, not an occupation", b.get_ref())),
                    None => r.defer("occupation", b),
                }
            }
        }
    }

    /// Reports the references no file defined, each with the nearest known
    /// id, within each file's `MAX_PROBLEMS` (`counts`: listed, more).
    fn settle(
        &self,
        pending: Vec<Pending>,
        counts: &mut BTreeMap<String, (usize, usize)>,
        problems: &mut Vec<Diagnostic>,
    ) {
        for p in pending {
            let known = match p.what {
                "occupation" => self.role_kinds.get(&p.id) == Some(&RoleKind::Occupation),
                "level" => self.level_ids.contains_key(&p.id),
                "role" => self.role_ids.contains_key(&p.id),
                _ => self.skill_ids.contains_key(&p.id),
            };
            if known {
                continue;
            }
            let (listed, more) = counts.entry(p.path.clone()).or_default();
            if *listed >= MAX_PROBLEMS {
                *more += 1;
                continue;
            }
            *listed += 1;
            if p.what == "occupation" && self.role_kinds.contains_key(&p.id) {
                let message = format!("'{}' is a role, not an occupation", quoted(&p.id));
                problems.push(Diagnostic { path: p.path, position: Some(p.position), message });
                continue;
            }
            let options: Vec<&str> = match p.what {
                "occupation" => {
                    self.data.roles.iter().filter(|x| x.kind == RoleKind::Occupation).map(|x| x.id.as_str()).collect()
                }
                "level" => self.data.levels.iter().map(|x| x.id.as_str()).collect(),
                "role" => self.data.roles.iter().map(|x| x.id.as_str()).collect(),
                _ => self.data.skills.iter().map(|x| x.id.as_str()).collect(),
            };
            let message = unknown_message(p.what, &p.id, options);
            problems.push(Diagnostic { path: p.path, position: Some(p.position), message });
        }
    }

    fn role_ref(&self, r: &mut Report, t: RawText) -> String {
        refer(r, "role", t, &self.role_ids)
    }

    fn level_ref(&self, r: &mut Report, t: RawText) -> String {
        refer(r, "level", t, &self.level_ids)
    }

    fn skill_ref(&self, r: &mut Report, t: RawText) -> String {
        refer(r, "skill", t, &self.skill_ids)
    }

    /// Checks one file's records, consuming them.
    fn records(&self, r: &mut Report, file: raw::File) -> Dataset {
        let mut out = Dataset::default();
        let Some(source) = &file.source else {
            if file.record_count() > 0 {
                r.problem(0..0, "records need a [source] table in the same file to say where they come from");
            }
            return out;
        };
        let source = source.get_ref().id.get_ref().as_str();
        // Where each figure that restates another says so, to check once all are read.
        let restating: Vec<Option<Range<usize>>> =
            file.salary.iter().map(|s| s.get_ref().restates.as_ref().map(|t| t.span())).collect();
        out.salaries = file.salary.into_iter().map(|s| self.salary(r, source, s)).collect();
        out.growth = file.growth.into_iter().map(|g| self.growth(r, source, g.into_inner())).collect();
        let mut seen_sets = HashSet::new();
        for s in file.skills {
            let span = s.span();
            let set = s.into_inner();
            let role = self.role_ref(r, set.role);
            if !seen_sets.insert(role.clone()) {
                r.problem(
                    span.clone(),
                    format!("a second [[skills]] list for role '{role}' in this source: merge them into one"),
                );
            }
            let mut seen = HashSet::new();
            let mut skills = Vec::new();
            for k in set.skills {
                let at = k.span();
                let id = self.skill_ref(r, k);
                if !seen.insert(id.clone()) {
                    r.problem(at, format!("skill '{id}' is listed twice"));
                }
                skills.push(id);
            }
            if skills.is_empty() {
                r.problem(span, "`skills` is empty");
            }
            let note = r.take_opt("note", set.note);
            out.skill_sets.push(SkillSet { source: source.to_string(), role, skills, note });
        }
        out.paths = file.path.into_iter().map(|p| self.path_stage(r, source, p)).collect();
        for c in file.certification {
            let c = c.into_inner();
            out.certifications.push(Certification {
                source: source.to_string(),
                roles: c.roles.into_iter().map(|x| self.role_ref(r, x)).collect(),
                name: r.take("name", c.name),
                vendor: r.take_opt("vendor", c.vendor),
                programs: c.programs.into_iter().map(|p| r.take("programs", p)).collect(),
                note: r.take_opt("note", c.note),
            });
        }
        out.education = file.education.into_iter().map(|e| self.program(r, source, e.into_inner())).collect();
        out.statistics = file.statistic.into_iter().map(|x| statistic(r, source, x.into_inner())).collect();
        check_restatements(r, &out.salaries, &restating);
        out
    }

    fn program(&self, r: &mut Report, source: &str, e: raw::RawProgram) -> Program {
        let time = e.time.map(|t| program_time(r, t, e.duration.is_some()));
        Program {
            source: source.to_string(),
            roles: e.roles.into_iter().map(|x| self.role_ref(r, x)).collect(),
            name: r.take("name", e.name),
            provider: r.take_opt("provider", e.provider),
            kind: e.kind,
            cost_usd: e.cost_usd.as_ref().map(|c| r.int("cost_usd", c, 0..1_000_001, " USD")),
            cost_per: r.take_opt("cost_per", e.cost_per),
            duration: r.take_opt("duration", e.duration),
            time,
            courses: e.courses.iter().map(|c| r.int("courses", c, 1..1001, "") as u16).collect(),
            certifications_included: e.certifications_included,
            note: r.take_opt("note", e.note),
        }
    }

    fn salary(&self, r: &mut Report, source: &str, record: Spanned<raw::RawSalary>) -> Salary {
        let record_span = record.span();
        let s = record.into_inner();
        let kind = *s.kind.get_ref();
        let role = self.role_ref(r, s.role);
        let level = self.level_ref(r, s.level);
        let label = r.take("label", s.label);
        let mut amount =
            |field: &str, n: &Option<Spanned<i64>>| n.as_ref().map(|n| r.int(field, n, SALARY_RANGE, " USD a year"));
        let (amount_v, low_v, high_v) = (amount("amount", &s.amount), amount("low", &s.low), amount("high", &s.high));
        let kind_span = s.kind.span();
        let (low, high) = if kind.is_point() {
            if s.low.is_some() || s.high.is_some() {
                r.problem(kind_span.clone(), format!("a `{}` figure takes `amount`, not `low`/`high`", kind.id()));
            }
            if amount_v.is_none() {
                r.problem(kind_span.clone(), format!("a `{}` figure needs `amount`", kind.id()));
            }
            (amount_v, amount_v)
        } else {
            if s.amount.is_some() {
                r.problem(kind_span.clone(), format!("a `{}` figure takes `low`/`high`, not `amount`", kind.id()));
            }
            let (needs_low, needs_high) = match kind {
                SalaryKind::Range => (true, true),
                SalaryKind::AtLeast => (true, false),
                _ => (false, true),
            };
            for (needed, present, field) in
                [(needs_low, low_v.is_some(), "low"), (needs_high, high_v.is_some(), "high")]
            {
                if needed && !present {
                    r.problem(kind_span.clone(), format!("a `{}` figure needs `{field}`", kind.id()));
                } else if !needed && present {
                    r.problem(kind_span.clone(), format!("a `{}` figure takes no `{field}`", kind.id()));
                }
            }
            (low_v, high_v)
        };
        if let (Some(l), Some(h), Some(low_span)) = (low, high, s.low.as_ref().map(|l| l.span())) {
            if l > h {
                r.problem(low_span, format!("`low` ({l}) is greater than `high` ({h})"));
            }
        }
        if s.open_high && high.is_none() {
            r.problem(record_span.clone(), "`open_high` needs an upper figure (`high` or `amount`)");
        } else if s.open_high && kind == SalaryKind::AtMost {
            r.problem(
                kind_span.clone(),
                "an `at-most` figure has a ceiling, so it cannot have an open top (`open_high`)",
            );
        }
        let percentile = percentile(r, &s.percentile, kind, kind_span);
        Salary {
            source: source.to_string(),
            role,
            level,
            label,
            kind,
            percentile,
            low,
            high,
            open_high: s.open_high,
            approximate: s.approximate,
            tail: s.tail,
            experience: r.take_opt("experience", s.experience),
            distribution: r.take_opt("distribution", s.distribution),
            basis: s.basis,
            year: r.year("year", &s.year),
            places: places(r, s.places, s.location.is_some(), record_span.clone()),
            location: r.take_opt("location", s.location),
            note: r.take_opt("note", s.note),
            not_released: false,
            restates: r.take_opt("restates", s.restates),
            origin: if r.user { Origin::UserFile } else { Origin::BuiltIn },
        }
    }

    fn growth(&self, r: &mut Report, source: &str, g: raw::RawGrowth) -> Growth {
        let occupation = self.role_ref(r, g.occupation);
        let openings_per_year = g.openings_per_year.as_ref().map(|o| r.int("openings_per_year", o, 0..10_000_001, ""));
        let openings_qualifier = match (openings_per_year, g.openings_qualifier) {
            (Some(_), q) => Some(q.map_or(Qualifier::Exact, Spanned::into_inner)),
            (None, Some(q)) => {
                r.problem(q.span(), "`openings_qualifier` needs `openings_per_year`");
                None
            }
            (None, None) => None,
        };
        let from_year = r.year("from_year", &g.from_year);
        let to_year = r.year("to_year", &g.to_year);
        if let (Some(f), Some(t), Some(span)) = (from_year, to_year, g.from_year.as_ref().map(|y| y.span())) {
            if f > t {
                r.problem(span, format!("`from_year` ({f}) is after `to_year` ({t})"));
            }
        }
        Growth {
            source: source.to_string(),
            occupation,
            label: r.take("label", g.label),
            percent: r.percent("percent", &g.percent),
            from_year,
            to_year,
            openings_per_year,
            openings_qualifier,
            baseline_percent: g.baseline_percent.as_ref().map(|p| r.percent("baseline_percent", p)),
            basis: g.basis,
            note: r.take_opt("note", g.note),
        }
    }

    fn path_stage(&self, r: &mut Report, source: &str, p: Spanned<raw::RawPath>) -> PathStage {
        let raw = p.into_inner();
        let role = self.role_ref(r, raw.role);
        let level = raw.level.map(|l| self.level_ref(r, l));
        let years = raw.years.map(|y| years(r, y));
        PathStage {
            source: source.to_string(),
            role,
            stage: r.take("stage", raw.stage),
            level,
            years,
            note: r.take_opt("note", raw.note),
        }
    }
}

/// The places a figure names: each with text, and a BLS area code of seven
/// digits where one is given; they say what `location` covers, so they
/// need it.
fn places(r: &mut Report, raw: Vec<raw::RawPlace>, located: bool, record: Range<usize>) -> Vec<Place> {
    if !raw.is_empty() && !located {
        r.problem(record, "`places` needs `location`, the source's own words for where the figure is for");
    }
    raw.into_iter()
        .map(|p| {
            let area = p.area.map(|a| {
                if !(a.get_ref().len() == 7 && a.get_ref().bytes().all(|b| b.is_ascii_digit())) {
                    r.problem(
                        a.span(),
                        format!(
                            "area '{}' is not a BLS area code: seven digits, as `careers areas` prints",
                            quoted(a.get_ref())
                        ),
                    );
                }
                a.into_inner()
            });
            Place { name: r.take("name", p.name), area }
        })
        .collect()
}

/// A figure's percentile: required for, and only for, kind `percentile`.
fn percentile(r: &mut Report, p: &Option<Spanned<i64>>, kind: SalaryKind, kind_span: Range<usize>) -> Option<u8> {
    match (p, kind) {
        (Some(p), SalaryKind::Percentile) => Some(r.int("percentile", p, 1..100, "") as u8),
        (None, SalaryKind::Percentile) => {
            r.problem(kind_span, "a `percentile` figure needs `percentile` (1 to 99)");
            None
        }
        (Some(p), _) => {
            r.problem(p.span(), "`percentile` goes only with kind = \"percentile\"");
            None
        }
        (None, _) => None,
    }
}

/// A stage's years, checked: a plausible number of years, the lower bound
/// first, and at least one of them.
fn years(r: &mut Report, y: Spanned<raw::RawYears>) -> Years {
    let span = y.span();
    let y = y.into_inner();
    let min = y.min.as_ref().map(|n| r.int("min", n, 0..61, " years") as u8);
    let max = y.max.as_ref().map(|n| r.int("max", n, 0..61, " years") as u8);
    match (min, max) {
        (Some(lo), Some(hi)) if lo > hi => r.problem(span, format!("`min` ({lo}) is greater than `max` ({hi})")),
        (None, None) => r.problem(span, "`years` needs `min`, `max` or both"),
        _ => {}
    }
    Years { counts: y.counts, min, max, qualifier: y.qualifier }
}

/// A program's time, checked: a plausible number of its unit, the lower
/// bound first, a share only for a completion figure and always for one,
/// and the source's words beside it (the numbers alone may drop who was
/// counted).
fn program_time(r: &mut Report, t: Spanned<raw::RawTime>, worded: bool) -> ProgramTime {
    let span = t.span();
    let t = t.into_inner();
    if !worded {
        r.problem(span, "`time` needs `duration`, the source's own words for it");
    }
    let unit = format!(" {}", t.unit.id());
    // Compared as written: a bound out of range would wrap once narrowed.
    let (min, max) = (r.int("min", &t.min, 1..1001, &unit), r.int("max", &t.max, 1..1001, &unit));
    if min > max {
        r.problem(t.min.span(), format!("`min` ({min}) is greater than `max` ({max})"));
    }
    let measures = *t.measures.get_ref();
    let share_percent = match (&t.share_percent, measures) {
        (Some(p), TimeMeasure::Completion) => Some(r.int("share_percent", p, 0..101, "%") as u8),
        (None, TimeMeasure::Completion) => {
            r.problem(
                t.measures.span(),
                "a `completion` time needs `share_percent`, the share that finished within it",
            );
            None
        }
        (Some(p), _) => {
            r.problem(p.span(), "`share_percent` goes only with measures = \"completion\"");
            None
        }
        (None, _) => None,
    };
    ProgramTime { measures, min: min as u16, max: max as u16, unit: t.unit, share_percent }
}

fn statistic(r: &mut Report, source: &str, x: raw::RawStatistic) -> Statistic {
    let percent = r.percent("percent", &x.percent);
    if !(0.0..=100.0).contains(&percent) {
        r.problem(x.percent.span(), format!("`percent` = {percent} is not a share from 0 to 100"));
    }
    Statistic {
        source: source.to_string(),
        label: r.take("label", x.label),
        percent,
        qualifier: x.qualifier,
        study: r.take("study", x.study),
        year: r.year("year", &x.year),
        note: r.take_opt("note", x.note),
    }
}

/// A figure that restates another must name, by its label, a figure of
/// the same source that is not itself a restatement.
fn check_restatements(r: &mut Report, salaries: &[Salary], spans: &[Option<Range<usize>>]) {
    // A restatement is left out of every summary, so it must repeat a claim
    // about the same role and level: one about another would vanish.
    let originals: HashSet<(&str, &str, &str)> = salaries
        .iter()
        .filter(|o| o.restates.is_none())
        .map(|o| (o.label.as_str(), o.role.as_str(), o.level.as_str()))
        .collect();
    let labels: HashSet<&str> = originals.iter().map(|(label, _, _)| *label).collect();
    for (s, span) in salaries.iter().zip(spans) {
        let (Some(label), Some(span)) = (&s.restates, span) else { continue };
        if !labels.contains(label.as_str()) {
            r.problem(
                span.clone(),
                format!("`restates` names '{label}', which no other figure of this source has as its label"),
            );
        } else if !originals.contains(&(label.as_str(), s.role.as_str(), s.level.as_str())) {
            r.problem(
                span.clone(),
                format!(
                    "`restates` names '{label}', a figure for another role or level: a restatement repeats a \
                     claim about the same role and level"
                ),
            );
        }
    }
}

/// "unknown role 'x' — did you mean 'y'?", or the known ids.
fn unknown_message(what: &str, id: &str, options: Vec<&str>) -> String {
    // Suggestions are for typos: a value longer than any id is not one.
    let near = if id.len() <= QUOTE_MAX { nearest(id, options.iter().copied()) } else { None };
    let hint = match near {
        Some(n) => format!(" — did you mean '{n}'?"),
        None if options.len() > LISTED_MAX => {
            format!(" (known: {}, and {} more)", options[..LISTED_MAX].join(", "), options.len() - LISTED_MAX)
        }
        None => format!(" (known: {})", options.join(", ")),
    };
    format!("unknown {what} '{}'{hint}", quoted(id))
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// A TOML basic string holding exactly `s`.
    fn toml_string(s: &str) -> String {
        let mut out = String::from("\"");
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('"');
        out
    }

    fn check(body: &str) -> Result<Dataset, Vec<Diagnostic>> {
        let text = format!("[source]\nid = \"prop\"\ntitle = \"T\"\npublisher = \"P\"\n\n{body}");
        build(
            Some(&crate::load::built_in(crate::data::model::Part::ALL)),
            &[Input { path: "prop.toml".into(), text, user: true }],
        )
    }

    proptest! {
        #[test]
        fn a_range_is_accepted_exactly_when_its_bounds_are_plausible_and_ordered(low in -5_000i64..20_000_000, high in -5_000i64..20_000_000) {
            let body = format!(
                "[[salary]]\nrole = \"backend\"\nlevel = \"mid\"\nlabel = \"l\"\nkind = \"range\"\nlow = {low}\nhigh = {high}\nbasis = \"own\"\n"
            );
            let plausible = |n: i64| SALARY_RANGE.contains(&n);
            let expected = plausible(low) && plausible(high) && low <= high;
            match check(&body) {
                Ok(data) => {
                    prop_assert!(expected, "accepted {low}..{high}");
                    let s = data.salaries.last().unwrap();
                    prop_assert_eq!((s.low, s.high), (Some(low), Some(high)));
                }
                Err(problems) => {
                    prop_assert!(!expected, "refused {low}..{high}: {problems:?}");
                    prop_assert!(problems.iter().all(|p| p.position.is_some_and(|(line, _)| line == 11 || line == 12)));
                }
            }
        }

        #[test]
        fn any_label_is_accepted_exactly_when_it_is_safe_text(label in any::<String>()) {
            let quoted = toml_string(&label);
            let body = format!(
                "[[salary]]\nrole = \"backend\"\nlevel = \"mid\"\nlabel = {quoted}\nkind = \"average\"\namount = 50000\nbasis = \"own\"\n"
            );
            let safe = !is_blank(&label) && first_unsafe(&label).is_none() && label.chars().count() <= TEXT_MAX;
            match check(&body) {
                Ok(data) => prop_assert!(safe && data.salaries.last().unwrap().label == label),
                Err(problems) => {
                    prop_assert!(!safe, "{problems:?}");
                    prop_assert!(problems.iter().all(|p| first_unsafe(&p.to_string()).is_none()));
                }
            }
        }
    }
}
