//! Byte algorithms written once over `&[u8]`, shared by bytes, bytearray
//! and memoryview. Nothing here knows about Python values: callers parse
//! arguments, check allocation sizes and build results. Every function is
//! total (no input panics); character classes are ASCII only, as CPython's
//! bytes methods use them (`Py_ISSPACE`, `Py_ISLOWER`...).

/// The body of a bytes literal as CPython's repr writes it, quotes
/// included: single quotes unless the data has a `'` and no `"`.
pub fn repr_bytes(data: &[u8], out: &mut String) {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.push('b');
    out.push(quote as char);
    for &c in data {
        match c {
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\\' => out.push_str("\\\\"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                out.push_str("\\x");
                push_hex(out, c);
            }
        }
    }
    out.push(quote as char);
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_hex(out: &mut String, c: u8) {
    out.push(HEX[(c >> 4) as usize] as char);
    out.push(HEX[(c & 15) as usize] as char);
}

/// `bytes.hex(sep, bytes_per_sep)`: [`hex_bytes`] as text; the separator
/// is ASCII there.
pub fn hex(data: &[u8], sep: Option<u8>, per: i64) -> String {
    match String::from_utf8(hex_bytes(data, sep, per)) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

/// Hex digits of `data`, with `sep` between groups of `|per|` bytes,
/// counted from the right when `per > 0`, from the left when negative
/// (`binascii.hexlify` takes any byte as the separator).
pub fn hex_bytes(data: &[u8], sep: Option<u8>, per: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 3);
    let group = per.unsigned_abs();
    let sep = sep.filter(|_| group != 0);
    let len = data.len() as u64;
    for (i, &c) in data.iter().enumerate() {
        if let Some(sep) = sep {
            let i = i as u64;
            let boundary = if per > 0 {
                (len - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if i > 0 && boundary {
                out.push(sep);
            }
        }
        out.push(HEX[(c >> 4) as usize]);
        out.push(HEX[(c & 15) as usize]);
    }
    out
}

/// The value of an ASCII hex digit.
fn hex_digit(c: char) -> Option<u8> {
    c.to_digit(16).filter(|_| c.is_ascii()).map(|d| d as u8)
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed
/// between pairs. The error is the character index CPython reports: for
/// text that is not all ASCII, that of the first non-ASCII character.
pub fn fromhex(s: &str) -> Result<Vec<u8>, usize> {
    if let Some(i) = s.chars().position(|c| !c.is_ascii()) {
        return Err(i);
    }
    let mut out = Vec::with_capacity(s.len() / 2);
    let mut chars = s.chars().enumerate().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_ascii() && is_space(c as u8) {
            continue;
        }
        let hi = hex_digit(c).ok_or(i)?;
        let lo = match chars.next() {
            Some((_, c2)) => hex_digit(c2).ok_or(i + 1)?,
            None => return Err(i + 1),
        };
        out.push(hi << 4 | lo);
    }
    Ok(out)
}

/// Needles longer than this are searched with Knuth-Morris-Pratt, so no
/// input makes a search quadratic.
const KMP_MIN: usize = 16;

/// First index of `needle` in `hay`.
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some((&first, rest)) = needle.split_first() else {
        return Some(0);
    };
    if needle.len() > hay.len() {
        return None;
    }
    if needle.len() > KMP_MIN {
        return kmp(hay.iter().copied(), needle.iter().copied(), needle.len())
            .map(|end| end + 1 - needle.len());
    }
    let last_start = hay.len() - needle.len();
    let mut i = 0;
    while i <= last_start {
        let p = hay.get(i..=last_start)?.iter().position(|&c| c == first)?;
        i += p;
        if hay.get(i + 1..i + needle.len()) == Some(rest) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Last index of `needle` in `hay`.
pub fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    if needle.len() > hay.len() {
        return None;
    }
    if needle.len() > KMP_MIN {
        // The first match of the reversed needle in the reversed data.
        let end = kmp(
            hay.iter().rev().copied(),
            needle.iter().rev().copied(),
            needle.len(),
        )?;
        return Some(hay.len() - 1 - end);
    }
    (0..=hay.len() - needle.len())
        .rev()
        .find(|&i| hay.get(i..i + needle.len()) == Some(needle))
}

/// Knuth-Morris-Pratt: the index in `hay` of the last byte of the first
/// match of `needle` (of length `m > 0`).
fn kmp(hay: impl Iterator<Item = u8>, needle: impl Iterator<Item = u8>, m: usize) -> Option<usize> {
    let pat: Vec<u8> = needle.collect();
    let mut fail = vec![0usize; m];
    let mut k = 0;
    for i in 1..m {
        while k > 0 && pat[i] != pat[k] {
            k = fail[k - 1];
        }
        if pat[i] == pat[k] {
            k += 1;
        }
        fail[i] = k;
    }
    let mut k = 0;
    for (i, c) in hay.enumerate() {
        while k > 0 && c != pat[k] {
            k = fail[k - 1];
        }
        if c == pat[k] {
            k += 1;
        }
        if k == m {
            return Some(i);
        }
    }
    None
}

/// Non-overlapping occurrences of `needle`, at most `limit` of them (an
/// empty needle matches `len + 1` times).
pub fn count(hay: &[u8], needle: &[u8], limit: usize) -> usize {
    if needle.is_empty() {
        return (hay.len() + 1).min(limit);
    }
    let mut n = 0;
    let mut i = 0;
    while n < limit {
        match hay.get(i..).and_then(|h| find(h, needle)) {
            Some(p) => {
                n += 1;
                i += p + needle.len();
            }
            None => break,
        }
    }
    n
}

/// `Py_ISSPACE`: the whitespace of bytes methods.
pub fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `strip` / `lstrip` / `rstrip` with an optional set of bytes.
pub fn strip<'a>(data: &'a [u8], chars: Option<&[u8]>, left: bool, right: bool) -> &'a [u8] {
    let keep = |c: &u8| match chars {
        Some(set) => !set.contains(c),
        None => !is_space(*c),
    };
    let start = if left {
        data.iter().position(keep).unwrap_or(data.len())
    } else {
        0
    };
    let end = if right {
        data.iter().rposition(keep).map_or(start, |p| p + 1)
    } else {
        data.len()
    };
    data.get(start..end.max(start)).unwrap_or_default()
}

