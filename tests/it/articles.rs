//! The data against the five articles it records, where they are at hand
//! (`../shared/seeds/`, beside the project, as on the team's machines). The
//! project builds and runs without them, so these tests pass with a note
//! when they are missing.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Each built-in source and the file name its article starts with.
const ARTICLES: &[(&str, &str)] = &[
    ("cbt-nuggets", "000_"),
    ("research-com", "001_"),
    ("forage", "002_"),
    ("noble-desktop", "003_"),
    ("wgu", "004_"),
];

fn seeds() -> Option<PathBuf> {
    let dir = Path::new(ROOT).join("../shared/seeds");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("note: {} is missing; the data is not checked against the articles", dir.display());
        None
    }
}

fn article(seeds: &Path, prefix: &str) -> String {
    let entry = std::fs::read_dir(seeds)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no article {prefix}* in {}", seeds.display()));
    std::fs::read_to_string(entry).unwrap()
}

/// Lower-case words, with curly apostrophes and dashes made plain.
fn words(text: &str) -> Vec<String> {
    let text = text.to_lowercase().replace('’', "'");
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'')).filter(|w| !w.is_empty()).map(String::from).collect()
}

fn data_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in ["data", "data/sources"] {
        for entry in std::fs::read_dir(Path::new(ROOT).join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|x| x == "toml") {
                files.push(path);
            }
        }
    }
    files
}

/// Every string under a key named `key`, anywhere in `value`.
fn strings_under<'a>(value: &'a toml::Value, key: &str, out: &mut Vec<&'a str>) {
    match value {
        toml::Value::Table(t) => {
            for (k, v) in t {
                match v {
                    toml::Value::String(s) if k == key => out.push(s),
                    _ => strings_under(v, key, out),
                }
            }
        }
        toml::Value::Array(items) => items.iter().for_each(|v| strings_under(v, key, out)),
        _ => {}
    }
}

#[test]
fn no_note_or_description_copies_eight_words_of_an_article() {
    let Some(seeds) = seeds() else { return };
    let mut runs = HashSet::new();
    for (_, prefix) in ARTICLES {
        for run in words(&article(&seeds, prefix)).windows(8) {
            runs.insert(run.join(" "));
        }
    }
    for file in data_files() {
        let value: toml::Value = toml::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let mut texts = Vec::new();
        for key in ["note", "description"] {
            strings_under(&value, key, &mut texts);
        }
        for text in texts {
            let copied = words(text).windows(8).map(|run| run.join(" ")).find(|run| runs.contains(run));
            assert!(copied.is_none(), "{}: a note copies \"{}\": {text}", file.display(), copied.unwrap());
        }
    }
}

#[test]
fn every_label_is_the_articles_own_wording() {
    let Some(seeds) = seeds() else { return };
    for (id, prefix) in ARTICLES {
        let text = words(&article(&seeds, prefix)).join(" ");
        let file = Path::new(ROOT).join(format!("data/sources/{id}.toml"));
        let value: toml::Value = toml::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let mut labels = Vec::new();
        strings_under(&value, "label", &mut labels);
        assert!(!labels.is_empty(), "{id} has labels");
        for label in labels {
            let wording = words(label).join(" ");
            assert!(text.contains(&wording), "{id}: label '{label}' is not in the article");
        }
    }
}
