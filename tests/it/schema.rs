//! The published schemas (docs/schema/) against the real output they
//! describe, and against the conventions that keep them useful: a script
//! author reads a description for every field, and a field the binary adds
//! without adding it to the schema fails here.
//!
//! To cover another command, give it docs/schema/COMMAND.json and a variant
//! in `cli::SchemaCommand`, then add cases: `validates("COMMAND", &[…])`.

use super::{Env, fixture};
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn schema_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/schema")
}

/// docs/schema/NAME.json, parsed.
fn schema(name: &str) -> Value {
    let path = schema_dir().join(format!("{name}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Runs `careers ARGS --format json` and checks that what it prints
/// follows docs/schema/SCHEMA.json; returns the document, for a case to
/// check it is the case it means to be (an empty result, a user's record).
pub fn validates(schema_name: &str, args: &[&str]) -> Value {
    validates_in(&Env::new(), schema_name, args)
}

/// `validates`, in an environment a case has set up (user data files).
pub fn validates_in(env: &Env, schema_name: &str, args: &[&str]) -> Value {
    let shown = args.join(" ");
    let out = env.cmd().args(args).args(["--format", "json"]).assert().success().get_output().stdout.clone();
    let doc: Value = serde_json::from_slice(&out)
        .unwrap_or_else(|e| panic!("careers {shown} --format json: not one JSON document: {e}"));
    let validator = jsonschema::draft202012::new(&schema(schema_name))
        .unwrap_or_else(|e| panic!("docs/schema/{schema_name}.json does not compile: {e}"));
    let errors: Vec<String> = validator.iter_errors(&doc).map(|e| format!("  at {}: {e}", e.instance_path())).collect();
    assert!(
        errors.is_empty(),
        "careers {shown} --format json does not follow docs/schema/{schema_name}.json:\n{}",
        errors.join("\n")
    );
    doc
}

/// A path as an argument: the fixtures' paths are plain ASCII.
fn arg(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}

/// A user data directory holding a record of every kind, so each listing
/// shows what a user's record looks like in its JSON.
fn user_data() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = r#"
[source]
id = "my-notes"
title = "What my mentor told me"
publisher = "My mentor"

[[path]]
role = "backend"
stage = "Staff engineer"
level = "lead"
years = { counts = "experience", min = 8, qualifier = "at-least" }
note = "After leading two projects."

[[path]]
role = "backend"
stage = "Architect"

[[certification]]
name = "Kubernetes Application Developer"
vendor = "CNCF"
roles = ["backend", "devops"]
note = "Asked for in two interviews."

[[education]]
name = "Evening course in databases"
kind = "training"
provider = "City college"
roles = ["backend"]
cost_usd = 0
duration = "10 weeks"
courses = [3, 4]
certifications_included = true

[[statistic]]
label = "of my team learned on the job"
percent = 50
qualifier = "about"
study = "My own count"
year = 2026
"#;
    std::fs::write(dir.path().join("my-notes.toml"), file).expect("write a data file");
    dir
}

#[test]
fn growth_follows_its_schema() {
    assert!(validates("growth", &["growth"]).as_array().is_some_and(|a| !a.is_empty()));
    validates("growth", &["growth", "backend"]);
    validates("growth", &["growth", "frontend", "--source", "wgu"]);
    validates("growth", &["growth", "software-developers"]);
    assert_eq!(validates("growth", &["growth", "devops"]), json!([]));
    let mine = validates("growth", &["growth", "backend", "--data-dir", arg(&fixture("good"))]);
    assert!(mine.as_array().unwrap().iter().any(|g| g["source"] == "my-guide"), "{mine}");
}

#[test]
fn skills_follows_its_schema() {
    validates("skills", &["skills", "backend"]);
    validates("skills", &["skills", "frontend", "--top", "3"]);
    validates("skills", &["skills", "fullstack", "--source", "wgu"]);
    assert_eq!(validates("skills", &["skills", "devops", "--source", "wgu"]), json!([]));
    let mine = validates("skills", &["skills", "data-engineer", "--data-dir", arg(&fixture("good"))]);
    assert!(!mine.as_array().unwrap().is_empty(), "{mine}");
}

#[test]
fn path_follows_its_schema() {
    let all = validates("path", &["path", "backend"]);
    assert!(all.as_array().unwrap().iter().any(|p| p["years"].is_object()), "no stage with years: {all}");
    validates("path", &["path", "backend", "--source", "research-com"]);
    assert_eq!(validates("path", &["path", "frontend"]), json!([]));
    let data = user_data();
    let mine = validates("path", &["path", "backend", "--source", "my-notes", "--data-dir", arg(data.path())]);
    assert_eq!(mine.as_array().map(Vec::len), Some(2), "{mine}");
}

#[test]
fn certs_follows_its_schema() {
    validates("certs", &["certs"]);
    validates("certs", &["certs", "backend"]);
    let wgu = validates("certs", &["certs", "--source", "wgu"]);
    // The data's notes reach the JSON: WGU's stacked certifications say so.
    let noted = wgu.as_array().unwrap().iter().filter(|c| c["notes"][0]["note"] == "A stacked certification.").count();
    assert_eq!(noted, 4, "{wgu}");
    assert_eq!(validates("certs", &["certs", "frontend"]), json!([]));
    let data = user_data();
    let mine = validates("certs", &["certs", "devops", "--data-dir", arg(data.path())]);
    assert_eq!(mine.as_array().map(Vec::len), Some(1), "{mine}");
}

#[test]
fn education_follows_its_schema() {
    validates("education", &["education"]);
    validates("education", &["education", "--source", "wgu", "--source", "forage"]);
    assert_eq!(validates("education", &["education", "--source", "bls-oews-2025"]), json!([]));
    let data = user_data();
    let mine = validates("education", &["education", "--source", "my-notes", "--data-dir", arg(data.path())]);
    assert_eq!(mine[0]["courses"], json!([3, 4]), "{mine}");
}

#[test]
fn areas_follows_its_schema() {
    let all = validates("areas", &["areas"]);
    let types: BTreeSet<&str> = all.as_array().unwrap().iter().filter_map(|a| a["type"].as_str()).collect();
    assert_eq!(types.len(), 5, "every type of area is in the case: {types:?}");
    validates("areas", &["areas", "cincinnati"]);
    assert_eq!(validates("areas", &["areas", "no such place"]), json!([]));
}

#[test]
fn sources_follows_its_schema() {
    assert!(validates("sources", &["sources"]).is_array());
    let one = validates("sources", &["sources", "forage"]);
    assert!(one["statistics"].as_array().is_some_and(|s| !s.is_empty()), "{one}");
    assert!(validates("sources", &["sources", "bls-oews-2025"]).is_object());
    let data = user_data();
    let mine = validates("sources", &["sources", "my-notes", "--data-dir", arg(data.path())]);
    assert_eq!(mine["statistics"][0]["qualifier"], "about", "{mine}");
    validates("sources", &["sources", "--data-dir", arg(&fixture("good"))]);
}

#[test]
fn roles_follows_its_schema() {
    validates("roles", &["roles"]);
    let mine = validates("roles", &["roles", "--data-dir", arg(&fixture("good"))]);
    assert!(mine.as_array().unwrap().iter().any(|r| r["id"] == "data-engineer"), "{mine}");
}

#[test]
fn check_follows_its_schema() {
    validates("check", &["check"]);
    validates("check", &["check", arg(&fixture("good"))]);
    validates("check", &["check", arg(&fixture("good/my-guide.toml"))]);
    let data = user_data();
    validates("check", &["check", "--data-dir", arg(data.path())]);
    let empty = tempfile::tempdir().expect("temp dir");
    assert_eq!(validates("check", &["check", arg(empty.path())])["files"], 0);
    // The schema says an invalid file prints no JSON: only the status tells.
    let bad = fixture("bad/unknown-role.toml");
    let out = Env::new().cmd().args(["check", arg(&bad), "--format", "json"]).assert().code(1);
    assert!(out.get_output().stdout.is_empty(), "an invalid file printed a document");
}

#[test]
fn where_follows_its_schema() {
    let metro = validates("where", &["where", "backend"]);
    assert_eq!(metro.as_array().map(Vec::len), Some(15));
    validates("where", &["where", "frontend", "--type", "state", "--sort", "concentration"]);
    validates("where", &["where", "security", "--type", "nonmetro", "--sort", "employment", "--top", "5"]);
    validates("where", &["where", "devops", "--type", "territory", "--sort", "per-1000"]);
    // Areas whose median BLS withheld come last: their nulls are in the case.
    let all = validates("where", &["where", "backend", "--top", "1000"]);
    assert!(all.as_array().unwrap().iter().any(|r| r["wages"]["median"].is_null()), "no withheld median");
    validates("where", &["where", "all-occupations", "--sort", "p10", "--top", "3"]);
    let mine = validates("where", &["where", "data-engineer", "--data-dir", arg(&fixture("good"))]);
    assert_eq!(mine, json!([]));
}

#[test]
fn industries_follows_its_schema() {
    validates("industries", &["industries", "backend"]);
    validates("industries", &["industries", "frontend", "--sort", "median", "--top", "5"]);
    // Every industry, down to those whose figures BLS withheld.
    let all = validates("industries", &["industries", "security", "--top", "1000"]);
    assert!(all.as_array().unwrap().len() > 15, "{all}");
    validates("industries", &["industries", "web-developers"]);
    let mine = validates("industries", &["industries", "data-engineer", "--data-dir", arg(&fixture("good"))]);
    assert_eq!(mine, json!([]));
}

/// The array at `path` in `doc` (a JSON pointer), empty when there is
/// none, for checks across a document's records.
fn items<'a>(doc: &'a Value, path: &str) -> Vec<&'a Value> {
    doc.pointer(path).and_then(Value::as_array).map(|a| a.iter().collect()).unwrap_or_default()
}

