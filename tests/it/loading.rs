//! How user files are found, read and checked: each file once, one at a
//! time, with names that cannot collide or forge output.

use crate::{Env, fixture};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn guide() -> String {
    std::fs::read_to_string(fixture("good/my-guide.toml")).unwrap()
}

/// Stdout and stderr of `careers --data-dir DIR ARGS`, with its exit code.
fn run_on(dir: &std::path::Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = Env::new().cmd().arg("--data-dir").arg(dir).args(args).output().unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code(), text(&out.stdout), text(&out.stderr))
}

#[test]
fn a_file_reached_twice_by_a_hard_link_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.toml"), guide()).unwrap();
    std::fs::hard_link(dir.path().join("a.toml"), dir.path().join("b.toml")).unwrap();
    let (code, stdout, stderr) = run_on(dir.path(), &["check"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("1 user file(s) valid"), "{stdout}");
    // Two copies are two files, and the second one's id is a duplicate.
    std::fs::remove_file(dir.path().join("b.toml")).unwrap();
    std::fs::write(dir.path().join("b.toml"), guide()).unwrap();
    let (code, _, stderr) = run_on(dir.path(), &["check"]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("duplicate source id 'my-guide'"), "{stderr}");
}

#[test]
fn a_record_may_name_a_role_a_later_file_defines() {
    let dir = tempfile::tempdir().unwrap();
    let role = "[source]\nid = \"roles\"\ntitle = \"T\"\npublisher = \"P\"\n\n[[role]]\nid = \"zz-role\"\n\
                name = \"Zed engineer\"\nkind = \"role\"\naliases = []\ndescription = \"d\"\n";
    let figure = "[source]\nid = \"figures\"\ntitle = \"T\"\npublisher = \"P\"\n\n[[salary]]\nrole = \"zz-role\"\n\
                  level = \"mid\"\nlabel = \"l\"\nkind = \"average\"\namount = 90000\nbasis = \"own\"\n";
    // Read in name order: the figure's file comes first.
    std::fs::write(dir.path().join("a-figures.toml"), figure).unwrap();
    std::fs::write(dir.path().join("b-roles.toml"), role).unwrap();
    let (code, stdout, stderr) = run_on(dir.path(), &["salary", "zz-role", "--format", "csv"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("90000"), "{stdout}");
    // Without the defining file, the reference is reported where it is made.
    std::fs::remove_file(dir.path().join("b-roles.toml")).unwrap();
    let (code, _, stderr) = run_on(dir.path(), &["check"]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("a-figures.toml:7:8: unknown role 'zz-role'"), "{stderr}");
}

#[test]
fn a_display_name_another_role_level_or_skill_has_is_refused_with_its_id() {
    for (table, name, owner) in [
        ("role", "Back-end developer", "backend"),
        ("role", "back-end   DEVELOPER", "backend"),
        ("level", "Senior", "senior"),
        ("skill", "Python", "python"),
    ] {
        let extra = match table {
            "role" => "kind = \"role\"\naliases = []\ndescription = \"d\"\n",
            "level" => "years = \"5+\"\naliases = []\ndescription = \"d\"\n",
            _ => "category = \"language\"\naliases = []\n",
        };
        let text = format!("[[{table}]]\nid = \"my-{table}\"\nname = \"{name}\"\n{extra}");
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("names.toml"), text).unwrap();
        let (code, _, stderr) = run_on(dir.path(), &["check"]);
        assert_eq!(code, Some(1), "{table} {name}");
        let expected = format!("names.toml:3:8: {table} name '{name}' is already the name of {table} '{owner}'");
        assert!(stderr.contains(&expected), "{stderr}");
    }
}

