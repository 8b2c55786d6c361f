//! Long output on a terminal goes through the pager; short output, piped
//! output and --no-pager do not. A real pseudo-terminal comes from
//! util-linux's `script`; the pager is a stand-in that records its input.

use crate::Env;
use std::path::Path;
use std::process::Command;

/// Runs `careers ARGS` in a terminal of `rows` rows with a pager that
/// writes what it is given to `record`; returns what reached the terminal.
fn in_terminal(env: &Env, rows: u16, args: &str, record: &Path) -> String {
    let careers = assert_cmd::cargo::cargo_bin("careers");
    let line = format!("stty rows {rows} cols 80; {} {args}", careers.display());
    let out = Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .env("HOME", env.home.path())
        .env("XDG_DATA_HOME", env.home.path().join("share"))
        .env("PAGER", format!("cat > '{}'", record.display()))
        .env_remove("CAREERS_PAGER")
        .env_remove("COLUMNS")
        .output()
        .expect("util-linux's script runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn output_taller_than_the_terminal_goes_through_the_pager() {
    let env = Env::new();
    let record = env.home.path().join("paged");
    let shown = in_terminal(&env, 10, "salary --level senior", &record);
    let paged = std::fs::read_to_string(&record).expect("the pager was run");
    assert!(paged.contains("$187,000") && paged.lines().count() > 10, "{paged}");
    assert!(!shown.contains("$187,000"), "the pager, not careers, shows it: {shown}");
}

#[test]
fn short_output_and_no_pager_print_straight_to_the_terminal() {
    let env = Env::new();
    let record = env.home.path().join("paged");
    let shown = in_terminal(&env, 60, "skills fullstack", &record);
    assert!(shown.contains("JavaScript") && !record.exists(), "{shown}");
    let shown = in_terminal(&env, 10, "salary --level senior --no-pager", &record);
    assert!(shown.contains("$187,000") && !record.exists(), "{shown}");
}

#[test]
fn piped_output_is_never_paged() {
    let env = Env::new();
    let record = env.home.path().join("paged");
    let out = env.cmd().env("PAGER", format!("cat > '{}'", record.display())).args(["salary"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("$187,000") && !record.exists());
}
