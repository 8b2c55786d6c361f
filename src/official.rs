//! Official statistics beside the articles: BLS OEWS wages by occupation and
//! area, embedded at build time from data/official/. National rows and area
//! rows are decoded separately, each only by the commands that show them.

use crate::data::model::{Basis, Salary, SalaryKind};
use crate::data::official::COLUMNS;
pub use crate::data::official::{Area, AreaKind, Areas, CELL_BYTES, Cell, National, Occupation, Value};
use crate::figures::usd;
use crate::render::Section;
use crate::resolve::UsageError;
use std::borrow::Cow;

static NATIONAL: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/official-national.bin"));
static AREAS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/official-areas.bin"));
static CELLS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/official-cells.bin"));

pub fn national() -> National {
    crate::load::decode(NATIONAL, "the national rows")
}

pub fn areas() -> Areas {
    crate::load::decode(AREAS, "the areas")
}

/// The cells of one area (by its index in [`areas`]), read in place from
/// the embedded records, which are sorted by area.
pub fn cells_in(area: u32) -> Vec<Cell> {
    CELLS
        .chunks_exact(CELL_BYTES)
        .map(Cell::from_bytes)
        .skip_while(|c| c.area < area)
        .take_while(|c| c.area == area)
        .collect()
}

/// `text` lowercased contains `lower` (already lowercase), without building
/// the lowercase copy when both are ASCII, as BLS area names nearly all are.
fn contains_lowercase(text: &str, lower: &str) -> bool {
    if text.is_ascii() && lower.is_ascii() {
        let (hay, needle) = (text.as_bytes(), lower.as_bytes());
        needle.is_empty() || hay.windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle))
    } else {
        text.to_lowercase().contains(lower)
    }
}

fn equals_lowercase(text: &str, lower: &str) -> bool {
    if text.is_ascii() && lower.is_ascii() { text.eq_ignore_ascii_case(lower) } else { text.to_lowercase() == lower }
}

/// Areas whose name contains `query`, case-insensitively, with their index.
pub fn matching_areas<'a>(areas: &'a [Area], query: &str) -> impl Iterator<Item = (u32, &'a Area)> {
    let q = query.trim().to_lowercase();
    areas.iter().enumerate().filter(move |(_, a)| contains_lowercase(&a.name, &q)).map(|(i, a)| (i as u32, a))
}

/// The area a user means, with its index: an exact name (any case) wins, so
/// `California` is the state even though metro names contain it; otherwise
/// the one area whose name contains the query. Several candidates are a
/// usage error naming them.
pub fn find_area<'a>(areas: &'a [Area], query: &str) -> Result<Option<(u32, &'a Area)>, UsageError> {
    let partial: Vec<(u32, &Area)> = matching_areas(areas, query).collect();
    let q = query.trim().to_lowercase();
    if let Some(exact) = partial.iter().find(|(_, a)| equals_lowercase(&a.name, &q)) {
        return Ok(Some(*exact));
    }
    match partial.as_slice() {
        [] => Ok(None),
        [one] => Ok(Some(*one)),
        many => {
            let names: Vec<&str> = many.iter().map(|(_, a)| a.name.as_str()).collect();
            let shown = crate::data::model::escape_controls(query);
            Err(UsageError(format!(
                "area '{shown}' matches {} areas: {} — give more of the name",
                many.len(),
                names.join("; ")
            )))
        }
    }
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

/// Each wage of each cell as an ordinary salary record: a mean or a
/// percentile, with `location` the area's name (`None` for the nation).
pub fn records(national: &National, cells: &[Cell], place: Option<&str>) -> Vec<Salary> {
    let r = &national.release;
    let mut out = Vec::new();
    for cell in cells {
        let occ = &national.occupations[usize::from(cell.occupation)];
        for (i, value) in cell.values.iter().enumerate().skip(1) {
            let (kind, percentile) = match i {
                1 => (SalaryKind::Mean, None),
                _ => (SalaryKind::Percentile, Some([10, 25, 50, 75, 90][i - 2])),
            };
            let (low, high, open_high, not_released) = match *value {
                Value::Amount(a) => (Some(a), Some(a), false, false),
                Value::TopCoded => (Some(r.top_coded_at_least), None, true, false),
                Value::NotReleased => (None, None, false, true),
            };
            let note = match value {
                Value::TopCoded => Some(r.top_coded_footnote.clone()),
                Value::NotReleased => Some(r.not_released_footnote.clone()),
                Value::Amount(_) => None,
            };
            out.push(Salary {
                source: r.source.clone(),
                role: occ.id.clone(),
                level: "all".into(),
                label: format!("annual {} wage, {} (SOC {})", column_label(i), occ.name, occ.soc).into(),
                kind,
                percentile,
                low,
                high,
                open_high,
                approximate: false,
                basis: Basis::Bls,
                year: Some(r.year),
                location: place.map(|p| p.to_string().into()),
                note,
                not_released,
            });
        }
    }
    out
}

fn column_label(i: usize) -> &'static str {
    match COLUMNS[i] {
        "mean" => "mean",
        "median" => "median",
        "10th" => "10th percentile",
        "25th" => "25th percentile",
        "75th" => "75th percentile",
        _ => "90th percentile",
    }
}

