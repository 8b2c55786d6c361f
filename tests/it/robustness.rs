//! Bad input and hostile environments: the program never panics and always
//! says what is wrong.

use crate::{Env, careers, fixture};
use predicates::prelude::*;
use std::process::Stdio;

#[test]
fn a_closed_pipe_ends_quietly() {
    let env = Env::new();
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("careers"));
    cmd.env("HOME", env.home.path()).env("XDG_DATA_HOME", env.home.path().join("share")).env_remove("CAREERS_DATA_DIR");
    let mut child = cmd
        .args(["compare", "backend", "frontend", "--format", "markdown"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{:?}", out.status);
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn no_arguments_prints_the_short_help() {
    careers(&[]).code(2).stderr(predicate::str::contains("Usage: careers"));
}

#[test]
fn usage_errors_exit_2() {
    careers(&["salary", "--format", "yaml"]).code(2);
    careers(&["frobnicate"]).code(2);
}

#[test]
fn control_characters_in_a_user_file_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("bad/control-character.toml"), dir.path().join("x.toml")).unwrap();
    let out = Env::new().cmd().env("CAREERS_DATA_DIR", dir.path()).arg("salary").assert().code(1).get_output().clone();
    assert!(!out.stderr.contains(&0x1b) && !out.stdout.contains(&0x1b));
}

#[test]
fn a_file_that_is_not_utf8_is_reported_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("x.toml"), b"[source]\nid = \"t\xff\"\n").unwrap();
    Env::new()
        .cmd()
        .env("CAREERS_DATA_DIR", dir.path())
        .arg("sources")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("x.toml:2:8: is not valid UTF-8"));
}

#[test]
fn a_directory_named_like_a_data_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("x.toml")).unwrap();
    Env::new()
        .cmd()
        .env("CAREERS_DATA_DIR", dir.path())
        .arg("sources")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("x.toml: is a directory"));
}

#[test]
fn a_symlink_loop_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(dir.path().join("x.toml"), dir.path().join("x.toml")).unwrap();
    Env::new()
        .cmd()
        .env("CAREERS_DATA_DIR", dir.path())
        .arg("sources")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("x.toml: cannot read"));
}
