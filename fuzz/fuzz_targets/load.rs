//! Feeds arbitrary text to the same validation the binary runs on user data
//! files, on top of the real built-in data.
#![no_main]

#[allow(dead_code)]
#[path = "../../src/data/mod.rs"]
mod data;

#[path = "../../src/text.rs"]
mod text;

use data::model::Dataset;
use data::validate::{Input, build};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

const BUILT_IN: &[(&str, &str)] = &[
    ("levels.toml", include_str!("../../data/levels.toml")),
    ("roles.toml", include_str!("../../data/roles.toml")),
    ("skills.toml", include_str!("../../data/skills.toml")),
    ("cbt-nuggets.toml", include_str!("../../data/sources/cbt-nuggets.toml")),
    ("forage.toml", include_str!("../../data/sources/forage.toml")),
    ("noble-desktop.toml", include_str!("../../data/sources/noble-desktop.toml")),
    ("research-com.toml", include_str!("../../data/sources/research-com.toml")),
    ("wgu.toml", include_str!("../../data/sources/wgu.toml")),
];

fn base() -> &'static Dataset {
    static BASE: OnceLock<Dataset> = OnceLock::new();
    BASE.get_or_init(|| {
        let inputs: Vec<Input> =
            BUILT_IN.iter().map(|(path, text)| Input { path: path.to_string(), text: text.to_string(), user: false }).collect();
        let mut base = build(None, &inputs).expect("the built-in data is valid");
        // Records are copied into every run's result; only the vocabularies
        // and sources matter to validating a new file, and without the
        // records each run is many times faster.
        for part in data::model::Part::ALL {
            base.take(*part);
        }
        base
    })
}

/// Free of control, invisible and direction-changing characters, but for
/// those a script or an emoji sequence needs where it needs them.
fn clean(s: &str) -> bool {
    text::first_unsafe(s).is_none()
}

fuzz_target!(|bytes: &[u8]| {
    // The loader refuses non-UTF-8 before parsing; the rest is fair game.
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    let input = Input { path: "fuzz.toml".into(), text: text.to_string(), user: true };
    match build(Some(base()), &[input]) {
        Err(problems) => {
            assert!(!problems.is_empty());
            for p in problems {
                let line = p.to_string();
                assert!(clean(&line), "an error must be one safe line: {line:?}");
                if let Some((l, c)) = p.position {
                    assert!(l >= 1 && c >= 1 && l <= text.lines().count().max(1) + 1, "position {l}:{c} outside the file");
                }
            }
        }
        Ok(data) => {
            for s in data.salaries.iter() {
                assert!(clean(&s.label) && s.location.as_deref().is_none_or(clean));
                if let (Some(l), Some(h)) = (s.low, s.high) {
                    assert!(l <= h, "low > high accepted");
                }
            }
            for s in data.sources.iter() {
                assert!(clean(&s.title) && clean(&s.publisher));
            }
            for r in data.roles.iter() {
                assert!(clean(&r.name) && r.aliases.iter().all(|a| clean(a)));
            }
        }
    }
});
