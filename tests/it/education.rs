//! Education's time as numbers: each figure read as what the article
//! measures (a completion share is not a length, an average is not a
//! program's length), its words kept beside, its numbers in CSV columns of
//! their own, and a user's file with a bad time refused at its position.

use crate::schema::validates_in;
use crate::{Env, json, stdout, stdout_as};
use serde_json::{Value, json};

/// The programs `education --source SOURCE` lists, by name.
fn program(source: &str, name: &str) -> Value {
    let all = json(&["education", "--source", source]);
    let found = all.as_array().unwrap().iter().find(|p| p["name"] == name);
    found.unwrap_or_else(|| panic!("{source} has no program {name:?}: {all}")).clone()
}

#[test]
fn wgu_times_are_completion_shares_in_months_not_lengths() {
    // The article: "60% of graduates in similar programs finish within 25
    // months" and so on; only the certificate states its length.
    let cases = [
        ("Computer Science – B.S.", 60, 25),
        ("Software Engineering – B.S.", 60, 35),
        ("Network Engineering and Security – B.S.", 61, 36),
        ("Information Technology – B.S.", 61, 39),
    ];
    for (name, share, months) in cases {
        let p = program("wgu", name);
        let expected =
            json!({"measures": "completion", "share_percent": share, "min": months, "max": months, "unit": "months"});
        assert_eq!(p["time"], expected, "{name}");
        assert!(p["duration"].as_str().unwrap().contains(&format!("{share}% of graduates")), "{p}");
    }
    let certificate = program("wgu", "Back End Web Development Certificate");
    assert_eq!(
        certificate["time"],
        json!({"measures": "length", "min": 6, "max": 6, "unit": "months", "share_percent": null})
    );
    // "$3,950 for the certificate": the whole program's cost, so no `cost_per`.
    assert_eq!((&certificate["cost_usd"], &certificate["cost_per"]), (&json!(3950), &Value::Null), "{certificate}");
    let table = stdout(&["education", "--source", "wgu"]);
    assert!(table.contains("60% finish within 25 months"), "{table}");
    // Who was counted is in the words only, so the table keeps them.
    assert!(table.contains("(“60% of graduates of similar programs finish within 25 months”)"), "{table}");
    assert!(!table.contains("25–25") && !table.contains("25 months on average"), "{table}");
}

#[test]
fn noble_desktops_bootcamp_is_a_length_of_12_to_24_weeks() {
    let bootcamp = program("noble-desktop", "Back-end web development bootcamp");
    assert_eq!(
        bootcamp["time"],
        json!({"measures": "length", "min": 12, "max": 24, "unit": "weeks", "share_percent": null})
    );
    let degree = program("noble-desktop", "Four-year university degree");
    assert_eq!(
        degree["time"],
        json!({"measures": "length", "min": 4, "max": 4, "unit": "years", "share_percent": null})
    );
    let table = stdout(&["education", "--source", "noble-desktop"]);
    // Words that say no more than the numbers are not repeated.
    assert!(table.contains("12–24 weeks") && !table.contains("“12-24 weeks”"), "{table}");
}

#[test]
fn forages_simulations_take_hours_on_average() {
    let all = json(&["education", "--source", "forage"]);
    let times: Vec<&Value> =
        all.as_array().unwrap().iter().filter(|p| p["kind"] == "simulation").map(|p| &p["time"]).collect();
    let bounds: Vec<(u64, u64)> =
        times.iter().map(|t| (t["min"].as_u64().unwrap(), t["max"].as_u64().unwrap())).collect();
    assert_eq!(bounds, [(1, 2), (4, 5), (5, 6), (5, 6)], "the article's \"Avg. Time\" of each: {all}");
    for t in times {
        assert_eq!((t["measures"].as_str(), t["unit"].as_str()), (Some("average"), Some("hours")), "{t}");
        assert!(t["share_percent"].is_null(), "{t}");
    }
    let table = stdout(&["education", "--source", "forage"]);
    assert!(table.contains("1–2 hours on average"), "{table}");
}

#[test]
fn every_time_keeps_the_sources_words_beside_it() {
    for p in json(&["education"]).as_array().unwrap() {
        if p["time"].is_object() {
            assert!(p["duration"].is_string(), "a time without the source's words: {p}");
        }
    }
}

#[test]
fn csv_has_the_times_numbers_in_columns_of_their_own() {
    let text = stdout_as("csv", &["education", "--source", "wgu"]);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let column =
        |name: &str| headers.iter().position(|h| h == name).unwrap_or_else(|| panic!("no {name}: {headers:?}"));
    let names = ["time.measures", "time.min", "time.max", "time.unit", "time.share_percent"];
    let columns: Vec<usize> = names.iter().map(|n| column(n)).collect();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let row = rows.iter().find(|r| &r[column("name")] == "Computer Science – B.S.").expect("a row for the degree");
    let cells: Vec<&str> = columns.iter().map(|&i| &row[i]).collect();
    assert_eq!(cells, ["completion", "25", "25", "months", "60"]);
    let certificate = rows.iter().find(|r| r[column("name")].contains("Certificate")).unwrap();
    let cells: Vec<&str> = columns.iter().map(|&i| &certificate[i]).collect();
    assert_eq!(cells, ["length", "6", "6", "months", ""]);
}

const MINE: &str = "[source]\nid = \"mine\"\ntitle = \"T\"\npublisher = \"P\"\n\n[[education]]\n\
                    name = \"Night school\"\nkind = \"training\"\nduration = \"one year\"\n";

fn with_file(text: &str) -> Env {
    let env = Env::new();
    std::fs::create_dir_all(env.user_data_dir()).unwrap();
    std::fs::write(env.user_data_dir().join("mine.toml"), text).unwrap();
    env
}

#[test]
fn a_users_time_is_shown_and_follows_the_schema() {
    let env = with_file(&format!("{MINE}time = {{ measures = \"length\", min = 1, max = 1, unit = \"years\" }}\n"));
    let doc = validates_in(&env, "education", &["education", "--source", "mine"]);
    assert_eq!(doc[0]["time"]["unit"], "years", "{doc}");
    let out = env.cmd().args(["education", "--source", "mine"]).assert().success().get_output().stdout.clone();
    let table = String::from_utf8(out).unwrap();
    assert!(table.contains("1 year (“one year”)"), "{table}");
}

#[test]
fn a_users_file_with_a_bad_time_is_one_line_naming_its_position() {
    let env = with_file(&format!("{MINE}time = {{ measures = \"average\", min = 8, max = 3, unit = \"weeks\" }}\n"));
    let out = env.cmd().args(["education"]).assert().code(1).get_output().clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let at = format!("{}:10:38: ", env.user_data_dir().join("mine.toml").display());
    assert!(stderr.contains(&at) && stderr.contains("`min` (8) is greater than `max` (3)"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(out.stdout.is_empty(), "nothing printed from data that failed to load");
}
