//! Official statistics beside the articles: BLS OEWS wages by occupation and
//! area. National rows and area rows are decoded separately, each only by the
//! questions that need them.

use super::names::Narrowing;
use super::places;
use crate::data::official::PERCENTILES;
pub use crate::data::official::{Area, AreaKind, Cell, National, Value};
use crate::error::Result;

/// Orders a ranking, `where`'s or `industries'`: highest first, and rows
/// whose value BLS did not release last, in their order. Returns each
/// row with its rank from 1.
pub fn ranked<T>(mut rows: Vec<T>, key: impl Fn(&T) -> Option<f64>) -> Vec<(usize, T)> {
    rows.sort_by(|a, b| match (key(a), key(b)) {
        (Some(x), Some(y)) => y.total_cmp(&x),
        (a, b) => b.is_some().cmp(&a.is_some()),
    });
    rows.into_iter().enumerate().map(|(i, r)| (i + 1, r)).collect()
}

/// The occupations standing in for `roles` (ids of roles or occupations);
/// all of them when `roles` is empty.
pub fn occupations_for(national: &National, roles: &[String]) -> Vec<usize> {
    national
        .occupations
        .iter()
        .enumerate()
        .filter(|(_, o)| roles.is_empty() || roles.iter().any(|r| o.stands_for(r)))
        .map(|(i, _)| i)
        .collect()
}

/// One occupation's BLS figures in one area, as `salary` and `compare` give
/// them in JSON and CSV: the same wages shape as `where`'s.
#[derive(Debug, serde::Serialize)]
pub struct OfficialRow {
    /// The source id of the release (`bls-oews-2025`), as figures name it.
    pub source: String,
    pub release: String,
    pub year: i32,
    /// The occupation's id, as `salary` accepts it.
    pub occupation: String,
    pub name: String,
    pub soc: String,
    pub area: AreaRef,
    /// The roles whose pay is set beside this occupation (their wage anchor).
    pub pay_anchor_of: Vec<String>,
    pub employment: Option<i64>,
    pub wages: Wages,
}

/// A row per cell, the cells all of `area`.
pub fn rows(national: &National, cells: &[Cell], area: &Area) -> Vec<OfficialRow> {
    let r = &national.release;
    cells
        .iter()
        .map(|c| {
            let o = &national.occupations[usize::from(c.occupation)];
            OfficialRow {
                source: r.source.clone(),
                release: r.release.clone(),
                year: r.year,
                occupation: o.id.clone(),
                name: o.name.clone(),
                soc: o.soc.clone(),
                area: AreaRef::of(area),
                pay_anchor_of: o.roles.clone(),
                employment: c.employment().amount(),
                wages: Wages::of(&c.values, r.top_coded_at_least),
            }
        })
        .collect()
}

/// Where an amount stands on one occupation's published wage distribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "position", content = "percentile", rename_all = "kebab-case")]
pub enum Standing {
    /// Below the 10th percentile: nothing lower is published to place it.
    BelowTenth,
    /// Above the 90th percentile.
    AboveNinetieth,
    /// About this percentile, read linearly between the two published
    /// percentiles around the amount.
    About(u8),
    /// Above this percentile; the next one up is top-coded or not released.
    Above(u8),
    /// BLS released too little to place it.
    Unknown,
}

/// Places `amount` among a cell's 10th, 25th, 50th, 75th and 90th
/// percentiles, interpolating linearly between the two around it; never
/// beyond the 10th or the 90th.
/// `a` as a multiple of `b`, to two decimals, as the ranking tables show it.
pub fn ratio(a: i64, b: i64) -> f64 {
    (a as f64 / b as f64 * 100.0).round() / 100.0
}

