//! End-to-end tests of the real binary, in a hermetic environment: an empty
//! user data directory, no CAREERS_DATA_DIR, no colour, no terminal width.

mod articles;
mod commands;
mod completion_safety;
mod csv_tables;
mod data;
mod education;
mod hostile;
mod layout;
mod loading;
mod official;
mod pager;
mod parity;
mod places;
mod robustness;
mod schema;
mod shells;
mod snapshots;
mod streams;

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

pub struct Env {
    pub home: TempDir,
}

impl Default for Env {
    fn default() -> Env {
        Env::new()
    }
}

impl Env {
    pub fn new() -> Env {
        Env { home: tempfile::tempdir().expect("temp dir") }
    }

    /// Where `careers` looks for the user's own data files in this environment.
    pub fn user_data_dir(&self) -> PathBuf {
        self.home.path().join("share/careers")
    }

    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("careers").expect("binary built");
        c.env("HOME", self.home.path())
            .env("XDG_DATA_HOME", self.home.path().join("share"))
            .env_remove("CAREERS_DATA_DIR")
            .env_remove("NO_COLOR")
            .env_remove("COLUMNS")
            .env("TERM", "xterm");
        c
    }
}

pub fn careers(args: &[&str]) -> assert_cmd::assert::Assert {
    Env::new().cmd().args(args).assert()
}

pub fn stdout(args: &[&str]) -> String {
    let out = careers(args).success().get_output().stdout.clone();
    String::from_utf8(out).expect("UTF-8 output")
}

/// Standard output of `args` followed by `--format format`.
pub fn stdout_as(format: &str, args: &[&str]) -> String {
    let mut all = args.to_vec();
    all.extend(["--format", format]);
    stdout(&all)
}

pub fn json(args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&stdout_as("json", args)).expect("one JSON document")
}

/// Every figure `salary --format json` gives: the articles' and users'.
pub fn salary_records(v: &serde_json::Value) -> Vec<&serde_json::Value> {
    v["figures"].as_array().into_iter().flatten().collect()
}

pub fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(path)
}

/// The rows of the first "Summary across sources" table in `out`, each as
/// its trimmed cells (the table drawn without a width, a line a row).
pub fn summary_rows(out: &str) -> Vec<Vec<String>> {
    out.lines()
        .skip_while(|l| !l.starts_with("Summary across"))
        .skip_while(|l| !l.starts_with('╞'))
        .skip(1)
        .take_while(|l| !l.starts_with('╰'))
        .map(|l| l.trim_matches('│').split('┆').map(|c| c.trim().to_string()).collect())
        .collect()
}
