//! Long output on a terminal goes through the pager; short output, piped
//! output and --no-pager do not. A real pseudo-terminal comes from
//! util-linux's `script`; the pager is a stand-in that records its input.

use crate::Env;
use std::path::Path;
use std::process::Command;

/// Runs the shell command `line` in a terminal of `rows` rows, `careers`
/// standing for the binary, with the environment changed by `vars` (`None`
/// removes a variable). Returns the exit status and what reached the
/// terminal, stdout and stderr together; a hang fails after a minute.
fn terminal(env: &Env, rows: u16, line: &str, vars: &[(&str, Option<&str>)]) -> (Option<i32>, String) {
    let careers = assert_cmd::cargo::cargo_bin("careers");
    let line = format!("stty rows {rows} cols 80; {}", line.replace("careers", &format!("'{}'", careers.display())));
    let mut cmd = Command::new("timeout");
    cmd.args(["-k", "5", "60", "script", "-qec", &line, "/dev/null"])
        .env("HOME", env.home.path())
        .env("XDG_DATA_HOME", env.home.path().join("share"))
        .env_remove("CAREERS_PAGER")
        .env_remove("PAGER")
        .env_remove("LESS")
        .env_remove("LV")
        .env_remove("COLUMNS");
    for (name, value) in vars {
        match value {
            Some(v) => cmd.env(name, v),
            None => cmd.env_remove(name),
        };
    }
    let out = cmd.output().expect("util-linux's script runs");
    assert_ne!(out.status.code(), Some(124), "{line} hangs");
    (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Runs `careers ARGS` in a terminal of `rows` rows with a pager that
/// writes what it is given to `record`; returns what reached the terminal.
fn in_terminal(env: &Env, rows: u16, args: &str, record: &Path) -> String {
    let pager = format!("cat > '{}'", record.display());
    terminal(env, rows, &format!("careers {args}"), &[("PAGER", Some(&pager))]).1
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

/// The lines of `shown` that are careers' warning about the pager.
fn warnings(shown: &str) -> Vec<&str> {
    shown.lines().filter(|l| l.contains("warning")).collect()
}

#[test]
fn a_pager_that_cannot_start_costs_one_warning_not_the_output() {
    let env = Env::new();
    let not_executable = env.home.path().join("pager");
    std::fs::write(&not_executable, "#!/bin/sh\ncat\n").unwrap();
    let not_executable = not_executable.to_str().unwrap();
    for pager in ["no-such-pager", "no-such-pager -R --x", not_executable] {
        let (code, shown) = terminal(&env, 10, "careers salary --level senior", &[("CAREERS_PAGER", Some(pager))]);
        assert_eq!(code, Some(0), "{pager}: {shown}");
        assert!(shown.contains("$187,000") && shown.lines().count() > 10, "{pager}: the output is all there: {shown}");
        let warnings = warnings(&shown);
        assert_eq!(warnings.len(), 1, "{pager}: {shown}");
        assert!(warnings[0].starts_with(&format!("warning: the pager '{pager}' could not start")), "{shown}");
        assert!(!shown.contains("sh: "), "{pager}: the shell's own message is not printed too: {shown}");
    }
    // What the shell reports itself, it may say first; the output still follows.
    for pager in ["FOO=1 no-such-pager", &format!("'{not_executable}'")] {
        let (code, shown) = terminal(&env, 10, "careers salary --level senior", &[("CAREERS_PAGER", Some(pager))]);
        assert_eq!(code, Some(0), "{pager}: {shown}");
        assert!(shown.contains("$187,000") && warnings(&shown).len() == 1, "{pager}: {shown}");
    }
}

#[test]
fn without_less_the_default_pager_prints_directly() {
    let env = Env::new();
    // A PATH with a shell and nothing else: no less.
    let bin = env.home.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    std::os::unix::fs::symlink("/bin/sh", bin.join("sh")).unwrap();
    let line = format!("PATH='{}' careers salary --level senior", bin.display());
    let (code, shown) = terminal(&env, 10, &line, &[]);
    assert_eq!(code, Some(0), "{shown}");
    assert!(shown.contains("$187,000") && warnings(&shown).len() == 1, "{shown}");
    assert!(shown.contains("warning: the pager 'less -FRX' could not start (not found)"), "{shown}");
}

#[test]
fn less_and_lv_are_told_to_show_colour_unless_the_user_set_them() {
    let env = Env::new();
    let record = env.home.path().join("env");
    let pager = format!("echo \"LESS=$LESS LV=$LV\" > '{}'; cat > /dev/null", record.display());
    let vars = [("PAGER", Some(pager.as_str()))];
    terminal(&env, 10, "careers salary --level senior", &vars);
    assert_eq!(std::fs::read_to_string(&record).unwrap(), "LESS=FRX LV=-c\n");
    let vars = [("PAGER", Some(pager.as_str())), ("LESS", Some("R")), ("LV", Some(""))];
    terminal(&env, 10, "careers salary --level senior", &vars);
    assert_eq!(std::fs::read_to_string(&record).unwrap(), "LESS=R LV=\n");
}

#[test]
fn no_term_means_no_colour() {
    let env = Env::new();
    let (_, shown) = terminal(&env, 60, "careers skills fullstack", &[("TERM", Some("xterm"))]);
    assert!(shown.contains("JavaScript") && shown.contains('\x1b'), "a terminal gets colour: {shown}");
    // script sets TERM=dumb when there is none: unset it inside.
    let (_, shown) = terminal(&env, 60, "unset TERM; careers skills fullstack", &[("TERM", Some("xterm"))]);
    assert!(shown.contains("JavaScript") && !shown.contains('\x1b'), "{shown}");
    let (_, shown) = terminal(&env, 60, "TERM= careers skills fullstack", &[("TERM", Some("xterm"))]);
    assert!(!shown.contains('\x1b'), "{shown}");
}

#[test]
fn a_dumb_terminal_is_never_paged() {
    let env = Env::new();
    let record = env.home.path().join("paged");
    let pager = format!("cat > '{}'", record.display());
    for term in ["TERM=dumb", "TERM=", "unset TERM;"] {
        let line = format!("{term} careers salary --level senior");
        let (code, shown) = terminal(&env, 10, &line, &[("PAGER", Some(&pager)), ("TERM", Some("xterm"))]);
        assert_eq!(code, Some(0), "{term}");
        assert!(shown.contains("$187,000") && !record.exists(), "{term}: {shown}");
    }
}
