//! `careers offer AMOUNT ROLE`: where a salary offer stands, on BLS's
//! distribution for the role's occupation and against each article's claims.

use super::Ctx;
use crate::data::model::Salary;
use crate::display;
use crate::error::{Error, Result};
use crate::query::official::{self, Cell, Standing, Value};
use crate::query::{names, salary};
use crate::render::Section;
use serde::Serialize;

#[derive(Serialize)]
struct Offer<'a> {
    amount: i64,
    role: &'a str,
    /// The area asked for; `null` for national figures.
    area: Option<String>,
    official: Vec<OfficialStanding>,
    articles: Vec<ArticleStanding<'a>>,
}

#[derive(Serialize)]
struct OfficialStanding {
    occupation: String,
    soc: String,
    /// Where the figures are from: the area's name, or "national".
    place: String,
    standing: Standing,
    median: Option<i64>,
    /// The offer over the median.
    ratio_to_median: Option<f64>,
}

#[derive(Serialize)]
struct ArticleStanding<'a> {
    #[serde(flatten)]
    figure: &'a Salary,
    standing: &'static str,
    /// With --real: the figure in the latest year's dollars, which the offer
    /// is set against; `null` for an undated figure, set against as stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    real: Option<Option<salary::Real>>,
}

pub fn run(ctx: &mut Ctx, args: &crate::cli::OfferArgs) -> Result<()> {
    let (amount, role, area, levels) = (args.amount, args.role.as_str(), args.area.as_deref(), &args.level);
    let cpi = args.real.then(crate::load::official_cpi);
    let data = ctx.data;
    let role = names::role(data, role)?;
    let n = names::narrowing(data, levels, &[])?;
    let national = crate::load::official_national();
    let (place, code, cells): (Option<String>, Option<String>, Vec<Cell>) = match area {
        None => (None, None, national.cells.clone()),
        Some(q) => {
            let all = crate::load::official_areas();
            let Some((index, found, _)) = official::find_area(&all.areas, q)? else {
                return Err(Error::Usage(format!(
                    "no area matching '{}': `careers areas` lists the areas with official figures",
                    crate::text::quoted(q.trim())
                )));
            };
            let cells = if index == 0 { &national.cells } else { &all.cells };
            let code = Some(found.code.clone());
            (Some(found.name.clone()), code, cells.iter().filter(|c| c.area == index).copied().collect())
        }
    };
    let official = official::occupations_for(&national, std::slice::from_ref(&role.id))
        .into_iter()
        .map(|i| {
            let occupation = &national.occupations[i];
            let cell = cells.iter().find(|c| usize::from(c.occupation) == i);
            let median = cell.and_then(|c| if let Value::Amount(m) = c.values[4] { Some(m) } else { None });
            OfficialStanding {
                occupation: occupation.name.clone(),
                soc: occupation.soc.clone(),
                place: place.clone().unwrap_or_else(|| "national".into()),
                standing: cell.map_or(Standing::Unknown, |c| official::standing(amount, &c.values)),
                median,
                ratio_to_median: median.map(|m| official::ratio(amount, m)),
            }
        })
        .collect();
    // The articles' national figures, and those for a place matching the area.
    let figures = salary::select(data, std::slice::from_ref(&role.id), &n, None, None);
    let articles = figures
        .into_iter()
        .filter(|s| s.location.is_none() || area.is_some_and(|a| salary::in_area(s, a, code.as_deref())))
        .filter_map(|figure| {
            let real = cpi.as_ref().map(|cpi| salary::in_real_dollars(figure, cpi));
            let adjusted = match real.as_ref().and_then(Option::as_ref) {
                Some(r) => r.applied_to(figure),
                None => figure.clone(),
            };
            Some(ArticleStanding { figure, standing: salary::against(amount, &adjusted)?, real })
        })
        .collect();
    let offer = Offer { amount, role: &role.id, area: place, official, articles };
    Ok(ctx.out.emit(ctx.w, &offer, &offer.articles, || sections(data, &offer, &role.name))?)
}

fn sections(data: &crate::data::model::Dataset, offer: &Offer, role: &str) -> Vec<Section> {
    let amount = display::usd(offer.amount);
    let place = offer.area.as_deref().unwrap_or("the nation");
    let mut bls = Section::table(
        format!("{amount} on BLS's pay distribution for the occupation closest to {role} ({place}, May 2025)"),
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
        format!("{amount} against what the articles say {role}s earn"),
        &["Source", "Level", "Figure", "Where", "Source's label", "The offer is"],
    );
    for a in &offer.articles {
        let f = a.figure;
        let year = f.year.map(|y| format!(" ({y})")).unwrap_or_default();
        let real = match &a.real {
            Some(Some(r)) => {
                let adjusted = r.applied_to(f);
                format!("\n≈ {} in {} dollars", display::amount(&adjusted), r.year)
            }
            Some(None) => format!("\nnot adjusted: {}", salary::not_adjusted_because(f)),
            None => String::new(),
        };
        articles.rows.push(vec![
            display::source_name(data, &f.source),
            display::level_name(data, &f.level).to_string(),
            format!("{}{year}{real}", display::amount_and_kind(f)),
            f.location.clone().unwrap_or_else(|| "national".into()),
            f.label.clone(),
            a.standing.to_string(),
        ]);
    }
    articles.empty = format!("No article gives a figure for {role} with the filters given.");
    vec![bls, articles]
}
