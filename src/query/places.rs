//! Places as people name them: the one resolver from what a user typed to a
//! BLS area, for `--area`, `careers areas QUERY` and completion alike, so
//! every command accepts the same spellings and fails with the same hints.

use crate::data::official::{Area, AreaKind};
use crate::error::{Error, Result};

/// The most candidates an ambiguous area lists: an error is a few lines.
const AREAS_LISTED: usize = 10;

/// The most names a "did you mean" offers.
const SUGGESTED: usize = 3;

/// Postal codes of the states, the District and the territories BLS covers.
/// BLS names areas by full state name and metros by postal suffix, so the
/// mapping between the two is not in the data.
const POSTAL: [(&str, &str); 54] = [
    ("AL", "Alabama"),
    ("AK", "Alaska"),
    ("AZ", "Arizona"),
    ("AR", "Arkansas"),
    ("CA", "California"),
    ("CO", "Colorado"),
    ("CT", "Connecticut"),
    ("DE", "Delaware"),
    ("DC", "District of Columbia"),
    ("FL", "Florida"),
    ("GA", "Georgia"),
    ("HI", "Hawaii"),
    ("ID", "Idaho"),
    ("IL", "Illinois"),
    ("IN", "Indiana"),
    ("IA", "Iowa"),
    ("KS", "Kansas"),
    ("KY", "Kentucky"),
    ("LA", "Louisiana"),
    ("ME", "Maine"),
    ("MD", "Maryland"),
    ("MA", "Massachusetts"),
    ("MI", "Michigan"),
    ("MN", "Minnesota"),
    ("MS", "Mississippi"),
    ("MO", "Missouri"),
    ("MT", "Montana"),
    ("NE", "Nebraska"),
    ("NV", "Nevada"),
    ("NH", "New Hampshire"),
    ("NJ", "New Jersey"),
    ("NM", "New Mexico"),
    ("NY", "New York"),
    ("NC", "North Carolina"),
    ("ND", "North Dakota"),
    ("OH", "Ohio"),
    ("OK", "Oklahoma"),
    ("OR", "Oregon"),
    ("PA", "Pennsylvania"),
    ("RI", "Rhode Island"),
    ("SC", "South Carolina"),
    ("SD", "South Dakota"),
    ("TN", "Tennessee"),
    ("TX", "Texas"),
    ("UT", "Utah"),
    ("VT", "Vermont"),
    ("VA", "Virginia"),
    ("WA", "Washington"),
    ("WV", "West Virginia"),
    ("WI", "Wisconsin"),
    ("WY", "Wyoming"),
    ("GU", "Guam"),
    ("PR", "Puerto Rico"),
    ("VI", "Virgin Islands"),
];

/// What people call the nation besides BLS's "National", as normalized words.
const NATION: [&str; 6] = ["nation", "national", "us", "u s", "usa", "united states"];

/// The area a query resolved to, with its index among the areas (the cells'
/// `area`) and the metros whose names also begin with what was typed, which
/// commands name in a note so a user who meant one of them can ask for it.
pub struct Found<'a> {
    pub index: u32,
    pub area: &'a Area,
    pub also_matching: Vec<&'a Area>,
}

/// A name's words, lowercase, without punctuation, with the abbreviations
/// people and BLS write interchangeably made one word.
pub fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| match w.to_lowercase().as_str() {
            "saint" => "st".to_string(),
            "ft" => "fort".to_string(),
            w => w.to_string(),
        })
        .collect()
}

/// An area's name taken apart: the place words ("austin round rock san
/// marcos") and the postal codes of its states, lowercase.
struct Named {
    place: Vec<String>,
    states: Vec<String>,
}

