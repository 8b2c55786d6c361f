//! Which sources say something about which roles, and how much each says.

use super::names::IdFilter;
use crate::data::model::{Dataset, Part};
use crate::data::official::National;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// The (source, role) pair of every record, repeats included: the one
/// definition of what covering a role means.
fn covered_pairs<'a>(d: &'a Dataset, national: &'a National) -> impl Iterator<Item = (&'a str, &'a str)> {
    let records = d.salaries.iter().map(|x| (&x.source, &x.role));
    let growth = d.growth.iter().map(|x| (&x.source, &x.occupation));
    let skills = d.skill_sets.iter().map(|x| (&x.source, &x.role));
    let paths = d.paths.iter().map(|x| (&x.source, &x.role));
    let certs = d.certifications.iter().flat_map(|c| c.roles.iter().map(move |r| (&c.source, r)));
    let education = d.education.iter().flat_map(|e| e.roles.iter().map(move |r| (&e.source, r)));
    // The official statistics cover each occupation and the roles it stands in for.
    let official = &national.release.source;
    let occupations = national
        .occupations
        .iter()
        .flat_map(move |o| std::iter::once(&o.id).chain(&o.roles).map(move |r| (official, r)));
    records
        .chain(growth)
        .chain(skills)
        .chain(paths)
        .chain(certs)
        .chain(education)
        .chain(occupations)
        .map(|(s, r)| (s.as_str(), r.as_str()))
}

/// Every (source, role) pair for which the source has any record.
pub fn coverage<'a>(d: &'a Dataset, national: &'a National) -> HashSet<(&'a str, &'a str)> {
    covered_pairs(d, national).collect()
}

/// The sources (within `sources`, all when empty) with any record for
/// `role`, in the dataset's source order.
pub fn sources_covering<'a>(d: &'a Dataset, national: &'a National, role: &str, sources: &IdFilter) -> Vec<&'a str> {
    let covered = coverage(d, national);
    d.sources.iter().map(|s| s.id.as_str()).filter(|s| sources.allows(s) && covered.contains(&(*s, role))).collect()
}

/// How many records of each kind a source holds.
#[derive(Debug, Serialize, Default, Clone, Copy)]
pub struct Counts {
    pub salary: usize,
    pub growth: usize,
    pub skills: usize,
    pub path: usize,
    pub certifications: usize,
    pub education: usize,
}

/// Records of each kind per source; the official source counts the wage
/// values it released.
pub fn counts<'a>(data: &'a Dataset, national: &National) -> HashMap<&'a str, Counts> {
    let mut map: HashMap<&str, Counts> = data.sources.iter().map(|s| (s.id.as_str(), Counts::default())).collect();
    let mut bump = |source: &str, f: &dyn Fn(&mut Counts)| {
        if let Some(c) = map.get_mut(source) {
            f(c);
        }
    };
    data.salaries.iter().for_each(|x| bump(&x.source, &|c| c.salary += 1));
    data.growth.iter().for_each(|x| bump(&x.source, &|c| c.growth += 1));
    data.skill_sets.iter().for_each(|x| bump(&x.source, &|c| c.skills += x.skills.len()));
    data.paths.iter().for_each(|x| bump(&x.source, &|c| c.path += 1));
    data.certifications.iter().for_each(|x| bump(&x.source, &|c| c.certifications += 1));
    data.education.iter().for_each(|x| bump(&x.source, &|c| c.education += 1));
    if let Some(c) = map.get_mut(national.release.source.as_str()) {
        c.salary = national.wage_values;
    }
    map
}

/// Whether `data` holds any record of `part` for `role` (growth counts the
/// role's broader occupations too, as `growth ROLE` shows them).
pub fn has_records(data: &Dataset, part: Part, role: &str) -> bool {
    match part {
        Part::Salaries => data.salaries.iter().any(|s| s.role == role),
        Part::Growth => !super::catalog::growth_for(data, Some(role), &IdFilter::default()).is_empty(),
        Part::Skills => data.skill_sets.iter().any(|s| s.role == role),
        Part::Paths => data.paths.iter().any(|p| p.role == role),
        Part::Certifications => data.certifications.iter().any(|c| c.roles.iter().any(|r| r == role)),
        Part::Education => data.education.iter().any(|e| e.roles.iter().any(|r| r == role)),
    }
}
