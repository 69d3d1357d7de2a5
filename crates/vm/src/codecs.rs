//! Text encodings: `str.encode`, `bytes.decode`, `bytes(s, enc)` and
//! `str(b, enc)`.
//!
//! Supports the utf-8, ascii and latin-1 codecs under every name CPython
//! accepts for them (its normalisation and aliases), with the error
//! handlers strict, ignore, replace and backslashreplace (encoding also
//! xmlcharrefreplace). Errors are UnicodeEncodeError/UnicodeDecodeError
//! objects with CPython's five arguments (encoding, object, start, end,
//! reason), so their message and attributes match. Not supported: other
//! codecs (LookupError), and handlers that need lone surrogates
//! (surrogateescape, surrogatepass) or character names (namereplace),
//! which fail like strict.

use crate::exceptions::{self, err_from, new_err, ExcType, PyErr, PyException, PyResult};
use crate::objects::function::Args;
use crate::value::Value;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The name CPython's messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// `encodings.normalize_encoding` after `codecs.lookup`'s lowercasing:
/// runs of characters other than letters, digits and `.` become one `_`,
/// with none at either end.
fn normalize(enc: &str) -> String {
    let mut out = String::with_capacity(enc.len());
    let mut pending = false;
    for c in enc.chars() {
        if c.is_alphanumeric() || c == '.' {
            if pending && !out.is_empty() {
                out.push('_');
            }
            pending = false;
            out.extend(c.to_lowercase());
        } else {
            pending = true;
        }
    }
    out
}

/// The codecs' module names in CPython's `encodings` package.
const MODULES: &[(&str, Codec)] = &[
    ("utf_8", Codec::Utf8),
    ("ascii", Codec::Ascii),
    ("latin_1", Codec::Latin1),
];

/// CPython's aliases of those codecs (`encodings.aliases`).
const ALIASES: &[(&str, Codec)] = &[
    ("u8", Codec::Utf8),
    ("utf", Codec::Utf8),
    ("utf8", Codec::Utf8),
    ("utf8_ucs2", Codec::Utf8),
    ("utf8_ucs4", Codec::Utf8),
    ("cp65001", Codec::Utf8),
    ("646", Codec::Ascii),
    ("ansi_x3.4_1968", Codec::Ascii),
    ("ansi_x3.4_1986", Codec::Ascii),
    ("ansi_x3_4_1968", Codec::Ascii),
    ("cp367", Codec::Ascii),
    ("csascii", Codec::Ascii),
    ("ibm367", Codec::Ascii),
    ("iso646_us", Codec::Ascii),
    ("iso_646.irv_1991", Codec::Ascii),
    ("iso_ir_6", Codec::Ascii),
    ("us", Codec::Ascii),
    ("us_ascii", Codec::Ascii),
    ("8859", Codec::Latin1),
    ("cp819", Codec::Latin1),
    ("csisolatin1", Codec::Latin1),
    ("ibm819", Codec::Latin1),
    ("iso8859", Codec::Latin1),
    ("iso8859_1", Codec::Latin1),
    ("iso_8859_1", Codec::Latin1),
    ("iso_8859_1_1987", Codec::Latin1),
    ("iso_ir_100", Codec::Latin1),
    ("l1", Codec::Latin1),
    ("latin", Codec::Latin1),
    ("latin1", Codec::Latin1),
];

/// CPython's built-in fast-path names (`PyUnicode_Decode`,
/// `PyUnicode_AsEncodedString`), which skip the codec registry.
const FAST_PATH: &[&str] = &[
    "utf8",
    "utf_8",
    "ascii",
    "us_ascii",
    "latin1",
    "latin_1",
    "iso_8859_1",
    "iso8859_1",
];

/// Errors raised inside a codec reached through the registry come out
/// wrapped, as CPython's `_PyErr_TrySetFromCause` does: "encoding with
/// 'l1' codec failed (LookupError: ...)". Unicode errors pass unchanged.
fn wrap_registry_error(enc: &str, verb: &str, e: Box<PyErr>) -> Box<PyErr> {
    if !matches!(e.exc.typ, ExcType::LookupError | ExcType::TypeError)
        || FAST_PATH.contains(&normalize(enc).as_str())
    {
        return e;
    }
    new_err(
        e.exc.typ,
        format!(
            "{verb} with '{enc}' codec failed ({}: {})",
            e.exc.typ.name(),
            crate::ops::exc_message(&e.exc)
        ),
    )
}

