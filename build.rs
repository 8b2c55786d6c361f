//! Validates `data/` and embeds it in the binary as postcard bytes, so bad
//! data fails the build and start-up pays nothing to parse TOML.

#[allow(dead_code)]
#[path = "src/data/mod.rs"]
mod data;

use std::path::{Path, PathBuf};

fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

fn main() {
    println!("cargo::rerun-if-changed=data");
    println!("cargo::rerun-if-changed=src/data");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = toml_files(&root.join("data"));
    paths.extend(toml_files(&root.join("data/sources")));
    let inputs: Vec<data::validate::Input> = paths
        .iter()
        .map(|p| data::validate::Input {
            path: format!("built-in {}", p.strip_prefix(root).unwrap_or(p).display()),
            text: std::fs::read_to_string(p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display())),
        })
        .collect();
    let dataset = match data::validate::build(None, &inputs) {
        Ok(d) => d,
        Err(problems) => {
            for p in &problems {
                println!("cargo::warning={p}");
            }
            eprintln!("the built-in data has {} problem(s):", problems.len());
            for p in &problems {
                eprintln!("{p}");
            }
            std::process::exit(1);
        }
    };
    let bytes = postcard::to_stdvec(&dataset).expect("the dataset encodes");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("dataset.bin"), bytes).expect("OUT_DIR is writable");
}
