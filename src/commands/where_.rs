//! `careers where ROLE`: areas ranked by BLS's figures for the role's
//! occupation, to see where it pays most and where the jobs are.

use super::Ctx;
use crate::cli::{AreaType, RankBy, WhereArgs};
use crate::data::official::{AreaKind, Release, Value};
use crate::display;
use crate::error::Result;
use crate::query::official::{AreaRef, Wages};
use crate::query::{names, official};
use crate::render::{Row, Section, Specimen, columns_of};
use serde::Serialize;

/// One area's figures for one occupation; JSON and CSV are a list of them.
#[derive(Serialize)]
struct Ranked<'a> {
    occupation: &'a str,
    soc: &'a str,
    rank: usize,
    area: AreaRef,
    employment: Option<i64>,
    per_1000: Option<f64>,
    location_quotient: Option<f64>,
    wages: Wages,
    /// The BLS release the figures are from ("May 2025").
    release: &'a str,
    /// The area's median over the national median.
    median_to_national: Option<f64>,
    /// Median, 10th and 90th as published, so a top-coded wage reads as one.
    #[serde(skip)]
    shown: [Value; 3],
}

impl Specimen for Ranked<'_> {
    fn specimen() -> Self {
        Ranked {
            occupation: "",
            soc: "",
            rank: 0,
            area: AreaRef::specimen(),
            employment: None,
            per_1000: None,
            location_quotient: None,
            wages: Wages::specimen(),
            release: "",
            median_to_national: None,
            shown: [Value::NotReleased; 3],
        }
    }
}

impl Row for Ranked<'_> {
    fn columns() -> Vec<String> {
        columns_of(&Self::specimen())
    }
}

/// A value stored in thousandths, as BLS gives it.
fn thousandths(v: Value) -> Option<f64> {
    v.amount().map(|a| a as f64 / 1000.0)
}

pub fn run(ctx: &mut Ctx, args: &WhereArgs) -> Result<()> {
    let data = ctx.data;
    let role = names::role(data, &args.role)?;
    let national = crate::load::official_national();
    let all = crate::load::official_areas();
    let kind = match args.area_type {
        AreaType::State => AreaKind::State,
        AreaType::Territory => AreaKind::Territory,
        AreaType::Metro => AreaKind::Metro,
        AreaType::Nonmetro => AreaKind::Nonmetro,
    };
    let mut ranked = Vec::new();
    for i in official::occupations_for(&national, std::slice::from_ref(&role.id)) {
        let occupation = &national.occupations[i];
        let national_median =
            national.cells.iter().find(|c| usize::from(c.occupation) == i).and_then(|c| c.median().amount());
        let rows: Vec<Ranked> = all
            .cells
            .iter()
            .filter(|c| usize::from(c.occupation) == i && all.areas[c.area as usize].kind == kind)
            .map(|c| {
                let area = &all.areas[c.area as usize];
                let median = c.median().amount();
                Ranked {
                    occupation: &occupation.name,
                    soc: &occupation.soc,
                    rank: 0,
                    area: AreaRef::of(area),
                    employment: c.employment().amount(),
                    per_1000: thousandths(c.per_1000()),
                    location_quotient: thousandths(c.location_quotient()),
                    wages: Wages::of(&c.values, national.release.top_coded_at_least),
                    release: &national.release.release,
                    median_to_national: median.zip(national_median).map(|(m, n)| official::ratio(m, n)),
                    shown: [c.median(), c.p10(), c.p90()],
                }
            })
            .collect();
        let key = |r: &Ranked| -> Option<f64> {
            match args.sort {
                RankBy::Median => r.wages.median.map(|v| v as f64),
                RankBy::Mean => r.wages.mean.map(|v| v as f64),
                RankBy::P10 => r.wages.p10.map(|v| v as f64),
                RankBy::P90 => r.wages.p90.map(|v| v as f64),
                RankBy::Employment => r.employment.map(|v| v as f64),
                RankBy::Concentration => r.location_quotient,
                RankBy::Per1000 => r.per_1000,
            }
        };
        let rows = official::ranked(rows, key).into_iter().map(|(rank, row)| Ranked { rank, ..row });
        ranked.extend(rows.take(args.top));
    }
    let sections = || sections(&ranked, args, kind, &role.name, &national.release);
    Ok(ctx.out.emit(ctx.w, &ranked, &ranked, sections)?)
}

fn sections(ranked: &[Ranked], args: &WhereArgs, kind: AreaKind, role: &str, release: &Release) -> Vec<Section> {
    let mut sections = Vec::new();
    let mut occupations: Vec<&str> = ranked.iter().map(|r| r.soc).collect();
    occupations.dedup();
    for soc in occupations {
        let rows: Vec<&Ranked> = ranked.iter().filter(|r| r.soc == soc).collect();
        let title = format!(
            "Where {} ({soc}) pays, by {}: {}s, {}",
            rows[0].occupation,
            sort_name(args.sort),
            kind.label(),
            release.release
        );
        let headers =
            ["#", "Area", "Employment", "Per 1,000 jobs", "Concentration", "Median", "10th–90th", "× national median"];
        let mut s = Section::table(title, &headers).optional(&["Per 1,000 jobs", "10th–90th", "Employment"]);
        for r in &rows {
            let [median, p10, p90] = r.shown.map(|v| display::official(v, true, release));
            s.rows.push(vec![
                r.rank.to_string(),
                r.area.name.clone(),
                r.employment.map_or("not released".to_string(), display::thousands),
                r.per_1000.map_or("not released".to_string(), |v| format!("{v:.3}")),
                r.location_quotient.map_or("not released".to_string(), |v| format!("{v:.2}")),
                median,
                format!("{p10}–{p90}"),
                r.median_to_national.map_or("—".to_string(), |v| format!("{v:.2}×")),
            ]);
        }
        s.notes.push("Concentration is BLS's location quotient: the occupation's share of the area's jobs over its share of the nation's (1.00 = the same). Areas whose ranked value BLS did not release come last.".into());
        sections.push(s);
    }
    if sections.is_empty() {
        let mut s = Section::table("", &["Area"]);
        s.empty = format!("BLS publishes no figures for the occupation closest to {role} in any {}.", kind.label());
        sections.push(s);
    }
    sections
}

fn sort_name(by: RankBy) -> &'static str {
    match by {
        RankBy::Median => "median wage",
        RankBy::Mean => "mean wage",
        RankBy::P10 => "10th percentile wage",
        RankBy::P90 => "90th percentile wage",
        RankBy::Employment => "employment",
        RankBy::Concentration => "concentration",
        RankBy::Per1000 => "jobs per 1,000",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_names_the_release_the_data_is_from() {
        let mut release = crate::load::official_national().release;
        release.release = "June 2031".into();
        let args = WhereArgs { role: "backend".into(), area_type: AreaType::Metro, sort: RankBy::Median, top: 1 };
        let row = Ranked {
            occupation: "O",
            soc: "1",
            area: AreaRef { code: "1".into(), name: "A".into(), kind: "metro area" },
            ..<Ranked as Specimen>::specimen()
        };
        let sections = sections(&[row], &args, AreaKind::Metro, "Backend", &release);
        assert!(sections[0].title.ends_with(", June 2031"), "{}", sections[0].title);
    }
}
