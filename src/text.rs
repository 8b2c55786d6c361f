//! Text from data files, file names and arguments made safe to print.
//!
//! Besides control characters, characters that are invisible or change the
//! direction of text are never printed raw: a bidi override can make a line
//! read "authority: $250,000" backwards (the Trojan Source class,
//! CVE-2021-42574), and a zero-width space makes `Py\u{200b}thon` look like
//! a second Python.
//!
//! What is refused is decided by Unicode property, from the Unicode
//! Consortium's own data (ICU4X), not by a list kept here: a list misses
//! what it forgot (the tag characters, the later variation selectors) and
//! what a new Unicode version adds. A few invisible characters are part of
//! ordinary writing and of modern emoji, and are allowed exactly where that
//! writing needs them: the joiners of RFC 5892's ContextJ rules (Persian,
//! Hindi), the ZWJ inside an emoji sequence (👩‍💻), a variation selector
//! right after an emoji (☺️) and the tags of an emoji tag sequence (🏴󠁧󠁢󠁳󠁣󠁴󠁿).
//! Whether such a character is allowed depends on its neighbours, so the
//! functions here take whole strings.

use icu_properties::props::{
    BidiControl, CanonicalCombiningClass, DefaultIgnorableCodePoint, Emoji, EmojiModifier, ExtendedPictographic,
    GeneralCategory, JoiningType,
};
use icu_properties::{CodePointMapData, CodePointSetData};
use std::borrow::Cow;

const ZWNJ: char = '\u{200C}';
const ZWJ: char = '\u{200D}';
const VS15: char = '\u{FE0E}';
const VS16: char = '\u{FE0F}';
const KEYCAP: char = '\u{20E3}';
const CANCEL_TAG: char = '\u{E007F}';
const TAG_SPEC: std::ops::RangeInclusive<char> = '\u{E0020}'..='\u{E007E}';

/// Whether `c` is refused wherever it stands, unless one of the exceptions
/// for scripts and emoji allows it where it is: control characters, line
/// and paragraph separators, private-use and unassigned code points, format
/// characters (which include every bidi control), and default-ignorable
/// characters (which a renderer draws as nothing).
fn refused_alone(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_control();
    }
    use GeneralCategory as G;
    matches!(
        CodePointMapData::<GeneralCategory>::new().get(c),
        G::Control
            | G::LineSeparator
            | G::ParagraphSeparator
            | G::PrivateUse
            | G::Unassigned
            | G::Format
            | G::Surrogate
    ) || CodePointSetData::new::<DefaultIgnorableCodePoint>().contains(c)
        || CodePointSetData::new::<BidiControl>().contains(c)
}

fn is_virama(c: char) -> bool {
    CodePointMapData::<CanonicalCombiningClass>::new().get(c) == CanonicalCombiningClass::Virama
}

fn joining_type(c: char) -> JoiningType {
    CodePointMapData::<JoiningType>::new().get(c)
}

/// A pictograph that can start or continue an emoji ZWJ sequence. An
/// unassigned code point is Extended_Pictographic too (reserved for future
/// emoji) but is refused, so it is no context for anything.
fn is_pictograph(c: char) -> bool {
    CodePointSetData::new::<ExtendedPictographic>().contains(c) && !refused_alone(c)
}

/// The positions (byte offsets) and characters of `s` that may not reach a
/// terminal, spreadsheet or page as they are.
///
/// A character allowed by context is allowed only next to characters that
/// are themselves printed raw, so escaping what this returns leaves text
/// in which nothing is unsafe.
pub fn unsafe_chars(s: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let chars: Vec<(usize, char)> = if s.chars().any(refused_alone) { s.char_indices().collect() } else { Vec::new() };
    let allowed = allowed_by_context(&chars);
    chars.into_iter().zip(allowed).filter(|((_, c), allowed)| !allowed && refused_alone(*c)).map(|(at, _)| at)
}

/// The first character of `s` that [`unsafe_chars`] refuses.
pub fn first_unsafe(s: &str) -> Option<(usize, char)> {
    unsafe_chars(s).next()
}

