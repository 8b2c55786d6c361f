//! The command line, declared and nothing else: doc comments are the help.

use crate::candidates::Names;
use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::Shell;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "careers",
    version,
    long_version = concat!(env!("CARGO_PKG_VERSION"), "\ndata: ", env!("CAREERS_DATA_VINTAGE")),
    about = "Compare what career guides claim about tech jobs: pay, skills, growth, paths, certifications and education, each figure with its source.",
    after_help = EXAMPLES,
    color = clap::ColorChoice::Never,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub options: Options,

    /// `None` when no command is given: a short hint rather than the whole help.
    #[command(subcommand)]
    pub command: Option<Command>,
}

const EXAMPLES: &str = "\
Examples:
  careers compare backend frontend
  careers salary --level senior
  careers switch frontend backend
  careers offer 150k backend --area Austin";

// Options every command takes, before or after its name (a plain comment: a
// doc comment would become the about text of the command).
#[derive(Debug, Args)]
pub struct Options {
    /// Output format: table, json, csv or markdown
    #[arg(long, short = 'f', value_enum, global = true, default_value_t = Format::Table, display_order = 100, hide_possible_values = true)]
    pub format: Format,

    /// Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR).
    #[arg(long, value_name = "DIR", global = true, display_order = 101, value_hint = clap::ValueHint::DirPath)]
    pub data_dir: Option<PathBuf>,

    /// Leave out the notes tables mark with [n] and list below them.
    #[arg(long, global = true, display_order = 104)]
    pub no_notes: bool,

    /// Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX).
    #[arg(long, global = true, display_order = 103)]
    pub no_pager: bool,

    /// When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM set and not dumb), always or never
    #[arg(long, value_enum, global = true, default_value_t = ColorChoice::Auto, display_order = 102, hide_possible_values = true)]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ComparePart {
    Salary,
    Summary,
    Official,
    Growth,
    Skills,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SalaryPart {
    Figures,
    Summary,
    Official,
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
    Compare(CompareArgs),

    /// A move between two roles: skills kept and to learn, pay per source, the path ahead.
    #[command(
        after_help = "Examples:\n  careers switch frontend backend\n  careers switch frontend backend --level senior\n  careers switch frontend backend --area Cincinnati --format json"
    )]
    Switch(SwitchArgs),

    /// Where a salary offer stands, by BLS and against every article.
    #[command(
        after_help = "Examples:\n  careers offer 150k backend --area Austin\n  careers offer '$95,000' frontend\n  careers offer 150000 backend --level senior --format json"
    )]
    Offer(OfferArgs),

    /// Every pay figure, one row each, then a summary per role and level across sources.
    #[command(
        after_help = "Examples:\n  careers salary --level senior\n  careers salary backend --chart\n  careers salary backend --area \"San Francisco\" --format json"
    )]
    Salary(SalaryArgs),

    /// The skills each source names for a role, most widely named first.
    #[command(
        after_help = "Examples:\n  careers skills backend\n  careers skills back-end --top 10\n  careers skills frontend --format json"
    )]
    Skills(SkillsArgs),

    /// Job growth projections, with the occupation each one actually measures.
    #[command(after_help = "Examples:\n  careers growth\n  careers growth backend\n  careers growth --format csv")]
    Growth(GrowthArgs),

    /// Career stages for a role, with the years each source gives them.
    #[command(
        after_help = "Examples:\n  careers path backend\n  careers path backend --source research-com\n  careers path backend --format markdown"
    )]
    Path(PathArgs),

    /// Certifications, with the sources that name each one.
    #[command(
        after_help = "Examples:\n  careers certs\n  careers certs backend\n  careers certs --source wgu --format json"
    )]
    Certs(CertsArgs),

    /// Education programs and routes, with cost, duration and number of courses.
    #[command(
        after_help = "Examples:\n  careers education\n  careers education --source wgu\n  careers education --format csv"
    )]
    Education(EducationArgs),

    /// Where a role pays most: areas ranked by BLS's figures for its occupation.
    #[command(
        after_help = "Examples:\n  careers where backend\n  careers where frontend --type state --sort concentration\n  careers where security --sort employment --top 5 --format csv"
    )]
    Where(WhereArgs),

    /// The industries a role's occupation works in, by BLS's national figures.
    #[command(
        after_help = "Examples:\n  careers industries backend\n  careers industries frontend --sort median --top 5\n  careers industries security --format csv"
    )]
    Industries(IndustriesArgs),

    /// List the areas (nation, states, metro areas) with official wage statistics.
    #[command(after_help = "Examples:\n  careers areas\n  careers areas cincinnati\n  careers areas --format json")]
    Areas(AreasArgs),

    /// List the sources with how many figures of each kind they hold, or show one in full.
    #[command(after_help = "Examples:\n  careers sources\n  careers sources forage\n  careers sources --format json")]
    Sources(SourcesArgs),

    /// List the roles and occupations, their aliases and which sources cover them.
    #[command(after_help = "Examples:\n  careers roles\n  careers roles --format json")]
    Roles(NoArgs),

    /// Print the completion script for a shell; each example below says where it goes.
    #[command(
        after_help = "Examples:\n  careers completions bash > ~/.local/share/bash-completion/completions/careers\n  careers completions zsh > ~/.zfunc/_careers\n  careers completions fish > ~/.config/fish/completions/careers.fish"
    )]
    Completions(CompletionsArgs),

    /// Print the man page (roff), e.g. to install it where `man careers` finds it.
    #[command(
        after_help = "Examples:\n  mkdir -p ~/.cargo/share/man/man1 && careers man > ~/.cargo/share/man/man1/careers.1\n  careers man | man -l -"
    )]
    Man(NoArgs),

    /// Print the JSON Schema that a command's --format json output follows, for scripts.
    #[command(
        after_help = "The schema is JSON Schema draft 2020-12. A script can validate what a command prints against it before relying on a field, and read in it what each field and value means. It is docs/schema/COMMAND.json, built in; docs/json.md describes the contract and its changes.\n\nExamples:\n  careers schema growth\n  careers schema where > where.schema.json"
    )]
    Schema(SchemaArgs),

    /// Validate data files (default: everything that would be loaded) and summarise them.
    #[command(
        after_help = "Examples:\n  careers check\n  careers check my-source.toml\n  careers check ~/.local/share/careers"
    )]
    Check(CheckArgs),
}

