//! The listing commands: each shows one kind of record, one row per record.

use super::Ctx;
use crate::cli::{AreasArgs, CertsArgs, EducationArgs, GrowthArgs, NoArgs, PathArgs, SourcesArgs};
use crate::data::model::{Dataset, Part, Program, RoleKind, Statistic, TimeMeasure, TimeUnit};
use crate::data::official::OnetOccupation;
use crate::display::{self, or_dash, percent, period, share, usd, years};
use crate::error::Result;
use crate::query::{catalog, coverage, names, places};
use crate::render::{Footnotes, Row, Section, Specimen, columns_of};
use serde::Serialize;

pub fn growth(ctx: &mut Ctx, args: &GrowthArgs) -> Result<()> {
    let role = args.role.as_deref().map(|r| names::role(ctx.data, r)).transpose()?;
    let sources = names::source_ids(ctx.data, &args.source.ids)?;
    let records = catalog::growth_for(ctx.data, role.map(|r| r.id.as_str()), &sources);
    let table = || {
        let mut s = Section::table(
            "Job growth projections",
            &[
                "Source",
                "Occupation measured",
                "Growth",
                "Period",
                "Openings/yr",
                "Baseline",
                "Basis",
                "Source's words",
            ],
        )
        .optional(&["Baseline", "Basis", "Openings/yr", "Source's words"]);
        let mut notes = Footnotes::new(ctx.out.footnotes);
        for g in &records {
            let occupation = match role {
                Some(r) if r.id != g.occupation => {
                    format!("{} (broader than {})", display::role_name(ctx.data, &g.occupation), r.name)
                }
                _ => display::role_name(ctx.data, &g.occupation).to_string(),
            };
            s.rows.push(vec![
                display::source_name(ctx.data, &g.source).to_string(),
                occupation,
                percent(g.percent) + &notes.mark(g.note.as_deref()),
                period(g.from_year, g.to_year),
                crate::display::openings(g),
                or_dash(g.baseline_percent.map(percent)),
                g.basis.label().to_string(),
                g.label.clone(),
            ]);
        }
        s.notes
            .push("Baseline: the all-occupations growth rate the source compares with (— where it gives none).".into());
        s.notes.extend(notes.lines());
        s.empty = match role {
            Some(r) if records.is_empty() => super::nothing_for(ctx.data, "gives job growth", Part::Growth, r),
            _ => "No source gives a projection for this selection.".into(),
        };
        vec![s]
    };
    Ok(ctx.out.emit(ctx.w, &records, &records, table)?)
}

pub fn path(ctx: &mut Ctx, args: &PathArgs) -> Result<()> {
    let role = names::role(ctx.data, &args.role)?;
    let sources = names::source_ids(ctx.data, &args.source.ids)?;
    let stages: Vec<_> = ctx.data.paths.iter().filter(|p| p.role == role.id && sources.allows(&p.source)).collect();
    let table = || {
        let headers = ["Source", "Stage", "Level", "Years", "Notes"];
        let mut s = Section::table(format!("Career path: {}", role.name), &headers).optional(&["Level", "Notes"]);
        for p in &stages {
            s.rows.push(vec![
                display::source_name(ctx.data, &p.source).to_string(),
                p.stage.clone(),
                or_dash(p.level.as_deref().map(|l| display::level_name(ctx.data, l))),
                years(p.years.as_ref()),
                p.note.clone().unwrap_or_default(),
            ]);
        }
        if stages.is_empty() {
            s.empty = super::nothing_for(ctx.data, "describes a career path", Part::Paths, role);
        }
        vec![s]
    };
    Ok(ctx.out.emit(ctx.w, &stages, &stages, table)?)
}

pub fn certs(ctx: &mut Ctx, args: &CertsArgs) -> Result<()> {
    let role = args.role.as_deref().map(|r| names::role(ctx.data, r)).transpose()?;
    let sources = names::source_ids(ctx.data, &args.source.ids)?;
    let rows = catalog::certifications(ctx.data, role.map(|r| r.id.as_str()), &sources);
    let table = || {
        let headers = ["Certification", "Vendor", "Named by", "Comes with"];
        let mut s = Section::table("Certifications", &headers).optional(&["Vendor", "Comes with"]);
        let mut notes = crate::render::Footnotes::new(ctx.out.footnotes);
        for r in &rows {
            let named_by: Vec<String> = r.sources.iter().map(|id| display::source_name(ctx.data, id)).collect();
            let marks: String = r.notes.iter().map(|n| notes.mark(Some(&n.note))).collect();
            let name = format!("{}{marks}", r.name);
            s.rows.push(vec![name, or_dash(r.vendor.as_ref()), named_by.join(", "), r.programs.join("\n")]);
        }
        s.notes.extend(notes.lines());
        s.empty = match role {
            Some(r) if rows.is_empty() => {
                super::nothing_for(ctx.data, "names a certification", Part::Certifications, r)
            }
            _ => "No source names a certification for this selection.".into(),
        };
        vec![s]
    };
    Ok(ctx.out.emit(ctx.w, &rows, &rows, table)?)
}

