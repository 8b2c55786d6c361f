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

/// Loads `dir` as CAREERS_DATA_DIR and returns the error printed, having
/// checked that loading failed with status 1 and printed nothing else.
fn load_error(dir: &std::path::Path) -> String {
    let out =
        Env::new().cmd().env("CAREERS_DATA_DIR", dir).arg("sources").assert().code(1).stdout("").get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    stderr
}

#[test]
fn a_file_that_is_not_utf8_is_reported_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("x.toml"), b"[source]\nid = \"t\xff\"\n").unwrap();
    let error = load_error(dir.path());
    assert!(error.contains("x.toml:2:8: is not valid UTF-8"), "{error}");
}

#[test]
fn a_directory_named_like_a_data_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("x.toml")).unwrap();
    let error = load_error(dir.path());
    assert!(error.contains("x.toml: is a directory"), "{error}");
}

#[test]
fn a_symlink_loop_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(dir.path().join("x.toml"), dir.path().join("x.toml")).unwrap();
    let error = load_error(dir.path());
    assert!(error.contains("x.toml: cannot read"), "{error}");
}

#[test]
fn piping_into_head_ends_quietly() {
    let env = Env::new();
    let bin = assert_cmd::cargo::cargo_bin("careers");
    let script = format!("'{}' salary | head -1 >/dev/null; echo ${{PIPESTATUS[0]}}", bin.display());
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(script)
        .env("HOME", env.home.path())
        .env("XDG_DATA_HOME", env.home.path().join("share"))
        .env_remove("CAREERS_DATA_DIR")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0", "careers exits 0 when head stops reading");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "", "and says nothing");
}

fn in_data_dir(name: &str, write: impl FnOnce(&std::path::Path)) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    write(&path);
    (dir, path)
}

#[test]
fn a_50_mb_file_is_read_and_its_error_located() {
    let (dir, path) = in_data_dir("big.toml", |p| {
        let mut text = String::with_capacity(50 << 20);
        let line = "# padding padding padding padding padding padding padding padding\n";
        while text.len() < 50 << 20 {
            text.push_str(line);
        }
        text.push_str("[source\n");
        std::fs::write(p, &text).unwrap();
    });
    let lines = std::fs::read_to_string(&path).unwrap().lines().count();
    let error = load_error(dir.path());
    assert!(error.starts_with(&format!("error: {}:{lines}:8: ", path.display())), "{error}");
}

#[test]
fn a_file_over_the_size_limit_is_refused_unread() {
    let (dir, _) = in_data_dir("huge.toml", |p| {
        std::fs::File::create(p).unwrap().set_len(65 << 20).unwrap();
    });
    let error = load_error(dir.path());
    assert!(error.contains("huge.toml: is 65 MiB, over the 64 MiB limit"), "{error}");
}

#[test]
fn pathologically_nested_values_are_an_error_not_a_crash() {
    for (name, text) in [
        ("arrays.toml", format!("a = {}{}\n", "[".repeat(100_000), "]".repeat(100_000))),
        ("tables.toml", format!("a = {}1{}\n", "{b=".repeat(50_000), "}".repeat(50_000))),
        ("keys.toml", format!("[{}]\n", vec!["a"; 100_000].join("."))),
    ] {
        let (dir, _) = in_data_dir(name, |p| std::fs::write(p, &text).unwrap());
        let error = load_error(dir.path());
        assert!(error.starts_with("error: ") && error.contains(name), "{name}: {error}");
    }
}