/// A wage or a count as a table shows it.
pub fn show(value: Value, dollars: bool, national: &National) -> String {
    match value {
        Value::Amount(a) if dollars => usd(a),
        Value::Amount(a) => usd(a).trim_start_matches('$').to_string(),
        Value::TopCoded => format!("≥ {}", usd(national.release.top_coded_at_least)),
        Value::NotReleased => "not released".into(),
    }
}

/// One row per occupation: employment, mean and percentiles, for `area`
/// (`None`, or the nation itself, for national figures).
pub fn section<'a>(national: &National, cells: &[Cell], area: Option<&Area>) -> Section<'a> {
    let r = &national.release;
    let place = match area {
        Some(a) if a.kind != AreaKind::Nation => format!("{}, {}", a.name, a.kind.label()),
        _ => "national".to_string(),
    };
    let mut s = Section::table(
        format!("Official statistics: BLS OEWS {} ({place}), USD a year", r.release),
        &["Occupation (SOC)", "Stands in for", "Employment", "Mean", "10th", "25th", "Median", "75th", "90th"],
    );
    for cell in cells {
        let occ: &Occupation = &national.occupations[usize::from(cell.occupation)];
        let mut row: Vec<Cow<str>> = vec![
            format!("{} ({})", occ.name, occ.soc).into(),
            if occ.roles.is_empty() { "—".into() } else { occ.roles.join(", ").into() },
        ];
        row.extend(cell.values.iter().enumerate().map(|(i, v)| show(*v, i > 0, national).into()));
        s.rows.push(row);
    }
    if cells.is_empty() {
        s.notes.push("BLS publishes no figures for these occupations in this area.".into());
    }
    s.notes.push("Roles map to BLS occupations only approximately; each row names the occupation it measures.".into());
    s.notes.push(format!(
        "Source: {}, {} release, published {}; retrieved {} via {}. {}",
        r.publisher, r.release, r.published, r.retrieved, r.package, r.notice
    ));
    s
}

#[cfg(test)]
mod tests {

    proptest::proptest! {
        // The ASCII shortcut must agree with lowercasing the whole name.
        #[test]
        fn case_folding_matches_lowercasing(text in "[A-Za-z ,.ÉéÜüİK]{0,16}", query in "[A-Za-z ÉéÜüİK]{0,4}") {
            let lower = query.to_lowercase();
            proptest::prop_assert_eq!(contains_lowercase(&text, &lower), text.to_lowercase().contains(&lower));
            proptest::prop_assert_eq!(equals_lowercase(&text, &lower), text.to_lowercase() == lower);
        }
    }

    use super::*;

    #[test]
    fn a_top_coded_wage_reads_as_at_least_the_threshold() {
        let national = national();
        let mut cell = national.cells[0];
        cell.values[6] = Value::TopCoded;
        let records = records(&national, &[cell], None);
        let p90 = records.iter().find(|r| r.percentile == Some(90)).unwrap();
        assert_eq!((p90.low, p90.high, p90.open_high), (Some(239_200), None, true));
        assert_eq!(crate::figures::amount(p90), "at least $239,200 (90th)");
        let row = &section(&national, &[cell], None).rows[0];
        assert_eq!(row[8], "≥ $239,200");
    }
}
