//! The questions commands ask of the data. Each returns data: nothing here
//! knows the command line or how a table is drawn.

pub mod catalog;
pub mod coverage;
pub mod names;
pub mod official;
pub mod places;
pub mod salary;
pub mod skills;
pub mod summary;
