//! What rustpython-parser gets wrong in str literals, put right from the
//! literal's source text.
//!
//! 1. Lone surrogates written as escapes (`'\ud800'`, `'\U0000dc80'`):
//!    the parser decodes them to U+FFFD, so a value cannot tell them from
//!    a real U+FFFD. When a value holds U+FFFD, [`restore`] re-reads the
//!    source (every implicitly concatenated token, raw or not, f-string
//!    literal parts outside their replacement fields) and lists what
//!    produced each U+FFFD in order: a surrogate escape, or anything else.
//!    Those from a surrogate escape become the surrogate's stand-in
//!    ([`crate::surrogates`]). If the re-read does not account for exactly
//!    the U+FFFDs the value holds, the value is left as the parser made it.
//! 2. Escapes in f-string format specs (`f'{x:\x2a>5}'`): the parser keeps
//!    them as written; CPython decodes them unless the f-string is raw.
//!    [`spec_rawness`] says, for each format spec in source order, whether
//!    its token is raw, and [`decode_escapes`] decodes the others.

use crate::surrogates;
use std::iter::Peekable;
use std::str::Chars;

/// The literal parts' values with their surrogate escapes restored, or
/// `None` when there is nothing to restore. `text` is the source of the
/// whole (possibly concatenated) literal; `parts` its literal values in
/// order (one for a plain string, the top-level literal parts of an
/// f-string).
pub fn restore(text: &str, parts: &[&str]) -> Option<Vec<String>> {
    if !parts.iter().any(|p| p.contains('\u{fffd}')) {
        return None;
    }
    let origins = scan(text)?.origins;
    let found: usize = parts.iter().map(|p| p.matches('\u{fffd}').count()).sum();
    if found != origins.len() || origins.iter().all(Option::is_none) {
        return None;
    }
    let mut next = origins.into_iter();
    Some(
        parts
            .iter()
            .map(|p| {
                p.chars()
                    .map(|c| match c {
                        '\u{fffd}' => next.next().flatten().unwrap_or(c),
                        c => c,
                    })
                    .collect()
            })
            .collect(),
    )
}

/// For each format spec of the f-string tokens in `text`, in source order
/// (a spec before the specs of fields nested in it): whether its token is
/// raw. `None` when `text` is not a run of str tokens.
pub fn spec_rawness(text: &str) -> Option<Vec<bool>> {
    Some(scan(text)?.spec_raw)
}

/// A format spec's literal text with its escapes decoded as in a non-raw
/// string (lone surrogates as their stand-ins). An escape the parser would
/// have rejected is kept as written.
pub fn decode_escapes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(n) = it.next() else {
            out.push('\\');
            break;
        };
        let simple = match n {
            '\n' => continue,
            '\\' | '\'' | '"' => Some(n),
            'a' => Some('\x07'),
            'b' => Some('\x08'),
            'f' => Some('\x0c'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            'v' => Some('\x0b'),
            _ => None,
        };
        if let Some(ch) = simple {
            out.push(ch);
            continue;
        }
        let mut written = String::from(n);
        let value = match n {
            '0'..='7' => {
                let mut v = n.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match it.next_if(|d| d.is_digit(8)) {
                        Some(d) => v = v * 8 + d.to_digit(8).unwrap_or(0),
                        None => break,
                    }
                }
                Some(v)
            }
            'x' | 'u' | 'U' => {
                let digits = match n {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v = Some(0u32);
                for _ in 0..digits {
                    let d = it.next_if(char::is_ascii_hexdigit);
                    written.extend(d);
                    v = v
                        .zip(d.and_then(|d| d.to_digit(16)))
                        .map(|(v, d)| v * 16 + d);
                }
                v
            }
            'N' if it.next_if_eq(&'{').is_some() => {
                let mut name = String::new();
                while let Some(c) = it.next_if(|&c| c != '}') {
                    name.push(c);
                }
                let closed = it.next_if_eq(&'}').is_some();
                written = format!("N{{{name}{}", if closed { "}" } else { "" });
                unicode_names2::character(&name)
                    .filter(|_| closed)
                    .map(|c| c as u32)
            }
            _ => None,
        };
        match value.and_then(surrogates::from_code) {
            Some(ch) => out.push(ch),
            None => {
                out.push('\\');
                out.push_str(&written);
            }
        }
    }
    out
}

