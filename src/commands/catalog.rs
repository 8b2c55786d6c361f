//! The listing commands: each shows one kind of record, one row per record.

use super::Ctx;
use crate::data::model::{Dataset, Growth, Qualifier, RoleKind, Text};
use crate::figures::usd;
use crate::render::Section;
use crate::resolve::{self, allows};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

fn source_filter(ctx: &Ctx, sources: &[String]) -> Result<Vec<String>, resolve::UsageError> {
    resolve::ids(ctx.data, sources, resolve::source, |s| s.id.as_str())
}

fn or_dash(s: Option<impl ToString>) -> String {
    s.map_or_else(|| "—".to_string(), |s| s.to_string())
}

fn percent(p: f64) -> String {
    format!("{p}%")
}

pub fn period(from: Option<i32>, to: Option<i32>) -> String {
    match (from, to) {
        (Some(f), Some(t)) => format!("{f}–{t}"),
        (None, Some(t)) => format!("through {t}"),
        (Some(f), None) => format!("from {f}"),
        (None, None) => "—".into(),
    }
}

pub fn openings(g: &Growth) -> String {
    match (g.openings_per_year, g.openings_qualifier) {
        (None, _) => "—".into(),
        (Some(n), Qualifier::Exact) => usd(n).trim_start_matches('$').to_string(),
        (Some(n), Qualifier::About) => format!("~{}", usd(n).trim_start_matches('$')),
        (Some(n), Qualifier::AtLeast) => format!("{}+", usd(n).trim_start_matches('$')),
    }
}

/// Growth records that apply to `role`: its own and its broader occupations'.
pub fn growth_for<'a>(ctx: &Ctx<'a>, role: Option<&str>, sources: &[String]) -> Vec<&'a Growth> {
    let applies: Option<Vec<&str>> = role.map(|r| {
        let broader = ctx.data.roles.iter().find(|x| x.id == r).map(|x| &x.broader[..]).unwrap_or_default();
        std::iter::once(r).chain(broader.iter().map(Text::as_str)).collect()
    });
    ctx.data
        .growth
        .iter()
        .filter(|g| applies.as_ref().is_none_or(|a| a.contains(&g.occupation.as_str())))
        .filter(|g| allows(sources, &g.source))
        .collect()
}

pub fn growth(ctx: &mut Ctx, role: Option<&str>, sources: &[String]) -> anyhow::Result<()> {
    let role = role.map(|r| resolve::role(ctx.data, r)).transpose()?;
    let sources = source_filter(ctx, sources)?;
    let records = growth_for(ctx, role.map(|r| r.id.as_str()), &sources);
    let mut s = Section::table(
        "Job growth projections",
        &["Source", "Occupation measured", "Growth", "Period", "Openings/yr", "Baseline", "Basis", "Source's words"],
    );
    for g in &records {
        let occupation = match role {
            Some(r) if r.id != g.occupation => format!("{} (broader than {})", g.occupation, r.id),
            _ => g.occupation.to_string(),
        };
        s.rows.push(vec![
            g.source.as_str().into(),
            occupation.into(),
            percent(g.percent).into(),
            period(g.from_year, g.to_year).into(),
            openings(g).into(),
            or_dash(g.baseline_percent.map(percent)).into(),
            g.basis.label().into(),
            g.label.as_str().into(),
        ]);
    }
    s.notes.push("Baseline: the all-occupations growth rate the source compares with (— where it gives none).".into());
    if records.is_empty() {
        s.notes.push("No source gives a projection for this selection.".into());
    }
    ctx.emit(&records, |_| vec![s])?;
    Ok(())
}

fn years(min: Option<u8>, max: Option<u8>) -> String {
    match (min, max) {
        (Some(a), Some(b)) => format!("{a}–{b} years"),
        (Some(a), None) => format!("{a}+ years"),
        (None, Some(b)) => format!("up to {b} years"),
        (None, None) => "—".into(),
    }
}

