//! Completion scripts and the man page, generated from the command
//! definition so they cannot drift from it, and the built-in names they offer.

use crate::cli::Cli;
use clap::CommandFactory;
use clap_complete::Shell;

pub fn completion_script(shell: Shell) -> Vec<u8> {
    let mut cmd = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "careers", &mut script);
    if shell == Shell::Fish {
        fish_positionals(&cmd, &mut script);
    }
    script
}

/// clap_complete's fish generator completes only options; add the values of
/// positional arguments (the roles) so `careers compare <Tab>` offers them.
fn fish_positionals(cmd: &clap::Command, script: &mut Vec<u8>) {
    let mut lines = String::new();
    for sub in cmd.get_subcommands() {
        for arg in sub.get_positionals() {
            let Some(values) = arg.get_value_parser().possible_values() else { continue };
            let words: Vec<String> = values.filter(|v| !v.is_hide_set()).map(|v| v.get_name().to_string()).collect();
            if words.is_empty() {
                continue;
            }
            lines.push_str(&format!(
                "complete -c careers -n \"__fish_careers_using_subcommand {}\" -f -a \"{}\"\n",
                sub.get_name(),
                words.join(" ")
            ));
        }
    }
    script.extend_from_slice(lines.as_bytes());
}

/// One man page for the whole program: every command with its options (no
/// separate pages to refer to), then exit status, environment and files.
pub fn man_page(out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let cmd = Cli::command();
    let man = clap_mangen::Man::new(cmd.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    writeln!(out, ".SH COMMANDS")?;
    for sub in cmd.get_subcommands() {
        let about = sub.get_about().map(ToString::to_string).unwrap_or_default();
        writeln!(out, ".SS careers {}\n{about}", sub.get_name())?;
        // The command's own options, under its heading rather than a section of their own.
        let mut options = Vec::new();
        clap_mangen::Man::new(sub.clone()).render_options_section(&mut options)?;
        let options = String::from_utf8_lossy(&options);
        let options = options.split_once(".SH OPTIONS\n").map_or(&*options, |(_, rest)| rest);
        out.write_all(options.as_bytes())?;
    }
    out.write_all(MAN_SECTIONS.as_bytes())?;
    man.render_version_section(out)
}

/// What the generated sections cannot say.
const MAN_SECTIONS: &str = r#".SH EXIT STATUS
.TP
0
Success, also when the reader of a pipe goes away (careers salary | head).
.TP
1
Bad data (each problem printed as file:line:column) or a failed read or write.
.TP
2
A usage mistake: an unknown command, option, role, level, source or area.
.SH ENVIRONMENT
.TP
CAREERS_DATA_DIR
A directory whose *.toml data files are read after the user data directory.
.TP
XDG_DATA_HOME
Where the user data directory is: $XDG_DATA_HOME/careers (default ~/.local/share/careers).
.TP
COLUMNS
The width tables are laid out for, clamped to 40\(en500; without it, the terminal's width, and
none when output is piped.
.TP
CAREERS_PAGER, PAGER
The pager for output taller than the terminal, in that order (default less \-FRX); empty or cat
turns paging off.
.TP
NO_COLOR, TERM
No colour when NO_COLOR is set and not empty, or TERM is dumb (with \-\-color auto).
.SH FILES
.TP
~/.local/share/careers/*.toml
Your own data files (sources, figures, roles), read on top of the built-in data; careers check
validates them.
.SH EXAMPLES
.nf
careers compare backend frontend
careers salary \-\-level senior
careers salary backend \-\-area "San Francisco"
careers skills backend \-\-top 10
careers check ~/.local/share/careers
.fi
"#;

/// Accepts any name (resolution happens against the loaded data, user files
/// included) but tells help and completion scripts the built-in ids, so
/// `careers compare b<Tab>` completes to `backend`. Only ids are offered:
/// aliases would turn most completions into a choice between spellings.
#[derive(Debug, Clone, Copy)]
pub enum Names {
    Role,
    Level,
    Source,
}

impl clap::builder::TypedValueParser for Names {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        value
            .to_str()
            .map(str::to_owned)
            .ok_or_else(|| clap::Error::new(clap::error::ErrorKind::InvalidUtf8).with_cmd(cmd))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        let data = crate::load::built_in(&[]);
        let ids: Vec<String> = match self {
            Names::Role => data.roles.into_iter().map(|r| r.id).collect(),
            Names::Level => data.levels.into_iter().map(|l| l.id).collect(),
            Names::Source => data.sources.into_iter().map(|s| s.id).collect(),
        };
        Some(Box::new(ids.into_iter().map(clap::builder::PossibleValue::new)))
    }
}
