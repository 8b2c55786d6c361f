//! The cross-source summary, for every command that shows one (`salary`,
//! `compare`, `switch`, `offer`): the same claims, the same votes, the same
//! words. Its records are what JSON and CSV carry; the table is drawn from
//! the same records, so the two cannot say different numbers.

use crate::data::model::{Basis, Dataset, Salary, SalaryKind};
use crate::data::official::{AreaKind, Cell, Cpi, National};
use crate::display::{self, usd};
use crate::query::official::{AreaRef, Selection};
use crate::query::summary::Measure;
use crate::query::{salary, summary};
use crate::render::Section;
use serde::Serialize;
use std::borrow::Cow;

/// The figures a summary counts: national ones only unless `local` (an area
/// was asked for), and with `cpi` each dated one in the latest year's
/// dollars. Undated ones are kept as stated: converting must never change
/// which claims count.
pub fn counted<'a>(figures: &[&'a Salary], local: bool, cpi: Option<&Cpi>) -> Vec<Cow<'a, Salary>> {
    // Place-specific figures describe one city's market, not the country's;
    // mixing them in would let one expensive city move the national summary.
    let kept = figures.iter().copied().filter(|s| local || s.location.is_none());
    kept.map(|s| match cpi.and_then(|cpi| salary::in_real_dollars(s, cpi)) {
        Some(r) => Cow::Owned(r.applied_to(s)),
        None => Cow::Borrowed(s),
    })
    .collect()
}

/// One role and level of the summary, as JSON and CSV carry it.
#[derive(Serialize)]
pub struct Record<'a> {
    pub role: &'a str,
    pub level: &'a str,
    /// Sources with any claim for the role and level.
    pub sources: usize,
    /// Sources with a central claim: each votes once.
    pub voting: usize,
    /// Claims, a quoted distribution counting once and a restatement not at all.
    pub claims: usize,
    /// The lowest and highest source's vote, from one vote up.
    pub low: Option<End<'a>>,
    /// The median of the votes: given with one vote (its value) or from
    /// three up; with two, `null`, as the table shows both ends instead.
    pub middle: Option<Amount>,
    pub high: Option<End<'a>>,
    /// The lowest and highest amount any claim states.
    pub stated: Stated,
    /// The first and last year the claims state.
    pub years: Option<Years>,
    /// Claims that state no year.
    pub undated: usize,
    /// With `--real`, the year whose dollars the amounts are in (an undated
    /// claim counted as stated); `null` without it: amounts as stated.
    pub dollars_of: Option<i32>,
    /// The kinds of value the votes rest on, when they are not all one.
    pub mixed_measures: Vec<Measure>,
    pub votes: Vec<VoteRecord<'a>>,
    /// Floors, ceilings and tails: beside the row, never in it.
    pub beside: Vec<Bound<'a>>,
    pub distributions: Vec<Distribution<'a>>,
    /// Sources whose own central claims lie more than 1.5× apart.
    pub split: Vec<&'a str>,
    /// Set when the highest vote is more than 1.5× the lowest.
    pub spread: Option<Spread<'a>>,
    /// The BLS median of each occupation the role's pay is set beside.
    pub anchor: Vec<Anchor>,
}

/// A value, rounded to the dollar as the table shows it; `open` when it
/// rests on a claim with no ceiling ("$140,000+").
#[derive(Serialize, Clone, Copy)]
pub struct Amount {
    pub value: i64,
    pub open: bool,
}

#[derive(Serialize, Clone, Copy)]
pub struct End<'a> {
    pub source: &'a str,
    pub value: i64,
    pub open: bool,
}

#[derive(Serialize)]
pub struct Stated {
    pub low: i64,
    pub high: i64,
    pub open_high: bool,
}

#[derive(Serialize)]
pub struct Years {
    pub from: i32,
    pub to: i32,
}

#[derive(Serialize)]
pub struct VoteRecord<'a> {
    pub source: &'a str,
    pub value: i64,
    pub open: bool,
    /// The central claims behind the vote, lowest first, by their labels.
    pub claims: Vec<&'a str>,
    /// What each of those claims is: `average`, `median`, `estimate`, `midpoint` (of a range).
    pub measures: Vec<Measure>,
    /// Of those claims, how many state no year (with `--real`, counted as stated).
    pub undated: usize,
}

