//! Completion scripts and the man page, generated from the command
//! definition so they cannot drift from it.

use crate::cli::Cli;
use clap::CommandFactory;
use clap_complete::Shell;

/// The script that registers completion for `shell`. It asks `careers`
/// itself for every completion (clap_complete's dynamic completion), so
/// roles, sources and area names come from the data and are never stale.
pub fn completion_script(shell: Shell) -> std::io::Result<Vec<u8>> {
    let mut script = Vec::new();
    let completer = crate::complete::SHELLS.completer(&shell.to_string()).ok_or(std::io::ErrorKind::Unsupported)?;
    completer.write_registration(COMPLETE_VAR, "careers", "careers", "careers", &mut script)?;
    if shell == Shell::Zsh {
        // Autoloaded from $fpath as _careers, the file's first run only
        // registers the completer; complete this first Tab as well.
        script.extend_from_slice(
            b"if [[ \"$funcstack[1]\" = \"_careers\" ]]; then _clap_dynamic_completer_careers \"$@\"; fi\n",
        );
    }
    Ok(script)
}

/// The variable under which a shell asks `careers` for completions: named
/// for `careers` so that nobody sets it by accident (clap_complete's default,
/// `COMPLETE`, is set for other programs and would turn every run of
/// `careers` into printing a completion script).
pub const COMPLETE_VAR: &str = "CAREERS_COMPLETE";

/// Answers a shell's request for completions, when this run is one, and
/// exits; otherwise returns at once.
pub fn complete_if_asked() {
    clap_complete::CompleteEnv::with_factory(Cli::command).var(COMPLETE_VAR).shells(crate::complete::SHELLS).complete();
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
turns paging off. Like git's, the value is a command line run by sh \-c, so it may hold options and
pipes, and is trusted as such. LESS=FRX and LV=\-c are set for it when unset. A pager that cannot
start (the shell's status 127 or 126) costs one warning line, and the output is printed directly.
.TP
CAREERS_COMPLETE
Set by the completion scripts (careers completions SHELL) when the shell asks careers for
completions; not for setting by hand. COMPLETE, which other programs use, is ignored.
.TP
NO_COLOR, TERM
No colour when NO_COLOR is set and not empty, or TERM is unset, empty or dumb (with \-\-color
auto); no pager either when TERM is unset, empty or dumb.
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
