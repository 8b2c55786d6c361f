//! `careers switch FROM TO`: what a move from one role to another keeps,
//! asks for and pays, from each source, and how thin the evidence is.

use super::Ctx;
use crate::cli::SwitchArgs;
use crate::data::model::{Dataset, PathStage, Salary};
use crate::display;
use crate::error::{Error, Result};
use crate::query::names::IdFilter;
use crate::query::official::{self, AreaRef, Cell, National};
use crate::query::skills::{self, SkillRow};
use crate::query::{names, salary};
use crate::render::Section;
use serde::Serialize;
use std::collections::HashMap;

/// Everything a switch shows; serialised as is for JSON.
#[derive(Serialize)]
struct Switch<'a> {
    from: &'a str,
    to: &'a str,
    /// The area `--area` named, whose medians `official` gives beside the nation's; `null` without it.
    area: Option<AreaRef>,
    /// Skills named for both roles, with the sources naming each for `to`.
    carried: Vec<&'a SkillRow<'a>>,
    /// Skills named for `to` only, most widely named first.
    to_learn: Vec<&'a SkillRow<'a>>,
    pay: Vec<PayRow<'a>>,
    /// The cross-source summary of both roles' national figures, as `salary` gives it.
    summary: &'a [super::summary::Record<'a>],
    official: Vec<OfficialMedian>,
    stages: Vec<&'a PathStage>,
    /// The sources behind each side.
    evidence: Evidence<'a>,
}

/// One source's figures for one level, the two roles side by side.
#[derive(Serialize)]
struct PayRow<'a> {
    level: &'a str,
    source: &'a str,
    from: Vec<&'a Salary>,
    to: Vec<&'a Salary>,
    /// The source's vote for each role at the level, as in the summary: the
    /// median of its central claims.
    from_value: Option<super::summary::Amount>,
    to_value: Option<super::summary::Amount>,
    /// To less from, between the one pair of the source's claims (one for
    /// each role) that differ in nothing but their wording (see `no_change`).
    change: Option<i64>,
    change_percent: Option<f64>,
    /// Why no change is worked out, when none is.
    no_change: Option<NoChange>,
}

/// Why a source's two figures give no change: a change between unlike
/// claims would be a difference of sources in disguise.
#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "kebab-case")]
enum NoChange {
    /// The source gives a central figure for one role only.
    OneSide,
    /// A value rests on a range with no top.
    OpenTop,
    /// No single pair of like claims: the source's claims for a role are
    /// several, and none or more than one of them matches the other side's.
    SeveralClaims,
    /// The two claims differ in basis, year, experience bracket or kind of figure.
    UnlikeClaims,
}

impl NoChange {
    fn words(self) -> &'static str {
        match self {
            NoChange::OneSide => "a figure for one role only",
            NoChange::OpenTop => "an open top",
            NoChange::SeveralClaims => "several claims on a side",
            NoChange::UnlikeClaims => "unlike claims",
        }
    }
}

/// `switch --format csv`: one row per figure, `pair` linking the figures of
/// one source and level that a change is worked from.
#[derive(Serialize)]
struct CsvRow<'a> {
    pair: usize,
    side: &'static str,
    #[serde(flatten)]
    figure: &'a Salary,
    change: Option<i64>,
    change_percent: Option<f64>,
}

impl crate::render::Row for CsvRow<'_> {
    fn columns() -> Vec<String> {
        use crate::render::Specimen;
        let figure = &Salary::specimen();
        crate::render::columns_of(&CsvRow { pair: 0, side: "", figure, change: None, change_percent: None })
    }
}

#[derive(Serialize)]
struct OfficialMedian {
    role: String,
    occupation: String,
    soc: String,
    national_median: Option<i64>,
    area_median: Option<i64>,
    /// The BLS release both medians are from ("May 2025").
    release: String,
}

#[derive(Serialize)]
struct Evidence<'a> {
    skills_from: Vec<&'a str>,
    skills_to: Vec<&'a str>,
    pay_from: Vec<&'a str>,
    pay_to: Vec<&'a str>,
}

