//! The data: the embedded set loads and validates, every validation rule
//! rejects its fixture with file, line and column, and user files are picked
//! up from each of the three places.

use crate::{Env, careers, fixture, json};
use predicates::prelude::*;

#[test]
fn embedded_data_passes_check() {
    careers(&["check"]).success().stdout(predicate::str::contains("OK: built-in data"));
}

#[test]
fn sources_lists_the_five_articles_and_the_official_statistics() {
    let sources = json(&["sources"]);
    let ids: Vec<&str> = sources.as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["cbt-nuggets", "forage", "noble-desktop", "research-com", "wgu", "bls-oews-2025"]);
    let bls = &sources.as_array().unwrap()[5];
    assert!(bls["counts"]["salary"].as_u64().unwrap() > 10_000, "official wage values are counted: {bls}");
    for id in ["cbt-nuggets", "research-com", "forage", "noble-desktop", "wgu"] {
        let s = sources.as_array().unwrap().iter().find(|s| s["id"] == id).unwrap_or_else(|| panic!("{id} missing"));
        assert!(s["title"].as_str().is_some_and(|t| !t.is_empty()));
        assert!(s["publisher"].as_str().is_some_and(|t| !t.is_empty()));
        for kind in ["salary", "growth", "skills"] {
            assert!(s["counts"][kind].as_u64().unwrap() > 0, "{id} has no {kind} figures");
        }
    }
}

#[test]
fn roles_lists_aliases_and_keeps_occupations_apart() {
    let roles = json(&["roles"]);
    let backend = roles.as_array().unwrap().iter().find(|r| r["id"] == "backend").unwrap();
    assert!(backend["aliases"].as_array().unwrap().iter().any(|a| a == "server-side"));
    assert_eq!(backend["kind"], "role");
    let web = roles.as_array().unwrap().iter().find(|r| r["id"] == "web-developers").unwrap();
    assert_eq!(web["kind"], "occupation");
}

/// Each fixture breaks one rule; the error names the file, line and column.
const BAD: &[(&str, &str, &str)] = &[
    ("invalid-toml.toml", "1:8", "expected `]`"),
    ("unknown-field.toml", "11:1", "unknown field `lo`"),
    ("missing-field.toml", "6:1", "missing field `label`"),
    ("wrong-type.toml", "11:10", "invalid type: string"),
    ("unknown-role.toml", "7:8", "unknown role 'fronted' — did you mean 'frontend'?"),
    ("unknown-level.toml", "8:9", "unknown level 'seniour' — did you mean 'senior'?"),
    ("unknown-skill.toml", "8:21", "unknown skill 'pythn' — did you mean 'python'?"),
    ("low-greater-than-high.toml", "11:7", "`low` (90000) is greater than `high` (60000)"),
    ("negative-amount.toml", "11:10", "`amount` = -5000 is out of range"),
    ("absurd-amount.toml", "11:10", "`amount` = 900000000 is out of range"),
    ("too-large-integer.toml", "11:10", "invalid type: integer"),
    ("percent-out-of-range.toml", "9:11", "`percent` = 1700 is out of range"),
    ("nan-percent.toml", "9:11", "`percent` is not a number"),
    ("nan-amount.toml", "11:10", "invalid type: floating point `NaN`"),
    ("implausible-year.toml", "13:8", "`year` = 20024 is out of range"),
    ("control-character.toml", "9:9", "control character U+001B"),
    ("duplicate-source-id.toml", "2:6", "duplicate source id 'forage'"),
    ("duplicate-role-id.toml", "2:6", "duplicate role id 'backend'"),
    ("ambiguous-alias.toml", "5:12", "role alias 'back-end' already names role 'backend'"),
    ("records-without-source.toml", "1:1", "records need a [source] table"),
    ("empty.toml", "1:1", "the file holds no data"),
    ("restates-unknown-label.toml", "13:12", "`restates` names 'Entry level'"),
    ("openings-qualifier-without-openings.toml", "10:22", "`openings_qualifier` needs `openings_per_year`"),
    ("years-without-bounds.toml", "9:9", "`years` needs `min`, `max` or both"),
    ("share-over-100.toml", "8:11", "not a share from 0 to 100"),
    ("direction-override.toml", "9:9", "contains invisible or direction-changing character U+202E"),
    ("invisible-only.toml", "3:9", "`title` is empty"),
    ("at-most-open-top.toml", "10:8", "cannot have an open top"),
    ("time-min-greater-than-max.toml", "10:37", "`min` (24) is greater than `max` (12)"),
    ("completion-without-share.toml", "10:21", "a `completion` time needs `share_percent`"),
    ("share-without-completion.toml", "10:81", "`share_percent` goes only with measures = \"completion\""),
    ("completion-share-over-100.toml", "10:51", "`share_percent` = 160 is out of range: expected 0 to 100%"),
    ("unknown-time-unit.toml", "10:56", "unknown variant `fortnights`, expected one of `hours`"),
    ("time-without-duration.toml", "9:8", "`time` needs `duration`"),
];

#[test]
fn every_validation_rule_reports_file_line_and_column() {
    for (file, position, message) in BAD {
        let path = fixture(&format!("bad/{file}"));
        let out = Env::new().cmd().arg("check").arg(&path).assert().code(1).get_output().clone();
        let stderr = String::from_utf8_lossy(&out.stderr);
        let expected = format!("error: {}:{position}: ", path.display());
        assert!(stderr.starts_with(&expected), "{file}: expected {expected:?}, got {stderr:?}");
        assert!(stderr.contains(message), "{file}: expected {message:?} in {stderr:?}");
        assert_eq!(stderr.lines().count(), 1, "{file}: one line per problem: {stderr:?}");
    }
}

