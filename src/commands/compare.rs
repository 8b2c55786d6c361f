//! `careers compare`: roles side by side, one column per role.

use super::Ctx;
use super::catalog::{coverage, growth_for, openings, period};
use super::salary::{narrowing, sorted};
use super::skills::{SkillRow, ranked};
use crate::cli::{Filter, Format};
use crate::data::model::{Growth, Salary};
use crate::figures;
use crate::official;
use crate::render::Section;
use crate::resolve::{self, UsageError, allows};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

#[derive(Serialize)]
struct Comparison<'a> {
    roles: Vec<String>,
    coverage: BTreeMap<String, Vec<String>>,
    salary: Vec<&'a Salary>,
    official: Vec<Salary>,
    growth: Vec<GrowthApplies<'a>>,
    skills: SkillsPart,
}

#[derive(Serialize)]
struct GrowthApplies<'a> {
    #[serde(flatten)]
    growth: &'a Growth,
    applies_to: Vec<String>,
}

#[derive(Serialize)]
struct SkillsPart {
    shared: Vec<String>,
    only: BTreeMap<String, Vec<String>>,
    by_role: BTreeMap<String, Vec<SkillRow>>,
}

fn cell(figs: &[&Salary]) -> String {
    if figs.is_empty() {
        return "—".into();
    }
    figs.iter()
        .map(|s| {
            let year = s.year.map(|y| format!(", {y}")).unwrap_or_default();
            format!("{} ({}{year})", figures::amount_and_kind(s), s.basis.label())
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn run(ctx: &mut Ctx, names: &[String], filter: &Filter) -> anyhow::Result<()> {
    let data = ctx.data;
    let roles = resolve::ids(data, names, resolve::role, |r| r.id.as_str())?;
    if roles.len() < 2 {
        return Err(UsageError(format!(
            "compare needs two different roles; '{}' were all the same role",
            names.join("', '")
        ))
        .into());
    }
    let n = narrowing(data, filter)?;
    let header = headers("Level", "Source", &roles);

    // Salary: national figures per level and source, one column per role.
    let figures: Vec<&Salary> = data
        .salaries
        .iter()
        .filter(|s| roles.iter().any(|r| *r == s.role) && s.location.is_none())
        .filter(|s| allows(&n.levels, &s.level) && allows(&n.sources, &s.source))
        .collect();
    let figures = sorted(data, figures);
    let mut salary = Section::table("Salary by level, national figures (USD a year)", &header);
    for level in data.levels.iter().filter(|l| allows(&n.levels, &l.id)) {
        for source in &data.sources {
            let per_role: Vec<Vec<&Salary>> = roles
                .iter()
                .map(|r| {
                    figures
                        .iter()
                        .copied()
                        .filter(|s| s.role == *r && s.level == level.id && s.source == source.id)
                        .collect()
                })
                .collect();
            if per_role.iter().all(Vec::is_empty) {
                continue;
            }
            let mut row = vec![format!("{} ({})", level.name, level.years), source.id.to_string()];
            row.extend(per_role.iter().map(|f| cell(f)));
            salary.rows.push(row);
        }
    }
    let local = data.salaries.iter().filter(|s| roles.iter().any(|r| *r == s.role) && s.location.is_some()).count();
    if local > 0 {
        salary
            .notes
            .push(format!("{local} figure(s) for single places left out; see `careers salary ROLE --area NAME`."));
    }
    let national = official::national();
    let covered = coverage(data, &national);
    let mut coverage = BTreeMap::new();
    for r in &roles {
        let covering: Vec<String> = data
            .sources
            .iter()
            .filter(|s| allows(&n.sources, &s.id) && covered.contains(&(s.id.as_str(), r.as_str())))
            .map(|s| s.id.to_string())
            .collect();
        let listed = if covering.is_empty() { "none".to_string() } else { covering.join(", ") };
        salary.notes.push(format!("Sources covering {r}: {listed}"));
        coverage.insert(r.clone(), covering);
    }
    salary.notes.push("— means the source gives no figure for that role and level.".into());

    // Growth: projections for each role's own occupation or a broader one.
    let mut applies: Vec<GrowthApplies> = Vec::new();
    for r in &roles {
        for g in growth_for(ctx, Some(r), &n.sources) {
            match applies.iter_mut().find(|a| std::ptr::eq(a.growth, g)) {
                Some(a) => a.applies_to.push(r.clone()),
                None => applies.push(GrowthApplies { growth: g, applies_to: vec![r.clone()] }),
            }
        }
    }
    let header_g = headers("Occupation measured", "Source", &roles);
    let mut growth = Section::table("Growth projections that apply", &header_g);
    for a in &applies {
        let g = a.growth;
        let mut text = format!("{}% {} ({})", g.percent, period(g.from_year, g.to_year), g.basis.label());
        if let Some(b) = g.baseline_percent {
            text.push_str(&format!("\nall jobs: {b}%"));
        }
        if g.openings_per_year.is_some() {
            text.push_str(&format!("\n{} openings/yr", openings(g)));
        }
        let mut row = vec![g.occupation.to_string(), g.source.to_string()];
        row.extend(roles.iter().map(|r| if a.applies_to.contains(r) { text.clone() } else { "—".into() }));
        growth.rows.push(row);
    }
    if applies.is_empty() {
        growth.notes.push("No source gives a projection for these roles.".into());
    } else {
        growth
            .notes
            .push("Most projections measure a broader occupation than the role; the first column says which.".into());
    }

    // Official national figures for the occupations each role maps to.
    let mut official_rows = Vec::new();
    let header_o = headers("Occupation (SOC)", "Source", &roles);
    let mut official_section = Section::table(
        format!("Official statistics: BLS OEWS {}, national (USD a year)", national.release.release),
        &header_o,
    );
    if allows(&n.sources, &national.release.source) && allows(&n.levels, "all") {
        for cell in &national.cells {
            let occ = &national.occupations[usize::from(cell.occupation)];
            if !roles.iter().any(|r| occ.stands_for(r)) {
                continue;
            }
            let [_, mean, p10, _, median, _, p90] = cell.values.map(|v| official::show(v, true, &national));
            let text = format!("median {median}\nmean {mean}\n10th–90th {p10}–{p90}");
            let mut row = vec![format!("{} ({})", occ.name, occ.soc), national.release.source.clone()];
            row.extend(roles.iter().map(|r| if occ.stands_for(r) { text.clone() } else { "—".into() }));
            official_section.rows.push(row);
            official_rows.extend(official::records(&national, &[*cell], None));
        }
        official_section.notes.push(
            "Each role is shown with the BLS occupation closest to it; the match is approximate and the row names the occupation.".into(),
        );
    }
    if official_section.rows.is_empty() {
        official_section.notes.push("No official figures for these roles with the filters given.".into());
    }

    // Skills: shared by every role first, then those only one role has.
    let by_role: BTreeMap<String, Vec<SkillRow>> =
        roles.iter().map(|r| (r.clone(), ranked(data, r, &n.sources))).collect();
    let mut skills = Section::table("Skills: shared and distinct", &["Named for", "Skills (sources naming each)"]);
    // Per skill: how many sources name it for each role, in role order.
    struct Tally<'a> {
        row: &'a SkillRow,
        counts: Vec<usize>,
    }
    let mut tallies: Vec<Tally> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, r) in roles.iter().enumerate() {
        for row in &by_role[r] {
            let at = *index.entry(&row.skill).or_insert_with(|| {
                tallies.push(Tally { row, counts: vec![0; roles.len()] });
                tallies.len() - 1
            });
            tallies[at].counts[i] = row.sources.len();
        }
    }
    // Most widely named first, then by name.
    tallies.sort_by_cached_key(|t| (std::cmp::Reverse(t.counts.iter().sum::<usize>()), t.row.name.to_lowercase()));
    let named_by = |t: &Tally| t.counts.iter().filter(|c| **c > 0).count();
    let list = |picked: &[&Tally]| {
        let names: Vec<String> =
            picked.iter().map(|t| format!("{} ({})", t.row.name, t.counts.iter().max().unwrap_or(&0))).collect();
        if names.is_empty() { "—".to_string() } else { names.join(", ") }
    };
    let shared_t: Vec<&Tally> = tallies.iter().filter(|t| named_by(t) == roles.len()).collect();
    skills.rows.push(vec![format!("all {} roles: {}", roles.len(), shared_t.len()), list(&shared_t)]);
    let shared: Vec<String> = shared_t.iter().map(|t| t.row.skill.clone()).collect();
    let mut only = BTreeMap::new();
    for (i, r) in roles.iter().enumerate() {
        let mine: Vec<&Tally> = tallies.iter().filter(|t| named_by(t) == 1 && t.counts[i] > 0).collect();
        skills.rows.push(vec![format!("only {r}: {}", mine.len()), list(&mine)]);
        only.insert(r.clone(), mine.iter().map(|t| t.row.skill.clone()).collect::<Vec<_>>());
    }
    if roles.len() > 2 {
        let some: Vec<&Tally> = tallies.iter().filter(|t| (2..roles.len()).contains(&named_by(t))).collect();
        skills.rows.push(vec![format!("some roles: {}", some.len()), list(&some)]);
    }
    // CSV holds one record a row, in the same columns as the other parts.
    let mut skills_csv = Section::table("Skills", &headers("Skill", "Category", &roles));
    for t in &tallies {
        let mut row = vec![t.row.name.to_string(), t.row.category.label().into()];
        row.extend(t.counts.iter().map(usize::to_string));
        skills_csv.rows.push(row);
    }
    skills.notes.push(format!(
        "The number after a shared skill is the most sources naming it for any one role; `careers skills {}` lists each source.",
        roles[0]
    ));

    let comparison = Comparison {
        roles: roles.clone(),
        coverage,
        salary: figures,
        official: official_rows,
        growth: applies,
        skills: SkillsPart { shared, only, by_role },
    };
    ctx.emit(&comparison, |format| {
        let skills = if format == Format::Csv { skills_csv } else { skills };
        vec![salary, official_section, growth, skills]
    })?;
    Ok(())
}

/// Two leading columns, then one per role: every part of a comparison has
/// this shape, so CSV can hold them all in one table.
fn headers<'a>(first: &'a str, second: &'a str, roles: &'a [String]) -> Vec<&'a str> {
    [first, second].into_iter().chain(roles.iter().map(String::as_str)).collect()
}
