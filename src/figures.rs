//! How a pay figure reads, and the cross-source summary of a set of figures.

use crate::data::model::{Dataset, Salary, SalaryKind};
use crate::par::par_map;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// "$110,000"
pub fn usd(n: i64) -> String {
    let mut out = String::with_capacity(12);
    push_usd(&mut out, n);
    out
}

/// Appends "$110,000" to `out`. Written digit by digit because a table of
/// user data can hold tens of thousands of amounts (#5 budgets the time).
pub fn push_usd(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    out.push('$');
    // 20 digits and 6 commas hold any u64.
    let mut buf = [0u8; 26];
    let mut at = buf.len();
    let mut rest = n.unsigned_abs();
    let mut written = 0;
    loop {
        if written > 0 && written % 3 == 0 {
            at -= 1;
            buf[at] = b',';
        }
        at -= 1;
        buf[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        written += 1;
        if rest == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&buf[at..]).expect("digits and commas are ASCII"));
}

/// The amount as the source gives it: "$110,000–$140,000+", "at least
/// $120,000", "~$97,000", "$40,460 (10th percentile)", "not released".
#[cfg(test)]
pub fn amount(s: &Salary) -> String {
    let mut out = String::with_capacity(32);
    push_amount(&mut out, s);
    out
}

fn push_amount(out: &mut String, s: &Salary) {
    if s.not_released {
        out.push_str("not released");
        return;
    }
    let approx = if s.approximate { "~" } else { "" };
    let plus = if s.open_high { "+" } else { "" };
    let which = |out: &mut String| {
        if let Some(p) = s.percentile {
            out.push_str(" (");
            push_ordinal(out, p);
            out.push(')');
        }
    };
    match (s.kind, s.low, s.high) {
        (SalaryKind::Range, Some(l), Some(h)) => {
            out.push_str(approx);
            push_usd(out, l);
            out.push('–');
            push_usd(out, h);
            out.push_str(plus);
        }
        (SalaryKind::AtMost, _, Some(h)) => {
            out.push_str("at most ");
            out.push_str(approx);
            push_usd(out, h);
        }
        // A floor: "well over $120,000", or a top-coded official wage.
        (_, Some(l), None) => {
            out.push_str("at least ");
            out.push_str(approx);
            push_usd(out, l);
            which(out);
        }
        (_, Some(v), _) => {
            out.push_str(approx);
            push_usd(out, v);
            out.push_str(plus);
            which(out);
        }
        _ => out.push('—'),
    }
}

/// The amount with its statistic where the amount alone does not say it:
/// "$127,000 average", "$187,000 estimate", "$60,000–$85,000".
pub fn amount_and_kind(s: &Salary) -> String {
    let mut out = String::with_capacity(40);
    push_amount_and_kind(&mut out, s);
    out
}

/// As [`amount_and_kind`], appended to `out`.
pub fn push_amount_and_kind(out: &mut String, s: &Salary) {
    push_amount(out, s);
    if matches!(s.kind, SalaryKind::Average | SalaryKind::Mean | SalaryKind::Median | SalaryKind::Estimate)
        && !s.not_released
    {
        out.push(' ');
        out.push_str(s.kind.id());
    }
}

fn push_ordinal(out: &mut String, n: u8) {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    out.push_str(&n.to_string());
    out.push_str(suffix);
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
}

/// Position of each id in a list, for ordering records the way the data
/// lists roles, levels and sources.
pub struct Ranks<'a>(HashMap<&'a str, usize, BuildHasherDefault<Fnv>>);