pub fn path(ctx: &mut Ctx, role: &str, sources: &[String]) -> anyhow::Result<()> {
    let role = resolve::role(ctx.data, role)?;
    let sources = source_filter(ctx, sources)?;
    let stages: Vec<_> = ctx.data.paths.iter().filter(|p| p.role == role.id && allows(&sources, &p.source)).collect();
    let mut s =
        Section::table(format!("Career path: {}", role.name), &["Source", "Stage", "Level", "Years in stage", "Notes"]);
    for p in &stages {
        s.rows.push(vec![
            p.source.as_str().into(),
            p.stage.as_str().into(),
            or_dash(p.level.as_ref()).into(),
            years(p.years_min, p.years_max).into(),
            p.note.as_deref().unwrap_or_default().into(),
        ]);
    }
    if stages.is_empty() {
        s.notes.push(format!("No source describes a career path for {}.", role.id));
    }
    ctx.emit(&stages, |_| vec![s])?;
    Ok(())
}

#[derive(Serialize)]
struct CertRow {
    name: String,
    vendor: Option<String>,
    sources: Vec<String>,
    roles: Vec<String>,
    programs: Vec<String>,
}

pub fn certs(ctx: &mut Ctx, role: Option<&str>, sources: &[String]) -> anyhow::Result<()> {
    let role = role.map(|r| resolve::role(ctx.data, r)).transpose()?;
    let sources = source_filter(ctx, sources)?;
    let mut rows: Vec<CertRow> = Vec::new();
    for c in ctx.data.certifications.iter().filter(|c| allows(&sources, &c.source)) {
        if role.is_some_and(|r| !c.roles.contains(&r.id)) {
            continue;
        }
        let key = crate::data::model::normalize_key(&c.name);
        let row = match rows.iter_mut().position(|r| crate::data::model::normalize_key(&r.name) == key) {
            Some(i) => &mut rows[i],
            None => {
                rows.push(CertRow {
                    name: c.name.to_string(),
                    vendor: c.vendor.as_ref().map(Text::to_string),
                    sources: vec![],
                    roles: vec![],
                    programs: vec![],
                });
                rows.last_mut().expect("just pushed")
            }
        };
        for (list, items) in [
            (&mut row.sources, std::slice::from_ref(&c.source)),
            (&mut row.roles, &c.roles[..]),
            (&mut row.programs, &c.programs[..]),
        ] {
            for item in items {
                if !list.iter().any(|x| x == item) {
                    list.push(item.to_string());
                }
            }
        }
    }
    rows.sort_by(|a, b| b.sources.len().cmp(&a.sources.len()).then_with(|| a.name.cmp(&b.name)));
    let mut s = Section::table("Certifications", &["Certification", "Vendor", "Named by", "Comes with"]);
    for r in &rows {
        s.rows.push(vec![
            r.name.as_str().into(),
            or_dash(r.vendor.as_ref()).into(),
            r.sources.join(", ").into(),
            r.programs.join("\n").into(),
        ]);
    }
    ctx.emit(&rows, |_| vec![s])?;
    Ok(())
}

pub fn education(ctx: &mut Ctx, sources: &[String]) -> anyhow::Result<()> {
    let sources = source_filter(ctx, sources)?;
    let programs: Vec<_> = ctx.data.education.iter().filter(|p| allows(&sources, &p.source)).collect();
    let mut s = Section::table("Education", &["Source", "Program or route", "Kind", "Cost", "Duration", "Courses"]);
    for p in &programs {
        let cost = match (p.cost_usd, &p.cost_per) {
            (Some(0), _) => "free".to_string(),
            (Some(c), Some(per)) => format!("{} per {per}", usd(c)),
            (Some(c), None) => usd(c),
            (None, _) => "—".into(),
        };
        let courses = if p.courses.is_empty() {
            "—".to_string()
        } else {
            p.courses.iter().map(u16::to_string).collect::<Vec<_>>().join(" or ")
        };
        let name = match &p.provider {
            Some(provider) if !p.name.contains(provider.as_str()) => format!("{} ({provider})", p.name),
            _ => p.name.to_string(),
        };
        s.rows.push(vec![
            p.source.as_str().into(),
            name.into(),
            p.kind.id().into(),
            cost.into(),
            or_dash(p.duration.as_ref()).into(),
            courses.into(),
        ]);
    }
    ctx.emit(&programs, |_| vec![s])?;
    Ok(())
}