/// A figure that only bounds pay, by its source and label.
#[derive(Serialize)]
pub struct Bound<'a> {
    pub source: &'a str,
    pub label: &'a str,
    pub kind: SalaryKind,
    pub low: Option<i64>,
    pub high: Option<i64>,
    pub open_high: bool,
    pub tail: bool,
}

/// A quoted distribution, one claim: its band and its central value.
#[derive(Serialize)]
pub struct Distribution<'a> {
    pub source: &'a str,
    pub basis: Basis,
    pub year: Option<i32>,
    pub figures: usize,
    pub low: i64,
    pub high: i64,
    pub central: Option<i64>,
}

#[derive(Serialize)]
pub struct Spread<'a> {
    /// The high end over the low end, to one decimal.
    pub ratio: f64,
    pub low: End<'a>,
    pub high: End<'a>,
    /// What sets the two ends' claims apart: `basis`, `year`, `place`, `experience`, `kind of figure`…
    pub differ_in: Vec<&'static str>,
}

#[derive(Serialize)]
pub struct Anchor {
    /// The occupation's id, as `salary` names it.
    pub occupation: String,
    pub name: String,
    pub soc: String,
    pub area: AreaRef,
    pub release: String,
    /// `null` where BLS released no median.
    pub median: Option<i64>,
    /// The row's middle over the median (with two votes, each end's), to two decimals.
    pub ratios: Vec<f64>,
}

/// The summary of some figures: the query's rows, and the records JSON,
/// CSV and the table all show.
pub struct Summary<'a> {
    rows: Vec<summary::Row<'a>>,
    pub records: Vec<Record<'a>>,
    local: bool,
    /// The latest CPI year, with `--real`.
    dollars_of: Option<i32>,
    /// Where the BLS medians are from: an area's name, or "national".
    anchor_place: String,
    /// Each role's wage-anchor occupations, "Name (SOC)", in row order.
    anchored: Vec<(&'a str, Vec<String>)>,
    release: String,
    /// Some figure restates another, so the table says it is counted once.
    restated: bool,
}

impl<'a> Summary<'a> {
    /// The summary of `counted` (from [`counted`]), set beside the BLS
    /// median of `official`'s area, or the nation's.
    pub fn new(
        data: &Dataset,
        counted: &[&'a Salary],
        official: Option<&Selection>,
        local: bool,
        cpi: Option<&Cpi>,
    ) -> Summary<'a> {
        let national = crate::load::official_national();
        let area = official.and_then(Selection::place);
        let wages: &[Cell] = match area {
            Some(_) => &official.expect("an area comes with a selection").cells,
            None => &national.cells,
        };
        let area_ref = match area {
            Some(a) => AreaRef::of(a),
            None => AreaRef::of(&national.nation),
        };
        let rows = summary::rows(data, counted);
        let dollars_of = cpi.and_then(Cpi::latest).map(|(year, _)| year);
        let records: Vec<Record> = rows.iter().map(|r| record(r, &national, wages, &area_ref, dollars_of)).collect();
        let mut anchored: Vec<(&str, Vec<String>)> = Vec::new();
        for r in &records {
            if anchored.last().is_none_or(|(role, _)| *role != r.role) {
                anchored.push((r.role, r.anchor.iter().map(|a| format!("{} ({})", a.name, a.soc)).collect()));
            }
        }
        Summary {
            rows,
            records,
            local,
            dollars_of,
            anchor_place: area.map_or("national".to_string(), |a| a.name.clone()),
            anchored,
            release: national.release.release.clone(),
            restated: counted.iter().any(|f| f.restates.is_some()),
        }
    }
}

/// A value as JSON and the table give it: rounded to the dollar.
fn dollars(value: f64) -> i64 {
    value.round() as i64
}

fn end<'a>(v: &summary::Vote<'a>) -> End<'a> {
    End { source: v.source, value: dollars(v.value), open: v.open }
}

