//! The comparison commands, checked against figures a reader can find in the
//! articles, in every output format.

use crate::{careers, json, stdout, stdout_as};
use predicates::prelude::*;
use serde_json::Value;

/// A command's records: its array, or `salary`'s figures.
fn figures(v: &Value) -> Vec<&Value> {
    match v.as_array() {
        Some(records) => records.iter().collect(),
        None => crate::salary_records(v),
    }
}

fn find<'a>(v: &'a Value, source: &str, role: &str, level: &str) -> Vec<&'a Value> {
    figures(v).into_iter().filter(|f| f["source"] == source && f["role"] == role && f["level"] == level).collect()
}

#[test]
fn compare_shows_forage_glassdoor_entry_figures_side_by_side() {
    let out = stdout(&["compare", "backend", "frontend"]);
    let row = out
        .lines()
        .find(|l| l.contains("Entry") && l.contains("Forage"))
        .unwrap_or_else(|| panic!("no entry row for forage:\n{out}"));
    let (back, front) =
        (row.find("$106,000").expect("back-end figure"), row.find("$86,000").expect("front-end figure"));
    assert!(back < front, "back-end column comes first: {row}");
}

#[test]
fn compare_marks_missing_figures_and_lists_coverage() {
    let out = stdout(&["compare", "backend", "frontend"]);
    let row = out.lines().find(|l| l.contains("Mid") && l.contains("CBT Nuggets")).expect("cbt mid row");
    assert!(row.contains("$85,000–$110,000") && row.contains('—'), "{row}");
    assert!(out.contains("Sources with any record for Front-end developer (pay or not): Forage"), "{out}");
    assert!(out.contains("Growth projections that apply") && out.contains("Skills"), "{out}");
}

#[test]
fn compare_json_holds_salary_growth_and_skills() {
    let v = json(&["compare", "backend", "frontend"]);
    assert_eq!(v["roles"], serde_json::json!(["backend", "frontend"]));
    assert!(figures(&v["salary"]).into_iter().any(|f| f["role"] == "frontend" && f["low"] == 86000));
    assert!(figures(&v["growth"]).into_iter().any(|g| g["occupation"] == "web-developers" && g["percent"] == 16.0));
    let shared = v["skills"]["shared"].as_array().unwrap();
    assert!(shared.contains(&Value::from("javascript")), "{shared:?}");
    assert!(v["skills"]["only"]["frontend"].as_array().unwrap().contains(&Value::from("react")));
}

#[test]
fn compare_level_and_source_narrow_the_table() {
    let v = json(&["compare", "backend", "frontend", "--level", "senior", "--source", "forage"]);
    let salary = figures(&v["salary"]);
    assert_eq!(salary.len(), 2, "{salary:?}");
    assert!(salary.iter().all(|f| f["level"] == "senior" && f["source"] == "forage"));
}

#[test]
fn compare_needs_two_distinct_roles() {
    careers(&["compare", "backend", "back-end"]).code(2).stderr(predicate::str::contains("two different roles"));
}

#[test]
fn salary_level_senior_shows_every_sources_senior_figure_and_summary() {
    let out = stdout(&["salary", "--level", "senior"]);
    for expected in ["$110,000–$140,000+", "$187,000", "$150,000–$200,000+", "$127,000", "at least $120,000"] {
        assert!(out.contains(expected), "missing {expected}:\n{out}");
    }
    assert!(out.contains("Summary across sources"), "{out}");
    let rows = crate::summary_rows(&out);
    let summary = rows.iter().find(|r| r[0] == "Back-end developer").expect("a summary row for backend");
    // One vote a source: CBT's open-topped range ($125,000+ midpoint), Noble's
    // two claims ($127,000 and $175,000+: $151,000+), Forage's $187,000;
    // Research.com's floor only bounds the row.
    assert_eq!(summary[2..8], ["3 of 4", "5", "$125,000+", "$151,000+ *", "$187,000", "$110,000–$200,000+"], "{out}");
    assert!(out.contains("bounds and tails: at least $120,000 (Research.com)"), "{out}");
    assert!(!out.contains("~$200,000+"), "Research.com's top performers have no level, so are not senior: {out}");
}

#[test]
fn a_figure_that_repeats_another_is_listed_but_counted_once() {
    let out = stdout(&["salary", "backend", "--level", "entry"]);
    assert!(out.contains("at least ~$60,000"), "CBT's hiring floor is still listed: {out}");
    let summary =
        out.lines().skip_while(|l| !l.contains("Summary across sources")).find(|l| l.contains("Back-end developer"));
    let summary = summary.expect("a summary row for backend");
    assert!(summary.contains("$85,500"), "median of four midpoints, the repeat left out: {summary}");
    let cells: Vec<&str> = summary.split(['│', '┆']).map(str::trim).collect();
    assert_eq!(cells[4], "4", "four figures counted, not five: {summary}");
}

