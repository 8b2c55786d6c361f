//! What the sources' claims add up to for one role and level, counting
//! claims rather than numbers: a source votes once, whatever it repeats.
//!
//! A claim is one statement by one source. A single figure is a claim; the
//! percentiles a source gives for one role, level, year, place and basis,
//! with the mean or median it gives beside them, are one claim too (one
//! distribution), however many numbers it states. A claim that restates
//! another is merged into it and counts nowhere.
//!
//! Each claim is either central (it says what is typical: an average, a
//! median, an estimate, a range's midpoint, a distribution's median) or it
//! only bounds pay (a floor, a ceiling, a tail such as "top performers",
//! a distribution's outer percentiles). Low, middle and high come from
//! central claims only, one value per source; the bounds sit beside them.

use super::salary::bounds;
use crate::data::model::{Dataset, Salary, SalaryKind};
use std::collections::{BTreeMap, HashMap};

/// How far apart two sources' values may be before the summary says so:
/// the highest source's over the lowest's.
pub const SPREAD: f64 = 1.5;

/// The fewest voting sources a middle is given for: the median of two is
/// only their average, so two are shown as they are.
pub const MIDDLE_FROM: usize = 3;

/// One statement by one source: its figures, as stated.
#[derive(Debug, Clone)]
pub struct Claim<'a> {
    /// One figure, or a distribution's (its percentiles and its mean or
    /// median).
    pub figures: Vec<&'a Salary>,
}

/// What a claim says is typical.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Central {
    pub value: f64,
    /// The claim has no ceiling ("$110,000–$140,000+", "~$250,000+"), so
    /// its value is marked "+".
    pub open: bool,
    pub measure: Measure,
}

/// What kind of value a central one is, so a row that mixes them can say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Measure {
    Average,
    Median,
    Estimate,
    Midpoint,
}

impl Measure {
    pub fn label(self) -> &'static str {
        match self {
            Measure::Average => "average",
            Measure::Median => "median",
            Measure::Estimate => "estimate",
            Measure::Midpoint => "range midpoint",
        }
    }
}

impl<'a> Claim<'a> {
    pub fn is_distribution(&self) -> bool {
        self.figures.iter().any(|f| f.kind == SalaryKind::Percentile || f.distribution.is_some())
    }

    /// The claim's first figure: its source, role, level, year and place.
    pub fn first(&self) -> &'a Salary {
        self.figures[0]
    }

    /// What the claim says is typical, or `None` when it only bounds pay.
    pub fn central(&self) -> Option<Central> {
        if self.is_distribution() {
            // Its median, else its mean; never its tails.
            let median = self.figures.iter().find(|f| f.kind == SalaryKind::Median || f.percentile == Some(50));
            let mean = self.figures.iter().find(|f| matches!(f.kind, SalaryKind::Mean | SalaryKind::Average));
            let (figure, measure) = match (median, mean) {
                (Some(m), _) => (m, Measure::Median),
                (None, Some(m)) => (m, Measure::Average),
                (None, None) => return None,
            };
            let value = bounds(figure)?.0 as f64;
            return Some(Central { value, open: false, measure });
        }
        let f = self.first();
        if f.tail {
            return None;
        }
        let measure = match f.kind {
            SalaryKind::Range => Measure::Midpoint,
            SalaryKind::Average | SalaryKind::Mean => Measure::Average,
            SalaryKind::Median => Measure::Median,
            SalaryKind::Estimate => Measure::Estimate,
            SalaryKind::AtLeast | SalaryKind::AtMost | SalaryKind::Percentile => return None,
        };
        let (low, high) = bounds(f)?;
        Some(Central { value: (low as f64 + high as f64) / 2.0, open: f.open_high, measure })
    }
}

