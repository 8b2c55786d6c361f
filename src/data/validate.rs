//! Turns parsed files into a [`Dataset`], checking every rule at once and
//! reporting each problem with its file, line and column.

use super::model::*;
use super::raw::{self, Text};
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::ops::Range;
use toml::Spanned;

/// One data file's text and the name to report it under.
pub struct Input {
    pub path: String,
    pub text: String,
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
const PERCENT_MIN: f64 = -100.0;
const PERCENT_MAX: f64 = 500.0;

/// Validates `inputs` on top of `base` (already valid, e.g. the embedded data)
/// and returns the merged dataset, or every problem found.
pub fn build(base: Option<&Dataset>, inputs: &[Input]) -> Result<Dataset, Vec<Diagnostic>> {
    let mut v = Validator { data: base.cloned().unwrap_or_default(), ..Validator::default() };
    v.index_base();
    let mut parsed = Vec::new();
    for input in inputs {
        match toml::from_str::<raw::File>(&input.text) {
            Ok(file) => parsed.push((input, file)),
            Err(e) => {
                let position = e.span().map(|s| line_column(&input.text, s.start));
                let message = e.message().lines().next().unwrap_or("invalid TOML").to_string();
                v.problems.push(Diagnostic { path: input.path.clone(), position, message });
            }
        }
    }
    // Vocabularies first, from every file, so records may refer to a role or
    // skill defined in any file whatever the order.
    for (input, file) in &parsed {
        v.enter(input);
        v.vocabulary(file);
    }
    for (input, file) in &parsed {
        v.enter(input);
        v.broader_links(file);
        v.records(file);
    }
    if v.problems.is_empty() { Ok(v.data) } else { Err(v.problems) }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[derive(Default)]
struct Validator<'a> {
    data: Dataset,
    problems: Vec<Diagnostic>,
    path: &'a str,
    text: &'a str,
    /// id → where it was first defined, per vocabulary.
    level_ids: HashMap<String, String>,
    role_ids: HashMap<String, String>,
    skill_ids: HashMap<String, String>,
    source_ids: HashMap<String, String>,
    /// normalised id or alias → owning id, to keep look-ups unambiguous.
    level_keys: HashMap<String, String>,
    role_keys: HashMap<String, String>,
    skill_keys: HashMap<String, String>,
}

impl<'a> Validator<'a> {
    fn index_base(&mut self) {
        let origin = "the built-in data".to_string();
        for l in &self.data.levels {
            self.level_ids.insert(l.id.clone(), origin.clone());
            for k in std::iter::once(&l.id).chain(&l.aliases) {
                self.level_keys.insert(normalize_key(k), l.id.clone());
            }
        }
        for r in &self.data.roles {
            self.role_ids.insert(r.id.clone(), origin.clone());
            for k in std::iter::once(&r.id).chain(&r.aliases) {
                self.role_keys.insert(normalize_key(k), r.id.clone());
            }
        }
        for s in &self.data.skills {
            self.skill_ids.insert(s.id.clone(), origin.clone());
            for k in std::iter::once(&s.id).chain(&s.aliases) {
                self.skill_keys.insert(normalize_key(k), s.id.clone());
            }
        }
        for s in &self.data.sources {
            self.source_ids.insert(s.id.clone(), s.origin.clone());
        }
    }

    fn enter(&mut self, input: &'a Input) {
        self.path = &input.path;
        self.text = &input.text;
    }

    fn here(&self, span: Range<usize>) -> String {
        let (line, column) = line_column(self.text, span.start);
        format!("{}:{line}:{column}", self.path)
    }

    fn problem(&mut self, span: Range<usize>, message: impl Into<String>) {
        let position = Some(line_column(self.text, span.start));
        self.problems.push(Diagnostic { path: self.path.to_string(), position, message: message.into() });
    }

    /// Checks a piece of text and returns it owned. Control characters are
    /// refused outright: they could rewrite the user's terminal.
    fn text(&mut self, field: &str, t: &Text) -> String {
        let value = t.get_ref();
        if value.trim().is_empty() {
            self.problem(t.span(), format!("`{field}` is empty"));
        } else if let Some(c) = value.chars().find(|c| c.is_control()) {
            self.problem(t.span(), format!("`{field}` contains control character U+{:04X}", c as u32));
        }
        value.clone()
    }

    fn opt_text(&mut self, field: &str, t: &Option<Text>) -> Option<String> {
        t.as_ref().map(|t| self.text(field, t))
    }

