//! Turns what a user typed (ids, aliases, any case) into canonical ids, or a
//! usage error that lists the valid names and the nearest one.

use crate::data::model::{Dataset, Level, Role, Source, Text, nearest, normalize_key};
use std::fmt;

/// A mistake on the command line: exits with status 2, like clap's own.
#[derive(Debug)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

fn lookup<'a, T>(
    what: &str,
    input: &str,
    items: &'a [T],
    names: impl Fn(&'a T) -> Vec<&'a str>,
    id: impl Fn(&'a T) -> &'a str,
) -> Result<&'a T, UsageError> {
    let key = normalize_key(input);
    if let Some(hit) = items.iter().find(|item| names(item).into_iter().any(|n| normalize_key(n) == key)) {
        return Ok(hit);
    }
    let all_names: Vec<&str> = items.iter().flat_map(&names).collect();
    let ids: Vec<&str> = items.iter().map(&id).collect();
    let shown = crate::data::model::escape_controls(input);
    let message = match nearest(input, all_names) {
        Some(n) => {
            let owner = items.iter().find(|i| names(i).contains(&n)).map(&id).unwrap_or(n);
            format!("unknown {what} '{shown}' — did you mean '{owner}'? (valid: {})", ids.join(", "))
        }
        None => format!("unknown {what} '{shown}' (valid: {})", ids.join(", ")),
    };
    Err(UsageError(message))
}

pub fn role<'a>(data: &'a Dataset, input: &str) -> Result<&'a Role, UsageError> {
    lookup(
        "role",
        input,
        &data.roles,
        |r| std::iter::once(r.id.as_str()).chain(r.aliases.iter().map(Text::as_str)).collect(),
        |r| r.id.as_str(),
    )
}

pub fn level<'a>(data: &'a Dataset, input: &str) -> Result<&'a Level, UsageError> {
    lookup(
        "level",
        input,
        &data.levels,
        |l| std::iter::once(l.id.as_str()).chain(l.aliases.iter().map(Text::as_str)).collect(),
        |l| l.id.as_str(),
    )
}

pub fn source<'a>(data: &'a Dataset, input: &str) -> Result<&'a Source, UsageError> {
    lookup("source", input, &data.sources, |s| vec![s.id.as_str(), s.publisher.as_str()], |s| s.id.as_str())
}

/// Resolves many names at once; an empty list means "no filter".
pub fn ids<'a, T: 'a>(
    data: &'a Dataset,
    inputs: &[String],
    one: impl Fn(&'a Dataset, &str) -> Result<&'a T, UsageError>,
    id: impl Fn(&'a T) -> &'a str,
) -> Result<Vec<String>, UsageError> {
    let mut out = Vec::new();
    for input in inputs {
        let found = id(one(data, input)?).to_string();
        if !out.contains(&found) {
            out.push(found);
        }
    }
    Ok(out)
}

/// True when `filter` is empty or holds `id`.
pub fn allows(filter: &[String], id: &str) -> bool {
    filter.is_empty() || filter.iter().any(|f| f == id)
}

/// Accepts any name (resolution happens against the loaded data, user files
/// included) but tells help and completion scripts the built-in ids, so
/// `careers compare b<Tab>` completes to `backend`. Only ids are offered:
/// aliases would turn most completions into a choice between spellings.
#[derive(Debug, Clone, Copy)]
pub enum Names {
    Role,
    Level,
    Source,
}

impl clap::builder::TypedValueParser for Names {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        value
            .to_str()
            .map(str::to_owned)
            .ok_or_else(|| clap::Error::new(clap::error::ErrorKind::InvalidUtf8).with_cmd(cmd))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        let data = crate::load::embedded();
        let ids: Vec<String> = match self {
            Names::Role => data.roles.iter().map(|r| r.id.to_string()).collect(),
            Names::Level => data.levels.iter().map(|l| l.id.to_string()).collect(),
            Names::Source => data.sources.iter().map(|s| s.id.to_string()).collect(),
        };
        Some(Box::new(ids.into_iter().map(clap::builder::PossibleValue::new)))
    }
}
