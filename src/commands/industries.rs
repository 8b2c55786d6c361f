//! `careers industries ROLE`: the industries a role's occupation works in,
//! nationally, to see which employ most and which pay most.

use super::Ctx;
use crate::cli::{IndustriesArgs, IndustryBy};
use crate::data::official::Value;
use crate::display;
use crate::error::Result;
use crate::query::official::Wages;
use crate::query::{names, official};
use crate::render::{Row, Section, Specimen, columns_of};
use serde::Serialize;

/// BLS's subsectors (NAICS three-digit, with government as one row): the
/// one level whose industries neither overlap nor leave jobs out, so their
/// employment adds up to the occupation's total.
const LEVEL: u8 = 3;
const LEVEL_NAME: &str = "industry subsectors (BLS's level 3: three-digit NAICS, government as one)";

/// One industry's national figures for one occupation; JSON and CSV are a list of them.
#[derive(Serialize)]
struct Ranked<'a> {
    occupation: &'a str,
    soc: &'a str,
    rank: usize,
    industry_code: &'a str,
    industry: &'a str,
    level: u8,
    employment: Option<i64>,
    /// Percent of the occupation's national employment.
    share_of_employment: Option<f64>,
    wages: Wages,
    /// The BLS release the figures are from ("May 2025").
    release: &'a str,
    /// The industry's median over the occupation's national median.
    median_to_national: Option<f64>,
    #[serde(skip)]
    shown: [Value; 3],
}

impl Specimen for Ranked<'_> {
    fn specimen() -> Self {
        Ranked {
            occupation: "",
            soc: "",
            rank: 0,
            industry_code: "",
            industry: "",
            level: LEVEL,
            employment: None,
            share_of_employment: None,
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

pub fn run(ctx: &mut Ctx, args: &IndustriesArgs) -> Result<()> {
    let role = names::role(ctx.data, &args.role)?;
    let national = crate::load::official_national();
    let all = crate::load::official_industries();
    let mut ranked = Vec::new();
    for i in official::occupations_for(&national, std::slice::from_ref(&role.id)) {
        let occupation = &national.occupations[i];
        let total = national.cells.iter().find(|c| usize::from(c.occupation) == i);
        let (total_employment, national_median) =
            (total.and_then(|c| c.employment().amount()), total.and_then(|c| c.median().amount()));
        let rows: Vec<Ranked> = all
            .cells
            .iter()
            .filter(|c| usize::from(c.occupation) == i && all.industries[usize::from(c.industry)].level == LEVEL)
            .map(|c| {
                let industry = &all.industries[usize::from(c.industry)];
                let (employment, median) = (c.employment().amount(), c.median().amount());
                Ranked {
                    occupation: &occupation.name,
                    soc: &occupation.soc,
                    rank: 0,
                    industry_code: &industry.code,
                    industry: &industry.name,
                    level: industry.level,
                    employment,
                    share_of_employment: employment
                        .zip(total_employment)
                        .map(|(e, t)| (e as f64 / t as f64 * 1000.0).round() / 10.0),
                    wages: Wages::of(&c.values, national.release.top_coded_at_least),
                    release: &national.release.release,
                    median_to_national: median.zip(national_median).map(|(m, n)| official::ratio(m, n)),
                    shown: [c.median(), c.p10(), c.p90()],
                }
            })
            .collect();
        let key = |r: &Ranked| match args.sort {
            IndustryBy::Employment => r.employment.map(|v| v as f64),
            IndustryBy::Median => r.wages.median.map(|v| v as f64),
        };
        let rows = official::ranked(rows, key).into_iter().map(|(rank, row)| Ranked { rank, ..row });
        ranked.extend(rows.take(args.top));
    }
    let sections = || sections(&ranked, args, &role.name, &national.release);
    Ok(ctx.out.emit(ctx.w, &ranked, &ranked, sections)?)
}

fn sections(
    ranked: &[Ranked],
    args: &IndustriesArgs,
    role: &str,
    release: &crate::data::official::Release,
) -> Vec<Section> {
    let mut sections = Vec::new();
    let mut occupations: Vec<&str> = ranked.iter().map(|r| r.soc).collect();
    occupations.dedup();
    for soc in occupations {
        let rows: Vec<&Ranked> = ranked.iter().filter(|r| r.soc == soc).collect();
        let by = match args.sort {
            IndustryBy::Employment => "employment",
            IndustryBy::Median => "median wage",
        };
        let title =
            format!("Industries employing {} ({soc}), nationally, by {by}, {}", rows[0].occupation, release.release);
        let headers = ["#", "Industry", "Employment", "Share of jobs", "Median", "10th–90th", "× national median"];
        let mut s = Section::table(title, &headers).optional(&["10th–90th", "Share of jobs"]);
        for r in &rows {
            let [median, p10, p90] = r.shown.map(|v| display::official(v, true, release));
            s.rows.push(vec![
                r.rank.to_string(),
                r.industry.to_string(),
                r.employment.map_or("not released".to_string(), display::thousands),
                r.share_of_employment.map_or("—".to_string(), |p| format!("{p:.1}%")),
                median,
                format!("{p10}–{p90}"),
                r.median_to_national.map_or("—".to_string(), |v| format!("{v:.2}×")),
            ]);
        }
        s.notes.push(format!(
            "Listed by {LEVEL_NAME}, which do not overlap: their employment adds up to the occupation's national \
             total, apart from BLS's rounding. Industries whose ranked value BLS did not release come last."
        ));
        sections.push(s);
    }
    if sections.is_empty() {
        let mut s = Section::table("", &["Industry"]);
        s.empty = format!("BLS publishes no industry figures for the occupation closest to {role}.");
        sections.push(s);
    }
    sections
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_names_the_release_the_data_is_from() {
        let mut release = crate::load::official_national().release;
        release.release = "June 2031".into();
        let args = IndustriesArgs { role: "backend".into(), sort: IndustryBy::Employment, top: 1 };
        let row = Ranked { occupation: "O", soc: "1", industry: "I", ..<Ranked as Specimen>::specimen() };
        let sections = sections(&[row], &args, "Backend", &release);
        assert!(sections[0].title.ends_with(", June 2031"), "{}", sections[0].title);
    }
}
