//! Hostile input, round three (#27): typos that used to pass for amounts,
//! errors that echoed whole arguments, figures and files read wrong.

use crate::Env;

/// A data directory holding one user file, `mine.toml`: a source `mine`
/// followed by `records`.
fn mine(records: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("[source]\nid = \"mine\"\ntitle = \"T\"\npublisher = \"P\"\n\n{records}");
    std::fs::write(dir.path().join("mine.toml"), text).unwrap();
    dir
}

/// A salary record of `mine` for backend, mid level, with `fields` added.
fn salary(fields: &str) -> String {
    format!("[[salary]]\nrole = \"backend\"\nlevel = \"mid\"\nlabel = \"l\"\nbasis = \"own\"\n{fields}\n")
}

/// Runs `careers ARGS` with `dir` as the data directory: status, stdout, stderr.
fn run_in(dir: &std::path::Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = Env::new().cmd().arg("--data-dir").arg(dir).args(args).output().unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (out.status.code(), text(out.stdout), text(out.stderr))
}

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Env::new().cmd().args(args).output().unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (out.status.code(), text(out.stdout), text(out.stderr))
}

#[test]
fn offer_amounts_group_digits_by_three_and_keep_the_usual_forms() {
    for (typed, dollars) in [
        ("150000", 150_000),
        ("150,000", 150_000),
        ("1,500,000", 1_500_000),
        ("$150,000", 150_000),
        ("150k", 150_000),
        ("$95K", 95_000),
        (" 150000 ", 150_000),
        ("100,000,000", 100_000_000),
    ] {
        let (code, out, err) = run(&["offer", typed, "backend", "--format", "json"]);
        assert_eq!(code, Some(0), "{typed}: {err}");
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(json["amount"], dollars, "{typed}");
    }
    for typed in [
        "1,5,0",
        "150,00",
        "00,150",
        "0,150,000",
        ",150",
        "150,",
        "1,50,000",
        "1500,000",
        "150,000k",
        "15,0k",
        "$",
        "1.5k",
        "-150000",
    ] {
        let (code, out, err) = run(&["offer", typed, "backend"]);
        assert_eq!((code, out.as_str()), (Some(2), ""), "{typed} is refused");
        assert!(err.contains("it must be whole dollars a year, such as 150000, 150k or '$150,000'"), "{typed}: {err}");
    }
}

#[test]
fn an_offer_over_the_ceiling_says_so() {
    for typed in ["100,000,001", "200000k", "99999999999999999999999", "9223372036854775807k"] {
        let (code, _, err) = run(&["offer", typed, "backend"]);
        assert_eq!(code, Some(2), "{typed}");
        assert!(err.contains("it must be at most $100,000,000 a year") && !err.contains("above $0"), "{typed}: {err}");
    }
    // Below $1,000 is a typo or the shell's doing (`$150,000` unquoted is `50,000` in bash, `$1` gone).
    for typed in ["0", "120", "999"] {
        let (code, _, err) = run(&["offer", typed, "backend"]);
        assert!(code == Some(2) && err.contains("is not a yearly salary") && err.contains("quoted"), "{typed}: {err}");
    }
    let (code, _, err) = run(&["offer", "1000", "backend"]);
    assert_eq!(code, Some(0), "{err}");
}

#[test]
fn a_year_the_cpi_does_not_cover_is_named_not_called_missing() {
    let dir = mine(&salary("kind = \"average\"\namount = 50000\nyear = 2100"));
    let dir = dir.path();
    for args in [
        &["salary", "--source", "mine", "--real"][..],
        &["offer", "60000", "backend", "--real"],
        &["compare", "backend", "frontend", "--source", "mine", "--real"],
    ] {
        let (code, out, err) = run_in(dir, args);
        assert_eq!(code, Some(0), "{args:?}: {err}");
        assert!(out.contains("not adjusted: the CPI has no index for 2100"), "{args:?}: {out}");
    }
    let (_, out, _) = run_in(dir, &["salary", "--source", "mine", "--real"]);
    assert!(!out.contains("no year stated"), "{out}");
    // A figure with no year still says so.
    let dir = mine(&salary("kind = \"average\"\namount = 50000"));
    let (_, out, _) = run_in(dir.path(), &["salary", "--source", "mine", "--real"]);
    assert!(out.contains("not adjusted: no year stated"), "{out}");
}