#[test]
fn salary_follows_its_schema() {
    let all = validates("salary", &["salary"]);
    assert!(items(&all, "/figures").iter().all(|f| f.get("real").is_none()), "`real` without --real");
    assert!(all["summary"].as_array().unwrap().iter().any(|r| r["voting"] == 0), "no row of bounds alone");
    validates("salary", &["salary", "backend"]);
    validates("salary", &["salary", "--level", "senior"]);
    let real = validates("salary", &["salary", "--real"]);
    let real_figures = items(&real, "/figures");
    assert!(real_figures.iter().all(|f| f.get("real").is_some()), "a figure without `real` under --real");
    assert!(real_figures.iter().any(|f| f["real"].is_null()) && real_figures.iter().any(|f| f["real"].is_object()));
    let austin = validates("salary", &["salary", "--area", "Austin"]);
    assert_eq!(austin["summary"][0]["anchor"][0]["area"]["type"], "metro area", "{austin}");
    let state = validates("salary", &["salary", "--area", "California"]);
    assert!(state["figures"] == json!([]) && !items(&state, "/official").is_empty(), "{state}");
    let web = validates("salary", &["salary", "web-developers"]);
    assert!(web["summary"][0]["distributions"].as_array().is_some_and(|d| !d.is_empty()), "{web}");
    let none = validates("salary", &["salary", "security", "--level", "lead"]);
    assert_eq!(none, json!({ "figures": [], "official": [], "summary": [] }));
    // The fixture's own figures sit far below the articles': a spread.
    let mine = validates("salary", &["salary", "backend", "--data-dir", arg(&fixture("good"))]);
    assert!(items(&mine, "/figures").iter().any(|f| f["origin"] == "user-file"), "{mine}");
    assert!(mine["summary"].as_array().unwrap().iter().any(|r| r["spread"].is_object()), "no spread: {mine}");
}

