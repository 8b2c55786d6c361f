//! Every command's table output pinned at 80 and 160 columns, so a change to
//! how tables are drawn shows up as a reviewed difference, not a guess.
//! `cargo insta review` (or INSTA_UPDATE=always) accepts a new snapshot.

use crate::Env;

/// Beyond `commands::ALL`: the variants whose tables differ in shape.
pub const MORE: &[&[&str]] = &[
    &["compare", "backend", "frontend", "devops", "--level", "senior"],
    &["salary", "backend", "--area", "Cincinnati"],
    &["salary", "backend", "--chart", "--source", "cbt-nuggets"],
    &["skills", "frontend", "--top", "3"],
    &["check"],
];

fn table_at(width: u16, args: &[&str]) -> String {
    let out = Env::new().cmd().env("COLUMNS", width.to_string()).args(args).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).expect("UTF-8 output")
}

#[test]
fn every_command_draws_the_same_tables_at_80_and_160_columns() {
    for width in [80, 160] {
        for args in crate::commands::ALL.iter().chain(MORE) {
            let name = format!("{}-{width}", args.join("-").replace(' ', "_").to_lowercase());
            insta::assert_snapshot!(name, table_at(width, args), &args.join(" "));
        }
    }
}
