//! `careers compare`: roles side by side, one column per role.

use super::Ctx;
use crate::cli::ComparePart;
use crate::data::model::{Dataset, Growth, Salary};
use crate::data::official::{Cpi, Onet};
use crate::display;
use crate::error::{Error, Result};
use crate::query::names::{self, Narrowing};
use crate::query::official::{Cell, National};
use crate::query::skills::{self, SkillRow, Tally};
use crate::query::{catalog, coverage, official, salary};
use crate::render::{Footnotes, Section};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Everything a comparison shows; serialised as is for JSON.
#[derive(Serialize)]
struct Comparison<'a> {
    roles: &'a [String],
    coverage: BTreeMap<&'a str, Vec<&'a str>>,
    /// Figures for single places the filters match, left out of `salary`
    /// and `summary`, which compare nationally: `salary ROLE --area NAME` shows them.
    local_left_out: usize,
    /// National figures; with `--real`, each with its bounds in the latest year's dollars.
    salary: Vec<super::RealFigure<'a>>,
    /// The cross-source summary of `salary`, as `salary --format json` gives it.
    summary: &'a [super::summary::Record<'a>],
    official: Vec<official::OfficialRow>,
    growth: Vec<GrowthApplies<'a>>,
    skills: SkillsPart<'a>,
}

#[derive(Serialize)]
struct GrowthApplies<'a> {
    #[serde(flatten)]
    growth: &'a Growth,
    applies_to: Vec<&'a str>,
}

impl crate::render::Row for GrowthApplies<'_> {
    fn columns() -> Vec<String> {
        use crate::render::Specimen;
        crate::render::columns_of(&GrowthApplies { growth: &Growth::specimen(), applies_to: Vec::new() })
    }
}

#[derive(Serialize)]
struct SkillsPart<'a> {
    shared: Vec<&'a str>,
    only: BTreeMap<&'a str, Vec<&'a str>>,
    by_role: BTreeMap<&'a str, &'a [SkillRow<'a>]>,
}

pub fn run(ctx: &mut Ctx, args: &crate::cli::CompareArgs) -> Result<()> {
    let (names_given, levels, sources, part) = (&args.roles, &args.filter.level, &args.filter.source.ids, args.part);
    let cpi = args.real.then(crate::load::official_cpi);
    let data = ctx.data;
    let roles = names::role_ids(data, names_given)?;
    if names_given.len() < 2 {
        return Err(Error::Usage("compare needs two or more roles, as in `careers compare backend frontend`".into()));
    }
    if roles.len() < 2 {
        // Each name once, and a few at most: one role given 10,000 times
        // is one line, not 110 KB.
        let mut seen = std::collections::HashSet::new();
        let distinct: Vec<&str> = names_given.iter().map(String::as_str).filter(|n| seen.insert(*n)).collect();
        let mut shown: Vec<String> = distinct.iter().take(5).map(|n| format!("'{}'", crate::text::quoted(n))).collect();
        if distinct.len() > 5 {
            shown.push(format!("and {} more", distinct.len() - 5));
        }
        let role = display::role_name(data, &roles[0]);
        return Err(Error::Usage(match distinct.len() {
            1 => format!("compare needs two different roles; every name given was {}", shown[0]),
            _ => format!("compare needs two different roles; {} all name {role}", shown.join(", ")),
        }));
    }
    let n = names::narrowing(data, levels, sources)?;
    let national = crate::load::official_national();
    let (national_only, local): (Vec<&Salary>, Vec<&Salary>) =
        salary::select(data, &roles, &n, None, None).into_iter().partition(|s| s.location.is_none());
    let coverage = roles.iter().map(|r| (r.as_str(), coverage::sources_covering(data, &national, r, &n.sources)));
    let official_cells = official_cells(&national, &roles, &n);
    let onet = crate::load::official_onet();
    let mut by_role: Vec<Vec<SkillRow>> = roles.iter().map(|r| skills::ranked(data, r, &n.sources)).collect();
    for rows in &mut by_role {
        skills::mark_hot(rows, &onet);
    }
    let tallies = skills::across(&by_role);
    let counted = super::summary::counted(&national_only, false, cpi.as_ref());
    let counted: Vec<&Salary> = counted.iter().map(|c| c.as_ref()).collect();
    let summary = super::summary::Summary::new(data, &counted, None, false, cpi.as_ref());
    let comparison = Comparison {
        roles: &roles,
        coverage: coverage.collect(),
        local_left_out: local.len(),
        salary: national_only.iter().map(|f| super::RealFigure::new(f, cpi.as_ref())).collect(),
        summary: &summary.records,
        official: official::rows(&national, &official_cells, &national.nation),
        growth: growth_applies(data, &roles, &n),
        skills: SkillsPart {
            shared: ids(tallies.iter().filter(|t| t.named_by() == roles.len())),
            only: roles.iter().enumerate().map(|(i, r)| (r.as_str(), ids(only(&tallies, i)))).collect(),
            by_role: roles.iter().map(String::as_str).zip(by_role.iter().map(Vec::as_slice)).collect(),
        },
    };
    let out = ctx.out;
    let sections = || {
        let described = super::onet_section(data, &roles.iter().map(String::as_str).collect::<Vec<_>>(), &onet);
        vec![
            salary_section(data, &comparison, &n, out.footnotes, cpi.as_ref()),
            summary.section(data),
            official_section(data, &national, &official_cells, &roles, &n),
            growth_section(data, &comparison),
            skills_section(data, &tallies, &roles, &onet, !described.rows.is_empty()),
            described,
        ]
    };
    Ok(match part {
        ComparePart::Salary => out.emit(ctx.w, &comparison, &comparison.salary, sections),
        ComparePart::Summary => out.emit(ctx.w, &comparison, comparison.summary, sections),
        ComparePart::Official => out.emit(ctx.w, &comparison, &comparison.official, sections),
        ComparePart::Growth => out.emit(ctx.w, &comparison, &comparison.growth, sections),
        ComparePart::Skills => out.emit(ctx.w, &comparison, &skill_counts(&tallies, &roles), sections),
    }?)
}

