//! One module per command (the listings share `catalog`). Each asks the
//! query layer, builds one value that serialises to its JSON, and turns it
//! into sections for the other formats; `render` does the rest.

mod catalog;
mod check;
mod compare;
mod industries;
mod offer;
mod rows;
mod salary;
mod schema;
mod skills;
mod summary;
mod switch;
mod where_;

use crate::cli::{ColorChoice, Command, Options};
use crate::data::model::{Dataset, Part, Role};
use crate::error::Result;
use crate::query::coverage;
use crate::render::{Format, Output, Section};
use serde::Serialize;
use std::collections::HashSet;
use std::io::{BufWriter, IsTerminal, Write};

/// What every command works with: the data it reads, the output settings,
/// and where to write.
pub struct Ctx<'a> {
    pub data: &'a Dataset,
    pub out: &'a Output,
    pub w: &'a mut dyn Write,
}

fn format(f: crate::cli::Format) -> Format {
    match f {
        crate::cli::Format::Table => Format::Table,
        crate::cli::Format::Json => Format::Json,
        crate::cli::Format::Csv => Format::Csv,
        crate::cli::Format::Markdown => Format::Markdown,
    }
}

fn use_color(choice: ColorChoice, is_tty: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            is_tty
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                // No TERM says no more about the terminal than TERM=dumb.
                && std::env::var_os("TERM").is_some_and(|t| !t.is_empty() && t != "dumb")
        }
    }
}

/// The widths tables are laid out for: narrower, no table reads; wider, no
/// line does.
const WIDTHS: std::ops::RangeInclusive<u16> = 40..=500;

/// An explicit COLUMNS wins; otherwise only a terminal has a width. Either
/// is clamped to `WIDTHS`.
fn table_width(is_tty: bool) -> Option<u16> {
    let columns = std::env::var("COLUMNS").ok().and_then(|c| c.parse::<u16>().ok()).filter(|c| *c > 0);
    let width = columns.or_else(|| if is_tty { terminal_size::terminal_size().map(|(w, _)| w.0) } else { None });
    width.map(|w| w.clamp(*WIDTHS.start(), *WIDTHS.end()))
}

/// The parts of the built-in data a command reads.
fn parts(command: &Command) -> &'static [Part] {
    match command {
        Command::Compare(_) => &[Part::Salaries, Part::Growth, Part::Skills],
        Command::Switch(_) => &[Part::Salaries, Part::Skills, Part::Paths],
        Command::Offer(_) => &[Part::Salaries],
        Command::Where(_) | Command::Industries(_) => &[],
        Command::Salary(_) => &[Part::Salaries],
        Command::Skills(_) => &[Part::Skills],
        Command::Growth(_) => &[Part::Growth],
        Command::Path(_) => &[Part::Paths],
        Command::Certs(_) => &[Part::Certifications],
        Command::Education(_) => &[Part::Education],
        Command::Areas(_) | Command::Completions(_) | Command::Man(_) | Command::Schema(_) => &[],
        Command::Sources(_) | Command::Roles(_) | Command::Check(_) => Part::ALL,
    }
}

pub fn run(options: &Options, command: &Command) -> Result<()> {
    let stdout = std::io::stdout();
    let is_tty = stdout.is_terminal();
    let out = Output {
        format: format(options.format),
        color: use_color(options.color, is_tty),
        footnotes: !options.no_notes,
        width: table_width(is_tty),
    };
    // A dumb terminal (or none named) cannot run a pager: less would stop at
    // "terminal is not fully functional" before showing anything.
    let dumb = std::env::var_os("TERM").is_none_or(|t| t.is_empty() || t == "dumb");
    let pager = if is_tty && !options.no_pager && !dumb { crate::pager::command() } else { None };
    let height = terminal_size::terminal_size().map(|(_, h)| usize::from(h.0));
    match (pager, height) {
        // Held until it is all written, to know whether it fits the screen.
        (Some(pager), Some(height)) => {
            let mut held = Vec::new();
            write(options, command, &out, &mut held)?;
            Ok(crate::pager::show(&held, &pager, height)?)
        }
        _ => {
            let mut w = BufWriter::new(stdout.lock());
            write(options, command, &out, &mut w)?;
            Ok(w.flush()?)
        }
    }
}