    fn id(&mut self, field: &str, t: &Text) -> String {
        let value = self.text(field, t);
        let well_formed = !value.is_empty()
            && value
                .split('-')
                .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()));
        if !well_formed && !value.trim().is_empty() && !value.chars().any(char::is_control) {
            self.problem(
                t.span(),
                format!(
                    "{field} '{value}' must be lower-case letters, digits and single hyphens (e.g. 'back-end-dev')"
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
            self.problem(
                p.span(),
                format!(
                    "`{field}` = {value} is out of range: expected a percentage from {PERCENT_MIN} to {PERCENT_MAX}"
                ),
            );
        }
        value
    }

    fn year(&mut self, field: &str, y: &Option<Spanned<i64>>) -> Option<i32> {
        y.as_ref().map(|y| self.int(field, y, YEAR_RANGE, "") as i32)
    }

    fn vocab_maps(&mut self, what: &str) -> (&mut HashMap<String, String>, &mut HashMap<String, String>) {
        match what {
            "level" => (&mut self.level_ids, &mut self.level_keys),
            "role" => (&mut self.role_ids, &mut self.role_keys),
            _ => (&mut self.skill_ids, &mut self.skill_keys),
        }
    }

    /// Registers an id and its aliases in one vocabulary, refusing duplicates
    /// and aliases that would make a look-up ambiguous.
    fn define(&mut self, what: &str, id_text: &Text, aliases: &[Text]) -> Option<(String, Vec<String>)> {
        let id = self.id(&format!("{what} id"), id_text);
        for a in aliases {
            self.text("alias", a);
        }
        let here = self.here(id_text.span());
        let (ids, keys) = self.vocab_maps(what);
        if let Some(first) = ids.get(&id).cloned() {
            self.problem(id_text.span(), format!("duplicate {what} id '{id}' (first defined in {first})"));
            return None;
        }
        ids.insert(id.clone(), here);
        let mut clashes = Vec::new();
        for name in std::iter::once(id_text).chain(aliases) {
            let key = normalize_key(name.get_ref());
            match keys.get(&key) {
                Some(owner) if *owner != id => clashes.push((name.span(), name.get_ref().clone(), owner.clone())),
                _ => {
                    keys.insert(key, id.clone());
                }
            }
        }
        for (span, name, owner) in clashes {
            self.problem(span, format!("{what} alias '{name}' already names {what} '{owner}'"));
        }
        Some((id, aliases.iter().map(|a| a.get_ref().clone()).collect()))
    }

    fn vocabulary(&mut self, file: &raw::File) {
        if file.source.is_none()
            && file.record_count() == 0
            && file.level.is_empty()
            && file.role.is_empty()
            && file.skill.is_empty()
        {
            self.problem(0..0, "the file holds no data: expected a [source] table, records, or [[role]], [[skill]] or [[level]] tables");
        }
        for l in &file.level {
            let l = l.get_ref();
            if let Some((id, aliases)) = self.define("level", &l.id, &l.aliases) {
                let level = Level {
                    id,
                    name: self.text("name", &l.name),
                    years: self.text("years", &l.years),
                    aliases,
                    description: self.text("description", &l.description),
                };
                self.data.levels.push(level);
            }
        }
        for r in &file.role {
            let r = r.get_ref();
            if let Some((id, aliases)) = self.define("role", &r.id, &r.aliases) {
                let role = Role {
                    id,
                    name: self.text("name", &r.name),
                    kind: r.kind,
                    aliases,
                    description: self.text("description", &r.description),
                    broader: r.broader.iter().map(|b| b.get_ref().clone()).collect(),
                };
                self.data.roles.push(role);
            }
        }
        for s in &file.skill {
            let s = s.get_ref();
            if let Some((id, aliases)) = self.define("skill", &s.id, &s.aliases) {
                let skill = Skill { id, name: self.text("name", &s.name), category: s.category, aliases };
                self.data.skills.push(skill);
            }
        }
        if let Some(src) = &file.source {
            let s = src.get_ref();
            let id = self.id("source id", &s.id);
            if let Some(first) = self.source_ids.get(&id) {
                let message = format!("duplicate source id '{id}' (first defined in {first})");
                self.problem(s.id.span(), message);
            } else {
                let here = self.here(s.id.span());
                self.source_ids.insert(id.clone(), here);
                let source = Source {
                    id,
                    title: self.text("title", &s.title),
                    publisher: self.text("publisher", &s.publisher),
                    author: self.opt_text("author", &s.author),
                    date: self.opt_text("date", &s.date),
                    note: self.opt_text("note", &s.note),
                    origin: self.path.to_string(),
                };
                self.data.sources.push(source);
            }
        }
    }

    fn broader_links(&mut self, file: &raw::File) {
        for r in &file.role {
            for b in &r.get_ref().broader {
                let target = self.data.roles.iter().find(|x| x.id == *b.get_ref());
                match target {
                    Some(t) if t.kind == RoleKind::Occupation => {}
                    Some(_) => {
                        self.problem(b.span(), format!("broader '{}' is a role, not an occupation", b.get_ref()))
                    }
                    None => self.unknown("occupation", b, |d| {
                        d.roles.iter().filter(|r| r.kind == RoleKind::Occupation).map(|r| r.id.as_str()).collect()
                    }),
                }
            }
        }
    }

    fn unknown(&mut self, what: &str, t: &Text, options: impl Fn(&Dataset) -> Vec<&str>) {
        let opts = options(&self.data);
        let hint = match nearest(t.get_ref(), opts.iter().copied()) {
            Some(n) => format!(" — did you mean '{n}'?"),
            None => format!(" (known: {})", opts.join(", ")),
        };
        self.problem(t.span(), format!("unknown {what} '{}'{hint}", t.get_ref()));
    }

    fn role_ref(&mut self, t: &Text) -> String {
        if !self.role_ids.contains_key(t.get_ref()) {
            self.unknown("role", t, |d| d.roles.iter().map(|r| r.id.as_str()).collect());
        }
        self.text("role", t)
    }

    fn level_ref(&mut self, t: &Text) -> String {
        if !self.level_ids.contains_key(t.get_ref()) {
            self.unknown("level", t, |d| d.levels.iter().map(|l| l.id.as_str()).collect());
        }
        self.text("level", t)
    }

    fn skill_ref(&mut self, t: &Text) -> String {
        if !self.skill_ids.contains_key(t.get_ref()) {
            self.unknown("skill", t, |d| d.skills.iter().map(|s| s.id.as_str()).collect());
        }
        self.text("skill", t)
    }

    fn records(&mut self, file: &raw::File) {
        let Some(source) = &file.source else {
            if file.record_count() > 0 {
                self.problem(0..0, "records need a [source] table in the same file to say where they come from");
            }
            return;
        };
        let source = source.get_ref().id.get_ref().clone();
        for s in &file.salary {
            if let Some(salary) = self.salary(&source, s) {
                self.data.salaries.push(salary);
            }
        }
        for g in &file.growth {
            let growth = self.growth(&source, g.get_ref());
            self.data.growth.push(growth);
        }
        let mut seen_sets = HashSet::new();
        for s in &file.skills {
            let raw = s.get_ref();
            let role = self.role_ref(&raw.role);
            if !seen_sets.insert(role.clone()) {
                self.problem(
                    s.span(),
                    format!("a second [[skills]] list for role '{role}' in this source: merge them into one"),
                );
            }
            let mut seen = HashSet::new();
            let mut skills = Vec::new();
            for k in &raw.skills {
                let id = self.skill_ref(k);
                if !seen.insert(id.clone()) {
                    self.problem(k.span(), format!("skill '{id}' is listed twice"));
                }
                skills.push(id);
            }
            if skills.is_empty() {
                self.problem(s.span(), "`skills` is empty");
            }
            let note = self.opt_text("note", &raw.note);
            self.data.skill_sets.push(SkillSet { source: source.clone(), role, skills, note });
        }
        for p in &file.path {
            let stage = self.path_stage(&source, p);
            self.data.paths.push(stage);
        }
        for c in &file.certification {
            let raw = c.get_ref();
            let roles = raw.roles.iter().map(|r| self.role_ref(r)).collect();
            let cert = Certification {
                source: source.clone(),
                name: self.text("name", &raw.name),
                vendor: self.opt_text("vendor", &raw.vendor),
                roles,
                programs: raw.programs.iter().map(|p| self.text("programs", p)).collect(),
                note: self.opt_text("note", &raw.note),
            };
            self.data.certifications.push(cert);
        }
        for e in &file.education {
            let raw = e.get_ref();
            let roles = raw.roles.iter().map(|r| self.role_ref(r)).collect();
            let program = Program {
                source: source.clone(),
                name: self.text("name", &raw.name),
                provider: self.opt_text("provider", &raw.provider),
                kind: raw.kind,
                roles,
                cost_usd: raw.cost_usd.as_ref().map(|c| self.int("cost_usd", c, 0..1_000_001, " USD")),
                cost_per: self.opt_text("cost_per", &raw.cost_per),
                duration: self.opt_text("duration", &raw.duration),
                courses: raw.courses.iter().map(|c| self.int("courses", c, 1..1001, "") as u16).collect(),
                note: self.opt_text("note", &raw.note),
            };
            self.data.education.push(program);
        }
    }

    fn salary(&mut self, source: &str, record: &Spanned<raw::RawSalary>) -> Option<Salary> {
        let s = record.get_ref();
        let kind = *s.kind.get_ref();
        let role = self.role_ref(&s.role);
        let level = self.level_ref(&s.level);
        let label = self.text("label", &s.label);
        let mut amount =
            |field: &str, n: &Option<Spanned<i64>>| n.as_ref().map(|n| self.int(field, n, SALARY_RANGE, " USD a year"));
        let (amount_v, low_v, high_v) = (amount("amount", &s.amount), amount("low", &s.low), amount("high", &s.high));
        let kind_span = s.kind.span();
        let (low, high) = if kind.is_point() {
            if s.low.is_some() || s.high.is_some() {
                self.problem(kind_span.clone(), format!("a `{}` figure takes `amount`, not `low`/`high`", kind.id()));
            }
            match amount_v {
                Some(a) => (Some(a), Some(a)),
                None => {
                    self.problem(kind_span.clone(), format!("a `{}` figure needs `amount`", kind.id()));
                    (None, None)
                }
            }
        } else {
            if s.amount.is_some() {
                self.problem(kind_span.clone(), format!("a `{}` figure takes `low`/`high`, not `amount`", kind.id()));
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
                    self.problem(kind_span.clone(), format!("a `{}` figure needs `{field}`", kind.id()));
                } else if !needed && present {
                    self.problem(kind_span.clone(), format!("a `{}` figure takes no `{field}`", kind.id()));
                }
            }
            (low_v, high_v)
        };
        if let (Some(l), Some(h), Some(low_span)) = (low, high, s.low.as_ref().map(|l| l.span())) {
            if l > h {
                self.problem(low_span, format!("`low` ({l}) is greater than `high` ({h})"));
            }
        }
        if s.open_high && high.is_none() {
            self.problem(record.span(), "`open_high` needs an upper figure (`high` or `amount`)");
        }
        let percentile = match (&s.percentile, kind) {
            (Some(p), SalaryKind::Percentile) => Some(self.int("percentile", p, 1..100, "") as u8),
            (None, SalaryKind::Percentile) => {
                self.problem(kind_span, "a `percentile` figure needs `percentile` (1 to 99)");
                None
            }
            (Some(p), _) => {
                self.problem(p.span(), "`percentile` goes only with kind = \"percentile\"");
                None
            }
            (None, _) => None,
        };
        Some(Salary {
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
            basis: s.basis,
            year: self.year("year", &s.year),
            location: self.opt_text("location", &s.location),
            note: self.opt_text("note", &s.note),
        })
    }