#[test]
fn thousands_of_files_load() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..3000 {
        let text = format!(
            "[source]\nid = \"many-{i}\"\ntitle = \"T{i}\"\npublisher = \"P\"\n\n[[salary]]\nrole = \"backend\"\nlevel = \"entry\"\nlabel = \"l\"\nkind = \"average\"\namount = {}\nbasis = \"own\"\n",
            50_000 + i
        );
        std::fs::write(dir.path().join(format!("many-{i:04}.toml")), text).unwrap();
    }
    let out = Env::new()
        .cmd()
        .env("CAREERS_DATA_DIR", dir.path())
        .args(["sources", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let sources: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(sources.as_array().unwrap().len(), 3000 + 6);
}

#[test]
fn direction_changing_and_invisible_characters_never_reach_the_terminal_raw() {
    let mut cases: Vec<Vec<&str>> = Vec::new();
    for raw in ["back\u{202E}end", "Py\u{200B}thon", "x\u{2066}y", "a\u{2028}b"] {
        cases.extend([vec!["skills", raw], vec!["skills", "backend", "--top", raw], vec!["--format", raw, "roles"]]);
    }
    for args in cases {
        let out = crate::Env::new().cmd().args(&args).output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(!stderr.chars().any(|c| ('\u{2000}'..='\u{206F}').contains(&c) && c != '—'), "{stderr:?}");
        assert!(stderr.contains("\\u{"), "shown as a visible escape: {stderr}");
    }
}

#[test]
fn csv_defuses_formulas_and_markdown_escapes_html() {
    let dir = tempfile::tempdir().unwrap();
    let file = "[source]\nid = \"mine\"\ntitle = \"<img src=x onerror=alert(1)>\"\npublisher = \"@evil\"\n\n\
                [[salary]]\nrole = \"backend\"\nlevel = \"mid\"\nlabel = \"=HYPERLINK(\\\"http://x\\\")\"\n\
                kind = \"average\"\namount = 50000\nbasis = \"own\"\n";
    std::fs::write(dir.path().join("mine.toml"), file).unwrap();
    let env = crate::Env::new();
    let run = |args: &[&str]| {
        let out = env.cmd().arg("--data-dir").arg(dir.path()).args(args).assert().success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    };
    let csv = run(&["salary", "--source", "mine", "--format", "csv"]);
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{csv}");
    assert!(csv.contains(",50000,50000,"), "numbers stay numbers: {csv}");
    let markdown = run(&["sources", "--format", "markdown"]);
    assert!(markdown.contains("&lt;img src=x onerror=alert(1)&gt;") && !markdown.contains("<img"), "{markdown}");
}

#[test]
fn a_full_disk_is_an_error_and_a_closed_stderr_no_abort() {
    for args in [&["--help"][..], &["--version"], &["salary"]] {
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
        let env = crate::Env::new();
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("careers"));
        cmd.env("HOME", env.home.path()).env("XDG_DATA_HOME", env.home.path().join("share"));
        let out = cmd.args(args).stdout(full).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("No space left"), "{args:?}");
    }
    // Errors on a stderr whose reader is gone: exit 1, not an abort.
    let dir = tempfile::tempdir().unwrap();
    for i in 0..200 {
        std::fs::write(dir.path().join(format!("f{i}.toml")), "x =\n").unwrap();
    }
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("careers"))
        .arg("check")
        .arg(dir.path())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stderr.take());
    assert_eq!(child.wait().unwrap().code(), Some(1));
}

/// Runs `careers check` on `args` with a generous limit: a hang fails the
/// test instead of stalling the suite.
fn check_within(args: &[&std::ffi::OsStr], stdin: Option<&str>) -> std::process::Output {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("careers"));
    let home = tempfile::tempdir().unwrap();
    cmd.env("HOME", home.path()).env("XDG_DATA_HOME", home.path().join("share")).arg("check").args(args);
    cmd.stdin(if stdin.is_some() { std::process::Stdio::piped() } else { std::process::Stdio::null() });
    cmd.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    if let Some(path) = stdin {
        // Endless input: /dev/zero fed to stdin.
        let mut zero = std::fs::File::open(path).unwrap();
        let mut pipe = child.stdin.take().unwrap();
        std::thread::spawn(move || std::io::copy(&mut zero, &mut pipe));
    }
    let started = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        assert!(started.elapsed() < std::time::Duration::from_secs(60), "careers check {args:?} hangs");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn fifos_and_devices_in_a_data_directory_are_refused_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("x.toml");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.toml")).unwrap();
    let out = check_within(&[dir.path().as_os_str()], None);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("x.toml: is not a regular file") && stderr.contains("zero.toml: is not a regular"),
        "{stderr}"
    );
}