fn record<'a>(
    row: &summary::Row<'a>,
    national: &National,
    wages: &[Cell],
    area: &AreaRef,
    dollars_of: Option<i32>,
) -> Record<'a> {
    let middle = match (row.voting(), row.middle) {
        (1, _) => row.low().map(|v| Amount { value: dollars(v.value), open: v.open }),
        (_, Some(m)) => Some(Amount { value: dollars(m), open: row.middle_open }),
        _ => None,
    };
    // The anchor's ratios are of the values the row shows: its middle, or
    // with two votes both ends.
    let shown: Vec<i64> = match (&middle, row.low(), row.high()) {
        (Some(m), _, _) => vec![m.value],
        (None, Some(lo), Some(hi)) => vec![dollars(lo.value), dollars(hi.value)],
        _ => Vec::new(),
    };
    // A claim for several places at once is not one area's: set beside one
    // area's median it would read as that area's pay.
    let several_places = row.votes.iter().any(|v| v.claims.iter().any(|(_, c)| c.first().places.len() > 1));
    let shown = if several_places && area.kind != AreaKind::Nation.label() { Vec::new() } else { shown };
    let anchor = anchor_cells(national, wages, row.role)
        .map(|c| {
            let o = &national.occupations[usize::from(c.occupation)];
            let median = c.median().amount();
            Anchor {
                occupation: o.id.clone(),
                name: o.name.clone(),
                soc: o.soc.clone(),
                area: area.clone(),
                release: national.release.release.clone(),
                median,
                ratios: median
                    .map(|m| shown.iter().map(|v| (*v as f64 / m as f64 * 100.0).round() / 100.0).collect())
                    .unwrap_or_default(),
            }
        })
        .collect();
    let spread = row.spread().then(|| {
        let (lo, hi) = (row.low().expect("a spread has votes"), row.high().expect("a spread has votes"));
        Spread {
            ratio: (hi.value / lo.value * 10.0).round() / 10.0,
            low: end(lo),
            high: end(hi),
            differ_in: salary::differences(lo.claims[0].1.first(), hi.claims[hi.claims.len() - 1].1.first()),
        }
    });
    let (low, high, open_high) = row.stated;
    Record {
        role: row.role,
        level: row.level,
        sources: row.sources,
        voting: row.voting(),
        claims: row.claims,
        low: row.low().map(end),
        middle,
        high: row.high().map(end),
        stated: Stated { low, high, open_high },
        years: row.years.map(|(from, to)| Years { from, to }),
        undated: row.undated,
        dollars_of,
        mixed_measures: row.mixed_measures(),
        votes: row
            .votes
            .iter()
            .map(|v| VoteRecord {
                source: v.source,
                value: dollars(v.value),
                open: v.open,
                claims: v.claims.iter().map(|(_, c)| c.first().label.as_str()).collect(),
                measures: v.claims.iter().map(|(c, _)| c.measure).collect(),
                undated: v.claims.iter().filter(|(_, c)| c.first().year.is_none()).count(),
            })
            .collect(),
        beside: row
            .bounds
            .iter()
            .map(|f| Bound {
                source: &f.source,
                label: &f.label,
                kind: f.kind,
                low: f.low,
                high: f.high,
                open_high: f.open_high,
                tail: f.tail,
            })
            .collect(),
        distributions: row
            .distributions
            .iter()
            .map(|d| {
                let spans: Vec<(i64, i64)> = d.figures.iter().filter_map(|f| salary::bounds(f)).collect();
                Distribution {
                    source: &d.first().source,
                    basis: d.first().basis,
                    year: d.first().year,
                    figures: d.figures.len(),
                    low: spans.iter().map(|s| s.0).min().unwrap_or_default(),
                    high: spans.iter().map(|s| s.1).max().unwrap_or_default(),
                    central: d.central().map(|c| dollars(c.value)),
                }
            })
            .collect(),
        split: row.votes.iter().filter(|v| v.split()).map(|v| v.source).collect(),
        spread,
        anchor,
    }
}

