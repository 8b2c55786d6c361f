//! How figures read as text in tables: "$110,000–$140,000+", "~$97,000",
//! "2022–2032", "not released".

use crate::data::model::{Dataset, Growth, Qualifier, Salary, SalaryKind, Years, YearsCount};
use crate::data::official::{Release, Value};

/// "1,234,567"
pub fn thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// "$110,000"
pub fn usd(n: i64) -> String {
    match thousands(n).strip_prefix('-') {
        Some(rest) => format!("-${rest}"),
        None => format!("${}", thousands(n)),
    }
}

pub fn ordinal(n: u8) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// The amount as the source gives it: "$110,000–$140,000+", "at least
/// $120,000", "~$97,000", "$40,460 (10th)", "not released".
pub fn amount(s: &Salary) -> String {
    if s.not_released {
        return "not released".into();
    }
    let approx = if s.approximate { "~" } else { "" };
    let plus = if s.open_high { "+" } else { "" };
    let which = s.percentile.map(|p| format!(" ({})", ordinal(p))).unwrap_or_default();
    match (s.kind, s.low, s.high) {
        // Equal ends are one amount, "$50,000", not "$50,000–$50,000".
        (SalaryKind::Range, Some(l), Some(h)) if l != h => format!("{approx}{}–{}{plus}", usd(l), usd(h)),
        (SalaryKind::AtMost, _, Some(h)) => format!("at most {approx}{}", usd(h)),
        // A floor: "well over $120,000", or a top-coded official wage.
        (_, Some(l), None) => format!("at least {approx}{}{which}", usd(l)),
        (_, Some(v), _) => format!("{approx}{}{plus}{which}", usd(v)),
        _ => "—".into(),
    }
}

/// The amount with its statistic where the amount alone does not say it:
/// "$127,000 average", "$187,000 estimate", "$60,000–$85,000".
pub fn amount_and_kind(s: &Salary) -> String {
    let named = matches!(s.kind, SalaryKind::Average | SalaryKind::Mean | SalaryKind::Median | SalaryKind::Estimate);
    if named && !s.not_released { format!("{} {}", amount(s), s.kind.id()) } else { amount(s) }
}

/// An official wage (`dollars`) or count as a table shows it.
pub fn official(value: Value, dollars: bool, release: &Release) -> String {
    match value {
        Value::Amount(a) if dollars => usd(a),
        Value::Amount(a) => thousands(a),
        Value::TopCoded => format!("≥ {}", usd(release.top_coded_at_least)),
        Value::NotReleased => "not released".into(),
        Value::NotApplicable => "n/a".into(),
    }
}

/// What a figure's amount rests on, in words: "Glassdoor", "BLS", or
/// "none cited" for an article that names nothing; a figure of the user's
/// own is theirs, not uncited.
/// Where a figure comes from, as a cell shows it beside the amount:
/// "(Glassdoor, 2024; 0-1 year)".
pub fn provenance(s: &Salary) -> String {
    let year = s.year.map(|y| format!(", {y}")).unwrap_or_default();
    let experience = s.experience.as_deref().map(|e| format!("; {e}")).unwrap_or_default();
    format!("({}{year}{experience})", basis(s))
}

pub fn basis(s: &Salary) -> &'static str {
    match (s.origin, s.basis) {
        (crate::data::model::Origin::UserFile, crate::data::model::Basis::Own) => "your own",
        (_, basis) => basis.label(),
    }
}

/// "25%", "2.5%", "-3.25%": at most two decimals, and never "-0%".
pub fn percent(p: f64) -> String {
    let rounded = (p * 100.0).round() / 100.0;
    let rounded = if rounded == 0.0 { 0.0 } else { rounded };
    format!("{rounded}%")
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
    match g.openings_per_year {
        None => "—".into(),
        Some(n) => qualified(&thousands(n), g.openings_qualifier.unwrap_or_default()),
    }
}

/// "~19,000", "17,900+", "over 5", "nearly 70%".
fn qualified(n: &str, q: Qualifier) -> String {
    match q {
        Qualifier::Exact => n.to_string(),
        Qualifier::About => format!("~{n}"),
        Qualifier::AtLeast => format!("{n}+"),
        Qualifier::Over => format!("over {n}"),
        Qualifier::Nearly => format!("nearly {n}"),
    }
}