/// The national cells of the occupations the roles map to, unless the
/// filters leave out official figures (all levels, one source).
fn official_cells(national: &National, roles: &[String], n: &Narrowing) -> Vec<Cell> {
    if !n.sources.allows(&national.release.source) || !n.levels.allows("all") {
        return Vec::new();
    }
    let stands_for = |c: &&Cell| roles.iter().any(|r| national.occupations[usize::from(c.occupation)].stands_for(r));
    national.cells.iter().filter(stands_for).copied().collect()
}

/// Each projection that applies to any of the roles, with the roles it
/// applies to.
fn growth_applies<'a>(data: &'a Dataset, roles: &'a [String], n: &Narrowing) -> Vec<GrowthApplies<'a>> {
    let measured: Vec<Vec<&str>> = roles.iter().map(|r| catalog::occupations_measured(data, r)).collect();
    let mut applies: Vec<(usize, usize, GrowthApplies)> = Vec::new();
    for (at, g) in data.growth.iter().enumerate().filter(|(_, g)| n.sources.allows(&g.source)) {
        let applies_to: Vec<&str> = roles
            .iter()
            .zip(&measured)
            .filter(|(_, m)| m.contains(&g.occupation.as_str()))
            .map(|(r, _)| r.as_str())
            .collect();
        if let Some(first) = applies_to.first().and_then(|r| roles.iter().position(|x| x == r)) {
            applies.push((first, at, GrowthApplies { growth: g, applies_to }));
        }
    }
    // The first role's projections first, then those only later roles have.
    applies.sort_by_key(|(first, at, _)| (*first, *at));
    applies.into_iter().map(|(_, _, a)| a).collect()
}

fn ids<'a>(tallies: impl Iterator<Item = &'a Tally<'a>>) -> Vec<&'a str> {
    tallies.map(|t| t.skill.skill).collect()
}

/// The skills named for role `i` alone.
fn only<'a>(tallies: &'a [Tally<'a>], i: usize) -> impl Iterator<Item = &'a Tally<'a>> {
    tallies.iter().filter(move |t| t.named_by() == 1 && t.counts[i] > 0)
}

/// Two leading columns, then one per role, headed by its name.
fn headers<'a>(data: &'a Dataset, first: &'a str, second: &'a str, roles: &'a [String]) -> Vec<&'a str> {
    [first, second].into_iter().chain(roles.iter().map(|r| display::role_name(data, r))).collect()
}

/// One role's figures for a level and source, a line each; — for none.
fn figures_cell(figures: &[&&Salary], notes: &mut Footnotes, cpi: Option<&Cpi>) -> String {
    if figures.is_empty() {
        return "—".into();
    }
    let mut line = |s: &&&Salary| {
        let mark = notes.mark(s.note.as_deref());
        let real = match cpi.map(|cpi| salary::in_real_dollars(s, cpi)) {
            Some(Some(r)) => {
                let adjusted = r.applied_to(s);
                format!("\n≈ {} in {}", display::amount(&adjusted), r.year)
            }
            // The cell shows the year, or that there is none; the reason
            // matters only when a year is there.
            Some(None) if s.year.is_some() => format!("\nnot adjusted: {}", salary::not_adjusted_because(s)),
            Some(None) => "\nnot adjusted".into(),
            None => String::new(),
        };
        format!("{} {}{mark}{real}", display::amount_and_kind(s), display::provenance(s))
    };
    figures.iter().map(&mut line).collect::<Vec<_>>().join("\n")
}

