//! Which pay figures a question selects, in what order, and what they add up
//! to across sources.

use super::names::Narrowing;
use crate::data::model::{Dataset, Salary, SalaryKind};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};

/// The figures for `roles` (all when empty) within `n`, in the dataset's
/// role, level and source order; with `area`, only those for places whose
/// name contains it.
pub fn select<'a>(data: &'a Dataset, roles: &[String], n: &Narrowing, area: Option<&str>) -> Vec<&'a Salary> {
    let roles: HashSet<&str> = roles.iter().map(String::as_str).collect();
    let figures = data
        .salaries
        .iter()
        .filter(|s| roles.is_empty() || roles.contains(s.role.as_str()))
        .filter(|s| n.levels.allows(&s.level) && n.sources.allows(&s.source))
        .filter(|s| area.is_none_or(|a| in_area(s, a)))
        .collect();
    sorted(data, figures)
}

/// Whether the figure is for a place whose name contains `area`, in any case.
pub fn in_area(s: &Salary, area: &str) -> bool {
    s.location.as_ref().is_some_and(|l| l.to_lowercase().contains(&area.to_lowercase()))
}

/// Position of each id in a list, for ordering records the way the data
/// lists roles, levels and sources; an id the list lacks sorts last.
fn ranks<'a>(ids: impl Iterator<Item = &'a str>) -> impl Fn(&str) -> usize {
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

pub fn midpoint(s: &Salary) -> Option<f64> {
    bounds(s).map(|(l, h)| (l as f64 + h as f64) / 2.0)
}

/// Where `amount` stands against one figure, in words that fit its kind:
/// within a range, above a single figure, below a floor.
pub fn against(amount: i64, s: &Salary) -> Option<&'static str> {
    let (low, high) = bounds(s)?;
    Some(match s.kind {
        SalaryKind::AtLeast => {
            if amount < low {
                "below its floor"
            } else {
                "at or above its floor"
            }
        }
        SalaryKind::AtMost => {
            if amount > high {
                "above its ceiling"
            } else {
                "at or below its ceiling"
            }
        }
        SalaryKind::Range if amount > high && s.open_high => "above its range, whose top is open",
        SalaryKind::Range if amount < low => "below its range",
        SalaryKind::Range if amount > high => "above its range",
        SalaryKind::Range => "within its range",
        _ if amount < low => "below it",
        _ if amount > high => "above it",
        _ => "equal to it",
    })
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

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub role: String,
    pub level: String,
    pub sources: usize,
    pub figures: usize,
    pub lowest: i64,
    pub median_midpoint: f64,
    pub highest: i64,
    /// The highest bound is itself open-ended ("$200,000+", "at least …").
    pub highest_open: bool,
    /// The figures with the lowest and highest midpoints, when the highest
    /// is more than `SPREAD` times the lowest.
    pub spread: Option<(Salary, Salary)>,
}

/// How far apart the figures for one role and level may be before the
/// summary asks why: the highest midpoint over the lowest.
pub const SPREAD: f64 = 1.5;

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

/// One summary per role and level, in the dataset's role and level order, so
/// the result does not depend on the order of files or records. A figure
/// that restates another of its source's is left out, so one claim counts
/// once.
pub fn summarize(data: &Dataset, figures: &[&Salary]) -> Vec<Summary> {
    let role = ranks(data.roles.iter().map(|r| r.id.as_str()));
    let level = ranks(data.levels.iter().map(|l| l.id.as_str()));
    let mut groups: BTreeMap<(usize, usize, &str, &str), Vec<&Salary>> = BTreeMap::new();
    for s in figures.iter().filter(|s| s.restates.is_none()) {
        groups.entry((role(&s.role), level(&s.level), &s.role, &s.level)).or_default().push(s);
    }
    groups.into_iter().filter_map(|((_, _, role, level), group)| summarize_group(role, level, &group)).collect()
}

