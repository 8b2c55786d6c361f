//! Official statistics (BLS OEWS): the shape of the two parts embedded from
//! the generated data file. National rows are kept apart from the thousands
//! of state and metro rows, so commands that show only national figures
//! never decode the rest.

use serde::{Deserialize, Serialize};

/// One wage or count as BLS publishes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Value {
    Amount(i64),
    /// Footnote 5: at least the release's top-coding threshold.
    TopCoded,
    /// Footnote 8: BLS did not release the estimate.
    NotReleased,
    /// The nation's share of itself: jobs per 1,000 and location quotient.
    NotApplicable,
}

impl Value {
    /// The published figure, if BLS gave one (a top-coded wage has none).
    pub fn amount(self) -> Option<i64> {
        if let Value::Amount(a) = self { Some(a) } else { None }
    }
}

/// Column order of [`Cell::values`]; the last two are in thousandths.
// Read by the build script's parser (official_raw.rs) to name a bad value's
// column; the binary reads the columns by the names below.
#[allow(dead_code)]
pub const COLUMNS: [&str; 9] =
    ["employment", "mean", "10th", "25th", "median", "75th", "90th", "per-1000", "location-quotient"];

// Where each column of `COLUMNS` is in `Cell::values` (and, for the first
// seven, `IndustryCell::values`), so code names the figure it reads rather
// than its position; a test checks each against `COLUMNS`.
pub const EMPLOYMENT: usize = 0;
pub const MEAN: usize = 1;
pub const P10: usize = 2;
pub const P25: usize = 3;
pub const MEDIAN: usize = 4;
pub const P75: usize = 5;
pub const P90: usize = 6;
pub const PER_1000: usize = 7;
pub const LOCATION_QUOTIENT: usize = 8;

/// The percentile columns, lowest first, each with its percentile.
pub const PERCENTILES: [(usize, u8); 5] = [(P10, 10), (P25, 25), (MEDIAN, 50), (P75, 75), (P90, 90)];

/// The wage columns of [`Cell::values`]: mean and percentiles.
// Read by the build script's parser (official_raw.rs); the binary names columns.
#[allow(dead_code)]
pub const WAGES: std::ops::Range<usize> = 1..7;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Release {
    pub source: String,
    pub title: String,
    pub publisher: String,
    pub release: String,
    pub year: i32,
    pub published: String,
    pub retrieved: String,
    pub package: String,
    pub notice: String,
    pub top_coded_at_least: i64,
    pub top_coded_footnote: String,
    pub not_released_footnote: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Occupation {
    /// The careers occupation id (in roles.toml).
    pub id: String,
    pub soc: String,
    pub name: String,
    /// The careers roles whose wage anchor this occupation is: filled in at
    /// build time from roles.toml, not read from the generated file.
    #[serde(default)]
    pub roles: Vec<String>,
    pub note: String,
}

impl Occupation {
    /// Whether this occupation's figures are the ones to show for `role`
    /// (a role it stands in for, or the occupation itself).
    pub fn stands_for(&self, role: &str) -> bool {
        self.id == role || self.roles.iter().any(|r| r == role)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AreaKind {
    Nation,
    /// A state, or the District of Columbia.
    State,
    /// Guam, Puerto Rico, the Virgin Islands.
    Territory,
    Metro,
    Nonmetro,
}

impl AreaKind {
    pub fn label(self) -> &'static str {
        match self {
            AreaKind::Nation => "nation",
            AreaKind::State => "state",
            AreaKind::Territory => "territory",
            AreaKind::Metro => "metro area",
            AreaKind::Nonmetro => "non-metropolitan area",
        }
    }
}

/// String borrowed from the embedded string table, like the dataset's: an
/// `--area` lookup decodes all 583 areas, and owning their names was 1,166
/// allocations.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Area {
    pub code: String,
    pub kind: AreaKind,
    pub name: String,
}

/// One area's figures for one occupation.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct Cell {
    pub area: u32,
    pub occupation: u8,
    pub values: [Value; 9],
}