#[test]
fn growth_has_no_openings_qualifier_without_openings() {
    for g in figures(&json(&["growth"])) {
        assert_eq!(g["openings_per_year"].is_null(), g["openings_qualifier"].is_null(), "{g}");
    }
}

#[test]
fn education_lists_programs_and_the_studies_sources_cite() {
    let sources = json(&["sources"]);
    let forage = figures(&sources).into_iter().find(|s| s["id"] == "forage").expect("forage");
    let stats = forage["statistics"].as_array().expect("statistics");
    let bachelor = stats.iter().find(|x| x["study"] == "Stack Overflow Developer Survey").expect("Stack Overflow");
    assert_eq!((bachelor["percent"].as_f64(), bachelor["qualifier"].as_str()), (Some(70.0), Some("nearly")));
    assert_eq!(bachelor["year"], 2023);
    let out = stdout(&["education", "--source", "wgu"]);
    assert!(out.contains("certifications included at no extra cost"), "{out}");
}

#[test]
fn certifications_bundled_with_degrees_belong_to_no_role() {
    let v = json(&["certs", "backend"]);
    assert!(figures(&v).into_iter().all(|c| c["sources"] != serde_json::json!(["wgu"])), "{v}");
}

#[test]
fn salary_json_follows_the_documented_contract() {
    let v = json(&["salary"]);
    for f in figures(&v) {
        for key in ["source", "role", "level", "label", "low", "high", "kind", "basis", "year", "location"] {
            assert!(f.get(key).is_some(), "{key} missing from {f}");
        }
        assert!(f["low"].is_i64() || f["low"].is_null());
        assert!(f["high"].is_i64() || f["high"].is_null());
    }
    let senior = find(&v, "cbt-nuggets", "backend", "senior");
    assert_eq!(senior.len(), 1);
    assert_eq!((senior[0]["low"].as_i64(), senior[0]["high"].as_i64()), (Some(110_000), Some(140_000)));
    assert_eq!(senior[0]["open_high"], true, "$140,000+ is open-ended");
    assert_eq!(senior[0]["year"], 2024);
    assert!(senior[0]["location"].is_null());
    let well_over = find(&v, "research-com", "backend", "senior");
    let at_least = well_over.iter().find(|f| f["kind"] == "at-least").expect("'well over $120,000'");
    assert_eq!((at_least["low"].as_i64(), at_least["high"].is_null()), (Some(120_000), true));
}

#[test]
fn salary_keeps_broader_occupations_apart_from_back_end() {
    let v = json(&["salary"]);
    let bls = figures(&v).into_iter().find(|f| f["low"] == 132_900).expect("Forage's BLS figure");
    assert_eq!(bls["role"], "software-developers");
    assert_eq!(bls["basis"], "bls");
    let wgu = figures(&v).into_iter().filter(|f| f["source"] == "wgu").collect::<Vec<_>>();
    assert!(wgu.iter().all(|f| f["role"] == "web-developers"), "{wgu:?}");
}

#[test]
fn salary_keeps_contradicting_figures_from_one_source() {
    let v = json(&["salary", "backend", "--source", "noble-desktop", "--level", "all"]);
    let national: Vec<i64> =
        figures(&v).into_iter().filter(|f| f["location"].is_null()).filter_map(|f| f["low"].as_i64()).collect();
    assert!(national.contains(&115_000) && national.contains(&125_000), "{national:?}");
}

#[test]
fn salary_area_keeps_only_matching_places() {
    let v = json(&["salary", "backend", "--area", "san francisco"]);
    let places: Vec<&str> = figures(&v)
        .iter()
        .filter(|f| f["source"] != "bls-oews-2025")
        .map(|f| f["location"].as_str().unwrap())
        .collect();
    assert_eq!(places, ["San Francisco Bay Area", "San Francisco, CA"]);
}

#[test]
fn salary_unknown_area_is_a_usage_error_pointing_to_the_area_list() {
    careers(&["salary", "--area", "Atlantis"]).code(2).stderr(predicate::str::contains("`careers areas` lists"));
}

#[test]
fn salary_chart_draws_every_claim_on_one_axis() {
    let out = stdout(&["salary", "backend", "--chart", "--source", "cbt-nuggets"]);
    let chart: Vec<&str> = out.lines().skip_while(|l| !l.starts_with("Spread of figures")).collect();
    let bars = chart.iter().filter(|l| l.contains('│') && l.starts_with("CBT Nuggets")).count();
    // Four figures, three claims: the hiring pitch's floor restates the
    // entry range, so it is drawn once, as that range.
    assert_eq!(bars, 3, "one bar per claim:\n{out}");
    assert!(chart.iter().any(|l| l.contains("$60k")), "axis labels start at the lowest figure:\n{out}");
}

