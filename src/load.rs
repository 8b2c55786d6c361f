//! The one path data takes into the program: the built-in data, then the
//! user data directory, then `CAREERS_DATA_DIR`, then `--data-dir`, merged and
//! validated together before any command runs.

use crate::data::model::{Dataset, Part};
use crate::data::official::{Areas, National};
use crate::data::validate::{self, Diagnostic, Input};
use crate::error::Error;
use serde::de::DeserializeOwned;
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The built-in data, validated by the build script and embedded as postcard
/// blobs: the vocabularies (levels, roles, skills, sources), each kind of
/// record apart, and the official statistics in a national and an area part.
macro_rules! blob {
    ($name:literal) => {
        include_bytes!(concat!(env!("OUT_DIR"), "/", $name))
    };
}

fn decode<T: DeserializeOwned>(blob: &[u8]) -> T {
    postcard::from_bytes(blob).expect("the build script encodes the built-in data with this same model")
}

/// The built-in vocabularies and the records of `parts`; the other record
/// lists stay empty.
pub fn built_in(parts: &[Part]) -> Dataset {
    let mut data: Dataset = decode(blob!("vocabulary.bin"));
    for part in parts {
        let records: Dataset = decode(match part {
            Part::Salaries => blob!("salaries.bin"),
            Part::Growth => blob!("growth.bin"),
            Part::Skills => blob!("skills.bin"),
            Part::Paths => blob!("paths.bin"),
            Part::Certifications => blob!("certifications.bin"),
            Part::Education => blob!("education.bin"),
        });
        data.append(records);
    }
    data
}

/// The official statistics every command showing them needs.
pub fn official_national() -> National {
    decode(blob!("official-national.bin"))
}

/// The consumer price index, for figures in one year's dollars.
pub fn official_cpi() -> crate::data::official::Cpi {
    decode(blob!("cpi.bin"))
}

/// O*NET's occupation descriptions and hot technologies.
pub fn official_onet() -> crate::data::official::Onet {
    decode(blob!("onet.bin"))
}

/// The states and metro areas, read only when an area is asked for.
pub fn official_areas() -> Areas {
    decode(blob!("official-areas.bin"))
}

/// The nation's figures by industry, read only by `careers industries`.
pub fn official_industries() -> crate::data::official::Industries {
    decode(blob!("official-industries.bin"))
}

/// A data file larger than this is refused rather than read: no real data
/// set comes near it, and reading it would only stall the command.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The directories whose `*.toml` files are added on top of the built-in
/// data, in order. The user data directory is optional; the others were
/// asked for explicitly, so a missing one is an error.
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

/// Everything a command sees: the built-in data it reads (`parts`) and
/// every user file, with how many user files were read.
pub fn load(cli_dir: Option<&Path>, parts: &[Part]) -> Result<(Dataset, usize), Error> {
    let base = built_in(parts);
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let mut seen_dirs = HashSet::new();
    for (dir, required) in user_dirs(cli_dir) {
        // The same directory reached twice (the user data directory also
        // given as --data-dir, say) is read once.
        if seen_dirs.insert(FileKey::of(&dir)) {
            collect_dir(&dir, required, &mut files, &mut problems);
        }
    }
    if files.is_empty() && problems.is_empty() {
        return Ok((base, 0));
    }
    validate_files(base, &files, problems)
}

/// Reads and validates `files` on top of `base`, one file at a time, and
/// returns the dataset with how many files were read.
pub fn validate_files(
    base: Dataset,
    files: &[PathBuf],
    mut problems: Vec<Diagnostic>,
) -> Result<(Dataset, usize), Error> {
    let mut builder = validate::Builder::new(base);
    let read = read_each(files, &mut problems, |input| builder.add(&input));
    let data = builder.finish();
    if !problems.is_empty() {
        return Err(Error::Data(problems));
    }
    Ok((data.map_err(Error::Data)?, read))
}

/// What makes two paths the same file: its device and inode where there
/// are such, so a hard link or a second spelling is not read twice.
#[derive(PartialEq, Eq, Hash)]
enum FileKey {
    Inode(u64, u64),
    Path(PathBuf),
}

impl FileKey {
    fn of(path: &Path) -> FileKey {
        #[cfg(unix)]
        if let Ok(meta) = std::fs::metadata(path) {
            use std::os::unix::fs::MetadataExt;
            return FileKey::Inode(meta.dev(), meta.ino());
        }
        FileKey::Path(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
    }
}

/// Adds the `*.toml` files directly inside `dir`, sorted so the result does
/// not depend on the order the file system lists them in.
pub fn collect_dir(dir: &Path, required: bool, files: &mut Vec<PathBuf>, problems: &mut Vec<Diagnostic>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if !required && e.kind() == std::io::ErrorKind::NotFound => return,
        Err(e) => {
            problems
                .push(Diagnostic::whole_file(&shown(dir), format!("cannot read data directory: {}", io_reason(&e))));
            return;
        }
    };
    // Hidden files, editors' lock files (.#x.toml) among them, are not data.
    let visible = |p: &PathBuf| p.file_name().is_some_and(|n| !n.to_string_lossy().starts_with('.'));
    let mut found: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml") && visible(p))
        .collect();
    found.sort();
    for path in found {
        // Only regular files are read from a directory: opening a FIFO
        // would wait for a writer, and a device may never end.
        match std::fs::metadata(&path) {
            Ok(meta) if !meta.is_file() && !meta.is_dir() => problems.push(Diagnostic::whole_file(
                &shown(&path),
                "is not a regular file (a FIFO, device or socket), so it is not read",
            )),
            _ => files.push(path),
        }
    }
}

