//! Completion that never runs anything: each shell's words are read back the
//! way that shell reads them (quotes and escapes undone, nothing expanded),
//! and each candidate goes back written so that the shell, inserting it where
//! the cursor is, reads exactly the value: a file named `$(touch PWNED).toml`
//! completes to an argument naming that file, never to a command.
//!
//! clap_complete's own adapters pass the words as typed (`"San J` reaches the
//! completer with its quote) and insert candidates as they are, which bash
//! then runs; they are kept for what they do well (registration, option
//! handling) and wrapped here, through the crate's `EnvCompleter` seam.

use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Shells, Zsh};
use std::ffi::OsString;
use std::io::Write;

/// Every shell `careers` completes for, with its candidates made safe where
/// the shell is tested for it (bash, zsh, fish).
pub const SHELLS: Shells<'static> = Shells(&[
    &Safe(&Bash, Kind::Bash),
    &Safe(&Elvish, Kind::Other),
    &Safe(&Fish, Kind::Fish),
    &Safe(&Powershell, Kind::Other),
    &Safe(&Zsh, Kind::Zsh),
]);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Bash,
    Zsh,
    Fish,
    /// Left to clap_complete as it is: not tested here against a real shell.
    Other,
}

/// The quote still open where the completed text is inserted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Open {
    None,
    Single,
    Double,
    /// bash's and zsh's `$'...'`, where backslash escapes are read.
    Dollar,
}

/// `value` written so that `shell`, inserting it where `open` is open, reads
/// back exactly `value` and runs or expands nothing in it; no character that
/// could restyle or reorder the terminal is written raw.
///
/// Bash inserts a candidate as it is, so it is quoted here. zsh's `compadd`
/// (as clap_complete calls it, without `-Q`) and fish quote each match for the
/// context it goes into, an opened quote included, so for them the value is
/// returned as it is: quoting it here too would quote it twice. But fish,
/// inside an opened quote, inserts a control character raw and its line
/// editor then writes it raw to the terminal: there, such a value is not
/// offered (`None`); without the quote fish writes it as an escape. A tab
/// would end a fish candidate early, so none is offered with one.
pub fn quote(shell: Kind, open: Open, value: &[u8]) -> Option<Vec<u8>> {
    // fish reads a tab as the start of the description: the value would be
    // cut there.
    if shell == Kind::Fish && value.contains(&b'\t') {
        return None;
    }
    if shell == Kind::Fish && open != Open::None {
        let text = String::from_utf8_lossy(value);
        if crate::text::unsafe_chars(&text).any(|(_, c)| c != '\n') {
            return None;
        }
    }
    if shell != Kind::Bash {
        return Some(value.to_vec());
    }
    let mut out = String::new();
    for chunk in value.utf8_chunks() {
        // Whether a character is safe may depend on its neighbours (a
        // joiner inside a word), so the chunk is judged whole.
        let refused: std::collections::HashSet<usize> =
            crate::text::unsafe_chars(chunk.valid()).map(|(at, _)| at).collect();
        for (at, c) in chunk.valid().char_indices() {
            bash_char(&mut out, open, c, refused.contains(&at));
        }
        for &byte in chunk.invalid() {
            let escape = format!("\\x{byte:02x}");
            ansi_c(&mut out, open, &escape);
        }
    }
    Some(out.into_bytes())
}

/// A value no shell reads as more than one plain word: letters, digits and
/// `- _ . / : + = % ~`, and nothing refused as text.
fn plain(value: &str) -> bool {
    value.chars().all(|c| c.is_alphanumeric() || "-_./:+=%~".contains(c))
        && crate::text::unsafe_chars(value).next().is_none()
}

