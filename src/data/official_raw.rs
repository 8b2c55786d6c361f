//! Reading and checking the generated official data file. Only the build
//! script uses this; the binary sees the split, embedded result.

use crate::data::official::{
    Area, AreaKind, Areas, COLUMNS, Cell, Industries, Industry, IndustryCell, National, Occupation, Release, Value,
    WAGES,
};
use serde::Deserialize;
use std::collections::HashMap;

/// The generated file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFile {
    pub release: Release,
    pub occupation: Vec<Occupation>,
    pub figures: RawFigures,
    pub industries: RawIndustries,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIndustries {
    /// `[code, level, name]`
    pub names: Vec<(String, u8, String)>,
    pub cells: Vec<RawIndustryCell>,
}

/// `[industry code, SOC, employment, mean, 10th, 25th, median, 75th, 90th]`
pub type RawIndustryCell = (String, String, RawValue, RawValue, RawValue, RawValue, RawValue, RawValue, RawValue);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFigures {
    pub areas: Vec<(String, String, String)>,
    pub cells: Vec<RawCell>,
}

/// `[area code, SOC, employment, mean, 10th, 25th, median, 75th, 90th]`
pub type RawCell =
    (String, String, RawValue, RawValue, RawValue, RawValue, RawValue, RawValue, RawValue, RawValue, RawValue);

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum RawValue {
    Amount(i64),
    Word(String),
}

/// Checks the generated file against the vocabulary and splits it into the
/// national and the area parts. Errors name the row; the file is generated,
/// so any error means the generator or the vocabulary changed.
pub fn split(
    mut raw: RawFile,
    occupation_ids: &[&str],
    wage_anchors: &[(&str, &[String])],
) -> Result<(National, Areas, Industries), String> {
    for o in &mut raw.occupation {
        if !occupation_ids.contains(&o.id.as_str()) {
            return Err(format!("occupation '{}' ({}) is not an occupation in data/roles.toml", o.id, o.soc));
        }
        // Which roles an occupation stands in for is said once, in
        // roles.toml's wage_anchor; the generated file holds BLS's facts only.
        o.roles = wage_anchors
            .iter()
            .filter(|(_, anchors)| anchors.contains(&o.id))
            .map(|(role, _)| role.to_string())
            .collect();
    }
    for (role, anchors) in wage_anchors {
        if let Some(a) = anchors.iter().find(|a| !raw.occupation.iter().any(|o| o.id == **a)) {
            return Err(format!("role '{role}': wage_anchor '{a}' has no BLS figures in this file"));
        }
    }
    let mut areas = Vec::new();
    let mut index = HashMap::new();
    for (code, kind, name) in raw.figures.areas {
        let kind = match kind.as_str() {
            "N" => AreaKind::Nation,
            "S" => AreaKind::State,
            "T" => AreaKind::Territory,
            "M" => AreaKind::Metro,
            "X" => AreaKind::Nonmetro,
            other => return Err(format!("area {code}: unknown type '{other}'")),
        };
        if !usable(&name) {
            return Err(format!("area {code}: unusable name"));
        }
        index.insert(code.clone(), areas.len() as u32);
        areas.push(Area { code, kind, name });
    }
    if areas.first().map(|a| a.kind) != Some(AreaKind::Nation) {
        return Err("the first area must be the nation".into());
    }
    let soc: HashMap<&str, u8> = raw.occupation.iter().enumerate().map(|(i, o)| (o.soc.as_str(), i as u8)).collect();
    let (mut national, mut local, mut wage_values) = (Vec::new(), Vec::new(), 0);
    for (n, row) in raw.figures.cells.into_iter().enumerate() {
        let (code, occ) = (row.0, row.1);
        let v = [row.2, row.3, row.4, row.5, row.6, row.7, row.8, row.9, row.10];
        let area = *index.get(&code).ok_or(format!("cell {n}: unknown area {code}"))?;
        let occupation = *soc.get(occ.as_str()).ok_or(format!("cell {n}: unknown SOC {occ}"))?;
        let mut values = [Value::NotReleased; 9];
        for (i, raw) in v.into_iter().enumerate() {
            values[i] = value(raw, i, area == 0)
                .map_err(|e| format!("cell {n} ({code} {occ}): bad {} value {e}", COLUMNS[i]))?;
            if WAGES.contains(&i) && values[i] != Value::NotReleased {
                wage_values += 1;
            }
        }
        let cell = Cell { area, occupation, values };
        if area == 0 { national.push(cell) } else { local.push(cell) }
    }
    if national.len() != raw.occupation.len() {
        return Err(format!("{} national rows for {} occupations", national.len(), raw.occupation.len()));
    }
    // Sorted by area, so one area's cells lie together.
    local.sort_by_key(|c: &Cell| (c.area, c.occupation));
    let industries = industries(raw.industries, &soc)?;
    let nation = areas[0].clone();
    let national = National { release: raw.release, nation, occupations: raw.occupation, cells: national, wage_values };
    Ok((national, Areas { areas, cells: local }, industries))
}

