//! `careers salary`: every pay figure, a cross-source summary, and a chart.

use super::Ctx;
use crate::cli::{Filter, Format};
use crate::data::model::{Dataset, Salary, SalaryKind};
use crate::figures::{self, usd};
use crate::official;
use crate::par;
use crate::render::{ROWS_PER_THREAD, Section};
use crate::resolve::{self, UsageError, allows};
use std::borrow::Cow;
use std::fmt::Write as _;

/// The role ids a list of names stands for, and the same with each role's
/// broader occupations added (shown separately, never as the role's own).
pub fn role_scope(data: &Dataset, names: &[String]) -> Result<(Vec<String>, Vec<String>), UsageError> {
    let roles = resolve::ids(data, names, resolve::role, |r| r.id.as_str())?;
    let mut scope = roles.clone();
    for id in &roles {
        for b in data.roles.iter().filter(|r| r.id == *id).flat_map(|r| r.broader.iter()) {
            if !scope.iter().any(|s| s == b) {
                scope.push(b.to_string());
            }
        }
    }
    Ok((roles, scope))
}

pub struct Narrowing {
    pub levels: Vec<String>,
    pub sources: Vec<String>,
}

pub fn narrowing(data: &Dataset, filter: &Filter) -> Result<Narrowing, UsageError> {
    Ok(Narrowing {
        levels: resolve::ids(data, &filter.level, resolve::level, |l| l.id.as_str())?,
        sources: resolve::ids(data, &filter.source, resolve::source, |s| s.id.as_str())?,
    })
}

/// Figures in the dataset's role, level and source order.
pub fn sorted<'a>(data: &Dataset, mut figures: Vec<&'a Salary>) -> Vec<&'a Salary> {
    let roles = figures::Ranks::new(data.roles.iter().map(|r| r.id.as_str()));
    let levels = figures::Ranks::new(data.levels.iter().map(|l| l.id.as_str()));
    let sources = figures::Ranks::new(data.sources.iter().map(|s| s.id.as_str()));
    // One integer a figure, so sorting 70,000 of them compares machine words:
    // 16 bits of role, 16 of level, 24 of source (ranks past a field's
    // range tie, which no real data set comes near), and national first.
    let field = |rank: usize, bits: u32| rank.min((1 << bits) - 1) as u64;
    let key = |s: &&Salary| {
        field(roles.of(&s.role), 16) << 41
            | field(levels.of(&s.level), 16) << 25
            | field(sources.of(&s.source), 24) << 1
            | u64::from(s.location.is_some())
    };
    // Stable, so figures keep their file order within a source.
    figures.sort_by_cached_key(key);
    figures
}

fn matches_area(s: &Salary, area: &str) -> bool {
    s.location.as_ref().is_some_and(|l| l.to_lowercase().contains(&area.to_lowercase()))
}

pub fn run(ctx: &mut Ctx, roles: &[String], filter: &Filter, area: Option<&str>, chart: bool) -> anyhow::Result<()> {
    let data = ctx.data;
    if chart && ctx.out.format != Format::Table {
        return Err(UsageError("--chart draws in the terminal: use it with --format table".into()).into());
    }
    let (named, scope) = role_scope(data, roles)?;
    let n = narrowing(data, filter)?;
    let figures: Vec<&Salary> = data
        .salaries
        .iter()
        .filter(|s| allows(&scope, &s.role) && allows(&n.levels, &s.level) && allows(&n.sources, &s.source))
        .filter(|s| area.is_none_or(|a| matches_area(s, a)))
        .collect();
    let figures = sorted(data, figures);
    let official = Official::select(&named, &n, area)?;
    if let Some(q) = area {
        if official.as_ref().is_none_or(|o| o.area.is_none()) && !data.salaries.iter().any(|s| matches_area(s, q)) {
            let shown = crate::data::model::escape_controls(q);
            return Err(UsageError(format!(
                "no area matching '{shown}': `careers areas` lists the areas with official figures"
            ))
            .into());
        }
    }
    let official_records = official.as_ref().map(Official::records).unwrap_or_default();
    // JSON and CSV hold every record, the articles' and the official ones.
    let all: Vec<&Salary> = figures.iter().copied().chain(&official_records).collect();

    let width = ctx.out.width.unwrap_or(100);
    // Sections are built only for the format asked for: a large data set
    // printed as JSON never pays for table rows.
    ctx.emit_list(&all, |format| {
        if format == Format::Csv {
            return vec![figures_section(&all, &named)];
        }
        let mut sections = vec![figures_section(&figures, &named)];
        if let Some(o) = &official {
            sections.push(o.section());
        }
        sections.push(summary_section(data, &figures, area.is_some()));
        if chart {
            sections.push(chart_section(&figures, width));
        }
        sections
    })?;
    Ok(())
}

