//! `careers salary`: every pay figure, a cross-source summary, and a chart.

use super::{Ctx, RealFigure};
use crate::cli::{SalaryArgs, SalaryPart};
use crate::data::model::{Dataset, Salary, SalaryKind};
use crate::data::official::Cpi;
use crate::display;
use crate::error::{Error, Result};
use crate::query::official::{Selection, Value};
use crate::query::{names, salary, summary};
use crate::render::Format;
use crate::render::{self, Bar, Section, Shape};

/// What `salary --format json` prints.
#[derive(serde::Serialize)]
struct SalaryListing<'a> {
    /// The articles' figures and the user's.
    figures: Vec<RealFigure<'a>>,
    /// BLS's, one row per occupation the roles' pay is set beside, in the area asked for.
    official: &'a [crate::query::official::OfficialRow],
    summary: &'a [super::summary::Record<'a>],
}

pub fn run(ctx: &mut Ctx, args: &SalaryArgs) -> Result<()> {
    let (roles, levels, sources) = (&args.roles, &args.filter.level, &args.filter.source.ids);
    let (area, chart) = (args.area.as_deref(), args.chart);
    let data = ctx.data;
    if chart && ctx.out.format != Format::Table {
        return Err(Error::Usage("--chart draws in the terminal: use it with --format table".into()));
    }
    let (named, scope) = names::role_scope(data, roles)?;
    let n = names::narrowing(data, levels, sources)?;
    let official = Selection::select(&named, &n, area)?;
    let code = official.as_ref().and_then(Selection::place).map(|a| a.code.as_str());
    let figures = salary::select(data, &scope, &n, area, code);
    if let Some(q) = area {
        if official.as_ref().is_none_or(|o| o.area.is_none())
            && !data.salaries.iter().any(|s| salary::in_area(s, q, code))
        {
            return Err(crate::query::places::no_match(&crate::load::official_areas().areas, q));
        }
    }
    let official_rows = official.as_ref().map(Selection::rows).unwrap_or_default();
    let width = ctx.out.width.unwrap_or(100);
    let cpi = args.real.then(crate::load::official_cpi);
    let counted = super::summary::counted(&figures, area.is_some(), cpi.as_ref());
    let counted: Vec<&Salary> = counted.iter().map(|c| c.as_ref()).collect();
    let summary = super::summary::Summary::new(data, &counted, official.as_ref(), area.is_some(), cpi.as_ref());
    let sections = || {
        let mut sections = vec![figures_section(data, &figures, &named, ctx.out.footnotes, cpi.as_ref())];
        sections.extend(official.as_ref().map(|o| official_section(data, o)));
        if official.is_none() && !n.levels.allows("all") {
            // Said, not silent: a reader asking for senior pay looks for BLS's too.
            let mut s = Section::table("", &["Occupation"]);
            s.empty = "Official statistics cover all levels together, so a --level filter leaves them out; \
                       the summary's BLS median still sets each row beside them."
                .into();
            sections.push(s);
        }
        sections.push(summary.section(data));
        if chart {
            sections.push(chart_section(data, &figures, official.as_ref(), width));
        }
        sections
    };
    let listing = SalaryListing {
        figures: figures.iter().map(|f| RealFigure::new(f, cpi.as_ref())).collect(),
        official: &official_rows,
        summary: &summary.records,
    };
    let out = ctx.out;
    Ok(match args.part {
        SalaryPart::Figures => out.emit(ctx.w, &listing, &listing.figures, sections),
        SalaryPart::Summary => out.emit(ctx.w, &listing, listing.summary, sections),
        SalaryPart::Official => out.emit(ctx.w, &listing, listing.official, sections),
    }?)
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
            Some(year) => format!("{} {year}", display::basis(s)),
            None => display::basis(s).to_string(),
        };
        let place = s.location.clone().unwrap_or_else(|| "national".into());
        let (source, role) = (display::source_name(data, &s.source), display::role_name(data, &s.role));
        let level = display::level_name(data, &s.level);
        let mut amount = display::amount_and_kind(s) + &notes.mark(s.note.as_deref());
        if let Some(cpi) = cpi {
            amount.push('\n');
            amount.push_str(&match salary::in_real_dollars(s, cpi) {
                Some(r) => format!("≈ {} in {} dollars", display::amount(&r.applied_to(s)), r.year),
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
        &["Occupation (SOC)", "Pay anchor of", "Employment", "Mean", "10th", "25th", "Median", "75th", "90th"],
    )
    .optional(&["25th", "75th", "Pay anchor of", "Mean", "Employment"]);
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
        // The columns by name, in the headers' order; employment is a count, not dollars.
        use crate::data::official::{EMPLOYMENT, MEAN, MEDIAN, P10, P25, P75, P90};
        row.push(display::official(cell.values[EMPLOYMENT], false, r));
        row.extend([MEAN, P10, P25, MEDIAN, P75, P90].map(|at| display::official(cell.values[at], true, r)));
        s.rows.push(row);
    }
    s.empty = "BLS publishes no figures for these occupations in this area.".into();
    s.notes.extend(o.area.as_ref().and_then(|area| super::also_matching_note(area, &o.also_matching)));
    s.notes.push("Roles map to BLS occupations only approximately; each row names the occupation it measures, and Pay anchor of the roles whose pay is set beside it.".into());
    s.notes.push(format!(
        "Source: {}, {} release, published {}; retrieved {} via {}. {}",
        r.publisher, r.release, r.published, r.retrieved, r.package, r.notice
    ));
    s
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
    let label = |f: &Salary| {
        let mut label = display::source_name(data, &f.source).to_string();
        if several_roles {
            label = format!("{label}, {}", short(&f.role));
        }
        if let Some(place) = &f.location {
            label = format!("{label} @{place}");
        }
        label
    };
    for level in &data.levels {
        let here: Vec<&Salary> = figures.iter().copied().filter(|f| f.level == level.id).collect();
        // A claim a bar: a quoted distribution is drawn as its band, like
        // the official ones, not as a bar per percentile.
        for claim in summary::claims(&here) {
            let percentiles: Vec<(i64, i64)> = claim
                .figures
                .iter()
                .filter(|f| f.kind == SalaryKind::Percentile)
                .filter_map(|f| salary::bounds(f))
                .collect();
            if let (Some(central), true) = (claim.central(), percentiles.len() >= 2) {
                let low = percentiles.iter().map(|p| p.0).min().unwrap_or_default();
                let high = percentiles.iter().map(|p| p.1).max().unwrap_or_default();
                let shape = Shape::Band { median: central.value.round() as i64 };
                bars.push(Bar { group: level.name.clone(), label: label(claim.first()), low, high, shape });
                continue;
            }
            for f in claim.figures {
                let Some((low, high)) = salary::bounds(f) else { continue };
                let shape = match f.kind {
                    SalaryKind::AtLeast => Shape::AtLeast,
                    SalaryKind::AtMost => Shape::AtMost,
                    _ => Shape::Range { open_top: f.open_high },
                };
                bars.push(Bar { group: level.name.clone(), label: label(f), low, high, shape });
            }
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
