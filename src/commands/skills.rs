//! `careers skills ROLE`: one row per skill, one column per source.

use super::Ctx;
use crate::data::model::{Category, Dataset};
use crate::render::Section;
use crate::resolve::{self, allows};
use serde::Serialize;
use std::borrow::Cow;
use std::cmp::Ordering;

#[derive(Debug, Serialize)]
pub struct SkillRow<'a> {
    pub skill: &'a str,
    pub name: &'a str,
    pub category: Category,
    pub sources: Vec<&'a str>,
}

/// Orders names as a reader expects, ignoring case, without building
/// lowercase copies: sorting runs on every `skills` and `compare`. Names
/// are compared a byte at a time while both are ASCII, which lowers the
/// same way as the Unicode case tables; a non-ASCII character before the
/// first difference hands the pair to those tables.
pub fn by_name(a: &str, b: &str) -> Ordering {
    for (x, y) in a.bytes().zip(b.bytes()) {
        if !x.is_ascii() || !y.is_ascii() {
            return by_lowercase_chars(a, b);
        }
        match x.to_ascii_lowercase().cmp(&y.to_ascii_lowercase()) {
            Ordering::Equal => {}
            unequal => return unequal,
        }
    }
    // One is a prefix of the other: every character lowers to at least one.
    a.len().cmp(&b.len())
}

fn by_lowercase_chars(a: &str, b: &str) -> Ordering {
    a.chars().flat_map(char::to_lowercase).cmp(b.chars().flat_map(char::to_lowercase))
}

/// Skills named for `role`, most widely named first, then by name.
pub fn ranked<'a>(data: &'a Dataset, role: &str, sources: &[String]) -> Vec<SkillRow<'a>> {
    let sets: Vec<_> = data.skill_sets.iter().filter(|s| s.role == role && allows(sources, &s.source)).collect();
    // Sized up front: growing these a push at a time was a fifth of the cost.
    let mut rows: Vec<SkillRow> = Vec::with_capacity(sets.iter().map(|s| s.skills.len()).sum());
    for set in sets.iter().copied() {
        for id in set.skills.iter() {
            let id_text = id.as_str();
            // A few dozen rows: a scan beats building a map on every run.
            match rows.iter_mut().find(|r| r.skill == id_text) {
                Some(row) => row.sources.push(&set.source),
                None => {
                    let Some(skill) = data.skills.iter().find(|s| s.id == *id) else { continue };
                    rows.push(SkillRow {
                        skill: &skill.id,
                        name: &skill.name,
                        category: skill.category,
                        sources: {
                            let mut named_by = Vec::with_capacity(sets.len());
                            named_by.push(set.source.as_str());
                            named_by
                        },
                    });
                }
            }
        }
    }
    rows.sort_by(|a, b| b.sources.len().cmp(&a.sources.len()).then_with(|| by_name(a.name, b.name)));
    rows
}

pub fn run(ctx: &mut Ctx, role: &str, top: Option<usize>, sources: &[String]) -> anyhow::Result<()> {
    let data = ctx.data;
    let role = resolve::role(data, role)?;
    let sources = resolve::ids(data, sources, resolve::source, |s| s.id.as_str())?;
    let mut rows = ranked(data, &role.id, &sources);
    let total = rows.len();
    if let Some(n) = top {
        rows.truncate(n);
    }
    let columns: Vec<&str> = data
        .sources
        .iter()
        .map(|s| s.id.as_str())
        .filter(|id| data.skill_sets.iter().any(|set| set.role == role.id && set.source == *id) && allows(&sources, id))
        .collect();
    let mut headers = vec!["Skill", "Category"];
    headers.extend(&columns);
    headers.push("Sources");
    let mut s = Section::table(format!("Skills for {}", role.name), &headers);
    for r in &rows {
        let mut row: Vec<Cow<str>> = vec![r.name.into(), r.category.label().into()];
        row.extend(columns.iter().map(|c| if r.sources.contains(c) { "✓" } else { "" }.into()));
        row.push(format!("{}/{}", r.sources.len(), columns.len()).into());
        s.rows.push(row);
    }
    if rows.len() < total {
        s.notes.push(format!("Showing the top {} of {total} skills.", rows.len()));
    }
    if columns.is_empty() {
        s.notes.push(format!("No source lists skills for {}.", role.id));
    }
    ctx.emit(&rows, |_| vec![s])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{by_lowercase_chars, by_name};
    use proptest::prelude::*;
    use std::cmp::Ordering;

    proptest! {
        #[test]
        fn the_ascii_shortcut_orders_as_unicode_lowercasing_does(a in "[ -~éÉİßΣ]{0,12}", b in "[ -~éÉİßΣ]{0,12}") {
            prop_assert_eq!(by_name(&a, &b), by_lowercase_chars(&a, &b));
        }
    }

    #[test]
    fn names_sort_ignoring_case_then_past_ascii() {
        assert_eq!(by_name("SQL", "rest"), Ordering::Greater);
        assert_eq!(by_name("Go", "go"), Ordering::Equal);
        assert_eq!(by_name("Élan", "elan"), Ordering::Greater);
    }
}
