//! The CSV columns of the records commands print: each record type names
//! its columns through a specimen (see `render::Specimen`), so an empty
//! result has the same header as a full one. Listing every field in a
//! struct literal, rather than the names in a list, lets the compiler
//! catch a field added to a record and not to its columns.

use super::summary::{Amount, Anchor, Bound, Distribution, End, Record, Spread, Stated, VoteRecord};
use super::{RealFigure, SourceRow};
use crate::data::model::{
    Basis, Category, Growth, Origin, PathStage, Place, Program, ProgramKind, ProgramTime, Qualifier, Salary,
    SalaryKind, TimeMeasure, TimeUnit, Years, YearsCount,
};
use crate::data::official::OnetOccupation;
use crate::query::catalog::Certification;
use crate::query::coverage::Counts;
use crate::query::official::AreaRef;
use crate::query::salary::Real;
use crate::query::skills::SkillRow;
use crate::query::summary::{Against, Measure, Position, Standing};
use crate::render::{Row, Specimen, columns_of};

impl Specimen for Salary {
    fn specimen() -> Salary {
        Salary {
            source: String::new(),
            role: String::new(),
            level: String::new(),
            label: String::new(),
            kind: SalaryKind::Range,
            percentile: Some(Default::default()),
            low: Some(Default::default()),
            high: Some(Default::default()),
            open_high: false,
            approximate: false,
            tail: false,
            experience: Some(Default::default()),
            distribution: Some(Default::default()),
            basis: Basis::Own,
            year: Some(Default::default()),
            location: Some(Default::default()),
            places: vec![Place { name: String::new(), area: Some(Default::default()) }],
            note: Some(Default::default()),
            not_released: false,
            restates: Some(Default::default()),
            origin: Origin::BuiltIn,
        }
    }
}

impl Specimen for Growth {
    fn specimen() -> Growth {
        Growth {
            source: String::new(),
            occupation: String::new(),
            label: String::new(),
            percent: 0.0,
            from_year: Some(Default::default()),
            to_year: Some(Default::default()),
            openings_per_year: Some(Default::default()),
            openings_qualifier: Some(Default::default()),
            baseline_percent: Some(Default::default()),
            basis: Basis::Own,
            note: Some(Default::default()),
        }
    }
}

impl Specimen for PathStage {
    fn specimen() -> PathStage {
        PathStage {
            source: String::new(),
            role: String::new(),
            stage: String::new(),
            level: Some(Default::default()),
            years: Some(Years {
                counts: YearsCount::InStage,
                min: Some(Default::default()),
                max: Some(Default::default()),
                qualifier: Qualifier::Exact,
            }),
            note: Some(Default::default()),
        }
    }
}

impl Specimen for Certification {
    fn specimen() -> Certification {
        Certification {
            name: String::new(),
            vendor: Some(Default::default()),
            sources: vec![Default::default()],
            roles: vec![Default::default()],
            programs: vec![Default::default()],
            notes: vec![crate::query::catalog::CertNote { source: String::new(), note: String::new() }],
        }
    }
}

impl Specimen for Program {
    fn specimen() -> Program {
        Program {
            source: String::new(),
            name: String::new(),
            provider: Some(Default::default()),
            kind: ProgramKind::Degree,
            roles: vec![Default::default()],
            cost_usd: Some(Default::default()),
            cost_per: Some(Default::default()),
            duration: Some(Default::default()),
            time: Some(ProgramTime {
                measures: TimeMeasure::Completion,
                min: 0,
                max: 0,
                unit: TimeUnit::Months,
                share_percent: Some(Default::default()),
            }),
            courses: vec![Default::default()],
            certifications_included: false,
            note: Some(Default::default()),
        }
    }
}

impl Specimen for SkillRow<'_> {
    fn specimen() -> Self {
        SkillRow {
            skill: "",
            name: "",
            category: Category::Language,
            sources: vec![Default::default()],
            onet_hot_technology: Some(Default::default()),
        }
    }
}

impl Specimen for SourceRow<'_> {
    fn specimen() -> Self {
        SourceRow {
            id: "",
            title: "",
            publisher: "",
            author: Some(Default::default()),
            date: Some(Default::default()),
            note: Some(Default::default()),
            origin: "",
            counts: Counts::default(),
        }
    }
}

impl Specimen for OnetOccupation {
    fn specimen() -> OnetOccupation {
        OnetOccupation { soc: String::new(), title: String::new(), description: String::new() }
    }
}

impl Specimen for Real {
    fn specimen() -> Real {
        Real { year: 0, low: Some(Default::default()), high: Some(Default::default()), index_from: 0.0, index_to: 0.0 }
    }
}

impl Specimen for Standing {
    fn specimen() -> Standing {
        Standing { position: Position::Within, against: Against::Range, percentile: Some(Default::default()) }
    }
}

/// Without `real`, which only `--real` adds: its columns then come from the
/// rows, as the type cannot know whether the flag was given.
impl Row for RealFigure<'_> {
    fn columns() -> Vec<String> {
        columns_of(&RealFigure { figure: &Salary::specimen(), real: None })
    }
}