/// The official rows a salary query shows: national ones, or an area's.
struct Official {
    national: official::National,
    area: Option<official::Area>,
    cells: Vec<official::Cell>,
}

impl Official {
    /// `None` when the level or source filters leave no room for official
    /// figures, which are all-levels figures from one source.
    fn select(roles: &[String], n: &Narrowing, area: Option<&str>) -> Result<Option<Official>, UsageError> {
        let national = official::national();
        if !allows(&n.levels, "all") || !allows(&n.sources, &national.release.source) {
            return Ok(None);
        }
        let wanted = official::occupations_for(&national, roles);
        let keep = |c: &official::Cell| wanted.contains(&usize::from(c.occupation));
        let (area, cells) = match area {
            None => (None, national.cells.iter().copied().filter(keep).collect()),
            Some(q) => {
                let all = official::areas();
                match official::find_area(&all.areas, q)? {
                    None => return Ok(None),
                    Some((index, found)) => {
                        // The nation is area 0; its cells are the national ones.
                        let cells = if index == 0 {
                            national.cells.iter().copied().filter(keep).collect()
                        } else {
                            official::cells_in(index).into_iter().filter(keep).collect()
                        };
                        (Some(found.clone()), cells)
                    }
                }
            }
        };
        Ok(Some(Official { national, area, cells }))
    }

    fn place(&self) -> Option<&official::Area> {
        self.area.as_ref().filter(|a| a.kind != official::AreaKind::Nation)
    }

    fn records(&self) -> Vec<Salary> {
        official::records(&self.national, &self.cells, self.place().map(|a| a.name.as_str()))
    }

    fn section(&self) -> Section<'static> {
        official::section(&self.national, &self.cells, self.area.as_ref())
    }
}

/// One row per figure; `named` are the roles asked for, so rows for their
/// broader occupations can be pointed out.
fn figures_section<'a>(figures: &[&'a Salary], named: &[String]) -> Section<'a> {
    let mut table = Section::table(
        "Salary figures (USD a year)",
        &["Source", "Role", "Level", "Amount", "Basis", "Where", "Source's label"],
    );
    let rows = |run: &[&'a Salary]| -> Vec<Vec<Cow<'a, str>>> {
        run.iter()
            .map(|s| {
                vec![
                    s.source.as_str().into(),
                    s.role.as_str().into(),
                    s.level.as_str().into(),
                    figures::amount_and_kind(s).into(),
                    basis_and_year(s),
                    s.location.as_deref().unwrap_or("national").into(),
                    s.label.as_str().into(),
                ]
            })
            .collect()
    };
    table.rows = par::par_chunks(figures, ROWS_PER_THREAD, rows).into_iter().flatten().collect();
    if figures.is_empty() {
        table.notes.push("No source gives a figure for this selection.".into());
    }
    let mut broader: Vec<&str> = figures
        .iter()
        .map(|s| s.role.as_str())
        .filter(|r| !named.is_empty() && !named.iter().any(|n| n == r))
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

/// "Glassdoor 2024": a cell in every row of a large table, so built without
/// the general formatting machinery.
fn basis_and_year(s: &Salary) -> Cow<'static, str> {
    let Some(year) = s.year else { return s.basis.label().into() };
    let mut text = String::with_capacity(16);
    text.push_str(s.basis.label());
    text.push(' ');
    let _ = write!(text, "{year}");
    text.into()
}

