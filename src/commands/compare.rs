//! `careers compare`: roles side by side, one column per role.

use super::Ctx;
use super::catalog::{covers, growth_for, openings, period};
use super::salary::{narrowing, sorted};
use super::skills::{SkillRow, by_name, ranked};
use crate::cli::{Filter, Format};
use crate::data::model::{Growth, Salary};
use crate::figures;
use crate::official;
use crate::render::Section;
use crate::resolve::{self, UsageError, allows};
use serde::Serialize;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt::Write as _;

#[derive(Serialize)]
struct Comparison<'a> {
    roles: &'a [String],
    coverage: BTreeMap<&'a str, Vec<&'a str>>,
    salary: &'a [&'a Salary],
    official: Vec<Salary>,
    growth: &'a [GrowthApplies<'a>],
    skills: SkillsPart<'a>,
}

#[derive(Serialize)]
struct GrowthApplies<'a> {
    #[serde(flatten)]
    growth: &'a Growth,
    applies_to: Vec<&'a str>,
}

#[derive(Serialize)]
struct SkillsPart<'a> {
    shared: Vec<&'a str>,
    only: BTreeMap<&'a str, Vec<&'a str>>,
    by_role: BTreeMap<&'a str, &'a [SkillRow<'a>]>,
}

/// How many sources name one skill for each role, in role order.
struct Tally<'a> {
    row: &'a SkillRow<'a>,
    counts: Vec<usize>,
}

impl Tally<'_> {
    fn named_by(&self) -> usize {
        self.counts.iter().filter(|c| **c > 0).count()
    }
}

fn ids<'a>(picked: &[&Tally<'a>]) -> Vec<&'a str> {
    picked.iter().map(|t| t.row.skill).collect()
}

/// Each item appended by `push`, `sep` between them; — for none. Built by
/// appending rather than with format! and join: a comparison has dozens
/// of these, and `compare` has a start-up budget (#5).
fn joined<T>(items: &[T], sep: &str, push: impl Fn(&mut String, &T)) -> String {
    if items.is_empty() {
        return "—".into();
    }
    let mut out = String::with_capacity(48 * items.len());
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        push(&mut out, item);
    }
    out
}

/// One role's figures for a level and source, a line each.
fn cell(figs: &[&Salary]) -> String {
    joined(figs, "\n", |out, s| {
        figures::push_amount_and_kind(out, s);
        out.push_str(" (");
        out.push_str(s.basis.label());
        if let Some(year) = s.year {
            let _ = write!(out, ", {year}");
        }
        out.push(')');
    })
}