/// One character of a bash candidate, for where it goes; `refused` when it
/// may not reach the terminal raw.
fn bash_char(out: &mut String, open: Open, c: char, refused: bool) {
    // `!` is history expansion, live even inside double quotes.
    if refused || (c == '!' && open != Open::Single && open != Open::None) {
        let mut escape = String::new();
        match c {
            '\n' => escape.push_str("\\n"),
            '\t' => escape.push_str("\\t"),
            c => {
                let mut bytes = [0; 4];
                for b in c.encode_utf8(&mut bytes).bytes() {
                    escape.push_str(&format!("\\x{b:02x}"));
                }
            }
        }
        return ansi_c(out, open, &escape);
    }
    match open {
        Open::None => {
            let plain = c.is_ascii_alphanumeric() || "_./,:+-=@%".contains(c) || !c.is_ascii();
            if !plain {
                out.push('\\');
            }
            out.push(c);
        }
        Open::Single if c == '\'' => out.push_str("'\\''"),
        Open::Double if "\"\\$`".contains(c) => {
            out.push('\\');
            out.push(c);
        }
        Open::Dollar if c == '\\' || c == '\'' => {
            out.push('\\');
            out.push(c);
        }
        _ => out.push(c),
    }
}

/// An ANSI-C escape such as `\n`, written where `open` is open: inside
/// `$'...'` as it is, elsewhere in a `$'...'` of its own (closing and
/// reopening the open quote around it).
fn ansi_c(out: &mut String, open: Open, escape: &str) {
    let (close, reopen) = match open {
        Open::None => ("", ""),
        Open::Single => ("'", "'"),
        Open::Double => ("\"", "\""),
        Open::Dollar => return out.push_str(escape),
    };
    out.push_str(&format!("{close}$'{escape}'{reopen}"));
}

/// The rules a shell undoes quoting by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Syntax {
    /// bash and zsh.
    Posix,
    Fish,
}

/// The words of `line` (a command line up to the cursor), each with its
/// quoting undone, and the last word as typed. Nothing is expanded.
fn split(line: &str, syntax: Syntax) -> (Vec<String>, String) {
    let mut words = Vec::new();
    let mut start = None;
    let mut open = Open::None;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if open == Open::None && c.is_whitespace() {
            if let Some(s) = start.take() {
                words.push(dequote(&line[s..i], syntax).0);
            }
            continue;
        }
        start.get_or_insert(i);
        // Only where quotes open and close matters here; `dequote` reads the word.
        match (open, c) {
            (Open::None, '\\') | (Open::Double | Open::Dollar, '\\') => {
                chars.next();
            }
            (Open::Single, '\\') if syntax == Syntax::Fish => {
                chars.next_if(|&(_, n)| n == '\'' || n == '\\');
            }
            (Open::None, '$') if syntax == Syntax::Posix && chars.peek().is_some_and(|&(_, n)| n == '\'') => {
                chars.next();
                open = Open::Dollar;
            }
            (Open::None, '\'') => open = Open::Single,
            (Open::None, '"') => open = Open::Double,
            (Open::Single | Open::Dollar, '\'') | (Open::Double, '"') => open = Open::None,
            _ => {}
        }
    }
    let last = start.map_or("", |s| &line[s..]).to_string();
    words.push(dequote(&last, syntax).0);
    (words, last)
}

/// A word as typed, with its quoting undone as `syntax` undoes it, and the
/// quote still open at its end. Nothing is expanded: `$(touch x)` stays text.
fn dequote(raw: &str, syntax: Syntax) -> (String, Open) {
    let mut out = String::new();
    let mut open = Open::None;
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match (open, c) {
            (Open::None, '\\') => match chars.next() {
                Some('\n') | None => {}
                Some(e) if syntax == Syntax::Fish => out.push_str(&escape(e, &mut chars)),
                Some(e) => out.push(e),
            },
            (Open::None, '\'') => open = Open::Single,
            (Open::None, '"') => open = Open::Double,
            (Open::None, '$') if syntax == Syntax::Posix && chars.peek() == Some(&'\'') => {
                chars.next();
                open = Open::Dollar;
            }
            (Open::Single | Open::Dollar, '\'') | (Open::Double, '"') => open = Open::None,
            (Open::Single, '\\') if syntax == Syntax::Fish && matches!(chars.peek(), Some('\'' | '\\')) => {
                out.extend(chars.next());
            }
            (Open::Double, '\\') => match chars.peek() {
                Some('\n') => {
                    chars.next();
                }
                Some('"' | '\\' | '$') => out.extend(chars.next()),
                Some('`') if syntax == Syntax::Posix => out.extend(chars.next()),
                _ => out.push('\\'),
            },
            (Open::Dollar, '\\') => {
                if let Some(e) = chars.next() {
                    out.push_str(&escape(e, &mut chars));
                }
            }
            _ => out.push(c),
        }
    }
    (out, open)
}

