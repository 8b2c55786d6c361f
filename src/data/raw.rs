//! The shape of a data file as written, with source positions kept for every
//! value a validation rule may need to point at.

use super::model::{Basis, Category, ProgramKind, Qualifier, RoleKind, SalaryKind, TimeMeasure, TimeUnit, YearsCount};
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Unexpected, Visitor};
use toml::Spanned;

pub type Text = Spanned<String>;

/// Every data file has this shape. Vocabulary tables (`level`, `role`,
/// `skill`) may stand alone; record tables need a `[source]` in the same file.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct File {
    pub source: Option<Spanned<RawSource>>,
    #[serde(default)]
    pub level: Vec<Spanned<RawLevel>>,
    #[serde(default)]
    pub role: Vec<Spanned<RawRole>>,
    #[serde(default)]
    pub skill: Vec<Spanned<RawSkill>>,
    #[serde(default)]
    pub salary: Vec<Spanned<RawSalary>>,
    #[serde(default)]
    pub growth: Vec<Spanned<RawGrowth>>,
    #[serde(default)]
    pub skills: Vec<Spanned<RawSkillSet>>,
    #[serde(default)]
    pub path: Vec<Spanned<RawPath>>,
    #[serde(default)]
    pub certification: Vec<Spanned<RawCertification>>,
    #[serde(default)]
    pub education: Vec<Spanned<RawProgram>>,
    #[serde(default)]
    pub statistic: Vec<Spanned<RawStatistic>>,
}

impl File {
    pub fn record_count(&self) -> usize {
        self.salary.len()
            + self.growth.len()
            + self.skills.len()
            + self.path.len()
            + self.certification.len()
            + self.education.len()
            + self.statistic.len()
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: Text,
    pub title: Text,
    pub publisher: Text,
    pub author: Option<Text>,
    pub date: Option<Text>,
    pub note: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLevel {
    pub id: Text,
    pub name: Text,
    pub years: Text,
    #[serde(default)]
    pub aliases: Vec<Text>,
    pub description: Text,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRole {
    pub id: Text,
    pub name: Text,
    pub kind: RoleKind,
    #[serde(default)]
    pub aliases: Vec<Text>,
    pub description: Text,
    /// Occupations the role is part of; `broader` is its older name.
    #[serde(default, alias = "broader")]
    pub belongs_to: Vec<Text>,
    /// The BLS occupations its pay is set beside (built-in roles only).
    #[serde(default)]
    pub wage_anchor: Vec<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSkill {
    pub id: Text,
    pub name: Text,
    pub category: Category,
    #[serde(default)]
    pub aliases: Vec<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSalary {
    pub role: Text,
    pub level: Text,
    pub label: Text,
    pub kind: Spanned<SalaryKind>,
    pub percentile: Option<Spanned<i64>>,
    pub amount: Option<Spanned<i64>>,
    pub low: Option<Spanned<i64>>,
    pub high: Option<Spanned<i64>>,
    #[serde(default)]
    pub open_high: bool,
    #[serde(default)]
    pub approximate: bool,
    #[serde(default)]
    pub tail: bool,
    pub experience: Option<Text>,
    pub distribution: Option<Text>,
    pub basis: Basis,
    #[serde(default, deserialize_with = "year")]
    pub year: Option<Spanned<i64>>,
    pub location: Option<Text>,
    #[serde(default)]
    pub places: Vec<RawPlace>,
    pub note: Option<Text>,
    pub restates: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGrowth {
    pub occupation: Text,
    pub label: Text,
    pub percent: Spanned<f64>,
    #[serde(default, deserialize_with = "year")]
    pub from_year: Option<Spanned<i64>>,
    #[serde(default, deserialize_with = "year")]
    pub to_year: Option<Spanned<i64>>,
    pub openings_per_year: Option<Spanned<i64>>,
    pub openings_qualifier: Option<Spanned<Qualifier>>,
    pub baseline_percent: Option<Spanned<f64>>,
    pub basis: Basis,
    pub note: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSkillSet {
    pub role: Text,
    pub skills: Vec<Text>,
    pub note: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPath {
    pub role: Text,
    pub stage: Text,
    pub level: Option<Text>,
    pub years: Option<Spanned<RawYears>>,
    pub note: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCertification {
    pub name: Text,
    pub vendor: Option<Text>,
    #[serde(default)]
    pub roles: Vec<Text>,
    #[serde(default)]
    pub programs: Vec<Text>,
    pub note: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProgram {
    pub name: Text,
    pub provider: Option<Text>,
    pub kind: ProgramKind,
    #[serde(default)]
    pub roles: Vec<Text>,
    pub cost_usd: Option<Spanned<i64>>,
    pub cost_per: Option<Text>,
    pub duration: Option<Text>,
    pub time: Option<Spanned<RawTime>>,
    #[serde(default)]
    pub courses: Vec<Spanned<i64>>,
    #[serde(default)]
    pub certifications_included: bool,
    pub note: Option<Text>,
}

/// A program's time: `{ measures, min, max, unit, share_percent }`. Both
/// bounds are written, also for one figure, so no rule fills one in.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTime {
    pub measures: Spanned<TimeMeasure>,
    pub min: Spanned<i64>,
    pub max: Spanned<i64>,
    pub unit: TimeUnit,
    pub share_percent: Option<Spanned<i64>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPlace {
    pub name: Text,
    pub area: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawYears {
    pub counts: YearsCount,
    pub min: Option<Spanned<i64>>,
    pub max: Option<Spanned<i64>>,
    #[serde(default)]
    pub qualifier: Qualifier,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStatistic {
    pub label: Text,
    pub percent: Spanned<f64>,
    #[serde(default)]
    pub qualifier: Qualifier,
    pub study: Text,
    #[serde(default, deserialize_with = "year")]
    pub year: Option<Spanned<i64>>,
    pub note: Option<Text>,
}

/// A year field. TOML has dates too, and `year = 2024-01-01` is easily
/// written: serde alone would answer "invalid type: map, expected i64".
/// The error is raised while the value is read, so it keeps its position.
fn year<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Spanned<i64>>, D::Error> {
    let year = Option::<Spanned<Year>>::deserialize(d)?;
    Ok(year.map(|y| Spanned::new(y.span(), y.into_inner().0)))
}

struct Year(i64);

impl<'de> Deserialize<'de> for Year {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Year, D::Error> {
        d.deserialize_any(YearVisitor)
    }
}

struct YearVisitor;

impl<'de> Visitor<'de> for YearVisitor {
    type Value = Year;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a year as a whole number, such as 2024")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Year, E> {
        Ok(Year(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Year, E> {
        i64::try_from(v).map(Year).map_err(|_| E::invalid_value(Unexpected::Unsigned(v), &self))
    }

    /// toml hands a date over as a map; its own Datetime tells one apart
    /// from an inline table.
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Year, A::Error> {
        let date = toml::value::Datetime::deserialize(de::value::MapAccessDeserializer::new(map));
        Err(match date {
            Ok(toml::value::Datetime { date: Some(d), .. }) => {
                de::Error::custom(format!("a year is a whole number: write {}, not a date", d.year))
            }
            Ok(_) => de::Error::custom("a year is a whole number, such as 2024, not a time"),
            Err(_) => de::Error::invalid_type(Unexpected::Map, &self),
        })
    }
}
