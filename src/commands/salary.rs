//! `careers salary`: every pay figure, a cross-source summary, and a chart.

use super::Ctx;
use crate::cli::SalaryArgs;
use crate::data::model::{Dataset, Salary, SalaryKind};
use crate::data::official::Cpi;
use crate::data::official::{Cell, National};
use crate::display::{self, usd};
use crate::error::{Error, Result};
use crate::query::official::{Selection, Value, WAGES};
use crate::query::{names, salary, summary};
use crate::render::Format;
use crate::render::{self, Bar, Section, Shape};

/// A figure as `salary --real` writes it to JSON and CSV.
#[derive(serde::Serialize)]
struct RealFigure<'a> {
    #[serde(flatten)]
    figure: &'a Salary,
    /// `null` when the figure states no year.
    real: Option<salary::Real>,
}

pub fn run(ctx: &mut Ctx, args: &SalaryArgs) -> Result<()> {
    let (roles, levels, sources) = (&args.roles, &args.filter.level, &args.filter.source);
    let (area, chart) = (args.area.as_deref(), args.chart);
    let data = ctx.data;
    if chart && ctx.out.format != Format::Table {
        return Err(Error::Usage("--chart draws in the terminal: use it with --format table".into()));
    }
    let (named, scope) = names::role_scope(data, roles)?;
    let n = names::narrowing(data, levels, sources)?;
    let figures = salary::select(data, &scope, &n, area);
    let official = Selection::select(&named, &n, area)?;
    if let Some(q) = area {
        if official.as_ref().is_none_or(|o| o.area.is_none()) && !data.salaries.iter().any(|s| salary::in_area(s, q)) {
            return Err(Error::Usage(format!(
                "no area matching '{}': `careers areas` lists the areas with official figures",
                crate::text::quoted(q.trim())
            )));
        }
    }
    let official_records = official.as_ref().map(Selection::records).unwrap_or_default();
    // JSON and CSV hold every record, the articles' and the official ones.
    let all: Vec<&Salary> = figures.iter().copied().chain(&official_records).collect();
    let width = ctx.out.width.unwrap_or(100);
    let cpi = args.real.then(crate::load::official_cpi);
    let sections = || {
        let mut sections = vec![figures_section(data, &figures, &named, ctx.out.footnotes, cpi.as_ref())];
        sections.extend(official.as_ref().map(|o| official_section(data, o)));
        sections.push(summary_section(data, &figures, official.as_ref(), area.is_some(), cpi.as_ref()));
        if chart {
            sections.push(chart_section(data, &figures, official.as_ref(), width));
        }
        sections
    };
    match &cpi {
        Some(cpi) => {
            let real: Vec<RealFigure> =
                all.iter().map(|f| RealFigure { figure: f, real: salary::in_real_dollars(f, cpi) }).collect();
            Ok(ctx.out.emit(ctx.w, &real, &real, sections)?)
        }
        None => Ok(ctx.out.emit(ctx.w, &all, &all, sections)?),
    }
}

