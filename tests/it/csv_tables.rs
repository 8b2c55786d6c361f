//! CSV as a spreadsheet opens it: one flat table with its header, also when
//! a call has no rows.

use crate::{Env, stdout_as};

/// A user file defining a role no BLS occupation stands for, so the
/// official commands have nothing to rank for it.
fn env_with_unofficial_role() -> Env {
    let env = Env::new();
    let dir = env.user_data_dir();
    std::fs::create_dir_all(&dir).unwrap();
    let role = "[source]\nid = \"roles\"\ntitle = \"T\"\npublisher = \"P\"\n\n[[role]]\nid = \"zz-role\"\n\
                name = \"Zed engineer\"\nkind = \"role\"\naliases = []\ndescription = \"d\"\n";
    std::fs::write(dir.join("roles.toml"), role).unwrap();
    env
}

fn csv_in(env: &Env, args: &[&str]) -> String {
    let out = env.cmd().args(args).args(["--format", "csv"]).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn an_empty_result_is_the_header_the_same_command_prints_with_rows() {
    let cases: &[(&[&str], &[&str])] = &[
        (&["growth", "devops"], &["growth", "backend"]),
        (&["skills", "backend", "--source", "bls-oews-2025"], &["skills", "backend"]),
        (&["path", "frontend"], &["path", "backend"]),
        (&["certs", "frontend"], &["certs"]),
        (&["areas", "xyz"], &["areas", "ohio"]),
        (&["salary", "backend", "--source", "cbt-nuggets", "--level", "lead"], &["salary", "backend"]),
        (
            &["salary", "backend", "--source", "cbt-nuggets", "--level", "lead", "--part", "summary"],
            &["salary", "--part", "summary"],
        ),
        (
            &["compare", "backend", "frontend", "--part", "growth", "--source", "bls-oews-2025"],
            &["compare", "backend", "frontend", "--part", "growth"],
        ),
        (
            &["compare", "backend", "frontend", "--part", "salary", "--source", "cbt-nuggets", "--level", "lead"],
            &["compare", "backend", "frontend"],
        ),
        (&["offer", "150k", "frontend", "--level", "lead"], &["offer", "150k", "frontend"]),
    ];
    for (empty, full) in cases {
        let (empty_csv, full_csv) = (stdout_as("csv", empty), stdout_as("csv", full));
        let header = full_csv.lines().next().unwrap_or_default();
        assert!(full_csv.lines().count() > 1 && header.contains(','), "{full:?} has rows: {full_csv}");
        assert_eq!(empty_csv, format!("{header}\n"), "{empty:?} against {full:?}");
    }
    let env = env_with_unofficial_role();
    for command in ["where", "industries"] {
        let (empty_csv, full_csv) = (csv_in(&env, &[command, "zz-role"]), csv_in(&env, &[command, "backend"]));
        let header = full_csv.lines().next().unwrap_or_default();
        assert!(full_csv.lines().count() > 1 && header.contains(','), "{command} backend has rows: {full_csv}");
        assert_eq!(empty_csv, format!("{header}\n"), "{command}");
    }
}

#[test]
fn a_column_empty_in_every_row_is_still_in_the_header() {
    // CBT Nuggets names no places: its `places` is empty in every row, but
    // the columns are those a figure naming places fills.
    let none = stdout_as("csv", &["salary", "backend", "--source", "cbt-nuggets"]);
    let some = stdout_as("csv", &["salary", "backend"]);
    assert_eq!(none.lines().next(), some.lines().next());
    assert!(none.lines().next().unwrap_or_default().contains(",places.name,places.area,"), "{none}");
}

#[test]
fn no_cell_holds_json_and_lists_of_objects_are_a_column_per_field() {
    for args in crate::commands::ALL {
        let text = stdout_as("csv", args);
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        for record in reader.records() {
            for cell in &record.unwrap() {
                let json = serde_json::from_str::<serde_json::Value>(cell);
                assert!(!json.is_ok_and(|v| v.is_object() || v.is_array()), "{args:?}: {cell}");
            }
        }
    }
    let salary = stdout_as("csv", &["salary", "backend", "--source", "noble-desktop"]);
    let mut reader = csv::Reader::from_reader(salary.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let at = |name: &str| headers.iter().position(|h| h == name).unwrap_or_else(|| panic!("{name}: {headers:?}"));
    let (names, areas) = (at("places.name"), at("places.area"));
    let three = reader
        .records()
        .map(Result::unwrap)
        .find(|r| r[names].matches("; ").count() == 2)
        .unwrap_or_else(|| panic!("the figure naming three places: {salary}"));
    assert_eq!(three[areas].split("; ").count(), 3, "one area per place, in place: {three:?}");
}
