//! Byte algorithms written once over `&[u8]`, shared by bytes, bytearray
//! and memoryview.

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
                out.push(HEX[(c >> 4) as usize] as char);
                out.push(HEX[(c & 15) as usize] as char);
            }
        }
    }
    out.push(quote as char);
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `bytes.hex(sep, bytes_per_sep)`.
pub fn hex(data: &[u8], sep: Option<char>, per: i64) -> String {
    let mut out = String::with_capacity(data.len() * 3);
    let Some(sep) = sep.filter(|_| per != 0) else {
        for &c in data {
            out.push(HEX[(c >> 4) as usize] as char);
            out.push(HEX[(c & 15) as usize] as char);
        }
        return out;
    };
    let n = per.unsigned_abs() as usize;
    let len = data.len();
    for (i, &c) in data.iter().enumerate() {
        // Groups count from the right for a positive `per`, from the left otherwise.
        let boundary = if per > 0 {
            (len - i).is_multiple_of(n)
        } else {
            i % n == 0
        };
        if i > 0 && boundary {
            out.push(sep);
        }
        out.push(HEX[(c >> 4) as usize] as char);
        out.push(HEX[(c & 15) as usize] as char);
    }
    out
}

/// First index of `needle` in `hay`.
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() == 1 {
        return hay.iter().position(|&c| c == needle[0]);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Last index of `needle` in `hay`.
pub fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Non-overlapping occurrences of `needle` (an empty needle matches len+1 times).
pub fn count(hay: &[u8], needle: &[u8]) -> usize {
    if needle.is_empty() {
        return hay.len() + 1;
    }
    if needle.len() == 1 {
        return hay.iter().filter(|&&c| c == needle[0]).count();
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(p) = find(&hay[i..], needle) {
        n += 1;
        i += p + needle.len();
    }
    n
}

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
    &data[start..end.max(start)]
}

/// `split(sep, maxsplit)`; `None` splits on runs of whitespace.
pub fn split(data: &[u8], sep: Option<&[u8]>, maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    match sep {
        Some(sep) => {
            let mut i = 0;
            while left > 0 {
                match find(&data[i..], sep) {
                    Some(p) => {
                        out.push(data[i..i + p].to_vec());
                        i += p + sep.len();
                        left -= 1;
                    }
                    None => break,
                }
            }
            out.push(data[i..].to_vec());
        }
        None => {
            let mut i = 0;
            let n = data.len();
            loop {
                while i < n && is_space(data[i]) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                if left == 0 {
                    let rest = strip(&data[i..], None, false, true);
                    out.push(rest.to_vec());
                    break;
                }
                let start = i;
                while i < n && !is_space(data[i]) {
                    i += 1;
                }
                out.push(data[start..i].to_vec());
                left -= 1;
            }
        }
    }
    out
}

/// `replace(old, new, count)`.
pub fn replace(data: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let mut left = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        for (i, &c) in data.iter().enumerate() {
            if left > 0 {
                out.extend_from_slice(new);
                left -= 1;
            }
            out.push(c);
            let _ = i;
        }
        if left > 0 {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    while left > 0 {
        match find(&data[i..], old) {
            Some(p) => {
                out.extend_from_slice(&data[i..i + p]);
                out.extend_from_slice(new);
                i += p + old.len();
                left -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&data[i..]);
    out
}