/// Programs and routes; the studies sources quote about education are shown
/// beside them in tables, and in `sources --format json` (JSON arrays stay
/// arrays).
pub fn education(ctx: &mut Ctx, args: &EducationArgs) -> Result<()> {
    let sources = names::source_ids(ctx.data, &args.source.ids)?;
    let allowed = |source: &str| sources.allows(source);
    let programs: Vec<&Program> = ctx.data.education.iter().filter(|p| allowed(&p.source)).collect();
    let statistics: Vec<&Statistic> = ctx.data.statistics.iter().filter(|x| allowed(&x.source)).collect();
    let sections = || {
        let mut sections = vec![programs_section(ctx.data, &programs)];
        if !statistics.is_empty() {
            sections.push(statistics_section(ctx.data, &statistics));
        }
        sections
    };
    Ok(ctx.out.emit(ctx.w, &programs, &programs, sections)?)
}

fn programs_section(data: &Dataset, programs: &[&Program]) -> Section {
    let headers = ["Source", "Program or route", "Kind", "Cost", "Time", "Courses"];
    let mut s = Section::table("Education", &headers).optional(&["Courses", "Kind", "Time"]);
    let mut quoted = false;
    for p in programs {
        let mut cost = match (p.cost_usd, &p.cost_per) {
            (Some(0), _) => "free".to_string(),
            (Some(c), Some(per)) => format!("{} per {per}", usd(c)),
            (Some(c), None) => usd(c),
            (None, _) => "—".into(),
        };
        if p.certifications_included {
            cost.push_str("; certifications included at no extra cost");
        }
        let courses: Vec<String> = p.courses.iter().map(u16::to_string).collect();
        let name = match &p.provider {
            Some(provider) if !p.name.contains(provider.as_str()) => format!("{} ({provider})", p.name),
            _ => p.name.clone(),
        };
        let courses = if courses.is_empty() { "—".to_string() } else { courses.join(" or ") };
        let source = display::source_name(data, &p.source).to_string();
        let (time, quotes) = program_time(p);
        quoted |= quotes;
        s.rows.push(vec![source, name, p.kind.id().into(), cost, time, courses]);
    }
    if quoted {
        s.notes.push("Time: quoted, the source's words where they say more than the numbers.".into());
    }
    s.empty = "No source describes a program or route for this selection.".into();
    s
}

/// A program's time as a table shows it: the numbers read as what they
/// measure, so a completion share is never taken for a length, then the
/// source's words where they add to them ("of similar programs"); the
/// words alone where the source gives no numbers. True when it quotes.
fn program_time(p: &Program) -> (String, bool) {
    let Some(t) = &p.time else { return (or_dash(p.duration.as_ref()), false) };
    let span = if t.min == t.max { t.min.to_string() } else { format!("{}–{}", t.min, t.max) };
    let unit = if t.max == 1 { singular(t.unit) } else { t.unit.id() };
    let time = format!("{span} {unit}");
    let numbers = match (t.measures, t.share_percent) {
        (TimeMeasure::Length, _) => time,
        (TimeMeasure::Average, _) => format!("{time} on average"),
        (TimeMeasure::Completion, Some(share)) => format!("{share}% finish within {time}"),
        // Validation gives every completion figure its share.
        (TimeMeasure::Completion, None) => format!("finish within {time}"),
    };
    match &p.duration {
        Some(words) if fold(words) != fold(&numbers) => (format!("{numbers} (“{words}”)"), true),
        _ => (numbers, false),
    }
}

/// A unit's name for exactly one of it ("1 year").
fn singular(unit: TimeUnit) -> &'static str {
    let id = unit.id();
    &id[..id.len() - 1]
}