#[test]
fn compare_follows_its_schema() {
    let two = validates("compare", &["compare", "backend", "frontend"]);
    assert!(!items(&two, "/official").is_empty() && !items(&two, "/growth").is_empty(), "{two}");
    let real = validates("compare", &["compare", "backend", "frontend", "--real"]);
    assert!(real["summary"][0]["dollars_of"].is_i64(), "{}", real["summary"][0]);
    // The figures carry their real dollars too, as salary's do; without --real, none.
    assert!(items(&real, "/salary").iter().all(|f| f.get("real").is_some()), "{real}");
    assert!(items(&real, "/salary").iter().any(|f| f["real"]["year"].is_i64()), "{real}");
    assert!(items(&two, "/salary").iter().all(|f| f.get("real").is_none()), "{two}");
    let senior = validates("compare", &["compare", "backend", "frontend", "--level", "senior"]);
    assert_eq!(senior["official"], json!([]));
    let three = validates("compare", &["compare", "backend", "frontend", "security"]);
    assert_eq!(three["roles"], json!(["backend", "frontend", "security"]));
}

#[test]
fn switch_follows_its_schema() {
    let pay = validates("switch", &["switch", "frontend", "backend"]);
    assert!(pay["area"].is_null());
    // The nation named as an area is an area like any other: its medians are the nation's.
    let nation = validates("switch", &["switch", "frontend", "backend", "--area", "0000000"]);
    assert_eq!(nation["area"]["type"], "nation");
    for o in nation["official"].as_array().unwrap() {
        assert_eq!(o["area_median"], o["national_median"], "{o}");
    }
    assert!(pay["pay"].as_array().unwrap().iter().any(|p| p["change"].is_i64()), "no change worked out");
    validates("switch", &["switch", "frontend", "backend", "--level", "senior"]);
    let austin = validates("switch", &["switch", "frontend", "backend", "--area", "Austin"]);
    assert!(austin["official"].as_array().unwrap().iter().all(|o| o["area_median"].is_i64()), "{austin}");
    let none = validates("switch", &["switch", "security", "devops", "--level", "mid"]);
    assert_eq!((&none["pay"], &none["summary"]), (&json!([]), &json!([])));
}

