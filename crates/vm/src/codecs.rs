//! Text encodings: `str.encode`, `bytes.decode`, `bytes(s, enc)` and
//! `str(b, enc)`, and what `sys.stdout`/`sys.stderr` write.
//!
//! Supports the codecs utf-8, utf-8-sig, ascii, latin-1, cp1252, utf-16,
//! utf-16-le, utf-16-be, utf-32, utf-32-le, utf-32-be, unicode_escape and
//! raw_unicode_escape (without the DeprecationWarning CPython gives an
//! invalid escape when decoding) under every name
//! CPython accepts for them (its normalisation and aliases), with byte
//! order marks as CPython writes and reads them (utf-16/utf-32 write the
//! native order's; reading one picks the order, else native). Every
//! error handler is supported: strict, ignore, replace, backslashreplace,
//! surrogateescape, surrogatepass (for the utf codecs), and on encoding
//! xmlcharrefreplace and namereplace. Errors are
//! UnicodeEncodeError/UnicodeDecodeError objects with CPython's five
//! arguments (encoding, object, start, end, reason) and its ranges: each
//! codec hands its handler the run of characters CPython's does (utf-8 a
//! run of surrogates, ascii/latin-1/cp1252 a run of unencodable
//! characters, utf-16/utf-32 one surrogate), and resumes where CPython's
//! does. Lone surrogates in strings are stand-ins (`crate::surrogates`),
//! mapped back here. Other codecs raise `LookupError`.
//!
//! Character names for namereplace come from the `unicode_names2` crate,
//! limited to the characters Unicode 14 (CPython 3.11) names
//! (`unicode_tables::NAMED`).

use crate::exceptions::{self, err_from, new_err, ExcType, PyErr, PyException, PyResult};
use crate::objects::function::Args;
use crate::surrogates;
use crate::value::Value;
use std::borrow::Cow;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Endian {
    Little,
    Big,
}

/// The byte order CPython's utf-16/utf-32 codecs write and assume.
const NATIVE: Endian = if cfg!(target_endian = "big") {
    Endian::Big
} else {
    Endian::Little
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Cp1252,
    /// `None`: the codec that reads and writes a byte order mark.
    Utf16(Option<Endian>),
    Utf32(Option<Endian>),
    /// `unicode_escape` (`false`) and `raw_unicode_escape` (`true`).
    UnicodeEscape(bool),
}

impl Codec {
    /// The name CPython's messages use.
    fn name(self) -> &'static str {
        use Endian::*;
        match self {
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Cp1252 => "charmap",
            Codec::Utf16(None) => "utf-16",
            Codec::Utf16(Some(Little)) => "utf-16-le",
            Codec::Utf16(Some(Big)) => "utf-16-be",
            Codec::Utf32(None) => "utf-32",
            Codec::Utf32(Some(Little)) => "utf-32-le",
            Codec::Utf32(Some(Big)) => "utf-32-be",
            Codec::UnicodeEscape(false) => "unicodeescape",
            Codec::UnicodeEscape(true) => "rawunicodeescape",
        }
    }

    /// Why a character this codec cannot encode fails.
    fn encode_reason(self) -> &'static str {
        match self {
            Codec::Ascii => "ordinal not in range(128)",
            Codec::Latin1 => "ordinal not in range(256)",
            Codec::Cp1252 => "character maps to <undefined>",
            _ => "surrogates not allowed",
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
    ("utf_8_sig", Codec::Utf8Sig),
    ("ascii", Codec::Ascii),
    ("latin_1", Codec::Latin1),
    ("cp1252", Codec::Cp1252),
    ("utf_16", Codec::Utf16(None)),
    ("utf_16_le", Codec::Utf16(Some(Endian::Little))),
    ("utf_16_be", Codec::Utf16(Some(Endian::Big))),
    ("utf_32", Codec::Utf32(None)),
    ("utf_32_le", Codec::Utf32(Some(Endian::Little))),
    ("utf_32_be", Codec::Utf32(Some(Endian::Big))),
    ("unicode_escape", Codec::UnicodeEscape(false)),
    ("raw_unicode_escape", Codec::UnicodeEscape(true)),
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
    ("1252", Codec::Cp1252),
    ("windows_1252", Codec::Cp1252),
    ("u16", Codec::Utf16(None)),
    ("utf16", Codec::Utf16(None)),
    ("unicodebigunmarked", Codec::Utf16(Some(Endian::Big))),
    ("utf_16be", Codec::Utf16(Some(Endian::Big))),
    ("unicodelittleunmarked", Codec::Utf16(Some(Endian::Little))),
    ("utf_16le", Codec::Utf16(Some(Endian::Little))),
    ("u32", Codec::Utf32(None)),
    ("utf32", Codec::Utf32(None)),
    ("utf_32be", Codec::Utf32(Some(Endian::Big))),
    ("utf_32le", Codec::Utf32(Some(Endian::Little))),
];

