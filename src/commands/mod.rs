//! One module per command. Each turns the dataset into records (for JSON)
//! and sections (for tables, CSV and Markdown); `render` does the rest.

mod catalog;
mod check;
mod compare;
mod salary;
mod skills;

use crate::cli::{
    AreasArgs, CertsArgs, CheckArgs, Cli, ColorChoice, Command, CompareArgs, CompletionsArgs, EducationArgs, Format,
    GrowthArgs, Lazy, PathArgs, SalaryArgs, SkillsArgs,
};
use crate::data::model::Dataset;
use crate::render::{Output, Section};
use serde::Serialize;
use std::io::{BufWriter, IsTerminal, Write};
use std::process::ExitCode;

pub struct Ctx<'a> {
    pub data: &'a Dataset,
    pub out: &'a Output,
    pub w: &'a mut dyn Write,
}

impl Ctx<'_> {
    /// Writes a command's result: `json` for JSON; otherwise the sections
    /// `build` makes for the format asked for (CSV takes one table, or several
    /// of the same shape).
    pub fn emit<'s, T: Serialize + ?Sized>(
        &mut self,
        json: &T,
        build: impl FnOnce(Format) -> Vec<Section<'s>>,
    ) -> std::io::Result<()> {
        match self.out.format {
            Format::Json => self.out.json(self.w, json),
            format => self.sections(build(format)),
        }
    }

    /// `emit` for a list that may be long, such as every salary of a large
    /// data set: its JSON is formatted on every core.
    pub fn emit_list<'s, T: Serialize + Sync>(
        &mut self,
        items: &[T],
        build: impl FnOnce(Format) -> Vec<Section<'s>>,
    ) -> std::io::Result<()> {
        if self.out.format == Format::Json {
            return self.out.json_list(self.w, items);
        }
        self.emit(items, build)
    }

    /// Writes sections in the format asked for, which is not JSON.
    pub fn sections(&mut self, sections: Vec<Section>) -> std::io::Result<()> {
        let written = match self.out.format {
            Format::Csv => self.out.csv(self.w, &sections),
            _ => self.out.sections(self.w, &sections),
        };
        // Not freed, as `run` does not free the data: the process ends next,
        // and a table of user data holds a few hundred thousand cells.
        std::mem::forget(sections);
        written
    }
}

fn use_color(choice: ColorChoice, is_tty: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            is_tty
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
        }
    }
}

/// An explicit COLUMNS wins; otherwise only a terminal has a width.
fn table_width(is_tty: bool) -> Option<u16> {
    if let Some(cols) = std::env::var("COLUMNS").ok().and_then(|c| c.parse::<u16>().ok()).filter(|c| *c > 0) {
        return Some(cols);
    }
    if is_tty { terminal_size::terminal_size().map(|(w, _)| w.0) } else { None }
}

pub fn run(cli: &Cli) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let is_tty = stdout.is_terminal();
    let options = cli.options();
    let out = Output { format: options.format, color: use_color(options.color, is_tty), width: table_width(is_tty) };
    let mut w = BufWriter::new(stdout.lock());
    let code = match &cli.command {
        Command::Check(Lazy(CheckArgs { paths, .. })) => check::run(&out, &mut w, paths, options.data_dir)?,
        // Generated from the command definition alone: no data is loaded, so
        // completions and the man page work even when a user file is broken.
        Command::Completions(Lazy(CompletionsArgs { shell, .. })) => {
            // Built in memory first: clap_complete panics on a failed write,
            // and a closed pipe must stay an ordinary, quiet error.
            w.write_all(&crate::shell::completion_script(*shell))?;
            ExitCode::SUCCESS
        }
        Command::Man(_) => {
            crate::shell::man_page(&mut w)?;
            ExitCode::SUCCESS
        }
        command => {
            let data = crate::load::load(options.data_dir)?;
            let mut ctx = Ctx { data: &data, out: &out, w: &mut w };
            dispatch(&mut ctx, command)?;
            // Not freed: the process exits next and the system takes the
            // memory back at once, while freeing 10 MB of user data record by
            // record took longer than printing it (#5 budgets that time).
            std::mem::forget(data);
            ExitCode::SUCCESS
        }
    };
    w.flush()?;
    Ok(code)
}

fn dispatch(ctx: &mut Ctx, command: &Command) -> anyhow::Result<()> {
    match command {
        Command::Compare(Lazy(CompareArgs { roles, filter, .. })) => compare::run(ctx, roles, filter),
        Command::Salary(Lazy(SalaryArgs { roles, filter, area, chart, .. })) => {
            salary::run(ctx, roles, filter, area.as_deref(), *chart)
        }
        Command::Skills(Lazy(SkillsArgs { role, top, source, .. })) => skills::run(ctx, role, *top, source),
        Command::Growth(Lazy(GrowthArgs { role, source, .. })) => catalog::growth(ctx, role.as_deref(), source),
        Command::Path(Lazy(PathArgs { role, source, .. })) => catalog::path(ctx, role, source),
        Command::Certs(Lazy(CertsArgs { role, source, .. })) => catalog::certs(ctx, role.as_deref(), source),
        Command::Education(Lazy(EducationArgs { source, .. })) => catalog::education(ctx, source),
        Command::Areas(Lazy(AreasArgs { query, .. })) => catalog::areas(ctx, query.as_deref()),
        Command::Sources(_) => catalog::sources(ctx),
        Command::Roles(_) => catalog::roles(ctx),
        Command::Check(_) | Command::Completions(_) | Command::Man(_) => {
            unreachable!("handled before the data is loaded")
        }
    }
}
