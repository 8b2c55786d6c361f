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

pub fn man_page(out: &mut dyn std::io::Write) -> std::io::Result<()> {
    clap_mangen::Man::new(Cli::command()).render(out)
}

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
