//! The listings: growth projections that apply to a role, and
//! certifications gathered across sources.

use super::names::IdFilter;
use crate::data::model::{Dataset, Growth, normalize_key};
use serde::Serialize;

/// The occupations whose projections apply to `role`: its own and its
/// broader ones.
pub fn occupations_measured<'a>(data: &'a Dataset, role: &'a str) -> Vec<&'a str> {
    let broader = data.role(role).map(|x| &x.belongs_to[..]).unwrap_or_default();
    std::iter::once(role).chain(broader.iter().map(String::as_str)).collect()
}

/// Growth records that apply to `role` (all when `None`): its own and its
/// broader occupations'.
pub fn growth_for<'a>(data: &'a Dataset, role: Option<&str>, sources: &IdFilter) -> Vec<&'a Growth> {
    let applies = role.map(|r| occupations_measured(data, r));
    data.growth
        .iter()
        .filter(|g| applies.as_ref().is_none_or(|a| a.contains(&g.occupation.as_str())))
        .filter(|g| sources.allows(&g.source))
        .collect()
}

/// One certification, however many sources name it.
#[derive(Debug, Serialize)]
pub struct Certification {
    pub name: String,
    pub vendor: Option<String>,
    pub sources: Vec<String>,
    pub roles: Vec<String>,
    pub programs: Vec<String>,
    /// What each source adds about it, in our words ("a stacked certification").
    pub notes: Vec<CertNote>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CertNote {
    pub source: String,
    pub note: String,
}

/// Certifications named by `sources` (all when empty) for `role` (any when
/// `None`), one per name, most widely named first.
pub fn certifications(data: &Dataset, role: Option<&str>, sources: &IdFilter) -> Vec<Certification> {
    let mut rows: Vec<Certification> = Vec::new();
    for c in data.certifications.iter().filter(|c| sources.allows(&c.source)) {
        if role.is_some_and(|r| !c.roles.iter().any(|x| x == r)) {
            continue;
        }
        let key = normalize_key(&c.name);
        let at = match rows.iter().position(|r| normalize_key(&r.name) == key) {
            Some(at) => at,
            None => {
                rows.push(Certification {
                    name: c.name.clone(),
                    vendor: c.vendor.clone(),
                    sources: vec![],
                    roles: vec![],
                    programs: vec![],
                    notes: vec![],
                });
                rows.len() - 1
            }
        };
        let row = &mut rows[at];
        if let Some(note) = &c.note {
            row.notes.push(CertNote { source: c.source.clone(), note: note.clone() });
        }
        for (list, items) in [
            (&mut row.sources, std::slice::from_ref(&c.source)),
            (&mut row.roles, &c.roles[..]),
            (&mut row.programs, &c.programs[..]),
        ] {
            for item in items {
                if !list.contains(item) {
                    list.push(item.clone());
                }
            }
        }
    }
    rows.sort_by(|a, b| b.sources.len().cmp(&a.sources.len()).then_with(|| a.name.cmp(&b.name)));
    rows
}