/// Writes the command's output to `w`.
fn write(options: &Options, command: &Command, out: &Output, w: &mut dyn Write) -> Result<()> {
    let data_dir = options.data_dir.as_deref();
    match command {
        // Generated from the command definition alone: no data is loaded, so
        // completions and the man page work even when a user file is broken.
        Command::Completions(args) => w.write_all(&crate::shell::completion_script(args.shell)?)?,
        Command::Man(_) => crate::shell::man_page(w)?,
        Command::Schema(args) => w.write_all(schema::text(args.command).as_bytes())?,
        Command::Check(args) => check::run(out, w, data_dir, args)?,
        command => {
            let (data, _) = crate::load::load(data_dir, parts(command))?;
            dispatch(&mut Ctx { data: &data, out, w }, command)?;
            // The process ends next, and the OS takes the memory back at
            // once: freeing 50 MB of records one by one is a tenth of a run.
            std::mem::forget(data);
        }
    }
    Ok(())
}

fn dispatch(ctx: &mut Ctx, command: &Command) -> Result<()> {
    match command {
        Command::Compare(a) => compare::run(ctx, a),
        Command::Offer(a) => offer::run(ctx, a),
        Command::Where(a) => where_::run(ctx, a),
        Command::Industries(a) => industries::run(ctx, a),
        Command::Switch(a) => switch::run(ctx, a),
        Command::Salary(a) => salary::run(ctx, a),
        Command::Skills(a) => skills::run(ctx, a),
        Command::Growth(a) => catalog::growth(ctx, a),
        Command::Path(a) => catalog::path(ctx, a),
        Command::Certs(a) => catalog::certs(ctx, a),
        Command::Education(a) => catalog::education(ctx, a),
        Command::Areas(a) => catalog::areas(ctx, a),
        Command::Sources(a) => catalog::sources(ctx, a),
        Command::Roles(a) => catalog::roles(ctx, a),
        Command::Check(_) | Command::Completions(_) | Command::Man(_) | Command::Schema(_) => {
            unreachable!("handled before the data is loaded")
        }
    }
}

/// A source as `sources` and `check` print it in JSON and CSV.
#[derive(Serialize)]
pub struct SourceRow<'a> {
    pub id: &'a str,
    title: &'a str,
    publisher: &'a str,
    author: Option<&'a str>,
    date: Option<&'a str>,
    note: Option<&'a str>,
    origin: &'a str,
    counts: coverage::Counts,
}

/// Each source (all, or those in `ids`) with how many records of each kind
/// it holds.
fn source_rows<'a>(data: &'a Dataset, ids: Option<&[String]>) -> Vec<SourceRow<'a>> {
    let counts = coverage::counts(data, &crate::load::official_national());
    let only = ids.map(|ids| ids.iter().map(String::as_str).collect::<HashSet<&str>>());
    data.sources
        .iter()
        .filter(|s| only.as_ref().is_none_or(|only| only.contains(s.id.as_str())))
        .map(|s| SourceRow {
            id: &s.id,
            title: &s.title,
            publisher: &s.publisher,
            author: s.author.as_deref(),
            date: s.date.as_deref(),
            note: s.note.as_deref(),
            origin: &s.origin,
            counts: counts[s.id.as_str()],
        })
        .collect()
}

/// The sources table of `sources` and `check`: each source (all, or those
/// in `ids`) with how many records of each kind it holds.
fn sources_section(data: &Dataset, ids: Option<&[String]>) -> Section {
    let mut s = Section::table(
        "Sources",
        &["Id", "Publisher", "Title", "Author", "Date", "Salary", "Growth", "Skills", "Path", "Certs", "Education"],
    )
    .optional(&["Author", "Date", "Title", "Education", "Certs", "Path", "Growth"]);
    let counts = coverage::counts(data, &crate::load::official_national());
    let only = ids.map(|ids| ids.iter().map(String::as_str).collect::<HashSet<&str>>());
    for src in data.sources.iter().filter(|s| only.as_ref().is_none_or(|only| only.contains(s.id.as_str()))) {
        let c = counts[src.id.as_str()];
        let n = [c.salary, c.growth, c.skills, c.path, c.certifications, c.education].map(|n| n.to_string());
        let text = [&src.id, &src.publisher, &src.title].map(String::clone);
        let dated = [crate::display::or_dash(src.author.as_ref()), crate::display::or_dash(src.date.as_ref())];
        s.rows.push(text.into_iter().chain(dated).chain(n).collect());
    }
    s
}

