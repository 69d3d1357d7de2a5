//! The `punycode` (RFC 3492) and `idna` (RFC 3490, as CPython's
//! `encodings.idna`) codecs, strict errors only. Nameprep is its mapping
//! part: characters mapped to nothing dropped, case folding and NFKC; the
//! prohibited-character and bidi checks are not made.

use crate::exceptions::{new_err, ExcType, PyErr, PyResult};
use unicode_normalization::UnicodeNormalization;

const BASE: u32 = 36;
const T_MIN: u32 = 1;
const T_MAX: u32 = 26;
const SKEW: u32 = 38;
const DAMP: u32 = 700;
const INITIAL_BIAS: u32 = 72;
const INITIAL_N: u32 = 128;

fn unicode_error(msg: &str) -> Box<PyErr> {
    new_err(ExcType::UnicodeError, msg.to_string())
}

fn adapt(mut delta: u32, points: u32, first: bool) -> u32 {
    delta /= if first { DAMP } else { 2 };
    delta += delta / points;
    let mut k = 0;
    while delta > ((BASE - T_MIN) * T_MAX) / 2 {
        delta /= BASE - T_MIN;
        k += BASE;
    }
    k + (BASE - T_MIN + 1) * delta / (delta + SKEW)
}

fn digit(d: u32) -> u8 {
    if d < 26 {
        b'a' + d as u8
    } else {
        b'0' + (d - 26) as u8
    }
}

fn threshold(k: u32, bias: u32) -> u32 {
    if k <= bias {
        T_MIN
    } else if k >= bias + T_MAX {
        T_MAX
    } else {
        k - bias
    }
}