#[derive(Serialize, Default, Clone, Copy)]
struct Counts {
    salary: usize,
    growth: usize,
    skills: usize,
    path: usize,
    certifications: usize,
    education: usize,
}

#[derive(Serialize)]
struct SourceRow<'a> {
    id: &'a str,
    title: &'a str,
    publisher: &'a str,
    author: Option<&'a str>,
    date: Option<&'a str>,
    note: Option<&'a str>,
    origin: &'a str,
    counts: Counts,
}

/// Records of each kind per source, counted in one pass over the data.
fn all_counts(data: &Dataset) -> HashMap<&str, Counts> {
    let mut map: HashMap<&str, Counts> = data.sources.iter().map(|s| (s.id.as_str(), Counts::default())).collect();
    let mut bump = |source: &str, f: &dyn Fn(&mut Counts)| {
        if let Some(c) = map.get_mut(source) {
            f(c);
        }
    };
    data.salaries.iter().for_each(|x| bump(&x.source, &|c| c.salary += 1));
    data.growth.iter().for_each(|x| bump(&x.source, &|c| c.growth += 1));
    data.skill_sets.iter().for_each(|x| bump(&x.source, &|c| c.skills += x.skills.len()));
    data.paths.iter().for_each(|x| bump(&x.source, &|c| c.path += 1));
    data.certifications.iter().for_each(|x| bump(&x.source, &|c| c.certifications += 1));
    data.education.iter().for_each(|x| bump(&x.source, &|c| c.education += 1));
    let national = crate::official::national();
    if let Some(c) = map.get_mut(national.release.source.as_str()) {
        c.salary = national.wage_values;
    }
    map
}

pub fn source_section<'a>(data: &'a Dataset, ids: Option<&[&str]>) -> Section<'a> {
    let mut s = Section::table(
        "Sources",
        &["Id", "Publisher", "Title", "Author", "Date", "Salary", "Growth", "Skills", "Path", "Certs", "Education"],
    );
    let counts = all_counts(data);
    for src in data.sources.iter().filter(|s| ids.is_none_or(|ids| ids.contains(&s.id.as_str()))) {
        let c = counts[src.id.as_str()];
        s.rows.push(vec![
            src.id.as_str().into(),
            src.publisher.as_str().into(),
            src.title.as_str().into(),
            or_dash(src.author.as_ref()).into(),
            or_dash(src.date.as_ref()).into(),
            c.salary.to_string().into(),
            c.growth.to_string().into(),
            c.skills.to_string().into(),
            c.path.to_string().into(),
            c.certifications.to_string().into(),
            c.education.to_string().into(),
        ]);
    }
    s
}

pub fn sources(ctx: &mut Ctx) -> anyhow::Result<()> {
    let counts = all_counts(ctx.data);
    let rows: Vec<SourceRow> = ctx
        .data
        .sources
        .iter()
        .map(|s| SourceRow {
            id: &s.id,
            title: &s.title,
            publisher: &s.publisher,
            author: s.author.as_deref(),
            date: s.date.as_deref(),
            note: s.note.as_deref(),
            origin: &s.origin,
            counts: counts[s.id.as_str()],
        })
        .collect();
    let mut s = source_section(ctx.data, None);
    s.notes.push("Counts are figures of each kind; Skills counts skill mentions across roles.".into());
    ctx.emit(&rows, |_| vec![s])?;
    Ok(())
}

#[derive(Serialize)]
struct RoleRow<'a> {
    id: &'a str,
    name: &'a str,
    kind: RoleKind,
    aliases: &'a [Text],
    broader: &'a [Text],
    description: &'a str,
    sources: Vec<&'a str>,
}

