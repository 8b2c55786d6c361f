//! Which pay figures a question selects, in what order, and what they add up
//! to across sources.

use super::names::Narrowing;
use crate::data::model::{Dataset, Salary, SalaryKind};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// The figures for `roles` (all when empty) within `n`, in the dataset's
/// role, level and source order; with `area`, only those for a place it
/// names (see [`in_area`]), `code` being the BLS area it resolved to.
pub fn select<'a>(
    data: &'a Dataset,
    roles: &[String],
    n: &Narrowing,
    area: Option<&str>,
    code: Option<&str>,
) -> Vec<&'a Salary> {
    let roles: HashSet<&str> = roles.iter().map(String::as_str).collect();
    let figures = data
        .salaries
        .iter()
        .filter(|s| roles.is_empty() || roles.contains(s.role.as_str()))
        .filter(|s| n.levels.allows(&s.level) && n.sources.allows(&s.source))
        .filter(|s| area.is_none_or(|a| in_area(s, a, code)))
        .collect();
    sorted(data, figures)
}

/// Whether the figure is for a place `area` names: its location or one of
/// its places contains `area` in any case, or a place is the BLS area
/// `code` (what `area` resolved to, or `area` itself as typed).
pub fn in_area(s: &Salary, area: &str, code: Option<&str>) -> bool {
    let wanted = area.to_lowercase();
    let named = |name: &str| name.to_lowercase().contains(&wanted);
    s.location.as_deref().is_some_and(named)
        || s.places.iter().any(|p| named(&p.name))
        || s.places.iter().any(|p| p.area.as_deref().is_some_and(|a| Some(a) == code || a == area.trim()))
}

/// Position of each id in a list, for ordering records the way the data
/// lists roles, levels and sources; an id the list lacks sorts last.
pub fn ranks<'a>(ids: impl Iterator<Item = &'a str>) -> impl Fn(&str) -> usize {
    let mut map = HashMap::new();
    for (i, id) in ids.enumerate() {
        map.entry(id).or_insert(i);
    }
    move |id| map.get(id).copied().unwrap_or(usize::MAX)
}

/// Figures in the dataset's role, level and source order, national first;
/// stable, so figures keep their file order within a source.
pub fn sorted<'a>(data: &Dataset, mut figures: Vec<&'a Salary>) -> Vec<&'a Salary> {
    let role = ranks(data.roles.iter().map(|r| r.id.as_str()));
    let level = ranks(data.levels.iter().map(|l| l.id.as_str()));
    let source = ranks(data.sources.iter().map(|s| s.id.as_str()));
    figures.sort_by_cached_key(|s| (role(&s.role), level(&s.level), source(&s.source), s.location.is_some()));
    figures
}

/// The bounds a figure puts on pay: a one-sided figure counts as its bound.
pub fn bounds(s: &Salary) -> Option<(i64, i64)> {
    match (s.low, s.high) {
        (Some(l), Some(h)) => Some((l, h)),
        (Some(v), None) | (None, Some(v)) => Some((v, v)),
        (None, None) => None,
    }
}

/// A figure in dollars of another year.
#[derive(Debug, Clone, Serialize)]
pub struct Real {
    pub year: i32,
    pub low: Option<i64>,
    pub high: Option<i64>,
    /// The CPI-U annual averages used: the figure's year, and `year`.
    pub index_from: f64,
    pub index_to: f64,
}

impl Real {
    /// `s` with its bounds in this year's dollars, everything else as stated.
    pub fn applied_to(&self, s: &Salary) -> Salary {
        Salary { low: self.low, high: self.high, ..s.clone() }
    }
}

/// The figure in dollars of the CPI's latest full year, rounded to the
/// dollar: each bound times the index of that year over the index of the
/// figure's own. `None` when the figure states no year (never guessed).
pub fn in_real_dollars(s: &Salary, cpi: &crate::data::official::Cpi) -> Option<Real> {
    let from = cpi.index(s.year?)?;
    let (year, to) = cpi.latest()?;
    let scale = |v: Option<i64>| v.map(|v| (v as f64 * to / from).round() as i64);
    Some(Real { year, low: scale(s.low), high: scale(s.high), index_from: from, index_to: to })
}

/// Why `in_real_dollars` left a figure as it is: it states no year, or the
/// CPI has no index for the year it states (a data file may say 2100).
pub fn not_adjusted_because(s: &Salary) -> String {
    match s.year {
        None => "no year stated".into(),
        Some(year) => format!("the CPI has no index for {year}"),
    }
}

/// Whether the figure's top is a floor rather than a cap.
pub fn open_above(s: &Salary) -> bool {
    s.open_high || s.kind == SalaryKind::AtLeast || (s.low.is_some() && s.high.is_none())
}

/// What sets two figures apart, read from their own fields.
pub fn differences(a: &Salary, b: &Salary) -> Vec<&'static str> {
    let mut found = Vec::new();
    if a.source != b.source {
        found.push("source");
    }
    if a.basis != b.basis {
        found.push("basis");
    }
    if a.year != b.year {
        found.push("year");
    }
    if a.location != b.location {
        found.push("place");
    }
    if a.experience != b.experience {
        found.push("experience");
    }
    if a.kind != b.kind {
        found.push("kind of figure");
    }
    if a.approximate != b.approximate {
        found.push("approximate or exact");
    }
    if a.label != b.label {
        found.push("wording");
    }
    found
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::data::model::Basis;

    pub fn figure(kind: SalaryKind, low: Option<i64>, high: Option<i64>) -> Salary {
        Salary {
            source: "s".into(),
            role: "backend".into(),
            level: "senior".into(),
            label: "l".into(),
            kind,
            percentile: None,
            low,
            high,
            open_high: false,
            approximate: false,
            tail: false,
            experience: None,
            distribution: None,
            basis: Basis::Own,
            year: None,
            location: None,
            places: Vec::new(),
            note: None,
            not_released: false,
            restates: None,
            origin: crate::data::model::Origin::BuiltIn,
        }
    }
}