impl Summary<'_> {
    /// The summary as a table: its numbers are the records', its notes say
    /// how they were counted and what stands beside them.
    pub fn section(&self, data: &Dataset) -> Section {
        let mut s = Section::table(
            if self.local { "Summary across sources (this area)" } else { "Summary across sources (national figures)" },
            &[
                "Role",
                "Level",
                "Voting sources",
                "Claims",
                "Lowest source",
                "Median source",
                "Highest source",
                "Stated",
                "Years",
                "BLS median",
            ],
        )
        // How many sources stand behind a row is kept to the last: one
        // Glassdoor figure must not read as a consensus.
        .optional(&["Claims", "Years", "BLS median", "Stated"]);
        let real = self.dollars_of.is_some();
        let mut beside = Vec::new();
        for (row, r) in self.rows.iter().zip(&self.records) {
            let (role, level) = (display::role_name(data, r.role), display::level_name(data, r.level));
            let mark = |v: Option<&summary::Vote>, value: Option<(i64, bool)>| match (v, value) {
                (Some(v), Some((value, open))) => format!("{}{}", plus(value, open), vote_marks(v, real)),
                _ => "—".to_string(),
            };
            let at = |e: &Option<End>| e.map(|e| (e.value, e.open));
            let mixed = if r.mixed_measures.is_empty() { "" } else { " *" };
            let middle = r.middle.map(|m| (m.value, m.open));
            let (low, middle, high) = match r.voting {
                0 => ("—".into(), "—".into(), "—".into()),
                1 => ("—".into(), format!("{}{mixed}", mark(row.low(), middle)), "—".into()),
                // Two votes: no middle, so the mark goes on the high end.
                2 => (mark(row.low(), at(&r.low)), "—".into(), format!("{}{mixed}", mark(row.high(), at(&r.high)))),
                _ => (
                    mark(row.low(), at(&r.low)),
                    format!(
                        "{}{}{mixed}",
                        plus(middle.map_or(0, |m| m.0), middle.is_some_and(|m| m.1)),
                        if real && middle_undated(row) { " †" } else { "" }
                    ),
                    mark(row.high(), at(&r.high)),
                ),
            };
            let st = &r.stated;
            let stated = if st.low == st.high {
                plus(st.low, st.open_high)
            } else {
                format!("{}–{}", usd(st.low), plus(st.high, st.open_high))
            };
            let years = match (&r.years, r.undated) {
                (None, _) => "none stated".to_string(),
                (Some(y), 0) if y.from == y.to => y.from.to_string(),
                (Some(y), 0) => format!("{}–{}", y.from, y.to),
                (Some(y), n) if y.from == y.to => format!("{}, {n} undated", y.from),
                (Some(y), n) => format!("{}–{}, {n} undated", y.from, y.to),
            };
            let mut anchor: Vec<String> = r
                .anchor
                .iter()
                .filter_map(|a| {
                    let m = a.median?;
                    let ratios: Vec<String> = a.ratios.iter().map(|x| format!("{x:.2}")).collect();
                    Some(if ratios.is_empty() { usd(m) } else { format!("{} ×{}", usd(m), ratios.join("–")) })
                })
                .collect();
            if self.local && r.anchor.iter().any(|a| a.area.kind == AreaKind::Nation.label()) && !anchor.is_empty() {
                // No BLS area for the place asked for: the yardstick is national.
                anchor.push("(national)".into());
            }
            let anchor = if anchor.is_empty() { "—".to_string() } else { anchor.join("\n") };
            let sources = format!("{} of {}", r.voting, r.sources);
            s.rows.push(vec![
                role.into(),
                level.into(),
                sources,
                r.claims.to_string(),
                low,
                middle,
                high,
                stated,
                years,
                anchor,
            ]);
            beside.extend(beside_notes(data, row, r, &format!("{role}, {level}"), real));
        }
        s.notes.push(
            "Each source votes once, with the median of its central claims: averages, medians and estimates as \
             stated, a range's midpoint (+ when its top is open), a quoted distribution's median (else its mean). \
             Voting sources counts them among the sources with any claim. The lowest, median and highest source \
             are those votes, not the range pay spans (Stated is): with one voting source its vote is shown as the \
             median, with two both ends and no median. * marks a row whose votes mix kinds of value. Floors, \
             ceilings and tails (\"top performers\") bound pay but never move low, middle or high; Stated is the \
             lowest and highest amount any claim gives, a distribution's outer percentiles included."
                .into(),
        );
        let beside_whom: Vec<String> = self
            .anchored
            .iter()
            .filter(|(_, names)| !names.is_empty())
            .map(|(role, names)| format!("{} beside {}", display::role_name(data, role), names.join(" and ")))
            .collect();
        s.notes.push(format!(
            "BLS median: the {} median wage ({}) of the occupation each role's pay is set beside (its wage \
             anchor), for all experience levels together, so only a rough yardstick for one level: × is the \
             row's middle (its one value, or with two sources both) over it, and the articles' values are mostly \
             averages and estimates of other years. {}.",
            self.release,
            self.anchor_place,
            beside_whom.join("; ")
        ));
        s.notes.extend(beside);
        s.notes.extend(self.different_sources(data));
        if let Some(year) = self.dollars_of {
            s.title = format!("{} in {year} dollars", s.title);
            s.notes.push(format!(
                "Dated claims are in {year} dollars; an undated claim is counted as stated, in the dollars of \
                 whenever it was written: † marks a value that rests on one (Years says how many)."
            ));
        }
        if self.restated {
            s.notes.push(
                "A figure that repeats another of the same source's is listed above but counted once here.".into(),
            );
        }
        s
    }
}