fn summarize_group(role: &str, level: &str, group: &[&Salary]) -> Option<Summary> {
    let spans: Vec<(i64, i64)> = group.iter().filter_map(|s| bounds(s)).collect();
    let lowest = spans.iter().map(|b| b.0).min()?;
    let highest = spans.iter().map(|b| b.1).max()?;
    let highest_open = group.iter().any(|s| open_above(s) && bounds(s).is_some_and(|b| b.1 == highest));
    let mut mids: Vec<f64> = group.iter().filter_map(|s| midpoint(s)).collect();
    mids.sort_by(f64::total_cmp);
    let n = mids.len();
    let median = if n % 2 == 1 { mids[n / 2] } else { (mids[n / 2 - 1] + mids[n / 2]) / 2.0 };
    let sources: HashSet<&str> = group.iter().map(|s| s.source.as_str()).collect();
    let by_mid = |a: &&&Salary, b: &&&Salary| midpoint(a).unwrap_or(0.0).total_cmp(&midpoint(b).unwrap_or(0.0));
    let with_mid = || group.iter().filter(|s| midpoint(s).is_some());
    let (low, high) = (with_mid().min_by(by_mid)?, with_mid().max_by(by_mid)?);
    let spread_out = midpoint(high)? > SPREAD * midpoint(low)?;
    Some(Summary {
        role: role.to_string(),
        level: level.to_string(),
        sources: sources.len(),
        figures: group.len(),
        lowest,
        median_midpoint: median,
        highest,
        highest_open,
        spread: spread_out.then(|| ((*low).clone(), (*high).clone())),
    })
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
            basis: Basis::Own,
            year: None,
            location: None,
            note: None,
            not_released: false,
            restates: None,
            origin: crate::data::model::Origin::BuiltIn,
        }
    }

    #[test]
    fn summary_counts_one_sided_figures_as_their_bound() {
        let data = Dataset::default();
        let a = figure(SalaryKind::Range, Some(100_000), Some(200_000));
        let b = figure(SalaryKind::AtLeast, Some(250_000), None);
        let c = figure(SalaryKind::Average, Some(120_000), Some(120_000));
        let s = &summarize(&data, &[&a, &b, &c])[0];
        assert_eq!((s.lowest, s.highest, s.figures), (100_000, 250_000, 3));
        assert!(s.spread.is_some(), "$250,000 is more than 1.5 times $120,000");
        assert_eq!(s.median_midpoint, 150_000.0);
        assert!(s.highest_open, "an at-least figure leaves the top open");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::data::model::Part;
    use proptest::prelude::*;

    /// Any figure the validator accepts: a range, a single amount, or a bound.
    fn figure() -> impl Strategy<Value = Salary> {
        let amount = 1_000i64..10_000_000;
        (0usize..4, amount.clone(), amount, 0usize..3, 0usize..3, any::<bool>()).prop_map(
            |(kind, a, b, src, lvl, open)| {
                let (lo, hi) = (a.min(b), a.max(b));
                let (kind, low, high) = match kind {
                    0 => (SalaryKind::Range, Some(lo), Some(hi)),
                    1 => (SalaryKind::Average, Some(a), Some(a)),
                    2 => (SalaryKind::AtLeast, Some(a), None),
                    _ => (SalaryKind::AtMost, None, Some(a)),
                };
                let mut f = super::tests::figure(kind, low, high);
                f.source = format!("s{src}");
                f.level = ["entry", "mid", "senior"][lvl].into();
                f.open_high = open && kind == SalaryKind::Range;
                f
            },
        )
    }

    fn dataset() -> Dataset {
        crate::load::built_in(&[Part::Salaries])
    }

    proptest! {
        #[test]
        fn the_median_lies_within_the_bounds(figures in prop::collection::vec(figure(), 1..40)) {
            let refs: Vec<&Salary> = figures.iter().collect();
            for s in summarize(&dataset(), &refs) {
                prop_assert!(s.lowest as f64 <= s.median_midpoint && s.median_midpoint <= s.highest as f64, "{s:?}");
                prop_assert!(s.sources <= s.figures);
            }
        }

        #[test]
        fn the_median_is_the_middle_of_the_sorted_midpoints(figures in prop::collection::vec(figure(), 1..40)) {
            let refs: Vec<&Salary> = figures.iter().collect();
            for s in summarize(&dataset(), &refs) {
                let mut mids: Vec<f64> = refs
                    .iter()
                    .filter(|f| f.role == s.role && f.level == s.level)
                    .filter_map(|f| midpoint(f))
                    .collect();
                mids.sort_by(f64::total_cmp);
                let n = mids.len();
                let median = if n % 2 == 1 { mids[n / 2] } else { (mids[n / 2 - 1] + mids[n / 2]) / 2.0 };
                prop_assert_eq!(s.median_midpoint, median);
            }
        }

        #[test]
        fn bounds_open_top_and_counts_are_those_of_the_groups_figures(figures in prop::collection::vec(figure(), 1..40)) {
            let refs: Vec<&Salary> = figures.iter().collect();
            for s in summarize(&dataset(), &refs) {
                let group: Vec<&Salary> =
                    refs.iter().copied().filter(|f| f.role == s.role && f.level == s.level).collect();
                let spans: Vec<(i64, i64)> = group.iter().filter_map(|f| bounds(f)).collect();
                prop_assert_eq!(s.lowest, spans.iter().map(|b| b.0).min().unwrap());
                prop_assert_eq!(s.highest, spans.iter().map(|b| b.1).max().unwrap());
                let open = group.iter().any(|f| open_above(f) && bounds(f).map(|b| b.1) == Some(s.highest));
                prop_assert_eq!(s.highest_open, open);
                let sources: HashSet<&str> = group.iter().map(|f| f.source.as_str()).collect();
                prop_assert_eq!((s.sources, s.figures), (sources.len(), group.len()));
            }
        }

        #[test]
        fn the_summary_does_not_depend_on_order(
            (figures, shuffled) in prop::collection::vec(figure(), 1..40)
                .prop_flat_map(|v| (Just(v.clone()), Just(v).prop_shuffle()))
        ) {
            let a: Vec<&Salary> = figures.iter().collect();
            let b: Vec<&Salary> = shuffled.iter().collect();
            prop_assert_eq!(summarize(&dataset(), &a), summarize(&dataset(), &b));
        }
    }
}