#[test]
fn chart_needs_the_table_format() {
    careers(&["salary", "--chart", "--format", "json"]).code(2).stderr(predicate::str::contains("--chart"));
}

#[test]
fn skills_are_ranked_by_how_many_sources_name_them() {
    let v = json(&["skills", "backend"]);
    let rows = figures(&v);
    let counts: Vec<usize> = rows.iter().map(|r| r["sources"].as_array().unwrap().len()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    let python = rows.iter().find(|r| r["skill"] == "python").unwrap();
    assert_eq!(python["sources"].as_array().unwrap().len(), 5);
    assert_eq!(python["category"], "language");
    let node = rows.iter().filter(|r| r["name"] == "Node.js").count();
    assert_eq!(node, 1, "Node.js is one skill however sources write it");
}

#[test]
fn skills_top_limits_rows() {
    let v = json(&["skills", "backend", "--top", "3"]);
    assert_eq!(figures(&v).len(), 3);
}

#[test]
fn skills_table_has_a_column_per_source_with_ticks() {
    let out = stdout(&["skills", "frontend"]);
    assert!(out.contains("Forage") && out.contains('✓'), "tables name sources by publisher: {out}");
}

#[test]
fn growth_names_the_occupation_each_projection_measures() {
    let v = json(&["growth", "backend"]);
    let rows = figures(&v);
    let forage = rows.iter().find(|g| g["source"] == "forage").unwrap();
    assert_eq!(forage["occupation"], "software-developers");
    assert_eq!((forage["percent"].as_f64(), forage["baseline_percent"].as_f64()), (Some(25.0), Some(5.0)));
    assert_eq!((forage["from_year"].as_i64(), forage["to_year"].as_i64()), (Some(2022), Some(2032)));
    let wgu = rows.iter().find(|g| g["source"] == "wgu").unwrap();
    assert_eq!(wgu["openings_per_year"], 19000);
    assert!(wgu["baseline_percent"].is_null(), "WGU gives no baseline number");
    for key in
        ["source", "occupation", "percent", "from_year", "to_year", "openings_per_year", "baseline_percent", "basis"]
    {
        assert!(rows.iter().all(|g| g.get(key).is_some()), "{key}");
    }
}

#[test]
fn path_shows_stages_with_years_and_what_they_count() {
    let out = stdout(&["path", "backend", "--source", "research-com"]);
    assert!(out.contains("Junior back-end developer"), "{out}");
    assert!(out.contains("~1–2 years in the stage"), "time spent in the junior stage: {out}");
    assert!(out.contains("over 5 years of experience"), "experience the senior stage asks for: {out}");
}

#[test]
fn certs_group_sources_naming_the_same_certification() {
    let v = json(&["certs"]);
    let itil = figures(&v).into_iter().find(|c| c["name"] == "ITIL Foundation").unwrap();
    assert_eq!(itil["sources"], serde_json::json!(["wgu"]));
    assert_eq!(itil["programs"].as_array().unwrap().len(), 4);
}

#[test]
fn education_shows_cost_duration_and_courses() {
    let out = stdout(&["education", "--source", "wgu"]);
    assert!(out.contains("$3,985 per 6-month term") && out.contains("36 or 38") && out.contains("$3,950"), "{out}");
}

#[test]
fn roles_levels_and_sources_accept_aliases_in_any_case() {
    assert_eq!(stdout(&["skills", "Back End"]), stdout(&["skills", "backend"]));
    assert_eq!(stdout(&["salary", "--level", "JUNIOR"]), stdout(&["salary", "--level", "entry"]));
    assert_eq!(stdout(&["growth", "--source", "Noble Desktop"]), stdout(&["growth", "--source", "noble-desktop"]));
}

#[test]
fn unknown_names_exit_2_with_the_nearest_valid_one() {
    careers(&["compare", "fronted", "backend"])
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("unknown role 'fronted' — did you mean 'frontend'?"));
    careers(&["salary", "--level", "senoir"]).code(2).stderr(predicate::str::contains("did you mean 'senior'?"));
    careers(&["skills", "backend", "--source", "forge"])
        .code(2)
        .stderr(predicate::str::contains("did you mean 'forage'?"));
    careers(&["skills", "zzzzzz"]).code(2).stderr(predicate::str::contains("valid: backend, frontend"));
}