fn summary_section<'a>(data: &Dataset, figures: &[&Salary], local: bool) -> Section<'a> {
    // Place-specific figures describe one city's market, not the country's;
    // mixing them in would let one expensive city move the national summary.
    let kept: Vec<&Salary> = figures.iter().copied().filter(|s| local || s.location.is_none()).collect();
    let mut s = Section::table(
        if local { "Summary across sources (this area)" } else { "Summary across sources (national figures)" },
        &["Role", "Level", "Sources", "Figures", "Lowest bound", "Median of midpoints", "Highest bound"],
    );
    for sum in figures::summarize(data, &kept) {
        s.rows.push(vec![
            sum.role.into(),
            sum.level.into(),
            sum.sources.to_string().into(),
            sum.figures.to_string().into(),
            usd(sum.lowest).into(),
            usd(sum.median_midpoint.round() as i64).into(),
            format!("{}{}", usd(sum.highest), if sum.highest_open { "+" } else { "" }).into(),
        ]);
    }
    s.notes.push("A range counts as its midpoint; a one-sided figure (at least, at most, a single amount) as its bound. + marks an open top.".into());
    s
}

/// Every figure as a bar on one shared dollar axis: ├──┤ a range, ● a single
/// amount, ├──→ a floor with no ceiling, ←──┤ a ceiling.
fn chart_section(figures: &[&Salary], width: u16) -> Section<'static> {
    let mut s = Section { title: "Spread of figures (one shared axis)".into(), ..Section::default() };
    let plotted: Vec<(&Salary, (i64, i64))> =
        figures.iter().filter_map(|f| figures::bounds(f).map(|b| (*f, b))).collect();
    if plotted.is_empty() {
        s.text.push("Nothing to chart.".into());
        return s;
    }
    let step = 10_000;
    let lo = plotted.iter().map(|(_, b)| b.0).min().unwrap_or(0) / step * step;
    let hi = (plotted.iter().map(|(_, b)| b.1).max().unwrap_or(0) + step - 1) / step * step;
    // Room past the highest figure so an open top still shows as a bar.
    let open = plotted.iter().any(|(f, _)| figures::open_above(f));
    let hi = if open { hi + (hi - lo) / 10 / step * step + step } else { hi };
    let hi = if hi <= lo { lo + step } else { hi };
    let labels: Vec<String> = plotted
        .iter()
        .map(|(f, _)| {
            let place = f.location.as_deref().map(|l| format!(" @{l}")).unwrap_or_default();
            format!("{} {} {}{place}", f.source, f.role, f.level)
        })
        .collect();
    let label_w = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0).min(44);
    let bar_w = (usize::from(width).saturating_sub(label_w + 3)).max(20);
    let col = |v: i64| (((v - lo) as f64 / (hi - lo) as f64) * (bar_w - 1) as f64).round() as usize;
    for ((f, (l, h)), label) in plotted.iter().zip(&labels) {
        let mut bar = vec![' '; bar_w];
        let (a, b) = (col(*l), col(*h));
        match f.kind {
            SalaryKind::AtLeast => {
                bar[a..bar_w].iter_mut().for_each(|c| *c = '╌');
                bar[a] = '├';
                bar[bar_w - 1] = '→';
            }
            SalaryKind::AtMost => {
                bar[..=b].iter_mut().for_each(|c| *c = '╌');
                bar[0] = '←';
                bar[b] = '┤';
            }
            _ if a == b => bar[a] = '●',
            _ => {
                bar[a..=b].iter_mut().for_each(|c| *c = '─');
                bar[a] = '├';
                bar[b] = '┤';
                if f.open_high && b + 1 < bar_w {
                    bar[b + 1] = '→';
                }
            }
        }
        let label: String = label.chars().take(label_w).collect();
        s.text.push(format!("{label:<label_w$} │{}", bar.into_iter().collect::<String>().trim_end()));
    }
    let mut axis = vec![' '; bar_w];
    let ticks = [lo, lo + (hi - lo) / 2, hi];
    let texts: Vec<String> = ticks.iter().map(|t| format!("${}k", t / 1000)).collect();
    for (i, (t, text)) in ticks.iter().zip(&texts).enumerate() {
        let start = match i {
            0 => 0,
            2 => bar_w.saturating_sub(text.len()),
            _ => col(*t).saturating_sub(text.len() / 2),
        };
        for (j, c) in text.chars().enumerate() {
            if start + j < bar_w {
                axis[start + j] = c;
            }
        }
    }
    s.text.push(format!("{:label_w$} └{}", "", "─".repeat(bar_w)));
    s.text.push(format!("{:label_w$}  {}", "", axis.into_iter().collect::<String>().trim_end()));
    s.notes.push("├──┤ range   ● single figure   ├╌╌→ at least   ←╌╌┤ at most   → open top".into());
    s
}