pub fn run(ctx: &mut Ctx, args: &SwitchArgs) -> Result<()> {
    let (levels, area) = (&args.level, args.area.as_deref());
    let data = ctx.data;
    let (from, to) = (names::role(data, &args.from)?.id.as_str(), names::role(data, &args.to)?.id.as_str());
    if from == to {
        return Err(Error::Usage(format!("switch needs two different roles; both name '{from}'")));
    }
    let n = names::narrowing(data, levels, &[])?;
    let onet = crate::load::official_onet();
    let (mine, mut theirs) =
        (skills::ranked(data, from, &IdFilter::default()), skills::ranked(data, to, &IdFilter::default()));
    skills::mark_hot(&mut theirs, &onet);
    let carried = theirs.iter().filter(|t| mine.iter().any(|m| m.skill == t.skill)).collect();
    let to_learn = theirs.iter().filter(|t| !mine.iter().any(|m| m.skill == t.skill)).collect();
    let figures = salary::select(data, &[from.to_string(), to.to_string()], &n, None, None);
    let national: Vec<&Salary> = figures.into_iter().filter(|s| s.location.is_none()).collect();
    let summary = super::summary::Summary::new(data, &national, None, false, None);
    let national_wages = crate::load::official_national();
    let local = area.map(|q| official::Local::named(&national_wages, q)).transpose()?;
    let switch = Switch {
        from,
        to,
        carried,
        to_learn,
        pay: pay_rows(data, &national, from, to),
        summary: &summary.records,
        official: official_medians(&national_wages, &[from, to], local.as_ref()),
        area: local.as_ref().map(|l| AreaRef::of(&l.area)),
        stages: data.paths.iter().filter(|p| p.role == to).collect(),
        evidence: Evidence {
            skills_from: skills::listing_sources(data, from, &IdFilter::default()),
            skills_to: skills::listing_sources(data, to, &IdFilter::default()),
            pay_from: sources_of(&national, from),
            pay_to: sources_of(&national, to),
        },
    };
    let sections = || {
        let mut all = sections(data, &switch, local.as_ref(), &national_wages.release.release);
        all.insert(3, summary.section(data));
        let described = super::onet_section(data, &[from, to], &onet);
        if switch.carried.iter().chain(&switch.to_learn).any(|s| s.onet_hot_technology.is_some()) {
            all[1].notes.push(super::hot_note(&onet, !described.rows.is_empty()));
        }
        all.push(described);
        all
    };
    let mut rows: Vec<CsvRow> = Vec::new();
    for (i, r) in switch.pay.iter().enumerate() {
        let sides = r.from.iter().map(|f| ("from", *f)).chain(r.to.iter().map(|f| ("to", *f)));
        rows.extend(sides.map(|(side, figure)| CsvRow {
            pair: i + 1,
            side,
            figure,
            change: r.change,
            change_percent: r.change_percent,
        }));
    }
    Ok(ctx.out.emit(ctx.w, &switch, &rows, sections)?)
}

/// The sources with a figure for `role`, each once, in order.
fn sources_of<'a>(figures: &[&'a Salary], role: &str) -> Vec<&'a str> {
    let mut seen = std::collections::HashSet::new();
    figures.iter().filter(|f| f.role == role && seen.insert(f.source.as_str())).map(|f| f.source.as_str()).collect()
}