impl Specimen for Record<'_> {
    fn specimen() -> Self {
        let end = || End { source: "", value: 0, open: false };
        let amount = Amount { value: 0, open: false };
        Record {
            role: "",
            level: "",
            sources: 0,
            voting: 0,
            claims: 0,
            low: Some(end()),
            middle: Some(amount),
            high: Some(end()),
            stated: Stated { low: 0, high: 0, open_high: false },
            years: Some(super::summary::Years { from: 0, to: 0 }),
            undated: 0,
            dollars_of: Some(Default::default()),
            mixed_measures: vec![Measure::Average],
            votes: vec![VoteRecord {
                source: "",
                value: 0,
                open: false,
                claims: vec![Default::default()],
                measures: vec![Measure::Average],
                undated: 0,
            }],
            beside: vec![Bound {
                source: "",
                label: "",
                kind: SalaryKind::Range,
                low: Some(Default::default()),
                high: Some(Default::default()),
                open_high: false,
                tail: false,
            }],
            distributions: vec![Distribution {
                source: "",
                basis: Basis::Own,
                year: Some(Default::default()),
                figures: 0,
                low: 0,
                high: 0,
                central: Some(Default::default()),
            }],
            split: vec![Default::default()],
            spread: Some(Spread { ratio: 0.0, low: end(), high: end(), differ_in: vec![Default::default()] }),
            anchor: vec![Anchor {
                occupation: String::new(),
                name: String::new(),
                soc: String::new(),
                area: AreaRef::specimen(),
                release: String::new(),
                median: Some(Default::default()),
                ratios: vec![Default::default()],
            }],
        }
    }
}

/// `Row` for types whose columns are their specimen's.
macro_rules! row_of_specimen {
    ($($t:ty),*) => {$(
        impl Row for $t {
            fn columns() -> Vec<String> {
                columns_of(&<$t>::specimen())
            }
        }
    )*};
}

row_of_specimen!(Salary, Growth, PathStage, Certification, Program, SkillRow<'_>, SourceRow<'_>, Record<'_>);

impl Specimen for crate::query::official::OfficialRow {
    fn specimen() -> Self {
        crate::query::official::OfficialRow {
            source: String::new(),
            release: String::new(),
            year: 0,
            occupation: String::new(),
            name: String::new(),
            soc: String::new(),
            area: AreaRef::specimen(),
            pay_anchor_of: vec![String::new()],
            employment: Some(0),
            wages: crate::query::official::Wages::specimen(),
        }
    }
}

impl Row for crate::query::official::OfficialRow {
    fn columns() -> Vec<String> {
        columns_of(&Self::specimen())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The specimen's columns are every column a real record writes: a
    /// specimen that left an optional object out would lose its columns.
    fn covers<T: Row>(records: &[T]) {
        let columns = T::columns();
        assert!(!records.is_empty());
        let csv = crate::render::Output {
            format: crate::render::Format::Csv,
            color: false,
            footnotes: false,
            width: Some(Default::default()),
        };
        for r in records {
            let mut buf = Vec::new();
            csv.emit(&mut buf, &(), std::slice::from_ref(r), Vec::new).unwrap();
            let text = String::from_utf8(buf).unwrap();
            assert_eq!(text.lines().next(), Some(columns.join(",").as_str()), "{text}");
        }
    }

    /// Every option present and every list with an item, checked on the
    /// value rather than trusted: a specimen with an object left out would
    /// lose its columns, and the data may have no record to show it.
    fn full<T: Specimen + serde::Serialize>() {
        fn check(at: &str, v: &serde_json::Value) {
            match v {
                serde_json::Value::Null => panic!("{at} is null"),
                serde_json::Value::Array(items) if items.is_empty() => panic!("{at} is empty"),
                serde_json::Value::Array(items) => items.iter().for_each(|i| check(at, i)),
                serde_json::Value::Object(fields) => fields.iter().for_each(|(k, v)| check(&format!("{at}.{k}"), v)),
                _ => {}
            }
        }
        check(std::any::type_name::<T>(), &serde_json::to_value(T::specimen()).unwrap());
    }

    #[test]
    fn each_specimen_has_every_part_its_type_can_have() {
        full::<Salary>();
        full::<Growth>();
        full::<PathStage>();
        full::<Certification>();
        full::<Program>();
        full::<SkillRow>();
        full::<SourceRow>();
        full::<OnetOccupation>();
        full::<Real>();
        full::<Standing>();
        full::<Record>();
    }

    #[test]
    fn each_record_type_names_the_columns_its_records_have() {
        use crate::data::model::Part;
        let data = crate::load::built_in(&[Part::Salaries, Part::Growth, Part::Paths, Part::Education]);
        covers(&data.salaries);
        covers(&data.growth);
        covers(&data.paths);
        covers(&data.education);
        let figures: Vec<&Salary> = data.salaries.iter().collect();
        covers(&super::super::summary::Summary::new(&data, &figures, None, false, None).records);
    }
}