#[test]
fn a_huge_percent_is_echoed_compactly() {
    let dir = mine("[[growth]]\noccupation = \"backend\"\nlabel = \"l\"\npercent = 1e308\nbasis = \"own\"\n");
    let (code, _, err) = run_in(dir.path(), &["sources"]);
    assert_eq!(code, Some(1));
    assert!(err.contains("mine.toml:9:11: `percent` = 1e308 is out of range"), "{err}");
    assert!(err.len() < 200, "not 309 digits: {err}");
    let dir = mine("[[growth]]\noccupation = \"backend\"\nlabel = \"l\"\npercent = 500.5\nbasis = \"own\"\n");
    let (_, _, err) = run_in(dir.path(), &["sources"]);
    assert!(err.contains("`percent` = 500.5 is out of range"), "{err}");
}

#[test]
fn a_range_with_equal_ends_shows_one_amount() {
    for (fields, shown) in [
        ("kind = \"range\"\nlow = 50000\nhigh = 50000", "┆ $50,000 ┆"),
        ("kind = \"range\"\nlow = 50000\nhigh = 50000\napproximate = true", "┆ ~$50,000 ┆"),
        ("kind = \"range\"\nlow = 50000\nhigh = 50000\nopen_high = true", "┆ $50,000+ ┆"),
    ] {
        let dir = mine(&salary(fields));
        let (code, out, err) = run_in(dir.path(), &["salary", "--source", "mine"]);
        assert_eq!(code, Some(0), "{err}");
        assert!(out.contains(shown) && !out.contains("$50,000–"), "{fields}: {out}");
    }
}

#[test]
fn a_year_written_as_a_date_says_a_year_is_a_whole_number() {
    let dir = mine(&salary("kind = \"average\"\namount = 50000\nyear = 2024-01-01"));
    let (code, out, err) = run_in(dir.path(), &["sources"]);
    assert_eq!((code, out.as_str()), (Some(1), ""));
    let file = dir.path().join("mine.toml");
    let expected = format!("error: {}:13:8: a year is a whole number: write 2024, not a date\n", file.display());
    assert_eq!(err, expected);
    for (record, line) in [
        (
            "[[growth]]\noccupation = \"backend\"\nlabel = \"l\"\npercent = 5\nbasis = \"own\"\nto_year = 2030-06-01\n",
            11,
        ),
        ("[[statistic]]\nlabel = \"l\"\npercent = 5\nstudy = \"s\"\nyear = 07:32:00\n", 10),
    ] {
        let dir = mine(record);
        let (code, _, err) = run_in(dir.path(), &["sources"]);
        assert_eq!(code, Some(1));
        assert!(err.contains(&format!("mine.toml:{line}:")) && err.contains("a year is a whole number"), "{err}");
    }
    // A whole number still loads, and one out of range is still caught.
    let dir = mine(&salary("kind = \"average\"\namount = 50000\nyear = 2024"));
    assert_eq!(run_in(dir.path(), &["sources"]).0, Some(0));
    let dir = mine(&salary("kind = \"average\"\namount = 50000\nyear = 20024"));
    assert!(run_in(dir.path(), &["sources"]).2.contains("`year` = 20024 is out of range"));
}

#[test]
fn check_on_a_directory_without_data_files_says_so() {
    let empty = tempfile::tempdir().unwrap();
    std::fs::write(empty.path().join("notes.txt"), "not data").unwrap();
    let out = Env::new().cmd().arg("check").arg(empty.path()).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout, format!("No *.toml file in {}. Nothing was checked.\n", empty.path().display()));
    // Beside a directory that has one, the empty one is still named.
    let full = tempfile::tempdir().unwrap();
    std::fs::copy(crate::fixture("good/my-guide.toml"), full.path().join("my-guide.toml")).unwrap();
    let out = Env::new().cmd().arg("check").arg(empty.path()).arg(full.path()).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success() && stdout.contains("OK: 1 file(s) valid"), "{stdout}");
    assert!(stdout.contains(&format!("No *.toml file in {}.", empty.path().display())), "{stdout}");
}