pub fn standing(amount: i64, values: &[Value; 9]) -> Standing {
    let points: Vec<(u8, Option<i64>)> = PERCENTILES.iter().map(|&(at, p)| (p, values[at].amount())).collect();
    if points[0].1.is_some_and(|p10| amount < p10) {
        return Standing::BelowTenth;
    }
    if points[4].1.is_some_and(|p90| amount > p90) {
        return Standing::AboveNinetieth;
    }
    for pair in points.windows(2) {
        if let [(pa, Some(a)), (pb, Some(b))] = pair {
            if (*a..=*b).contains(&amount) {
                let share = if b > a { (amount - a) as f64 / (b - a) as f64 } else { 0.0 };
                return Standing::About((f64::from(*pa) + share * f64::from(pb - pa)).round() as u8);
            }
        }
    }
    match points.iter().rev().find_map(|(p, v)| v.filter(|v| *v < amount).map(|_| *p)) {
        Some(p) => Standing::Above(p),
        None => Standing::Unknown,
    }
}

/// The official cells a question about `roles` shows: the nation's, or with
/// `area` that area's (a usage error when the name is ambiguous). `None`
/// when the level or source filters leave no room for official figures,
/// which are all-levels figures from one source, or no area matches.
pub struct Selection {
    pub national: National,
    /// The area asked for; `None` for national figures.
    pub area: Option<Area>,
    /// The metros whose names begin with the area's, when it won over them
    /// (see [`places::Found`]).
    pub also_matching: Vec<Area>,
    pub cells: Vec<Cell>,
}

impl Selection {
    pub fn select(roles: &[String], n: &Narrowing, area: Option<&str>) -> Result<Option<Selection>> {
        let national = crate::load::official_national();
        if !n.levels.allows("all") || !n.sources.allows(&national.release.source) {
            return Ok(None);
        }
        let wanted = occupations_for(&national, roles);
        let keep = |c: &&Cell| wanted.contains(&usize::from(c.occupation));
        let Some(query) = area else {
            let cells = national.cells.iter().filter(keep).copied().collect();
            return Ok(Some(Selection { national, area: None, also_matching: Vec::new(), cells }));
        };
        let Some(local) = Local::find(&national, query)? else { return Ok(None) };
        let cells = local.cells.iter().filter(keep).copied().collect();
        Ok(Some(Selection { area: Some(local.area), also_matching: local.also_matching, national, cells }))
    }

    /// The area asked for, unless it is the nation itself.
    pub fn place(&self) -> Option<&Area> {
        self.area.as_ref().filter(|a| a.kind != AreaKind::Nation)
    }

    /// A row per occupation, for JSON and CSV.
    pub fn rows(&self) -> Vec<OfficialRow> {
        rows(&self.national, &self.cells, self.area.as_ref().unwrap_or(&self.national.nation))
    }
}

/// The area a user asked for and its cells: every command that takes
/// `--area` finds it here, the nation included.
pub struct Local {
    pub area: Area,
    /// The metros whose names begin with the area's, when it won over them
    /// (see [`places::Found`]).
    pub also_matching: Vec<Area>,
    pub cells: Vec<Cell>,
}

impl Local {
    /// The area `query` names (see [`places::resolve`]), or `None` when none does.
    pub fn find(national: &National, query: &str) -> Result<Option<Local>> {
        let all = crate::load::official_areas();
        let Some(found) = places::resolve(&all.areas, query)? else { return Ok(None) };
        // The nation is area 0; its cells are the national ones, kept apart.
        let cells = if found.index == 0 { &national.cells } else { &all.cells };
        let cells = cells.iter().filter(|c| c.area == found.index).copied().collect();
        let also_matching = found.also_matching.into_iter().cloned().collect();
        Ok(Some(Local { area: found.area.clone(), also_matching, cells }))
    }

    /// Like [`Local::find`], but no match is a usage error naming the query
    /// and the nearest names.
    pub fn named(national: &National, query: &str) -> Result<Local> {
        Local::find(national, query)?.ok_or_else(|| places::no_match(&crate::load::official_areas().areas, query))
    }
}

