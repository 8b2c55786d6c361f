//! Validates `data/` and embeds it in the binary, so bad data fails the
//! build and start-up pays nothing to parse TOML: the dataset as Rust
//! statics, the official tables as postcard bytes with one string table.

#[allow(dead_code)]
#[path = "src/data/mod.rs"]
mod data;

#[path = "src/data/official_raw.rs"]
mod official_raw;

#[path = "build/literal.rs"]
mod literal;

#[allow(dead_code)]
#[path = "src/par.rs"]
mod par;

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
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=build");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    order_hot_code(&root.join("build/hot-symbols.txt"));
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
    let mut dataset = dataset;
    let (national, areas, cells) = official(&root.join(OFFICIAL), &dataset);
    // The official source is listed with the others, so --source and
    // `careers sources` know it; its figures live in the official blobs.
    dataset.sources.to_mut().push(data::model::Source {
        id: national.release.source.clone(),
        title: national.release.title.clone(),
        publisher: national.release.publisher.clone(),
        author: None,
        date: Some(format!("{} estimates, published {}", national.release.release, national.release.published).into()),
        note: Some(
            format!(
                "Official wage percentiles by area; retrieved {} through the {} package. {}",
                national.release.retrieved, national.release.package, national.release.notice
            )
            .into(),
        ),
        origin: format!("built-in {OFFICIAL}").into(),
    });
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let write = |name: &str, bytes: Vec<u8>| std::fs::write(out.join(name), bytes).expect("OUT_DIR is writable");
    // The dataset every command reads is Rust the compiler lays out in the
    // binary; the official tables, which few commands read, stay compact.
    // Both take their text from one string table.
    let ((dataset, pools, national, areas), strings) = data::pool::writing(|| {
        let (dataset, pools) = literal::to_rust(&dataset, data::model::POOLED).expect("the dataset is written as Rust");
        let national = postcard::to_stdvec(&national).expect("national rows encode");
        (dataset, pools, national, postcard::to_stdvec(&areas).expect("areas encode"))
    });
    write("dataset.rs", dataset.into_bytes());
    write("pools.rs", pools.into_bytes());
    write("strings.txt", strings.into_bytes());
    write("official-national.bin", national);
    write("official-areas.bin", areas);
    write("official-cells.bin", cells.iter().flat_map(official_raw::cell_bytes).collect());
    // The binary's model includes pools.rs and reads strings.txt.
    println!("cargo::rustc-cfg=careers_embedded");
}

/// Asks the linker to put the functions start-up runs next to each other:
/// scattered over the code, they cost `compare` a page fault in each of 23
/// windows of it, and packed, 9 (#5: 40 µs of 1.1 ms; the list is written by
/// scripts/update-hot-symbols.sh). Only lld takes the flag, so a probe link
/// tries it first, and a build that cannot use it is laid out as before.
fn order_hot_code(list: &Path) {
    let args = [format!("-Wl,--symbol-ordering-file={}", list.display()), "-Wl,--no-warn-symbol-ordering".to_owned()];
    if list.is_file() && links_with(&args) {
        for arg in args {
            println!("cargo::rustc-link-arg-bins={arg}");
        }
    }
}

/// Whether an empty program links with `link_args` for the target being
/// built, with the flags and linker cargo gives the real build.
fn links_with(link_args: &[String]) -> bool {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let (Some(rustc), Ok(target), Some(out)) =
        (std::env::var_os("RUSTC"), std::env::var("TARGET"), std::env::var_os("OUT_DIR"))
    else {
        return false;
    };
    let mut probe = Command::new(rustc);
    probe.args(["--crate-type=bin", "--crate-name=link_probe", "--target", &target, "-o"]);
    probe.arg(PathBuf::from(out).join("link-probe"));
    let rustflags = std::env::var("CARGO_ENCODED_RUSTFLAGS").unwrap_or_default();
    probe.args(rustflags.split('\x1f').filter(|f| !f.is_empty()));
    if let Ok(linker) = std::env::var("RUSTC_LINKER") {
        probe.arg(format!("-Clinker={linker}"));
    }
    probe.args(link_args.iter().map(|a| format!("-Clink-arg={a}")));
    probe.arg("-").stdin(Stdio::piped()).stdout(Stdio::null()).stderr(Stdio::null());
    let Ok(mut child) = probe.spawn() else {
        return false;
    };
    let fed = child.stdin.take().is_some_and(|mut stdin| stdin.write_all(b"fn main() {}\n").is_ok());
    child.wait().is_ok_and(|status| status.success()) && fed
}

const OFFICIAL: &str = "data/official/bls-oews-2025.toml";

fn official(
    path: &Path,
    dataset: &data::model::Dataset,
) -> (data::official::National, data::official::Areas, Vec<data::official::Cell>) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let raw: official_raw::RawFile = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let occupations: Vec<&str> =
        dataset.roles.iter().filter(|r| r.kind == data::model::RoleKind::Occupation).map(|r| r.id.as_str()).collect();
    let roles: Vec<&str> = dataset.roles.iter().map(|r| r.id.as_str()).collect();
    official_raw::split(raw, &occupations, &roles).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