/// Per level and source, the figures for each role and, where the source
/// votes for both, the change between its two votes.
fn pay_rows<'a>(data: &'a Dataset, figures: &[&'a Salary], from: &str, to: &str) -> Vec<PayRow<'a>> {
    let mut rows = Vec::new();
    // Grouped once: a scan of every figure per level and source would grow
    // with the square of the user's data.
    let mut groups: HashMap<(&str, &str, &str), Vec<&'a Salary>> = HashMap::new();
    for f in figures {
        groups.entry((f.role.as_str(), f.level.as_str(), f.source.as_str())).or_default().push(f);
    }
    // The same votes the summary counts.
    let rows_of = crate::query::summary::rows(data, figures);
    let mut votes: HashMap<(&str, &str, &str), &crate::query::summary::Vote> = HashMap::new();
    for r in &rows_of {
        for v in &r.votes {
            votes.insert((r.role, r.level, v.source), v);
        }
    }
    let amount =
        |v: &crate::query::summary::Vote| super::summary::Amount { value: v.value.round() as i64, open: v.open };
    for level in &data.levels {
        for source in &data.sources {
            let (level_id, source_id) = (level.id.as_str(), source.id.as_str());
            let here = |role: &str| -> Vec<&'a Salary> {
                groups.get(&(role, level_id, source_id)).cloned().unwrap_or_default()
            };
            let (mine, theirs) = (here(from), here(to));
            if mine.is_empty() && theirs.is_empty() {
                continue;
            }
            let vote = |role: &str| votes.get(&(role, level_id, source_id)).copied();
            let (va, vb) = (vote(from), vote(to));
            let (a, b) = (va.map(amount), vb.map(amount));
            // The one pair of like claims, one for each role, a change is
            // worked from: the votes when each side is one claim, else the
            // only pair of the source's claims that differ in wording alone.
            let like = |x: &Salary, y: &Salary| {
                salary::differences(x, y).iter().all(|d| matches!(*d, "wording" | "approximate or exact"))
            };
            let (pair, no_change) = match (va, vb) {
                (Some(x), Some(y)) => {
                    let pairs: Vec<_> = x
                        .claims
                        .iter()
                        .flat_map(|cx| y.claims.iter().map(move |cy| (cx, cy)))
                        .filter(|(cx, cy)| like(cx.1.first(), cy.1.first()))
                        .collect();
                    match pairs.as_slice() {
                        [(cx, cy)] if cx.0.open || cy.0.open => (None, Some(NoChange::OpenTop)),
                        [(cx, cy)] => (Some((cx.0.value.round() as i64, cy.0.value.round() as i64)), None),
                        [] if x.claims.len() == 1 && y.claims.len() == 1 => (None, Some(NoChange::UnlikeClaims)),
                        _ => (None, Some(NoChange::SeveralClaims)),
                    }
                }
                _ => (None, Some(NoChange::OneSide)),
            };
            let change = pair;
            rows.push(PayRow {
                level: &level.id,
                source: &source.id,
                from: mine,
                to: theirs,
                from_value: a,
                to_value: b,
                change: change.map(|(a, b)| b - a),
                change_percent: change.map(|(a, b)| ((b - a) as f64 / a as f64 * 1000.0).round() / 10.0),
                no_change,
            });
        }
    }
    rows
}

/// The official median of each occupation standing in for each role,
/// nationally and in `area`.
fn official_medians(national: &National, roles: &[&str], local: Option<&official::Local>) -> Vec<OfficialMedian> {
    let median = |cells: &[Cell], occupation: usize| {
        let cell = cells.iter().find(|c| usize::from(c.occupation) == occupation)?;
        cell.median().amount()
    };
    let mut out = Vec::new();
    for role in roles {
        for i in official::occupations_for(national, &[role.to_string()]) {
            let occupation = &national.occupations[i];
            out.push(OfficialMedian {
                role: role.to_string(),
                occupation: occupation.name.clone(),
                soc: occupation.soc.clone(),
                national_median: median(&national.cells, i),
                area_median: local.and_then(|l| median(&l.cells, i)),
                release: national.release.release.clone(),
            });
        }
    }
    out
}

fn skill_table(data: &Dataset, title: String, rows: &[&SkillRow], to: &str, empty: &str) -> Section {
    let total = skills::listing_sources(data, to, &IdFilter::default()).len();
    // The count is of the sources listing skills for the new role: the
    // question is what that role asks for.
    let naming = format!("Sources naming it for {}", display::role_name(data, to));
    let mut s = Section::table(title, &["Skill", "Category", naming.as_str()]);
    for r in rows {
        let sources: Vec<String> = r.sources.iter().map(|id| display::source_name(data, id)).collect();
        s.rows.push(vec![
            super::skill_name(r),
            r.category.label().to_string(),
            format!("{}/{total}: {}", r.sources.len(), sources.join(", ")),
        ]);
    }
    s.empty = empty.to_string();
    s
}

fn sections(data: &Dataset, sw: &Switch, local: Option<&official::Local>, release: &str) -> Vec<Section> {
    let (from, to) = (display::role_name(data, sw.from), display::role_name(data, sw.to));
    let none_shared = format!("No article names a skill for both {from} and {to}.");
    let carried = skill_table(data, "Skills you keep: named for both roles".into(), &sw.carried, sw.to, &none_shared);
    let to_learn = skill_table(
        data,
        format!("Skills to learn for {to}, most widely named first"),
        &sw.to_learn,
        sw.to,
        &format!("No article names a skill for {to} that it does not also name for {from}."),
    );
    vec![
        carried,
        to_learn,
        pay_section(data, sw, from, to),
        official_section(sw, from, to, local, release),
        stages(data, sw, to),
        evidence(data, sw, from, to),
    ]
}