/// One row per figure; `named` are the roles asked for, so rows for their
/// broader occupations can be pointed out.
fn figures_section(
    data: &Dataset,
    figures: &[&Salary],
    named: &[String],
    footnotes: bool,
    cpi: Option<&Cpi>,
) -> Section {
    let mut notes = render::Footnotes::new(footnotes);
    let mut table = Section::table(
        "Salary figures (USD a year)",
        &["Source", "Role", "Level", "Amount", "Basis", "Where", "Source's label"],
    )
    .optional(&["Where", "Basis", "Source's label"]);
    for s in figures {
        let basis = match s.year {
            Some(year) => format!("{} {year}", s.basis.label()),
            None => s.basis.label().to_string(),
        };
        let place = s.location.clone().unwrap_or_else(|| "national".into());
        let (source, role) = (display::source_name(data, &s.source), display::role_name(data, &s.role));
        let level = display::level_name(data, &s.level);
        let mut amount = display::amount_and_kind(s) + &notes.mark(s.note.as_deref());
        if let Some(cpi) = cpi {
            amount.push('\n');
            amount.push_str(&match salary::in_real_dollars(s, cpi) {
                Some(r) => format!(
                    "≈ {} in {} dollars",
                    display::amount(&Salary { low: r.low, high: r.high, ..(*s).clone() }),
                    r.year
                ),
                None => format!("not adjusted: {}", salary::not_adjusted_because(s)),
            });
        }
        table.rows.push(vec![source, role.into(), level.into(), amount, basis, place, s.label.clone()]);
    }
    table.notes.extend(notes.lines());
    if let Some(cpi) = cpi {
        table.notes.push(cpi_note(cpi, figures));
    }
    table.empty = "No source gives a figure for this selection.".into();
    let shown: std::collections::HashSet<&str> = figures.iter().map(|f| f.source.as_str()).collect();
    let mut files: Vec<&str> = data
        .sources
        .iter()
        .filter(|s| s.user_file && shown.contains(s.id.as_str()))
        .map(|s| s.origin.as_str())
        .collect();
    files.dedup();
    if !files.is_empty() {
        table.notes.push(format!("(your file) marks figures from your own data files: {}.", files.join(", ")));
    }
    let mut broader: Vec<&str> = figures
        .iter()
        .map(|s| s.role.as_str())
        .filter(|r| !named.is_empty() && !named.iter().any(|n| n == r))
        .map(|r| display::role_name(data, r))
        .collect();
    broader.dedup();
    if !broader.is_empty() {
        table.notes.push(format!(
            "Rows for {} are broader occupations that include the role, kept apart from its own figures.",
            broader.join(", ")
        ));
    }
    table
}

/// One row per occupation: employment, mean and percentiles, nationally or
/// in the area asked for.
fn official_section(data: &Dataset, o: &Selection) -> Section {
    let r = &o.national.release;
    let place = match o.place() {
        Some(a) => format!("{}, {}", a.name, a.kind.label()),
        None => "national".to_string(),
    };
    let mut s = Section::table(
        format!("Official statistics: BLS OEWS {} ({place}), USD a year", r.release),
        &["Occupation (SOC)", "Closest roles", "Employment", "Mean", "10th", "25th", "Median", "75th", "90th"],
    )
    .optional(&["25th", "75th", "Closest roles", "Mean", "Employment"]);
    for cell in &o.cells {
        let occ = &o.national.occupations[usize::from(cell.occupation)];
        let mut row = vec![
            format!("{} ({})", occ.name, occ.soc),
            if occ.roles.is_empty() {
                "—".into()
            } else {
                occ.roles.iter().map(|r| display::role_name(data, r)).collect::<Vec<_>>().join(", ")
            },
        ];
        row.extend(cell.values.iter().take(WAGES.end).enumerate().map(|(i, v)| display::official(*v, i > 0, r)));
        s.rows.push(row);
    }
    s.empty = "BLS publishes no figures for these occupations in this area.".into();
    if let Some(area) = o.area.as_ref().filter(|_| !o.also_matching.is_empty()) {
        let others: Vec<String> =
            o.also_matching.iter().map(|a| format!("{} ({}, code {})", a.name, a.kind.label(), a.code)).collect();
        let verb = if others.len() == 1 { "matches" } else { "match" };
        s.notes.push(format!(
            "'{}' is the {}; {} also {verb}: give its name or code for it.",
            area.name,
            area.kind.label(),
            others.join("; ")
        ));
    }
    s.notes.push("Roles map to BLS occupations only approximately; each row names the occupation it measures.".into());
    s.notes.push(format!(
        "Source: {}, {} release, published {}; retrieved {} via {}. {}",
        r.publisher, r.release, r.published, r.retrieved, r.package, r.notice
    ));
    s
}