fn lookup(enc: &str) -> PyResult<Codec> {
    let norm = normalize(enc);
    let find =
        |table: &[(&str, Codec)], n: &str| table.iter().find(|(k, _)| *k == n).map(|&(_, c)| c);
    // As `encodings.search_function`: aliases also with dots as
    // underscores, module names only as written.
    find(ALIASES, &norm)
        .or_else(|| find(ALIASES, &norm.replace('.', "_")))
        .or_else(|| find(MODULES, &norm))
        .ok_or_else(|| new_err(ExcType::LookupError, format!("unknown encoding: {enc}")))
}

/// An error handler, looked up (as in CPython) only when an error occurs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

fn handler(errors: &str) -> PyResult<Handler> {
    Ok(match errors {
        "strict" | "surrogateescape" | "surrogatepass" | "namereplace" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        other => {
            return Err(new_err(
                ExcType::LookupError,
                format!("unknown error handler name '{other}'"),
            ))
        }
    })
}

/// A UnicodeEncodeError/UnicodeDecodeError with CPython's arguments
/// (its message comes from them, see [`exceptions::unicode_error_message`]).
fn unicode_error(
    typ: ExcType,
    codec: Codec,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> Box<PyErr> {
    err_from(PyException::new(
        typ,
        vec![
            Value::str(codec.name()),
            object,
            Value::from_usize(start),
            Value::from_usize(end),
            Value::str(reason),
        ],
    ))
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub fn escape_char(c: char) -> String {
    let u = c as u32;
    if u < 0x100 {
        format!("\\x{u:02x}")
    } else if u < 0x10000 {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    }
}

/// `s` with every non-ASCII character escaped, as `ascii()` does to a repr.
pub fn escape_non_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(&escape_char(c));
        }
    }
    out
}

/// `s.encode(enc, errors)`.
pub fn encode(s: &str, enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(enc)?;
    encode_with(codec, s, errors).map_err(|e| wrap_registry_error(enc, "encoding", e))
}