impl<'a> Summary<'a> {
    /// A note per level whose roles' rows rest on different sources: set
    /// side by side, their values differ by source as much as by role.
    fn different_sources(&self, data: &Dataset) -> Vec<String> {
        let mut notes = Vec::new();
        for level in &data.levels {
            let here: Vec<&Record<'a>> = self.records.iter().filter(|r| r.level == level.id && r.voting > 0).collect();
            let sources = |r: &Record<'a>| -> Vec<&'a str> { r.votes.iter().map(|v| v.source).collect() };
            if here.len() < 2 || here.iter().all(|r| sources(r) == sources(here[0])) {
                continue;
            }
            let each: Vec<String> = here
                .iter()
                .map(|r| {
                    let names: Vec<String> = sources(r).iter().map(|id| display::source_name(data, id)).collect();
                    format!("{} on {}", display::role_name(data, r.role), names.join(", "))
                })
                .collect();
            notes.push(format!(
                "{}: the roles' rows rest on different sources ({}), so they differ by source as well as by role; \
                 `careers switch` compares two roles within each source.",
                level.name,
                each.join("; ")
            ));
        }
        notes
    }
}

/// What the table adds to a source's value: "mean" when it is a quoted
/// distribution's mean (no median given), "†" in one year's dollars when a
/// claim behind it states no year.
fn vote_marks(v: &summary::Vote, real: bool) -> String {
    // A distribution's mean, in the source's own word for it ("average").
    let mean = match v.claims.as_slice() {
        [(c, claim)] if claim.is_distribution() && c.measure == Measure::Average => claim
            .figures
            .iter()
            .find(|f| matches!(f.kind, SalaryKind::Mean | SalaryKind::Average))
            .map_or("", |f| if f.kind == SalaryKind::Mean { " mean" } else { " average" }),
        _ => "",
    };
    let undated = real && v.claims.iter().any(|(_, c)| c.first().year.is_none());
    format!("{mean}{}", if undated { " †" } else { "" })
}

/// Whether the median of the votes rests on one with an undated claim: the
/// middle vote, or either of the middle two.
fn middle_undated(row: &summary::Row) -> bool {
    let undated = |v: &summary::Vote| v.claims.iter().any(|(_, c)| c.first().year.is_none());
    let n = row.votes.len();
    n > 0
        && if n % 2 == 1 {
            undated(&row.votes[n / 2])
        } else {
            undated(&row.votes[n / 2 - 1]) || undated(&row.votes[n / 2])
        }
}

fn vote_text(v: &summary::Vote, real: bool) -> String {
    format!("{}{}", plus(dollars(v.value), v.open), vote_marks(v, real))
}

/// "$140,000", or "$140,000+" for a value with no ceiling.
fn plus(value: i64, open: bool) -> String {
    format!("{}{}", usd(value), if open { "+" } else { "" })
}

fn plus_f(value: f64, open: bool) -> String {
    plus(dollars(value), open)
}