/// A `maxsplit` argument as a count of splits still allowed.
fn split_budget(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// `split(sep, maxsplit)`; `None` splits on runs of whitespace.
pub fn split<'a>(data: &'a [u8], sep: Option<&[u8]>, maxsplit: i64) -> Vec<&'a [u8]> {
    splits(data, sep, maxsplit, false).collect()
}

/// `rsplit(sep, maxsplit)`: like [`split`], splitting from the right.
pub fn rsplit<'a>(data: &'a [u8], sep: Option<&[u8]>, maxsplit: i64) -> Vec<&'a [u8]> {
    let mut out: Vec<&[u8]> = splits(data, sep, maxsplit, true).collect();
    out.reverse();
    out
}

/// The pieces of `split` (of `rsplit` when `from_right`, last piece
/// first), one at a time: counting them allocates nothing.
pub fn splits<'a, 's>(
    data: &'a [u8],
    sep: Option<&'s [u8]>,
    maxsplit: i64,
    from_right: bool,
) -> Splits<'a, 's> {
    let sep = sep.filter(|s| !s.is_empty());
    Splits {
        rest: match sep {
            Some(_) => data,
            None => strip(data, None, !from_right, from_right),
        },
        sep,
        left: split_budget(maxsplit),
        from_right,
        done: false,
    }
}

/// See [`splits`].
pub struct Splits<'a, 's> {
    /// What is still to split (whitespace around it already stripped).
    rest: &'a [u8],
    sep: Option<&'s [u8]>,
    /// Splits still allowed.
    left: usize,
    from_right: bool,
    done: bool,
}