impl Named {
    fn of(area: &Area, areas: &[Area]) -> Named {
        let postal_of = |name: &str| POSTAL.iter().find(|(_, n)| *n == name).map(|(p, _)| p.to_lowercase());
        match area.kind {
            // "Austin-Round Rock-San Marcos, TX", "Washington-…, DC-VA-MD-WV".
            AreaKind::Metro => match area.name.rsplit_once(", ") {
                Some((place, states)) => {
                    Named { place: words(place), states: states.split('-').map(str::to_lowercase).collect() }
                }
                None => Named { place: words(&area.name), states: Vec::new() },
            },
            AreaKind::State | AreaKind::Territory => {
                Named { place: words(&area.name), states: postal_of(&area.name).into_iter().collect() }
            }
            // A non-metropolitan area's code begins with its state's FIPS
            // code, as the state's own code does ("4800005" in "4800000").
            AreaKind::Nonmetro => {
                let state = areas
                    .iter()
                    .find(|s| s.kind != AreaKind::Metro && s.code.ends_with("00000") && s.code[..2] == area.code[..2]);
                Named { place: words(&area.name), states: state.and_then(|s| postal_of(&s.name)).into_iter().collect() }
            }
            AreaKind::Nation => Named { place: words(&area.name), states: Vec::new() },
        }
    }
}

/// How well a query's words match a name's: each query word the start of a
/// name word, in a row. Ordered so the better match is the greater.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Match {
    /// Every query word is a whole name word.
    exact: bool,
    /// The query begins the name.
    at_start: bool,
    /// The query is the whole name.
    whole: bool,
}

fn run_match(q: &[String], name: &[String]) -> Option<Match> {
    if q.is_empty() || q.len() > name.len() {
        return None;
    }
    (0..=name.len() - q.len())
        .filter(|&at| q.iter().zip(&name[at..]).all(|(q, w)| w.starts_with(q.as_str())))
        .map(|at| {
            let exact = q.iter().zip(&name[at..]).all(|(q, w)| q == w);
            Match { exact, at_start: at == 0, whole: exact && q.len() == name.len() }
        })
        .max()
}

/// How `q` matches an area: its words in the place's name, optionally
/// followed by postal codes of the area's states ("Austin TX", "Albany,
/// GA"). `q` of postal codes alone matches every area in those states,
/// which a listing wants and resolution handles before this.
fn area_match(q: &[String], named: &Named) -> Option<Match> {
    let is_postal = |w: &String| w.len() == 2 && POSTAL.iter().any(|(p, _)| p.eq_ignore_ascii_case(w));
    let trailing = q.iter().rev().take_while(|w| is_postal(w)).count();
    (0..=trailing)
        .filter_map(|k| {
            let (head, tail) = q.split_at(q.len() - k);
            if !tail.iter().all(|t| named.states.contains(t)) {
                return None;
            }
            if head.is_empty() {
                return Some(Match { exact: true, at_start: false, whole: false });
            }
            run_match(head, &named.place)
        })
        .max()
}

fn digits(q: &str) -> bool {
    !q.is_empty() && q.bytes().all(|b| b.is_ascii_digit())
}

/// The area with BLS code `q`, or the metro with CBSA code `q`: BLS writes a
/// metro's 5-digit CBSA code with two leading zeros ("0012420" for 12420).
fn by_code(areas: &[Area], q: &str) -> Option<usize> {
    areas.iter().position(|a| a.code == q || (a.kind == AreaKind::Metro && q.len() == 5 && a.code[2..] == *q))
}

/// Every area `query` matches, in the data's order: what `careers areas
/// QUERY` lists. An empty query matches every area.
pub fn matching<'a>(areas: &'a [Area], query: &str) -> Vec<(u32, &'a Area)> {
    let q = words(query);
    if q.is_empty() {
        return areas.iter().enumerate().map(|(i, a)| (i as u32, a)).collect();
    }
    if digits(query.trim()) {
        return by_code(areas, query.trim()).map(|i| (i as u32, &areas[i])).into_iter().collect();
    }
    let nation = NATION.contains(&q.join(" ").as_str());
    areas
        .iter()
        .enumerate()
        .filter(|(_, a)| (nation && a.kind == AreaKind::Nation) || area_match(&q, &Named::of(a, areas)).is_some())
        .map(|(i, a)| (i as u32, a))
        .collect()
}