#[test]
fn endless_input_named_on_the_command_line_stops_at_the_size_limit() {
    let out = check_within(&[std::ffi::OsStr::new("/dev/stdin")], Some("/dev/zero"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("goes on past the 64 MiB limit"), "{stderr}");
}

#[test]
fn hidden_and_lock_files_are_skipped_and_a_directory_given_twice_is_read_once() {
    let env = crate::Env::new();
    let dir = env.user_data_dir();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(crate::fixture("good/my-guide.toml"), dir.join("my-guide.toml")).unwrap();
    std::os::unix::fs::symlink("user@host.1234", dir.join(".#my-guide.toml")).unwrap();
    std::fs::write(dir.join(".backup.toml"), "not = [valid").unwrap();
    // With a byte-order mark, as some editors write.
    let text = std::fs::read_to_string(crate::fixture("good/my-guide.toml")).unwrap();
    let other = tempfile::tempdir().unwrap();
    std::fs::write(other.path().join("bom.toml"), format!("\u{FEFF}{text}")).unwrap();
    env.cmd().arg("--data-dir").arg(&dir).args(["sources"]).assert().success();
    crate::Env::new().cmd().arg("--data-dir").arg(other.path()).args(["sources"]).assert().success();
    env.cmd().args(["check"]).arg(dir.join("my-guide.toml")).arg(dir.join("my-guide.toml")).assert().success();
}

#[test]
fn many_bad_records_are_reported_fifty_at_a_time_quickly() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("[source]\nid = \"many\"\ntitle = \"T\"\npublisher = \"P\"\n");
    for _ in 0..20_000 {
        text.push_str("\n[[salary]]\nrole = \"nobody\"\nlevel = \"mid\"\nlabel = \"l\"\nkind = \"average\"\namount = 5\nbasis = \"own\"\n");
    }
    let file = dir.path().join("many.toml");
    std::fs::write(&file, text).unwrap();
    let out = check_within(&[file.as_os_str()], None);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr.lines().count(), 51, "fifty problems, then a count: {}", &stderr[..500]);
    assert!(stderr.lines().last().unwrap().contains("and 39950 more problems in this file"), "{stderr}");
}

#[test]
fn a_huge_argument_is_quoted_short_and_many_flags_are_read_once() {
    // As long as one argument may be (the kernel caps each at 128 KiB).
    let huge = "x".repeat(120_000);
    let out = crate::Env::new().cmd().args(["skills", &huge]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stderr.len() < 1_000, "the long name is not echoed whole: {} bytes", out.stderr.len());
    let mut args = vec!["growth".to_string()];
    for _ in 0..50_000 {
        args.extend(["--source".to_string(), "forage".to_string()]);
    }
    crate::Env::new().cmd().args(&args).assert().success();
}

#[test]
fn a_user_file_cannot_pass_for_the_official_statistics_and_says_it_is_yours() {
    let dir = tempfile::tempdir().unwrap();
    let fake = "[source]\nid = \"bls-oews-2026\"\ntitle = \"T\"\npublisher = \"U.S. Bureau of Labor Statistics\"\n\n\
                [[salary]]\nrole = \"backend\"\nlevel = \"all\"\nlabel = \"median\"\nkind = \"median\"\n\
                amount = 350000\nbasis = \"bls\"\n";
    std::fs::write(dir.path().join("fake.toml"), fake).unwrap();
    let out = crate::Env::new().cmd().arg("--data-dir").arg(dir.path()).arg("salary").output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr.contains("fake.toml:2:6: a source in your own files may not pass for the official statistics"),
        "{stderr}"
    );

    let env = crate::Env::new();
    let run = |args: &[&str]| {
        let out = env.cmd().arg("--data-dir").arg(crate::fixture("good")).args(args).assert().success();
        out.get_output().stdout.clone()
    };
    let out = String::from_utf8(run(&["salary", "--source", "my-guide"])).unwrap();
    assert!(out.contains("my-guide (your file)"), "{out}");
    assert!(
        out.contains("(your file) marks figures from your own data files:") && out.contains("my-guide.toml"),
        "{out}"
    );
    let json: serde_json::Value = serde_json::from_slice(&run(&["salary", "--format", "json"])).unwrap();
    let origins: Vec<&str> = crate::salary_records(&json).iter().map(|f| f["origin"].as_str().unwrap()).collect();
    assert!(json["official"].as_array().is_some_and(|o| !o.is_empty()), "BLS's rows apart");
    for origin in ["built-in", "user-file"] {
        assert!(origins.contains(&origin), "{origin} missing");
    }
}