/// National figures per level and source, one column per role.
fn salary_section(data: &Dataset, c: &Comparison, n: &Narrowing, footnotes: bool, cpi: Option<&Cpi>) -> Section {
    let mut notes = Footnotes::new(footnotes);
    let headers = headers(data, "Level", "Source", c.roles);
    let mut s = Section::table("Salary by level, national figures (USD a year)", &headers);
    // Grouped once: a scan of every figure per level and source would grow
    // with the square of the user's data.
    let mut groups: HashMap<(&str, &str), Vec<&&Salary>> = HashMap::new();
    for f in c.salary.iter().map(|r| &r.figure) {
        groups.entry((f.level.as_str(), f.source.as_str())).or_default().push(f);
    }
    for level in data.levels.iter().filter(|l| n.levels.allows(&l.id)) {
        for source in &data.sources {
            let Some(here) = groups.get(&(level.id.as_str(), source.id.as_str())) else { continue };
            // The level's name alone: a source's own bracket ("15+ years")
            // may not be the level's, so each figure shows its own.
            let mut row = vec![display::level_name(data, &level.id).to_string(), source.publisher.clone()];
            for r in c.roles {
                let mine: Vec<&&Salary> = here.iter().copied().filter(|f| f.role == *r).collect();
                row.push(figures_cell(&mine, &mut notes, cpi));
            }
            s.rows.push(row);
        }
    }
    if c.local_left_out > 0 {
        let figures = display::count(c.local_left_out, "figure", "figures");
        s.notes.push(format!("{figures} for single places left out; see `careers salary ROLE --area NAME`."));
    }
    for (r, covering) in c.roles.iter().map(|r| (r, &c.coverage[r.as_str()])) {
        let names: Vec<String> = covering.iter().map(|id| display::source_name(data, id)).collect();
        let listed = if names.is_empty() { "none".to_string() } else { names.join(", ") };
        s.notes.push(format!("Sources with any record for {} (pay or not): {listed}", display::role_name(data, r)));
    }
    s.notes.push("— means the source gives no figure for that role and level.".into());
    if let Some((year, _)) = cpi.and_then(Cpi::latest) {
        s.notes.push(format!(
            "≈ lines are dated figures in {year} dollars by the CPI-U (`careers salary --real` names the index values); \
             \"not adjusted\" figures state no year."
        ));
    }
    s.notes.extend(notes.lines());
    s.empty = "No source gives a national figure for these roles with the filters given.".into();
    s
}

/// Official national figures for the occupations each role maps to.
fn official_section(data: &Dataset, national: &National, cells: &[Cell], roles: &[String], n: &Narrowing) -> Section {
    let release = &national.release;
    let mut s = Section::table(
        format!("Official statistics: BLS OEWS {}, national (USD a year)", release.release),
        &headers(data, "Occupation (SOC)", "Source", roles),
    );
    for cell in cells {
        let occ = &national.occupations[usize::from(cell.occupation)];
        let [_, mean, p10, _, median, _, p90, _, _] = cell.values.map(|v| display::official(v, true, release));
        let text = format!("median {median}\nmean {mean}\n10th–90th {p10}–{p90}");
        let mut row = vec![format!("{} ({})", occ.name, occ.soc), release.publisher.clone()];
        row.extend(roles.iter().map(|r| if occ.stands_for(r) { text.clone() } else { "—".into() }));
        s.rows.push(row);
    }
    if n.sources.allows(&release.source) && n.levels.allows("all") {
        s.notes.push(
            "Each role is shown with the BLS occupation closest to it; the match is approximate and the row names the occupation.".into(),
        );
    }
    s.empty = if n.levels.allows("all") {
        "No official figures for these roles with the filters given.".into()
    } else {
        "Official statistics cover all levels together, so a --level filter leaves them out.".into()
    };
    s
}

