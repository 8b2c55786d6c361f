//! The standard streams as a shell may leave them: a reader that goes away
//! early, a stderr closed before the run.

use crate::Env;
use std::io::Read;
use std::process::{Command, Stdio};

const FORMATS: &[&str] = &["table", "json", "csv", "markdown"];

/// `careers` with `args` in a hermetic environment, not yet started.
fn careers(env: &Env, args: &[&str]) -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("careers"));
    cmd.env("HOME", env.home.path())
        .env("XDG_DATA_HOME", env.home.path().join("share"))
        .env_remove("CAREERS_DATA_DIR")
        .env_remove("COLUMNS")
        .args(args);
    cmd
}

/// Runs `cmd` with its output read for `keep` bytes, then the pipe closed,
/// as `| head -c KEEP` does; returns the exit code and stderr.
fn read_then_close(mut cmd: Command, keep: usize) -> (Option<i32>, String) {
    let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut kept = vec![0; keep];
    let _ = stdout.read_exact(&mut kept);
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// An environment whose user data holds 2,000 back-end figures, so the
/// commands that list figures write more than a pipe holds (64 KiB) and a
/// reader leaving after 100 bytes closes the pipe mid-write.
fn with_many_figures() -> Env {
    let env = Env::new();
    let mut text = String::from("[source]\nid = \"many\"\ntitle = \"T\"\npublisher = \"P\"\n");
    for i in 0..2_000 {
        text.push_str(&format!(
            "\n[[salary]]\nrole = \"backend\"\nlevel = \"mid\"\nlabel = \"figure {i}\"\nkind = \"average\"\n\
             amount = {}\nbasis = \"own\"\n",
            50_000 + i
        ));
    }
    std::fs::create_dir_all(env.user_data_dir()).unwrap();
    std::fs::write(env.user_data_dir().join("many.toml"), text).unwrap();
    env
}

#[test]
fn a_reader_that_leaves_early_gets_exit_0_and_no_message_in_every_command_and_format() {
    let env = with_many_figures();
    for args in crate::commands::ALL {
        for format in FORMATS {
            // Nothing read at all, and the first 100 bytes (as `head -c 100`):
            // the write that fails may be the first or one in the middle.
            for keep in [0, 100] {
                let mut cmd = careers(&env, args);
                cmd.args(["--format", format]);
                let (code, stderr) = read_then_close(cmd, keep);
                assert_eq!((code, stderr.as_str()), (Some(0), ""), "{args:?} --format {format}, {keep} bytes read");
            }
        }
    }
}

/// The exit code of `careers ARGS` run with stderr closed (`2>&-`) and
/// stdout discarded.
fn with_stderr_closed(args: &str) -> Option<i32> {
    let bin = assert_cmd::cargo::cargo_bin("careers");
    let env = Env::new();
    let script = format!("'{}' {args} >/dev/null 2>&-", bin.display());
    let mut cmd = Command::new("sh");
    cmd.env("HOME", env.home.path()).env("XDG_DATA_HOME", env.home.path().join("share")).args(["-c", &script]);
    cmd.status().unwrap().code()
}

#[test]
fn a_closed_stderr_changes_no_exit_status() {
    let good = crate::fixture("good").display().to_string();
    let bad = crate::fixture("bad/unknown-role.toml").display().to_string();
    for args in [
        "compare backend frontend".to_string(),
        "salary --format json".into(),
        format!("--data-dir '{good}' salary backend"),
        format!("check '{good}'"),
        "where backend".into(),
        "completions bash".into(),
    ]
    .into_iter()
    .chain(crate::commands::ALL.iter().map(|args| args.iter().map(|a| format!("'{a}'")).collect::<Vec<_>>().join(" ")))
    {
        assert_eq!(with_stderr_closed(&args), Some(0), "{args}");
    }
    // What has something to report still fails, though nobody can read it.
    assert_eq!(with_stderr_closed(&format!("check '{bad}'")), Some(1));
    assert_eq!(with_stderr_closed("salary nobody"), Some(2));
}
