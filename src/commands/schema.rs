//! `careers schema COMMAND`: the JSON Schema of a command's `--format json`.
//!
//! The files in docs/schema/ are the published contract; embedding them
//! means an installed binary answers without the source tree, and the file
//! and the answer cannot drift apart.

use crate::cli::SchemaCommand;

pub fn text(command: SchemaCommand) -> &'static str {
    match command {
        SchemaCommand::Growth => include_str!("../../docs/schema/growth.json"),
        SchemaCommand::Skills => include_str!("../../docs/schema/skills.json"),
        SchemaCommand::Path => include_str!("../../docs/schema/path.json"),
        SchemaCommand::Certs => include_str!("../../docs/schema/certs.json"),
        SchemaCommand::Education => include_str!("../../docs/schema/education.json"),
        SchemaCommand::Areas => include_str!("../../docs/schema/areas.json"),
        SchemaCommand::Sources => include_str!("../../docs/schema/sources.json"),
        SchemaCommand::Roles => include_str!("../../docs/schema/roles.json"),
        SchemaCommand::Check => include_str!("../../docs/schema/check.json"),
        SchemaCommand::Where => include_str!("../../docs/schema/where.json"),
        SchemaCommand::Industries => include_str!("../../docs/schema/industries.json"),
        SchemaCommand::Salary => include_str!("../../docs/schema/salary.json"),
        SchemaCommand::Compare => include_str!("../../docs/schema/compare.json"),
        SchemaCommand::Switch => include_str!("../../docs/schema/switch.json"),
        SchemaCommand::Offer => include_str!("../../docs/schema/offer.json"),
    }
}