/// `text.encode("punycode")`.
pub fn punycode_encode(text: &str) -> Vec<u8> {
    let chars: Vec<u32> = text.chars().map(|c| c as u32).collect();
    let mut out: Vec<u8> = chars
        .iter()
        .filter(|&&c| c < 0x80)
        .map(|&c| c as u8)
        .collect();
    let basic = out.len() as u32;
    if basic > 0 {
        out.push(b'-');
    }
    let (mut n, mut delta, mut bias, mut handled) = (INITIAL_N, 0u64, INITIAL_BIAS, basic);
    while (handled as usize) < chars.len() {
        let m = chars.iter().copied().filter(|&c| c >= n).min().unwrap_or(n);
        delta += u64::from(m - n) * u64::from(handled + 1);
        n = m;
        for &c in &chars {
            if c < n {
                delta += 1;
            }
            if c == n {
                let mut q = delta as u32;
                let mut k = BASE;
                loop {
                    let t = threshold(k, bias);
                    if q < t {
                        break;
                    }
                    out.push(digit(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                out.push(digit(q));
                bias = adapt(delta as u32, handled + 1, handled == basic);
                delta = 0;
                handled += 1;
            }
        }
        delta += 1;
        n += 1;
    }
    out
}

/// `data.decode("punycode")`.
pub fn punycode_decode(data: &[u8]) -> PyResult<String> {
    let (basic, rest) = match data.iter().rposition(|&b| b == b'-') {
        Some(p) => (&data[..p], &data[p + 1..]),
        None => (&data[..0], data),
    };
    let mut out: Vec<char> = crate::codecs::decode(basic, "ascii", "strict")?
        .chars()
        .collect();
    let (mut n, mut i, mut bias) = (INITIAL_N, 0u32, INITIAL_BIAS);
    let mut pos = 0;
    while pos < rest.len() {
        let old_i = i;
        let mut w = 1u32;
        let mut k = BASE;
        loop {
            let Some(&b) = rest.get(pos) else {
                return Err(unicode_error("incomplete punicode string"));
            };
            pos += 1;
            let d = match b {
                b'A'..=b'Z' => u32::from(b - b'A'),
                b'a'..=b'z' => u32::from(b - b'a'),
                b'0'..=b'9' => u32::from(b - b'0') + 26,
                _ => {
                    return Err(unicode_error(&format!(
                        "Invalid extended code point '{}'",
                        char::from(b)
                    )))
                }
            };
            i = i
                .checked_add(d.checked_mul(w).ok_or_else(|| unicode_error("overflow"))?)
                .ok_or_else(|| unicode_error("overflow"))?;
            let t = threshold(k, bias);
            if d < t {
                break;
            }
            w = w
                .checked_mul(BASE - t)
                .ok_or_else(|| unicode_error("overflow"))?;
            k += BASE;
        }
        let len = out.len() as u32 + 1;
        bias = adapt(i - old_i, len, old_i == 0);
        n += i / len;
        i %= len;
        let c = char::from_u32(n)
            .ok_or_else(|| unicode_error(&format!("Invalid character U+{n:x}")))?;
        out.insert(i as usize, c);
        i += 1;
    }
    Ok(out.into_iter().collect())
}

/// The mapping steps of nameprep (RFC 3491).
fn nameprep(label: &str) -> String {
    let kept: String = label
        .chars()
        .filter(|&c| {
            !matches!(c, '\u{ad}' | '\u{34f}' | '\u{1806}' | '\u{180b}'..='\u{180d}'
                | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}')
        })
        .collect();
    crate::objects::str::casefold(&kept).nfkc().collect()
}

fn checked_label(label: Vec<u8>) -> PyResult<Vec<u8>> {
    if !label.is_empty() && label.len() < 64 {
        Ok(label)
    } else {
        Err(unicode_error("label empty or too long"))
    }
}

fn to_ascii(label: &str) -> PyResult<Vec<u8>> {
    if label.is_ascii() {
        return checked_label(label.as_bytes().to_vec());
    }
    let label = nameprep(label);
    if label.is_ascii() {
        return checked_label(label.into_bytes());
    }
    if label.starts_with("xn--") {
        return Err(unicode_error("Label starts with ACE prefix"));
    }
    let mut out = b"xn--".to_vec();
    out.extend(punycode_encode(&label));
    checked_label(out)
}

/// `text.encode("idna")`.
pub fn idna_encode(text: &str) -> PyResult<Vec<u8>> {
    if text.is_empty() {
        return Ok(Vec::new());
    }
    if text.is_ascii() {
        let labels: Vec<&str> = text.split('.').collect();
        let (last, init) = labels.split_last().unwrap_or((&"", &[]));
        if init.iter().any(|l| l.is_empty() || l.len() >= 64) {
            return Err(unicode_error("label empty or too long"));
        }
        if last.len() >= 64 {
            return Err(unicode_error("label too long"));
        }
        return Ok(text.as_bytes().to_vec());
    }
    let mut labels: Vec<&str> = text
        .split(['.', '\u{3002}', '\u{ff0e}', '\u{ff61}'])
        .collect();
    let trailing_dot = labels.last().is_some_and(|l| l.is_empty());
    if trailing_dot {
        labels.pop();
    }
    let mut out = Vec::new();
    for label in labels {
        if !out.is_empty() {
            out.push(b'.');
        }
        out.extend(to_ascii(label)?);
    }
    if trailing_dot {
        out.push(b'.');
    }
    Ok(out)
}

fn to_unicode(label: &[u8]) -> PyResult<String> {
    let text = String::from_utf8_lossy(label);
    let lower = text.to_ascii_lowercase();
    let Some(encoded) = lower.strip_prefix("xn--") else {
        return Ok(text.into_owned());
    };
    let result = punycode_decode(encoded.as_bytes())?;
    if to_ascii(&result)? != lower.as_bytes() {
        return Err(unicode_error("IDNA does not round-trip"));
    }
    Ok(result)
}

/// `data.decode("idna")`.
pub fn idna_decode(data: &[u8]) -> PyResult<String> {
    if !data.windows(4).any(|w| w == b"xn--") && data.is_ascii() {
        return Ok(String::from_utf8_lossy(data).into_owned());
    }
    let mut labels: Vec<&[u8]> = data.split(|&b| b == b'.').collect();
    let trailing_dot = labels.last().is_some_and(|l| l.is_empty());
    if trailing_dot {
        labels.pop();
    }
    let mut out = Vec::new();
    for label in labels {
        out.push(to_unicode(label)?);
    }
    let mut text = out.join(".");
    if trailing_dot {
        text.push('.');
    }
    Ok(text)
}