/// Words as compared with the numbers' reading: a hyphen for an en dash,
/// one space for any run, in any case, so "1-2 hours" is not quoted beside
/// "1–2 hours".
fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").replace('–', "-").to_lowercase()
}

fn statistics_section(data: &Dataset, statistics: &[&Statistic]) -> Section {
    let mut s = Section::table("What the studies they cite found", &["Source", "Share", "Of what", "Study", "Year"]);
    for x in statistics {
        let year = x.year.map_or_else(|| "—".to_string(), |y| y.to_string());
        s.rows.push(vec![
            display::source_name(data, &x.source),
            share(x.percent, x.qualifier),
            x.label.clone(),
            x.study.clone(),
            year,
        ]);
    }
    s
}

/// A source in `sources --format json`: its row, and the shares it quotes
/// from studies.
#[derive(Serialize)]
struct SourceJson<'a> {
    #[serde(flatten)]
    row: &'a super::SourceRow<'a>,
    statistics: Vec<&'a Statistic>,
}

pub fn sources(ctx: &mut Ctx, args: &SourcesArgs) -> Result<()> {
    if let Some(name) = &args.source {
        return source(ctx, name);
    }
    let rows = super::source_rows(ctx.data, None);
    let table = || {
        let mut s = super::sources_section(ctx.data, None);
        s.notes.push("Counts are figures of each kind; Skills counts skill mentions across roles.".into());
        vec![s]
    };
    let json: Vec<SourceJson> = rows
        .iter()
        .map(|row| SourceJson { row, statistics: ctx.data.statistics.iter().filter(|x| x.source == row.id).collect() })
        .collect();
    Ok(ctx.out.emit(ctx.w, &json, &rows, table)?)
}

/// `careers sources ID`: one source in full.
fn source(ctx: &mut Ctx, name: &str) -> Result<()> {
    let data = ctx.data;
    let id = names::source(data, name)?.id.clone();
    let rows = super::source_rows(data, Some(std::slice::from_ref(&id)));
    let Some(row) = rows.first() else { return Ok(()) };
    let statistics: Vec<&Statistic> = data.statistics.iter().filter(|x| x.source == id).collect();
    let national = crate::load::official_national();
    let covered = coverage::coverage(data, &national);
    let covers: Vec<&str> = data
        .roles
        .iter()
        .filter(|r| covered.contains(&(id.as_str(), r.id.as_str())))
        .map(|r| r.name.as_str())
        .collect();
    let table = || {
        let c = row.counts;
        let counts = [
            display::count(c.salary, "pay figure", "pay figures"),
            display::count(c.growth, "growth projection", "growth projections"),
            display::count(c.skills, "skill mention", "skill mentions"),
            display::count(c.path, "career stage", "career stages"),
            display::count(c.certifications, "certification", "certifications"),
            display::count(c.education, "program or route", "programs or routes"),
        ];
        let studies: Vec<String> =
            statistics.iter().map(|x| format!("{} {} ({})", share(x.percent, x.qualifier), x.label, x.study)).collect();
        let fields = [
            ("Id", row.id.to_string()),
            ("Title", row.title.to_string()),
            ("Publisher", row.publisher.to_string()),
            ("Author", or_dash(row.author)),
            ("Date", row.date.unwrap_or("not given").to_string()),
            ("Covers", if covers.is_empty() { "—".into() } else { covers.join(", ") }),
            ("Caveats", or_dash(row.note)),
            ("Holds", counts.join(", ")),
            ("Studies it quotes", if studies.is_empty() { "—".into() } else { studies.join("\n") }),
            ("Read from", row.origin.to_string()),
        ];
        let mut s = Section::table(format!("Source: {}", display::source_name(data, &id)), &["Field", "Value"]);
        s.rows = fields.into_iter().map(|(field, value)| vec![field.to_string(), value]).collect();
        vec![s]
    };
    let json = SourceJson { row, statistics: statistics.clone() };
    Ok(ctx.out.emit(ctx.w, &json, &rows, table)?)
}

#[derive(Serialize)]
struct RoleRow<'a> {
    id: &'a str,
    name: &'a str,
    kind: RoleKind,
    aliases: &'a [String],
    /// Occupations the role is part of: their growth applies to it.
    belongs_to: &'a [String],
    /// The occupations its pay is set beside.
    wage_anchor: &'a [String],
    description: &'a str,
    sources: Vec<&'a str>,
    /// What O*NET says the closest occupations do.
    onet: Vec<&'a OnetOccupation>,
}