fn summary_section(
    data: &Dataset,
    figures: &[&Salary],
    official: Option<&Selection>,
    local: bool,
    cpi: Option<&Cpi>,
) -> Section {
    // Place-specific figures describe one city's market, not the country's;
    // mixing them in would let one expensive city move the national summary.
    let kept: Vec<&Salary> = figures.iter().copied().filter(|s| local || s.location.is_none()).collect();
    // In one year's dollars every claim still counts: an undated one is
    // taken as stated, and the row says how many were.
    let adjusted: Vec<Salary> = cpi.map_or_else(Vec::new, |cpi| {
        kept.iter()
            .map(|s| match salary::in_real_dollars(s, cpi) {
                Some(r) => Salary { low: r.low, high: r.high, ..(*s).clone() },
                None => (*s).clone(),
            })
            .collect()
    });
    let kept: Vec<&Salary> = if cpi.is_some() { adjusted.iter().collect() } else { kept };
    let national = crate::load::official_national();
    let wages: &[Cell] = match official.filter(|o| o.area.is_some()) {
        Some(o) => &o.cells,
        None => &national.cells,
    };
    let anchor_place = official.and_then(Selection::place).map_or("national".to_string(), |a| a.name.clone());
    let mut s = Section::table(
        if local { "Summary across sources (this area)" } else { "Summary across sources (national figures)" },
        &["Role", "Level", "Sources", "Claims", "Low", "Middle", "High", "Stated", "Years", "BLS median"],
    )
    .optional(&["Claims", "Years", "BLS median", "Sources", "Stated"]);
    // The summary is not in the JSON yet: it joins the contract with #29.
    s.table_only = true;
    let mut beside = Vec::new();
    let rows = summary::rows(data, &kept);
    let mut rows_roles: Vec<&str> = rows.iter().map(|r| r.role.as_str()).collect();
    rows_roles.dedup();
    for row in &rows {
        let (role, level) = (display::role_name(data, &row.role), display::level_name(data, &row.level));
        let vote = |v: Option<&summary::Vote>| v.map_or("—".to_string(), |v| plus(v.value, v.open));
        let (low, middle, high) = match row.voting() {
            0 => ("—".into(), "—".into(), "—".into()),
            1 => ("—".into(), vote(row.low()), "—".into()),
            _ => (vote(row.low()), row.middle.map_or("—".to_string(), |m| usd(m.round() as i64)), vote(row.high())),
        };
        let middle = if row.mixed_measures().is_empty() { middle } else { format!("{middle} *") };
        let (lo, hi, open) = row.stated;
        let stated = if lo == hi { plus(lo as f64, open) } else { format!("{}–{}", usd(lo), plus(hi as f64, open)) };
        let years = match (row.years, row.undated) {
            (None, _) => "none stated".to_string(),
            (Some((a, b)), 0) if a == b => a.to_string(),
            (Some((a, b)), 0) => format!("{a}–{b}"),
            (Some((a, b)), n) if a == b => format!("{a}, {n} undated"),
            (Some((a, b)), n) => format!("{a}–{b}, {n} undated"),
        };
        let anchor = anchor(&national, wages, &row.role, row.middle.or(row.low().map(|v| v.value)));
        let sources = format!("{}, {} voting", row.sources, row.voting());
        let claims = row.claims.to_string();
        s.rows.push(vec![role.into(), level.into(), sources, claims, low, middle, high, stated, years, anchor]);
        beside.extend(beside_notes(data, row, &format!("{role}, {level}"), cpi.is_some()));
    }
    s.notes.push(
        "Each source votes once, with the median of its central claims: averages, medians and estimates as \
         stated, a range's midpoint (+ when its top is open), a quoted distribution's median (else its mean). \
         Low and high are the lowest and highest source; the middle is their median, from three voting sources \
         up. * marks a row whose votes mix kinds of value. Floors, ceilings and tails (\"top performers\") \
         bound pay but never move low, middle or high; Stated is the lowest and highest amount any claim gives."
            .into(),
    );
    let mut beside_whom: Vec<String> = Vec::new();
    for role in rows_roles.iter() {
        let names: Vec<String> = anchor_cells(&national, wages, role)
            .map(|c| {
                let o = &national.occupations[usize::from(c.occupation)];
                format!("{} ({})", o.name, o.soc)
            })
            .collect();
        if !names.is_empty() {
            beside_whom.push(format!("{} beside {}", display::role_name(data, role), names.join(" and ")));
        }
    }
    s.notes.push(format!(
        "BLS median: the {} median wage ({anchor_place}) of the occupation each role is set beside, for all \
         experience levels together, so only a rough yardstick for one level; × is the row's middle (or its one \
         value) over it. {}.",
        national.release.release,
        beside_whom.join("; ")
    ));
    s.notes.extend(beside);
    if let Some((year, _)) = cpi.and_then(Cpi::latest) {
        s.title = format!("{} in {year} dollars", s.title);
        s.notes.push(format!(
            "Dated claims are in {year} dollars; an undated claim is counted as stated, in the dollars of \
             whenever it was written (Years says how many)."
        ));
    }
    if kept.iter().any(|f| f.restates.is_some()) {
        s.notes
            .push("A figure that repeats another of the same source's is listed above but counted once here.".into());
    }
    s
}

