//! `careers check [PATH...]`: validate data files and summarise them.

use crate::cli::CheckArgs;
use crate::data::model::Part;
use crate::data::validate::Diagnostic;
use crate::error::Result;
use crate::load;
use crate::render::Format;
use crate::render::{Output, Section};
use std::io::Write;
use std::path::Path;

/// No `Ctx`, which holds data already loaded: `check` loads its own, since
/// what it checks may be what fails to load, and `check PATH` reads PATH
/// over the built-in data alone, without the user's files.
pub fn run(out: &Output, w: &mut dyn Write, data_dir: Option<&Path>, args: &CheckArgs) -> Result<()> {
    let paths = &args.paths;
    // Directories named that hold no data file: a check of nothing would
    // otherwise look like a pass.
    let mut empty_dirs = Vec::new();
    let (data, files_checked, only_ids) = if paths.is_empty() {
        let (data, files) = load::load(data_dir, Part::ALL)?;
        (data, files, None)
    } else {
        let base = load::built_in(Part::ALL);
        let mut files = Vec::new();
        let mut problems: Vec<Diagnostic> = Vec::new();
        for p in paths {
            if p.is_dir() {
                let (before, problems_before) = (files.len(), problems.len());
                load::collect_dir(p, true, &mut files, &mut problems);
                if files.len() == before && problems.len() == problems_before {
                    empty_dirs.push(format!("No *.toml file in {}.", load::shown(p)));
                }
            } else {
                files.push(p.clone());
            }
        }
        let base_sources = base.sources.len();
        let (data, read) = load::validate_files(base, &files, problems)?;
        let added: Vec<String> = data.sources[base_sources..].iter().map(|s| s.id.clone()).collect();
        (data, read, Some(added))
    };
    if out.format == Format::Json {
        let summary = serde_json::json!({
            "valid": true,
            "files": files_checked,
            "levels": data.levels.len(),
            "roles": data.roles.len(),
            "skills": data.skills.len(),
            "sources": data.sources.len(),
            "salary": data.salaries.len(),
            "growth": data.growth.len(),
            "path": data.paths.len(),
            "certifications": data.certifications.len(),
            "education": data.education.len(),
            "statistics": data.statistics.len(),
        });
        return Ok(out.json(w, &summary)?);
    }
    let mut sources = super::sources_section(&data, only_ids.as_deref());
    let what = if paths.is_empty() {
        format!("built-in data and {files_checked} user file(s)")
    } else {
        format!("{files_checked} file(s)")
    };
    sources.title = format!("OK: {what} valid");
    if files_checked == 0 && !empty_dirs.is_empty() {
        sources.empty = format!("{} Nothing was checked.", empty_dirs.join(" "));
    } else {
        sources.empty = format!("OK: {what} valid, adding no source.");
        sources.notes.extend(empty_dirs);
    }
    let mut vocab = Section::table("Vocabularies", &["Levels", "Roles", "Skills", "Sources"]);
    vocab.rows.push(
        [data.levels.len(), data.roles.len(), data.skills.len(), data.sources.len()].map(|n| n.to_string()).to_vec(),
    );
    let rows = super::source_rows(&data, only_ids.as_deref());
    // The built-in vocabularies are no summary of files that were not there.
    let sections = if files_checked == 0 && !paths.is_empty() { vec![sources] } else { vec![sources, vocab] };
    Ok(out.emit(w, &rows, &rows, || sections)?)
}
