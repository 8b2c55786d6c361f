//! `careers skills ROLE`: one row per skill, one column per source.

use super::Ctx;
use crate::cli::SkillsArgs;
use crate::data::model::Part;
use crate::display;
use crate::error::Result;
use crate::query::{names, skills};
use crate::render::Section;

pub fn run(ctx: &mut Ctx, args: &SkillsArgs) -> Result<()> {
    let data = ctx.data;
    let role = names::role(data, &args.role)?;
    let sources = names::source_ids(data, &args.source.ids)?;
    let onet = crate::load::official_onet();
    let mut rows = skills::ranked(data, &role.id, &sources);
    skills::mark_hot(&mut rows, &onet);
    let total = rows.len();
    if let Some(n) = args.top {
        rows.truncate(n);
    }
    let columns = skills::listing_sources(data, &role.id, &sources);
    let table = || {
        let names: Vec<String> = columns.iter().map(|id| display::source_name(data, id)).collect();
        let mut headers = vec!["Skill", "Category"];
        headers.extend(names.iter().map(String::as_str));
        headers.push("Sources");
        let mut s = Section::table(format!("Skills for {}", role.name), &headers).optional(&["Category", "Sources"]);
        for r in &rows {
            let mut row = vec![super::skill_name(r), r.category.label().to_string()];
            // A set: with thousands of sources, a scan per cell is quadratic.
            let naming: std::collections::HashSet<&str> = r.sources.iter().copied().collect();
            row.extend(columns.iter().map(|c| if naming.contains(c) { "✓" } else { "" }.to_string()));
            row.push(format!("{}/{}", r.sources.len(), columns.len()));
            s.rows.push(row);
        }
        if rows.iter().any(|r| r.onet_hot_technology.is_some()) {
            s.notes.push(super::hot_note(&onet, false));
        }
        if rows.len() < total {
            s.notes.push(format!("Showing the top {} of {total} skills.", rows.len()));
        }
        s.empty = if columns.is_empty() {
            super::nothing_for(data, "lists skills", Part::Skills, role)
        } else {
            "No skill matches this selection.".into()
        };
        vec![s]
    };
    Ok(ctx.out.emit(ctx.w, &rows, &rows, table)?)
}