/// A share as the source words it: "nearly 70%".
pub fn share(p: f64, q: Qualifier) -> String {
    qualified(&percent(p), q)
}

/// A stage's years and what they count: "~1–2 years in the stage", "over 5
/// years of experience"; — for none.
pub fn years(y: Option<&Years>) -> String {
    let Some(y) = y else { return "—".into() };
    let span = match (y.min, y.max) {
        (Some(a), Some(b)) => format!("{a}–{b}"),
        (Some(a), None) if y.qualifier == Qualifier::Exact => format!("{a}+"),
        (Some(a), None) => a.to_string(),
        (None, Some(b)) => format!("up to {b}"),
        (None, None) => return "—".into(),
    };
    let counts = match y.counts {
        YearsCount::InStage => "in the stage",
        YearsCount::Experience => "of experience",
    };
    format!("{} years {counts}", qualified(&span, y.qualifier))
}

/// The text, or — where there is none.
pub fn or_dash(s: Option<impl ToString>) -> String {
    s.map_or_else(|| "—".to_string(), |s| s.to_string())
}

/// The publisher's name for a source id, as tables show it (ids stay in JSON
/// and CSV); a source from the user's own files says so in words, so it
/// can never pass for a built-in one.
pub fn source_name(data: &Dataset, id: &str) -> String {
    match data.source(id) {
        Some(s) if s.user_file => format!("{} (your file)", s.id),
        Some(s) => s.publisher.clone(),
        None => id.to_string(),
    }
}

/// A role's or occupation's name for its id.
pub fn role_name<'a>(data: &'a Dataset, id: &'a str) -> &'a str {
    data.role(id).map_or(id, |r| r.name.as_str())
}

/// A level's name for its id.
pub fn level_name<'a>(data: &'a Dataset, id: &'a str) -> &'a str {
    data.level(id).map_or(id, |l| l.name.as_str())
}

/// "1 figure", "6 figures".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::salary::tests::figure;

    #[test]
    fn dollars_have_thousands_separators() {
        assert_eq!(usd(1_234_567), "$1,234,567");
        assert_eq!(usd(97_000), "$97,000");
        assert_eq!(usd(999), "$999");
        assert_eq!(usd(1_000), "$1,000");
        assert_eq!(usd(0), "$0");
        assert_eq!(usd(-1_500), "-$1,500");
        assert_eq!(usd(i64::MIN), "-$9,223,372,036,854,775,808");
    }

    #[test]
    fn percents_have_at_most_two_decimals_and_no_negative_zero() {
        assert_eq!(percent(25.0), "25%");
        assert_eq!(percent(-0.0), "0%");
        assert_eq!(percent(-0.001), "0%");
        assert_eq!(percent(13.333333333333334), "13.33%");
        assert_eq!(percent(1e-300), "0%");
    }

    #[test]
    fn amounts_read_as_the_source_states_them() {
        let mut open = figure(SalaryKind::Range, Some(110_000), Some(140_000));
        open.open_high = true;
        assert_eq!(amount(&open), "$110,000–$140,000+");
        assert_eq!(amount(&figure(SalaryKind::AtLeast, Some(120_000), None)), "at least $120,000");
        let mut about = figure(SalaryKind::Average, Some(97_000), Some(97_000));
        about.approximate = true;
        assert_eq!(amount(&about), "~$97,000");
        let mut p = figure(SalaryKind::Percentile, Some(40_460), Some(40_460));
        p.percentile = Some(10);
        assert_eq!(amount(&p), "$40,460 (10th)");
    }

    #[test]
    fn a_range_with_equal_ends_is_one_amount_keeping_its_marks() {
        assert_eq!(amount(&figure(SalaryKind::Range, Some(50_000), Some(50_000))), "$50,000");
        let mut marked = figure(SalaryKind::Range, Some(50_000), Some(50_000));
        (marked.approximate, marked.open_high) = (true, true);
        assert_eq!(amount(&marked), "~$50,000+");
    }
}
