mod candidates;
mod cli;
mod commands;
mod complete;
mod data;
mod display;
mod error;
mod load;
mod pager;
mod query;
mod render;
mod shell;
mod text;

use clap::Parser;
use error::Error;
use std::process::ExitCode;

fn main() -> ExitCode {
    shell::complete_if_asked();
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(mut e) if e.use_stderr() => {
            // clap quotes what was typed; it may be 100 KB long, or hold
            // characters that must not reach the terminal raw.
            shorten_quotes(&mut e);
            let message = e.render().to_string();
            say(message.lines().map(text::escape_controls).collect::<Vec<_>>().join("\n").trim_end());
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
        Err(e) => {
            // Help and version go to stdout: a closed pipe there is not an
            // error, but a full disk is.
            return match e.print() {
                Err(io) if io.kind() != std::io::ErrorKind::BrokenPipe => report(&Error::Io(io)),
                _ => ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2)),
            };
        }
    };
    let Some(command) = &cli.command else {
        say(
            "Usage: careers [OPTIONS] <COMMAND>\n\nTry `careers compare backend frontend`; `careers --help` lists every command.",
        );
        return ExitCode::from(2);
    };
    match commands::run(&cli.options, command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => report(&e),
    }
}

/// Cuts each value clap's error quotes to what our own errors quote, with
/// how much was left out.
fn shorten_quotes(e: &mut clap::Error) {
    use clap::error::ContextValue;
    let cut = |s: &str| s.chars().nth(text::QUOTE_MAX).map(|_| text::quoted(s).into_owned());
    let cut_all = |v: &[String]| -> Option<Vec<String>> {
        v.iter().any(|s| cut(s).is_some()).then(|| v.iter().map(|s| cut(s).unwrap_or_else(|| s.clone())).collect())
    };
    let long: Vec<_> = e
        .context()
        .filter_map(|(kind, value)| {
            let short = match value {
                ContextValue::String(s) => ContextValue::String(cut(s)?),
                ContextValue::Strings(v) => ContextValue::Strings(cut_all(v)?),
                ContextValue::StyledStr(s) => ContextValue::StyledStr(cut(&s.to_string())?.into()),
                ContextValue::StyledStrs(v) => {
                    let plain: Vec<String> = v.iter().map(ToString::to_string).collect();
                    ContextValue::StyledStrs(cut_all(&plain)?.into_iter().map(Into::into).collect())
                }
                _ => return None,
            };
            Some((kind, short))
        })
        .collect();
    for (kind, value) in long {
        e.insert(kind, value);
    }
}

/// Prints the error as one line per problem and picks the exit status:
/// 2 for usage mistakes, 1 for bad data or failed I/O, 0 for a closed pipe.
fn report(e: &Error) -> ExitCode {
    match e {
        Error::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Error::Data(problems) => {
            for p in problems {
                say(&format!("error: {p}"));
            }
            ExitCode::from(1)
        }
        Error::Usage(message) => {
            // A message may list candidates, one per line; each line is escaped.
            let lines: Vec<_> = message.lines().map(text::escape_controls).collect();
            say(&format!("error: {}", lines.join("\n")));
            ExitCode::from(2)
        }
        Error::Io(io) => {
            say(&format!("error: {}", text::escape_controls(&io.to_string())));
            ExitCode::from(1)
        }
    }
}

/// Writes a line to stderr where it can take one: unlike eprintln!, a
/// closed or full stderr is no reason to abort.
fn say(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{line}");
}
