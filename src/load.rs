//! The one path data takes into the program: the embedded dataset, then the
//! user data directory, then `CAREERS_DATA_DIR`, then `--data-dir`, merged and
//! validated together before any command runs.

use crate::data::model::Dataset;
use crate::data::validate::{self, Diagnostic, Input};
use std::fmt;
use std::path::{Path, PathBuf};

/// The built-in data, validated and written as Rust by the build script:
/// its lists are spans of the pools in `model`, its text spans of the string
/// table in `pool`.
static EMBEDDED: Dataset = {
    use crate::data::model::*;
    include!(concat!(env!("OUT_DIR"), "/dataset.rs"))
};

/// Decodes an embedded blob, whose text is spans of the string table.
pub fn decode<T: serde::de::DeserializeOwned>(blob: &'static [u8], what: &str) -> T {
    postcard::from_bytes(blob).unwrap_or_else(|e| panic!("the build script encodes {what} with the same model: {e}"))
}

/// A data file larger than this is refused rather than read: no real data
/// set comes near it, and reading it would only stall the command.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Every problem found in the data, each printed as its own one-line error.
#[derive(Debug)]
pub struct DataErrors(pub Vec<Diagnostic>);

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DataErrors {}

/// The data built into the binary, validated when it was built. Its lists
/// are spans of the binary's pools: the copy costs a few words per list.
pub fn embedded() -> Dataset {
    EMBEDDED.clone()
}

/// The directories whose `*.toml` files are added on top of the embedded
/// data, in order. The user data directory is optional; the others were asked
/// for explicitly, so a missing one is an error.
pub fn user_dirs(cli_dir: Option<&Path>) -> Vec<(PathBuf, bool)> {
    let mut dirs = Vec::new();
    if let Some(p) = directories::ProjectDirs::from("", "", "careers") {
        dirs.push((p.data_dir().to_path_buf(), false));
    }
    if let Some(d) = std::env::var_os("CAREERS_DATA_DIR").filter(|d| !d.is_empty()) {
        dirs.push((PathBuf::from(d), true));
    }
    if let Some(d) = cli_dir {
        dirs.push((d.to_path_buf(), true));
    }
    dirs
}

/// Loads everything a command sees: embedded data plus every user file.
pub fn load(cli_dir: Option<&Path>) -> Result<Dataset, DataErrors> {
    load_counted(cli_dir).map(|(data, _)| data)
}

/// As [`load`], also saying how many user files were read.
pub fn load_counted(cli_dir: Option<&Path>) -> Result<(Dataset, usize), DataErrors> {
    let base = embedded();
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for (dir, required) in user_dirs(cli_dir) {
        collect_dir(&dir, required, &mut files, &mut problems);
    }
    if files.is_empty() && problems.is_empty() {
        return Ok((base, 0));
    }
    let inputs = read_all(&files, &mut problems);
    if !problems.is_empty() {
        return Err(DataErrors(problems));
    }
    let data = validate::build(Some(&base), &inputs).map_err(DataErrors)?;
    Ok((data, inputs.len()))
}

/// Adds the `*.toml` files directly inside `dir`, sorted so the result does
/// not depend on the order the file system lists them in.
pub fn collect_dir(dir: &Path, required: bool, files: &mut Vec<PathBuf>, problems: &mut Vec<Diagnostic>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if !required && e.kind() == std::io::ErrorKind::NotFound => return,
        Err(e) => {
            problems.push(Diagnostic::whole_file(
                &dir.display().to_string(),
                format!("cannot read data directory: {}", io_reason(&e)),
            ));
            return;
        }
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    found.sort();
    files.extend(found);
}

/// Reads every file, spread over the cores as parsing them is: read one
/// after another, 10 MB of files took a tenth as long as parsing them.
pub fn read_all(files: &[PathBuf], problems: &mut Vec<Diagnostic>) -> Vec<Input> {
    // Capped just over the limit (a file past it is refused unread), so
    // sizes always fit and sum in a usize.
    let size = |p: &PathBuf| std::fs::metadata(p).map_or(0, |m| m.len().min(MAX_FILE_BYTES + 1) as usize);
    let sized: Vec<(&PathBuf, usize)> = files.iter().map(|p| (p, size(p))).collect();
    let read = crate::par::par_map(sized, validate::PARALLEL_FROM, |(_, size)| *size, |(p, _)| read_one(p));
    read.into_iter().filter_map(|r| r.map_err(|d| problems.push(d)).ok()).collect()
}

fn read_one(path: &Path) -> Result<Input, Diagnostic> {
    let name = path.display().to_string();
    let fail = |message: String| Diagnostic::whole_file(&name, message);
    let meta = std::fs::metadata(path).map_err(|e| fail(format!("cannot read: {}", io_reason(&e))))?;
    if meta.is_dir() {
        return Err(fail("is a directory, not a data file".into()));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(fail(format!(
            "is {} MiB, over the {} MiB limit for one data file",
            meta.len() / (1024 * 1024),
            MAX_FILE_BYTES / (1024 * 1024)
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| fail(format!("cannot read: {}", io_reason(&e))))?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Input { path: name, text }),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(&e.as_bytes()[..valid]);
            let position = validate::line_column(&text, valid);
            Err(Diagnostic { path: name, position: Some(position), message: "is not valid UTF-8".into() })
        }
    }
}

/// The OS message without Rust's "(os error N)" suffix.
fn io_reason(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Built-in texts are compared by their spans of the string table. That
    /// agrees with comparing the strings only while the build script writes
    /// each distinct string once.
    #[test]
    fn built_in_texts_are_equal_exactly_when_their_strings_are() {
        let data = embedded();
        let skills = data.skills.iter().flat_map(|s| [&s.id, &s.name]);
        let salaries = data.salaries.iter().flat_map(|s| [&s.source, &s.role, &s.level, &s.label]);
        let texts: Vec<&crate::data::model::Text> = skills.chain(salaries).collect();
        assert!(texts.iter().all(|t| t.is_static()));
        let mut repeats = 0;
        for a in &texts {
            for b in &texts {
                assert_eq!(a == b, a.as_str() == b.as_str(), "{a:?} and {b:?}");
                repeats += usize::from(a == b && !std::ptr::eq(*a, *b));
            }
        }
        assert!(repeats > 0, "sources and roles repeat, so equal texts in different places are compared");
    }

    /// The statics the build script writes hold what validating `data/`
    /// gives, value for value (floats, enums and escaped text included).
    #[test]
    fn the_built_in_data_is_what_the_data_files_validate_to() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        let mut problems = Vec::new();
        collect_dir(&root.join("data"), true, &mut files, &mut problems);
        collect_dir(&root.join("data/sources"), true, &mut files, &mut problems);
        let inputs: Vec<Input> = files
            .iter()
            .map(|p| Input {
                path: format!("built-in {}", p.strip_prefix(root).unwrap().display()),
                text: std::fs::read_to_string(p).unwrap(),
            })
            .collect();
        let built = validate::build(None, &inputs).unwrap();
        let mut embedded = embedded();
        // The build script lists the official statistics as one more source.
        let official = embedded.sources.to_mut().pop().unwrap();
        assert_eq!(official.id, "bls-oews-2025");
        assert_eq!(serde_json::to_value(&embedded).unwrap(), serde_json::to_value(&built).unwrap());
    }
}