/// Whether `typed` begins the area's name, word by word, as completion
/// offers it: "st lo" begins "St. Louis, MO-IL" but not "Stockton-Lodi",
/// since only the word being typed may be unfinished.
pub fn completes(area: &Area, typed: &str) -> bool {
    let (q, name) = (words(typed), words(&area.name));
    // After a space or hyphen the last word is finished too.
    let finished = typed.ends_with(|c: char| !c.is_alphanumeric());
    let Some((last, whole)) = q.split_last() else { return true };
    q.len() <= name.len()
        && whole.iter().zip(&name).all(|(q, w)| q == w)
        && if finished { name[whole.len()] == *last } else { name[whole.len()].starts_with(last.as_str()) }
}

/// The area `query` names, or `None` when none does. A code, a postal code
/// or another name for the nation is that area; then a whole name (so
/// "Washington" is the state though a metro begins with it); then the one
/// area whose words all match whole; then the one area matching at all.
/// Several candidates are a usage error listing them.
pub fn resolve<'a>(areas: &'a [Area], query: &str) -> Result<Option<Found<'a>>> {
    let q = words(query);
    if q.is_empty() {
        return Ok(None);
    }
    let named: Vec<Named> = areas.iter().map(|a| Named::of(a, areas)).collect();
    let found = |index: usize| {
        // The metros a user may have meant instead: those whose name the
        // area's own name begins, and for the District the D.C. metro, which
        // is what many mean by "DC".
        let area = &areas[index];
        let own = &named[index].place;
        let dc = area.kind == AreaKind::State && named[index].states == ["dc"];
        let also_matching = areas
            .iter()
            .zip(&named)
            .filter(|(a, n)| {
                a.kind == AreaKind::Metro
                    && a.code != area.code
                    && (run_match(own, &n.place).is_some_and(|m| m.at_start && m.exact)
                        || dc && n.states.first().is_some_and(|s| s == "dc"))
            })
            .map(|(a, _)| a)
            .collect();
        Some(Found { index: index as u32, area, also_matching })
    };
    let trimmed = query.trim();
    if digits(trimmed) {
        return Ok(by_code(areas, trimmed).and_then(found));
    }
    if NATION.contains(&q.join(" ").as_str()) {
        return Ok(areas.iter().position(|a| a.kind == AreaKind::Nation).and_then(found));
    }
    if let [one] = q.as_slice() {
        if let Some((_, state)) = POSTAL.iter().find(|(p, _)| p.eq_ignore_ascii_case(one)) {
            return Ok(areas.iter().position(|a| a.name == *state).and_then(found));
        }
    }
    let mut matches: Vec<(Match, usize)> =
        named.iter().enumerate().filter_map(|(i, n)| area_match(&q, n).map(|m| (m, i))).collect();
    // Best first, then in the data's order.
    matches.sort_by_key(|&(m, i)| (std::cmp::Reverse(m), i));
    let wholes: Vec<usize> = matches.iter().filter(|(m, _)| m.whole).map(|&(_, i)| i).collect();
    let exacts: Vec<usize> = matches.iter().filter(|(m, _)| m.exact).map(|&(_, i)| i).collect();
    match (wholes.as_slice(), exacts.as_slice(), matches.as_slice()) {
        (_, _, []) => Ok(None),
        ([one], _, _) | ([], [one], _) | ([], [], [(_, one)]) => Ok(found(*one)),
        _ => Err(ambiguous(areas, query, &matches.iter().map(|&(_, i)| i).collect::<Vec<_>>())),
    }
}

/// The usage error for a query several areas match, `candidates` best first.
fn ambiguous(areas: &[Area], query: &str, candidates: &[usize]) -> Error {
    let mut lines: Vec<String> = candidates
        .iter()
        .take(AREAS_LISTED)
        .map(|&i| format!("  {}  {} ({})", areas[i].code, areas[i].name, areas[i].kind.label()))
        .collect();
    if candidates.len() > AREAS_LISTED {
        // The query itself where it can be pasted into a shell as is.
        let q = query.trim();
        let pastable =
            q.len() <= crate::text::QUOTE_MAX && q.chars().all(|c| c.is_alphanumeric() || " -.,".contains(c));
        let name = if !pastable {
            "NAME".into()
        } else if q.contains(' ') {
            format!("'{q}'")
        } else {
            q.into()
        };
        let more = candidates.len() - AREAS_LISTED;
        lines.push(format!("  … and {more} more: `careers areas {name}` lists them"));
    }
    Error::Usage(format!(
        "area '{}' matches {} areas; give more of the name, or a code:\n{}",
        crate::text::quoted(query.trim()),
        candidates.len(),
        lines.join("\n")
    ))
}