/// "$140,000", or "$140,000+" for a value with no ceiling.
fn plus(value: f64, open: bool) -> String {
    format!("{}{}", usd(value.round() as i64), if open { "+" } else { "" })
}

/// The median of the occupations `role` is set beside, with the row's
/// value as a multiple of it: "$135,980 ×0.93", a line per occupation.
fn anchor(national: &National, cells: &[Cell], role: &str, value: Option<f64>) -> String {
    let medians: Vec<String> = anchor_cells(national, cells, role)
        .filter_map(|c| c.median().amount())
        .map(|m| format!("{}{}", usd(m), value.map(|v| format!(" ×{:.2}", v / m as f64)).unwrap_or_default()))
        .collect();
    if medians.is_empty() { "—".into() } else { medians.join("\n") }
}

/// The cells of the occupations `role` is set beside, in `cells`.
fn anchor_cells<'a>(national: &'a National, cells: &'a [Cell], role: &'a str) -> impl Iterator<Item = &'a Cell> {
    cells.iter().filter(move |c| national.occupations[usize::from(c.occupation)].stands_for(role))
}

/// The lines under the summary for one row: what bounds it, what its
/// distributions span, where its sources disagree.
fn beside_notes(data: &Dataset, row: &summary::Row, name: &str, real: bool) -> Vec<String> {
    let source = |id: &str| display::source_name(data, id);
    let mut notes = Vec::new();
    if !row.bounds.is_empty() {
        let listed: Vec<String> =
            row.bounds.iter().map(|f| format!("{} ({})", display::amount(f), source(&f.source))).collect();
        notes.push(format!("{name}: beside the summary, bounds and tails: {}.", listed.join("; ")));
    }
    for d in &row.distributions {
        let mut shown: Vec<&Salary> = d.figures.clone();
        shown.sort_by_key(|f| (f.percentile.unwrap_or(50), f.low));
        let parts: Vec<String> = shown.iter().map(|f| display::amount_and_kind(f)).collect();
        let year = d.first().year.map(|y| format!(", {y}")).unwrap_or_default();
        notes.push(format!(
            "{name}: {} quotes one distribution ({}{year}), counted as one claim: {}.",
            source(&d.first().source),
            d.first().basis.label(),
            parts.join(", ")
        ));
    }
    for vote in row.votes.iter().filter(|v| v.split()) {
        let (lo, hi) = (&vote.claims[0], &vote.claims[vote.claims.len() - 1]);
        notes.push(format!(
            "{name}: {}'s own claims lie far apart, {} against {}; it votes with their median, {}.",
            source(vote.source),
            claim_text(&hi.1),
            claim_text(&lo.1),
            plus(vote.value, vote.open)
        ));
    }
    if row.spread() && !real {
        let (lo, hi) = (row.low().expect("a spread has votes"), row.high().expect("a spread has votes"));
        let behind = |v: &summary::Vote| v.claims.iter().map(|(_, c)| claim_text(c)).collect::<Vec<_>>().join("; ");
        let differ = salary::differences(lo.claims[0].1.first(), hi.claims[hi.claims.len() - 1].1.first());
        notes.push(format!(
            "{name}: wide spread between sources: {} gives {} ({}), {:.1} times {}'s {} ({}). They differ in {}.",
            source(hi.source),
            plus(hi.value, hi.open),
            behind(hi),
            hi.value / lo.value,
            source(lo.source),
            plus(lo.value, lo.open),
            behind(lo),
            match differ.split_last() {
                None => "nothing the data records".to_string(),
                Some((last, [])) => last.to_string(),
                Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
            },
        ));
    }
    let mixed = row.mixed_measures();
    if !mixed.is_empty() {
        let kinds: Vec<&str> = mixed.iter().map(|m| m.label()).collect();
        notes.push(format!("{name} *: the votes mix {}.", kinds.join(", ")));
    }
    notes
}

