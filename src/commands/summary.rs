//! The cross-source summary as a table, for every command that shows one
//! (`salary`, `compare`): the same claims, the same votes, the same words.

use crate::data::model::{Dataset, Salary};
use crate::data::official::{Cell, Cpi, National};
use crate::display::{self, usd};
use crate::query::official::Selection;
use crate::query::{salary, summary};
use crate::render::Section;

/// The summary of `figures`, one row per role and level: national figures
/// only unless `local` (an area was asked for), set beside the BLS median
/// of `official`'s area or the nation's.
pub fn section(
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
                Some(r) => r.applied_to(s),
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
        &[
            "Role",
            "Level",
            "Voting sources",
            "Claims",
            "Lowest source",
            "Median source",
            "Highest source",
            "Stated",
            "Years",
            "BLS median",
        ],
    )
    // How many sources stand behind a row is kept to the last: one
    // Glassdoor figure must not read as a consensus.
    .optional(&["Claims", "Years", "BLS median", "Stated"]);
    // The summary is not in the JSON yet: it joins the contract with #29.
    s.table_only = true;
    let mut beside = Vec::new();
    let rows = summary::rows(data, &kept);
    let mut rows_roles: Vec<&str> = rows.iter().map(|r| r.role.as_str()).collect();
    rows_roles.dedup();
    for row in &rows {
        let (role, level) = (display::role_name(data, &row.role), display::level_name(data, &row.level));
        let real = cpi.is_some();
        let vote = |v: Option<&summary::Vote>| v.map_or("—".to_string(), |v| vote_text(v, real));
        let mixed = if row.mixed_measures().is_empty() { "" } else { " *" };
        let (low, middle, high) = match (row.voting(), row.middle) {
            (0, _) => ("—".into(), "—".into(), "—".into()),
            (1, _) => ("—".into(), format!("{}{mixed}", vote(row.low())), "—".into()),
            (_, Some(m)) => (vote(row.low()), format!("{}{mixed}", plus(m, row.middle_open)), vote(row.high())),
            // Two votes: no middle, so the mark goes on the high end.
            (_, None) => (vote(row.low()), "—".into(), format!("{}{mixed}", vote(row.high()))),
        };
        let (lo, hi, open) = row.stated;
        let stated = if lo == hi { plus(lo as f64, open) } else { format!("{}–{}", usd(lo), plus(hi as f64, open)) };
        let years = match (row.years, row.undated) {
            (None, _) => "none stated".to_string(),
            (Some((a, b)), 0) if a == b => a.to_string(),
            (Some((a, b)), 0) => format!("{a}–{b}"),
            (Some((a, b)), n) if a == b => format!("{a}, {n} undated"),
            (Some((a, b)), n) => format!("{a}–{b}, {n} undated"),
        };
        // The row's middle, its one value, or (two votes) both ends.
        let values: Vec<f64> = match (row.middle, row.low(), row.high()) {
            (Some(m), _, _) => vec![m],
            (None, Some(lo), Some(hi)) if row.voting() == 2 => vec![lo.value, hi.value],
            (None, Some(v), _) => vec![v.value],
            _ => Vec::new(),
        };
        let mut anchor = anchor(&national, wages, &row.role, &values);
        if local && official.and_then(Selection::place).is_none() && anchor != "—" {
            // No BLS area for the place asked for: the yardstick is national.
            anchor.push_str("\n(national)");
        }
        let sources = format!("{} of {}", row.voting(), row.sources);
        let claims = row.claims.to_string();
        s.rows.push(vec![role.into(), level.into(), sources, claims, low, middle, high, stated, years, anchor]);
        beside.extend(beside_notes(data, row, &format!("{role}, {level}"), cpi.is_some()));
    }
    s.notes.push(
        "Each source votes once, with the median of its central claims: averages, medians and estimates as \
         stated, a range's midpoint (+ when its top is open), a quoted distribution's median (else its mean). \
         Voting sources counts them among the sources with any claim. The lowest, median and highest source \
         are those votes, not the range pay spans (Stated is): with one voting source its vote is shown as the \
         median, with two both ends and no median. * marks a row whose votes mix kinds of value. Floors, ceilings and tails (\"top performers\") \
         bound pay but never move low, middle or high; Stated is the lowest and highest amount any claim gives, \
         a distribution's outer percentiles included."
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
         experience levels together, so only a rough yardstick for one level: × is the row's middle (its one \
         value, or with two sources both) over it, and the articles' values are mostly averages and estimates \
         of other years. {}.",
        national.release.release,
        beside_whom.join("; ")
    ));
    s.notes.extend(beside);
    if let Some((year, _)) = cpi.and_then(Cpi::latest) {
        s.title = format!("{} in {year} dollars", s.title);
        s.notes.push(format!(
            "Dated claims are in {year} dollars; an undated claim is counted as stated, in the dollars of \
             whenever it was written: † marks a value that rests on one (Years says how many)."
        ));
    }
    if kept.iter().any(|f| f.restates.is_some()) {
        s.notes
            .push("A figure that repeats another of the same source's is listed above but counted once here.".into());
    }
    s
}