/// One invocation of every command that prints data.
pub const ALL: &[&[&str]] = &[
    &["compare", "backend", "frontend"],
    &["salary"],
    &["salary", "--level", "senior"],
    &["skills", "backend"],
    &["growth"],
    &["path", "backend"],
    &["certs"],
    &["education"],
    &["sources"],
    &["roles"],
    &["areas", "ohio"],
    &["switch", "frontend", "backend"],
    &["offer", "150k", "backend", "--area", "Austin"],
    &["where", "backend", "--top", "5"],
    &["industries", "backend", "--top", "5"],
];

#[test]
fn every_command_prints_valid_json() {
    for args in ALL {
        let v = json(args);
        assert!(v.is_array() || v.is_object(), "{args:?}");
    }
}

#[test]
fn every_command_prints_rectangular_csv() {
    for args in ALL {
        let text = stdout_as("csv", args);
        let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(text.as_bytes());
        let width = reader.headers().expect("a header row").len();
        let mut rows = 0;
        for record in reader.records() {
            record.unwrap_or_else(|e| panic!("{args:?}: {e}\n{text}"));
            rows += 1;
        }
        assert!(width > 1 && rows > 0, "{args:?}: {text}");
    }
}

#[test]
fn every_command_prints_markdown_pipe_tables() {
    for args in ALL {
        let text = stdout_as("markdown", args);
        assert!(text.starts_with("### "), "{args:?}: {text}");
        assert!(text.lines().any(|l| l.starts_with("|---|")), "{args:?}: {text}");
    }
}

#[test]
fn piped_output_has_no_colour_and_no_wrapping() {
    let out = stdout(&["salary"]);
    assert!(!out.contains('\x1b'));
    let longest = out.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(longest > 120, "not wrapped to a guessed width: {longest}");
}

#[test]
fn columns_sets_the_table_width() {
    let out = crate::Env::new().cmd().env("COLUMNS", "80").arg("salary").assert().success().get_output().stdout.clone();
    let out = String::from_utf8(out).unwrap();
    let longest =
        out.lines().filter(|l| l.starts_with('│') || l.starts_with('╭')).map(|l| l.chars().count()).max().unwrap();
    assert!(longest <= 80, "{longest}\n{out}");
}

#[test]
fn options_work_before_or_after_the_command_name_and_the_later_wins() {
    for args in ALL {
        let before: Vec<&str> = ["--format", "csv"].iter().chain(args.iter()).copied().collect();
        assert_eq!(stdout(&before), stdout_as("csv", args), "{args:?}");
    }
    let both = stdout(&["--format", "json", "sources", "--format", "csv"]);
    assert!(both.starts_with("id,title,"), "{both}");
    let both = stdout(&["-f", "csv", "roles", "-f", "json"]);
    assert!(both.starts_with('['), "{both}");
    // --data-dir after the command name is the same --data-dir.
    careers(&["sources", "--data-dir", "/nonexistent/careers-data"])
        .code(1)
        .stderr(predicates::str::contains("/nonexistent/careers-data"));
}

#[test]
fn an_empty_result_is_one_line_naming_what_has_something() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["path", "frontend"],
            "No article describes a career path for Front-end developer; `careers salary frontend`",
        ),
        (
            &["skills", "security"],
            "No article lists skills for Security engineer; `careers salary security` shows its pay.",
        ),
        (&["growth", "security"], "No article gives job growth for Security engineer"),
        (&["certs", "frontend"], "No article names a certification for Front-end developer"),
        (&["areas", "xyz"], "No area's name has a word starting 'xyz'; `careers areas` lists all 583."),
    ];
    for (args, line) in cases {
        let out = stdout(args);
        assert!(out.starts_with(line), "{args:?}: {out}");
        assert!(!out.contains('╭') && out.lines().count() == 1, "{args:?}: no box, one line: {out}");
    }
    let out = stdout(&["compare", "backend", "frontend", "--level", "senior"]);
    assert!(out.contains("Official statistics cover all levels together"), "{out}");
    assert!(!out.contains("Official statistics: BLS"), "no empty official table: {out}");
}

#[test]
fn top_zero_is_a_usage_error() {
    careers(&["skills", "backend", "--top", "0"]).code(2).stderr(predicate::str::contains("at least 1"));
}

#[test]
fn a_misspelt_role_is_suggested_before_the_count_of_roles_is_checked() {
    careers(&["compare", "backedn"]).code(2).stderr(predicate::str::contains("did you mean 'backend'?"));
    careers(&["compare", "backend"]).code(2).stderr(predicate::str::contains("two or more roles"));
}

#[test]
fn careers_alone_prints_a_short_hint() {
    let out = careers(&[]).code(2).get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("careers compare backend frontend") && stderr.lines().count() <= 4, "{stderr}");
}