    fn growth(&mut self, source: &str, g: &raw::RawGrowth) -> Growth {
        let occupation = self.role_ref(&g.occupation);
        let from_year = self.year("from_year", &g.from_year);
        let to_year = self.year("to_year", &g.to_year);
        if let (Some(f), Some(t), Some(span)) = (from_year, to_year, g.from_year.as_ref().map(|y| y.span())) {
            if f > t {
                self.problem(span, format!("`from_year` ({f}) is after `to_year` ({t})"));
            }
        }
        Growth {
            source: source.to_string(),
            occupation,
            label: self.text("label", &g.label),
            percent: self.percent("percent", &g.percent),
            from_year,
            to_year,
            openings_per_year: g
                .openings_per_year
                .as_ref()
                .map(|o| self.int("openings_per_year", o, 0..10_000_001, "")),
            openings_qualifier: g.openings_qualifier,
            baseline_percent: g.baseline_percent.as_ref().map(|p| self.percent("baseline_percent", p)),
            basis: g.basis,
            note: self.opt_text("note", &g.note),
        }
    }

    fn path_stage(&mut self, source: &str, p: &Spanned<raw::RawPath>) -> PathStage {
        let raw = p.get_ref();
        let role = self.role_ref(&raw.role);
        let level = raw.level.as_ref().map(|l| self.level_ref(l));
        let years_min = raw.years_min.as_ref().map(|y| self.int("years_min", y, 0..61, "") as u8);
        let years_max = raw.years_max.as_ref().map(|y| self.int("years_max", y, 0..61, "") as u8);
        if let (Some(lo), Some(hi)) = (years_min, years_max) {
            if lo > hi {
                self.problem(p.span(), format!("`years_min` ({lo}) is greater than `years_max` ({hi})"));
            }
        }
        PathStage {
            source: source.to_string(),
            role,
            stage: self.text("stage", &raw.stage),
            level,
            years_min,
            years_max,
            note: self.opt_text("note", &raw.note),
        }
    }
}
