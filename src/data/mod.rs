//! The data model and its validation. This module is compiled twice: into the
//! build script, which validates `data/` and embeds it, and into the binary,
//! which validates user files the same way. It must therefore depend only on
//! serde, toml (with toml_parser and serde_spanned, which toml is built on)
//! and std.

pub mod model;
pub mod official;
pub mod plain_toml;
pub mod pool;
pub mod raw;
pub mod validate;
