//! `careers check [PATH...]`: validate data files and summarise them.

use super::catalog::source_section;
use crate::data::validate::{self, Diagnostic};
use crate::load::{self, DataErrors};
use crate::render::{Output, Section};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub fn run(out: &Output, w: &mut dyn Write, paths: &[PathBuf], data_dir: Option<&Path>) -> anyhow::Result<ExitCode> {
    let base = load::embedded();
    let (data, files_checked, only_ids) = if paths.is_empty() {
        let (data, files) = load::load_counted(data_dir)?;
        (data, files, None)
    } else {
        let mut files = Vec::new();
        let mut problems: Vec<Diagnostic> = Vec::new();
        for p in paths {
            if p.is_dir() {
                load::collect_dir(p, true, &mut files, &mut problems);
            } else {
                files.push(p.clone());
            }
        }
        let inputs = load::read_all(&files, &mut problems);
        if !problems.is_empty() {
            return Err(DataErrors(problems).into());
        }
        let data = validate::build(Some(&base), &inputs).map_err(DataErrors)?;
        let added: Vec<String> = data.sources[base.sources.len()..].iter().map(|s| s.id.to_string()).collect();
        (data, inputs.len(), Some(added))
    };
    let ids: Option<Vec<&str>> = only_ids.as_ref().map(|v| v.iter().map(String::as_str).collect());
    let mut sources = source_section(&data, ids.as_deref());
    let what = if paths.is_empty() {
        format!("built-in data and {files_checked} user file(s)")
    } else {
        format!("{files_checked} file(s)")
    };
    sources.title = format!("OK: {what} valid");
    let vocab = Section {
        title: "Vocabularies".into(),
        headers: vec!["Levels".into(), "Roles".into(), "Skills".into(), "Sources".into()],
        rows: vec![vec![
            data.levels.len().to_string().into(),
            data.roles.len().to_string().into(),
            data.skills.len().to_string().into(),
            data.sources.len().to_string().into(),
        ]],
        ..Section::default()
    };
    match out.format {
        crate::cli::Format::Json => {
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
            });
            out.json(w, &summary)?;
        }
        crate::cli::Format::Csv => out.csv(w, std::slice::from_ref(&sources))?,
        _ => out.sections(w, &[sources, vocab])?,
    }
    Ok(ExitCode::SUCCESS)
}