/// What a backslash escape stands for: fish's unquoted escapes and bash's
/// `$'...'` ones share the common forms (`\n`, `\t`, `\e`, `\xHH`, `\uHHHH`,
/// `\UHHHHHHHH`); any other escaped character stands for itself.
fn escape(e: char, rest: &mut std::iter::Peekable<std::str::Chars<'_>>) -> String {
    let mut hex = |n: usize| {
        let mut digits = String::new();
        while digits.len() < n {
            match rest.next_if(char::is_ascii_hexdigit) {
                Some(d) => digits.push(d),
                None => break,
            }
        }
        u32::from_str_radix(&digits, 16).ok()
    };
    let code = match e {
        'n' => Some(0x0a),
        't' => Some(0x09),
        'r' => Some(0x0d),
        'a' => Some(0x07),
        'b' => Some(0x08),
        'e' | 'E' => Some(0x1b),
        'f' => Some(0x0c),
        'v' => Some(0x0b),
        'x' | 'X' => hex(2),
        'u' => hex(4),
        'U' => hex(8),
        _ => return e.to_string(),
    };
    // A byte escape above 0x7f is one byte of a UTF-8 sequence; lossy is the
    // best a `String` can do, and completion only uses it to match.
    code.and_then(char::from_u32).map_or_else(String::new, String::from)
}