#[test]
fn csv_is_one_table_with_the_json_fields_and_numeric_amounts() {
    for args in [&["salary"][..], &["compare", "backend", "frontend"]] {
        let text = stdout_as("csv", args);
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let headers = reader.headers().unwrap().clone();
        let column =
            |name: &str| headers.iter().position(|h| h == name).unwrap_or_else(|| panic!("{name}: {headers:?}"));
        let (low, high, kind) = (column("low"), column("high"), column("kind"));
        let mut rows = 0;
        for record in reader.records() {
            let record = record.unwrap();
            for at in [low, high] {
                assert!(record[at].is_empty() || record[at].parse::<i64>().is_ok(), "{args:?}: {record:?}");
            }
            assert!(!record[kind].is_empty());
            rows += 1;
        }
        assert!(rows > 0, "{args:?}");
    }
    let skills = stdout_as("csv", &["compare", "backend", "frontend", "--part", "skills"]);
    // One row per skill and role: the same columns whatever the roles, and a header with no rows.
    assert!(
        skills.starts_with("skill,name,category,role,sources\ntesting,Automated testing,practice,backend,5\n"),
        "{skills}"
    );
    let none = stdout_as("csv", &["compare", "backend", "frontend", "--part", "skills", "--source", "bls-oews-2025"]);
    assert_eq!(none, "skill,name,category,role,sources\n");
}

#[test]
fn the_chart_shows_the_official_band_groups_by_level_and_ticks_to_the_width() {
    let chart_at = |width: u16| {
        let env = crate::Env::new();
        let out = env.cmd().env("COLUMNS", width.to_string()).args(["salary", "backend", "--chart"]).assert().success();
        let out = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        out.lines().skip_while(|l| !l.starts_with("Spread of figures")).map(String::from).collect::<Vec<_>>()
    };
    let chart = chart_at(80);
    let band = chart.iter().position(|l| l.starts_with("Official (BLS, national")).expect("the official group");
    assert!(chart[band + 1].contains('╪'), "a band with its median: {chart:?}");
    let levels: Vec<&String> =
        chart.iter().filter(|l| ["Entry", "Mid", "Senior", "Lead"].contains(&l.as_str())).collect();
    assert_eq!(levels.len(), 4, "one heading per level: {chart:?}");
    let ticks = |chart: &[String]| {
        let axis = chart.iter().skip_while(|l| !l.contains('└')).nth(1);
        axis.map_or(0, |axis| axis.matches('$').count())
    };
    assert!(ticks(&chart_at(200)) > ticks(&chart), "more ticks on a wider screen");
}

#[test]
fn an_area_is_found_by_code_and_an_exact_name_says_what_else_matches() {
    let out = stdout(&["salary", "backend", "--area", "0035620"]);
    assert!(out.contains("(New York-Newark-Jersey City, NY-NJ, metro area)"), "{out}");
    let out = stdout(&["salary", "backend", "--area", "New York"]);
    assert!(out.contains("'New York' is the state;") && out.contains("code 0035620"), "{out}");
    let err = careers(&["salary", "--area", "san j"]).code(2).get_output().stderr.clone();
    let err = String::from_utf8(err).unwrap();
    assert!(
        err.lines().any(|l| l.trim() == "0041940  San Jose-Sunnyvale-Santa Clara, CA (metro area)"),
        "one per line: {err}"
    );
}

#[test]
fn sources_id_shows_one_source_in_full() {
    let out = stdout(&["sources", "Noble Desktop"]);
    for field in ["Title", "Covers", "Caveats", "Holds", "Read from"] {
        assert!(out.contains(field), "{field} missing: {out}");
    }
    assert!(out.contains("March 22, 2026") && out.contains("Back-end developer"), "{out}");
    let v = json(&["sources", "forage"]);
    assert_eq!(v["id"], "forage");
    assert_eq!(v["statistics"].as_array().unwrap().len(), 2);
    careers(&["sources", "forge"]).code(2).stderr(predicate::str::contains("did you mean 'forage'?"));
}

