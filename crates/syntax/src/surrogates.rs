//! How a str holds lone surrogates.
//!
//! Python strings are sequences of code points and may hold the lone
//! surrogates U+D800..U+DFFF (`'\ud800'`, `chr(0xdc80)`, bytes decoded
//! with `surrogateescape`); pyview's strings are Rust UTF-8, which cannot.
//! So a lone surrogate `s` is stored as the code point
//! `U+10F800 + (s - 0xD800)`: the last 2048 code points of plane 16
//! (private use, U+10F800..U+10FFFF). Every boundary where a program
//! sees code points goes through this module: creation (literals,
//! `chr`, decoding, 'u' arrays) maps in, observation (`ord`, `repr`,
//! encoding, ordering, printing) maps back.
//!
//! The one consequence: a script that uses those private-use characters
//! themselves sees them as surrogates (`ord('\U0010f800')` is 0xd800).
//!
//! All of these characters start with the UTF-8 byte 0xF4 (as does every
//! code point from U+100000), so text without that byte needs no work:
//! [`may_contain`] is the cheap test hot paths make first.

use std::cmp::Ordering;

/// The first stored code point (standing for U+D800).
const BASE: u32 = 0x10_F800;
const FIRST: u32 = 0xD800;
const LAST: u32 = 0xDFFF;

/// The char a Python code point is stored as: itself, or its stand-in for
/// a lone surrogate; `None` past U+10FFFF.
pub fn from_code(u: u32) -> Option<char> {
    if (FIRST..=LAST).contains(&u) {
        char::from_u32(BASE + (u - FIRST))
    } else {
        char::from_u32(u)
    }
}

/// The Python code point a stored char stands for (`ord`).
pub fn code(c: char) -> u32 {
    let u = c as u32;
    if u >= BASE {
        u - BASE + FIRST
    } else {
        u
    }
}

/// Whether `c` stands for a lone surrogate.
pub fn is_surrogate(c: char) -> bool {
    c as u32 >= BASE
}

/// Whether `s` may hold a surrogate: false means it surely does not.
/// Looks for byte 0xF4 eight bytes at a time.
#[inline]
pub fn may_contain(s: &str) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let x = s.as_bytes();
    let n = x.len();
    if n < 8 {
        return x.contains(&0xF4);
    }
    let word = |i: usize| {
        x.get(i..i + 8)
            .and_then(|w| <[u8; 8]>::try_from(w).ok())
            .map_or(0, u64::from_le_bytes)
    };
    // Some byte of `w` is zero where a byte of the word is 0xF4.
    let hit = |i: usize| {
        let w = word(i) ^ (0xF4 * ONES);
        w.wrapping_sub(ONES) & !w & (0x80 * ONES) != 0
    };
    // The words from the start, then the last (overlapping) one.
    (0..n - 8).step_by(8).any(hit) || hit(n - 8)
}

/// Python's ordering of two strings: by code point, surrogates included
/// (`'\ud800' < '\ue000'`). UTF-8's byte order is code point order for
/// every other char, so only a first differing char that starts with
/// byte 0xF4 needs a look.
#[inline]
pub fn cmp(a: &str, b: &str) -> Ordering {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let Some(i) = first_difference(x, y) else {
        return x.len().cmp(&y.len());
    };
    // The bytes before `i` agree, so the differing chars start at the same
    // offset in both: back over continuation bytes.
    let mut start = i;
    while start > 0 && x.get(start).is_some_and(|&c| c & 0xc0 == 0x80) {
        start -= 1;
    }
    if x.get(start) != Some(&0xf4) && y.get(start) != Some(&0xf4) {
        return x.get(i).cmp(&y.get(i));
    }
    let first = |s: &str| s.get(start..).and_then(|t| t.chars().next());
    match (first(a), first(b)) {
        (Some(p), Some(q)) => code(p).cmp(&code(q)),
        _ => x.get(i).cmp(&y.get(i)),
    }
}

/// The first offset where `x` and `y` differ, unless one is a prefix of
/// the other; eight bytes at a time (the lowest differing byte of two
/// little-endian words is where their xor's trailing zeros end).
fn first_difference(x: &[u8], y: &[u8]) -> Option<usize> {
    let word = |s: &[u8], i: usize| -> Option<u64> {
        Some(u64::from_le_bytes(s.get(i..i + 8)?.try_into().ok()?))
    };
    let n = x.len().min(y.len());
    let mut i = 0;
    while i + 8 <= n {
        let (p, q) = (word(x, i)?, word(y, i)?);
        if p != q {
            return Some(i + ((p ^ q).trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    (i..n).find(|&k| x.get(k) != y.get(k))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mapping_round_trips() {
        for u in [0, 0x41, 0xD7FF, 0xD800, 0xDC80, 0xDFFF, 0xE000, 0x10_F7FF] {
            let c = from_code(u).unwrap();
            assert_eq!(code(c), u);
            assert_eq!(is_surrogate(c), (0xD800..=0xDFFF).contains(&u));
        }
        assert_eq!(from_code(0xDFFF), Some('\u{10ffff}'));
        assert_eq!(from_code(0x11_0000), None);
    }

    #[test]
    fn ordering_places_surrogates_by_code_point() {
        let s = |u| from_code(u).unwrap().to_string();
        assert_eq!(cmp(&s(0xD800), "\u{e000}"), Ordering::Less);
        assert_eq!(cmp(&s(0xDFFF), "\u{10000}"), Ordering::Less);
        assert_eq!(cmp(&s(0xD800), "\u{d7ff}"), Ordering::Greater);
        assert_eq!(cmp("abc", "abd"), Ordering::Less);
        assert_eq!(cmp("abc", "ab"), Ordering::Greater);
        assert_eq!(cmp("", ""), Ordering::Equal);
        let long = "x".repeat(40);
        let (p, q) = (format!("{long}é{}", s(0xdc00)), format!("{long}é\u{ffff}"));
        assert_eq!(cmp(&p, &q), Ordering::Less);
        assert_eq!(cmp(&q, &p), Ordering::Greater);
        assert_eq!(
            cmp(&format!("{long}\u{e9}"), &format!("{long}\u{ea}")),
            Ordering::Less
        );
        for (p, q) in [
            ("abcdefgh1", "abcdefgh2"),
            ("abcdefgz", "abcdefgy"),
            ("a", "b"),
        ] {
            assert_eq!(cmp(p, q), p.cmp(q));
            assert_eq!(cmp(q, p), q.cmp(p));
        }
        assert!(!may_contain("\u{fffd}é"));
        for k in 0..20 {
            let text = format!("{}{}{}", "ab".repeat(k), s(0xdc80), "é".repeat(k));
            assert!(may_contain(&text));
            assert!(!may_contain(&text.replace(&s(0xdc80), "\u{fffff}")));
        }
    }
}