#[test]
fn every_bad_fixture_is_covered_by_a_rule() {
    let dir = std::fs::read_dir(fixture("bad")).unwrap();
    for entry in dir {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(BAD.iter().any(|(f, ..)| *f == name), "{name} has no expected error");
    }
}

#[test]
fn all_problems_are_reported_not_just_the_first() {
    let env = Env::new();
    let out = env
        .cmd()
        .arg("check")
        .arg(fixture("bad/unknown-role.toml"))
        .arg(fixture("bad/low-greater-than-high.toml"))
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("unknown-role.toml:7:8") && stderr.contains("low-greater-than-high.toml:11:7"), "{stderr}");
}

#[test]
fn check_summarises_a_valid_user_file() {
    Env::new()
        .cmd()
        .arg("check")
        .arg(fixture("good/my-guide.toml"))
        .assert()
        .success()
        .stdout(predicate::str::contains("OK: 1 file(s) valid").and(predicate::str::contains("my-guide")));
}

fn sees_my_guide(cmd: &mut assert_cmd::Command) {
    let out = cmd.args(["sources", "--format", "json"]).assert().success().get_output().stdout.clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert!(v.as_array().unwrap().iter().any(|s| s["id"] == "my-guide"), "user source not loaded: {v}");
}

fn dir_with_guide() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("good/my-guide.toml"), dir.path().join("my-guide.toml")).unwrap();
    dir
}

#[test]
fn user_files_are_read_from_the_user_data_directory() {
    let env = Env::new();
    std::fs::create_dir_all(env.user_data_dir()).unwrap();
    std::fs::copy(fixture("good/my-guide.toml"), env.user_data_dir().join("my-guide.toml")).unwrap();
    sees_my_guide(&mut env.cmd());
}

#[test]
fn user_files_are_read_from_careers_data_dir() {
    let dir = dir_with_guide();
    sees_my_guide(Env::new().cmd().env("CAREERS_DATA_DIR", dir.path()));
}

#[test]
fn user_files_are_read_from_the_data_dir_flag() {
    let dir = dir_with_guide();
    sees_my_guide(Env::new().cmd().arg("--data-dir").arg(dir.path()));
}

#[test]
fn a_user_role_is_usable_in_commands() {
    let dir = dir_with_guide();
    Env::new()
        .cmd()
        .arg("--data-dir")
        .arg(dir.path())
        .args(["salary", "data engineering"])
        .assert()
        .success()
        .stdout(predicate::str::contains("$150,000–$175,000").and(predicate::str::contains("Denver")));
}

#[test]
fn a_malformed_file_in_careers_data_dir_is_reported_with_path_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("bad/low-greater-than-high.toml"), dir.path().join("bad.toml")).unwrap();
    let path = dir.path().join("bad.toml");
    Env::new()
        .cmd()
        .env("CAREERS_DATA_DIR", dir.path())
        .args(["salary"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::starts_with(format!("error: {}:11:7: ", path.display())));
}

#[test]
fn a_missing_data_dir_is_an_error_naming_it() {
    careers(&["--data-dir", "/nonexistent/careers-data", "sources"])
        .code(1)
        .stderr(predicate::str::contains("/nonexistent/careers-data: cannot read data directory"));
}

#[test]
fn readme_example_is_the_tested_fixture() {
    let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/data.md")).unwrap();
    let example = std::fs::read_to_string(fixture("good/my-guide.toml")).unwrap();
    assert!(
        page.contains(&format!("```toml\n{example}```")),
        "docs/data.md's data file example differs from tests/fixtures/good/my-guide.toml"
    );
}

/// The README and docs/ show real output: every `$ careers …` example in
/// them must be what the binary prints now.
#[test]
fn readme_and_docs_examples_show_current_output() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pages = vec![root.join("README.md")];
    for entry in std::fs::read_dir(root.join("docs")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "md") {
            pages.push(path);
        }
    }
    let mut checked = 0;
    for page in pages {
        let text = std::fs::read_to_string(&page).unwrap();
        for block in text.split("```console\n$ careers ").skip(1) {
            let (command, rest) = block.split_once('\n').unwrap();
            let shown = &rest[..rest.find("```").unwrap()];
            let args = shell_words(command);
            let out = Env::new().cmd().env("COLUMNS", "100").args(&args).output().unwrap();
            let actual = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
            assert_eq!(
                shown,
                actual,
                "{}: example `careers {command}` is stale: run `cargo build && python3 scripts/update-readme.py`",
                page.display()
            );
            checked += 1;
        }
    }
    assert!(checked >= 11, "the README and docs show every command; found {checked} examples");
}

/// A newcomer's first screen: the two commands, then no more than 250
/// lines in all.
#[test]
fn the_readme_opens_with_the_two_commands_and_stays_short() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let first: Vec<&str> = readme.lines().take(6).collect();
    assert!(first.iter().any(|l| l.starts_with("cargo run --release -- compare backend frontend")), "{first:?}");
    assert!(first.iter().any(|l| l.starts_with("cargo test")), "{first:?}");
    assert!(readme.lines().count() <= 250, "README is {} lines", readme.lines().count());
}

/// Splits a README command line: words, with "double quotes" grouping.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ' ' if !quoted => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}