fn encode_with(codec: Codec, s: &str, errors: &str) -> PyResult<Vec<u8>> {
    let limit = match codec {
        // A Rust string holds no lone surrogates, so utf-8 cannot fail.
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if (c as u32) < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        // CPython hands the whole run of unencodable characters to the handler.
        let run = chars[i..]
            .iter()
            .take_while(|&&c| c as u32 >= limit)
            .count();
        let bad = &chars[i..i + run];
        match handler(errors)? {
            Handler::Strict => {
                return Err(unicode_error(
                    ExcType::UnicodeEncodeError,
                    codec,
                    Value::str(s),
                    i,
                    i + run,
                    &format!("ordinal not in range({limit})"),
                ))
            }
            Handler::Ignore => {}
            Handler::Replace => out.resize(out.len() + run, b'?'),
            Handler::BackslashReplace => {
                for &c in bad {
                    out.extend_from_slice(escape_char(c).as_bytes());
                }
            }
            Handler::XmlCharRefReplace => {
                for &c in bad {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
        }
        i += run;
    }
    Ok(out)
}

/// `data.decode(enc, errors)`.
pub fn decode(data: &[u8], enc: &str, errors: &str) -> PyResult<String> {
    // CPython returns '' for empty input before looking anything up.
    if data.is_empty() {
        return Ok(String::new());
    }
    let codec = lookup(enc)?;
    decode_with(codec, data, errors).map_err(|e| wrap_registry_error(enc, "decoding", e))
}

fn decode_with(codec: Codec, data: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let rest = data.get(i..).unwrap_or_default();
        let (good, bad, reason) = match codec {
            Codec::Latin1 => {
                out.extend(rest.iter().map(|&b| b as char));
                break;
            }
            Codec::Ascii => {
                let good = rest
                    .iter()
                    .position(|b| !b.is_ascii())
                    .unwrap_or(rest.len());
                (good, 1, "ordinal not in range(128)")
            }
            Codec::Utf8 => match std::str::from_utf8(rest) {
                Ok(_) => (rest.len(), 0, ""),
                Err(e) => {
                    let good = e.valid_up_to();
                    let first = rest.get(good).copied().unwrap_or(0);
                    let (bad, reason) = match e.error_len() {
                        None => (rest.len() - good, "unexpected end of data"),
                        Some(n) if (0x80..0xc2).contains(&first) || first > 0xf4 => {
                            (n, "invalid start byte")
                        }
                        Some(n) => (n, "invalid continuation byte"),
                    };
                    (good, bad, reason)
                }
            },
        };
        // The prefix is valid ASCII or UTF-8, so this conversion never fails.
        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
        if good == rest.len() {
            break;
        }
        let start = i + good;
        let end = start + bad;
        match handler(errors)? {
            Handler::Strict => {
                return Err(unicode_error(
                    ExcType::UnicodeDecodeError,
                    codec,
                    crate::objects::bytes::new_value(data.to_vec()),
                    start,
                    end,
                    reason,
                ))
            }
            Handler::Ignore => {}
            Handler::Replace => out.push('\u{fffd}'),
            Handler::BackslashReplace => {
                for b in data.get(start..end).unwrap_or_default() {
                    out.push_str(&format!("\\x{b:02x}"));
                }
            }
            Handler::XmlCharRefReplace => {
                return Err(exceptions::type_error(
                    "don't know how to handle UnicodeDecodeError in error callback",
                ))
            }
        }
        i = end;
    }
    Ok(out)
}

/// An `encoding`/`errors` argument: a str, or CPython's TypeError.
pub fn text_arg(func: &str, name: &str, v: &Option<Value>) -> PyResult<Option<Rc<str>>> {
    match v {
        None => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.clone())),
        Some(v) => Err(exceptions::bad_argument(
            func,
            &format!("argument '{name}'"),
            "str",
            v,
        )),
    }
}

/// The `encoding` and `errors` slots of a parsed call, with defaults.
pub fn enc_errors(
    func: &str,
    enc: &Option<Value>,
    errors: &Option<Value>,
) -> PyResult<(Rc<str>, Rc<str>)> {
    let e = text_arg(func, "encoding", enc)?.unwrap_or_else(|| "utf-8".into());
    let r = text_arg(func, "errors", errors)?.unwrap_or_else(|| "strict".into());
    Ok((e, r))
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn encode_method(s: &str, args: &Args) -> PyResult<Value> {
    let slots = args.parse("encode", &["encoding", "errors"], 0, 0, 2)?;
    let (enc, errors) = enc_errors("encode", &slots[0], &slots[1])?;
    Ok(crate::objects::bytes::new_value(encode(s, &enc, &errors)?))
}

/// `str(object, encoding, errors)` called with keywords or more than one
/// argument.
pub fn str_from_args(vm: &mut crate::interp::Vm, args: &Args) -> PyResult<Value> {
    let slots = args.parse("str", &["object", "encoding", "errors"], 0, 0, 3)?;
    let (enc, errors) = enc_errors("str", &slots[1], &slots[2])?;
    let Some(src) = slots[0].clone() else {
        return Ok(Value::str(""));
    };
    if slots[1].is_none() && slots[2].is_none() {
        return Ok(Value::Str(vm.str_of(&src)?.into()));
    }
    if let Value::Str(_) = src {
        return Err(exceptions::type_error("decoding str is not supported"));
    }
    let Some(data) = crate::buffer::to_vec(&src) else {
        return Err(exceptions::type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            src.type_name()
        )));
    };
    Ok(Value::Str(decode(&data?, &enc, &errors)?.into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_normalise_like_cpython() {
        assert_eq!(normalize("  UTF--8 "), "utf_8");
        assert_eq!(normalize("ISO_8859-1:1987"), "iso_8859_1_1987");
        assert!(lookup("utf.8").is_err());
        assert_eq!(lookup("ANSI_X3.4-1968").ok(), Some(Codec::Ascii));
        assert_eq!(lookup("Latin 1").ok(), Some(Codec::Latin1));
    }
}