/// The line an empty result prints for `role`: what no article gives, and
/// the commands that do have something for it. Only an empty result pays
/// for reading the other parts of the built-in data.
fn nothing_for(data: &Dataset, missing: &str, missing_part: Part, role: &Role) -> String {
    let all = crate::load::built_in(Part::ALL);
    let official = crate::load::official_national().occupations.iter().any(|o| o.stands_for(&role.id));
    let has = |part| {
        coverage::has_records(&all, part, &role.id)
            || coverage::has_records(data, part, &role.id)
            || (part == Part::Salaries && official)
    };
    let commands = [
        (Part::Salaries, "salary", "its pay"),
        (Part::Skills, "skills", "its skills"),
        (Part::Growth, "growth", "its job growth"),
        (Part::Paths, "path", "its career path"),
        (Part::Certifications, "certs", "its certifications"),
    ];
    let elsewhere: Vec<String> = commands
        .iter()
        .filter(|(part, ..)| *part != missing_part && has(*part))
        .map(|(_, command, what)| format!("`careers {command} {}` shows {what}", role.id))
        .collect();
    match elsewhere.as_slice() {
        [] => format!("No article {missing} for {}.", role.name),
        _ => format!("No article {missing} for {}; {}.", role.name, elsewhere.join(", ")),
    }
}

/// "Python ★" for a skill O*NET marks hot or in demand.
fn skill_name(row: &crate::query::skills::SkillRow) -> String {
    if row.onet_hot_technology.is_some() { format!("{} ★", row.name) } else { row.name.to_string() }
}

/// The note under an area's BLS table when the name asked for also begins
/// metros' names (or is the District, whose metro many mean): a user who
/// meant one of those learns its code rather than reading the wrong figures.
fn also_matching_note(area: &crate::data::official::Area, others: &[crate::data::official::Area]) -> Option<String> {
    if others.is_empty() {
        return None;
    }
    let others: Vec<String> =
        others.iter().map(|a| format!("{} ({}, code {})", a.name, a.kind.label(), a.code)).collect();
    let verb = if others.len() == 1 { "matches" } else { "match" };
    Some(format!(
        "'{}' is the {}; {} also {verb}: give its name or code for it.",
        area.name,
        area.kind.label(),
        others.join("; ")
    ))
}

/// The line under a table with ★ marks: what the mark means, and whose it
/// is. `attributed` leaves out O*NET's attribution, when the O*NET section
/// of the same output gives it (once is what the licence asks).
fn hot_note(onet: &crate::data::official::Onet, attributed: bool) -> String {
    let attribution = if attributed { "" } else { onet.release.attribution.as_str() };
    format!(
        "★ O*NET hot or in-demand technology: software O*NET lists as Hot Technology or In Demand across all \
         occupations, not for this role alone ({}). {attribution}",
        onet.release.technologies
    )
    .trim_end()
    .to_string()
}

/// What O*NET says the work of each role's closest occupations is.
fn onet_section(data: &Dataset, roles: &[&str], onet: &crate::data::official::Onet) -> Section {
    let national = crate::load::official_national();
    let mut s = Section::table("What the work is, by O*NET", &["Role", "Occupation (SOC)", "O*NET description"]);
    for role in roles {
        for occupation in national.occupations.iter().filter(|o| o.stands_for(role)) {
            if let Some(o) = onet.occupations.iter().find(|o| o.soc == occupation.soc) {
                let role = crate::display::role_name(data, role).to_string();
                s.rows.push(vec![role, format!("{} ({})", o.title, o.soc), o.description.clone()]);
            }
        }
    }
    s.notes.push(format!("{}. {}", onet.release.occupations, onet.release.attribution));
    s
}

/// A figure as JSON and CSV carry it; with `--real`, its bounds in the
/// latest year's dollars beside.
#[derive(serde::Serialize)]
pub struct RealFigure<'a> {
    #[serde(flatten)]
    pub figure: &'a crate::data::model::Salary,
    /// Only with `--real`; `null` when the figure states no year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub real: Option<Option<crate::query::salary::Real>>,
}

impl RealFigure<'_> {
    pub fn new<'a>(figure: &'a crate::data::model::Salary, cpi: Option<&crate::data::official::Cpi>) -> RealFigure<'a> {
        RealFigure { figure, real: cpi.map(|cpi| crate::query::salary::in_real_dollars(figure, cpi)) }
    }
}
