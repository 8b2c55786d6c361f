//! `careers offer AMOUNT ROLE`: where a salary offer stands, on BLS's
//! distribution for the role's occupation and against each article's claims.

use super::{Ctx, RealFigure};
use crate::cli::{OfferArgs, OfferPart};
use crate::data::model::Salary;
use crate::display;
use crate::error::Result;
use crate::query::official::{self, AreaRef, Cell, Standing};
use crate::query::{names, salary, summary};
use crate::render::Section;
use serde::Serialize;

#[derive(Serialize)]
struct Offer<'a> {
    amount: i64,
    role: &'a str,
    /// The area asked for; `null` for national figures.
    area: Option<AreaRef>,
    official: Vec<OfficialStanding>,
    /// One per claim: a quoted distribution is one claim, a restatement none.
    articles: Vec<ArticleStanding<'a>>,
    /// Per level, the offer beside the sources' votes in the summary.
    summary: Vec<SummaryStanding<'a>>,
}

#[derive(Serialize)]
struct OfficialStanding {
    occupation: String,
    soc: String,
    /// Where the figures are from: the area asked for, or the nation.
    area: AreaRef,
    /// The BLS release they are from ("May 2025").
    release: String,
    standing: Standing,
    median: Option<i64>,
    /// The offer over the median.
    ratio_to_median: Option<f64>,
}

#[derive(Serialize)]
struct ArticleStanding<'a> {
    source: &'a str,
    level: &'a str,
    /// The claim's figures: one, or a distribution's percentiles and mean.
    figures: Vec<RealFigure<'a>>,
    /// Against the claim as stated, or with `--real` in the latest year's
    /// dollars (an undated claim as stated).
    standing: summary::Standing,
}

/// The offer beside one level's summary row.
#[derive(Serialize)]
struct SummaryStanding<'a> {
    level: &'a str,
    voting: usize,
    /// Voting sources whose value is below the offer, and above it.
    below: usize,
    /// Votes resting on an open top ("$125,000+") stated below the offer:
    /// the source's pay may be above it or not.
    unclear: usize,
    /// Votes equal to the offer, so the four counts add up to `voting`.
    equal: usize,
    above: usize,
    /// The summary's middle (see `salary`), and the offer over it.
    middle: Option<super::summary::Amount>,
    ratio_to_middle: Option<f64>,
}

/// One CSV row per figure of a claim, the claim's number and standing beside.
#[derive(Serialize)]
struct CsvRow<'a> {
    claim: usize,
    #[serde(flatten)]
    figure: &'a RealFigure<'a>,
    standing: summary::Standing,
}

impl crate::render::Row for OfficialStanding {
    fn columns() -> Vec<String> {
        let area = AreaRef::specimen();
        let specimen = OfficialStanding {
            occupation: String::new(),
            soc: String::new(),
            area,
            release: String::new(),
            standing: Standing::About(0),
            median: Some(0),
            ratio_to_median: Some(0.0),
        };
        crate::render::columns_of(&specimen)
    }
}

impl crate::render::Row for SummaryStanding<'_> {
    fn columns() -> Vec<String> {
        let middle = Some(super::summary::Amount { value: 0, open: false });
        let specimen = SummaryStanding {
            level: "",
            voting: 0,
            below: 0,
            unclear: 0,
            equal: 0,
            above: 0,
            middle,
            ratio_to_middle: Some(0.0),
        };
        crate::render::columns_of(&specimen)
    }
}

impl crate::render::Row for CsvRow<'_> {
    fn columns() -> Vec<String> {
        use crate::render::Specimen;
        let figure = RealFigure { figure: &Salary::specimen(), real: None };
        crate::render::columns_of(&CsvRow { claim: 0, figure: &figure, standing: Specimen::specimen() })
    }
}