/// The labels of `good/other-scripts.toml`, written with escapes so the
/// invisible characters can be seen here.
const OTHER_SCRIPTS: &[&str] = &[
    "می\u{200C}خواهم",
    "क्\u{200D}ष and क्\u{200C}ष",
    "👩\u{200D}💻 developer",
    "🇯🇵 Tokyo",
    "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} Glasgow",
    "☺\u{FE0F} happy",
    "软件工程师 cafe\u{301} nai\u{308}ve",
];

#[test]
fn text_in_other_scripts_and_modern_emoji_is_accepted_and_printed_as_it_is() {
    let env = Env::new();
    let file = fixture("good/other-scripts.toml");
    env.cmd().arg("check").arg(&file).assert().success().stdout(predicate::str::contains("OK: 1 file(s) valid"));
    let dir = file.parent().unwrap().to_path_buf();
    for format in ["table", "csv", "markdown", "json"] {
        let mut cmd = env.cmd();
        cmd.arg("--data-dir").arg(&dir).args(["salary", "--source", "scripts", "--format", format]);
        let text = String::from_utf8(cmd.assert().success().get_output().stdout.clone()).unwrap();
        for label in OTHER_SCRIPTS {
            assert!(text.contains(label), "{format}: {label:?} not printed as it is:\n{text}");
        }
        assert!(!text.contains("\\u{"), "{format}: nothing is escaped:\n{text}");
    }
}

#[test]
fn tables_of_wide_and_combining_characters_keep_every_line_the_same_width() {
    use unicode_width::UnicodeWidthStr;
    let dir = fixture("good/other-scripts.toml").parent().unwrap().to_path_buf();
    for columns in [None, Some("80"), Some("50")] {
        let mut cmd = Env::new().cmd();
        if let Some(c) = columns {
            cmd.env("COLUMNS", c);
        }
        let out = cmd.arg("--data-dir").arg(&dir).args(["salary", "--source", "scripts"]).assert().success();
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        let mut tables = 0;
        // A table is a run of lines from its top border to its bottom one.
        let mut width = None;
        for line in text.lines() {
            if line.starts_with('╭') {
                width = Some(line.width());
                tables += 1;
            }
            if let Some(w) = width {
                assert_eq!(line.width(), w, "COLUMNS={columns:?}: {line:?} in\n{text}");
                if let Some(max) = columns {
                    assert!(w <= max.parse().unwrap(), "COLUMNS={columns:?}: wider than the terminal:\n{text}");
                }
            }
            if line.starts_with('╰') {
                width = None;
            }
        }
        assert!(tables >= 2, "COLUMNS={columns:?}: {text}");
        for label in OTHER_SCRIPTS.iter().filter(|l| columns.is_none() || l.width() < 10) {
            assert!(text.contains(label), "COLUMNS={columns:?}: {label:?} in\n{text}");
        }
    }
}

/// Refused wherever they stand in a label (TOML escapes), with the code
/// point the error names.
const HOSTILE: &[(&str, &str, &str)] = &[
    ("lone ZWJ between Latin letters", "back\\u200Dend", "U+200D"),
    ("language tag", "a\\U000E0001b", "U+E0001"),
    ("variation selector supplement", "a\\U000E0100b", "U+E0100"),
    ("Mongolian free variation selector", "a\\u180Bb", "U+180B"),
    ("musical format character", "a\\U0001D173b", "U+1D173"),
    ("right-to-left override", "a\\u202Eb", "U+202E"),
    ("zero-width space", "Py\\u200Bthon", "U+200B"),
    ("private use", "a\\uE000b", "U+E000"),
    ("unassigned", "a\\u0378b", "U+0378"),
    ("VS16 after a letter", "a\\uFE0Fb", "U+FE0F"),
    ("tags after a letter", "a\\U000E0067\\U000E007F", "U+E0067"),
];