/// The claims among `figures`: restatements left out, a source's
/// percentiles (with its mean or median for the same role, level, year,
/// place and basis) joined into one distribution, figures a file names as
/// one `distribution` joined too, every other figure a claim of its own. In
/// the figures' order.
pub fn claims<'a>(figures: &[&'a Salary]) -> Vec<Claim<'a>> {
    /// What makes figures one distribution: the file's name for it, or
    /// the population the percentiles describe.
    #[derive(PartialEq, Eq, Hash)]
    enum Key<'k> {
        Named(&'k str, &'k str, &'k str, &'k str),
        Population(&'k str, &'k str, &'k str, Option<i32>, Option<&'k str>, &'static str),
    }
    let key = |f: &'a Salary| match f.distribution.as_deref() {
        Some(name) => Key::Named(&f.source, &f.role, &f.level, name),
        None => Key::Population(&f.source, &f.role, &f.level, f.year, f.location.as_deref(), f.basis.label()),
    };
    let stated: Vec<&Salary> = figures.iter().copied().filter(|f| f.restates.is_none()).collect();
    let percentiles: std::collections::HashSet<Key> =
        stated.iter().filter(|f| f.kind == SalaryKind::Percentile).map(|f| key(f)).collect();
    // A mean or median beside a source's percentiles describes the same
    // population, so it belongs to the distribution; a named one holds
    // whatever the file puts in it.
    let joins = |f: &'a Salary| {
        let of_population =
            matches!(f.kind, SalaryKind::Percentile | SalaryKind::Mean | SalaryKind::Average | SalaryKind::Median);
        f.distribution.is_some() || (of_population && !f.tail && percentiles.contains(&key(f)))
    };
    let mut out: Vec<Claim> = Vec::new();
    let mut distribution_at: HashMap<Key, usize> = HashMap::new();
    for f in stated {
        if joins(f) {
            match distribution_at.get(&key(f)) {
                Some(&at) => out[at].figures.push(f),
                None => {
                    distribution_at.insert(key(f), out.len());
                    out.push(Claim { figures: vec![f] });
                }
            }
        } else {
            out.push(Claim { figures: vec![f] });
        }
    }
    out
}

/// One source's vote: the median of its central claims.
#[derive(Debug, Clone)]
pub struct Vote<'a> {
    pub source: &'a str,
    pub value: f64,
    /// The value rests on an open-topped claim (the middle one, or one of
    /// the two middle ones), so it is marked "+".
    pub open: bool,
    /// The central claims behind it, lowest first.
    pub claims: Vec<(Central, Claim<'a>)>,
}

impl Vote<'_> {
    /// The source's own central claims lie far apart (Indeed's average
    /// against Glassdoor's, in one article).
    pub fn split(&self) -> bool {
        match (self.claims.first(), self.claims.last()) {
            (Some((lo, _)), Some((hi, _))) => hi.value > SPREAD * lo.value,
            _ => false,
        }
    }
}

/// The summary of one role and level.
#[derive(Debug, Clone)]
pub struct Row<'a> {
    pub role: &'a str,
    pub level: &'a str,
    /// Sources with any claim for the role and level.
    pub sources: usize,
    /// Claims, a distribution counting once.
    pub claims: usize,
    /// One per source with a central claim, lowest first.
    pub votes: Vec<Vote<'a>>,
    /// The median of the votes, from `MIDDLE_FROM` votes up.
    pub middle: Option<f64>,
    /// The middle rests on a value with no ceiling, so it is marked "+".
    pub middle_open: bool,
    /// The lowest and highest amount any claim states, and whether the
    /// highest is open-topped.
    pub stated: (i64, i64, bool),
    /// Floors, ceilings and tails, lowest first: beside the row, never in it.
    pub bounds: Vec<&'a Salary>,
    /// Distributions, shown as their bands beside the row.
    pub distributions: Vec<Claim<'a>>,
    /// The first and last year the claims state, and how many state none.
    pub years: Option<(i32, i32)>,
    pub undated: usize,
}

impl<'a> Row<'a> {
    pub fn voting(&self) -> usize {
        self.votes.len()
    }