/// An occupation's wages in one place, one shape in every command's JSON:
/// the mean and the five percentiles BLS publishes, `null` where it
/// released none. A top-coded wage is BLS's floor, named in `top_coded`.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Wages {
    pub mean: Option<i64>,
    pub p10: Option<i64>,
    pub p25: Option<i64>,
    pub median: Option<i64>,
    pub p75: Option<i64>,
    pub p90: Option<i64>,
    /// The fields above that are top-coded (`"p90"`): "at least" that amount.
    pub top_coded: Vec<&'static str>,
}

impl Wages {
    /// Every field filled, for the CSV columns of a record that holds one.
    pub fn specimen() -> Wages {
        let v = Some(0);
        Wages { mean: v, p10: v, p25: v, median: v, p75: v, p90: v, top_coded: vec!["p90"] }
    }

    /// The wage columns of a national, area or industry cell's `values`;
    /// `top` is the release's top-coding floor.
    pub fn of(values: &[Value], top: i64) -> Wages {
        use crate::data::official::{MEAN, MEDIAN, P10, P25, P75, P90};
        let mut top_coded = Vec::new();
        let mut read = |at: usize, name: &'static str| match values[at] {
            Value::Amount(a) => Some(a),
            Value::TopCoded => {
                top_coded.push(name);
                Some(top)
            }
            Value::NotReleased | Value::NotApplicable => None,
        };
        let (mean, p10, p25) = (read(MEAN, "mean"), read(P10, "p10"), read(P25, "p25"));
        let (median, p75, p90) = (read(MEDIAN, "median"), read(P75, "p75"), read(P90, "p90"));
        Wages { mean, p10, p25, median, p75, p90, top_coded }
    }
}

/// An official area as every command's JSON names it: `{code, name, type}`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AreaRef {
    pub code: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
}

impl AreaRef {
    /// Every field filled, for the CSV columns of a record that holds one.
    pub fn specimen() -> AreaRef {
        AreaRef { code: String::new(), name: String::new(), kind: "" }
    }

    pub fn of(a: &Area) -> AreaRef {
        AreaRef { code: a.code.clone(), name: a.name.clone(), kind: a.kind.label() }
    }
}

#[cfg(test)]
mod tests {

    use super::*;
    use crate::data::official::P90;

    #[test]
    fn a_top_coded_wage_is_its_floor_and_says_so_and_a_withheld_one_is_null() {
        let mut v = [Value::Amount(100_000); 9];
        v[crate::data::official::P90] = Value::TopCoded;
        v[crate::data::official::P10] = Value::NotReleased;
        let w = Wages::of(&v, 239_200);
        assert_eq!((w.p90, w.p10, w.median), (Some(239_200), None, Some(100_000)));
        assert_eq!(w.top_coded, ["p90"]);
        let release = crate::load::official_national().release;
        assert_eq!(crate::display::official(Value::TopCoded, true, &release), "≥ $239,200");
    }

    #[test]
    fn an_amount_is_placed_between_published_percentiles_and_never_beyond_them() {
        let amounts = |a: [i64; 5]| {
            let mut v = [Value::NotReleased; 9];
            for (slot, x) in v[2..].iter_mut().zip(a) {
                *slot = Value::Amount(x);
            }
            v
        };
        let v = amounts([50_000, 70_000, 100_000, 130_000, 170_000]);
        assert_eq!(standing(40_000, &v), Standing::BelowTenth);
        assert_eq!(standing(200_000, &v), Standing::AboveNinetieth);
        assert_eq!(standing(100_000, &v), Standing::About(50));
        // Halfway from the median to the 75th: 62.5, rounded.
        assert_eq!(standing(115_000, &v), Standing::About(63));
        // A top-coded 90th: above the 75th is all that can be said.
        let mut top = v;
        top[P90] = Value::TopCoded;
        assert_eq!(standing(200_000, &top), Standing::Above(75));
        assert_eq!(standing(40_000, &[Value::NotReleased; 9]), Standing::Unknown);
    }
}