/// A clap_complete adapter whose candidates are read and written safely.
struct Safe(&'static dyn EnvCompleter, Kind);

impl EnvCompleter for Safe {
    fn name(&self) -> &'static str {
        self.0.name()
    }

    fn is(&self, name: &str) -> bool {
        self.0.is(name)
    }

    fn write_registration(
        &self,
        var: &str,
        name: &str,
        bin: &str,
        completer: &str,
        buf: &mut dyn Write,
    ) -> std::io::Result<()> {
        let mut script = Vec::new();
        self.0.write_registration(var, name, bin, completer, &mut script)?;
        let script = String::from_utf8(script).map_err(std::io::Error::other)?;
        let script = match self.1 {
            Kind::Bash => bash_registration(&script, name)?,
            // NUL between candidates, since a file name may hold a newline.
            Kind::Zsh => patch(&script, r#""${(@f)$( \"#, r#""${(@0)$( \"#)?,
            Kind::Fish => {
                patch(&script, "(commandline --current-token))", "(commandline --current-token) | string split0)")?
            }
            Kind::Other => script,
        };
        buf.write_all(script.as_bytes())
    }

    fn write_complete(
        &self,
        cmd: &mut clap::Command,
        args: Vec<OsString>,
        current_dir: Option<&std::path::Path>,
        buf: &mut dyn Write,
    ) -> std::io::Result<()> {
        let lossy = |a: &OsString| a.to_string_lossy().into_owned();
        match self.1 {
            Kind::Other => {
                // PowerShell and elvish are not tested here against a real
                // shell, and insert candidates as they are: one holding
                // anything either may read as code or as a second word
                // (`$(…)`, a quote, a space, a comma, a tab) is not offered.
                // Otherwise written as clap_complete writes them.
                let elvish = self.0.name() == "elvish";
                let index = if elvish {
                    std::env::var("_CLAP_COMPLETE_INDEX").ok().and_then(|i| i.parse().ok()).unwrap_or_default()
                } else {
                    args.len().saturating_sub(1)
                };
                let ifs = std::env::var("_CLAP_IFS").unwrap_or_else(|_| "\n".into());
                let candidates = clap_complete::engine::complete(cmd, args, index, current_dir)?;
                let plain_ones = candidates.iter().filter(|c| c.get_value().to_str().is_some_and(plain));
                for (i, candidate) in plain_ones.enumerate() {
                    let value = candidate.get_value().to_string_lossy();
                    if elvish {
                        write!(buf, "{}{value}", if i == 0 { "" } else { &ifs })?;
                        continue;
                    }
                    let help = candidate.get_help().map(|h| h.to_string());
                    let help = help.as_deref().and_then(|h| h.lines().next()).map(crate::text::escape_controls);
                    match help {
                        Some(help) => writeln!(buf, "{value}\t{help}")?,
                        None => writeln!(buf, "{value}")?,
                    }
                }
                Ok(())
            }
            Kind::Bash => {
                // bash's COMP_WORDS are split at `=` and `:` and keep their
                // quotes, so the line is read here, as bash reads it.
                let line = std::env::var_os("_CAREERS_COMPLETE_LINE").map(|l| l.to_string_lossy().into_owned());
                let line = line.unwrap_or_else(|| args.iter().map(lossy).collect::<Vec<_>>().join(" "));
                let (words, last) = split(&line, Syntax::Posix);
                // What readline replaces is the text after an opened quote or
                // a word break (`--area=`); the rest of the word stays.
                let replaced = std::env::var("_CAREERS_COMPLETE_WORD").unwrap_or_else(|_| last.clone());
                let kept = last.strip_suffix(replaced.as_str()).unwrap_or("");
                let (kept, open) = dequote(kept, Syntax::Posix);
                let tilde = open == Open::None && kept.is_empty() && last.starts_with('~');
                let index = words.len() - 1;
                let words = words.into_iter().map(OsString::from).collect();
                let ifs = std::env::var("_CLAP_IFS").unwrap_or_else(|_| "\n".into());
                let mut first = true;
                for candidate in clap_complete::engine::complete(cmd, words, index, current_dir)? {
                    let Some(rest) = candidate.get_value().as_encoded_bytes().strip_prefix(kept.as_bytes()) else {
                        continue;
                    };
                    let Some(mut quoted) = quote(Kind::Bash, open, rest) else { continue };
                    // A `~/` the user typed unquoted stays a home directory.
                    if tilde && quoted.starts_with(b"\\~/") {
                        quoted.remove(0);
                    }
                    if !std::mem::take(&mut first) {
                        buf.write_all(ifs.as_bytes())?;
                    }
                    buf.write_all(&quoted)?;
                }
                Ok(())
            }
            Kind::Zsh | Kind::Fish => {
                let (syntax, index) = if self.1 == Kind::Zsh {
                    let index = std::env::var("_CLAP_COMPLETE_INDEX").ok().and_then(|i| i.parse().ok());
                    (Syntax::Posix, index.unwrap_or_default())
                } else {
                    (Syntax::Fish, args.len().saturating_sub(1))
                };
                // zsh passes every word as typed; fish the words before the
                // cursor unquoted already and the current one as typed.
                let mut words: Vec<String> = args.iter().map(lossy).collect();
                let mut open = Open::None;
                for (i, word) in words.iter_mut().enumerate() {
                    if self.1 == Kind::Zsh || i == index {
                        let (value, quote) = dequote(word, syntax);
                        *word = value;
                        if i == index {
                            open = quote;
                        }
                    }
                }
                if words.len() == index {
                    words.push(String::new());
                }
                let words = words.into_iter().map(OsString::from).collect();
                let candidates = clap_complete::engine::complete(cmd, words, index, current_dir)?;
                let mut first = true;
                for candidate in &candidates {
                    let Some(value) = quote(self.1, open, candidate.get_value().as_encoded_bytes()) else { continue };
                    if !std::mem::take(&mut first) {
                        buf.write_all(b"\0")?;
                    }
                    let help = candidate.get_help().map(|h| h.to_string());
                    let help = help.as_deref().and_then(|h| h.lines().next()).map(crate::text::escape_controls);
                    if self.1 == Kind::Zsh {
                        // _describe reads `value:description`.
                        let describe = |s: &[u8]| {
                            s.iter().fold(Vec::new(), |mut v, &b| {
                                if b == b'\\' || b == b':' {
                                    v.push(b'\\');
                                }
                                v.push(b);
                                v
                            })
                        };
                        buf.write_all(&describe(&value))?;
                        if let Some(help) = help {
                            write!(buf, ":{}", help.replace('\\', "\\\\"))?;
                        }
                    } else {
                        buf.write_all(&value)?;
                        if let Some(help) = help {
                            write!(buf, "\t{help}")?;
                        }
                    }
                }
                Ok(())
            }
        }
    }
}

/// clap_complete's bash script, called through a function that hands
/// `careers` the line as typed and the text readline will replace, with
/// globbing off: the script fills COMPREPLY from an unquoted `$(...)`, which
/// would expand a candidate such as `a*.toml` into other files' names.
fn bash_registration(script: &str, name: &str) -> std::io::Result<String> {
    let name = name.replace('-', "_");
    let clap = format!("-F _clap_complete_{name} ");
    let ours = format!("-F _careers_complete_{name} ");
    if script.matches(&clap).count() != 2 {
        return Err(std::io::Error::other("clap_complete's bash script changed: check src/complete.rs"));
    }
    let wrapper = format!(
        r#"
_careers_complete_{name}() {{
    local -x _CAREERS_COMPLETE_LINE="${{COMP_LINE:0:COMP_POINT}}" _CAREERS_COMPLETE_WORD="$2"
    local glob=true
    [[ $- == *f* ]] && glob=false
    set -f
    _clap_complete_{name} "$@"
    $glob && set +f
    return 0
}}"#
    );
    let (functions, registration) =
        script.split_once("\nif [[ ").ok_or_else(|| std::io::Error::other("no registration"))?;
    Ok(format!("{functions}{wrapper}\nif [[ {}", registration.replace(&clap, &ours)))
}

/// `script` with `from` replaced by `to`, or an error when clap_complete's
/// script no longer holds `from`, rather than a script that fails quietly.
fn patch(script: &str, from: &str, to: &str) -> std::io::Result<String> {
    if script.matches(from).count() != 1 {
        return Err(std::io::Error::other(format!("clap_complete's script changed: no {from:?}")));
    }
    Ok(script.replace(from, to))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bash(open: Open, value: &str) -> String {
        String::from_utf8(quote(Kind::Bash, open, value.as_bytes()).unwrap()).unwrap()
    }

    #[test]
    fn words_are_read_back_with_quotes_undone_and_nothing_expanded() {
        let (words, last) = split(r#"careers --data-dir "my dir" check 'x'\''y' d1/\$\(touch"#, Syntax::Posix);
        assert_eq!(words, ["careers", "--data-dir", "my dir", "check", "x'y", "d1/$(touch"]);
        assert_eq!(last, r"d1/\$\(touch");
        assert_eq!(split("careers check ", Syntax::Posix).0, ["careers", "check", ""]);
        assert_eq!(dequote(r#""San J"#, Syntax::Posix), ("San J".into(), Open::Double));
        assert_eq!(dequote(r"$'a\nb", Syntax::Posix), ("a\nb".into(), Open::Dollar));
        assert_eq!(dequote(r"d6/new\nline", Syntax::Fish), ("d6/new\nline".into(), Open::None));
        assert_eq!(dequote(r"'it\'s", Syntax::Fish), ("it's".into(), Open::Single));
    }

    #[test]
    fn bash_candidates_are_quoted_for_where_they_go() {
        assert_eq!(bash(Open::None, "$(touch PWNED).toml"), r"\$\(touch\ PWNED\).toml");
        assert_eq!(bash(Open::None, "a\nb!"), r"a$'\n'b\!");
        assert_eq!(bash(Open::Double, r#"q"$`\!"#), r#"q\"\$\`\\"$'\x21'""#);
        assert_eq!(bash(Open::Single, "x'y\u{202e}"), r"x'\''y'$'\xe2\x80\xae''");
        assert_eq!(bash(Open::Dollar, r"a'\b"), r"a\'\\b");
        assert_eq!(bash(Open::None, "San Jose, CA"), r"San\ Jose,\ CA");
    }
}