fn pay_section(data: &Dataset, sw: &Switch, from: &str, to: &str) -> Section {
    let mut s = Section::table(
        format!("Pay, {from} → {to}, within each source (USD a year)"),
        &["Level", "Source", from, to, "Change"],
    );
    let cell = |figures: &[&Salary], vote: Option<super::summary::Amount>| {
        if figures.is_empty() {
            return "—".to_string();
        }
        let mut lines: Vec<String> =
            figures.iter().map(|f| format!("{} {}", display::amount_and_kind(f), display::provenance(f))).collect();
        if let (Some(v), true) = (vote, figures.len() > 1) {
            lines.push(format!("votes {}{}", display::usd(v.value), if v.open { "+" } else { "" }));
        }
        lines.join("\n")
    };
    for r in &sw.pay {
        let change = match (r.change, r.change_percent) {
            (Some(c), Some(p)) => format!(
                "{}{} ({}{p}%)",
                if c >= 0 { "+" } else { "-" },
                display::usd(c.abs()),
                if p >= 0.0 { "+" } else { "" }
            ),
            _ => match r.no_change {
                Some(why) if !r.from.is_empty() && !r.to.is_empty() => format!("— ({})", why.words()),
                _ => "—".into(),
            },
        };
        s.rows.push(vec![
            display::level_name(data, r.level).to_string(),
            display::source_name(data, r.source),
            cell(&r.from, r.from_value),
            cell(&r.to, r.to_value),
            change,
        ]);
    }
    s.notes.push(
        "A change is worked out only within one source, never across sources, and only between like claims: \
         the one pair of central claims, one for each role (a range's midpoint, an average, an estimate), of \
         the same basis, year, experience bracket and kind of figure, whose tops are not open; where a source \
         has several claims for a role, it is that pair, not the source's vote. Otherwise the cell says why \
         not: a difference between unlike claims would be a difference of measure, year or bracket, not of \
         roles."
            .into(),
    );
    s.empty = format!("No article gives a national figure for {from} or {to} at these levels.");
    s
}

fn official_section(sw: &Switch, from: &str, to: &str, local: Option<&official::Local>, release: &str) -> Section {
    let in_area = local.map(|l| format!("Median in {}", l.area.name));
    let mut headers = vec!["Role", "Occupation (SOC)", "National median"];
    if let Some(h) = &in_area {
        headers.push(h);
    }
    let mut s = Section::table(
        format!("Official medians (BLS OEWS {release}), for the occupation closest to each role"),
        &headers,
    );
    for o in &sw.official {
        let role = if o.role == sw.from { from } else { to };
        let median = |m: Option<i64>| m.map_or("not released".to_string(), display::usd);
        let mut row = vec![role.to_string(), format!("{} ({})", o.occupation, o.soc), median(o.national_median)];
        if local.is_some() {
            row.push(median(o.area_median));
        }
        s.rows.push(row);
    }
    s.notes.extend(local.and_then(|l| super::also_matching_note(&l.area, &l.also_matching)));
    s.notes.push("Roles map to BLS occupations only approximately; each row names the occupation it measures.".into());
    s.empty = "BLS publishes no figures for the occupations closest to these roles.".into();
    s
}

fn stages(data: &Dataset, sw: &Switch, to: &str) -> Section {
    let mut s = Section::table(format!("The path ahead as a {to}"), &["Source", "Stage", "Level", "Years"]);
    for p in &sw.stages {
        let level = display::or_dash(p.level.as_deref().map(|l| display::level_name(data, l)));
        s.rows.push(vec![
            display::source_name(data, &p.source),
            p.stage.clone(),
            level,
            display::years(p.years.as_ref()),
        ]);
    }
    s.empty = format!("No article describes a career path for {to}.");
    s
}

/// How many sources back each side, in words.
fn evidence(data: &Dataset, sw: &Switch, from: &str, to: &str) -> Section {
    let said = |ids: &[&str]| match ids {
        [] => "no source".to_string(),
        _ => format!(
            "{} ({})",
            display::count(ids.len(), "source", "sources"),
            ids.iter().map(|id| display::source_name(data, id)).collect::<Vec<_>>().join(", ")
        ),
    };
    let mut s = Section::text("How much evidence there is");
    // Notes, not text: text is preformatted, and these are prose to wrap.
    s.notes.push(format!(
        "Skills for {from}: {}; for {to}: {}.",
        said(&sw.evidence.skills_from),
        said(&sw.evidence.skills_to)
    ));
    s.notes.push(format!("Pay for {from}: {}; for {to}: {}.", said(&sw.evidence.pay_from), said(&sw.evidence.pay_to)));
    s
}