#[test]
fn offer_follows_its_schema() {
    let national = validates("offer", &["offer", "150k", "backend"]);
    let claims = items(&national, "/articles");
    assert!(
        !claims.is_empty() && claims.iter().all(|a| a["figures"][0].get("real").is_none()),
        "`real` without --real"
    );
    validates("offer", &["offer", "150k", "backend", "--area", "Austin"]);
    validates("offer", &["offer", "150k", "backend", "--level", "senior"]);
    let real = validates("offer", &["offer", "150k", "backend", "--real"]);
    let claims = items(&real, "/articles");
    assert!(claims.iter().all(|a| a["figures"][0].get("real").is_some()), "a figure without `real` under --real");
    // A quoted distribution, with the offer inside it and below it; BLS's
    // standing with a percentile, then without one.
    let within = validates("offer", &["offer", "85k", "web-developers"]);
    assert_eq!(within["articles"][0]["standing"]["against"], "distribution", "{within}");
    assert_eq!(within["official"][0]["standing"]["position"], "about", "{within}");
    let below = validates("offer", &["offer", "40k", "web-developers"]);
    assert_eq!(below["official"][0]["standing"], json!({ "position": "below-tenth" }), "{below}");
}

/// The file names in docs/schema/, without `.json`.
fn schema_names() -> BTreeSet<String> {
    let entries = std::fs::read_dir(schema_dir()).expect("docs/schema/");
    entries
        .map(|e| e.expect("a directory entry").path())
        .map(|p| p.file_stem().unwrap().to_string_lossy().into())
        .collect()
}

#[test]
fn every_schema_file_is_a_2020_12_schema() {
    for name in schema_names() {
        let s = schema(&name);
        assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema", "{name}.json");
        if let Err(e) = jsonschema::draft202012::meta::validate(&s) {
            panic!("docs/schema/{name}.json is not a valid 2020-12 schema: {e}");
        }
    }
}

#[test]
fn careers_schema_prints_each_file_and_offers_only_those() {
    let names = schema_names();
    for name in &names {
        let printed = Env::new().cmd().args(["schema", name]).assert().success().get_output().stdout.clone();
        let file = std::fs::read(schema_dir().join(format!("{name}.json"))).unwrap();
        assert!(printed == file, "careers schema {name} differs from docs/schema/{name}.json");
    }
    // The usage error lists the values clap offers (and completes).
    let out = Env::new().cmd().args(["schema", "no-such-command"]).assert().code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    let listed = stderr.split("[possible values: ").nth(1).and_then(|s| s.split(']').next()).expect(&stderr);
    let offered: BTreeSet<String> = listed.split(", ").map(String::from).collect();
    assert_eq!(offered, names, "careers schema's values and docs/schema/ differ");
}

