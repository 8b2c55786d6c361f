//! Completion never runs anything: in real bash, zsh and fish, Tab over a
//! hostile file name and then Enter passes that exact name, in and out of
//! quotes; and a stray `COMPLETE` in the environment changes nothing.

use crate::shells::shell;
use crate::{Env, stdout};
use std::path::Path;
use std::time::Duration;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Names that run a command, end a word or open a quote when inserted raw.
const HOSTILE: &[&str] = &[
    "$(touch PWNED).toml",
    "a;b.toml",
    "x'y.toml",
    "back`tick.toml",
    "two  words.toml",
    "new\nline.toml",
    "q\"uote.toml",
    "it!s.toml",
    "<\u{1b}[31m>.toml",
];

/// What each line gave in `kind` (bash, zsh or fish): the edit buffer after
/// Tab, and the arguments the line ran with when Enter was pressed. `None`
/// when the shell (or zsh, which drives the terminal) is not installed.
fn press_tab(kind: &str, cwd: &Path, lines: &[String]) -> Option<Vec<(String, Vec<String>)>> {
    shell(kind)?;
    let mut zsh = shell("zsh")?;
    zsh.current_dir(cwd)
        .arg(Path::new(ROOT).join("tests/shell/press-tab.zsh"))
        .arg(kind)
        .arg(Path::new(ROOT).join("completions"))
        .args(lines);
    // A shell that stops answering fails the test rather than hanging it.
    let out = assert_cmd::Command::from_std(zsh).timeout(Duration::from_secs(120)).assert().success();
    let out = String::from_utf8(out.get_output().stdout.clone()).expect("UTF-8");
    let fields: Vec<&str> = out.split('\0').collect();
    let results: Vec<_> = fields
        .chunks(2)
        .filter(|pair| pair.len() == 2)
        .map(|pair| (pair[0].to_string(), pair[1].split_terminator('\x1f').map(str::to_string).collect()))
        .collect();
    assert_eq!(results.len(), lines.len(), "{kind}: {out:?}");
    Some(results)
}

/// One directory per hostile name, holding only that file, so Tab has one
/// candidate; `glob` also holds `b.toml`, which `*` would match.
fn hostile_files() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (i, name) in HOSTILE.iter().enumerate() {
        std::fs::create_dir(dir.path().join(format!("d{i}"))).unwrap();
        std::fs::write(dir.path().join(format!("d{i}")).join(name), "").unwrap();
    }
    std::fs::create_dir(dir.path().join("glob")).unwrap();
    std::fs::write(dir.path().join("glob/*.toml"), "").unwrap();
    std::fs::write(dir.path().join("glob/b.toml"), "").unwrap();
    dir
}

fn file_names_complete_to_themselves_and_run_nothing(kind: &str) {
    let files = hostile_files();
    // Typed with no quote, after an opened `"` and after an opened `'`.
    let mut cases = Vec::new();
    for open in ["", "\"", "'"] {
        for (i, name) in HOSTILE.iter().enumerate() {
            // fish, inside a quote, would insert the escape character raw;
            // that name is not offered there (checked below).
            if kind == "fish" && !open.is_empty() && name.contains('\u{1b}') {
                continue;
            }
            cases.push((open, format!("careers check {open}d{i}/"), format!("d{i}/{name}")));
        }
        // fish reads a typed `*` as a pattern of its own and completes to the
        // pattern, whatever the candidates; bash once expanded them with it.
        if kind != "fish" {
            let star = if open.is_empty() { "\\*" } else { "*" };
            cases.push((open, format!("careers check {open}glob/{star}"), "glob/*.toml".to_string()));
        }
    }
    let lines: Vec<String> = cases.iter().map(|(_, line, _)| line.clone()).collect();
    let Some(results) = press_tab(kind, files.path(), &lines) else { return };
    for ((open, typed, path), (buffer, args)) in cases.iter().zip(&results) {
        assert_eq!(args, &["careers", "check", path.as_str()], "{kind}: {typed:?} completed to {buffer:?}");
        // Inside quotes zsh's compadd inserts a control character as it is,
        // and zle shows it as `^[` (a newline as a line break), so none
        // reaches the terminal raw; bash and fish write an escape instead.
        let raw = (kind != "zsh" || open.is_empty()) && buffer.chars().any(|c| c.is_control());
        assert!(!raw, "{kind}: {typed:?} put a raw control character on the line: {buffer:?}");
    }
    assert!(!files.path().join("PWNED").exists(), "{kind}: completing or running a line ran a command");
    if kind == "fish" {
        let escape = HOSTILE.iter().position(|n| n.contains('\u{1b}')).unwrap();
        let mut fish = shell("fish").unwrap();
        let line = format!("'careers check \"d{escape}/'");
        fish.current_dir(files.path())
            .arg("-c")
            .arg(format!("source {}/completions/careers.fish; complete -C {line}", ROOT));
        let offered = fish.output().unwrap().stdout;
        assert!(offered.is_empty(), "fish offers {:?} inside a quote", String::from_utf8_lossy(&offered));
    }
}

