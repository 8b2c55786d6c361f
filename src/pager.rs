//! Long output on a terminal goes through a pager, as git and gh do:
//! `CAREERS_PAGER`, else `PAGER`, else `less -FRX`. Like git, the variables
//! are trusted: they name a command the user chose, run by the shell.

use std::io::{self, Write};
use std::process::{Command, Stdio};

/// The pager command to run, or `None` when the user turned paging off
/// with an empty variable or `cat`.
pub fn command() -> Option<String> {
    let chosen = ["CAREERS_PAGER", "PAGER"].iter().find_map(|v| std::env::var(v).ok());
    match chosen {
        Some(c) if c.trim().is_empty() || c.trim() == "cat" => None,
        Some(c) => Some(c),
        None => Some("less -FRX".into()),
    }
}

/// Shows `text` on the terminal: through `pager` when it is taller than
/// `height` lines, else directly. A pager that cannot start leaves the text
/// to be printed directly; one the reader quits early is not an error.
pub fn show(text: &[u8], pager: &str, height: usize) -> io::Result<()> {
    let lines = text.iter().filter(|&&b| b == b'\n').count();
    if lines < height {
        return io::stdout().write_all(text);
    }
    let Ok(mut child) = Command::new("sh").arg("-c").arg(pager).stdin(Stdio::piped()).spawn() else {
        return io::stdout().write_all(text);
    };
    let written = child.stdin.take().map_or(Ok(()), |mut stdin| stdin.write_all(text));
    child.wait()?;
    match written {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e),
        _ => Ok(()),
    }
}