pub fn run(ctx: &mut Ctx, args: &OfferArgs) -> Result<()> {
    let (amount, role, area, levels) = (args.amount, args.role.as_str(), args.area.as_deref(), &args.level);
    let cpi = args.real.then(crate::load::official_cpi);
    let data = ctx.data;
    let role = names::role(data, role)?;
    let n = names::narrowing(data, levels, &[])?;
    let national = crate::load::official_national();
    let local = area.map(|q| official::Local::named(&national, q)).transpose()?;
    let note = local.as_ref().and_then(|l| super::also_matching_note(&l.area, &l.also_matching));
    let (place, cells): (Option<AreaRef>, Vec<Cell>) = match local {
        None => (None, national.cells.clone()),
        Some(l) => (Some(AreaRef::of(&l.area)), l.cells),
    };
    let code = place.as_ref().map(|a| a.code.clone());
    let official_area = place.clone().unwrap_or_else(|| AreaRef::of(&national.nation));
    let official = official::occupations_for(&national, std::slice::from_ref(&role.id))
        .into_iter()
        .map(|i| {
            let occupation = &national.occupations[i];
            let cell = cells.iter().find(|c| usize::from(c.occupation) == i);
            let median = cell.and_then(|c| c.median().amount());
            OfficialStanding {
                occupation: occupation.name.clone(),
                soc: occupation.soc.clone(),
                area: official_area.clone(),
                release: national.release.release.clone(),
                standing: cell.map_or(Standing::Unknown, |c| official::standing(amount, &c.values)),
                median,
                ratio_to_median: median.map(|m| official::ratio(amount, m)),
            }
        })
        .collect();
    // The articles' national figures, and those for a place matching the area.
    let figures = salary::select(data, std::slice::from_ref(&role.id), &n, None, None);
    let here: Vec<&Salary> = figures
        .into_iter()
        .filter(|s| s.location.is_none() || area.is_some_and(|a| salary::in_area(s, a, code.as_deref())))
        .collect();
    let counted = super::summary::counted(&here, true, cpi.as_ref());
    let counted: Vec<&Salary> = counted.iter().map(|c| c.as_ref()).collect();
    // The claims as stated, and the same claims as the offer is set against them.
    let claims = summary::claims(&here).into_iter().zip(summary::claims(&counted));
    let articles: Vec<ArticleStanding> = claims
        .filter_map(|(stated, adjusted)| {
            Some(ArticleStanding {
                source: &stated.first().source,
                level: &stated.first().level,
                standing: summary::standing(amount, &adjusted)?,
                figures: stated.figures.iter().map(|f| RealFigure::new(f, cpi.as_ref())).collect(),
            })
        })
        .collect();
    // The summary is of national claims alone, as `salary`'s is: pooling
    // one city's claim into a source's national vote would be neither.
    let national_claims = super::summary::counted(&here, false, cpi.as_ref());
    let national_claims: Vec<&Salary> = national_claims.iter().map(|c| c.as_ref()).collect();
    let summary = super::summary::Summary::new(data, &national_claims, None, false, cpi.as_ref());
    let summary = summary
        .records
        .iter()
        .map(|r| SummaryStanding {
            level: r.level,
            voting: r.voting,
            // An open-topped value below the offer may yet be above it.
            below: r.votes.iter().filter(|v| v.value < amount && !v.open).count(),
            unclear: r.votes.iter().filter(|v| v.value < amount && v.open).count(),
            equal: r.votes.iter().filter(|v| v.value == amount).count(),
            above: r.votes.iter().filter(|v| v.value > amount).count(),
            middle: r.middle,
            ratio_to_middle: r.middle.map(|m| official::ratio(amount, m.value)),
        })
        .collect();
    let offer = Offer { amount, role: &role.id, area: place, official, articles, summary };
    let rows: Vec<CsvRow> = offer
        .articles
        .iter()
        .enumerate()
        .flat_map(|(i, a)| a.figures.iter().map(move |figure| CsvRow { claim: i + 1, figure, standing: a.standing }))
        .collect();
    let real_year = cpi.as_ref().and_then(|c| c.latest()).map(|(y, _)| y);
    let latest_cpi = crate::load::official_cpi().latest().map(|(y, _)| y);
    let sections = || {
        let mut all = sections(data, &offer, &role.name, &national.release.release, real_year, latest_cpi);
        // Under the BLS table, whose figures are the area's.
        all[0].notes.extend(note.clone());
        all
    };
    Ok(match args.part {
        OfferPart::Claims => ctx.out.emit(ctx.w, &offer, &rows, sections),
        OfferPart::Official => ctx.out.emit(ctx.w, &offer, &offer.official, sections),
        OfferPart::Summary => ctx.out.emit(ctx.w, &offer, &offer.summary, sections),
    }?)
}