#[test]
fn bash_completes_hostile_file_names_to_themselves_and_runs_nothing() {
    file_names_complete_to_themselves_and_run_nothing("bash");
}

#[test]
fn zsh_completes_hostile_file_names_to_themselves_and_runs_nothing() {
    file_names_complete_to_themselves_and_run_nothing("zsh");
}

#[test]
fn fish_completes_hostile_file_names_to_themselves_and_runs_nothing() {
    file_names_complete_to_themselves_and_run_nothing("fish");
}

#[test]
fn an_area_completes_to_a_usable_argument_in_or_out_of_quotes() {
    let area = "San Jose-Sunnyvale-Santa Clara, CA";
    let lines: Vec<String> = ["San\\ Jo", "\"San Jo", "'San Jo", "\"san jo"]
        .iter()
        .map(|typed| format!("careers salary backend --area {typed}"))
        .collect();
    let cwd = tempfile::tempdir().unwrap();
    for kind in ["bash", "zsh", "fish"] {
        let Some(results) = press_tab(kind, cwd.path(), &lines) else { return };
        for (typed, (buffer, args)) in lines.iter().zip(&results) {
            // zsh's matching is case-sensitive, so `san jo` stays as typed.
            if kind == "zsh" && typed.contains("san jo") {
                continue;
            }
            assert_eq!(args, &["careers", "salary", "backend", "--area", area], "{kind}: {typed:?} gave {buffer:?}");
        }
    }
    // And careers takes the name that way.
    let out = stdout(&["salary", "backend", "--area", area, "--format", "json"]);
    assert!(out.contains("San Jose"), "{out}");
}

#[test]
fn a_stray_complete_variable_leaves_ordinary_commands_alone() {
    // Set for another program's completion, or by habit: not ours.
    for value in ["bash", "1", "zsh"] {
        let out = Env::new().cmd().args(["roles", "-f", "json"]).env("COMPLETE", value).output().unwrap();
        assert!(out.status.success(), "COMPLETE={value}: {}", String::from_utf8_lossy(&out.stderr));
        let json: Result<serde_json::Value, _> = serde_json::from_slice(&out.stdout);
        assert!(json.is_ok(), "COMPLETE={value} printed {}", String::from_utf8_lossy(&out.stdout));
    }
    // Ours still answers a shell.
    let script = Env::new().cmd().env("CAREERS_COMPLETE", "bash").output().unwrap();
    assert!(String::from_utf8_lossy(&script.stdout).contains("CAREERS_COMPLETE=\"bash\""));
}

#[test]
fn the_completion_variable_is_documented() {
    let page = stdout(&["man"]);
    let environment = page.split_once(".SH ENVIRONMENT").unwrap().1.split_once(".SH FILES").unwrap().0;
    assert!(environment.contains("CAREERS_COMPLETE"), "{environment}");
    assert!(environment.contains("sh \\-c"), "the pager variables are run by the shell: {environment}");
    let readme = std::fs::read_to_string(Path::new(ROOT).join("README.md")).unwrap();
    assert!(readme.contains("CAREERS_COMPLETE"));
}

#[test]
fn untested_shells_are_offered_only_plain_words() {
    // No PowerShell or elvish here to press Tab in: what they are sent is
    // checked instead. Both insert a candidate as it is.
    let dir = tempfile::tempdir().unwrap();
    for name in ["$(touch PWNED).toml", "a b.toml", "a'b.toml", "a\tb.toml", "a,b.toml", "plain-1.toml"] {
        std::fs::write(dir.path().join(name), "").unwrap();
    }
    for (shell, index) in [("powershell", None), ("elvish", Some("2"))] {
        let mut cmd = Env::new().cmd();
        cmd.current_dir(dir.path()).env("CAREERS_COMPLETE", shell).args(["--", "careers", "check", ""]);
        if let Some(i) = index {
            cmd.env("_CLAP_COMPLETE_INDEX", i);
        }
        let out = cmd.output().unwrap();
        let offered = String::from_utf8_lossy(&out.stdout);
        assert!(offered.contains("plain-1.toml"), "{shell}: {offered}");
        for hostile in ["PWNED", "a b", "a'b", "a\tb", "a,b"] {
            assert!(!offered.contains(hostile), "{shell} is offered {hostile:?}: {offered}");
        }
    }
}
