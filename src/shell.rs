//! Completion scripts and the man page, generated from the command
//! definition so they cannot drift from it.

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