    pub fn low(&self) -> Option<&Vote<'a>> {
        self.votes.first()
    }

    pub fn high(&self) -> Option<&Vote<'a>> {
        self.votes.last()
    }

    /// The highest source's value is more than `SPREAD` times the lowest's.
    pub fn spread(&self) -> bool {
        match (self.low(), self.high()) {
            (Some(lo), Some(hi)) => self.votes.len() > 1 && hi.value > SPREAD * lo.value,
            _ => false,
        }
    }

    /// The kinds of value the votes rest on, when they are not all one.
    pub fn mixed_measures(&self) -> Vec<Measure> {
        let mut measures: Vec<Measure> =
            self.votes.iter().flat_map(|v| v.claims.iter().map(|(c, _)| c.measure)).collect();
        measures.sort();
        measures.dedup();
        if measures.len() > 1 { measures } else { Vec::new() }
    }
}

/// One row per role and level, in the dataset's role and level order, so
/// the result does not depend on the order of files or records.
pub fn rows<'a>(data: &Dataset, figures: &[&'a Salary]) -> Vec<Row<'a>> {
    let role = super::salary::ranks(data.roles.iter().map(|r| r.id.as_str()));
    let level = super::salary::ranks(data.levels.iter().map(|l| l.id.as_str()));
    let mut groups: BTreeMap<(usize, usize, &str, &str), Vec<&Salary>> = BTreeMap::new();
    for f in figures {
        groups.entry((role(&f.role), level(&f.level), &f.role, &f.level)).or_default().push(f);
    }
    groups.into_iter().filter_map(|((_, _, role, level), group)| row(role, level, &group)).collect()
}

fn row<'a>(role: &'a str, level: &'a str, figures: &[&'a Salary]) -> Option<Row<'a>> {
    let claims = claims(figures);
    let stated_figures = claims.iter().flat_map(|c| c.figures.iter().copied());
    let spans: Vec<(i64, i64, bool)> =
        stated_figures.filter_map(|f| bounds(f).map(|(l, h)| (l, h, super::salary::open_above(f)))).collect();
    let low = spans.iter().map(|s| s.0).min()?;
    let high = spans.iter().map(|s| s.1).max()?;
    let high_open = spans.iter().any(|s| s.1 == high && s.2);
    let mut by_source: BTreeMap<&str, Vec<(Central, Claim)>> = BTreeMap::new();
    let mut bounds_beside = Vec::new();
    let mut distributions = Vec::new();
    let mut sources = std::collections::BTreeSet::new();
    for claim in &claims {
        sources.insert(claim.first().source.as_str());
        if claim.is_distribution() {
            distributions.push(claim.clone());
        }
        match claim.central() {
            Some(c) => by_source.entry(claim.first().source.as_str()).or_default().push((c, claim.clone())),
            None if !claim.is_distribution() => bounds_beside.push(claim.first()),
            None => {}
        }
    }
    let mut votes: Vec<Vote> = by_source
        .into_iter()
        .map(|(source, mut claims)| {
            claims.sort_by(|a, b| a.0.value.total_cmp(&b.0.value));
            let values: Vec<f64> = claims.iter().map(|(c, _)| c.value).collect();
            let open = median_open(&claims.iter().map(|(c, _)| c.open).collect::<Vec<_>>());
            Vote { source, value: median(&values), open, claims }
        })
        .collect();
    votes.sort_by(|a, b| a.value.total_cmp(&b.value).then(a.source.cmp(b.source)));
    bounds_beside.sort_by_key(|f| bounds(f).map(|b| b.0));
    let values: Vec<f64> = votes.iter().map(|v| v.value).collect();
    let years: Vec<i32> = claims.iter().filter_map(|c| c.first().year).collect();
    Some(Row {
        role,
        level,
        sources: sources.len(),
        claims: claims.len(),
        middle: (votes.len() >= MIDDLE_FROM).then(|| median(&values)),
        middle_open: median_open(&votes.iter().map(|v| v.open).collect::<Vec<_>>()),
        votes,
        stated: (low, high, high_open),
        bounds: bounds_beside,
        distributions,
        years: years.iter().min().zip(years.iter().max()).map(|(a, b)| (*a, *b)),
        undated: claims.iter().filter(|c| c.first().year.is_none()).count(),
    })
}