pub fn roles(ctx: &mut Ctx) -> anyhow::Result<()> {
    let d = ctx.data;
    let national = crate::official::national();
    let covered = coverage(d, &national);
    let rows: Vec<RoleRow> = d
        .roles
        .iter()
        .map(|r| RoleRow {
            id: &r.id,
            name: &r.name,
            kind: r.kind,
            aliases: &r.aliases,
            broader: &r.broader,
            description: &r.description,
            sources: d
                .sources
                .iter()
                .map(|s| s.id.as_str())
                .filter(|s| covered.contains(&(*s, r.id.as_str())))
                .collect(),
        })
        .collect();
    let mut s = Section::table("Roles and occupations", &["Id", "Name", "Kind", "Aliases", "Within", "Sources"]);
    for r in &rows {
        s.rows.push(vec![
            r.id.into(),
            r.name.into(),
            if r.kind == RoleKind::Role { "role".into() } else { "occupation".into() },
            r.aliases.join(", ").into(),
            r.broader.join(", ").into(),
            r.sources.join(", ").into(),
        ]);
    }
    s.notes.push("Occupations are the broader groups official statistics measure; their figures are never shown as a role's own.".into());
    ctx.emit(&rows, |_| vec![s])?;
    Ok(())
}

/// Every (source, role) pair for which the source has any record.
pub fn coverage<'a>(d: &'a Dataset, national: &'a crate::official::National) -> HashSet<(&'a str, &'a str)> {
    covered_pairs(d, national).map(|(source, role)| (source.as_str(), role.as_str())).collect()
}

/// Whether `source` has any record for `role`, as [`coverage`] would say,
/// without collecting every pair of the dataset. Compared as `Text`, which
/// rejects on length before it looks a built-in text up.
pub fn covers(d: &Dataset, national: &crate::official::National, source: &str, role: &str) -> bool {
    covered_pairs(d, national).any(|(s, r)| *r == *role && *s == *source)
}

/// The (source, role) pair of every record, repeats included: the one
/// definition of what covering a role means.
fn covered_pairs<'a>(
    d: &'a Dataset,
    national: &'a crate::official::National,
) -> impl Iterator<Item = (&'a Text, &'a Text)> {
    let records = d.salaries.iter().map(|x| (&x.source, &x.role));
    let growth = d.growth.iter().map(|x| (&x.source, &x.occupation));
    let skills = d.skill_sets.iter().map(|x| (&x.source, &x.role));
    let paths = d.paths.iter().map(|x| (&x.source, &x.role));
    let certs = d.certifications.iter().flat_map(|c| c.roles.iter().map(|r| (&c.source, r)));
    let education = d.education.iter().flat_map(|e| e.roles.iter().map(|r| (&e.source, r)));
    // The official statistics cover each occupation and the roles it stands in for.
    let official = &national.release.source;
    let occupations = national
        .occupations
        .iter()
        .flat_map(move |o| std::iter::once(&o.id).chain(&o.roles).map(move |r| (official, r)));
    records.chain(growth).chain(skills).chain(paths).chain(certs).chain(education).chain(occupations)
}

#[derive(Serialize)]
struct AreaRow<'a> {
    code: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    name: &'a str,
}

/// `careers areas [QUERY]`: the areas with official figures.
pub fn areas(ctx: &mut Ctx, query: Option<&str>) -> anyhow::Result<()> {
    let all = crate::official::areas();
    let rows: Vec<AreaRow> = crate::official::matching_areas(&all.areas, query.unwrap_or(""))
        .map(|(_, a)| AreaRow { code: &a.code, kind: a.kind.label(), name: &a.name })
        .collect();
    let mut s = Section::table("Areas with official statistics (BLS OEWS)", &["Code", "Type", "Name"]);
    for r in &rows {
        s.rows.push(vec![r.code.into(), r.kind.into(), r.name.into()]);
    }
    s.notes.push(format!(
        "{} of {} areas. Use a name with `careers salary ROLE --area NAME`.",
        rows.len(),
        all.areas.len()
    ));
    ctx.emit(&rows, |_| vec![s])?;
    Ok(())
}