impl Row for RoleRow<'_> {
    fn columns() -> Vec<String> {
        let onet = OnetOccupation::specimen();
        let kind = RoleKind::Role;
        let row = RoleRow {
            id: "",
            name: "",
            kind,
            aliases: &[],
            belongs_to: &[],
            wage_anchor: &[],
            description: "",
            sources: Vec::new(),
            onet: vec![&onet],
        };
        columns_of(&row)
    }
}

pub fn roles(ctx: &mut Ctx, _: &NoArgs) -> Result<()> {
    let d = ctx.data;
    let national = crate::load::official_national();
    let covered = coverage::coverage(d, &national);
    let onet = crate::load::official_onet();
    // An occupation is its own closest occupation; a role has those it maps to.
    let onet_for = |id: &str| -> Vec<&OnetOccupation> {
        let socs = national.occupations.iter().filter(|o| o.stands_for(id)).map(|o| o.soc.as_str());
        socs.filter_map(|soc| onet.occupations.iter().find(|o| o.soc == soc)).collect()
    };
    let rows: Vec<RoleRow> = d
        .roles
        .iter()
        .map(|r| RoleRow {
            id: &r.id,
            name: &r.name,
            kind: r.kind,
            aliases: &r.aliases,
            belongs_to: &r.belongs_to,
            wage_anchor: &r.wage_anchor,
            description: &r.description,
            sources: d
                .sources
                .iter()
                .map(|s| s.id.as_str())
                .filter(|s| covered.contains(&(*s, r.id.as_str())))
                .collect(),
            onet: onet_for(&r.id),
        })
        .collect();
    let table = || {
        let headers = ["Id", "Name", "Kind", "Aliases", "Belongs to", "Pay set beside", "Sources"];
        let mut s =
            Section::table("Roles and occupations", &headers).optional(&["Belongs to", "Pay set beside", "Aliases"]);
        for r in &rows {
            let kind = if r.kind == RoleKind::Role { "role" } else { "occupation" };
            let (id, name, kind) = (r.id.to_string(), r.name.to_string(), kind.to_string());
            let (within, anchor) = (r.belongs_to.join(", "), r.wage_anchor.join(", "));
            s.rows.push(vec![id, name, kind, r.aliases.join(", "), within, anchor, r.sources.join(", ")]);
        }
        s.notes.push("Occupations are the broader groups official statistics measure; their figures are never shown as a role's own.".into());
        s.notes.push(
            "Belongs to: the occupations a role is part of, whose growth applies to it. Pay set beside: the \
             occupations whose BLS wages the role's pay is compared with (its wage anchor)."
                .into(),
        );
        let roles: Vec<&str> = rows.iter().filter(|r| r.kind == RoleKind::Role).map(|r| r.id).collect();
        vec![s, super::onet_section(d, &roles, &onet)]
    };
    Ok(ctx.out.emit(ctx.w, &rows, &rows, table)?)
}

#[derive(Serialize)]
struct AreaRow<'a> {
    code: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    name: &'a str,
}

impl Row for AreaRow<'_> {
    fn columns() -> Vec<String> {
        columns_of(&AreaRow { code: "", kind: "", name: "" })
    }
}

/// `careers areas [QUERY]`: the areas with official figures.
pub fn areas(ctx: &mut Ctx, args: &AreasArgs) -> Result<()> {
    let query = args.query.as_deref();
    let all = crate::load::official_areas();
    let rows: Vec<AreaRow> = places::matching(&all.areas, query.unwrap_or(""))
        .into_iter()
        .map(|(_, a)| AreaRow { code: &a.code, kind: a.kind.label(), name: &a.name })
        .collect();
    let table = || {
        let mut s = Section::table("Areas with official statistics (BLS OEWS)", &["Code", "Type", "Name"]);
        for r in &rows {
            s.rows.push(vec![r.code.into(), r.kind.into(), r.name.into()]);
        }
        s.notes.push(format!(
            "{} of {} areas. Use a name with `careers salary ROLE --area NAME`.",
            rows.len(),
            all.areas.len()
        ));
        s.empty = format!(
            "No area's name has a word starting '{}'; `careers areas` lists all {}.",
            crate::text::quoted(query.unwrap_or_default().trim()),
            all.areas.len()
        );
        vec![s]
    };
    Ok(ctx.out.emit(ctx.w, &rows, &rows, table)?)
}