/// A claim as the notes quote it: `~$160,000 average, "label" (Indeed, 2025)`.
fn claim_text(c: &summary::Claim) -> String {
    let f = c.first();
    let year = f.year.map(|y| format!(", {y}")).unwrap_or_default();
    let place = f.location.as_deref().map(|p| format!(", {p}")).unwrap_or_default();
    format!("{} \"{}\" ({}{year}{place})", display::amount_and_kind(f), f.label, f.basis.label())
}

/// The index values `--real` used, for the years the figures state.
fn cpi_note(cpi: &Cpi, figures: &[&Salary]) -> String {
    let mut years: Vec<i32> = figures.iter().filter_map(|f| f.year).filter(|y| cpi.index(*y).is_some()).collect();
    years.extend(cpi.latest().map(|(y, _)| y));
    years.sort_unstable();
    years.dedup();
    let used: Vec<String> = years.iter().filter_map(|y| cpi.index(*y).map(|v| format!("{y} {v}"))).collect();
    format!(
        "≈ figures multiply each bound by the CPI of the latest year over the CPI of the figure's year, rounded to the dollar. CPI-U annual averages used ({}, {}, via {}): {}.",
        cpi.release.series,
        cpi.release.publisher,
        cpi.release.package,
        used.join(", ")
    )
}

/// Every figure as a bar on one shared dollar axis, grouped by level, under
/// the official 10th–90th percentile band of each occupation shown.
fn chart_section(data: &Dataset, figures: &[&Salary], official: Option<&Selection>, width: u16) -> Section {
    let several_roles = figures.iter().any(|f| f.role != figures[0].role);
    // "Software developers", not "Software developers (BLS occupation)": labels are short.
    let short = |role: &str| display::role_name(data, role).split(" (").next().unwrap_or(role).to_string();
    let mut bars: Vec<Bar> = official.map(|o| official_bars(data, o)).unwrap_or_default();
    for level in &data.levels {
        for f in figures.iter().filter(|f| f.level == level.id) {
            let Some((low, high)) = salary::bounds(f) else { continue };
            let mut label = display::source_name(data, &f.source).to_string();
            if several_roles {
                label = format!("{label}, {}", short(&f.role));
            }
            if let Some(place) = &f.location {
                label = format!("{label} @{place}");
            }
            let shape = match f.kind {
                SalaryKind::AtLeast => Shape::AtLeast,
                SalaryKind::AtMost => Shape::AtMost,
                _ => Shape::Range { open_top: f.open_high },
            };
            bars.push(Bar { group: level.name.clone(), label, low, high, shape });
        }
    }
    render::chart("Spread of figures (one shared axis)", &bars, width)
}

/// The official 10th–90th band and median of each occupation shown, where
/// BLS released all three.
fn official_bars(data: &Dataset, o: &Selection) -> Vec<Bar> {
    let place = o.place().map_or("national".to_string(), |a| a.name.clone());
    let group = format!("Official (BLS, {place}, all levels)");
    o.cells
        .iter()
        .filter_map(|cell| {
            let [_, _, Value::Amount(low), _, Value::Amount(median), _, Value::Amount(high), _, _] = cell.values else {
                return None;
            };
            let occupation = &o.national.occupations[usize::from(cell.occupation)];
            let label = display::role_name(data, &occupation.id).split(" (").next().unwrap_or_default().to_string();
            Some(Bar { group: group.clone(), label, low, high, shape: Shape::Band { median } })
        })
        .collect()
}
