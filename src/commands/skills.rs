//! `careers skills ROLE`: one row per skill, one column per source.

use super::Ctx;
use crate::data::model::{Category, Dataset, Skill};
use crate::render::Section;
use crate::resolve::{self, allows};
use serde::Serialize;
use std::collections::HashMap;

#[derive(Debug, Serialize)]
pub struct SkillRow {
    pub skill: String,
    pub name: String,
    pub category: Category,
    pub sources: Vec<String>,
}

/// Skills named for `role`, most widely named first, then by name.
pub fn ranked(data: &Dataset, role: &str, sources: &[String]) -> Vec<SkillRow> {
    let vocabulary: HashMap<&str, &Skill> = data.skills.iter().map(|s| (s.id.as_str(), s)).collect();
    let mut rows: Vec<SkillRow> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for set in data.skill_sets.iter().filter(|s| s.role == role && allows(sources, &s.source)) {
        for id in &set.skills {
            let Some(skill) = vocabulary.get(id.as_str()) else { continue };
            let at = *index.entry(id).or_insert_with(|| {
                rows.push(SkillRow {
                    skill: id.to_string(),
                    name: skill.name.to_string(),
                    category: skill.category,
                    sources: vec![],
                });
                rows.len() - 1
            });
            rows[at].sources.push(set.source.to_string());
        }
    }
    rows.sort_by_cached_key(|r| (std::cmp::Reverse(r.sources.len()), r.name.to_lowercase()));
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
        let mut row = vec![r.name.clone(), r.category.label().to_string()];
        row.extend(columns.iter().map(|c| if r.sources.iter().any(|s| s == c) { "✓".into() } else { String::new() }));
        row.push(format!("{}/{}", r.sources.len(), columns.len()));
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