#[test]
fn invisible_private_and_unassigned_characters_are_refused_with_their_position() {
    let dir = tempfile::tempdir().unwrap();
    for (what, label, code) in HOSTILE {
        let path = dir.path().join("x.toml");
        let file = format!(
            "[source]\nid = \"t\"\ntitle = \"T\"\npublisher = \"P\"\n\n[[salary]]\nrole = \"backend\"\nlevel = \"mid\"\n\
             label = \"{label}\"\nkind = \"average\"\namount = 50000\nbasis = \"own\"\n"
        );
        std::fs::write(&path, file).unwrap();
        let out = Env::new().cmd().arg("check").arg(&path).assert().code(1).get_output().clone();
        let stderr = String::from_utf8(out.stderr).unwrap();
        let expected = format!("error: {}:9:9: `label` contains ", path.display());
        assert!(stderr.starts_with(&expected) && stderr.contains(code), "{what}: {stderr:?}");
        assert_eq!(stderr.lines().count(), 1, "{what}: {stderr:?}");
        let raw = char::from_u32(u32::from_str_radix(&code[2..], 16).unwrap()).unwrap();
        assert!(!stderr.contains(raw) && !String::from_utf8_lossy(&out.stdout).contains(raw), "{what}: printed raw");
        // Loading the same directory for any command refuses it the same way.
        let error = load_error(dir.path());
        assert!(error.contains(code) && !error.contains(raw), "{what}: {error:?}");
    }
}

#[test]
fn refused_characters_in_arguments_are_shown_escaped() {
    for (what, raw) in [
        ("lone ZWJ", "back\u{200D}end"),
        ("language tag", "a\u{E0001}b"),
        ("variation selector supplement", "a\u{E0100}b"),
        ("Mongolian free variation selector", "a\u{180B}b"),
        ("musical format character", "a\u{1D173}b"),
        ("private use", "a\u{E000}b"),
        ("unassigned", "a\u{378}b"),
    ] {
        let out = Env::new().cmd().args(["skills", raw]).output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{what}: {stderr}");
        let c = raw.chars().find(|c| !c.is_ascii()).unwrap();
        assert!(!stderr.contains(c), "{what}: printed raw: {stderr:?}");
        assert!(stderr.contains(&c.escape_unicode().to_string()), "{what}: shown as a visible escape: {stderr}");
    }
}

/// Text of `markdown/hostile.toml` that means something to a Markdown reader.
const MARKDOWN_HOSTILE: &[&str] = &[
    "[Official BLS data](https://evil.example/x)",
    "![](https://evil.example/pixel.gif)",
    "<img src=x onerror=alert(1)> *role*",
    "a\\|b and a\\\\|b `code` ~~gone~~ [ref]: https://evil.example/def",
    "https://evil.example/bare www.evil.example <https://evil.example/auto>",
];

/// What a reader shows of `md` (GFM tables and strikethrough, or strict
/// CommonMark): its text, and every construct made other than paragraphs,
/// tables, code blocks, headings and the `<br>` of a multi-line cell.
fn read_markdown(md: &str, gfm: bool) -> (String, Vec<String>) {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let options = if gfm { Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH } else { Options::empty() };
    let (mut text, mut made) = (String::new(), Vec::new());
    for event in Parser::new_ext(md, options) {
        match event {
            Event::Text(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::End(_) => text.push('\n'),
            Event::InlineHtml(h) if &*h == "<br>" => text.push('\n'),
            Event::Start(
                Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::Table(_)
                | Tag::TableHead
                | Tag::TableRow
                | Tag::TableCell
                | Tag::CodeBlock(_),
            ) => {}
            Event::Start(tag) => made.push(format!("{tag:?}")),
            other => made.push(format!("{other:?}")),
        }
    }
    (text, made)
}

#[test]
fn markdown_shows_text_from_data_exactly_and_makes_no_link_image_or_html_of_it() {
    let dir = fixture("markdown");
    let env = Env::new();
    env.cmd().arg("check").arg(dir.join("hostile.toml")).assert().success();
    let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for args in [&["salary", "hostile-role"][..], &["sources"], &["roles"], &["compare", "hostile-role", "backend"]] {
        let out = env.cmd().arg("--data-dir").arg(&dir).args(args).args(["--format", "markdown"]).assert().success();
        let md = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        for gfm in [true, false] {
            let (text, made) = read_markdown(&md, gfm);
            assert!(made.is_empty(), "{args:?} (gfm: {gfm}) made {made:?} of\n{md}");
            seen.extend(MARKDOWN_HOSTILE.iter().copied().filter(|s| text.contains(s)));
        }
    }
    for s in MARKDOWN_HOSTILE {
        assert!(seen.contains(s), "{s:?} never read back exactly");
    }
}