/// Whether a reader would see nothing of `s`: it is only whitespace and
/// characters that are refused.
pub fn is_blank(s: &str) -> bool {
    let mut refused = unsafe_chars(s).map(|(at, _)| at).peekable();
    s.char_indices().all(|(at, c)| refused.next_if_eq(&at).is_some() || c.is_whitespace())
}

/// For each character, whether the exceptions allow it where it stands.
fn allowed_by_context(chars: &[(usize, char)]) -> Vec<bool> {
    let c = |i: usize| chars[i].1;
    let mut allowed = vec![false; chars.len()];
    // The emoji before position `i`, past skin tones and allowed VS16s.
    let emoji_before = |allowed: &[bool], i: usize, is_base: fn(char) -> bool| {
        let mut j = i;
        while j > 0 {
            j -= 1;
            let p = c(j);
            if CodePointSetData::new::<EmojiModifier>().contains(p) || (p == VS16 && allowed[j]) {
                continue;
            }
            return is_base(p);
        }
        false
    };
    let mut i = 0;
    while i < chars.len() {
        let here = c(i);
        let prev = (i > 0).then(|| c(i - 1));
        let next = chars.get(i + 1).map(|&(_, n)| n);
        let after_virama = prev.is_some_and(is_virama);
        match here {
            // RFC 5892 A.1: after a virama, or between letters that join.
            ZWNJ => allowed[i] = after_virama || joins(chars, i),
            // RFC 5892 A.2, and UTS #51's emoji ZWJ sequences.
            ZWJ => {
                allowed[i] =
                    after_virama || (emoji_before(&allowed, i, is_pictograph) && next.is_some_and(is_pictograph))
            }
            // Emoji or text presentation, right after an emoji. The ASCII
            // emoji (# * 0-9) take one only as the start of a keycap: a bare
            // `3\u{fe0f}` looks like `3`.
            VS15 | VS16 => {
                allowed[i] = prev.is_some_and(|p| {
                    !refused_alone(p)
                        && CodePointSetData::new::<Emoji>().contains(p)
                        && (!p.is_ascii() || next == Some(KEYCAP))
                })
            }
            // An emoji tag sequence: a base emoji, one or more tags, and a
            // cancel tag; all of its tags stand or fall together.
            t if TAG_SPEC.contains(&t) || t == CANCEL_TAG => {
                let end = (i..chars.len())
                    .find(|&k| !(TAG_SPEC.contains(&c(k)) || c(k) == CANCEL_TAG))
                    .unwrap_or(chars.len());
                let well_formed = end - i >= 2
                    && c(end - 1) == CANCEL_TAG
                    && (i..end - 1).all(|k| TAG_SPEC.contains(&c(k)))
                    && emoji_before(&allowed, i, |b| {
                        !b.is_ascii() && !refused_alone(b) && CodePointSetData::new::<Emoji>().contains(b)
                    });
                allowed[i..end].fill(well_formed);
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    allowed
}

/// RFC 5892's joining context for a ZWNJ at `i`:
/// (Joining_Type L or D) (T)* ZWNJ (T)* (R or D). Only combining marks
/// count as T here: a transparent character that is itself refused (a
/// format character) will be escaped, and must not be what lets a ZWNJ
/// through.
fn joins(chars: &[(usize, char)], i: usize) -> bool {
    let transparent = |c: char| joining_type(c) == JoiningType::Transparent && !refused_alone(c);
    let before = chars[..i].iter().rev().map(|&(_, c)| c).find(|&c| !transparent(c));
    let after = chars[i + 1..].iter().map(|&(_, c)| c).find(|&c| !transparent(c));
    before.is_some_and(|c| matches!(joining_type(c), JoiningType::LeftJoining | JoiningType::DualJoining))
        && after.is_some_and(|c| matches!(joining_type(c), JoiningType::RightJoining | JoiningType::DualJoining))
}

/// The character [`unsafe_chars`] refused, named for a message:
/// `control character U+001B`.
pub fn describe(c: char) -> String {
    use GeneralCategory as G;
    let code = format!("U+{:04X}", c as u32);
    match CodePointMapData::<GeneralCategory>::new().get(c) {
        G::Control => format!("control character {code}"),
        G::PrivateUse => format!("private-use character {code}"),
        G::Unassigned => format!("unassigned code point {code}"),
        _ if matches!(c, ZWNJ | ZWJ | VS15 | VS16 | CANCEL_TAG) || TAG_SPEC.contains(&c) => {
            format!("invisible character {code} outside the word or emoji sequence that needs it")
        }
        _ => format!("invisible or direction-changing character {code}"),
    }
}

/// Replaces unsafe characters with visible escapes such as `\u{202e}`, so
/// text from a data file can never move the cursor, restyle a terminal or
/// reorder what a reader sees. Exactly what [`unsafe_chars`] refuses is
/// escaped: what `careers check` accepts prints as it is.
pub fn escape_controls(s: &str) -> Cow<'_, str> {
    let mut refused = unsafe_chars(s).peekable();
    if refused.peek().is_none() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for (at, c) in s.char_indices() {
        if refused.next_if(|&(r, _)| r == at).is_some() {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Text quoted in a message, cut to `QUOTE_MAX` characters with a marker
/// that says how much was left out: a 10 MB value is not echoed whole.
pub fn quoted(s: &str) -> Cow<'_, str> {
    match s.char_indices().nth(QUOTE_MAX) {
        None => escape_controls(s),
        Some((at, _)) => {
            let more = s[at..].chars().count();
            Cow::Owned(format!("{}… ({more} more characters)", escape_controls(&s[..at])))
        }
    }
}

/// The most characters of a value a message quotes.
pub const QUOTE_MAX: usize = 80;

/// The most known names (ids, areas) an error lists before a count: user
/// data may define thousands.
pub const LISTED_MAX: usize = 20;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_and_invisible_characters_are_escaped_like_controls() {
        assert_eq!(escape_controls("a\u{202E}b\u{200B}c\u{1b}"), "a\\u{202e}b\\u{200b}c\\u{1b}");
        assert_eq!(escape_controls("Noble Desktop – $60,000"), "Noble Desktop – $60,000");
    }

    /// Real writing and modern emoji, each with an invisible character
    /// where it belongs.
    const WRITING: &[(&str, &str)] = &[
        ("Persian ZWNJ between joining letters", "می\u{200C}خواهم"),
        ("Hindi virama + ZWJ", "क्\u{200D}ष"),
        ("Hindi virama + ZWNJ", "क्\u{200C}ष"),
        ("emoji ZWJ sequence", "👩\u{200D}💻"),
        ("ZWJ sequence with a skin tone", "👩🏽\u{200D}💻"),
        ("ZWJ sequence with VS16 inside", "🏳\u{FE0F}\u{200D}🌈"),
        ("kiss: three ZWJs", "👩\u{200D}❤\u{FE0F}\u{200D}💋\u{200D}👨"),
        ("flag", "🇯🇵"),
        ("tag sequence", "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"),
        ("VS16 after an emoji", "☺\u{FE0F}"),
        ("VS15 after an emoji", "☺\u{FE0E}"),
        ("keycap", "1\u{FE0F}\u{20E3}"),
        ("combining mark", "e\u{301}"),
        ("CJK", "软件工程师"),
    ];

    /// Each is refused; the character named is the one refused.
    const HOSTILE: &[(&str, &str, char)] = &[
        ("lone ZWJ between Latin letters", "back\u{200D}end", '\u{200D}'),
        ("ZWNJ between Latin letters", "back\u{200C}end", '\u{200C}'),
        ("ZWJ after an emoji, before a letter", "👩\u{200D}x", '\u{200D}'),
        ("ZWJ at the end", "👩\u{200D}", '\u{200D}'),
        ("ZWNJ after a right-joining letter", "ر\u{200C}ب", '\u{200C}'),
        ("language tag", "a\u{E0001}b", '\u{E0001}'),
        ("tags after a letter", "a\u{E0067}\u{E007F}", '\u{E0067}'),
        ("tags without a cancel tag", "🏴\u{E0067}\u{E0062}", '\u{E0067}'),
        ("cancel tag alone", "🏴\u{E007F}", '\u{E007F}'),
        ("variation selector supplement", "a\u{E0100}", '\u{E0100}'),
        ("Mongolian free variation selector", "a\u{180B}", '\u{180B}'),
        ("musical format character", "a\u{1D173}", '\u{1D173}'),
        ("right-to-left override", "a\u{202E}b", '\u{202E}'),
        ("zero-width space", "Py\u{200B}thon", '\u{200B}'),
        ("private use", "a\u{E000}", '\u{E000}'),
        ("unassigned", "a\u{0378}", '\u{0378}'),
        ("VS16 after a letter", "a\u{FE0F}", '\u{FE0F}'),
        ("VS16 twice", "☺\u{FE0F}\u{FE0F}", '\u{FE0F}'),
        ("VS16 after a bare digit", "3\u{FE0F}", '\u{FE0F}'),
        ("soft hyphen", "Py\u{AD}thon", '\u{AD}'),
        ("Hangul filler", "a\u{3164}", '\u{3164}'),
        ("interlinear annotation", "a\u{FFF9}b", '\u{FFF9}'),
        ("Arabic letter mark", "a\u{61C}b", '\u{61C}'),
        ("line separator", "a\u{2028}b", '\u{2028}'),
        ("escape", "a\u{1b}[2J", '\u{1b}'),
        ("DEL", "a\u{7f}", '\u{7f}'),
        ("C1 control", "a\u{9b}", '\u{9b}'),
        // A refused transparent character does not carry a ZWNJ's context.
        ("ZWSP next to a ZWNJ", "ب\u{200B}\u{200C}ه", '\u{200B}'),
    ];

    #[test]
    fn invisible_characters_that_writing_and_emoji_need_are_allowed_where_they_belong() {
        for (what, s) in WRITING {
            assert_eq!(first_unsafe(s), None, "{what}: {s:?}");
            assert!(matches!(escape_controls(s), Cow::Borrowed(_)), "{what}");
        }
    }

    #[test]
    fn hostile_characters_are_refused_and_escaped_alone() {
        for (what, s, c) in HOSTILE {
            assert_eq!(first_unsafe(s).map(|(_, u)| u), Some(*c), "{what}: {s:?}");
            let escaped = escape_controls(s);
            assert!(escaped.contains(&c.escape_unicode().to_string()), "{what}: {escaped}");
            assert_eq!(first_unsafe(&escaped), None, "{what}: {escaped:?}");
        }
        // Only the refused character is escaped; its neighbours print.
        assert_eq!(escape_controls("👩\u{200D}x"), "👩\\u{200d}x");
        assert_eq!(escape_controls("🏴\u{E0067}\u{E0062}"), "🏴\\u{e0067}\\u{e0062}");
    }

    #[test]
    fn messages_say_what_kind_of_character_was_refused() {
        assert_eq!(describe('\u{1b}'), "control character U+001B");
        assert_eq!(describe('\u{E000}'), "private-use character U+E000");
        assert_eq!(describe('\u{0378}'), "unassigned code point U+0378");
        assert_eq!(describe('\u{202E}'), "invisible or direction-changing character U+202E");
        assert_eq!(describe('\u{200D}'), "invisible character U+200D outside the word or emoji sequence that needs it");
    }

    #[test]
    fn blank_means_nothing_a_reader_would_see() {
        assert!(is_blank(" \u{200B}\u{2060}\t"));
        assert!(is_blank(""));
        assert!(!is_blank("\u{200B}a"));
        assert!(!is_blank("☺\u{FE0F}"));
    }

    proptest::proptest! {
        /// Escaping leaves nothing unsafe, so a message built from escaped
        /// pieces is itself safe, and safe text is left as it is.
        #[test]
        fn escaping_is_complete_and_leaves_safe_text_alone(
            s in proptest::string::string_regex("([a-z ب-ي]|\u{200C}|\u{200D}|\u{FE0F}|\u{E0067}|\u{E007F}|\u{200B}|\u{094D}|क|👩|💻|🏴|🏽|\u{1F8FF}|\u{064B}|3|\u{20E3})*").unwrap()
        ) {
            let escaped = escape_controls(&s);
            proptest::prop_assert_eq!(first_unsafe(&escaped), None, "{:?} -> {:?}", s, escaped);
            if first_unsafe(&s).is_none() {
                proptest::prop_assert_eq!(&escaped, &s);
            }
        }
    }
}
