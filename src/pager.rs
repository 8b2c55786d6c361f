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
/// `height` lines, else directly. The text is held until the pager is done,
/// so a pager that cannot start costs one warning line, not the output;
/// one the reader quits early is not an error.
pub fn show(text: &[u8], pager: &str, height: usize) -> io::Result<()> {
    let lines = text.iter().filter(|&&b| b == b'\n').count();
    if lines < height {
        return io::stdout().write_all(text);
    }
    let why = match page(text, pager) {
        Ok(None) => return Ok(()),
        Ok(Some(why)) => why,
        Err(e) => e.to_string(),
    };
    let warning = format!(
        "warning: the pager '{}' could not start ({why}), so the output follows directly; \
         set CAREERS_PAGER or use --no-pager",
        crate::text::quoted(pager.trim())
    );
    let _ = writeln!(io::stderr(), "{warning}");
    io::stdout().write_all(text)
}

/// Runs the pager on `text`: `Some(reason)` when it could not start.
fn page(text: &[u8], pager: &str) -> io::Result<Option<String>> {
    let mut sh = Command::new("sh");
    sh.arg("-c").arg(script(pager)).stdin(Stdio::piped());
    // As git does: less and lv show our bold headers instead of raw escape
    // codes, and less quits by itself when the text fits after all.
    for (name, value) in [("LESS", "FRX"), ("LV", "-c")] {
        if std::env::var_os(name).is_none() {
            sh.env(name, value);
        }
    }
    let mut child = match sh.spawn() {
        Ok(child) => child,
        Err(e) => return Ok(Some(format!("cannot run sh: {e}"))),
    };
    let written = child.stdin.take().map_or(Ok(()), |mut stdin| stdin.write_all(text));
    // 127 and 126 are how a shell says a command is missing or not
    // executable; the pager never read the text.
    match child.wait()?.code() {
        Some(127) => return Ok(Some("not found".into())),
        Some(126) => return Ok(Some("not executable".into())),
        _ => {}
    }
    match written {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e),
        _ => Ok(None),
    }
}

/// The shell script that runs `pager`. When the command is a plain word
/// (`less -R`, `/usr/bin/most`), it is looked for first, quietly: a shell
/// reporting it missing would print its own "sh: 1: …: not found" beside
/// our warning. Anything else (quotes, variables, assignments) is left to
/// the shell to report.
fn script(pager: &str) -> String {
    let word = pager.split_ascii_whitespace().next().unwrap_or_default();
    let plain = !word.is_empty()
        && !word.starts_with('-')
        && word.chars().all(|c| c.is_ascii_alphanumeric() || "_-./+,:@".contains(c));
    match (plain, word.contains('/')) {
        (false, _) => pager.to_string(),
        (true, false) => format!("command -v {word} >/dev/null 2>&1 || exit 127\n{pager}"),
        (true, true) => format!("[ -e {word} ] || exit 127\n[ -f {word} ] && [ -x {word} ] || exit 126\n{pager}"),
    }
}