impl<'a> Iterator for Splits<'a, '_> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        if self.done {
            return None;
        }
        let rest = self.rest;
        let Some(sep) = self.sep else {
            if rest.is_empty() {
                self.done = true;
                return None;
            }
            if self.left == 0 {
                // The remainder keeps its whitespace on the far side.
                self.done = true;
                return Some(rest);
            }
            self.left -= 1;
            return Some(if self.from_right {
                let start = rest.iter().rposition(|&c| is_space(c)).map_or(0, |p| p + 1);
                self.rest = strip(rest.get(..start).unwrap_or_default(), None, false, true);
                rest.get(start..).unwrap_or_default()
            } else {
                let end = rest.iter().position(|&c| is_space(c)).unwrap_or(rest.len());
                self.rest = strip(rest.get(end..).unwrap_or_default(), None, true, false);
                rest.get(..end).unwrap_or_default()
            });
        };
        let found = match (self.left, self.from_right) {
            (0, _) => None,
            (_, false) => find(rest, sep),
            (_, true) => rfind(rest, sep),
        };
        let Some(p) = found else {
            self.done = true;
            return Some(rest);
        };
        self.left -= 1;
        let (before, after) = (
            rest.get(..p).unwrap_or_default(),
            rest.get(p + sep.len()..).unwrap_or_default(),
        );
        Some(if self.from_right {
            self.rest = before;
            after
        } else {
            self.rest = after;
            before
        })
    }
}

/// `splitlines(keepends)`: lines end at `\n`, `\r` or `\r\n`.
pub fn splitlines(data: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let start = i;
        while i < data.len() && data[i] != b'\n' && data[i] != b'\r' {
            i += 1;
        }
        let mut end = i;
        if i < data.len() {
            i += if data[i] == b'\r' && data.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            if keepends {
                end = i;
            }
        }
        out.push(&data[start..end]);
    }
    out
}