/// What a re-read of a literal's tokens finds.
#[derive(Default)]
struct Scan {
    /// For each U+FFFD of the top-level literal text: the surrogate
    /// stand-in it should be, or `None` for a real U+FFFD.
    origins: Vec<Option<char>>,
    /// For each format spec: whether its token is raw.
    spec_raw: Vec<bool>,
}

/// Reads the string tokens of `text`; `None` when it is not a run of them.
fn scan(text: &str) -> Option<Scan> {
    let mut out = Scan::default();
    let mut it = text.chars().peekable();
    loop {
        skip_between_tokens(&mut it);
        if it.peek().is_none() {
            return Some(out);
        }
        token(&mut it, &mut out)?;
    }
}

/// Whitespace, comments and line continuations between concatenated
/// tokens.
fn skip_between_tokens(it: &mut Peekable<Chars>) {
    while let Some(&c) = it.peek() {
        match c {
            ' ' | '\t' | '\x0c' | '\r' | '\n' | '\\' => {
                it.next();
            }
            '#' => while it.next_if(|&c| c != '\n').is_some() {},
            _ => return,
        }
    }
}

/// One string token: prefix, quotes, body.
fn token(it: &mut Peekable<Chars>, out: &mut Scan) -> Option<()> {
    let mut raw = false;
    let mut fstring = false;
    while let Some(c) = it.next_if(|c| c.is_ascii_alphabetic()) {
        match c.to_ascii_lowercase() {
            'r' => raw = true,
            'f' => fstring = true,
            'u' => {}
            _ => return None,
        }
    }
    let quote = it.next().filter(|&q| q == '\'' || q == '"')?;
    let mut triple = false;
    if it.peek() == Some(&quote) {
        it.next();
        if it.peek() != Some(&quote) {
            return Some(()); // an empty string
        }
        it.next();
        triple = true;
    }
    loop {
        let c = it.next()?;
        match c {
            _ if c == quote => {
                if !triple {
                    return Some(());
                }
                if it.next_if_eq(&quote).is_some() && it.next_if_eq(&quote).is_some() {
                    return Some(());
                }
            }
            '\n' if !triple => return None,
            '\\' if raw => {
                // The backslash stays, and keeps a quote or backslash from
                // ending the string or escaping.
                it.next_if(|&n| n == quote || n == '\\' || n == '\n');
            }
            '\\' => escape(it, &mut out.origins)?,
            // `{{` is a literal brace (the guard consumes the second).
            '{' if fstring && it.next_if_eq(&'{').is_none() => {
                replacement_field(it, quote, raw, out)?
            }
            '\u{fffd}' => out.origins.push(None),
            _ => {}
        }
    }
}

/// After a backslash in a non-raw string.
fn escape(it: &mut Peekable<Chars>, out: &mut Vec<Option<char>>) -> Option<()> {
    let digits = match it.next()? {
        'x' => 2,
        'u' => 4,
        'U' => 8,
        'N' => {
            it.next_if_eq(&'{')?;
            let mut name = String::new();
            loop {
                match it.next()? {
                    '}' => break,
                    c => name.push(c),
                }
            }
            if name.eq_ignore_ascii_case("replacement character") {
                out.push(None);
            }
            return Some(());
        }
        '\u{fffd}' => {
            out.push(None);
            return Some(());
        }
        _ => return Some(()),
    };
    let mut value = 0u32;
    for _ in 0..digits {
        value = value * 16 + it.next()?.to_digit(16)?;
    }
    match value {
        0xD800..=0xDFFF => out.push(surrogates::from_code(value)),
        0xFFFD => out.push(None),
        _ => {}
    }
    Some(())
}

/// Skips an f-string replacement field after its `{`: the expression
/// (which holds no backslash in 3.11), conversion and format spec, with
/// nested fields and strings.
fn replacement_field(
    it: &mut Peekable<Chars>,
    quote: char,
    raw: bool,
    out: &mut Scan,
) -> Option<()> {
    let mut depth = 0usize;
    loop {
        let c = it.next()?;
        match c {
            '\\' | '#' => return None,
            _ if c == quote => return None,
            '\'' | '"' => nested_string(it, c)?,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' => depth = depth.checked_sub(1)?,
            '}' if depth == 0 => return Some(()),
            '}' => depth -= 1,
            ':' if depth == 0 => {
                out.spec_raw.push(raw);
                return format_spec(it, quote, raw, out);
            }
            _ => {}
        }
    }
}

