//! The command line, declared and nothing else: doc comments are the help.

use crate::resolve::Names;
use clap::{ArgMatches, Args, FromArgMatches, Parser, Subcommand, ValueEnum};
use clap_complete::Shell;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "careers",
    version,
    about = "Compare what career guides claim about tech jobs: pay, skills, growth, paths, certifications and education, each figure with its source.",
    after_help = EXAMPLES,
    arg_required_else_help = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Options,

    #[command(subcommand)]
    pub command: Command,
}

const EXAMPLES: &str = "\
Examples:
  careers compare backend frontend
  careers salary --level senior
  careers skills backend --top 10";

// Options every command takes, before or after its name. Each command
// declares its own copy instead of clap's `global = true`, which clones every
// global argument into all thirteen subcommands on every run (#5 budgets
// start-up); `Cli::options` merges the two copies. (A plain comment: a doc
// comment would become the about text of every command flattening it.)
#[derive(Debug, Args)]
pub struct Options {
    /// Output format [default: table]
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<Format>,

    /// Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR).
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// When to use colour: auto means only on a terminal, without NO_COLOR, and with TERM other than dumb [default: auto]
    #[arg(long, value_enum)]
    pub color: Option<ColorChoice>,
}

/// [`Options`] with the defaults filled in.
#[derive(Debug)]
pub struct Resolved<'a> {
    pub format: Format,
    pub data_dir: Option<&'a std::path::Path>,
    pub color: ColorChoice,
}

impl Cli {
    /// What the command line asked for; an option given after the command's
    /// name wins over one given before it, as the last of two would.
    pub fn options(&self) -> Resolved<'_> {
        let (top, sub) = (&self.global, self.command.options());
        Resolved {
            format: sub.format.or(top.format).unwrap_or(Format::Table),
            data_dir: sub.data_dir.as_deref().or(top.data_dir.as_deref()),
            color: sub.color.or(top.color).unwrap_or(ColorChoice::Auto),
        }
    }
}

impl Command {
    fn options(&self) -> &Options {
        match self {
            Command::Compare(Lazy(a)) => &a.options,
            Command::Salary(Lazy(a)) => &a.options,
            Command::Skills(Lazy(a)) => &a.options,
            Command::Growth(Lazy(a)) => &a.options,
            Command::Path(Lazy(a)) => &a.options,
            Command::Certs(Lazy(a)) => &a.options,
            Command::Education(Lazy(a)) => &a.options,
            Command::Areas(Lazy(a)) => &a.options,
            Command::Completions(Lazy(a)) => &a.options,
            Command::Check(Lazy(a)) => &a.options,
            Command::Sources(Lazy(o)) | Command::Roles(Lazy(o)) | Command::Man(Lazy(o)) => o,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Put two or more roles side by side: pay per level from each source, growth and skills.
    #[command(
        after_help = "Examples:\n  careers compare backend frontend\n  careers compare back-end full-stack devops --level senior\n  careers compare backend frontend --source forage --format markdown"
    )]
    Compare(Lazy<CompareArgs>),

    /// Every pay figure, one row each, then a summary per role and level across sources.
    #[command(
        after_help = "Examples:\n  careers salary --level senior\n  careers salary backend --chart\n  careers salary backend --area \"San Francisco\" --format json"
    )]
    Salary(Lazy<SalaryArgs>),

    /// The skills each source names for a role, most widely named first.
    #[command(
        after_help = "Examples:\n  careers skills backend\n  careers skills back-end --top 10\n  careers skills frontend --format json"
    )]
    Skills(Lazy<SkillsArgs>),

    /// Job growth projections, with the occupation each one actually measures.
    #[command(after_help = "Examples:\n  careers growth\n  careers growth backend\n  careers growth --format csv")]
    Growth(Lazy<GrowthArgs>),

    /// Career stages for a role, with the years each source gives them.
    #[command(
        after_help = "Examples:\n  careers path backend\n  careers path backend --source research-com\n  careers path backend --format markdown"
    )]
    Path(Lazy<PathArgs>),

    /// Certifications, with the sources that name each one.
    #[command(
        after_help = "Examples:\n  careers certs\n  careers certs backend\n  careers certs --source wgu --format json"
    )]
    Certs(Lazy<CertsArgs>),

    /// Education programs and routes, with cost, duration and number of courses.
    #[command(
        after_help = "Examples:\n  careers education\n  careers education --source wgu\n  careers education --format csv"
    )]
    Education(Lazy<EducationArgs>),

    /// List the areas (nation, states, metro areas) with official wage statistics.
    #[command(after_help = "Examples:\n  careers areas\n  careers areas cincinnati\n  careers areas --format json")]
    Areas(Lazy<AreasArgs>),

    /// List the sources with how many figures of each kind they hold.
    #[command(after_help = "Examples:\n  careers sources\n  careers sources --format json")]
    Sources(Lazy<Options>),

    /// List the roles and occupations, their aliases and which sources cover them.
    #[command(after_help = "Examples:\n  careers roles\n  careers roles --format json")]
    Roles(Lazy<Options>),

    /// Print the completion script for a shell (see the README for where to put it).
    #[command(
        after_help = "Examples:\n  careers completions bash > ~/.local/share/bash-completion/completions/careers\n  careers completions zsh > ~/.zfunc/_careers\n  careers completions fish > ~/.config/fish/completions/careers.fish"
    )]
    Completions(Lazy<CompletionsArgs>),

    /// Print the man page (roff), e.g. to install it where `man careers` finds it.
    #[command(
        after_help = "Examples:\n  mkdir -p ~/.cargo/share/man/man1 && careers man > ~/.cargo/share/man/man1/careers.1\n  careers man | man -l -"
    )]
    Man(Lazy<Options>),

    /// Validate data files (default: everything that would be loaded) and summarise them.
    #[command(
        after_help = "Examples:\n  careers check\n  careers check my-source.toml\n  careers check ~/.local/share/careers"
    )]
    Check(Lazy<CheckArgs>),
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Roles to compare (ids or aliases such as back-end, "front end").
    #[arg(value_name = "ROLE", num_args = 2.., required = true, value_parser = Names::Role, hide_possible_values = true)]
    pub roles: Vec<String>,
    #[command(flatten)]
    pub filter: Filter,
    #[command(flatten)]
    pub options: Options,
}

