//! Every spelling of a place issue #31 names, resolved by `--area`, against
//! the codes in the data's own BLS area list: the expected code is looked up
//! there by the area's BLS name, never asked of the resolver.

use super::{careers, json, stdout};

/// What `--area INPUT` should do.
enum Expect {
    /// Resolve to the area BLS names so.
    Area(&'static str),
    /// Fail as a usage error whose message contains this.
    Error(&'static str),
}
use Expect::{Area, Error};

const CASES: &[(&str, Expect)] = &[
    ("austin tx", Area("Austin-Round Rock-San Marcos, TX")),
    ("Austin, TX", Area("Austin-Round Rock-San Marcos, TX")),
    ("Austin TX", Area("Austin-Round Rock-San Marcos, TX")),
    ("Austin", Area("Austin-Round Rock-San Marcos, TX")),
    ("Austin Round Rock", Area("Austin-Round Rock-San Marcos, TX")),
    ("round rock", Area("Austin-Round Rock-San Marcos, TX")),
    ("austin-round rock", Area("Austin-Round Rock-San Marcos, TX")),
    ("Austin-Round Rock-San Marcos, TX", Area("Austin-Round Rock-San Marcos, TX")),
    ("12420", Area("Austin-Round Rock-San Marcos, TX")),
    ("0012420", Area("Austin-Round Rock-San Marcos, TX")),
    ("Austn", Error("did you mean Austin-Round Rock-San Marcos, TX?")),
    ("Saint Louis", Area("St. Louis, MO-IL")),
    ("St. Louis", Area("St. Louis, MO-IL")),
    ("st louis mo", Area("St. Louis, MO-IL")),
    ("Ft. Worth", Area("Dallas-Fort Worth-Arlington, TX")),
    ("Saint Paul", Area("Minneapolis-St. Paul-Bloomington, MN-WI")),
    ("NY", Area("New York")),
    ("New York", Area("New York")),
    ("ny", Area("New York")),
    ("US", Area("National")),
    ("nation", Area("National")),
    ("national", Area("National")),
    ("United States", Area("National")),
    // An abbreviation BLS never writes, and too short for a guess by edit
    // distance to mean anything: no match, pointing at the list.
    ("SF", Error("no area matching 'SF': `careers areas` lists")),
    ("San Francisco", Area("San Francisco-Oakland-Fremont, CA")),
    ("TX", Area("Texas")),
    ("Washington", Area("Washington")),
    ("Washington DC", Area("Washington-Arlington-Alexandria, DC-VA-MD-WV")),
    ("DC", Area("District of Columbia")),
    ("california", Area("California")),
    ("Portland OR", Area("Portland-Vancouver-Hillsboro, OR-WA")),
    ("Portland, ME", Area("Portland-South Portland, ME")),
    ("Albany GA", Area("Albany, GA")),
    ("Albany", Error("matches 3 areas")),
    ("Portland", Error("matches 2 areas")),
    // Words match from their start: NY is inside "Albany" and "Sunnyvale".
    ("Sunnyvale", Area("San Jose-Sunnyvale-Santa Clara, CA")),
    ("nnyvale", Error("no area matching 'nnyvale'")),
    ("Austin NY", Error("no area matching 'Austin NY'")),
];

/// The BLS code of the area named `name` in the data's `[figures] areas`.
fn code_of(name: &str) -> String {
    let file = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/official/bls-oews-2025.toml"))
        .expect("the BLS data file");
    let data: toml::Value = toml::from_str(&file).expect("TOML");
    let areas = data["figures"]["areas"].as_array().expect("[figures] areas");
    let found = areas.iter().find(|a| a[2].as_str() == Some(name)).unwrap_or_else(|| panic!("no area {name}"));
    found[0].as_str().expect("a code").to_string()
}

#[test]
fn every_spelling_resolves_to_the_area_the_data_names() {
    let mut wrong = Vec::new();
    for (input, expect) in CASES {
        let args = ["offer", "120k", "backend", "--area", input];
        match expect {
            Area(name) => {
                let out = careers(&[&args[..], &["--format", "json"]].concat()).get_output().clone();
                let got = serde_json::from_slice::<serde_json::Value>(&out.stdout)
                    .map(|v| v["area"]["code"].as_str().unwrap_or_default().to_string())
                    .unwrap_or_else(|_| String::from_utf8_lossy(&out.stderr).into_owned());
                if got != code_of(name) {
                    wrong.push(format!("{input:?}: want {} ({name}), got {got}", code_of(name)));
                }
            }
            Error(fragment) => {
                let out = careers(&args).get_output().clone();
                let err = String::from_utf8_lossy(&out.stderr);
                if out.status.code() != Some(2) || !err.contains(fragment) {
                    wrong.push(format!("{input:?}: want exit 2 with {fragment:?}, got {:?} {err}", out.status.code()));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn an_ambiguous_place_lists_code_name_and_type_whole_matches_first() {
    let out = careers(&["salary", "backend", "--area", "Springfield"]).code(2).get_output().stderr.clone();
    let err = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = err.lines().skip(1).map(str::trim).collect();
    let line = |name: &str| format!("{}  {name} (metro area)", code_of(name));
    assert_eq!(lines.first().copied(), Some(line("Springfield, IL").as_str()), "{err}");
    // Eugene-Springfield only has the word; the four Springfields are it.
    assert_eq!(lines.last().copied(), Some(line("Eugene-Springfield, OR").as_str()), "{err}");
}

#[test]
fn a_state_named_like_a_metro_wins_and_every_pay_command_names_the_metro() {
    let metro = format!(
        "Washington-Arlington-Alexandria, DC-VA-MD-WV (metro area, code {})",
        code_of("Washington-Arlington-Alexandria, DC-VA-MD-WV")
    );
    for args in [
        &["salary", "backend", "--area", "Washington"][..],
        &["offer", "120k", "backend", "--area", "Washington"],
        &["switch", "frontend", "backend", "--area", "Washington"],
    ] {
        let out = stdout(args);
        assert!(out.contains(&format!("'Washington' is the state; {metro} also matches")), "{args:?}: {out}");
    }
    // The District's metro is what many mean by "DC".
    let out = stdout(&["offer", "120k", "backend", "--area", "DC"]);
    assert!(out.contains(&format!("'District of Columbia' is the state; {metro}")), "{out}");
    // Texas starts no metro's name: no note.
    assert!(!stdout(&["offer", "120k", "backend", "--area", "TX"]).contains("is the state;"));
}

#[test]
fn areas_lists_by_word_start_and_a_postal_code_lists_the_states_areas() {
    let names = |q: &str| -> Vec<String> {
        json(&["areas", q]).as_array().unwrap().iter().map(|a| a["name"].as_str().unwrap().to_string()).collect()
    };
    let ny = names("NY");
    assert!(ny.contains(&"New York".to_string()) && ny.contains(&"Albany-Schenectady-Troy, NY".to_string()), "{ny:?}");
    assert!(!ny.iter().any(|n| n == "Albany, GA" || n.starts_with("San Jose")), "{ny:?}");
    assert!(names("round").contains(&"Austin-Round Rock-San Marcos, TX".to_string()));
    assert!(names("ound").is_empty());
    assert_eq!(names("US"), ["National"], "the nation by the name --area takes for it");
}