/// Checks that `args` is a usage error of at most `lines` lines and 1,000
/// bytes; returns the error.
fn short_usage_error(args: &[&str], lines: usize) -> String {
    let (code, out, err) = run(args);
    let shown: Vec<String> = args.iter().map(|a| a.chars().take(30).collect()).collect();
    assert_eq!((code, out.as_str()), (Some(2), ""), "{shown:?}: {err}");
    assert!(err.len() < 1_000 && err.lines().count() <= lines, "{shown:?}: {} bytes: {err}", err.len());
    err
}

#[test]
fn a_huge_argument_is_echoed_cut_with_how_much_was_left_out() {
    let huge = "x".repeat(100_000);
    for args in [
        &["--format", &huge, "roles"][..],
        &["roles", &huge],
        &[&huge],
        &[&format!("--{huge}")],
        &["where", "backend", "--top", &huge],
        &["offer", &huge, "backend"],
        &["salary", "--source", &huge],
        &["skills", &huge],
        &["salary", &format!("--area={huge}")],
    ] {
        let err = short_usage_error(args, 6);
        assert!(err.contains("x… (999") && err.contains(" more characters)"), "{err}");
        assert!(!err.contains(&"x".repeat(81)), "at most 80 characters: {err}");
    }
}

#[test]
fn an_empty_area_is_a_usage_error() {
    for area in ["", "  "] {
        for command in [&["salary"][..], &["offer", "150k", "backend"], &["switch", "frontend", "backend"]] {
            let args: Vec<&str> = command.iter().copied().chain(["--area", area]).collect();
            let err = short_usage_error(&args, 4);
            assert!(err.contains("it must name an area, such as Austin, or give its code"), "{args:?}: {err}");
        }
    }
}

#[test]
fn an_ambiguous_area_lists_ten_and_says_where_the_rest_are() {
    // 176 areas have a word starting with "a" in their name (not counting
    // the states' postal codes after a metro's); 16 have one starting "san".
    let err = short_usage_error(&["salary", "backend", "--area", "a"], 12);
    assert!(err.starts_with("error: area 'a' matches 176 areas; give more of the name, or a code:\n"), "{err}");
    assert!(err.ends_with("\n  … and 166 more: `careers areas a` lists them\n"), "{err}");
    let err = short_usage_error(&["offer", "150k", "backend", "--area", "san"], 12);
    assert!(err.contains("  … and 6 more: `careers areas san` lists them"), "{err}");
    // Few enough are all listed.
    let err = short_usage_error(&["salary", "--area", "san j"], 12);
    assert_eq!(err.lines().count(), 3, "{err}");
}

#[test]
fn one_role_given_many_times_is_named_once() {
    let many = vec!["backend"; 10_000];
    let args: Vec<&str> = std::iter::once("compare").chain(many).collect();
    let err = short_usage_error(&args, 1);
    assert_eq!(err, "error: compare needs two different roles; every name given was 'backend'\n");
    let err = short_usage_error(&["compare", "backend", "back-end", "Backend"], 1);
    assert!(err.contains("'backend', 'back-end', 'Backend' all name Back-end developer"), "{err}");
}

#[test]
fn an_unknown_source_among_many_lists_twenty() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..30 {
        let text = format!("[source]\nid = \"many-{i}\"\ntitle = \"T\"\npublisher = \"P{i}\"\n");
        std::fs::write(dir.path().join(format!("many-{i}.toml")), text).unwrap();
    }
    let (code, _, err) = run_in(dir.path(), &["salary", "--source", "nosuch"]);
    assert_eq!(code, Some(2));
    assert!(err.contains(", … and 16 more: `careers sources` lists them)"), "{err}");
    assert_eq!(err.matches(", ").count(), 20, "{err}");
}
