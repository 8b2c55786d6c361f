//! Text from data files, file names and arguments made safe to print.

/// Replaces control characters with visible escapes, so text from a data file
/// can never move the cursor, ring the bell or restyle a terminal.
pub fn escape_controls(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(s);
    }
    let escaped = s.chars().map(|c| if c.is_control() { c.escape_unicode().to_string() } else { c.to_string() });
    std::borrow::Cow::Owned(escaped.collect())
}
