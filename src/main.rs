mod cli;
mod commands;
mod data;
mod figures;
mod load;
mod official;
mod par;
mod render;
mod resolve;
mod shell;

use clap::{CommandFactory, FromArgMatches};
use std::process::ExitCode;

/// `Cli::try_parse`, but the command tree clap builds to parse with is left
/// to the process's end: freeing its few hundred allocations was a quarter
/// of the instructions parsing took.
fn parse() -> Result<cli::Cli, clap::Error> {
    let mut command = cli::Cli::command();
    let parsed = command
        .try_get_matches_from_mut(std::env::args_os())
        .and_then(|mut matches| cli::Cli::from_arg_matches_mut(&mut matches).map_err(|e| e.format(&mut command)));
    std::mem::forget(command);
    parsed
}

fn main() -> ExitCode {
    let cli = match parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to stdout; a closed pipe there is not an error.
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    match commands::run(&cli) {
        Ok(code) => code,
        Err(e) => report(&e),
    }
}

/// Prints the error as one line per problem and picks the exit status:
/// 2 for usage mistakes, 1 for bad data or failed I/O, 0 for a closed pipe.
fn report(e: &anyhow::Error) -> ExitCode {
    let broken_pipe = e.chain().any(|cause| {
        cause.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    });
    if broken_pipe {
        return ExitCode::SUCCESS;
    }
    if let Some(data) = e.downcast_ref::<load::DataErrors>() {
        for d in &data.0 {
            eprintln!("error: {d}");
        }
        return ExitCode::from(1);
    }
    let message = data::model::escape_controls(&format!("{e:#}")).into_owned();
    eprintln!("error: {message}");
    if e.downcast_ref::<resolve::UsageError>().is_some() { ExitCode::from(2) } else { ExitCode::from(1) }
}