/// "name (count), name (count)".
fn skill_list(picked: &[&Tally]) -> String {
    joined(picked, ", ", |out, t| {
        out.push_str(t.row.name);
        let _ = write!(out, " ({})", t.counts.iter().max().unwrap_or(&0));
    })
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

    // Everything both outputs need is worked out once; JSON records and
    // table rows are then built only for the format asked for.
    let figures: Vec<&Salary> = data
        .salaries
        .iter()
        .filter(|s| roles.iter().any(|r| *r == s.role) && s.location.is_none())
        .filter(|s| allows(&n.levels, &s.level) && allows(&n.sources, &s.source))
        .collect();
    let figures = sorted(data, figures);
    let national = official::national();
    let coverage: Vec<(&str, Vec<&str>)> = roles
        .iter()
        .map(|r| {
            let covering = data
                .sources
                .iter()
                .filter(|s| allows(&n.sources, &s.id) && covers(data, &national, &s.id, r))
                .map(|s| s.id.as_str())
                .collect();
            (r.as_str(), covering)
        })
        .collect();
    let mut applies: Vec<GrowthApplies> = Vec::new();
    for r in &roles {
        for g in growth_for(ctx, Some(r), &n.sources) {
            match applies.iter_mut().find(|a| std::ptr::eq(a.growth, g)) {
                Some(a) => a.applies_to.push(r),
                None => applies.push(GrowthApplies { growth: g, applies_to: vec![r] }),
            }
        }
    }
    let official_cells: Vec<&official::Cell> =
        if allows(&n.sources, &national.release.source) && allows(&n.levels, "all") {
            national
                .cells
                .iter()
                .filter(|c| roles.iter().any(|r| national.occupations[usize::from(c.occupation)].stands_for(r)))
                .collect()
        } else {
            Vec::new()
        };
    let by_role: Vec<Vec<SkillRow>> = roles.iter().map(|r| ranked(data, r, &n.sources)).collect();
    let mut tallies: Vec<Tally> = Vec::new();
    for (i, rows) in by_role.iter().enumerate() {
        for row in rows {
            let at = match tallies.iter().position(|t| t.row.skill == row.skill) {
                Some(at) => at,
                None => {
                    tallies.push(Tally { row, counts: vec![0; roles.len()] });
                    tallies.len() - 1
                }
            };
            tallies[at].counts[i] = row.sources.len();
        }
    }
    // Most widely named first, then by name.
    tallies.sort_by(|a, b| {
        let total = |t: &Tally| t.counts.iter().sum::<usize>();
        total(b).cmp(&total(a)).then_with(|| by_name(a.row.name, b.row.name))
    });
    let shared: Vec<&Tally> = tallies.iter().filter(|t| t.named_by() == roles.len()).collect();
    let only: Vec<Vec<&Tally>> =
        (0..roles.len()).map(|i| tallies.iter().filter(|t| t.named_by() == 1 && t.counts[i] > 0).collect()).collect();

    if ctx.out.format == Format::Json {
        let comparison = Comparison {
            roles: &roles,
            coverage: coverage.into_iter().collect(),
            salary: &figures,
            official: official::records(&national, &official_cells.iter().map(|c| **c).collect::<Vec<_>>(), None),
            growth: &applies,
            skills: SkillsPart {
                shared: ids(&shared),
                only: roles.iter().map(String::as_str).zip(only.iter().map(|o| ids(o))).collect(),
                by_role: roles.iter().map(String::as_str).zip(by_role.iter().map(Vec::as_slice)).collect(),
            },
        };
        return Ok(ctx.out.json(ctx.w, &comparison)?);
    }

    // Salary: national figures per level and source, one column per role.
    let header = headers("Level", "Source", &roles);
    let mut salary = Section::table("Salary by level, national figures (USD a year)", &header);
    for level in data.levels.iter().filter(|l| allows(&n.levels, &l.id)) {
        for source in data.sources.iter() {
            // Most level and source pairs have no figure: skip them unbuilt.
            if !figures.iter().any(|s| s.level == level.id && s.source == source.id) {
                continue;
            }
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
            let mut row: Vec<Cow<str>> =
                vec![format!("{} ({})", level.name, level.years).into(), source.id.as_str().into()];
            row.extend(per_role.iter().map(|f| cell(f).into()));
            salary.rows.push(row);
        }
    }
    let local = data.salaries.iter().filter(|s| roles.iter().any(|r| *r == s.role) && s.location.is_some()).count();
    if local > 0 {
        salary
            .notes
            .push(format!("{local} figure(s) for single places left out; see `careers salary ROLE --area NAME`."));
    }
    for (r, covering) in &coverage {
        let listed = if covering.is_empty() { "none".to_string() } else { covering.join(", ") };
        salary.notes.push(format!("Sources covering {r}: {listed}"));
    }
    salary.notes.push("— means the source gives no figure for that role and level.".into());

    // Growth: projections for each role's own occupation or a broader one.
    let mut growth = Section::table("Growth projections that apply", &headers("Occupation measured", "Source", &roles));
    for a in &applies {
        let g = a.growth;
        let mut text = format!("{}% {} ({})", g.percent, period(g.from_year, g.to_year), g.basis.label());
        if let Some(b) = g.baseline_percent {
            text.push_str(&format!("\nall jobs: {b}%"));
        }
        if g.openings_per_year.is_some() {
            text.push_str(&format!("\n{} openings/yr", openings(g)));
        }
        let mut row: Vec<Cow<str>> = vec![g.occupation.as_str().into(), g.source.as_str().into()];
        row.extend(
            roles.iter().map(|r| if a.applies_to.contains(&r.as_str()) { text.clone().into() } else { "—".into() }),
        );
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
    let mut official_section = Section::table(
        format!("Official statistics: BLS OEWS {}, national (USD a year)", national.release.release),
        &headers("Occupation (SOC)", "Source", &roles),
    );
    for cell in &official_cells {
        let occ = &national.occupations[usize::from(cell.occupation)];
        let [_, mean, p10, _, median, _, p90] = cell.values;
        let show = |v| official::show(v, true, &national);
        let text = format!("median {}\nmean {}\n10th–90th {}–{}", show(median), show(mean), show(p10), show(p90));
        let mut row: Vec<Cow<str>> =
            vec![format!("{} ({})", occ.name, occ.soc).into(), national.release.source.as_str().into()];
        row.extend(roles.iter().map(|r| if occ.stands_for(r) { text.clone().into() } else { "—".into() }));
        official_section.rows.push(row);
    }
    if allows(&n.sources, &national.release.source) && allows(&n.levels, "all") {
        official_section.notes.push(
            "Each role is shown with the BLS occupation closest to it; the match is approximate and the row names the occupation.".into(),
        );
    }
    if official_section.rows.is_empty() {
        official_section.notes.push("No official figures for these roles with the filters given.".into());
    }

    let skills = if ctx.out.format == Format::Csv {
        // CSV holds one record a row, in the same columns as the other parts.
        let mut csv = Section::table("Skills", &headers("Skill", "Category", &roles));
        for t in &tallies {
            let mut row: Vec<Cow<str>> = vec![t.row.name.into(), t.row.category.label().into()];
            row.extend(t.counts.iter().map(|c| c.to_string().into()));
            csv.rows.push(row);
        }
        csv
    } else {
        // Shared by every role first, then those only one role has.
        let mut skills = Section::table("Skills: shared and distinct", &["Named for", "Skills (sources naming each)"]);
        skills
            .rows
            .push(vec![format!("all {} roles: {}", roles.len(), shared.len()).into(), skill_list(&shared).into()]);
        for (r, mine) in roles.iter().zip(&only) {
            skills.rows.push(vec![format!("only {r}: {}", mine.len()).into(), skill_list(mine).into()]);
        }
        if roles.len() > 2 {
            let some: Vec<&Tally> = tallies.iter().filter(|t| (2..roles.len()).contains(&t.named_by())).collect();
            skills.rows.push(vec![format!("some roles: {}", some.len()).into(), skill_list(&some).into()]);
        }
        skills.notes.push(format!(
            "The number after a shared skill is the most sources naming it for any one role; `careers skills {}` lists each source.",
            roles[0]
        ));
        skills
    };
    Ok(ctx.sections(vec![salary, official_section, growth, skills])?)
}

/// Two leading columns, then one per role: every part of a comparison has
/// this shape, so CSV can hold them all in one table.
fn headers<'a>(first: &'a str, second: &'a str, roles: &'a [String]) -> Vec<&'a str> {
    [first, second].into_iter().chain(roles.iter().map(String::as_str)).collect()
}