/// The names nearest `query` by edit distance, for a "did you mean": each
/// area's name and each of its hyphenated parts is compared, so "Austn"
/// finds Austin-Round Rock-San Marcos. Queries under three letters are
/// abbreviations, which edit distance only guesses at, so they get none.
pub fn nearest<'a>(areas: &'a [Area], query: &str) -> Vec<&'a Area> {
    let q = words(query).join(" ");
    let limit = q.chars().count() / 3;
    if limit == 0 {
        return Vec::new();
    }
    let q_len = q.chars().count();
    let distance = |a: &Area| {
        let place = a.name.rsplit_once(", ").map_or(a.name.as_str(), |(p, _)| p);
        std::iter::once(a.name.as_str())
            .chain(std::iter::once(place))
            .chain(place.split(['-', '/']))
            .map(|part| words(part).join(" "))
            // The distance is at least the difference in length: a part
            // too short or long for the limit is never compared, so a huge
            // argument costs no more than its length.
            .filter(|part| part.chars().count().abs_diff(q_len) <= limit)
            .map(|part| strsim::levenshtein(&q, &part))
            .min()
            .unwrap_or(usize::MAX)
    };
    let mut scored: Vec<(usize, &Area)> = areas.iter().map(|a| (distance(a), a)).filter(|(d, _)| *d <= limit).collect();
    scored.sort_by_key(|(d, _)| *d);
    let best = scored.first().map(|(d, _)| *d);
    scored.into_iter().take_while(|(d, _)| Some(*d) == best).take(SUGGESTED).map(|(_, a)| a).collect()
}

/// The usage error for a query no area matches, with the nearest names.
pub fn no_match(areas: &[Area], query: &str) -> Error {
    let names: Vec<&str> = nearest(areas, query).into_iter().map(|a| a.name.as_str()).collect();
    let hint = match names.as_slice() {
        [] => String::new(),
        [one] => format!("did you mean {one}? "),
        [init @ .., last] => format!("did you mean {} or {last}? ", init.join("; ")),
    };
    Error::Usage(format!(
        "no area matching '{}': {hint}`careers areas` lists the {} areas with official figures",
        crate::text::quoted(query.trim()),
        areas.len()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_drop_punctuation_and_case_and_make_abbreviations_one() {
        assert_eq!(words("Saint Louis"), words("st. louis"));
        assert_eq!(words("Ft. Worth"), ["fort", "worth"]);
        assert_eq!(words("Austin-Round Rock, TX"), ["austin", "round", "rock", "tx"]);
    }

    #[test]
    fn query_words_match_from_a_words_start_never_inside_it() {
        let name = words("San Jose-Sunnyvale-Santa Clara");
        assert!(run_match(&words("sunny"), &name).is_some());
        assert!(run_match(&words("ny"), &name).is_none());
        assert!(run_match(&words("jose santa"), &name).is_none());
    }

    #[test]
    fn completion_leaves_only_the_word_being_typed_unfinished() {
        let all = crate::load::official_areas();
        let offered = |typed: &str| -> Vec<&str> {
            all.areas.iter().filter(|a| completes(a, typed)).map(|a| a.name.as_str()).collect()
        };
        assert_eq!(offered("saint lo"), ["St. Louis, MO-IL"]);
        assert!(offered("st ").iter().all(|n| n.starts_with("St. ")), "{:?}", offered("st "));
        assert!(offered("aus").contains(&"Austin-Round Rock-San Marcos, TX"));
        assert!(!offered("rock").contains(&"Austin-Round Rock-San Marcos, TX"), "a name's start only");
    }

    #[test]
    fn every_postal_code_names_an_area_in_the_data() {
        let all = crate::load::official_areas();
        for (code, name) in POSTAL {
            assert!(all.areas.iter().any(|a| a.name == name), "{code}: no area named {name}");
        }
    }
}