/// The figures a national, area and industry cell all have, by name.
macro_rules! wage_columns {
    () => {
        pub fn employment(&self) -> Value {
            self.values[EMPLOYMENT]
        }
        pub fn p10(&self) -> Value {
            self.values[P10]
        }
        /// The median annual wage, where BLS released one.
        pub fn median(&self) -> Value {
            self.values[MEDIAN]
        }
        pub fn p90(&self) -> Value {
            self.values[P90]
        }
    };
}

impl Cell {
    wage_columns!();

    /// Jobs in the occupation per 1,000 jobs in the area, in thousandths.
    pub fn per_1000(&self) -> Value {
        self.values[PER_1000]
    }

    /// BLS's location quotient, in thousandths.
    pub fn location_quotient(&self) -> Value {
        self.values[LOCATION_QUOTIENT]
    }
}

/// Embedded for every command that shows official figures.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct National {
    pub release: Release,
    /// The nation as the areas list names it, so national figures carry
    /// the same area object as local ones.
    pub nation: Area,
    pub occupations: Vec<Occupation>,
    /// Cells for the nation; `area` is 0.
    pub cells: Vec<Cell>,
    /// Wage values released in the whole file, for `careers sources`.
    pub wage_values: usize,
}

/// Embedded apart, decoded only when an area is asked for.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Areas {
    pub areas: Vec<Area>,
    /// Every area's cells but the nation's, sorted by area.
    pub cells: Vec<Cell>,
}

/// National figures by industry, decoded only by `careers industries`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Industries {
    pub industries: Vec<Industry>,
    pub cells: Vec<IndustryCell>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Industry {
    pub code: String,
    /// BLS's level in its hierarchy: 1 ownership, 2 sector, 3 subsector,
    /// 4 and 5 finer. Industries at level 3 do not overlap.
    pub level: u8,
    pub name: String,
}

/// The nation's figures for one occupation in one industry: the first seven
/// of [`COLUMNS`] (BLS gives no concentration by industry).
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct IndustryCell {
    pub industry: u16,
    pub occupation: u8,
    pub values: [Value; 7],
}

impl IndustryCell {
    wage_columns!();
}

/// O*NET, beside the BLS figures: what each occupation does, and which of
/// our skills O*NET marks as hot or in-demand technology.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Onet {
    pub release: OnetRelease,
    pub occupations: Vec<OnetOccupation>,
    /// Our skill id and O*NET's name for it, for each skill O*NET 30.3
    /// marks "Hot Technology or In Demand" (across all occupations).
    pub hot: Vec<(String, String)>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnetRelease {
    pub occupations: String,
    pub technologies: String,
    pub license: String,
    pub attribution: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnetOccupation {
    pub soc: String,
    pub title: String,
    pub description: String,
}

/// The Consumer Price Index for All Urban Consumers (CPI-U), U.S. city
/// average, all items: annual averages, to put figures from different
/// years in one year's dollars.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Cpi {
    pub release: CpiRelease,
    /// Year and annual average index (1982–84 = 100), oldest first.
    pub annual_averages: Vec<(i32, f64)>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CpiRelease {
    pub series: String,
    pub title: String,
    pub period: String,
    pub publisher: String,
    pub package: String,
}

impl Cpi {
    /// The latest full year and its index.
    pub fn latest(&self) -> Option<(i32, f64)> {
        self.annual_averages.last().copied()
    }

    pub fn index(&self, year: i32) -> Option<f64> {
        self.annual_averages.iter().find(|(y, _)| *y == year).map(|(_, v)| *v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_named_column_is_where_columns_says() {
        let named = [
            (EMPLOYMENT, "employment"),
            (MEAN, "mean"),
            (P10, "10th"),
            (P25, "25th"),
            (MEDIAN, "median"),
            (P75, "75th"),
            (P90, "90th"),
            (PER_1000, "per-1000"),
            (LOCATION_QUOTIENT, "location-quotient"),
        ];
        for (at, name) in named {
            assert_eq!(COLUMNS[at], name);
        }
        assert_eq!(PERCENTILES.map(|(at, _)| COLUMNS[at]), ["10th", "25th", "median", "75th", "90th"]);
        assert_eq!(WAGES, MEAN..P90 + 1);
    }
}