#[derive(Debug, Args)]
pub struct WhereArgs {
    /// The role or occupation (careers roles lists them).
    #[arg(value_name = "ROLE", value_parser = Names::RoleOrOccupation, hide_possible_values = true)]
    pub role: String,
    /// Which areas to rank: state, territory, metro or nonmetro.
    #[arg(long = "type", value_name = "TYPE", value_enum, default_value_t = AreaType::Metro, hide_possible_values = true)]
    pub area_type: AreaType,
    /// What to rank by: median, mean, p10, p90, employment, concentration (location quotient) or per-1000.
    #[arg(long, value_name = "BY", value_enum, default_value_t = RankBy::Median, hide_possible_values = true)]
    pub sort: RankBy,
    /// Show only the first N areas.
    #[arg(long, value_name = "N", default_value_t = 15, value_parser = at_least_one)]
    pub top: usize,
}

#[derive(Debug, Args)]
pub struct IndustriesArgs {
    /// The role or occupation (careers roles lists them).
    #[arg(value_name = "ROLE", value_parser = Names::RoleOrOccupation, hide_possible_values = true)]
    pub role: String,
    /// What to rank by: employment or median.
    #[arg(long, value_name = "BY", value_enum, default_value_t = IndustryBy::Employment, hide_possible_values = true)]
    pub sort: IndustryBy,
    /// Show only the first N industries.
    #[arg(long, value_name = "N", default_value_t = 15, value_parser = at_least_one)]
    pub top: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum IndustryBy {
    Employment,
    Median,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AreaType {
    State,
    Territory,
    Metro,
    Nonmetro,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RankBy {
    Median,
    Mean,
    P10,
    P90,
    Employment,
    Concentration,
    #[value(name = "per-1000")]
    Per1000,
}

#[derive(Debug, Args)]
pub struct OfferArgs {
    /// The yearly salary offered, in whole dollars: 150000, 150k, or '$150,000' quoted (unquoted, the shell reads $1 in it).
    #[arg(value_name = "AMOUNT", value_parser = whole_dollars, allow_hyphen_values = true)]
    pub amount: i64,
    /// The role offered (careers roles lists them).
    #[arg(value_name = "ROLE", value_parser = Names::Role, hide_possible_values = true)]
    pub role: String,
    /// A state or metro area, by name or code: BLS's figures there, and the articles' for places matching it.
    #[arg(long, value_name = "NAME", value_parser = area_name, add = clap_complete::ArgValueCompleter::new(crate::candidates::area_candidates))]
    pub area: Option<String>,
    /// Only the articles' figures for these levels: entry, mid, senior, lead, all (repeatable).
    #[arg(long, short = 'l', value_name = "LEVEL", value_parser = Names::Level, hide_possible_values = true)]
    pub level: Vec<String>,
    /// Set the offer against dated figures in dollars of the latest full year of the CPI.
    #[arg(long)]
    pub real: bool,
    /// With --format csv, the table to print (CSV holds one): claims (each article figure's standing), official (BLS's) or summary
    #[arg(long, value_enum, default_value_t = OfferPart::Claims, hide_possible_values = true)]
    pub part: OfferPart,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OfferPart {
    Claims,
    Official,
    Summary,
}

#[derive(Debug, Args)]
pub struct SwitchArgs {
    /// The role you have (careers roles lists them).
    #[arg(value_name = "FROM", value_parser = Names::Role, hide_possible_values = true)]
    pub from: String,
    /// The role you want.
    #[arg(value_name = "TO", value_parser = Names::Role, hide_possible_values = true)]
    pub to: String,
    /// Only pay at these levels: entry, mid, senior, lead, all (repeatable).
    #[arg(long, short = 'l', value_name = "LEVEL", value_parser = Names::Level, hide_possible_values = true)]
    pub level: Vec<String>,
    /// Also the official medians in this state or metro area, by name or code.
    #[arg(long, value_name = "NAME", value_parser = area_name, add = clap_complete::ArgValueCompleter::new(crate::candidates::area_candidates))]
    pub area: Option<String>,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Roles to compare, by id or alias such as back-end or "front end" (careers roles lists them).
    #[arg(value_name = "ROLE", num_args = 1.., required = true, value_parser = Names::Role, hide_possible_values = true)]
    pub roles: Vec<String>,
    #[command(flatten)]
    pub filter: Filter,
    /// Also show each dated figure in dollars of the latest full year of the CPI.
    #[arg(long)]
    pub real: bool,
    /// With --format csv, the part of the comparison to print (CSV holds one table): salary, summary, official, growth or skills
    #[arg(long, value_enum, default_value_t = ComparePart::Salary, hide_possible_values = true)]
    pub part: ComparePart,
}

#[derive(Debug, Args)]
pub struct SalaryArgs {
    /// Roles or occupations to show (default: all; careers roles lists them).
    #[arg(value_name = "ROLE", value_parser = Names::RoleOrOccupation, hide_possible_values = true)]
    pub roles: Vec<String>,
    #[command(flatten)]
    pub filter: Filter,
    /// A state or metro area, by name or code (careers areas lists them): its official statistics, and the articles' figures for places matching NAME.
    #[arg(long, value_name = "NAME", value_parser = area_name, add = clap_complete::ArgValueCompleter::new(crate::candidates::area_candidates))]
    pub area: Option<String>,
    /// Draw every figure as a bar on one shared dollar axis.
    #[arg(long)]
    pub chart: bool,
    /// Also show each figure whose year is stated in dollars of the latest full year of the CPI.
    #[arg(long)]
    pub real: bool,
    /// With --format csv, the table to print (CSV holds one): figures (the articles' and your files'), summary or official
    #[arg(long, value_enum, default_value_t = SalaryPart::Figures, hide_possible_values = true)]
    pub part: SalaryPart,
}

#[derive(Debug, Args)]
pub struct SkillsArgs {
    /// Role to list skills for (careers roles lists them).
    #[arg(value_parser = Names::Role, hide_possible_values = true)]
    pub role: String,
    /// Show only the N most widely named skills.
    #[arg(long, value_name = "N", value_parser = at_least_one)]
    pub top: Option<usize>,
    #[command(flatten)]
    pub source: SourceFilter,
}

#[derive(Debug, Args)]
pub struct GrowthArgs {
    /// Show projections that apply to this role (its own and its broader occupations').
    #[arg(value_parser = Names::RoleOrOccupation, hide_possible_values = true)]
    pub role: Option<String>,
    #[command(flatten)]
    pub source: SourceFilter,
}

#[derive(Debug, Args)]
pub struct PathArgs {
    /// Role whose career path to show (careers roles lists them).
    #[arg(value_parser = Names::Role, hide_possible_values = true)]
    pub role: String,
    #[command(flatten)]
    pub source: SourceFilter,
}

#[derive(Debug, Args)]
pub struct CertsArgs {
    /// Only certifications named for this role.
    #[arg(value_parser = Names::Role, hide_possible_values = true)]
    pub role: Option<String>,
    #[command(flatten)]
    pub source: SourceFilter,
}

#[derive(Debug, Args)]
pub struct EducationArgs {
    #[command(flatten)]
    pub source: SourceFilter,
}

#[derive(Debug, Args)]
pub struct AreasArgs {
    /// Only areas whose name contains QUERY (case-insensitive).
    pub query: Option<String>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    pub shell: Shell,
}

#[derive(Debug, Args)]
pub struct SourcesArgs {
    /// A source to show in full: what it covers, its caveats and its counts (id or publisher).
    #[arg(value_name = "SOURCE", value_parser = Names::Source, hide_possible_values = true)]
    pub source: Option<String>,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// The command whose --format json output the schema describes.
    #[arg(value_name = "COMMAND", value_enum)]
    pub command: SchemaCommand,
}

/// The commands with a published schema. A command joins the list with its
/// file in docs/schema/, so the binary cannot offer a schema it lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaCommand {
    Growth,
    Skills,
    Path,
    Certs,
    Education,
    Areas,
    Sources,
    Roles,
    Check,
    Where,
    Industries,
    Salary,
    Compare,
    Switch,
    Offer,
}

/// Commands that take no arguments of their own.
#[derive(Debug, Args)]
pub struct NoArgs {}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or directories to check instead of the loaded data.
    #[arg(value_name = "PATH", value_hint = clap::ValueHint::AnyPath)]
    pub paths: Vec<PathBuf>,
}

// Narrowing shared by the comparison commands (a plain comment: a doc
// comment here would become the about text of every command flattening it).
#[derive(Debug, Args, Default)]
pub struct Filter {
    /// Only these levels: entry, mid, senior, lead, all (repeatable).
    #[arg(long, short = 'l', value_name = "LEVEL", value_parser = Names::Level, hide_possible_values = true)]
    pub level: Vec<String>,
    #[command(flatten)]
    pub source: SourceFilter,
}

// `--source`, for every command that narrows by source (a plain comment, as
// for `Filter`).
#[derive(Debug, Args, Default)]
pub struct SourceFilter {
    /// Only these sources, by id or publisher (repeatable; careers sources lists them).
    #[arg(long = "source", short = 's', value_name = "SOURCE", value_parser = Names::Source, hide_possible_values = true)]
    pub ids: Vec<String>,
}

/// A yearly amount in whole dollars: `150000`, `150k`, `150K`, `$150,000`
/// or `$150k`. Commas must group digits by three, as a thousands separator
/// does: `1,5,0`, `150,00` and `00,150` are typos, not $150 and $15,000.
fn whole_dollars(value: &str) -> Result<i64, String> {
    const CEILING: i64 = 100_000_000;
    // Below this, an amount is a typo or a shell's work ("$150,000" unquoted
    // reaches us as "50,000" in bash, "120" for 120k), not a yearly salary.
    const FLOOR: i64 = 1_000;
    let plain = value.trim().strip_prefix('$').unwrap_or(value.trim());
    let (digits, thousands) = match plain.strip_suffix(['k', 'K']) {
        Some(rest) => (rest, true),
        None => (plain, false),
    };
    let groups: Vec<&str> = digits.split(',').collect();
    // A leading group of `0` or `00` is no thousands separator's: `00,150`
    // is a typo, not $150.
    let by_three =
        !thousands && groups[0].len() <= 3 && !groups[0].starts_with('0') && groups[1..].iter().all(|g| g.len() == 3);
    let well_formed = groups.iter().all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
        && (groups.len() == 1 || by_three);
    if !well_formed {
        return Err(
            "it must be whole dollars a year, such as 150000, 150k or '$150,000' (quoted: the shell reads $1 in it)"
                .into(),
        );
    }
    // Digits only by now: a number too long for i64 is over the ceiling.
    let amount = digits.replace(',', "").parse::<i64>().ok();
    match amount.and_then(|n| if thousands { n.checked_mul(1000) } else { Some(n) }) {
        Some(n) if n < FLOOR => Err(format!(
            "{} is not a yearly salary: give whole dollars a year, such as 150000 or 150k; a leading $ must be quoted ('$150,000'), or the shell reads $1",
            crate::display::usd(n)
        )),
        Some(n) if n <= CEILING => Ok(n),
        _ => Err(format!("it must be at most {} a year", crate::display::usd(CEILING))),
    }
}

/// An area's name or code: an empty one would match every area.
fn area_name(value: &str) -> Result<String, String> {
    if value.trim().is_empty() {
        return Err("it must name an area, such as Austin, or give its code (careers areas lists them)".into());
    }
    Ok(value.to_string())
}

/// A count of one or more: `--top 0` would list nothing.
fn at_least_one(value: &str) -> Result<usize, String> {
    match value.parse::<usize>() {
        Ok(0) => Err("it must be at least 1".into()),
        Ok(n) => Ok(n),
        Err(_) => Err("it must be a whole number, such as 10".into()),
    }
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