/// Whether the median of values sorted with these open flags rests on an
/// open-topped one: the middle one, or either of the middle two.
fn median_open(open: &[bool]) -> bool {
    let n = open.len();
    n > 0 && if n % 2 == 1 { open[n / 2] } else { open[n / 2 - 1] || open[n / 2] }
}

/// Where an amount stands against one claim, for a script to branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Standing {
    pub position: Position,
    pub against: Against,
    /// Against a distribution: the percentile the amount is at, read
    /// linearly between two neighbouring stated percentiles (10th, 25th,
    /// median, 75th, 90th) around it; `null` where they are not both stated.
    pub percentile: Option<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Position {
    Below,
    /// Equal to a single figure, floor or ceiling.
    Equal,
    /// Within a range or a distribution's stated band.
    Within,
    Above,
    /// Above the top a source states with no ceiling ("$110,000–$140,000+",
    /// "~$250,000+"): the offer may lie within what the source means.
    AboveOpenTop,
}

/// What a claim's standing is measured against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Against {
    /// A closed range, or one whose top is open (then "above" is above a floor of its own).
    Range,
    /// One amount: an average, a median, an estimate.
    Figure,
    Floor,
    Ceiling,
    /// A quoted distribution, from its lowest to its highest stated percentile.
    Distribution,
}

/// Where `amount` stands against `claim`, as stated (no bound is
/// guessed), or `None` when the claim gives no amount.
pub fn standing(amount: i64, claim: &Claim) -> Option<Standing> {
    let position = |low: i64, high: i64| match amount {
        a if a < low => Position::Below,
        a if a > high => Position::Above,
        a if low == high && a == low => Position::Equal,
        _ => Position::Within,
    };
    if claim.is_distribution() {
        let mut stated: Vec<(u8, i64)> = claim
            .figures
            .iter()
            .filter_map(|f| {
                let p = f.percentile.or((f.kind == SalaryKind::Median).then_some(50))?;
                Some((p, bounds(f)?.0))
            })
            .collect();
        stated.sort_unstable();
        let (&(_, low), &(_, high)) = (stated.first()?, stated.last()?);
        const NEIGHBOURS: [u8; 5] = [10, 25, 50, 75, 90];
        let neighbours = |a: u8, b: u8| NEIGHBOURS.windows(2).any(|w| w == [a, b]);
        let percentile = stated.windows(2).find_map(|w| {
            let ((pa, a), (pb, b)) = (w[0], w[1]);
            if !(a..=b).contains(&amount) || !neighbours(pa, pb) {
                return None;
            }
            let share = if b > a { (amount - a) as f64 / (b - a) as f64 } else { 0.0 };
            Some((f64::from(pa) + share * f64::from(pb - pa)).round() as u8)
        });
        let position = match position(low, high) {
            Position::Equal => Position::Within,
            other => other,
        };
        return Some(Standing { position, against: Against::Distribution, percentile });
    }
    let f = claim.first();
    let (low, high) = bounds(f)?;
    let against = match f.kind {
        SalaryKind::AtLeast => Against::Floor,
        SalaryKind::AtMost => Against::Ceiling,
        SalaryKind::Range => Against::Range,
        _ => Against::Figure,
    };
    let position = match position(low, high) {
        Position::Above if f.open_high => Position::AboveOpenTop,
        other => other,
    };
    Some(Standing { position, against, percentile: None })
}