/// Walks every subschema of `node`, with a path for messages.
fn walk<'a>(node: &'a Value, at: String, visit: &mut dyn FnMut(&'a Value, &str)) {
    match node {
        Value::Object(map) => {
            visit(node, &at);
            for (key, value) in map {
                // Inside these the keys are names or values, not keywords.
                if matches!(key.as_str(), "enum" | "const" | "required") {
                    continue;
                }
                walk(value, format!("{at}/{key}"), visit);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, format!("{at}/{i}"), visit);
            }
        }
        _ => {}
    }
}

fn described(node: &Value) -> bool {
    node["description"].as_str().is_some_and(|d| !d.trim().is_empty())
}

/// How the description of a field an option adds begins (`real`, only
/// with `--real`): the one kind of field `required` may leave out, so a
/// script learns from the schema itself when to expect it.
const ONLY_WITH: &str = "Only with `--";

#[test]
fn every_field_is_described_closed_and_required() {
    for name in schema_names() {
        let s = schema(&name);
        let mut problems = Vec::new();
        walk(&s, format!("{name}.json#"), &mut |node, at| {
            if let Some(properties) = node.get("properties").and_then(Value::as_object) {
                if node["additionalProperties"] != json!(false) {
                    problems.push(format!("{at}: additionalProperties is not false"));
                }
                let required: BTreeSet<&str> =
                    node["required"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
                let fields: BTreeSet<&str> = properties.keys().map(String::as_str).collect();
                if !required.is_subset(&fields) {
                    problems.push(format!("{at}: required {required:?} names a field not in {fields:?}"));
                }
                for field in fields.difference(&required) {
                    let text = properties[*field]["description"].as_str().unwrap_or_default();
                    if !text.starts_with(ONLY_WITH) {
                        problems.push(format!("{at}: `{field}` is not required, and not \"{ONLY_WITH}OPTION`…\""));
                    }
                }
                for (field, sub) in properties {
                    let refers = sub["$ref"].as_str().and_then(|r| r.strip_prefix("#/$defs/"));
                    let described_there = refers.is_some_and(|d| described(&s["$defs"][d]));
                    if !described(sub) && !described_there {
                        problems.push(format!("{at}/properties/{field}: no description"));
                    }
                }
            }
            if let Some(values) = node.get("enum").and_then(Value::as_array) {
                let text = node["description"].as_str().unwrap_or_default();
                for v in values.iter().filter_map(Value::as_str) {
                    if !text.contains(&format!("`{v}`")) {
                        problems.push(format!("{at}: the description does not explain `{v}`"));
                    }
                }
            }
        });
        for (def, sub) in s["$defs"].as_object().into_iter().flatten() {
            if !described(sub) {
                problems.push(format!("{name}.json#/$defs/{def}: no description"));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}

/// Each schema stands alone, so `careers schema X` is all a script needs;
/// a shape several need is copied, and the copies must stay one shape.
#[test]
fn shared_definitions_are_the_same_everywhere() {
    let mut seen: BTreeMap<String, (String, Value)> = BTreeMap::new();
    for name in schema_names() {
        let s = schema(&name);
        walk(&s, format!("{name}.json#"), &mut |node, at| {
            let target = node.get("$ref").and_then(Value::as_str);
            assert!(target.is_none_or(|r| r.starts_with("#/$defs/")), "{at}: {target:?} refers outside the file");
        });
        for (def, sub) in s["$defs"].as_object().into_iter().flatten() {
            match seen.get(def) {
                Some((first, shape)) => {
                    assert_eq!(shape, sub, "$defs/{def} differs between {first}.json and {name}.json")
                }
                None => {
                    seen.insert(def.clone(), (name.clone(), sub.clone()));
                }
            }
        }
    }
}