/// The cells of the occupations `role` is set beside, in `cells`.
fn anchor_cells<'a>(national: &'a National, cells: &'a [Cell], role: &'a str) -> impl Iterator<Item = &'a Cell> {
    cells.iter().filter(move |c| national.occupations[usize::from(c.occupation)].stands_for(role))
}
/// The lines under the summary for one row: what bounds it, what its
/// distributions span, where its sources disagree.
fn beside_notes(data: &Dataset, row: &summary::Row, r: &Record, name: &str, real: bool) -> Vec<String> {
    let source = |id: &str| display::source_name(data, id);
    let mut notes = Vec::new();
    // A claim for several places at once is not this place's alone.
    for v in &row.votes {
        for (_, claim) in v.claims.iter().filter(|(_, c)| c.first().places.len() > 1) {
            let f = claim.first();
            let unset = r.anchor.iter().all(|a| a.ratios.is_empty());
            notes.push(format!(
                "{name}: {}'s {} is one claim for {} together, not for one of them alone{}.",
                source(&f.source),
                display::amount(f),
                f.location.as_deref().unwrap_or_default(),
                if unset { ", so the row is set beside no one area's median" } else { "" }
            ));
        }
    }
    if !row.bounds.is_empty() {
        let listed: Vec<String> =
            row.bounds.iter().map(|f| format!("{} ({})", display::amount(f), source(&f.source))).collect();
        notes.push(format!("{name}: beside the summary, bounds and tails: {}.", listed.join("; ")));
    }
    for d in &row.distributions {
        let mut shown: Vec<&Salary> = d.figures.clone();
        shown.sort_by_key(|f| (f.percentile.unwrap_or(50), f.low));
        let parts: Vec<String> = shown.iter().map(|f| display::amount_and_kind(f)).collect();
        let year = d.first().year.map(|y| format!(", {y}")).unwrap_or_default();
        notes.push(format!(
            "{name}: {} quotes one distribution ({}{year}), counted as one claim: {}.",
            source(&d.first().source),
            d.first().basis.label(),
            parts.join(", ")
        ));
    }
    for vote in row.votes.iter().filter(|v| v.split()) {
        let (lo, hi) = (&vote.claims[0], &vote.claims[vote.claims.len() - 1]);
        notes.push(format!(
            "{name}: {}'s own claims lie far apart, {} against {}; it votes with the median of its {} central \
             claims ({}), {}.",
            source(vote.source),
            claim_text(&hi.1),
            claim_text(&lo.1),
            vote.claims.len(),
            vote.claims.iter().map(|(c, _)| plus_f(c.value, c.open)).collect::<Vec<_>>().join(", "),
            plus_f(vote.value, vote.open)
        ));
    }
    if row.votes.len() > 1 {
        // Every value the row's low, middle and high come from, traceable.
        let votes: Vec<String> = row
            .votes
            .iter()
            .map(|v| match v.claims.as_slice() {
                [_] => format!("{} {}", source(v.source), vote_text(v, real)),
                many => format!(
                    "{} {} (median of {})",
                    source(v.source),
                    vote_text(v, real),
                    many.iter().map(|(c, _)| plus_f(c.value, c.open)).collect::<Vec<_>>().join(", ")
                ),
            })
            .collect();
        notes.push(format!("{name}: votes {}.", votes.join(" · ")));
    }
    if let Some(spread) = &r.spread {
        let (lo, hi) = (row.low().expect("a spread has votes"), row.high().expect("a spread has votes"));
        let behind = |v: &summary::Vote| v.claims.iter().map(|(_, c)| claim_text(c)).collect::<Vec<_>>().join("; ");
        notes.push(format!(
            "{name}: wide spread between sources: {} gives {} ({}), {:.1} times {}'s {} ({}). They differ in {}.",
            source(spread.high.source),
            plus(spread.high.value, spread.high.open),
            behind(hi),
            spread.ratio,
            source(spread.low.source),
            plus(spread.low.value, spread.low.open),
            behind(lo),
            match spread.differ_in.split_last() {
                None => "nothing the data records".to_string(),
                Some((last, [])) => last.to_string(),
                Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
            },
        ));
    }
    if !r.mixed_measures.is_empty() {
        let kinds: Vec<&str> = r.mixed_measures.iter().map(|m| m.label()).collect();
        notes.push(format!("{name} *: the votes mix {}.", kinds.join(", ")));
    }
    notes
}

/// A claim as the notes quote it: `~$160,000 average, "label" (Indeed, 2025)`.
fn claim_text(c: &summary::Claim) -> String {
    let f = c.first();
    let year = f.year.map(|y| format!(", {y}")).unwrap_or_default();
    let place = f.location.as_deref().map(|p| format!(", {p}")).unwrap_or_default();
    format!("{} \"{}\" ({}{year}{place})", display::amount_and_kind(f), f.label, display::basis(f))
}
