//! Official statistics (BLS OEWS): the shape of the generated data file and
//! of the two blobs embedded from it. National rows are kept apart from the
//! thousands of state and metro rows, so commands that show only national
//! figures never decode the rest.

use super::model::Text;
use serde::{Deserialize, Serialize};

/// One wage or count as BLS publishes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Value {
    Amount(i64),
    /// Footnote 5: at least the release's top-coding threshold.
    TopCoded,
    /// Footnote 8: BLS did not release the estimate.
    NotReleased,
}

/// Column order of [`Cell::values`].
pub const COLUMNS: [&str; 7] = ["employment", "mean", "10th", "25th", "median", "75th", "90th"];

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Release {
    pub source: Text,
    pub title: Text,
    pub publisher: Text,
    pub release: Text,
    pub year: i32,
    pub published: Text,
    pub retrieved: Text,
    pub package: Text,
    pub notice: Text,
    pub top_coded_at_least: i64,
    pub top_coded_footnote: Text,
    pub not_released_footnote: Text,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Occupation {
    /// The careers occupation id (in roles.toml).
    pub id: Text,
    pub soc: Text,
    pub name: Text,
    /// The careers roles this occupation stands in for, approximately.
    pub roles: Vec<Text>,
    pub note: Text,
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
    State,
    Metro,
}

impl AreaKind {
    pub fn label(self) -> &'static str {
        match self {
            AreaKind::Nation => "nation",
            AreaKind::State => "state",
            AreaKind::Metro => "metro area",
        }
    }
}

/// Text borrowed from the embedded string table, like the dataset's: an
/// `--area` lookup decodes all 583 areas, and owning their names was 1,166
/// allocations.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Area {
    pub code: Text,
    pub kind: AreaKind,
    pub name: Text,
}

/// One area's figures for one occupation; indexes keep decoding to one
/// allocation for the whole table.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct Cell {
    pub area: u32,
    pub occupation: u8,
    pub values: [Value; 7],
}

/// Embedded for every command that shows official figures.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct National {
    pub release: Release,
    pub occupations: Vec<Occupation>,
    /// Cells for the nation; `area` is 0.
    pub cells: Vec<Cell>,
    /// Wage values released in the whole file, for `careers sources`.
    pub wage_values: usize,
}

/// Embedded apart, decoded only when an area is asked for. The area cells
/// are embedded apart again, as fixed-width records read in place.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Areas {
    pub areas: Vec<Area>,
}

/// Bytes per cell record: area (u32), occupation (u8), three bytes of
/// padding, then seven i32 values, all little-endian.
pub const CELL_BYTES: usize = 36;
pub const NOT_RELEASED: i32 = -1;
pub const TOP_CODED: i32 = -2;

impl Cell {
    pub fn from_bytes(b: &[u8]) -> Cell {
        let word = |at: usize| [b[at], b[at + 1], b[at + 2], b[at + 3]];
        let mut values = [Value::NotReleased; 7];
        for (i, v) in values.iter_mut().enumerate() {
            *v = match i32::from_le_bytes(word(8 + 4 * i)) {
                NOT_RELEASED => Value::NotReleased,
                TOP_CODED => Value::TopCoded,
                n => Value::Amount(i64::from(n)),
            };
        }
        Cell { area: u32::from_le_bytes(word(0)), occupation: b[4], values }
    }
}