#[test]
fn a_spread_is_flagged_only_between_sources_and_quotes_the_rows_own_ends() {
    // Built in, the senior sources lie within 1.5 times of each other
    // ($125,000+ to $187,000), and WGU's one distribution is no spread.
    let senior = stdout(&["salary", "backend", "--level", "senior"]);
    assert!(!senior.contains("wide spread"), "{senior}");
    let wgu = stdout(&["salary", "web-developers"]);
    assert!(!wgu.contains("wide spread") && wgu.contains("quotes one distribution"), "{wgu}");
    // A far-off source of the user's own: the note names the row's ends.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("far.toml"),
        "[source]\nid = \"far\"\ntitle = \"T\"\npublisher = \"Far\"\n\n[[salary]]\nrole = \"backend\"\n\
         level = \"senior\"\nlabel = \"what I was offered\"\nkind = \"average\"\namount = 400000\nbasis = \"own\"\n",
    )
    .unwrap();
    let out = crate::Env::new()
        .cmd()
        .env("COLUMNS", "200")
        .arg("--data-dir")
        .arg(dir.path())
        .args(["salary", "backend", "--level", "senior"])
        .output()
        .unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    let rows = crate::summary_rows(&out);
    let row = rows.iter().find(|r| r[1] == "Senior").expect(&out);
    let (low, high) = (row[4].as_str(), row[6].as_str());
    assert_eq!((low, high), ("$125,000+", "$400,000"), "{out}");
    let note = out.lines().find(|l| l.contains("wide spread between sources")).expect(&out);
    assert!(note.contains(low) && note.contains(high), "the note quotes the row's ends: {note}");
    assert!(note.contains("far (your file)") && note.contains("CBT Nuggets"), "{note}");
}

#[test]
fn notes_are_marked_in_tables_and_listed_below_unless_no_notes() {
    let out = stdout(&["salary", "backend", "--level", "entry", "--source", "cbt-nuggets"]);
    let row = out.lines().find(|l| l.contains("$60,000–$85,000")).expect(&out);
    assert!(row.contains("[1]"), "{row}");
    assert!(out.contains("[1] The page says its figures reflect 2024 market data"), "{out}");
    let plain = stdout(&["salary", "backend", "--level", "entry", "--source", "cbt-nuggets", "--no-notes"]);
    assert!(!plain.contains("[1]"), "{plain}");
    let compare = stdout(&["compare", "backend", "frontend", "--source", "cbt-nuggets"]);
    assert!(
        compare.contains("(none cited, 2024; 0-2 years) [1]") && compare.contains("\n[1] The page says"),
        "{compare}"
    );
}

#[test]
fn switch_says_what_carries_over_what_to_learn_and_what_happens_to_pay() {
    let v = json(&["switch", "frontend", "backend"]);
    let carried: Vec<&str> = v["carried"].as_array().unwrap().iter().map(|s| s["skill"].as_str().unwrap()).collect();
    assert!(carried.contains(&"javascript"), "named for both: {carried:?}");
    let learn = v["to_learn"].as_array().unwrap();
    assert!(learn.iter().any(|s| s["skill"] == "python") && !learn.iter().any(|s| s["skill"] == "javascript"));
    let counts: Vec<usize> = learn.iter().map(|s| s["sources"].as_array().unwrap().len()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "most widely named first: {counts:?}");
    // Forage's Glassdoor table: $86,000 then $106,000 at entry, the same as `salary` shows.
    let entry = v["pay"].as_array().unwrap().iter().find(|r| r["level"] == "entry" && r["source"] == "forage").unwrap();
    assert_eq!((entry["from"][0]["low"].as_i64(), entry["to"][0]["low"].as_i64()), (Some(86_000), Some(106_000)));
    assert_eq!(entry["change"], 20_000);
    let salary = json(&["salary", "frontend", "--level", "entry", "--source", "forage"]);
    assert_eq!(salary["figures"][0]["low"], entry["from"][0]["low"]);
    // The change is worked from the source's votes, as the summary counts them.
    let summary = v["summary"].as_array().unwrap();
    let vote = |role: &str| {
        let row = summary.iter().find(|r| r["role"] == role && r["level"] == "entry").unwrap();
        row["votes"].as_array().unwrap().iter().find(|v| v["source"] == "forage").unwrap()["value"].clone()
    };
    assert_eq!((vote("frontend"), vote("backend")), (Value::from(86_000), Value::from(106_000)));
    assert_eq!((&entry["from_value"]["value"], &entry["to_value"]["value"]), (&vote("frontend"), &vote("backend")));
    let none = stdout(&["switch", "security", "devops", "--level", "mid"]);
    assert!(none.contains("No article gives a national figure for Security engineer or DevOps engineer"), "{none}");
    careers(&["switch", "backend", "back-end"]).code(2).stderr(predicate::str::contains("two different roles"));
}

#[test]
fn a_single_range_in_an_area_shows_its_own_ends() {
    let out = stdout(&["salary", "backend", "--area", "Austin"]);
    let rows = crate::summary_rows(&out);
    // Noble Desktop's one range for three cities: its midpoint, and its ends.
    assert_eq!(rows.len(), 1, "{out}");
    assert_eq!(
        (&rows[0][2], &rows[0][5], &rows[0][7]),
        (&"1 of 1".into(), &"$155,000".into(), &"$140,000–$170,000".into())
    );
    // And the summary says the claim is for three cities together.
    assert!(out.contains("is one claim for Seattle, New York, and Austin together"), "{out}");
}