/// CPython's built-in fast-path names (`PyUnicode_Decode`,
/// `PyUnicode_AsEncodedString`), which skip the codec registry.
const FAST_PATH: &[&str] = &[
    "utf8",
    "utf_8",
    "utf16",
    "utf_16",
    "utf32",
    "utf_32",
    "ascii",
    "us_ascii",
    "latin1",
    "latin_1",
    "iso_8859_1",
    "iso8859_1",
];

/// Errors raised inside a codec reached through the registry come out
/// wrapped, as CPython's `_PyErr_TrySetFromCause` does: "encoding with
/// 'l1' codec failed (LookupError: ...)". Unicode errors pass unchanged,
/// but show the frame of the codec module's Python function they passed
/// through, as CPython's tracebacks do.
fn from_registry(enc: &str, codec: Codec, verb: &str, e: Box<PyErr>) -> Box<PyErr> {
    if FAST_PATH.contains(&normalize(enc).as_str()) {
        return e;
    }
    if matches!(
        e.exc.typ,
        ExcType::UnicodeEncodeError | ExcType::UnicodeDecodeError
    ) {
        if let Some(frame) = module_frame(codec, verb == "decoding") {
            e.exc.traceback.borrow_mut().push(frame);
        }
        return e;
    }
    if !matches!(e.exc.typ, ExcType::LookupError | ExcType::TypeError) {
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

/// A plain `UnicodeError` from a Python codec, wrapped as CPython's
/// registry does ("encoding with 'idna' codec failed (UnicodeError: ...)").
fn wrap_plain(enc: &str, verb: &str, e: Box<PyErr>) -> Box<PyErr> {
    if e.exc.typ != ExcType::UnicodeError {
        return e;
    }
    new_err(
        ExcType::UnicodeError,
        format!(
            "{verb} with '{enc}' codec failed (UnicodeError: {})",
            crate::ops::exc_message(&e.exc)
        ),
    )
}

/// The traceback entry of the Python function in CPython's `encodings`
/// package that calls the codec (ascii and latin-1, and the encoders of
/// the utf codecs, are C functions there and have none): its module, line,
/// function, source line and the columns of the call in it.
fn module_frame(codec: Codec, decoding: bool) -> Option<crate::exceptions::TbEntry> {
    use Endian::*;
    let utf_call = "    return codecs.{}_decode(input, errors, True)";
    let (module, line, func, text, start): (&str, u32, &str, String, usize) =
        match (codec, decoding) {
            // Its codec class holds the C functions themselves.
            (Codec::UnicodeEscape(_), _) => return None,
            (Codec::Utf8Sig, true) => (
                "utf_8_sig",
                23,
                "decode",
                "    (output, consumed) = codecs.utf_8_decode(input, errors, True)".into(),
                25,
            ),
            (Codec::Utf8Sig, false) => (
                "utf_8_sig",
                15,
                "encode",
                "    return (codecs.BOM_UTF8 + codecs.utf_8_encode(input, errors)[0],".into(),
                30,
            ),
            (Codec::Cp1252, _) => {
                let (line, func, table) = if decoding {
                    (15, "decode", "decoding_table")
                } else {
                    (12, "encode", "encoding_table")
                };
                let text = format!("        return codecs.charmap_{func}(input,errors,{table})");
                ("cp1252", line, func, text, 15)
            }
            (_, false) | (Codec::Ascii | Codec::Latin1, true) => return None,
            (c, true) => {
                let module = match c {
                    Codec::Utf16(None) => "utf_16",
                    Codec::Utf16(Some(Little)) => "utf_16_le",
                    Codec::Utf16(Some(Big)) => "utf_16_be",
                    Codec::Utf32(None) => "utf_32",
                    Codec::Utf32(Some(Little)) => "utf_32_le",
                    Codec::Utf32(Some(Big)) => "utf_32_be",
                    _ => "utf_8",
                };
                let line = if matches!(c, Codec::Utf32(_)) { 11 } else { 16 };
                (module, line, "decode", utf_call.replace("{}", module), 11)
            }
        };
    // The call ends at the line's last `)` (utf-8-sig's encoder: the one
    // before `[0]`).
    let end = if text.ends_with(",") {
        text.rfind("[0]")?
    } else {
        text.len()
    };
    let pad = "\n".repeat(line as usize - 1);
    let offset = pad.len();
    Some(crate::exceptions::TbEntry {
        code: crate::interp::CodeUnit::new(
            &format!("/usr/lib/python3.11/encodings/{module}.py"),
            &format!("{pad}{text}\n"),
        ),
        span: pyview_syntax::ir::Span {
            start: (offset + start) as u32,
            end: (offset + end) as u32,
        },
        func: func.into(),
        globals: None,
    })
}

/// `LookupError: unknown encoding: NAME` unless pyview has the codec.
/// (`'hex' is not a text encoding; use codecs.open() ...` for a
/// bytes-to-bytes or str-to-str codec).
pub fn check_encoding(enc: &str) -> PyResult<()> {
    text_lookup(enc, "open").map(|_| ())
}

/// CPython's codecs that are not text encodings (bytes-to-bytes and
/// str-to-str, which the `codecs` module runs), by their aliases and
/// module names.
const NOT_TEXT: &[&str] = &[
    "base64",
    "base_64",
    "base64_codec",
    "bz2",
    "bz2_codec",
    "hex",
    "hex_codec",
    "quopri",
    "quoted_printable",
    "quotedprintable",
    "quopri_codec",
    "rot13",
    "rot_13",
    "uu",
    "uu_codec",
    "zip",
    "zlib",
    "zlib_codec",
];

/// [`lookup`] for `str.encode`, `bytes.decode` and `open`, which refuse
/// the codecs that are not text encodings (`verb` is the `codecs`
/// function the message points to).
fn text_lookup(enc: &str, verb: &str) -> PyResult<Codec> {
    lookup(enc).map_err(|e| {
        if NOT_TEXT.contains(&normalize(enc).as_str()) {
            new_err(
                ExcType::LookupError,
                format!("'{enc}' is not a text encoding; use codecs.{verb}() to handle arbitrary codecs"),
            )
        } else {
            e
        }
    })
}

/// The codec that writes what `enc` writes after its signature (byte
/// order mark), for a stream that already has one; `None` for codecs
/// without.
pub fn after_signature(enc: &str) -> Option<&'static str> {
    match lookup(enc).ok()? {
        Codec::Utf8Sig => Some("utf-8"),
        Codec::Utf16(None) => Some("utf-16-le"),
        Codec::Utf32(None) => Some("utf-32-le"),
        _ => None,
    }
}

/// Whether `enc` names UTF-8 (without a signature).
pub fn is_utf8(enc: &str) -> bool {
    matches!(lookup(enc), Ok(Codec::Utf8))
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
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
}

fn handler(errors: &str) -> PyResult<Handler> {
    Ok(match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "namereplace" => Handler::NameReplace,
        "surrogateescape" => Handler::SurrogateEscape,
        "surrogatepass" => Handler::SurrogatePass,
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

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` (a lone surrogate as `\udXXX`).
pub fn escape_char(c: char) -> String {
    let u = surrogates::code(c);
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

/// `\N{NAME}` for a character Unicode 14 names, else [`escape_char`].
fn name_escape(c: char) -> String {
    let named = !surrogates::is_surrogate(c)
        && crate::objects::str::in_table(crate::objects::unicode_tables::NAMED, c);
    match unicode_names2::name(c).filter(|_| named) {
        Some(name) => format!("\\N{{{name}}}"),
        None => escape_char(c),
    }
}

// ----- the codecs' tables and code units -----

/// cp1252's bytes 0x80..0x9F (the others are latin-1); 0 marks the five
/// undefined ones.
const CP1252_HIGH: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
    0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

fn cp1252_decode(b: u8) -> Option<char> {
    match b {
        0x80..=0x9f => match CP1252_HIGH[usize::from(b - 0x80)] {
            0 => None,
            u => char::from_u32(u32::from(u)),
        },
        _ => Some(char::from(b)),
    }
}

fn cp1252_encode(c: char) -> Option<u8> {
    let u = c as u32;
    match u {
        0..=0x7f | 0xa0..=0xff => Some(u as u8),
        _ => CP1252_HIGH
            .iter()
            .position(|&v| v != 0 && u32::from(v) == u)
            .map(|i| 0x80 + i as u8),
    }
}

const UTF8_BOM: &[u8] = b"\xef\xbb\xbf";

fn push_unit16(out: &mut Vec<u8>, e: Endian, u: u16) {
    out.extend_from_slice(&match e {
        Endian::Little => u.to_le_bytes(),
        Endian::Big => u.to_be_bytes(),
    });
}

fn push_unit32(out: &mut Vec<u8>, e: Endian, u: u32) {
    out.extend_from_slice(&match e {
        Endian::Little => u.to_le_bytes(),
        Endian::Big => u.to_be_bytes(),
    });
}

fn read16(data: &[u8], at: usize, e: Endian) -> Option<u32> {
    let b: [u8; 2] = data.get(at..at + 2)?.try_into().ok()?;
    Some(u32::from(match e {
        Endian::Little => u16::from_le_bytes(b),
        Endian::Big => u16::from_be_bytes(b),
    }))
}

fn read32(data: &[u8], at: usize, e: Endian) -> Option<u32> {
    let b: [u8; 4] = data.get(at..at + 4)?.try_into().ok()?;
    Some(match e {
        Endian::Little => u32::from_le_bytes(b),
        Endian::Big => u32::from_be_bytes(b),
    })
}

// ----- encoding -----

/// `s.encode(enc, errors)`.
pub fn encode(s: &str, enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    match normalize(enc).as_str() {
        "idna" => return crate::idna::idna_encode(s).map_err(|e| wrap_plain(enc, "encoding", e)),
        "punycode" => return Ok(crate::idna::punycode_encode(s)),
        _ => {}
    }
    let codec = text_lookup(enc, "encode")?;
    encode_with(codec, s, errors).map_err(|e| from_registry(enc, codec, "encoding", e))
}

/// Output of one encoding, in the codec's code units.
struct Encoder {
    codec: Codec,
    out: Vec<u8>,
}

impl Encoder {
    /// Writes `c` if the codec can encode it.
    fn put(&mut self, c: char) -> bool {
        let u = c as u32;
        let out = &mut self.out;
        match self.codec {
            Codec::Utf8 | Codec::Utf8Sig => {
                if surrogates::is_surrogate(c) {
                    return false;
                }
                out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
            }
            Codec::Ascii | Codec::Latin1 => {
                if u >= if self.codec == Codec::Ascii {
                    0x80
                } else {
                    0x100
                } {
                    return false;
                }
                out.push(u as u8);
            }
            Codec::Cp1252 => match cp1252_encode(c) {
                Some(b) => out.push(b),
                None => return false,
            },
            Codec::Utf16(e) => {
                if surrogates::is_surrogate(c) {
                    return false;
                }
                let e = e.unwrap_or(NATIVE);
                for unit in c.encode_utf16(&mut [0; 2]) {
                    push_unit16(out, e, *unit);
                }
            }
            Codec::Utf32(e) => {
                if surrogates::is_surrogate(c) {
                    return false;
                }
                push_unit32(out, e.unwrap_or(NATIVE), u);
            }
            Codec::UnicodeEscape(raw) => {
                // A lone surrogate is escaped as itself.
                let u = if surrogates::is_surrogate(c) {
                    surrogates::code(c)
                } else {
                    u
                };
                let escape = match u {
                    _ if raw && u < 0x100 => {
                        out.push(u as u8);
                        return true;
                    }
                    0x5c => "\\\\".to_string(),
                    0x09 => "\\t".to_string(),
                    0x0a => "\\n".to_string(),
                    0x0d => "\\r".to_string(),
                    0x20..=0x7e => {
                        out.push(u as u8);
                        return true;
                    }
                    0..=0xff => format!("\\x{u:02x}"),
                    0x100..=0xffff => format!("\\u{u:04x}"),
                    _ => format!("\\U{u:08x}"),
                };
                out.extend_from_slice(escape.as_bytes());
            }
        }
        true
    }

    /// Writes a handler's ASCII replacement text.
    fn text(&mut self, t: &str) {
        for c in t.chars() {
            self.put(c);
        }
    }

    /// A lone surrogate as surrogatepass writes it, if this codec can.
    fn pass(&mut self, c: char) -> bool {
        let u = surrogates::code(c);
        match self.codec {
            Codec::Utf8 | Codec::Utf8Sig => self.out.extend_from_slice(&[
                0xe0 | (u >> 12) as u8,
                0x80 | ((u >> 6) & 0x3f) as u8,
                0x80 | (u & 0x3f) as u8,
            ]),
            Codec::Utf16(e) => push_unit16(&mut self.out, e.unwrap_or(NATIVE), u as u16),
            Codec::Utf32(e) => push_unit32(&mut self.out, e.unwrap_or(NATIVE), u),
            _ => return false,
        }
        true
    }
}

/// The surrogateescape byte a character stands for (U+DC80..U+DCFF).
fn escaped_byte(c: char) -> Option<u8> {
    let u = surrogates::code(c);
    (0xdc80..=0xdcff).contains(&u).then(|| (u - 0xdc00) as u8)
}

fn encode_with(codec: Codec, s: &str, errors: &str) -> PyResult<Vec<u8>> {
    let mut enc = Encoder {
        codec,
        out: Vec::with_capacity(s.len() + 4),
    };
    match codec {
        Codec::Utf8Sig => enc.out.extend_from_slice(UTF8_BOM),
        Codec::Utf16(None) => push_unit16(&mut enc.out, NATIVE, 0xfeff),
        Codec::Utf32(None) => push_unit32(&mut enc.out, NATIVE, 0xfeff),
        _ => {}
    }
    if matches!(codec, Codec::Utf8 | Codec::Utf8Sig) && !surrogates::may_contain(s) {
        enc.out.extend_from_slice(s.as_bytes());
        return Ok(enc.out);
    }
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if enc.put(c) {
            i += 1;
            continue;
        }
        // The run of characters CPython hands the handler at once.
        let end = match codec {
            Codec::Utf16(_) | Codec::Utf32(_) => i + 1,
            _ => {
                let mut probe = Encoder {
                    codec,
                    out: Vec::new(),
                };
                i + chars[i..].iter().take_while(|&&c| !probe.put(c)).count()
            }
        };
        i = encode_error(&mut enc, s, &chars, i, end, errors)?;
    }
    Ok(enc.out)
}

/// Runs the handler on `chars[start..end]`; returns where to go on.
fn encode_error(
    enc: &mut Encoder,
    s: &str,
    chars: &[char],
    start: usize,
    end: usize,
    errors: &str,
) -> PyResult<usize> {
    let codec = enc.codec;
    let fail = |start: usize| {
        Err(unicode_error(
            ExcType::UnicodeEncodeError,
            codec,
            Value::str(s),
            start,
            end,
            codec.encode_reason(),
        ))
    };
    let bad = chars.get(start..end).unwrap_or_default();
    match handler(errors)? {
        Handler::Strict => return fail(start),
        Handler::Ignore => {}
        Handler::Replace => bad.iter().for_each(|_| enc.text("?")),
        Handler::BackslashReplace => bad.iter().for_each(|&c| enc.text(&escape_char(c))),
        Handler::XmlCharRefReplace => bad
            .iter()
            .for_each(|&c| enc.text(&format!("&#{};", surrogates::code(c)))),
        Handler::NameReplace => bad.iter().for_each(|&c| enc.text(&name_escape(c))),
        Handler::SurrogateEscape => {
            let ok = bad.iter().map_while(|&c| escaped_byte(c)).count();
            match codec {
                // These encoders write the escapable prefix themselves and
                // hand the rest on.
                Codec::Utf8 | Codec::Utf8Sig | Codec::Ascii | Codec::Latin1 => {
                    enc.out
                        .extend(bad.iter().filter_map(|&c| escaped_byte(c)).take(ok));
                    if ok < bad.len() {
                        return fail(start + ok);
                    }
                }
                // One byte is no whole code unit (and the escape codecs
                // never fail).
                Codec::Utf16(_) | Codec::Utf32(_) | Codec::UnicodeEscape(_) => return fail(start),
                Codec::Cp1252 => {
                    if ok < bad.len() {
                        return fail(start);
                    }
                    enc.out.extend(bad.iter().filter_map(|&c| escaped_byte(c)));
                }
            }
        }
        Handler::SurrogatePass => {
            if !bad.iter().all(|&c| surrogates::is_surrogate(c)) {
                return fail(start);
            }
            for &c in bad {
                if !enc.pass(c) {
                    return fail(start);
                }
            }
        }
    }
    Ok(end)
}

// ----- decoding -----

/// `data.decode(enc, errors)`.
pub fn decode(data: &[u8], enc: &str, errors: &str) -> PyResult<String> {
    // CPython returns '' for empty input before looking anything up.
    if data.is_empty() {
        return Ok(String::new());
    }
    match normalize(enc).as_str() {
        "idna" => {
            return crate::idna::idna_decode(data).map_err(|e| wrap_plain(enc, "decoding", e))
        }
        "punycode" => {
            return crate::idna::punycode_decode(data).map_err(|e| wrap_plain(enc, "decoding", e))
        }
        _ => {}
    }
    let codec = text_lookup(enc, "decode")?;
    decode_with(codec, data, errors).map_err(|e| from_registry(enc, codec, "decoding", e))
}

/// A decoding error: the bytes `start..end` and why.
struct Bad {
    start: usize,
    end: usize,
    reason: &'static str,
}

fn bad(start: usize, end: usize, reason: &'static str) -> Result<(), Bad> {
    Err(Bad { start, end, reason })
}

fn decode_with(codec: Codec, data: &[u8], errors: &str) -> PyResult<String> {
    // A byte order mark picks the codec the rest is read with (and named
    // by in errors); utf-8-sig reads on after it as utf-8 over the rest.
    let (codec, data, mut i) = match codec {
        Codec::Utf8Sig => (Codec::Utf8, data.strip_prefix(UTF8_BOM).unwrap_or(data), 0),
        Codec::Utf16(None) => match data.get(..2) {
            Some([0xff, 0xfe]) => (Codec::Utf16(Some(Endian::Little)), data, 2),
            Some([0xfe, 0xff]) => (Codec::Utf16(Some(Endian::Big)), data, 2),
            _ => (Codec::Utf16(Some(NATIVE)), data, 0),
        },
        Codec::Utf32(None) => match data.get(..4) {
            Some([0xff, 0xfe, 0, 0]) => (Codec::Utf32(Some(Endian::Little)), data, 4),
            Some([0, 0, 0xfe, 0xff]) => (Codec::Utf32(Some(Endian::Big)), data, 4),
            _ => (Codec::Utf32(Some(NATIVE)), data, 0),
        },
        c => (c, data, 0),
    };
    let mut out = String::with_capacity(data.len());
    while let Err(b) = decode_from(codec, data, i, &mut out) {
        i = decode_error(codec, data, b, errors, &mut out)?;
    }
    Ok(out)
}

/// Decodes `data[from..]` into `out` up to the end or the first error.
fn decode_from(codec: Codec, data: &[u8], from: usize, out: &mut String) -> Result<(), Bad> {
    let rest = data.get(from..).unwrap_or_default();
    match codec {
        Codec::Latin1 => out.extend(rest.iter().map(|&b| char::from(b))),
        Codec::Ascii => {
            let good = rest
                .iter()
                .position(|b| !b.is_ascii())
                .unwrap_or(rest.len());
            out.extend(rest[..good].iter().map(|&b| char::from(b)));
            if good < rest.len() {
                return bad(from + good, from + good + 1, "ordinal not in range(128)");
            }
        }
        Codec::Cp1252 => {
            for (k, &b) in rest.iter().enumerate() {
                match cp1252_decode(b) {
                    Some(c) => out.push(c),
                    None => return bad(from + k, from + k + 1, "character maps to <undefined>"),
                }
            }
        }
        Codec::Utf8 | Codec::Utf8Sig => match std::str::from_utf8(rest) {
            Ok(text) => out.push_str(text),
            Err(e) => {
                let good = e.valid_up_to();
                // The prefix is valid UTF-8, so this conversion never fails.
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                let first = rest.get(good).copied().unwrap_or(0);
                let start = from + good;
                return match e.error_len() {
                    None => bad(start, data.len(), "unexpected end of data"),
                    Some(n) if (0x80..0xc2).contains(&first) || first > 0xf4 => {
                        bad(start, start + n, "invalid start byte")
                    }
                    Some(n) => bad(start, start + n, "invalid continuation byte"),
                };
            }
        },
        Codec::Utf16(e) => {
            let e = e.unwrap_or(NATIVE);
            let mut q = from;
            while q < data.len() {
                let Some(u) = read16(data, q, e) else {
                    return bad(q, data.len(), "truncated data");
                };
                if !(0xd800..0xe000).contains(&u) {
                    out.extend(char::from_u32(u));
                    q += 2;
                    continue;
                }
                if u >= 0xdc00 {
                    return bad(q, q + 2, "illegal encoding");
                }
                let Some(low) = read16(data, q + 2, e) else {
                    return bad(q, data.len(), "unexpected end of data");
                };
                if !(0xdc00..0xe000).contains(&low) {
                    return bad(q, q + 2, "illegal UTF-16 surrogate");
                }
                out.extend(char::from_u32(
                    0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00),
                ));
                q += 4;
            }
        }
        Codec::UnicodeEscape(raw) => return unescape(data, from, out, raw),
        Codec::Utf32(e) => {
            let e = e.unwrap_or(NATIVE);
            let mut q = from;
            while q < data.len() {
                let Some(u) = read32(data, q, e) else {
                    return bad(q, data.len(), "truncated data");
                };
                if (0xd800..0xe000).contains(&u) {
                    return bad(
                        q,
                        q + 4,
                        "code point in surrogate code point range(0xd800, 0xe000)",
                    );
                }
                match char::from_u32(u) {
                    Some(c) => out.push(c),
                    None => return bad(q, q + 4, "code point not in range(0x110000)"),
                }
                q += 4;
            }
        }
    }
    Ok(())
}

/// Decodes `unicode_escape` (or, with `raw`, `raw_unicode_escape`) from
/// `data[from..]`: bytes stand for themselves (latin-1) except the
/// escapes of a Python string literal (only `\\u` and `\\U`, after an odd
/// run of backslashes, for the raw codec). An invalid escape is kept as it
/// is written (CPython also warns; pyview does not).
fn unescape(data: &[u8], from: usize, out: &mut String, raw: bool) -> Result<(), Bad> {
    let hex = |at: usize, n: usize| -> (u32, usize) {
        // The value of up to `n` hex digits at `at`, and how many there are.
        let digits = data
            .get(at..)
            .unwrap_or_default()
            .iter()
            .take(n)
            .take_while(|b| b.is_ascii_hexdigit())
            .count();
        let v = data[at..at + digits].iter().fold(0u32, |v, &b| {
            (v << 4) | (b as char).to_digit(16).unwrap_or(0)
        });
        (v, digits)
    };
    let mut i = from;
    while let Some(&b) = data.get(i) {
        if b != b'\\' {
            out.push(char::from(b));
            i += 1;
            continue;
        }
        let start = i;
        if raw {
            let run = data[i..].iter().take_while(|&&x| x == b'\\').count();
            i += run;
            let kind = data.get(i).copied();
            if run % 2 == 0 || !matches!(kind, Some(b'u' | b'U')) {
                out.extend(std::iter::repeat_n('\\', run));
                continue;
            }
            out.extend(std::iter::repeat_n('\\', run - 1));
            let n = if kind == Some(b'u') { 4 } else { 8 };
            let (v, digits) = hex(i + 1, n);
            let end = i + 1 + digits;
            if digits < n {
                let reason = if n == 4 {
                    "truncated \\uXXXX escape"
                } else {
                    "truncated \\UXXXXXXXX escape"
                };
                return bad(start, end, reason);
            }
            match char::from_u32(v).or_else(|| surrogates::from_code(v)) {
                Some(c) => out.push(c),
                None => return bad(start, end, "\\Uxxxxxxxx out of range"),
            }
            i = end;
            continue;
        }
        let Some(&kind) = data.get(i + 1) else {
            return bad(start, start + 1, "\\ at end of string");
        };
        i += 2;
        let simple = match kind {
            b'\n' => Some(None),
            b'\\' => Some(Some('\\')),
            b'\'' => Some(Some('\'')),
            b'"' => Some(Some('"')),
            b'a' => Some(Some('\x07')),
            b'b' => Some(Some('\x08')),
            b'f' => Some(Some('\x0c')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b't' => Some(Some('\t')),
            b'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(c) = simple {
            out.extend(c);
            continue;
        }
        match kind {
            b'0'..=b'7' => {
                let digits = 1 + data[i..]
                    .iter()
                    .take(2)
                    .take_while(|b| (b'0'..=b'7').contains(b))
                    .count();
                let v = data[i - 1..i - 1 + digits]
                    .iter()
                    .fold(0u32, |v, &b| (v << 3) | u32::from(b - b'0'));
                out.extend(char::from_u32(v));
                i += digits - 1;
            }
            b'x' | b'u' | b'U' => {
                let (n, reason) = match kind {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let (v, digits) = hex(i, n);
                if digits < n {
                    return bad(start, i + digits, reason);
                }
                i += n;
                match char::from_u32(v).or_else(|| surrogates::from_code(v)) {
                    Some(c) => out.push(c),
                    None => return bad(start, i, "illegal Unicode character"),
                }
            }
            b'N' => {
                const MALFORMED: &str = "malformed \\N character escape";
                if data.get(i) != Some(&b'{') {
                    return bad(start, i, MALFORMED);
                }
                let Some(close) = data[i..].iter().position(|&b| b == b'}') else {
                    return bad(start, data.len(), MALFORMED);
                };
                let name = &data[i + 1..i + close];
                let end = i + close + 1;
                if name.is_empty() {
                    return bad(start, end, MALFORMED);
                }
                let found = std::str::from_utf8(name)
                    .ok()
                    .and_then(unicode_names2::character)
                    .filter(|&c| {
                        crate::objects::str::in_table(crate::objects::unicode_tables::NAMED, c)
                    });
                match found {
                    Some(c) => out.push(c),
                    None => return bad(start, end, "unknown Unicode character name"),
                }
                i = end;
            }
            other => {
                out.push('\\');
                out.push(char::from(other));
            }
        }
    }
    Ok(())
}

/// The lone surrogate surrogatepass reads at `data[at..]` for this codec,
/// with its length in bytes.
fn passed_surrogate(codec: Codec, data: &[u8], at: usize) -> Option<(char, usize)> {
    let (u, len) = match codec {
        Codec::Utf8 | Codec::Utf8Sig => match data.get(at..at + 3)? {
            &[a, b, c] if a & 0xf0 == 0xe0 && b & 0xc0 == 0x80 && c & 0xc0 == 0x80 => (
                (u32::from(a & 0x0f) << 12) | (u32::from(b & 0x3f) << 6) | u32::from(c & 0x3f),
                3,
            ),
            _ => return None,
        },
        Codec::Utf16(e) => (read16(data, at, e.unwrap_or(NATIVE))?, 2),
        Codec::Utf32(e) => (read32(data, at, e.unwrap_or(NATIVE))?, 4),
        _ => return None,
    };
    if !(0xd800..0xe000).contains(&u) {
        return None;
    }
    Some((surrogates::from_code(u)?, len))
}

/// Runs the handler on a decoding error; returns where to go on.
fn decode_error(
    codec: Codec,
    data: &[u8],
    b: Bad,
    errors: &str,
    out: &mut String,
) -> PyResult<usize> {
    let fail = || {
        Err(unicode_error(
            ExcType::UnicodeDecodeError,
            codec,
            crate::objects::bytes::new_value(data.to_vec()),
            b.start,
            b.end,
            b.reason,
        ))
    };
    let bytes = data.get(b.start..b.end).unwrap_or_default();
    match handler(errors)? {
        Handler::Strict => fail(),
        Handler::Ignore => Ok(b.end),
        Handler::Replace => {
            out.push('\u{fffd}');
            Ok(b.end)
        }
        Handler::BackslashReplace => {
            for byte in bytes {
                out.push_str(&format!("\\x{byte:02x}"));
            }
            Ok(b.end)
        }
        // At most four bytes, and never an ASCII one.
        Handler::SurrogateEscape => {
            let n = bytes.iter().take(4).take_while(|&&x| x >= 0x80).count();
            if n == 0 {
                return fail();
            }
            out.extend(
                bytes[..n]
                    .iter()
                    .filter_map(|&x| surrogates::from_code(0xdc00 + u32::from(x))),
            );
            Ok(b.start + n)
        }
        Handler::SurrogatePass => match passed_surrogate(codec, data, b.start) {
            Some((c, len)) => {
                out.push(c);
                Ok(b.start + len)
            }
            None => fail(),
        },
        Handler::XmlCharRefReplace | Handler::NameReplace => Err(exceptions::type_error(
            "don't know how to handle UnicodeDecodeError in error callback",
        )),
    }
}

// ----- the standard streams -----

/// What `sys.stdout` writes for `text`: UTF-8 with the surrogateescape
/// handler, as CPython's stdout under a UTF-8 C locale (U+DC80..U+DCFF
/// write their byte; other lone surrogates raise UnicodeEncodeError).
/// Text without surrogates is written as it is.
pub fn stdout_bytes(text: &str) -> PyResult<Cow<'_, [u8]>> {
    if !surrogates::may_contain(text) {
        return Ok(Cow::Borrowed(text.as_bytes()));
    }
    encode_with(Codec::Utf8, text, "surrogateescape").map(Cow::Owned)
}

/// `text` as strict UTF-8: a lone surrogate raises CPython's
/// UnicodeEncodeError ("surrogates not allowed"), as converting such a str
/// to UTF-8 does in CPython's C API.
pub fn utf8_strict(text: &str) -> PyResult<Cow<'_, [u8]>> {
    if !surrogates::may_contain(text) {
        return Ok(Cow::Borrowed(text.as_bytes()));
    }
    encode_with(Codec::Utf8, text, "strict").map(Cow::Owned)
}

/// What `sys.stderr` writes for `text`: UTF-8 with backslashreplace.
pub fn stderr_bytes(text: &str) -> Cow<'_, [u8]> {
    if !surrogates::may_contain(text) {
        return Cow::Borrowed(text.as_bytes());
    }
    // backslashreplace always succeeds.
    Cow::Owned(
        encode_with(Codec::Utf8, text, "backslashreplace")
            .unwrap_or_else(|_| text.as_bytes().to_vec()),
    )
}

/// CPython's UnicodeEncodeError where it takes a str as UTF-8 (a C
/// string: codec names, source code, class names): text holding a lone
/// surrogate has none.
pub fn check_utf8(text: &str) -> PyResult<()> {
    if surrogates::may_contain(text) {
        encode_with(Codec::Utf8, text, "strict")?;
    }
    Ok(())
}

/// An `encoding`/`errors` argument: a str (as UTF-8), or CPython's
/// TypeError.
pub fn text_arg(func: &str, name: &str, v: &Option<Value>) -> PyResult<Option<Rc<str>>> {
    match v {
        None => Ok(None),
        Some(Value::Str(s)) => {
            check_utf8(s)?;
            Ok(Some(s.clone()))
        }
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

/// Whether an error handler writes no more than the strict codec would.
fn handler_shrinks(errors: &str) -> bool {
    matches!(errors, "strict" | "ignore")
}

/// The most bytes encoding `s` can give: a request against the memory cap
/// made before encoding (an unknown codec asks nothing: it fails first).
fn encoded_bound(s: &str, enc: &str, errors: &str) -> usize {
    let wide = matches!(
        lookup(enc),
        Ok(Codec::Utf16(_) | Codec::Utf32(_) | Codec::UnicodeEscape(_))
    );
    // Escapes (`&#1114111;`, `\U0001f600`) take at most four bytes for
    // each byte of UTF-8 they replace.
    if wide || !handler_shrinks(errors) {
        s.len().saturating_mul(4).saturating_add(4)
    } else {
        s.len()
    }
}

/// The most bytes of UTF-8 decoding `n` bytes can give (see
/// [`encoded_bound`]).
pub fn decoded_bound(n: usize, enc: &str, errors: &str) -> usize {
    let factor = match lookup(enc) {
        Ok(Codec::Utf8 | Codec::Utf8Sig | Codec::Ascii | Codec::Utf32(_)) => 1,
        Ok(Codec::Utf16(_) | Codec::Latin1 | Codec::UnicodeEscape(_)) => 2,
        Ok(Codec::Cp1252) => 3,
        Err(_) => return 0,
    };
    // A replacement or escape takes at most four bytes per byte.
    let factor = if handler_shrinks(errors) { factor } else { 4 };
    n.saturating_mul(factor)
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn encode_method(vm: &crate::interp::Vm, s: &str, args: &Args) -> PyResult<Value> {
    let slots = args.parse("encode", &["encoding", "errors"], 0, 0, 2)?;
    let (enc, errors) = enc_errors("encode", &slots[0], &slots[1])?;
    if s.len() >= crate::limits::TRACK_MIN {
        vm.check_alloc(encoded_bound(s, &enc, &errors))?;
    }
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
    let Some(data) = crate::buffer::to_vec_checked(vm, &src) else {
        return Err(exceptions::type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            src.type_name()
        )));
    };
    let data = data?;
    vm.check_alloc(decoded_bound(data.len(), &enc, &errors))?;
    Ok(Value::Str(decode(&data, &enc, &errors)?.into()))
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
