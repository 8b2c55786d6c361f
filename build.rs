//! Validates `data/` with the same code the binary runs on user files, so bad
//! data fails the build, and embeds it as postcard blobs: the vocabularies,
//! each kind of record apart, and the official statistics in a national and
//! an area part, so a command decodes only what it reads.

#[allow(dead_code)]
#[path = "src/data/mod.rs"]
mod data;

#[path = "src/data/official_raw.rs"]
mod official_raw;

#[path = "src/text.rs"]
mod text;

use anyhow::{Context, bail};
use data::model::{Dataset, Part, RoleKind, Source};
use std::path::{Path, PathBuf};

const OFFICIAL: &str = "data/official/bls-oews-2025.toml";

fn main() -> anyhow::Result<()> {
    println!("cargo::rerun-if-changed=data");
    println!("cargo::rerun-if-changed=src/data");
    println!("cargo::rerun-if-changed=src/text.rs");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = toml_files(&root.join("data"))?;
    paths.extend(toml_files(&root.join("data/sources"))?);
    let mut inputs = Vec::new();
    for p in &paths {
        let text = std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))?;
        let path = format!("built-in {}", p.strip_prefix(root)?.display());
        inputs.push(data::validate::Input { path, text, user: false });
    }
    let mut dataset = match data::validate::build(None, &inputs) {
        Ok(d) => d,
        Err(problems) => {
            for p in &problems {
                eprintln!("{p}");
            }
            bail!("the built-in data has {} problem(s), listed above", problems.len());
        }
    };
    let (national, areas, industries) = official(&root.join(OFFICIAL), &dataset)?;
    // The official source is listed with the others, so --source and
    // `careers sources` know it; its figures live in the official parts.
    let r = &national.release;
    dataset.sources.push(Source {
        id: r.source.clone(),
        title: r.title.clone(),
        publisher: r.publisher.clone(),
        author: None,
        date: Some(format!("{} estimates, published {}", r.release, r.published)),
        note: Some(format!(
            "Official wage percentiles by area; retrieved {} through the {} package. {}",
            r.retrieved, r.package, r.notice
        )),
        origin: format!("built-in {OFFICIAL}"),
        user_file: false,
    });
    // `careers --version` says how old the data is.
    let dated: Vec<String> = dataset
        .sources
        .iter()
        .map(|s| format!("{}: {}", s.publisher, s.date.as_deref().unwrap_or("no date given")))
        .collect();
    println!("cargo::rustc-env=CAREERS_DATA_VINTAGE={}", dated.join("; "));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").context("cargo sets OUT_DIR")?);
    let write = |name: &str, bytes: Vec<u8>| std::fs::write(out.join(name), bytes).context("OUT_DIR is writable");
    for (part, name) in Part::ALL.iter().zip(BLOBS) {
        write(name, postcard::to_stdvec(&dataset.take(*part))?)?;
    }
    write("vocabulary.bin", postcard::to_stdvec(&dataset)?)?;
    write("official-national.bin", postcard::to_stdvec(&national)?)?;
    write("official-areas.bin", postcard::to_stdvec(&areas)?)?;
    write("official-industries.bin", postcard::to_stdvec(&industries)?)?;
    write("onet.bin", postcard::to_stdvec(&onet(root, &dataset)?)?)?;
    let cpi_path = root.join("data/official/cpi.toml");
    let cpi_text = std::fs::read_to_string(&cpi_path).with_context(|| format!("cannot read {}", cpi_path.display()))?;
    let cpi: data::official::Cpi = toml::from_str(&cpi_text).context("data/official/cpi.toml")?;
    anyhow::ensure!(cpi.latest().is_some(), "data/official/cpi.toml holds no annual average");
    write("cpi.bin", postcard::to_stdvec(&cpi)?)?;
    Ok(())
}

/// The blob of each of `Part::ALL`, in order; src/load.rs reads them.
const BLOBS: [&str; 6] =
    ["salaries.bin", "growth.bin", "skills.bin", "paths.bin", "certifications.bin", "education.bin"];

fn toml_files(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "toml") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// O*NET's descriptions and hot technologies, checked against our skills.
fn onet(root: &Path, dataset: &Dataset) -> anyhow::Result<data::official::Onet> {
    let read = |name: &str| {
        let path = root.join("data/official").join(name);
        std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))
    };
    let raw: official_raw::RawOnet = toml::from_str(&read("onet.toml")?).context("data/official/onet.toml")?;
    let table: official_raw::RawTechnologies =
        toml::from_str(&read("onet-technologies.toml")?).context("data/official/onet-technologies.toml")?;
    let skills: Vec<&str> = dataset.skills.iter().map(|s| s.id.as_str()).collect();
    official_raw::onet(raw, table, &skills).map_err(|e| anyhow::anyhow!("data/official/onet-technologies.toml: {e}"))
}

fn official(
    path: &Path,
    dataset: &Dataset,
) -> anyhow::Result<(data::official::National, data::official::Areas, data::official::Industries)> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let raw: official_raw::RawFile = toml::from_str(&text).with_context(|| path.display().to_string())?;
    let occupations: Vec<&str> =
        dataset.roles.iter().filter(|r| r.kind == RoleKind::Occupation).map(|r| r.id.as_str()).collect();
    let anchors: Vec<(&str, &[String])> =
        dataset.roles.iter().map(|r| (r.id.as_str(), r.wage_anchor.as_slice())).collect();
    official_raw::split(raw, &occupations, &anchors).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}