#[test]
fn a_level_heading_states_no_years_and_each_figure_shows_its_sources_bracket() {
    let out = stdout(&["compare", "backend", "frontend", "--part", "salary", "--level", "senior"]);
    // Forage's Glassdoor figures are for 15+ years, not the level's 5+.
    assert!(!out.contains("Senior (5+ years)"), "{out}");
    let forage = out.lines().find(|l| l.contains("Forage")).expect(&out);
    assert!(forage.contains("$187,000 estimate (Glassdoor; 15+ years)"), "{forage}");
    assert!(out.contains("senior developers and technical leads"), "Noble's own bracket: {out}");
    let v = json(&["salary", "backend", "--source", "forage", "--level", "senior"]);
    assert_eq!(v["figures"][0]["experience"], "15+ years");
}

#[test]
fn compare_shows_the_same_summary_as_salary() {
    let rows = |out: &str| -> Vec<String> { crate::summary_rows(out).iter().map(|r| r.join("|")).collect() };
    let compare = crate::Env::new().cmd().env("COLUMNS", "200").args(["compare", "backend", "frontend"]).output();
    let salary = crate::Env::new().cmd().env("COLUMNS", "200").args(["salary", "backend", "frontend"]).output();
    let (compare, salary) = (compare.unwrap().stdout, salary.unwrap().stdout);
    let (compare, salary) = (String::from_utf8_lossy(&compare), String::from_utf8_lossy(&salary));
    assert!(rows(&compare).iter().any(|r| r.contains("Senior|3 of 4")), "{compare}");
    // salary also lists the broader occupations' own rows; the roles' rows agree.
    let roles = |out: &str| rows(out).into_iter().filter(|r| r.contains("developer|")).collect::<Vec<_>>();
    assert_eq!(roles(&compare), roles(&salary));
}

#[test]
fn in_one_years_dollars_a_spread_is_still_told_and_two_sources_give_two_ratios() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("far.toml"),
        "[source]\nid = \"far\"\ntitle = \"T\"\npublisher = \"Far\"\n\n[[salary]]\nrole = \"backend\"\n\
         level = \"senior\"\nlabel = \"offer\"\nkind = \"average\"\namount = 400000\nbasis = \"own\"\nyear = 2020\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        let out = crate::Env::new().cmd().env("COLUMNS", "200").arg("--data-dir").arg(dir.path()).args(args).output();
        String::from_utf8(out.unwrap().stdout).unwrap()
    };
    let real = run(&["salary", "backend", "--level", "senior", "--real"]);
    assert!(real.contains("wide spread between sources"), "{real}");
    // Mid has two voting sources: the yardstick gives both ends' ratios.
    let mid = stdout(&["salary", "backend", "--level", "mid"]);
    assert!(mid.contains("×0.72–0.99"), "{mid}");
}

#[test]
fn one_claim_for_three_cities_is_found_by_any_of_their_names_or_codes() {
    for area in ["Austin", "0012420", "Seattle", "New York", "0035620"] {
        let v = json(&["salary", "backend", "--area", area, "--source", "noble-desktop"]);
        let claims: Vec<&serde_json::Value> =
            figures(&v).into_iter().filter(|f| f["label"] == "Seattle, New York, and Austin").collect();
        assert_eq!(claims.len(), 1, "{area}: one record, not one per city");
        assert_eq!(claims[0]["places"].as_array().unwrap().len(), 3, "{area}");
    }
    // And nothing of it for a city it does not name.
    let v = json(&["salary", "backend", "--area", "Cincinnati", "--source", "noble-desktop"]);
    assert!(figures(&v).into_iter().all(|f| f["label"] != "Seattle, New York, and Austin"));
}

#[test]
fn the_chart_draws_a_quoted_distribution_as_one_band() {
    let out = crate::Env::new().cmd().env("COLUMNS", "100").args(["salary", "web-developers", "--chart"]).output();
    let out = String::from_utf8(out.unwrap().stdout).unwrap();
    let chart: Vec<&str> = out.lines().skip_while(|l| !l.starts_with("Spread of figures")).collect();
    let wgu: Vec<&&str> = chart.iter().filter(|l| l.starts_with("Western Governors University")).collect();
    assert_eq!(wgu.len(), 1, "one bar for WGU's three figures: {out}");
    assert!(wgu[0].contains('═') && wgu[0].contains('╪'), "drawn as a band with its mean: {}", wgu[0]);
}