/// The median of sorted `values` (not empty).
fn median(values: &[f64]) -> f64 {
    let n = values.len();
    if n % 2 == 1 { values[n / 2] } else { (values[n / 2 - 1] + values[n / 2]) / 2.0 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::salary::tests::figure;

    #[test]
    fn a_value_resting_on_an_open_top_is_marked_so_up_to_the_middle() {
        let point = |amount: i64| figure(SalaryKind::Average, Some(amount), Some(amount));
        let mut open = figure(SalaryKind::Range, Some(150_000), Some(200_000));
        open.open_high = true;
        let (a, c) = (point(100_000), point(300_000));
        let row = &rows(&Dataset::default(), &[&a, &open, &c])[0];
        // One source: its median is the open range's midpoint.
        assert_eq!((row.votes[0].value, row.votes[0].open), (175_000.0, true));
        let others: Vec<Salary> = [90_000, 260_000]
            .iter()
            .enumerate()
            .map(|(i, &v)| Salary { source: format!("other{i}"), ..point(v) })
            .collect();
        let all: Vec<&Salary> = [&a, &open, &c].into_iter().chain(&others).collect();
        let row = &rows(&Dataset::default(), &all)[0];
        assert_eq!((row.middle, row.middle_open), (Some(175_000.0), true));
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::data::model::Part;
    use crate::query::salary::tests::figure as stated;
    use proptest::prelude::*;

    /// Any figure the validator accepts, from one of four sources: a range
    /// (open-topped or not), a single amount, a floor, a ceiling or a tail.
    fn figure() -> impl Strategy<Value = Salary> {
        let amount = 20_000i64..500_000;
        (0usize..5, amount.clone(), amount, 0usize..4, 0usize..2, any::<bool>(), 2015i32..2026).prop_map(
            |(kind, a, b, src, lvl, flag, year)| {
                let (lo, hi) = (a.min(b), a.max(b));
                let (kind, low, high) = match kind {
                    0 => (SalaryKind::Range, Some(lo), Some(hi)),
                    1 => (SalaryKind::Average, Some(a), Some(a)),
                    2 => (SalaryKind::Estimate, Some(a), Some(a)),
                    3 => (SalaryKind::AtLeast, Some(a), None),
                    _ => (SalaryKind::AtMost, None, Some(a)),
                };
                let mut f = stated(kind, low, high);
                f.source = format!("s{src}");
                f.label = format!("figure {a} {b}");
                f.level = ["mid", "senior"][lvl].into();
                f.open_high = flag && kind == SalaryKind::Range;
                f.tail = flag && kind == SalaryKind::Estimate;
                f.year = (a % 3 != 0).then_some(year);
                f
            },
        )
    }

    fn dataset() -> Dataset {
        crate::load::built_in(&[Part::Salaries])
    }

    /// What a row says, as a reader sees it.
    fn said(rows: &[Row]) -> Vec<String> {
        rows.iter()
            .map(|r| {
                let votes: Vec<(&str, f64, bool)> = r.votes.iter().map(|v| (v.source, v.value, v.open)).collect();
                format!(
                    "{} {} {} {} {votes:?} {:?} {:?} {:?}",
                    r.role, r.level, r.sources, r.claims, r.middle, r.stated, r.years
                )
            })
            .collect()
    }

    fn summary(figures: &[Salary]) -> Vec<String> {
        said(&rows(&dataset(), &figures.iter().collect::<Vec<_>>()))
    }

    proptest! {
        #[test]
        fn restating_a_claim_changes_nothing(figures in prop::collection::vec(figure(), 1..30), which in any::<prop::sample::Index>()) {
            let mut more = figures.clone();
            let mut copy = which.get(&figures).clone();
            copy.restates = Some(copy.label.clone());
            copy.label = "the same again".into();
            more.push(copy);
            prop_assert_eq!(summary(&figures), summary(&more));
        }

        #[test]
        fn a_new_source_with_six_claims_adds_one_source_and_at_most_one_vote(
            figures in prop::collection::vec(figure(), 1..30),
            six in prop::collection::vec(figure(), 6),
        ) {
            let before = rows(&dataset(), &figures.iter().collect::<Vec<_>>());
            let mut more = figures.clone();
            more.extend(six.into_iter().map(|mut f| { f.source = "new".into(); f.level = "senior".into(); f }));
            let after = rows(&dataset(), &more.iter().collect::<Vec<_>>());
            let senior = |rows: &[Row]| rows.iter().find(|r| r.level == "senior").map_or((0, 0), |r| (r.sources, r.voting()));
            let (b, a) = (senior(&before), senior(&after));
            prop_assert_eq!(a.0, b.0 + 1);
            prop_assert!(a.1 == b.1 || a.1 == b.1 + 1, "{b:?} -> {a:?}");
        }

        #[test]
        fn a_floor_a_ceiling_or_a_tail_never_moves_low_middle_or_high(
            figures in prop::collection::vec(figure(), 1..30),
            amount in 20_000i64..900_000,
            kind in 0usize..3,
        ) {
            let mut bound = match kind {
                0 => stated(SalaryKind::AtLeast, Some(amount), None),
                1 => stated(SalaryKind::AtMost, None, Some(amount)),
                _ => stated(SalaryKind::Estimate, Some(amount), Some(amount)),
            };
            bound.tail = kind == 2;
            bound.source = "s0".into();
            // The senior row's votes and middle, as text.
            let middle = |figures: &[Salary]| -> Vec<String> {
                rows(&dataset(), &figures.iter().collect::<Vec<_>>())
                    .iter()
                    .filter(|r| r.level == "senior")
                    .map(|r| {
                        let votes: Vec<(&str, f64)> = r.votes.iter().map(|v| (v.source, v.value)).collect();
                        format!("{votes:?} {:?}", r.middle)
                    })
                    .collect()
            };
            let mut more = figures.clone();
            more.push(bound);
            let (before, after) = (middle(&figures), middle(&more));
            // The row may be new (nothing voted before), but no vote moves.
            prop_assert!(before == after || before.is_empty() && after == ["[] None"], "{before:?} -> {after:?}");
        }

        #[test]
        fn a_distributions_tails_change_nothing_but_its_band(mean in 40_000i64..200_000, low in 10_000i64..40_000, high in 200_000i64..400_000) {
            let mut average = stated(SalaryKind::Average, Some(mean), Some(mean));
            average.basis = crate::data::model::Basis::Bls;
            average.year = Some(2022);
            let tail = |p: u8, amount: i64| {
                let mut f = average.clone();
                f.kind = SalaryKind::Percentile;
                f.percentile = Some(p);
                f.low = Some(amount);
                f.high = Some(amount);
                f.label = format!("p{p}");
                f
            };
            let alone = rows(&dataset(), &[&average]);
            let (p10, p90) = (tail(10, low), tail(90, high));
            let with = rows(&dataset(), &[&average, &p10, &p90]);
            prop_assert_eq!(with.len(), 1);
            let (a, w) = (&alone[0], &with[0]);
            prop_assert_eq!((w.sources, w.claims, w.voting()), (1, 1, 1));
            prop_assert_eq!(a.votes[0].value, w.votes[0].value);
            prop_assert!(!w.spread());
            prop_assert_eq!(w.stated, (low, high, false));
        }

        #[test]
        fn a_spread_is_flagged_exactly_between_the_rows_own_ends(figures in prop::collection::vec(figure(), 1..30)) {
            for r in rows(&dataset(), &figures.iter().collect::<Vec<_>>()) {
                let values: Vec<f64> = r.votes.iter().map(|v| v.value).collect();
                let (min, max) = values.iter().fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
                prop_assert_eq!(r.spread(), values.len() > 1 && max > SPREAD * min);
                if r.spread() {
                    prop_assert_eq!((r.low().unwrap().value, r.high().unwrap().value), (min, max));
                    prop_assert_ne!(r.low().unwrap().source, r.high().unwrap().source);
                }
            }
        }

        #[test]
        fn the_summary_does_not_depend_on_order(
            (figures, shuffled) in prop::collection::vec(figure(), 1..30)
                .prop_flat_map(|v| (Just(v.clone()), Just(v).prop_shuffle()))
        ) {
            prop_assert_eq!(summary(&figures), summary(&shuffled));
        }
    }
}
