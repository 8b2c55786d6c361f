//! Turns what a user typed (ids, aliases, any case) into canonical ids, or a
//! usage error that lists the valid names and the nearest one.

use crate::data::model::{Dataset, Level, Role, Source, nearest, normalize_key};
use crate::error::{Error, Result};

/// The most valid names an unknown one's error lists.
const VALID_LISTED: usize = 20;

fn lookup<'a, T>(
    what: &str,
    input: &str,
    items: &'a [T],
    names: impl Fn(&'a T) -> Vec<&'a str>,
    id: impl Fn(&'a T) -> &'a str,
) -> Result<&'a T> {
    let key = normalize_key(input);
    if let Some(hit) = items.iter().find(|item| names(item).into_iter().any(|n| normalize_key(n) == key)) {
        return Ok(hit);
    }
    let all_names: Vec<&str> = items.iter().flat_map(&names).collect();
    let ids: Vec<&str> = items.iter().map(&id).collect();
    let shown = crate::text::quoted(input);
    // Suggestions are for typos: a name longer than any id is not one.
    let near = if input.len() <= crate::text::QUOTE_MAX { nearest(input, all_names) } else { None };
    // Thousands of user files can mean thousands of sources: an error lists
    // a few and says where the rest are.
    let mut valid: Vec<String> = ids.iter().take(VALID_LISTED).map(|i| crate::text::quoted(i).into_owned()).collect();
    if ids.len() > VALID_LISTED {
        let listing = match what {
            "role" => ": `careers roles` lists them",
            "source" => ": `careers sources` lists them",
            _ => "",
        };
        valid.push(format!("… and {} more{listing}", ids.len() - VALID_LISTED));
    }
    let valid = valid.join(", ");
    let message = match near {
        Some(n) => {
            let owner = items.iter().find(|i| names(i).contains(&n)).map(&id).unwrap_or(n);
            format!("unknown {what} '{shown}' — did you mean '{owner}'? (valid: {valid})")
        }
        None => format!("unknown {what} '{shown}' (valid: {valid})"),
    };
    Err(Error::Usage(message))
}

/// An id and its aliases: the names a role or level answers to.
fn id_and_aliases<'a>(id: &'a str, aliases: &'a [String]) -> Vec<&'a str> {
    std::iter::once(id).chain(aliases.iter().map(String::as_str)).collect()
}

pub fn role<'a>(data: &'a Dataset, input: &str) -> Result<&'a Role> {
    lookup("role", input, &data.roles, |r| id_and_aliases(&r.id, &r.aliases), |r| r.id.as_str())
}

pub fn level<'a>(data: &'a Dataset, input: &str) -> Result<&'a Level> {
    lookup("level", input, &data.levels, |l| id_and_aliases(&l.id, &l.aliases), |l| l.id.as_str())
}

pub fn source<'a>(data: &'a Dataset, input: &str) -> Result<&'a Source> {
    lookup("source", input, &data.sources, |s| vec![s.id.as_str(), s.publisher.as_str()], |s| s.id.as_str())
}

/// Resolves many names at once; an empty list means "no filter".
pub fn ids<'a, T: 'a>(
    data: &'a Dataset,
    inputs: &[String],
    one: impl Fn(&'a Dataset, &str) -> Result<&'a T>,
    id: impl Fn(&'a T) -> &'a str,
) -> Result<Vec<String>> {
    // Each name resolved once, however often it is repeated.
    let mut asked = std::collections::HashSet::new();
    let mut found = std::collections::HashSet::new();
    let mut out = Vec::new();
    for input in inputs.iter().filter(|i| asked.insert(i.as_str())) {
        let hit = id(one(data, input)?).to_string();
        if found.insert(hit.clone()) {
            out.push(hit);
        }
    }
    Ok(out)
}

/// True when `filter` is empty or holds `id`.
pub fn allows(filter: &[String], id: &str) -> bool {
    filter.is_empty() || filter.iter().any(|f| f == id)
}

/// The levels and sources a comparison is narrowed to; empty means all.
pub struct Narrowing {
    pub levels: Vec<String>,
    pub sources: Vec<String>,
}

pub fn narrowing(data: &Dataset, levels: &[String], sources: &[String]) -> Result<Narrowing> {
    Ok(Narrowing { levels: ids(data, levels, level, |l| l.id.as_str())?, sources: source_ids(data, sources)? })
}

/// The source ids a list of names stands for.
pub fn source_ids(data: &Dataset, names: &[String]) -> Result<Vec<String>> {
    ids(data, names, source, |s| s.id.as_str())
}

/// The role ids a list of names stands for, and the same with each role's
/// broader occupations added (shown separately, never as the role's own).
pub fn role_scope(data: &Dataset, names: &[String]) -> Result<(Vec<String>, Vec<String>)> {
    let roles = ids(data, names, role, |r| r.id.as_str())?;
    let mut scope = roles.clone();
    for id in &roles {
        for b in data.roles.iter().filter(|r| r.id == *id).flat_map(|r| r.broader.iter()) {
            if !scope.contains(b) {
                scope.push(b.clone());
            }
        }
    }
    Ok((roles, scope))
}