/// Reads every file once, however often it is named, and hands each to
/// `add` as it is read, so only one file's text is held at a time; the ones
/// that cannot be read become problems. Returns how many were read.
pub fn read_each(files: &[PathBuf], problems: &mut Vec<Diagnostic>, mut add: impl FnMut(Input)) -> usize {
    let mut seen = HashSet::new();
    let mut read = 0;
    for path in files {
        if !seen.insert(FileKey::of(path)) {
            continue;
        }
        match read_one(path) {
            Ok(input) => {
                add(input);
                read += 1;
            }
            Err(d) => problems.push(d),
        }
    }
    read
}

fn read_one(path: &Path) -> Result<Input, Diagnostic> {
    let name = shown(path);
    let fail = |message: String| Diagnostic::whole_file(&name, message);
    let meta = std::fs::metadata(path).map_err(|e| fail(format!("cannot read: {}", io_reason(&e))))?;
    if meta.is_dir() {
        return Err(fail("is a directory, not a data file".into()));
    }
    let limit = MAX_FILE_BYTES / (1024 * 1024);
    if meta.len() > MAX_FILE_BYTES {
        let size = meta.len() / (1024 * 1024);
        return Err(fail(format!("is {size} MiB, over the {limit} MiB limit for one data file")));
    }
    // A pipe named on the command line (`careers check /dev/stdin`) may have
    // no writer yet: say so rather than wait in silence.
    let waiting = (!meta.is_file()).then(|| WaitNotice::after(WAIT_NOTICE, &name));
    // Read no more than the limit allows, whatever size the file reports:
    // /dev/zero or a pipe reports none and never ends.
    let mut bytes = Vec::new();
    let file = std::fs::File::open(path).map_err(|e| fail(format!("cannot read: {}", io_reason(&e))))?;
    let mut file = file.take(MAX_FILE_BYTES + 1);
    let mut first = [0u8; 8192];
    let n = file.read(&mut first).map_err(|e| fail(format!("cannot read: {}", io_reason(&e))))?;
    drop(waiting);
    bytes.extend_from_slice(&first[..n]);
    file.read_to_end(&mut bytes).map_err(|e| fail(format!("cannot read: {}", io_reason(&e))))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(fail(format!("goes on past the {limit} MiB limit for one data file")));
    }
    match String::from_utf8(bytes) {
        // A byte-order mark, as some editors write, is not part of the data.
        Ok(text) => {
            let text = text.strip_prefix('\u{FEFF}').map(str::to_string).unwrap_or(text);
            Ok(Input { path: name, text, user: true })
        }
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(&e.as_bytes()[..valid]);
            let position = validate::line_column(&text, valid);
            Err(Diagnostic { path: name, position: Some(position), message: "is not valid UTF-8".into() })
        }
    }
}

/// How long a read may wait for its first byte before the user is told.
const WAIT_NOTICE: std::time::Duration = std::time::Duration::from_secs(2);

/// Says once on stderr that a read is waiting for input, unless it is
/// dropped (the first bytes came, or the input ended) before `after`.
struct WaitNotice {
    _done: std::sync::mpsc::Sender<()>,
}

impl WaitNotice {
    fn after(after: std::time::Duration, name: &str) -> WaitNotice {
        let (done, wait) = std::sync::mpsc::channel::<()>();
        let line = format!("waiting for input on {}…", crate::text::escape_controls(name));
        std::thread::spawn(move || {
            if wait.recv_timeout(after) == Err(std::sync::mpsc::RecvTimeoutError::Timeout) {
                use std::io::Write;
                let _ = writeln!(std::io::stderr(), "{line}");
            }
        });
        WaitNotice { _done: done }
    }
}

/// A path as every output shows it, JSON and CSV included: a newline or
/// escape sequence in a file name must not forge a line of output.
pub fn shown(path: &Path) -> String {
    crate::text::escape_controls(&path.display().to_string()).into_owned()
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

    /// The embedded parts hold what validating `data/` gives, value for
    /// value (floats, enums and escaped text included).
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
                user: false,
            })
            .collect();
        let built = validate::build(None, &inputs).unwrap();
        let mut embedded = built_in(Part::ALL);
        // The build script lists the official statistics as one more source.
        let official = embedded.sources.pop().unwrap();
        assert_eq!(official.id, "bls-oews-2025");
        assert_eq!(serde_json::to_value(&embedded).unwrap(), serde_json::to_value(&built).unwrap());
    }

    #[test]
    fn a_command_decodes_only_the_parts_it_reads() {
        let skills = built_in(&[Part::Skills]);
        assert!(!skills.skill_sets.is_empty() && !skills.roles.is_empty());
        assert!(skills.salaries.is_empty() && skills.growth.is_empty() && skills.education.is_empty());
    }
}