/// Projections for each role's own occupation or a broader one.
fn growth_section(data: &Dataset, c: &Comparison) -> Section {
    let headers = headers(data, "Occupation measured", "Source", c.roles);
    let mut s = Section::table("Growth projections that apply", &headers);
    for a in &c.growth {
        let g = a.growth;
        let period = display::period(g.from_year, g.to_year);
        let mut text = format!("{} {period} ({})", display::percent(g.percent), g.basis.label());
        if let Some(b) = g.baseline_percent {
            text.push_str(&format!("\nall jobs: {}", display::percent(b)));
        }
        if g.openings_per_year.is_some() {
            text.push_str(&format!("\n{} openings/yr", display::openings(g)));
        }
        let mut row = vec![display::role_name(data, &g.occupation).into(), display::source_name(data, &g.source)];
        row.extend(c.roles.iter().map(|r| if a.applies_to.contains(&r.as_str()) { text.clone() } else { "—".into() }));
        s.rows.push(row);
    }
    s.notes.push("Most projections measure a broader occupation than the role; the first column says which.".into());
    // Growth counts every occupation a role belongs to, wages only the one
    // its pay is set beside: say which, or the two tables look inconsistent.
    let national = crate::load::official_national();
    for r in c.roles {
        let belongs: Vec<&str> =
            catalog::occupations_measured(data, r).into_iter().skip(1).map(|o| display::role_name(data, o)).collect();
        let anchors: Vec<&str> =
            national.occupations.iter().filter(|o| o.stands_for(r)).map(|o| o.name.as_str()).collect();
        if !belongs.is_empty() {
            let pay = if anchors.is_empty() { "no occupation".to_string() } else { anchors.join(" and ") };
            s.notes.push(format!(
                "{} belongs to {}, so their projections apply; its pay is set beside {pay}.",
                display::role_name(data, r),
                belongs.join(" and ")
            ));
        }
    }
    s.empty = "No source gives a projection for these roles.".into();
    s
}

/// "name (count), name (count)"; — for none.
fn skill_list<'a>(tallies: impl Iterator<Item = &'a Tally<'a>>) -> (usize, String) {
    let named: Vec<String> =
        tallies.map(|t| format!("{} ({})", super::skill_name(t.skill), t.counts.iter().max().unwrap_or(&0))).collect();
    (named.len(), if named.is_empty() { "—".into() } else { named.join(", ") })
}

/// One record a skill: how many sources name it for each role.
/// `compare --part skills`: one row per skill and role, with how many
/// sources name the skill for the role, so the table has the same columns
/// whatever the roles, and a header with no rows.
#[derive(Serialize)]
struct SkillCount<'a> {
    skill: &'a str,
    name: &'a str,
    category: crate::data::model::Category,
    role: &'a str,
    sources: usize,
}

impl crate::render::Row for SkillCount<'_> {
    fn columns() -> Vec<String> {
        let specimen =
            SkillCount { skill: "", name: "", category: crate::data::model::Category::Language, role: "", sources: 0 };
        crate::render::columns_of(&specimen)
    }
}

fn skill_counts<'a>(tallies: &'a [Tally], roles: &'a [String]) -> Vec<SkillCount<'a>> {
    let mut rows = Vec::new();
    for t in tallies {
        for (role, count) in roles.iter().zip(&t.counts) {
            let (skill, name, category) = (t.skill.skill, t.skill.name, t.skill.category);
            rows.push(SkillCount { skill, name, category, role, sources: *count });
        }
    }
    rows
}

/// Skills shared by every role, then those only one role has.
fn skills_section(data: &Dataset, tallies: &[Tally], roles: &[String], onet: &Onet, attributed: bool) -> Section {
    let mut s = Section::table("Skills: shared and distinct", &["Named for", "Skills (sources naming each)"]);
    let (count, list) = skill_list(tallies.iter().filter(|t| t.named_by() == roles.len()));
    s.rows.push(vec![format!("all {} roles: {count}", roles.len()), list]);
    for (i, r) in roles.iter().enumerate() {
        let (count, list) = skill_list(only(tallies, i));
        s.rows.push(vec![format!("only {}: {count}", display::role_name(data, r)), list]);
    }
    if roles.len() > 2 {
        let (count, list) = skill_list(tallies.iter().filter(|t| (2..roles.len()).contains(&t.named_by())));
        s.rows.push(vec![format!("some roles: {count}"), list]);
    }
    s.notes.push(format!(
        "The number after a skill is how many sources name it (for a shared skill, the most for any one role); `careers skills {}` lists them.",
        roles[0]
    ));
    if tallies.iter().any(|t| t.skill.onet_hot_technology.is_some()) {
        s.notes.push(super::hot_note(onet, attributed));
    }
    s
}