/// A source's vote as the table shows it: "+" when it rests on an open top,
/// "mean" when it is a quoted distribution's mean (no median given), "†"
/// in one year's dollars when a claim behind it states no year.
fn vote_text(v: &summary::Vote, real: bool) -> String {
    let mean = matches!(v.claims.as_slice(), [(c, claim)] if claim.is_distribution() && c.measure == summary::Measure::Average);
    let undated = real && v.claims.iter().any(|(_, c)| c.first().year.is_none());
    format!("{}{}{}", plus(v.value, v.open), if mean { " mean" } else { "" }, if undated { " †" } else { "" })
}

/// "$140,000", or "$140,000+" for a value with no ceiling.
fn plus(value: f64, open: bool) -> String {
    format!("{}{}", usd(value.round() as i64), if open { "+" } else { "" })
}

/// The median of the occupations `role` is set beside, with the row's
/// values as multiples of it: "$135,980 ×0.93", "$135,980 ×0.72–0.99", a
/// line per occupation.
fn anchor(national: &National, cells: &[Cell], role: &str, values: &[f64]) -> String {
    let ratios = |m: i64| values.iter().map(|v| format!("{:.2}", v / m as f64)).collect::<Vec<_>>().join("–");
    let medians: Vec<String> = anchor_cells(national, cells, role)
        .filter_map(|c| c.median().amount())
        .map(|m| if values.is_empty() { usd(m) } else { format!("{} ×{}", usd(m), ratios(m)) })
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
    // A claim for several places at once is not this place's alone.
    for v in &row.votes {
        for (_, claim) in v.claims.iter().filter(|(_, c)| c.first().places.len() > 1) {
            let f = claim.first();
            notes.push(format!(
                "{name}: {}'s {} is one claim for {} together, not for one of them alone.",
                source(&f.source),
                display::amount(f),
                f.location.as_deref().unwrap_or_default()
            ));
        }
    }
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
            "{name}: {}'s own claims lie far apart, {} against {}; it votes with the median of its {} central \
             claims ({}), {}.",
            source(vote.source),
            claim_text(&hi.1),
            claim_text(&lo.1),
            vote.claims.len(),
            vote.claims.iter().map(|(c, _)| plus(c.value, c.open)).collect::<Vec<_>>().join(", "),
            plus(vote.value, vote.open)
        ));
    }
    if row.votes.len() > 1 {
        // Every value the row's low, middle and high come from, traceable.
        let votes: Vec<String> = row
            .votes
            .iter()
            .map(|v| match v.claims.as_slice() {
                [_] => format!("{} {}", source(v.source), vote_text(v, real)),
                many => format!(
                    "{} {} (median of {})",
                    source(v.source),
                    vote_text(v, real),
                    many.iter().map(|(c, _)| plus(c.value, c.open)).collect::<Vec<_>>().join(", ")
                ),
            })
            .collect();
        notes.push(format!("{name}: votes {}.", votes.join(" · ")));
    }
    if row.spread() {
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
    format!("{} \"{}\" ({}{year}{place})", display::amount_and_kind(f), f.label, display::basis(f))
}