#[test]
fn compare_says_which_occupations_growth_and_pay_are_read_from() {
    let out = stdout(&["compare", "backend", "frontend", "--part", "growth"]);
    let note = out.lines().collect::<Vec<_>>().join(" ");
    // Web developers' growth applies to back-end, but its pay is not set beside them.
    assert!(
        note.contains("Back-end developer belongs to Software developers (BLS occupation) and Web developers"),
        "{out}"
    );
    assert!(note.contains("its pay is set beside Software Developers."), "{out}");
}

#[test]
fn what_a_table_says_in_a_note_a_script_can_read_too() {
    // compare leaves single places out, says how many, and the JSON counts the same.
    let table = stdout(&["compare", "backend", "frontend"]);
    let v = json(&["compare", "backend", "frontend"]);
    let n = v["local_left_out"].as_u64().unwrap();
    assert!(n > 0 && table.contains(&format!("{n} figures for single places left out")), "{n}: {table}");
    let salary = json(&["salary", "backend", "frontend"]);
    let local = figures(&salary).into_iter().filter(|f| !f["location"].is_null()).count();
    assert_eq!(n as usize, local, "the figures `salary` lists for places");
    // offer's headline (its BLS percentile and ratio) and its summary are CSV tables of their own.
    let official = stdout_as("csv", &["offer", "150k", "backend", "--part", "official"]);
    let offer = json(&["offer", "150k", "backend"]);
    let percentile = offer["official"][0]["standing"]["percentile"].to_string();
    let row = official.lines().nth(1).unwrap();
    assert!(
        row.starts_with("Software Developers,15-1252,") && row.contains(&format!(",about,{percentile},")),
        "{official}"
    );
    let summary = stdout_as("csv", &["offer", "150k", "backend", "--part", "summary"]);
    assert!(summary.starts_with("level,voting,below,unclear,equal,above,middle.value"), "{summary}");
    assert_eq!(summary.lines().count() - 1, offer["summary"].as_array().unwrap().len());
}

#[test]
fn a_change_and_a_comparison_are_made_only_between_like_things() {
    let v = json(&["switch", "frontend", "backend"]);
    let pay = |level: &str, source: &str| -> Value {
        v["pay"].as_array().unwrap().iter().find(|r| r["level"] == level && r["source"] == source).unwrap().clone()
    };
    // Forage's Glassdoor table pairs up at entry; at all levels its back-end
    // vote is the median of three claims, but one of them (the table's
    // estimate) is like the front-end one, and the change is that pair's.
    assert_eq!(
        (pay("entry", "forage")["change"].as_i64(), pay("entry", "forage")["no_change"].clone()),
        (Some(20_000), Value::Null)
    );
    assert_eq!(
        (pay("all", "forage")["change"].as_i64(), pay("all", "forage")["no_change"].clone()),
        (Some(126_000 - 103_000), Value::Null)
    );
    // Research.com and the others give back-end figures only.
    assert_eq!(pay("all", "research-com")["no_change"], "one-side");
    // Rows resting on different sources say so.
    let table = stdout(&["compare", "backend", "frontend"]);
    assert!(table.contains("Entry: the roles' rows rest on different sources"), "{table}");
    // A claim for three cities is set beside no one city's median.
    let austin = json(&["salary", "backend", "--area", "Austin"]);
    assert!(
        austin["summary"][0]["anchor"].as_array().unwrap().iter().all(|a| a["ratios"] == serde_json::json!([])),
        "{austin}"
    );
    // An offer above an open-topped vote is not called above it.
    let offer = json(&["offer", "150k", "backend", "--level", "senior"]);
    let senior = &offer["summary"][0];
    assert_eq!(
        (senior["below"].as_u64(), senior["unclear"].as_u64(), senior["above"].as_u64()),
        (Some(0), Some(1), Some(2)),
        "{senior}"
    );
    let cbt = offer["articles"].as_array().unwrap().iter().find(|a| a["source"] == "cbt-nuggets").unwrap();
    assert_eq!(cbt["standing"]["position"], "above-open-top", "$110,000–$140,000+");
    // Under --real, a median resting on an undated claim is marked.
    let real = stdout(&["salary", "--level", "senior", "--real"]);
    let rows = crate::summary_rows(&real);
    // Back-end senior: three votes, the middle one Noble Desktop's, undated.
    let backend = rows.iter().find(|r| r[0] == "Back-end developer" && r[2] == "3 of 4").expect(&real);
    assert!(backend[5].contains('†'), "{backend:?}");
}

#[test]
fn onets_attribution_is_given_once_in_every_output_that_uses_onet() {
    for args in [&["compare", "backend", "frontend"][..], &["switch", "frontend", "backend"], &["skills", "backend"]] {
        let out = stdout(args);
        assert_eq!(out.matches("used under the CC BY 4.0 license").count(), 1, "{args:?}: {out}");
    }
}