#[test]
fn a_newline_in_a_file_name_never_forges_a_line_of_output() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("evil\nname.toml"), guide()).unwrap();
    for args in [
        &["salary", "backend", "--source", "my-guide"][..],
        &["salary", "backend", "--source", "my-guide", "--format", "markdown"],
        &["sources", "--format", "csv"],
        &["sources", "--format", "json"],
        &["sources", "my-guide"],
    ] {
        let (code, stdout, stderr) = run_on(dir.path(), args);
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        // JSON and Markdown write the escape's backslash as `\\`.
        let doubled = args.contains(&"json") || args.contains(&"markdown");
        let shown = if doubled { stdout.replace("\\\\", "\\") } else { stdout.clone() };
        assert!(shown.contains("evil\\u{a}name.toml"), "{args:?} shows the name escaped: {stdout}");
        assert!(!stdout.lines().any(|l| l.starts_with("name.toml")), "{args:?}: {stdout}");
    }
    // A directory's name too, where `check` says it holds no data file.
    let empty = dir.path().join("empty\ndir");
    std::fs::create_dir(&empty).unwrap();
    let out = Env::new().cmd().arg("check").arg(&empty).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("empty\\u{a}dir") && stdout.lines().count() == 1, "{stdout}");
    std::fs::write(dir.path().join("evil\nname.toml"), "x = [").unwrap();
    let (code, _, stderr) = run_on(dir.path(), &["check"]);
    assert_eq!(code, Some(1));
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn a_pipe_that_stays_silent_is_named_once_and_still_read() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("in.toml");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let home = tempfile::tempdir().unwrap();
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("careers"))
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("share"))
        .arg("check")
        .arg(&fifo)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Nobody writes for 3 s, then the file arrives.
    std::thread::sleep(Duration::from_secs(3));
    std::fs::write(&fifo, guide()).unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        assert!(started.elapsed() < Duration::from_secs(60), "careers check on a pipe hangs");
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(stderr.matches("waiting for input on").count(), 1, "{stderr}");
    assert!(stderr.contains("in.toml"), "{stderr}");
    // Input that comes at once gets no notice.
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("careers"))
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("share"))
        .args(["check", "/dev/stdin"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(guide().as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!((out.status.code(), String::from_utf8_lossy(&out.stderr).as_ref()), (Some(0), ""));
}

#[test]
fn each_files_problems_are_told_together_in_the_order_they_stand() {
    let dir = tempfile::tempdir().unwrap();
    let figure = |role: &str, amount: i64| {
        format!(
            "\n[[salary]]\nrole = \"{role}\"\nlevel = \"mid\"\nlabel = \"l{amount}\"\nkind = \"average\"\namount = {amount}\nbasis = \"own\"\n"
        )
    };
    let head = |id: &str| format!("[source]\nid = \"{id}\"\ntitle = \"T\"\npublisher = \"P\"\n");
    // An unknown role (settled once every file is in) before a bad amount.
    std::fs::write(dir.path().join("a.toml"), head("a") + &figure("nobody", 50_000) + &figure("backend", 5)).unwrap();
    std::fs::write(dir.path().join("b.toml"), head("b") + &figure("backend", 6)).unwrap();
    let (code, _, stderr) = run_on(dir.path(), &["check"]);
    assert_eq!(code, Some(1));
    let places: Vec<&str> = stderr.lines().map(|l| l.split(": ").nth(1).unwrap_or_default()).collect();
    let names: Vec<String> = places.iter().map(|p| p.rsplit('/').next().unwrap_or_default().to_string()).collect();
    assert_eq!(names, ["a.toml:7:8", "a.toml:19:10", "b.toml:11:10"], "{stderr}");
}

#[test]
fn figures_a_file_names_as_one_distribution_are_one_claim() {
    let dir = tempfile::tempdir().unwrap();
    let figure = |kind: &str, extra: &str, amount: i64| {
        format!(
            "\n[[salary]]\nrole = \"backend\"\nlevel = \"mid\"\nlabel = \"survey {amount}\"\nkind = \"{kind}\"\n{extra}\
             amount = {amount}\nbasis = \"own\"\ndistribution = \"2026 survey\"\n"
        )
    };
    let mut text = String::from("[source]\nid = \"survey\"\ntitle = \"T\"\npublisher = \"Survey\"\n");
    text += &figure("percentile", "percentile = 25\n", 90_000);
    // A year the percentiles do not state: without the name, not one population.
    text += &figure("median", "year = 2026\n", 110_000);
    text += &figure("percentile", "percentile = 75\n", 140_000);
    std::fs::write(dir.path().join("survey.toml"), text).unwrap();
    let (code, stdout, stderr) = run_on(dir.path(), &["salary", "backend", "--level", "mid", "--source", "survey"]);
    assert_eq!(code, Some(0), "{stderr}");
    let rows = crate::summary_rows(&stdout);
    // One source, one claim, voting with the distribution's median.
    assert_eq!(rows[0][2..6], ["1 of 1", "1", "—", "$110,000"], "{stdout}");
    assert!(stdout.contains("quotes one distribution"), "{stdout}");
}

#[test]
fn a_restatement_must_repeat_a_claim_about_the_same_role_and_level() {
    let dir = tempfile::tempdir().unwrap();
    let text = "[source]\nid = \"r\"\ntitle = \"T\"\npublisher = \"P\"\n\n[[salary]]\nrole = \"backend\"\n\
                level = \"all\"\nlabel = \"overall\"\nkind = \"average\"\namount = 100000\nbasis = \"own\"\n\n\
                [[salary]]\nrole = \"backend\"\nlevel = \"senior\"\nlabel = \"again\"\nkind = \"average\"\n\
                amount = 500000\nbasis = \"own\"\nrestates = \"overall\"\n";
    std::fs::write(dir.path().join("r.toml"), text).unwrap();
    let (code, _, stderr) = run_on(dir.path(), &["check"]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("r.toml:21:12: `restates` names 'overall', a figure for another role or level"),
        "{stderr}"
    );
}

#[test]
fn places_need_a_location_and_real_area_codes() {
    let dir = tempfile::tempdir().unwrap();
    let figure = |extra: &str| {
        format!(
            "[source]\nid = \"p\"\ntitle = \"T\"\npublisher = \"P\"\n\n[[salary]]\nrole = \"backend\"\nlevel = \"mid\"\n\
             label = \"l\"\nkind = \"average\"\namount = 90000\nbasis = \"own\"\n{extra}"
        )
    };
    std::fs::write(
        dir.path().join("p.toml"),
        figure("location = \"Austin\"\nplaces = [{ name = \"Austin\", area = \"12420\" }]\n"),
    )
    .unwrap();
    let (code, _, stderr) = run_on(dir.path(), &["check"]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("area '12420' is not a BLS area code"), "{stderr}");
    std::fs::write(dir.path().join("p.toml"), figure("places = [{ name = \"Austin\" }]\n")).unwrap();
    let (code, _, stderr) = run_on(dir.path(), &["check"]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("`places` needs `location`"), "{stderr}");
    std::fs::write(
        dir.path().join("p.toml"),
        figure("location = \"Austin\"\nplaces = [{ name = \"Austin\", area = \"0012420\" }]\n"),
    )
    .unwrap();
    let (code, stdout, stderr) =
        run_on(dir.path(), &["salary", "backend", "--area", "0012420", "--source", "p", "-f", "csv"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("90000"), "found by its area code: {stdout}");
}

#[test]
fn a_users_own_figure_reads_as_theirs_not_uncited() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("mine.toml"), guide()).unwrap();
    let (code, stdout, _) = run_on(dir.path(), &["salary", "backend", "--source", "my-guide"]);
    assert_eq!(code, Some(0));
    let row = stdout.lines().find(|l| l.contains("recruiter said at least")).expect(&stdout);
    assert!(row.contains("your own") && !row.contains("none cited"), "{row}");
    // An article that names nothing is still "none cited".
    assert!(crate::stdout(&["salary", "backend", "--source", "cbt-nuggets"]).contains("none cited"));
}

#[test]
fn a_role_names_its_two_links_to_occupations_and_only_built_in_roles_anchor_pay() {
    let dir = tempfile::tempdir().unwrap();
    let role = |links: &str| {
        format!(
            "[source]\nid = \"roles\"\ntitle = \"T\"\npublisher = \"P\"\n\n[[role]]\nid = \"zz-role\"\n\
             name = \"Zed engineer\"\nkind = \"role\"\ndescription = \"d\"\n{links}\n"
        )
    };
    // `broader`, the old name, still reads as `belongs_to`.
    for links in ["broader = [\"web-developers\"]", "belongs_to = [\"web-developers\"]"] {
        std::fs::write(dir.path().join("roles.toml"), role(links)).unwrap();
        let (code, out, err) = run_on(dir.path(), &["roles", "--format", "json"]);
        assert_eq!(code, Some(0), "{links}: {err}");
        let roles: serde_json::Value = serde_json::from_str(&out).unwrap();
        let zz = roles.as_array().unwrap().iter().find(|r| r["id"] == "zz-role").unwrap();
        assert_eq!(zz["belongs_to"], serde_json::json!(["web-developers"]), "{links}");
    }
    std::fs::write(dir.path().join("roles.toml"), role("wage_anchor = [\"web-developers\"]")).unwrap();
    let (code, _, err) = run_on(dir.path(), &["check"]);
    assert_eq!(code, Some(1));
    assert!(err.contains("roles.toml:11:") && err.contains("wage_anchor is set only in the built-in"), "{err}");
    std::fs::write(dir.path().join("roles.toml"), role("belongs_to = [\"backend\"]")).unwrap();
    let (_, _, err) = run_on(dir.path(), &["check"]);
    assert!(err.contains("'backend' is a role, not an occupation"), "{err}");
}

#[test]
fn the_official_rows_a_role_gets_are_its_wage_anchor() {
    let roles = crate::json(&["roles"]);
    for role in ["backend", "frontend", "devops"] {
        let anchor: Vec<&str> = roles.as_array().unwrap().iter().find(|r| r["id"] == role).unwrap()["wage_anchor"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap())
            .collect();
        let salary = crate::json(&["salary", role]);
        let official: Vec<&str> =
            salary["official"].as_array().unwrap().iter().map(|f| f["occupation"].as_str().unwrap()).collect();
        assert_eq!(official, anchor, "{role}");
        let summary: Vec<&str> = salary["summary"][0]["anchor"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["occupation"].as_str().unwrap())
            .collect();
        assert_eq!(summary, anchor, "{role}: the summary's yardstick");
    }
    // Growth uses the other link: back-end belongs to web developers too.
    let compare = crate::stdout(&["compare", "backend", "frontend"]);
    assert!(
        compare.contains("Back-end developer belongs to Software developers (BLS occupation) and Web developers"),
        "{compare}"
    );
}
