//! Which skills sources name for a role, and which roles share them.

use super::names::IdFilter;
use crate::data::model::{Category, Dataset};
use serde::Serialize;
use std::cmp::Ordering;

#[derive(Debug, Serialize)]
pub struct SkillRow<'a> {
    pub skill: &'a str,
    pub name: &'a str,
    pub category: Category,
    pub sources: Vec<&'a str>,
    /// O*NET's name for the skill when O*NET 30.3 marks it "Hot Technology
    /// or In Demand" (across all occupations, not for this role alone).
    pub onet_hot_technology: Option<&'a str>,
}

/// Marks the rows whose skill O*NET lists as hot or in-demand technology.
pub fn mark_hot<'a>(rows: &mut [SkillRow<'a>], onet: &'a crate::data::official::Onet) {
    for row in rows {
        row.onet_hot_technology = onet.hot.iter().find(|(id, _)| id == row.skill).map(|(_, name)| name.as_str());
    }
}

/// Orders names as a reader expects, ignoring case.
pub fn by_name(a: &str, b: &str) -> Ordering {
    a.to_lowercase().cmp(&b.to_lowercase())
}

/// Skills named for `role` by `sources` (all when empty), most widely named
/// first, then by name.
pub fn ranked<'a>(data: &'a Dataset, role: &str, sources: &IdFilter) -> Vec<SkillRow<'a>> {
    let mut rows: Vec<SkillRow> = Vec::new();
    // Where each skill's row is: a user's thousands of lists name it often.
    let mut row_of: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for set in data.skill_sets.iter().filter(|s| s.role == role && sources.allows(&s.source)) {
        for id in &set.skills {
            match row_of.get(id.as_str()) {
                Some(&at) => rows[at].sources.push(&set.source),
                None => {
                    let Some(skill) = data.skill(id) else { continue };
                    row_of.insert(id, rows.len());
                    rows.push(SkillRow {
                        skill: &skill.id,
                        name: &skill.name,
                        category: skill.category,
                        sources: vec![&set.source],
                        onet_hot_technology: None,
                    });
                }
            }
        }
    }
    rows.sort_by(|a, b| b.sources.len().cmp(&a.sources.len()).then_with(|| by_name(a.name, b.name)));
    rows
}

/// The source ids that list skills for `role`, within `sources`, in the
/// dataset's source order.
pub fn listing_sources<'a>(data: &'a Dataset, role: &str, sources: &IdFilter) -> Vec<&'a str> {
    let listing: std::collections::HashSet<&str> =
        data.skill_sets.iter().filter(|set| set.role == role).map(|set| set.source.as_str()).collect();
    data.sources.iter().map(|s| s.id.as_str()).filter(|id| sources.allows(id) && listing.contains(id)).collect()
}

/// How many sources name one skill for each of several roles, in role order.
pub struct Tally<'a> {
    pub skill: &'a SkillRow<'a>,
    pub counts: Vec<usize>,
}

impl Tally<'_> {
    /// How many of the roles the skill is named for.
    pub fn named_by(&self) -> usize {
        self.counts.iter().filter(|c| **c > 0).count()
    }
}

/// Every skill named for any of the roles whose rankings are `by_role`,
/// most widely named first, then by name.
pub fn across<'a>(by_role: &'a [Vec<SkillRow<'a>>]) -> Vec<Tally<'a>> {
    let mut tallies: Vec<Tally> = Vec::new();
    for (i, rows) in by_role.iter().enumerate() {
        for row in rows {
            let at = match tallies.iter().position(|t| t.skill.skill == row.skill) {
                Some(at) => at,
                None => {
                    tallies.push(Tally { skill: row, counts: vec![0; by_role.len()] });
                    tallies.len() - 1
                }
            };
            tallies[at].counts[i] = row.sources.len();
        }
    }
    let total = |t: &Tally| t.counts.iter().sum::<usize>();
    tallies.sort_by(|a, b| total(b).cmp(&total(a)).then_with(|| by_name(a.skill.name, b.skill.name)));
    tallies
}

#[cfg(test)]
mod tests {
    use super::by_name;
    use std::cmp::Ordering;

    #[test]
    fn names_sort_ignoring_case() {
        assert_eq!(by_name("SQL", "rest"), Ordering::Greater);
        assert_eq!(by_name("Go", "go"), Ordering::Equal);
        assert_eq!(by_name("Élan", "elan"), Ordering::Greater);
    }
}