impl<'a> Ranks<'a> {
    pub fn new(ids: impl Iterator<Item = &'a str>) -> Ranks<'a> {
        let mut map = HashMap::default();
        for (i, id) in ids.enumerate() {
            map.entry(id).or_insert(i);
        }
        Ranks(map)
    }

    /// An id the list does not hold sorts last.
    pub fn of(&self, id: &str) -> usize {
        self.0.get(id).copied().unwrap_or(usize::MAX)
    }
}

/// FNV-1a. Sorting 70,000 user figures looks up three short ids each, and
/// SipHash made those lookups most of the sort; its resistance to chosen
/// keys guards nothing here, where the keys are the user's own ids.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Figures from which the summary is worked out on every core: below it, a
/// thread costs more than it saves.
const SUMMARY_PARALLEL_FROM: usize = 16_384;

/// One summary per role and level, in the dataset's role and level order, so
/// the result does not depend on the order of files or records.
pub fn summarize(data: &Dataset, figures: &[&Salary]) -> Vec<Summary> {
    let role_rank = Ranks::new(data.roles.iter().map(|r| r.id.as_str()));
    let level_rank = Ranks::new(data.levels.iter().map(|l| l.id.as_str()));
    let mut groups: HashMap<(&str, &str), Vec<&Salary>, BuildHasherDefault<Fnv>> = HashMap::default();
    // Figures mostly come sorted, in long runs of one role and level:
    // hashing a run's key once rather than each figure's was most of the
    // summary of 10 MB of user data.
    for run in figures.chunk_by(|a, b| a.role == b.role && a.level == b.level) {
        groups.entry((run[0].role.as_str(), run[0].level.as_str())).or_default().extend_from_slice(run);
    }
    let mut keys: Vec<(&str, &str)> = groups.keys().copied().collect();
    keys.sort_by_key(|(r, l)| (role_rank.of(r), level_rank.of(l), *r, *l));
    // Groups are summarized apart from each other, on every core when
    // there are enough figures: each is a pass over records scattered in
    // memory.
    let summaries =
        par_map(keys, SUMMARY_PARALLEL_FROM, |key| groups[key].len(), |key| summarize_group(key, &groups[&key]));
    summaries.into_iter().flatten().collect()
}

fn summarize_group((role, level): (&str, &str), group: &[&Salary]) -> Option<Summary> {
    // One pass over the figures: a group of 10 MB of user data holds
    // thousands, scattered in memory.
    let (mut lowest, mut highest, mut highest_open) = (i64::MAX, i64::MIN, false);
    let mut mids: Vec<f64> = Vec::with_capacity(group.len());
    for s in group {
        let Some((low, high)) = bounds(s) else { continue };
        lowest = lowest.min(low);
        if high > highest {
            (highest, highest_open) = (high, false);
        }
        if high == highest {
            highest_open |= open_above(s);
        }
        mids.push(midpoint(s)?);
    }
    // The middle one or two found in place rather than sorting them all.
    let n = mids.len();
    if n == 0 {
        return None;
    }
    let (below, &mut upper, _) = mids.select_nth_unstable_by(n / 2, f64::total_cmp);
    let median = if n % 2 == 1 { upper } else { (below.iter().copied().max_by(f64::total_cmp)? + upper) / 2.0 };
    // As with groups, one hash per run of a source's figures.
    let sources: HashSet<&str, BuildHasherDefault<Fnv>> =
        group.chunk_by(|a, b| a.source == b.source).map(|run| run[0].source.as_str()).collect();
    Some(Summary {
        role: role.to_string(),
        level: level.to_string(),
        sources: sources.len(),
        figures: group.len(),
        lowest,
        median_midpoint: median,
        highest,
        highest_open,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::Basis;

    pub(super) fn figure(kind: SalaryKind, low: Option<i64>, high: Option<i64>) -> Salary {
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
        }
    }

    #[test]
    fn dollars_have_thousands_separators() {
        assert_eq!(usd(1_234_567), "$1,234,567");
        assert_eq!(usd(97_000), "$97,000");
        assert_eq!(usd(999), "$999");
        assert_eq!(usd(1_000), "$1,000");
        assert_eq!(usd(0), "$0");
        assert_eq!(usd(-1_500), "-$1,500");
        assert_eq!(usd(i64::MIN), "-$9,223,372,036,854,775,808");
    }

    #[test]
    fn amounts_read_as_the_source_states_them() {
        let mut open = figure(SalaryKind::Range, Some(110_000), Some(140_000));
        open.open_high = true;
        assert_eq!(amount(&open), "$110,000–$140,000+");
        assert_eq!(amount(&figure(SalaryKind::AtLeast, Some(120_000), None)), "at least $120,000");
        let mut about = figure(SalaryKind::Average, Some(97_000), Some(97_000));
        about.approximate = true;
        assert_eq!(amount(&about), "~$97,000");
        let mut p = figure(SalaryKind::Percentile, Some(40_460), Some(40_460));
        p.percentile = Some(10);
        assert_eq!(amount(&p), "$40,460 (10th)");
    }

    #[test]
    fn summary_counts_one_sided_figures_as_their_bound() {
        let data = Dataset::default();
        let a = figure(SalaryKind::Range, Some(100_000), Some(200_000));
        let b = figure(SalaryKind::AtLeast, Some(250_000), None);
        let c = figure(SalaryKind::Average, Some(120_000), Some(120_000));
        let s = &summarize(&data, &[&a, &b, &c])[0];
        assert_eq!((s.lowest, s.highest, s.figures), (100_000, 250_000, 3));
        assert_eq!(s.median_midpoint, 150_000.0);
        assert!(s.highest_open, "an at-least figure leaves the top open");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
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
                f.source = format!("s{src}").into();
                f.level = ["entry", "mid", "senior"][lvl].into();
                f.open_high = open && kind == SalaryKind::Range;
                f
            },
        )
    }

    fn dataset() -> Dataset {
        crate::load::embedded()
    }

    #[test]
    fn a_summary_long_enough_for_every_core_is_the_one_of_its_groups_apart() {
        let levels = ["entry", "mid", "senior"];
        let figures: Vec<Salary> = (0..3 * SUMMARY_PARALLEL_FROM as i64 / 2)
            .map(|i| {
                let mut f =
                    super::tests::figure(SalaryKind::Range, Some(40_000 + i % 997 * 100), Some(200_000 + i % 13));
                f.level = levels[(i % 3) as usize].into();
                f.source = format!("s{}", i % 7).into();
                f
            })
            .collect();
        let all: Vec<&Salary> = figures.iter().collect();
        // Each level alone is too short to be shared out.
        let apart: Vec<Summary> = levels
            .iter()
            .flat_map(|l| summarize(&dataset(), &all.iter().copied().filter(|f| f.level == *l).collect::<Vec<_>>()))
            .collect();
        assert_eq!(summarize(&dataset(), &all), apart);
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