#[derive(Debug, Args)]
pub struct SalaryArgs {
    /// Roles or occupations to show (default: all).
    #[arg(value_name = "ROLE", value_parser = Names::Role, hide_possible_values = true)]
    pub roles: Vec<String>,
    #[command(flatten)]
    pub filter: Filter,
    /// A state or metro area: its official statistics, and the articles' figures for places matching NAME.
    #[arg(long, value_name = "NAME")]
    pub area: Option<String>,
    /// Draw every figure as a bar on one shared dollar axis.
    #[arg(long)]
    pub chart: bool,
    #[command(flatten)]
    pub options: Options,
}

#[derive(Debug, Args)]
pub struct SkillsArgs {
    /// Role to list skills for.
    #[arg(value_parser = Names::Role, hide_possible_values = true)]
    pub role: String,
    /// Show only the N most widely named skills.
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,
    /// Only these sources (repeatable).
    #[arg(long, short = 's', value_name = "SOURCE", value_parser = Names::Source, hide_possible_values = true)]
    pub source: Vec<String>,
    #[command(flatten)]
    pub options: Options,
}

#[derive(Debug, Args)]
pub struct GrowthArgs {
    /// Show projections that apply to this role (its own and its broader occupations').
    #[arg(value_parser = Names::Role, hide_possible_values = true)]
    pub role: Option<String>,
    /// Only these sources (repeatable).
    #[arg(long, short = 's', value_name = "SOURCE", value_parser = Names::Source, hide_possible_values = true)]
    pub source: Vec<String>,
    #[command(flatten)]
    pub options: Options,
}

#[derive(Debug, Args)]
pub struct PathArgs {
    /// Role whose career path to show.
    #[arg(value_parser = Names::Role, hide_possible_values = true)]
    pub role: String,
    /// Only these sources (repeatable).
    #[arg(long, short = 's', value_name = "SOURCE", value_parser = Names::Source, hide_possible_values = true)]
    pub source: Vec<String>,
    #[command(flatten)]
    pub options: Options,
}

#[derive(Debug, Args)]
pub struct CertsArgs {
    /// Only certifications named for this role.
    #[arg(value_parser = Names::Role, hide_possible_values = true)]
    pub role: Option<String>,
    /// Only these sources (repeatable).
    #[arg(long, short = 's', value_name = "SOURCE", value_parser = Names::Source, hide_possible_values = true)]
    pub source: Vec<String>,
    #[command(flatten)]
    pub options: Options,
}

#[derive(Debug, Args)]
pub struct EducationArgs {
    /// Only these sources (repeatable).
    #[arg(long, short = 's', value_name = "SOURCE", value_parser = Names::Source, hide_possible_values = true)]
    pub source: Vec<String>,
    #[command(flatten)]
    pub options: Options,
}

#[derive(Debug, Args)]
pub struct AreasArgs {
    /// Only areas whose name contains QUERY (case-insensitive).
    pub query: Option<String>,
    #[command(flatten)]
    pub options: Options,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    pub shell: Shell,
    #[command(flatten)]
    pub options: Options,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or directories to check instead of the loaded data.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub options: Options,
}

/// A subcommand's arguments, handed to clap to build only when the command
/// line names that subcommand. Building all of them on every run was a fifth
/// of the start-up time `careers compare` is budgeted (#5): clap's argument
/// records are large and their builders touch a lot of cold code.
#[derive(Debug)]
pub struct Lazy<T>(pub T);

impl<T: Args> Args for Lazy<T> {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        cmd.defer(T::augment_args)
    }
    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        cmd.defer(T::augment_args_for_update)
    }
    fn group_id() -> Option<clap::Id> {
        T::group_id()
    }
}

impl<T: FromArgMatches> FromArgMatches for Lazy<T> {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches(matches).map(Lazy)
    }
    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(matches)
    }
}

// Narrowing shared by the comparison commands (a plain comment: a doc
// comment here would become the about text of every command flattening it).
#[derive(Debug, Args, Default)]
pub struct Filter {
    /// Only these levels: entry, mid, senior, lead, all (repeatable).
    #[arg(long, short = 'l', value_name = "LEVEL", value_parser = Names::Level, hide_possible_values = true)]
    pub level: Vec<String>,
    /// Only these sources (repeatable).
    #[arg(long, short = 's', value_name = "SOURCE")]
    pub source: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