/// `real_year`: with `--real`, the year whose dollars the claims are in;
/// `latest_cpi`: the CPI's latest year, to say when `--real` would matter.
fn sections(
    data: &crate::data::model::Dataset,
    offer: &Offer,
    role: &str,
    release: &str,
    real_year: Option<i32>,
    latest_cpi: Option<i32>,
) -> Vec<Section> {
    let amount = display::usd(offer.amount);
    let place = offer.area.as_ref().map_or("the nation", |a| a.name.as_str());
    let mut bls = Section::table(
        format!(
            "{amount} on BLS's pay distribution for the occupation closest to {role} ({place}, {release}, all \
             experience levels together)"
        ),
        &["Occupation (SOC)", "Where it stands", "Median", "Offer ÷ median"],
    );
    for o in &offer.official {
        let standing = match o.standing {
            Standing::BelowTenth => "below the 10th percentile".to_string(),
            Standing::AboveNinetieth => "above the 90th percentile".to_string(),
            Standing::About(p) => format!("about the {} percentile", display::ordinal(p)),
            Standing::Above(p) => format!("above the {} percentile (the next is not published)", display::ordinal(p)),
            Standing::Unknown => "not placed: BLS released too little".to_string(),
        };
        let median = o.median.map_or("not released".to_string(), display::usd);
        let ratio = o.ratio_to_median.map_or("—".to_string(), |r| format!("{r:.2}×"));
        bls.rows.push(vec![format!("{} ({})", o.occupation, o.soc), standing, median, ratio]);
    }
    bls.notes.push("A percentile is read linearly between the two published percentiles around the offer (10th, 25th, median, 75th, 90th); below the 10th and above the 90th nothing more is published, so nothing is guessed.".into());
    bls.empty = format!("BLS publishes no figures for the occupation closest to {role} in {place}.");
    let mut articles = Section::table(
        format!("{amount} against each article's claims about pay for {role}"),
        &["Source", "Level", "Figure", "Where", "Source's label", "The offer is"],
    );
    for a in &offer.articles {
        // A distribution reads from its lowest percentile up.
        let mut figures: Vec<&RealFigure> = a.figures.iter().collect();
        figures.sort_by_key(|rf| (rf.figure.percentile.unwrap_or(50), rf.figure.low));
        let lines: Vec<String> = figures
            .iter()
            .map(|rf| {
                let f = rf.figure;
                let year = f.year.map(|y| format!(" ({y})")).unwrap_or_default();
                let real = match &rf.real {
                    Some(Some(r)) => format!("\n≈ {} in {} dollars", display::amount(&r.applied_to(f)), r.year),
                    Some(None) => format!("\nnot adjusted: {}", salary::not_adjusted_because(f)),
                    None => String::new(),
                };
                format!("{}{year}{real}", display::amount_and_kind(f))
            })
            .collect();
        let first = a.figures[0].figure;
        // Each figure's own words, in the order its amounts are listed.
        let mut labels: Vec<&str> = figures.iter().map(|rf| rf.figure.label.as_str()).collect();
        labels.dedup();
        articles.rows.push(vec![
            display::source_name(data, a.source),
            display::level_name(data, a.level).to_string(),
            lines.join("\n"),
            first.location.clone().unwrap_or_else(|| "national".into()),
            labels.join("\n"),
            standing_text(&a.standing),
        ]);
    }
    articles.empty = format!("No article gives a figure for {role} with the filters given.");
    let oldest = offer.articles.iter().flat_map(|a| &a.figures).filter_map(|f| f.figure.year).min();
    if let (None, Some(latest), Some(oldest)) = (real_year, latest_cpi, oldest) {
        if oldest < latest {
            articles.notes.push(format!(
                "The figures are in the dollars of their own years (from {oldest}); `--real` sets the offer \
                 against them in {latest} dollars."
            ));
        }
    }
    if offer.articles.iter().any(|a| a.figures.len() > 1) {
        articles.notes.push(
            "A distribution a source quotes is one claim: the offer is placed on it as on BLS's, between the \
             percentiles it states."
                .into(),
        );
    }
    let dollars = real_year.map(|y| format!(", in {y} dollars")).unwrap_or_default();
    let mut summary = Section::table(
        format!("{amount} beside the summary across sources (national claims{dollars})"),
        &[
            "Level",
            "Voting sources",
            "Below the offer",
            "Open top below it",
            "Equal to it",
            "Above it",
            "Median source",
            "Offer ÷ median",
        ],
    )
    .optional(&["Open top below it", "Equal to it"]);
    for r in &offer.summary {
        // Over a median with no ceiling the ratio is at most what it shows.
        let open = r.middle.is_some_and(|m| m.open);
        summary.rows.push(vec![
            display::level_name(data, r.level).to_string(),
            r.voting.to_string(),
            r.below.to_string(),
            r.unclear.to_string(),
            r.equal.to_string(),
            r.above.to_string(),
            r.middle.map_or("—".into(), |m| format!("{}{}", display::usd(m.value), if m.open { "+" } else { "" })),
            r.ratio_to_middle.map_or("—".into(), |x| format!("{}{x:.2}×", if open { "≤" } else { "" })),
        ]);
    }
    summary.notes.push(
        "Each source votes once, with the median of its central claims for the level, as in `careers salary`; \
         the median source is given with one voting source or from three up. A vote stated with an open top \
         (\"$125,000+\") below the offer may be above it, so it is counted apart; a ratio over such a median \
         is an upper bound (≤)."
            .into(),
    );
    summary.empty = format!("No article gives a central figure for {role} with the filters given.");
    vec![bls, summary, articles]
}

/// A standing in words: "within its range", "about the 40th percentile of its distribution".
fn standing_text(s: &summary::Standing) -> String {
    use summary::{Against, Position};
    let of = match s.against {
        _ if s.position == Position::AboveOpenTop => {
            return "at or above its stated top, which is open: it may lie within".into();
        }
        Against::Range => "its range",
        Against::Figure => "it",
        Against::Floor => "its floor",
        Against::Ceiling => "its ceiling",
        Against::Distribution => match (s.position, s.percentile) {
            (_, Some(p)) => return format!("about the {} percentile of its distribution", display::ordinal(p)),
            (Position::Within, None) => return "between its lowest and highest stated percentiles".into(),
            (Position::Below, None) => return "below its lowest stated percentile".into(),
            _ => return "above its highest stated percentile".into(),
        },
    };
    let position = match s.position {
        Position::Below => "below",
        Position::Equal => "equal to",
        Position::Within => "within",
        Position::Above | Position::AboveOpenTop => "above",
    };
    format!("{position} {of}")
}
