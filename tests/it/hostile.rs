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
