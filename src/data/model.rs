//! Validated, typed data. Everything outside `data` sees only these types.
//!
//! The build script and the binary share this file: the build script
//! validates `data/` into these types and embeds them with postcard.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Dataset {
    pub levels: Vec<Level>,
    pub roles: Vec<Role>,
    pub skills: Vec<Skill>,
    pub sources: Vec<Source>,
    pub salaries: Vec<Salary>,
    pub growth: Vec<Growth>,
    pub skill_sets: Vec<SkillSet>,
    pub paths: Vec<PathStage>,
    pub certifications: Vec<Certification>,
    pub education: Vec<Program>,
    pub statistics: Vec<Statistic>,
    /// Where each id sits in its list, built on the first look-up, once the
    /// data is loaded: user data may add thousands of sources, and tables
    /// look a name up for every row.
    #[serde(skip)]
    index: std::sync::OnceLock<Index>,
}

#[derive(Debug, Clone, Default)]
struct Index {
    /// The lists' lengths when it was built, to catch a stale index in tests.
    lengths: [usize; 4],
    levels: HashMap<String, usize>,
    roles: HashMap<String, usize>,
    skills: HashMap<String, usize>,
    sources: HashMap<String, usize>,
}

/// Each id's first position in `ids`.
fn positions<'a>(ids: impl Iterator<Item = &'a String>) -> HashMap<String, usize> {
    let mut map = HashMap::new();
    for (i, id) in ids.enumerate() {
        map.entry(id.clone()).or_insert(i);
    }
    map
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Level {
    pub id: String,
    pub name: String,
    pub years: String,
    pub aliases: Vec<String>,
    pub description: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RoleKind {
    Role,
    Occupation,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Role {
    pub id: String,
    pub name: String,
    pub kind: RoleKind,
    pub aliases: Vec<String>,
    pub description: String,
    /// Occupations that contain this role: their projections apply to it, but
    /// their pay figures are never shown as the role's own.
    pub belongs_to: Vec<String>,
    /// The BLS occupations the role's pay is set beside: the summary's
    /// yardstick, `offer`'s distribution, `where`'s ranking. One relation,
    /// kept here, apart from `belongs_to`: back-end work belongs to web
    /// development too, but its pay is set beside software developers'.
    pub wage_anchor: Vec<String>,
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
    pub id: String,
    pub name: String,
    pub category: Category,
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub author: Option<String>,
    pub date: Option<String>,
    pub note: Option<String>,
    /// The file the source was read from, so `check` and errors can point at it.
    pub origin: String,
    /// Read from the user's own files rather than built in.
    pub user_file: bool,
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
            Basis::Own => "none cited",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    BuiltIn,
    UserFile,
}

/// One pay figure as a source states it. Point kinds have `low == high`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Salary {
    pub source: String,
    pub role: String,
    pub level: String,
    pub label: String,
    pub kind: SalaryKind,
    pub percentile: Option<u8>,
    pub low: Option<i64>,
    pub high: Option<i64>,
    /// "$140,000+": the upper end is a floor of its own, not a cap.
    pub open_high: bool,
    /// "about", "around", "approximately".
    pub approximate: bool,
    /// What the top of the market reaches ("top performers", "may exceed"),
    /// not what is typical: shown beside a summary, never inside it.
    #[serde(default)]
    pub tail: bool,
    /// The experience the source ties the figure to, in its words ("15+
    /// years"), where it says: a level is a bucket, and this is what the
    /// source means by it.
    #[serde(default)]
    pub experience: Option<String>,
    /// The name of the distribution the figure belongs to, where a file
    /// groups a source's figures into one explicitly; percentiles of one
    /// role, level, year, place and basis form one without it.
    #[serde(default)]
    pub distribution: Option<String>,
    pub basis: Basis,
    pub year: Option<i32>,
    pub location: Option<String>,
    /// The places `location` names, each in the source's words with the BLS
    /// area it matches, where one does: one claim may cover three cities.
    #[serde(default)]
    pub places: Vec<Place>,
    pub note: Option<String>,
    /// The publisher withheld this estimate (BLS footnote 8): no amount, and
    /// never to be read as zero.
    pub not_released: bool,
    /// The label of another of the source's figures that this one repeats:
    /// shown, but counted once in summaries.
    pub restates: Option<String>,
    /// Where the figure came from: the built-in articles, the official
    /// statistics, or the user's own files.
    pub origin: Origin,
}

/// A place a figure is for: the source's name for it, and the BLS area code
/// (seven digits, as `careers areas` prints) where one matches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub name: String,
    pub area: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    #[default]
    Exact,
    About,
    AtLeast,
    /// "over five years": more than the number, which is not itself included.
    Over,
    /// "nearly 70%": a little under the number.
    Nearly,
}

/// What a career stage's years count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum YearsCount {
    /// Time spent in the stage ("this phase generally lasts around 1 to 2 years").
    InStage,
    /// Experience the stage asks for ("requires over five years of experience").
    Experience,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Years {
    pub counts: YearsCount,
    pub min: Option<u8>,
    pub max: Option<u8>,
    pub qualifier: Qualifier,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Growth {
    pub source: String,
    pub occupation: String,
    pub label: String,
    pub percent: f64,
    pub from_year: Option<i32>,
    pub to_year: Option<i32>,
    pub openings_per_year: Option<i64>,
    /// Present exactly when `openings_per_year` is.
    pub openings_qualifier: Option<Qualifier>,
    pub baseline_percent: Option<f64>,
    pub basis: Basis,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SkillSet {
    pub source: String,
    pub role: String,
    pub skills: Vec<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PathStage {
    pub source: String,
    pub role: String,
    pub stage: String,
    pub level: Option<String>,
    pub years: Option<Years>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Certification {
    pub source: String,
    pub name: String,
    pub vendor: Option<String>,
    pub roles: Vec<String>,
    pub programs: Vec<String>,
    pub note: Option<String>,
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

/// What a program's time measures: "60% finish within 25 months" says how
/// long graduates took, not how long the program is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TimeMeasure {
    /// How long the program runs ("4 years", "12-24 weeks").
    Length,
    /// The average time people take to finish it ("Avg. Time: 1-2 hours").
    Average,
    /// The time within which a share of those counted finished it
    /// ("60% of graduates finish within 39 months"): `share_percent` says
    /// how many.
    Completion,
}

/// The units a program's time is given in: a fixed set, so a script can
/// compare two programs without reading English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TimeUnit {
    Hours,
    Days,
    Weeks,
    Months,
    Years,
}

impl TimeUnit {
    pub fn id(self) -> &'static str {
        match self {
            TimeUnit::Hours => "hours",
            TimeUnit::Days => "days",
            TimeUnit::Weeks => "weeks",
            TimeUnit::Months => "months",
            TimeUnit::Years => "years",
        }
    }
}

/// A program's time as numbers. A single figure has `min == max`, as a
/// point salary has `low == high`: one shape for a range and a figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProgramTime {
    pub measures: TimeMeasure,
    pub min: u16,
    pub max: u16,
    pub unit: TimeUnit,
    /// The share that finished within the time, 0 to 100: present exactly
    /// when `measures` is `completion`.
    pub share_percent: Option<u8>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Program {
    pub source: String,
    pub name: String,
    pub provider: Option<String>,
    pub kind: ProgramKind,
    pub roles: Vec<String>,
    pub cost_usd: Option<i64>,
    pub cost_per: Option<String>,
    /// How long the program takes, in the source's words: kept beside
    /// `time`, which holds only the numbers and may leave out who is counted
    /// ("graduates of similar programs").
    pub duration: Option<String>,
    /// The numbers in `duration`, where the source states them.
    pub time: Option<ProgramTime>,
    pub courses: Vec<u16>,
    /// The program includes certification exams at no additional cost.
    pub certifications_included: bool,
    pub note: Option<String>,
}

/// A share the source quotes from a study, such as how many developers hold
/// a degree.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Statistic {
    pub source: String,
    /// The source's own words for what is measured.
    pub label: String,
    pub percent: f64,
    pub qualifier: Qualifier,
    /// Who measured it, as the source names them.
    pub study: String,
    pub year: Option<i32>,
    pub note: Option<String>,
}

/// The kinds of record in the built-in data. Each is embedded apart, so a
/// command decodes only those it reads, and data added to one kind later
/// does not slow commands that never read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Salaries,
    Growth,
    Skills,
    Paths,
    Certifications,
    Education,
}

impl Part {
    pub const ALL: &[Part] =
        &[Part::Salaries, Part::Growth, Part::Skills, Part::Paths, Part::Certifications, Part::Education];
}

impl Dataset {
    /// Moves this part's records out, leaving the list empty.
    #[allow(dead_code, reason = "the build script splits the data with it")]
    pub fn take(&mut self, part: Part) -> Dataset {
        let mut out = Dataset::default();
        match part {
            Part::Salaries => out.salaries = std::mem::take(&mut self.salaries),
            Part::Growth => out.growth = std::mem::take(&mut self.growth),
            Part::Skills => out.skill_sets = std::mem::take(&mut self.skill_sets),
            Part::Paths => out.paths = std::mem::take(&mut self.paths),
            Part::Certifications => out.certifications = std::mem::take(&mut self.certifications),
            Part::Education => {
                out.education = std::mem::take(&mut self.education);
                out.statistics = std::mem::take(&mut self.statistics);
            }
        }
        out
    }

    /// The positions of the vocabularies' ids. Built on the first look-up;
    /// the lists may only grow through `append` after that, which drops it
    /// (validation pushes to them directly, but never looks an id up here).
    fn index(&self) -> &Index {
        let index = self.index.get_or_init(|| Index {
            lengths: [self.levels.len(), self.roles.len(), self.skills.len(), self.sources.len()],
            levels: positions(self.levels.iter().map(|x| &x.id)),
            roles: positions(self.roles.iter().map(|x| &x.id)),
            skills: positions(self.skills.iter().map(|x| &x.id)),
            sources: positions(self.sources.iter().map(|x| &x.id)),
        });
        debug_assert_eq!(
            index.lengths,
            [self.levels.len(), self.roles.len(), self.skills.len(), self.sources.len()],
            "a vocabulary grew after its ids were indexed"
        );
        index
    }

    pub fn level(&self, id: &str) -> Option<&Level> {
        self.index().levels.get(id).map(|&i| &self.levels[i])
    }

    pub fn role(&self, id: &str) -> Option<&Role> {
        self.index().roles.get(id).map(|&i| &self.roles[i])
    }

    pub fn skill(&self, id: &str) -> Option<&Skill> {
        self.index().skills.get(id).map(|&i| &self.skills[i])
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.index().sources.get(id).map(|&i| &self.sources[i])
    }

    /// Adds every record of `other` after this dataset's own.
    pub fn append(&mut self, mut other: Dataset) {
        // The lists change: positions are found again on the next look-up.
        self.index = std::sync::OnceLock::new();
        self.levels.append(&mut other.levels);
        self.roles.append(&mut other.roles);
        self.skills.append(&mut other.skills);
        self.sources.append(&mut other.sources);
        self.salaries.append(&mut other.salaries);
        self.growth.append(&mut other.growth);
        self.skill_sets.append(&mut other.skill_sets);
        self.paths.append(&mut other.paths);
        self.certifications.append(&mut other.certifications);
        self.education.append(&mut other.education);
        self.statistics.append(&mut other.statistics);
    }
}

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
        .map(|c| (strsim::levenshtein(&input, &normalize_key(c)), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}
