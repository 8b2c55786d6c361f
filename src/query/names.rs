//! Turns what a user typed (ids, aliases, any case) into canonical ids, or a
//! usage error that lists the valid names and the nearest one.

use crate::data::model::{Dataset, Level, Role, Source, nearest, normalize_key};
use crate::error::{Error, Result};
use crate::text::LISTED_MAX;
use std::collections::{HashMap, HashSet};

/// The names a user may give for items of one kind, normalised, each
/// pointing at the first item that answers to it: built once per question,
/// so resolving many names costs one pass over the items, not one each.
struct Index<'a, T> {
    what: &'static str,
    items: &'a [T],
    names: fn(&'a T) -> Vec<&'a str>,
    id: fn(&'a T) -> &'a str,
    keys: HashMap<String, &'a T>,
}

impl<'a, T> Index<'a, T> {
    fn new(what: &'static str, items: &'a [T], names: fn(&'a T) -> Vec<&'a str>, id: fn(&'a T) -> &'a str) -> Self {
        let mut keys = HashMap::new();
        for item in items {
            for name in names(item) {
                keys.entry(normalize_key(name)).or_insert(item);
            }
        }
        Index { what, items, names, id, keys }
    }

    fn find(&self, input: &str) -> Result<&'a T> {
        if let Some(hit) = self.keys.get(&normalize_key(input)) {
            return Ok(hit);
        }
        let (names, id) = (self.names, self.id);
        let all_names: Vec<&str> = self.items.iter().flat_map(names).collect();
        let shown = crate::text::quoted(input);
        // Suggestions are for typos: a name longer than any id is not one.
        let near = if input.len() <= crate::text::QUOTE_MAX { nearest(input, all_names) } else { None };
        // Thousands of user files can mean thousands of sources: an error
        // lists a few and says where the rest are.
        let what = self.what;
        let mut valid: Vec<String> =
            self.items.iter().take(LISTED_MAX).map(|i| crate::text::quoted(id(i)).into_owned()).collect();
        if self.items.len() > LISTED_MAX {
            let listing = match what {
                "role" => ": `careers roles` lists them",
                "source" => ": `careers sources` lists them",
                _ => "",
            };
            valid.push(format!("… and {} more{listing}", self.items.len() - LISTED_MAX));
        }
        let valid = valid.join(", ");
        let message = match near {
            Some(n) => {
                let owner = self.items.iter().find(|i| names(i).contains(&n)).map(id).unwrap_or(n);
                format!("unknown {what} '{shown}' — did you mean '{owner}'? (valid: {valid})")
            }
            None => format!("unknown {what} '{shown}' (valid: {valid})"),
        };
        Err(Error::Usage(message))
    }

    /// Resolves many names at once, each once however often it is
    /// repeated; an empty list means "no filter".
    fn ids(&self, inputs: &[String]) -> Result<Vec<String>> {
        let mut asked = HashSet::new();
        let mut found = HashSet::new();
        let mut out = Vec::new();
        for input in inputs.iter().filter(|i| asked.insert(i.as_str())) {
            let hit = (self.id)(self.find(input)?).to_string();
            if found.insert(hit.clone()) {
                out.push(hit);
            }
        }
        Ok(out)
    }
}

/// An id and its aliases: the names a role or level answers to.
fn id_and_aliases<'a>(id: &'a str, aliases: &'a [String]) -> Vec<&'a str> {
    std::iter::once(id).chain(aliases.iter().map(String::as_str)).collect()
}

fn roles(data: &Dataset) -> Index<'_, Role> {
    Index::new("role", &data.roles, |r| id_and_aliases(&r.id, &r.aliases), |r| r.id.as_str())
}

fn levels(data: &Dataset) -> Index<'_, Level> {
    Index::new("level", &data.levels, |l| id_and_aliases(&l.id, &l.aliases), |l| l.id.as_str())
}

fn sources(data: &Dataset) -> Index<'_, Source> {
    Index::new("source", &data.sources, |s| vec![s.id.as_str(), s.publisher.as_str()], |s| s.id.as_str())
}

pub fn role<'a>(data: &'a Dataset, input: &str) -> Result<&'a Role> {
    roles(data).find(input)
}

pub fn source<'a>(data: &'a Dataset, input: &str) -> Result<&'a Source> {
    sources(data).find(input)
}

/// The role ids a list of names stands for, in the order given.
pub fn role_ids(data: &Dataset, names: &[String]) -> Result<Vec<String>> {
    roles(data).ids(names)
}

/// The ids a filter lets through: a set, as a user may name thousands of
/// sources and each figure is asked about.
#[derive(Debug, Default, Clone)]
pub struct IdFilter(HashSet<String>);

impl IdFilter {
    /// True when the filter is empty (no filter) or holds `id`.
    pub fn allows(&self, id: &str) -> bool {
        self.0.is_empty() || self.0.contains(id)
    }
}

/// The levels and sources a comparison is narrowed to; empty means all.
pub struct Narrowing {
    pub levels: IdFilter,
    pub sources: IdFilter,
}

pub fn narrowing(data: &Dataset, levels: &[String], sources: &[String]) -> Result<Narrowing> {
    let levels = self::levels(data).ids(levels)?;
    Ok(Narrowing { levels: IdFilter(levels.into_iter().collect()), sources: source_ids(data, sources)? })
}

/// The sources a list of names stands for.
pub fn source_ids(data: &Dataset, names: &[String]) -> Result<IdFilter> {
    Ok(IdFilter(sources(data).ids(names)?.into_iter().collect()))
}

/// The role ids a list of names stands for, and the same with each role's
/// broader occupations added (shown separately, never as the role's own).
pub fn role_scope(data: &Dataset, names: &[String]) -> Result<(Vec<String>, Vec<String>)> {
    let roles = role_ids(data, names)?;
    let mut scope = roles.clone();
    for id in &roles {
        for b in data.roles.iter().filter(|r| r.id == *id).flat_map(|r| r.belongs_to.iter()) {
            if !scope.contains(b) {
                scope.push(b.clone());
            }
        }
    }
    Ok((roles, scope))
}