/// A format spec: literal text up to the field's `}`, with nested fields.
fn format_spec(it: &mut Peekable<Chars>, quote: char, raw: bool, out: &mut Scan) -> Option<()> {
    loop {
        match it.next()? {
            '{' => replacement_field(it, quote, raw, out)?,
            '}' => return Some(()),
            // An escaped character (a quote, say) ends nothing.
            '\\' => {
                it.next()?;
            }
            c if c == quote => return None,
            _ => {}
        }
    }
}

/// A string inside a replacement field, after its opening quote.
fn nested_string(it: &mut Peekable<Chars>, quote: char) -> Option<()> {
    let triple = if it.next_if_eq(&quote).is_some() {
        if it.next_if_eq(&quote).is_none() {
            return Some(()); // an empty string
        }
        true
    } else {
        false
    };
    loop {
        if it.next()? == quote
            && (!triple || (it.next_if_eq(&quote).is_some() && it.next_if_eq(&quote).is_some()))
        {
            return Some(());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str, value: &str) -> Option<String> {
        restore(text, &[value]).map(|mut v| v.remove(0))
    }

    fn s(u: u32) -> char {
        surrogates::from_code(u).unwrap()
    }

    #[test]
    fn surrogate_escapes_come_back() {
        assert_eq!(one(r"'\ud800'", "\u{fffd}"), Some(s(0xd800).to_string()));
        assert_eq!(
            one(
                r#"'a\U0000dc80' "\ufffd" '�' u'\udfff'"#,
                "a\u{fffd}\u{fffd}\u{fffd}\u{fffd}"
            ),
            Some(format!("a{}\u{fffd}\u{fffd}{}", s(0xdc80), s(0xdfff)))
        );
        assert_eq!(
            one("'''x\\\n\\uDBFF'''", "x\u{fffd}"),
            Some(format!("x{}", s(0xdbff)))
        );
    }

    #[test]
    fn raw_strings_and_escaped_backslashes_keep_their_text() {
        assert_eq!(one(r"r'\ud800'", r"\ud800"), None);
        assert_eq!(one(r"'\\ud800\ufffd'", "\\ud800\u{fffd}"), None);
        assert_eq!(
            one(r"r'\'' '\udc00'", "\\'\u{fffd}"),
            Some(format!("\\'{}", s(0xdc00)))
        );
    }

    #[test]
    fn fstring_fields_are_skipped() {
        let parts = restore(
            r#"f'\ud800{x!r:{w}}{d["}"]:>{w}}\udc80'"#,
            &["\u{fffd}", "\u{fffd}"],
        );
        assert_eq!(
            parts,
            Some(vec![s(0xd800).to_string(), s(0xdc80).to_string()])
        );
        assert_eq!(
            restore(r"f'{{\ud800}}'", &["{\u{fffd}}"]),
            Some(vec![format!("{{{}}}", s(0xd800))])
        );
    }

    #[test]
    fn mismatches_leave_the_value() {
        assert_eq!(one(r"'\ud800'", "\u{fffd}\u{fffd}"), None);
        assert_eq!(one("x + 1", "\u{fffd}"), None);
    }

    #[test]
    fn specs_are_found_with_their_rawness() {
        assert_eq!(
            spec_rawness(r#"f'{a:>{w}}{b!r:{c:\x2a^3}}' rf"{d:\t}" f'{e}'"#),
            Some(vec![false, false, false, true])
        );
        assert_eq!(spec_rawness(r"f'{a:\'>5}'"), Some(vec![false]));
    }

    #[test]
    fn spec_escapes_decode() {
        assert_eq!(decode_escapes(r"\x2a>5"), "*>5");
        assert_eq!(decode_escapes(r"\N{BULLET}^\101\t\q"), "\u{2022}^A\t\\q");
        assert_eq!(decode_escapes(r"\ud800<"), format!("{}<", s(0xd800)));
        assert_eq!(
            decode_escapes(r"\N{NO SUCH NAME}\x4"),
            r"\N{NO SUCH NAME}\x4"
        );
        assert_eq!(decode_escapes("end\\"), "end\\");
    }
}