/// Length of `expandtabs(tabsize)`'s result, `None` if it overflows.
pub fn expandtabs_len(data: &[u8], tabsize: i64) -> Option<usize> {
    let mut total: usize = 0;
    let mut col: usize = 0;
    for &c in data {
        if c == b'\t' {
            if tabsize > 0 {
                let t = usize::try_from(tabsize).ok()?;
                let add = t - col % t;
                col = col.checked_add(add)?;
                total = total.checked_add(add)?;
            }
        } else {
            col += 1;
            total = total.checked_add(1)?;
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    Some(total)
}

/// `expandtabs(tabsize)`: tabs become spaces up to the next multiple of
/// `tabsize` (columns restart after `\n` and `\r`; `tabsize <= 0` drops tabs).
pub fn expandtabs(data: &[u8], tabsize: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut col: usize = 0;
    let t = usize::try_from(tabsize).unwrap_or(0);
    for &c in data {
        if c == b'\t' {
            if t > 0 {
                let add = t - col % t;
                out.resize(out.len() + add, b' ');
                col += add;
            }
        } else {
            out.push(c);
            col += 1;
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    out
}

/// `left` fill bytes, the data, `right` fill bytes.
pub fn pad(data: &[u8], left: usize, right: usize, fill: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + left + right);
    out.resize(left, fill);
    out.extend_from_slice(data);
    out.resize(out.len() + right, fill);
    out
}

/// How `center` splits the padding of `len` bytes to `width`: CPython
/// puts the odd byte on the left when `width` is odd.
pub fn center_margins(len: usize, width: usize) -> (usize, usize) {
    let marg = width.saturating_sub(len);
    let left = marg / 2 + (marg & width & 1);
    (left, marg - left)
}

/// `zfill(width)`: zeros on the left, after a leading sign.
pub fn zfill(data: &[u8], width: usize) -> Vec<u8> {
    let fill = width.saturating_sub(data.len());
    let mut out = pad(data, fill, 0, b'0');
    if fill > 0 {
        if let Some(&sign @ (b'+' | b'-')) = data.first() {
            out[0] = sign;
            out[fill] = b'0';
        }
    }
    out
}

pub fn capitalize(data: &[u8]) -> Vec<u8> {
    data.iter()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

pub fn swapcase(data: &[u8]) -> Vec<u8> {
    data.iter()
        .map(|&c| {
            if c.is_ascii_lowercase() {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

/// `title()`: a cased byte after an uncased one starts a word.
pub fn title(data: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    data.iter()
        .map(|&c| {
            let cased = c.is_ascii_alphabetic();
            let r = if !cased {
                c
            } else if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = cased;
            r
        })
        .collect()
}

pub fn istitle(data: &[u8]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &c in data {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

pub fn islower(data: &[u8]) -> bool {
    data.iter().any(u8::is_ascii_lowercase) && !data.iter().any(u8::is_ascii_uppercase)
}

pub fn isupper(data: &[u8]) -> bool {
    data.iter().any(u8::is_ascii_uppercase) && !data.iter().any(u8::is_ascii_lowercase)
}

/// True when `data` is non-empty and every byte satisfies `f`.
pub fn all_nonempty(data: &[u8], f: impl Fn(&u8) -> bool) -> bool {
    !data.is_empty() && data.iter().all(f)
}

/// `translate(table, delete)`: drops the bytes in `delete`, then maps the
/// rest through `table` (256 bytes) when there is one.
pub fn translate(data: &[u8], table: Option<&[u8]>, delete: &[u8]) -> Vec<u8> {
    let mut gone = [false; 256];
    for &c in delete {
        gone[c as usize] = true;
    }
    data.iter()
        .filter(|&&c| !gone[c as usize])
        .map(|&c| table.and_then(|t| t.get(c as usize).copied()).unwrap_or(c))
        .collect()
}

/// `bytes.maketrans(frm, to)`: the identity table with `frm[i]` mapped to
/// `to[i]` (callers check the lengths match).
pub fn maketrans(frm: &[u8], to: &[u8]) -> Vec<u8> {
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in frm.iter().zip(to) {
        table[f as usize] = t;
    }
    table
}

/// How many replacements `replace(old, new, count)` makes (a negative
/// count means no limit).
pub fn count_limit(data: &[u8], old: &[u8], count: i64) -> usize {
    self::count(data, old, usize::try_from(count).unwrap_or(usize::MAX))
}

/// `replace(old, new, count)`; a negative count replaces every occurrence.
pub fn replace(data: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let mut left = count_limit(data, old, count);
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        // The new bytes go before each of the first `left` bytes, and
        // after the last one when the count reaches `len + 1`.
        for (i, &c) in data.iter().enumerate() {
            if i < left {
                out.extend_from_slice(new);
            }
            out.push(c);
        }
        if left > data.len() {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut rest = data;
    while left > 0 {
        let Some(p) = find(rest, old) else { break };
        out.extend_from_slice(&rest[..p]);
        out.extend_from_slice(new);
        rest = rest.get(p + old.len()..).unwrap_or_default();
        left -= 1;
    }
    out.extend_from_slice(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Searches agree with a plain window scan on pseudo-random data
    /// over a small alphabet (many partial matches), long needles too.
    #[test]
    fn searches_agree_with_window_scan() {
        let mut seed = 12345u64;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        for _ in 0..3000 {
            let hay: Vec<u8> = (0..next(200)).map(|_| b'a' + next(2) as u8).collect();
            let needle: Vec<u8> = (0..next(40)).map(|_| b'a' + next(2) as u8).collect();
            let windows = |rev: bool| {
                if needle.is_empty() {
                    return Some(if rev { hay.len() } else { 0 });
                }
                let mut it = hay.windows(needle.len());
                if rev {
                    it.rposition(|w| w == &needle[..])
                } else {
                    it.position(|w| w == &needle[..])
                }
            };
            assert_eq!(find(&hay, &needle), windows(false));
            assert_eq!(rfind(&hay, &needle), windows(true));
        }
    }

    #[test]
    fn long_periodic_needles_are_fast() {
        let hay = vec![b'a'; 200_000];
        let mut needle = vec![b'a'; 50_000];
        needle.push(b'b');
        assert_eq!(find(&hay, &needle), None);
        assert_eq!(rfind(&hay, &needle), None);
        assert_eq!(count(&hay, &needle[..50_000], usize::MAX), 4);
    }
}
