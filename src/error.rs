//! What can go wrong, typed so `main` picks the exit status without guessing.

use crate::data::validate::Diagnostic;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A mistake on the command line: exits with status 2, like clap's own.
    #[error("{0}")]
    Usage(String),
    /// Problems in data files, each with its file, line and column: status 1.
    #[error("{} problem(s) in the data", .0.len())]
    Data(Vec<Diagnostic>),
    /// Status 1, or 0 for a closed pipe.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

pub type Result<T> = std::result::Result<T, Error>;
