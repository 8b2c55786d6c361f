//! Wherever the direct reader of plain TOML answers, its answer must be the
//! toml crate's, spans included; elsewhere it must step aside. Its one-pass
//! scan must read what its event reader reads wherever the scan answers.
#![no_main]

#[allow(dead_code)]
#[path = "../../src/data/mod.rs"]
mod data;

#[allow(dead_code)]
#[path = "../../src/par.rs"]
mod par;

use data::{plain_toml, raw};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    if let Err(e) = plain_toml::scan_agrees(text) {
        panic!("{e}");
    }
    if let Some(fast) = plain_toml::from_str::<toml::Table>(text) {
        let slow = toml::from_str::<toml::Table>(text).expect("the toml crate accepts what the direct reader read");
        assert_eq!(fast, slow);
    }
    if let Some(fast) = plain_toml::from_str::<raw::File>(text) {
        let slow = toml::from_str::<raw::File>(text).expect("the toml crate accepts what the direct reader read");
        assert_eq!(format!("{fast:?}"), format!("{slow:?}"));
    }
});