/// A name fit to show: not blank, no control characters.
fn usable(name: &str) -> bool {
    !name.trim().is_empty() && !name.chars().any(char::is_control)
}

/// One value of column `i`; the nation's shares of itself are not applicable.
fn value(raw: RawValue, i: usize, nation: bool) -> Result<Value, String> {
    Ok(match raw {
        RawValue::Amount(a) if (0..=i64::from(i32::MAX)).contains(&a) => Value::Amount(a),
        RawValue::Word(w) if w == "not-released" => Value::NotReleased,
        RawValue::Word(w) if w == "top-coded" && WAGES.contains(&i) => Value::TopCoded,
        RawValue::Word(w) if w == "not-applicable" && i >= WAGES.end && nation => Value::NotApplicable,
        other => return Err(format!("{other:?}")),
    })
}

fn industries(raw: RawIndustries, soc: &HashMap<&str, u8>) -> Result<Industries, String> {
    let mut industries = Vec::new();
    let mut index = HashMap::new();
    for (code, level, name) in raw.names {
        if !usable(&name) || !(1..=5).contains(&level) {
            return Err(format!("industry {code}: unusable name or level"));
        }
        index.insert(code.clone(), industries.len() as u16);
        industries.push(Industry { code, level, name });
    }
    let mut cells = Vec::new();
    for (n, row) in raw.cells.into_iter().enumerate() {
        let (code, occ) = (row.0, row.1);
        let industry = *index.get(&code).ok_or(format!("industry cell {n}: unknown industry {code}"))?;
        let occupation = *soc.get(occ.as_str()).ok_or(format!("industry cell {n}: unknown SOC {occ}"))?;
        let v = [row.2, row.3, row.4, row.5, row.6, row.7, row.8];
        let mut values = [Value::NotReleased; 7];
        for (i, raw) in v.into_iter().enumerate() {
            values[i] = value(raw, i, false)
                .map_err(|e| format!("industry cell {n} ({code} {occ}): bad {} value {e}", COLUMNS[i]))?;
        }
        cells.push(IndustryCell { industry, occupation, values });
    }
    Ok(Industries { industries, cells })
}

/// data/official/onet.toml as scripts/onet.py writes it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOnet {
    pub release: crate::data::official::OnetRelease,
    pub occupation: Vec<crate::data::official::OnetOccupation>,
    pub hot_technologies: Vec<String>,
}

/// data/official/onet-technologies.toml: the reviewed table from our skills to O*NET's names.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTechnologies {
    pub technology: Vec<RawTechnology>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTechnology {
    pub skill: String,
    pub onet: String,
}

/// Checks the O*NET files against the vocabulary: every mapped skill is
/// ours, and every name is one O*NET marks.
pub fn onet(raw: RawOnet, table: RawTechnologies, skill_ids: &[&str]) -> Result<crate::data::official::Onet, String> {
    let mut hot = Vec::new();
    for t in table.technology {
        if !skill_ids.contains(&t.skill.as_str()) {
            return Err(format!("'{}' is not a skill in data/skills.toml", t.skill));
        }
        if !raw.hot_technologies.contains(&t.onet) {
            return Err(format!("'{}' is not among O*NET's hot or in-demand technologies", t.onet));
        }
        hot.push((t.skill, t.onet));
    }
    Ok(crate::data::official::Onet { release: raw.release, occupations: raw.occupation, hot })
}
