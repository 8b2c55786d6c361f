//! The data model and its validation. This module is compiled twice: into the
//! build script, which validates `data/` and embeds it, and into the binary,
//! which validates user files the same way. It must therefore depend only on
//! serde, toml, strsim, std and `crate::text`.

pub mod model;
pub mod official;
pub mod raw;
pub mod validate;
