//! `str`: immutable Unicode text (`Rc<str>`).
//!
//! Supports repr with CPython's quoting and escapes, encode/decode for
//! utf-8, ascii and latin-1 with strict, ignore, replace and
//! backslashreplace, `%` formatting, `format`, and the common methods.
//! Indexing counts characters (O(n) for non-ASCII text).

use crate::exceptions::{self, new_err, type_error, value_error, ExcType, PyResult};
use crate::format;
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::ops;
use crate::value::Value;
use num_bigint::BigInt;

/// `repr(s)`, CPython's quoting and escapes.
pub fn repr(s: &str) -> String {
    format::str_repr(s)
}

/// `ascii(s)`: repr with every non-ASCII character escaped.
pub fn ascii(s: &str) -> String {
    let r = repr(s);
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    out
}

fn normalize_encoding(enc: &str) -> String {
    enc.trim().to_ascii_lowercase().replace(['-', ' '], "_")
}

enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

fn codec(enc: &str) -> PyResult<Codec> {
    match normalize_encoding(enc).as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us_ascii" | "646" => Ok(Codec::Ascii),
        "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "latin" | "l1" => {
            Ok(Codec::Latin1)
        }
        _ => Err(new_err(
            ExcType::LookupError,
            format!("unknown encoding: {enc}"),
        )),
    }
}

fn codec_name(c: &Codec) -> &'static str {
    match c {
        Codec::Utf8 => "utf-8",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "latin-1",
    }
}

pub fn encode(s: &str, enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    let c = codec(enc)?;
    let limit = match c {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let mut out = Vec::with_capacity(s.len());
    for (i, ch) in s.chars().enumerate() {
        let u = ch as u32;
        if u < limit {
            out.push(u as u8);
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => {
                let esc = if u < 0x100 {
                    format!("\\x{u:02x}")
                } else if u < 0x10000 {
                    format!("\\u{u:04x}")
                } else {
                    format!("\\U{u:08x}")
                };
                out.extend_from_slice(esc.as_bytes());
            }
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{u};").as_bytes()),
            "strict" => {
                // Report the whole run of unencodable characters, as CPython does.
                let run = s
                    .chars()
                    .skip(i)
                    .take_while(|c| (*c as u32) >= limit)
                    .count();
                let what = if run > 1 {
                    format!("characters in position {}-{}", i, i + run - 1)
                } else {
                    format!(
                        "character {} in position {}",
                        ascii(&ch.to_string()).trim_matches('\''),
                        i
                    )
                };
                let what = if run > 1 {
                    what
                } else {
                    format!("character '{}' in position {i}", escape_char(ch))
                };
                return Err(new_err(
                    ExcType::UnicodeEncodeError,
                    format!(
                        "'{}' codec can't encode {what}: ordinal not in range({limit})",
                        codec_name(&c)
                    ),
                ));
            }
            other => {
                return Err(new_err(
                    ExcType::LookupError,
                    format!("unknown error handler name '{other}'"),
                ))
            }
        }
    }
    Ok(out)
}

fn escape_char(c: char) -> String {
    let u = c as u32;
    if u < 0x100 {
        format!("\\x{u:02x}")
    } else if u < 0x10000 {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    }
}

pub fn decode(data: &[u8], enc: &str, errors: &str) -> PyResult<String> {
    let c = codec(enc)?;
    match c {
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                    continue;
                }
                match errors {
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    "backslashreplace" => out.push_str(&format!("\\x{b:02x}")),
                    _ => {
                        return Err(new_err(
                            ExcType::UnicodeDecodeError,
                            format!(
                                "'ascii' codec can't decode byte 0x{b:02x} in position {i}: ordinal not in range(128)"
                            ),
                        ))
                    }
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(data.len());
            let mut i = 0;
            while i < data.len() {
                match std::str::from_utf8(&data[i..]) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&data[i..i + good]).unwrap_or(""));
                        i += good;
                        let bad = e.error_len().unwrap_or(data.len() - i);
                        match errors {
                            "ignore" => {}
                            "replace" => out.push('\u{fffd}'),
                            "backslashreplace" => {
                                for b in &data[i..i + bad] {
                                    out.push_str(&format!("\\x{b:02x}"));
                                }
                            }
                            _ => {
                                let b = data[i];
                                let reason = if e.error_len().is_none() {
                                    "unexpected end of data"
                                } else if (0x80..0xc2).contains(&b) || b > 0xf4 {
                                    "invalid start byte"
                                } else {
                                    "invalid continuation byte"
                                };
                                let pos = if bad > 1 && e.error_len().is_none() {
                                    format!("position {}-{}", i, i + bad - 1)
                                } else {
                                    format!("position {i}")
                                };
                                let what = if bad > 1 && e.error_len().is_none() {
                                    "bytes"
                                } else {
                                    "byte 0x"
                                };
                                let msg = if what == "bytes" {
                                    format!("'utf-8' codec can't decode bytes in {pos}: {reason}")
                                } else {
                                    format!("'utf-8' codec can't decode byte 0x{b:02x} in {pos}: {reason}")
                                };
                                return Err(new_err(ExcType::UnicodeDecodeError, msg));
                            }
                        }
                        i += bad;
                    }
                }
            }
            Ok(out)
        }
    }
}

/// Values of a `%` right operand: a tuple's items, or the value itself.
fn percent_args(v: &Value) -> (Vec<Value>, bool) {
    match v {
        Value::Tuple(t) => (t.to_vec(), true),
        other => (vec![other.clone()], false),
    }
}

/// printf-style formatting shared by `str % x` and `bytes % x`; `text`
/// is the template, `to_text` renders `%s` for the template's type.
fn percent_core(
    vm: &mut Vm,
    text: &[char],
    arg: &Value,
    is_bytes: bool,
) -> PyResult<Vec<PercentPiece>> {
    let (args, is_tuple) = percent_args(arg);
    let mapping = if let Value::Dict(_) = arg {
        Some(arg.clone())
    } else {
        None
    };
    let mut out = Vec::new();
    let mut lit = String::new();
    let mut next = 0usize;
    let mut i = 0;
    let take = |next: &mut usize| -> PyResult<Value> {
        let v = args.get(*next).cloned();
        *next += 1;
        v.ok_or_else(|| type_error("not enough arguments for format string"))
    };
    while i < text.len() {
        let c = text[i];
        if c != '%' {
            lit.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let mut key = None;
        if text.get(i) == Some(&'(') {
            let start = i + 1;
            let mut depth = 1;
            i += 1;
            while i < text.len() && depth > 0 {
                match text[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            key = Some(text[start..i - 1].iter().collect::<String>());
        }
        let mut flags = String::new();
        while let Some(&f) = text.get(i).filter(|f| "-+ #0".contains(**f)) {
            flags.push(f);
            i += 1;
        }
        let mut width = None;
        if text.get(i) == Some(&'*') {
            width = Some(ops::index_i64(&take(&mut next)?)?.max(0) as usize);
            i += 1;
        } else {
            while let Some(d) = text.get(i).and_then(|c| c.to_digit(10)) {
                width = Some(width.unwrap_or(0) * 10 + d as usize);
                i += 1;
            }
        }
        let mut prec = None;
        if text.get(i) == Some(&'.') {
            i += 1;
            prec = Some(0);
            if text.get(i) == Some(&'*') {
                prec = Some(ops::index_i64(&take(&mut next)?)?.max(0) as usize);
                i += 1;
            } else {
                while let Some(d) = text.get(i).and_then(|c| c.to_digit(10)) {
                    prec = Some(prec.unwrap_or(0) * 10 + d as usize);
                    i += 1;
                }
            }
        }
        while matches!(text.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv) = text.get(i) else {
            return Err(value_error("incomplete format"));
        };
        i += 1;
        if conv == '%' {
            lit.push('%');
            continue;
        }
        let value = match &key {
            Some(k) => match &mapping {
                Some(Value::Dict(d)) => d
                    .get(&Value::str(k))?
                    .ok_or_else(|| new_err(ExcType::KeyError, ops::repr_simple(&Value::str(k))))?,
                _ => return Err(type_error("format requires a mapping")),
            },
            None => take(&mut next)?,
        };
        let pad = |s: String| -> String {
            let n = s.chars().count();
            match width {
                Some(w) if w > n => {
                    if flags.contains('-') {
                        format!("{s}{}", " ".repeat(w - n))
                    } else {
                        format!("{}{s}", " ".repeat(w - n))
                    }
                }
                _ => s,
            }
        };
        let piece = match conv {
            's' | 'r' | 'a' | 'b' => {
                if is_bytes && conv != 'r' && conv != 'a' {
                    let b = match crate::buffer::to_vec(&value) {
                        Some(b) => b?,
                        None => {
                            return Err(type_error(format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                value.type_name()
                            )))
                        }
                    };
                    let b = match prec {
                        Some(p) => b[..p.min(b.len())].to_vec(),
                        None => b,
                    };
                    let n = b.len();
                    let mut v = Vec::new();
                    let fill = width.unwrap_or(0).saturating_sub(n);
                    if !flags.contains('-') {
                        v.extend(std::iter::repeat_n(b' ', fill));
                    }
                    v.extend_from_slice(&b);
                    if flags.contains('-') {
                        v.extend(std::iter::repeat_n(b' ', fill));
                    }
                    if !lit.is_empty() {
                        out.push(PercentPiece::Text(std::mem::take(&mut lit)));
                    }
                    out.push(PercentPiece::Bytes(v));
                    continue;
                }
                let s = match conv {
                    's' => vm.str_of(&value)?,
                    'a' => ascii_of(vm, &value)?,
                    _ => vm.repr_of(&value)?,
                };
                let s = match prec {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                pad(s)
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n: BigInt = match &value {
                    Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => {
                        format::float_to_bigint(f.trunc()).map_err(ops::fmt_err)?
                    }
                    v => match ops::as_bigint(v) {
                        Some(n) => n,
                        None => {
                            let msg = if matches!(conv, 'd' | 'i' | 'u') {
                                format!(
                                    "%{conv} format: a real number is required, not {}",
                                    v.type_name()
                                )
                            } else {
                                format!(
                                    "%{conv} format: an integer is required, not {}",
                                    v.type_name()
                                )
                            };
                            return Err(type_error(msg));
                        }
                    },
                };
                format::try_printf_int(&n, &flags, width, prec, conv).map_err(ops::fmt_err)?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = match &value {
                    Value::Float(f) => *f,
                    v => match ops::as_bigint(v) {
                        Some(n) => format::bigint_to_f64(&n).map_err(ops::fmt_err)?,
                        None => {
                            return Err(type_error(format!(
                                "must be real number, not {}",
                                v.type_name()
                            )))
                        }
                    },
                };
                format::try_printf_float(x, &flags, width, prec, conv).map_err(ops::fmt_err)?
            }
            'c' => {
                let s = match &value {
                    Value::Str(s) if s.chars().count() == 1 => s.to_string(),
                    Value::Int(i) if !is_bytes => char::from_u32(*i as u32)
                        .filter(|_| (0..0x110000).contains(i))
                        .ok_or_else(|| exceptions::overflow_error("%c arg not in range(0x110000)"))?
                        .to_string(),
                    Value::Int(i) if is_bytes => {
                        if !(0..256).contains(i) {
                            return Err(exceptions::overflow_error("%c arg not in range(256)"));
                        }
                        if !lit.is_empty() {
                            out.push(PercentPiece::Text(std::mem::take(&mut lit)));
                        }
                        out.push(PercentPiece::Bytes(vec![*i as u8]));
                        continue;
                    }
                    _ => return Err(type_error("%c requires int or char")),
                };
                pad(s)
            }
            other => {
                return Err(value_error(format!(
                    "unsupported format character '{other}' (0x{:x}) at index {}",
                    other as u32,
                    i - 1
                )))
            }
        };
        lit.push_str(&piece);
    }
    if !lit.is_empty() {
        out.push(PercentPiece::Text(lit));
    }
    if next < args.len() && (is_tuple || mapping.is_none()) && mapping.is_none() {
        return Err(type_error(if is_bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

enum PercentPiece {
    Text(String),
    Bytes(Vec<u8>),
}

fn ascii_of(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let r = vm.repr_of(v)?;
    Ok(r.chars()
        .map(|c| {
            if (c as u32) < 0x80 {
                c.to_string()
            } else {
                escape_char(c)
            }
        })
        .collect())
}

pub fn percent_format(vm: &mut Vm, template: &str, arg: &Value) -> PyResult<Value> {
    let chars: Vec<char> = template.chars().collect();
    let pieces = percent_core(vm, &chars, arg, false)?;
    let mut s = String::new();
    for p in pieces {
        if let PercentPiece::Text(t) = p {
            s.push_str(&t);
        }
    }
    Ok(Value::Str(s.into()))
}

pub fn percent_format_bytes(vm: &mut Vm, template: &[u8], arg: &Value) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = template.iter().map(|&b| b as char).collect();
    let pieces = percent_core(vm, &chars, arg, true)?;
    let mut out = Vec::new();
    for p in pieces {
        match p {
            PercentPiece::Text(t) => out.extend(t.chars().map(|c| c as u32 as u8)),
            PercentPiece::Bytes(b) => out.extend_from_slice(&b),
        }
    }
    Ok(out)
}

fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

pub fn len(s: &str) -> usize {
    char_len(s)
}

/// `s[i]`.
pub fn getitem(s: &str, key: &Value) -> PyResult<Value> {
    if let Some(i) = crate::objects::slice::as_index(key) {
        let n = char_len(s);
        let Some(j) = crate::objects::slice::index(i, n) else {
            return Err(exceptions::index_out_of_range("string"));
        };
        let c = if s.is_ascii() {
            s.as_bytes()[j] as char
        } else {
            s.chars().nth(j).unwrap_or('\0')
        };
        return Ok(Value::Str(c.to_string().into()));
    }
    if let Value::Slice(sl) = key {
        let n = char_len(s);
        let si = crate::objects::slice::adjust(sl, n)?;
        if s.is_ascii() {
            let b = s.as_bytes();
            if si.step == 1 {
                return Ok(Value::str(
                    &s[si.start as usize..si.start as usize + si.len],
                ));
            }
            let out: String = si.iter().map(|i| b[i] as char).collect();
            return Ok(Value::Str(out.into()));
        }
        let chars: Vec<char> = s.chars().collect();
        let out: String = si.iter().map(|i| chars[i]).collect();
        return Ok(Value::Str(out.into()));
    }
    Err(type_error(format!(
        "string indices must be integers, not '{}'",
        key.type_name()
    )))
}

fn str_arg(args: &Args, i: usize, func: &str) -> PyResult<Option<String>> {
    match args.pos.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.to_string())),
        Some(v) => Err(type_error(format!(
            "{func} arg must be None or str, not {}",
            v.type_name()
        ))),
    }
}

fn must_str(v: Option<&Value>, what: &str) -> PyResult<String> {
    match v {
        Some(Value::Str(s)) => Ok(s.to_string()),
        Some(v) => Err(type_error(format!(
            "{what}must be str, not {}",
            v.type_name()
        ))),
        None => Err(type_error(format!("{what}missing argument"))),
    }
}

fn pad_str(s: &str, width: i64, fill: char, align: char) -> String {
    let n = char_len(s) as i64;
    if width <= n {
        return s.to_string();
    }
    let total = (width - n) as usize;
    let (left, right) = match align {
        '<' => (0, total),
        '>' => (total, 0),
        _ => {
            // CPython's centering puts the extra space on the right unless
            // both the padding and the width are odd.
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let mut out = String::with_capacity(s.len() + total);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

fn fill_arg(args: &Args, func: &str) -> PyResult<char> {
    match args.pos.get(1) {
        None => Ok(' '),
        Some(Value::Str(f)) if char_len(f) == 1 => Ok(f.chars().next().unwrap_or(' ')),
        Some(Value::Str(_)) => Err(type_error(
            "The fill character must be exactly one character long",
        )),
        Some(v) => Err(type_error(format!(
            "{func}() argument 2 must be str of length 1, not {}",
            v.type_name()
        ))),
    }
}

pub fn call_method(vm: &mut Vm, s: &str, name: &str, args: &Args) -> Option<PyResult<Value>> {
    let r = (|| -> PyResult<Value> {
        Ok(match name {
            "upper" => Value::Str(s.to_uppercase().into()),
            "lower" => Value::Str(s.to_lowercase().into()),
            "strip" | "lstrip" | "rstrip" => {
                let chars = str_arg(args, 0, name)?;
                let f = |c: char| match &chars {
                    Some(set) => set.contains(c),
                    None => c.is_whitespace(),
                };
                Value::str(match name {
                    "strip" => s.trim_matches(f),
                    "lstrip" => s.trim_start_matches(f),
                    _ => s.trim_end_matches(f),
                })
            }
            "split" | "rsplit" => {
                let sep = str_arg(args, 0, name)?.or(match args.kwarg("sep") {
                    Some(Value::Str(s)) => Some(s.to_string()),
                    _ => None,
                });
                let max = match args.get(1, "maxsplit") {
                    Some(v) => ops::index_i64(&v)?,
                    None => -1,
                };
                let parts: Vec<Value> = match &sep {
                    Some(sep) if sep.is_empty() => return Err(value_error("empty separator")),
                    Some(sep) => {
                        if max < 0 {
                            s.split(sep.as_str()).map(Value::str).collect()
                        } else if name == "split" {
                            s.splitn(max as usize + 1, sep.as_str())
                                .map(Value::str)
                                .collect()
                        } else {
                            let mut v: Vec<Value> = s
                                .rsplitn(max as usize + 1, sep.as_str())
                                .map(Value::str)
                                .collect();
                            v.reverse();
                            v
                        }
                    }
                    None => {
                        let data = crate::objects::byteops::split(
                            s.as_bytes(),
                            None,
                            if name == "split" { max } else { -1 },
                        );
                        data.into_iter()
                            .map(|b| Value::Str(String::from_utf8_lossy(&b).into_owned().into()))
                            .collect()
                    }
                };
                Value::new_list(parts)
            }
            "join" => {
                let Some(it) = args.pos.first() else {
                    return Err(type_error(
                        "str.join() takes exactly one argument (0 given)",
                    ));
                };
                let mut out = String::new();
                let mut i = 0;
                vm.for_each(it, |_, item| {
                    let Value::Str(t) = &item else {
                        return Err(type_error(format!(
                            "sequence item {i}: expected str instance, {} found",
                            item.type_name()
                        )));
                    };
                    if i > 0 {
                        out.push_str(s);
                    }
                    out.push_str(t);
                    i += 1;
                    Ok(())
                })?;
                Value::Str(out.into())
            }
            "replace" => {
                let old = must_str(args.pos.first(), "replace() argument 1 ")?;
                let new = must_str(args.pos.get(1), "replace() argument 2 ")?;
                let count = match args.pos.get(2) {
                    Some(v) => ops::index_i64(v)?,
                    None => -1,
                };
                if count < 0 {
                    Value::Str(s.replace(&old, &new).into())
                } else {
                    Value::Str(s.replacen(&old, &new, count as usize).into())
                }
            }
            "startswith" | "endswith" => {
                let test = |p: &str| {
                    if name == "startswith" {
                        s.starts_with(p)
                    } else {
                        s.ends_with(p)
                    }
                };
                match args.pos.first() {
                    Some(Value::Str(p)) => Value::Bool(test(p)),
                    Some(Value::Tuple(t)) => {
                        Value::Bool(t.iter().any(|p| matches!(p, Value::Str(p) if test(p))))
                    }
                    Some(v) => {
                        return Err(type_error(format!(
                            "{name} first arg must be str or a tuple of str, not {}",
                            v.type_name()
                        )))
                    }
                    None => {
                        return Err(type_error(format!(
                            "{name}() takes at least 1 argument (0 given)"
                        )))
                    }
                }
            }
            "find" | "index" | "rfind" | "rindex" | "count" => {
                let sub = must_str(args.pos.first(), "must be str, not ").map_err(|_| {
                    type_error(format!(
                        "must be str, not {}",
                        args.pos.first().map(|v| v.type_name()).unwrap_or("nothing")
                    ))
                })?;
                let pos = match name {
                    "find" | "index" => s.find(&sub),
                    "count" => {
                        return Ok(Value::from_usize(if sub.is_empty() {
                            char_len(s) + 1
                        } else {
                            s.matches(&sub).count()
                        }))
                    }
                    _ => s.rfind(&sub),
                };
                match pos {
                    Some(p) => Value::from_usize(char_len(&s[..p])),
                    None if name.ends_with("find") => Value::Int(-1),
                    None => return Err(value_error("substring not found")),
                }
            }
            "encode" => {
                let enc = args
                    .get_str(0, "encoding")?
                    .unwrap_or_else(|| "utf-8".into());
                let errors = args
                    .get_str(1, "errors")?
                    .unwrap_or_else(|| "strict".into());
                crate::objects::bytes::new_value(encode(s, &enc, &errors)?)
            }
            "format" => Value::Str(vm.str_format(s, args)?.into()),
            "isdigit" | "isnumeric" | "isdecimal" => {
                Value::Bool(!s.is_empty() && s.chars().all(|c| c.is_numeric()))
            }
            "isalpha" => Value::Bool(!s.is_empty() && s.chars().all(char::is_alphabetic)),
            "isalnum" => Value::Bool(!s.is_empty() && s.chars().all(char::is_alphanumeric)),
            "isspace" => Value::Bool(!s.is_empty() && s.chars().all(char::is_whitespace)),
            "isupper" => {
                Value::Bool(s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase))
            }
            "islower" => {
                Value::Bool(s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase))
            }
            "isascii" => Value::Bool(s.is_ascii()),
            "isidentifier" => Value::Bool(
                s.chars()
                    .next()
                    .is_some_and(|c| c == '_' || c.is_alphabetic())
                    && s.chars().all(|c| c == '_' || c.is_alphanumeric()),
            ),
            "capitalize" => {
                let mut c = s.chars();
                Value::Str(match c.next() {
                    Some(f) => f
                        .to_uppercase()
                        .chain(c.flat_map(char::to_lowercase))
                        .collect::<String>()
                        .into(),
                    None => "".into(),
                })
            }
            "title" => {
                let mut out = String::new();
                let mut prev_cased = false;
                for c in s.chars() {
                    if prev_cased {
                        out.extend(c.to_lowercase());
                    } else {
                        out.extend(c.to_uppercase());
                    }
                    prev_cased = c.is_alphabetic();
                }
                Value::Str(out.into())
            }
            "swapcase" => Value::Str(
                s.chars()
                    .flat_map(|c| {
                        if c.is_uppercase() {
                            c.to_lowercase().collect::<Vec<_>>()
                        } else {
                            c.to_uppercase().collect()
                        }
                    })
                    .collect::<String>()
                    .into(),
            ),
            "ljust" | "rjust" | "center" => {
                let w = ops::index_i64(args.pos.first().ok_or_else(|| {
                    type_error(format!("{name}() takes at least 1 argument (0 given)"))
                })?)?;
                let fill = fill_arg(args, name)?;
                let align = match name {
                    "ljust" => '<',
                    "rjust" => '>',
                    _ => '^',
                };
                Value::Str(pad_str(s, w, fill, align).into())
            }
            "zfill" => {
                let w =
                    ops::index_i64(args.pos.first().ok_or_else(|| {
                        type_error("zfill() takes exactly one argument (0 given)")
                    })?)?;
                let n = char_len(s) as i64;
                if w <= n {
                    Value::str(s)
                } else {
                    let fill = "0".repeat((w - n) as usize);
                    let (sign, rest) = match s.chars().next() {
                        Some(c @ ('+' | '-')) => (c.to_string(), &s[1..]),
                        _ => (String::new(), s),
                    };
                    Value::Str(format!("{sign}{fill}{rest}").into())
                }
            }
            "splitlines" => {
                let keep = args
                    .get(0, "keepends")
                    .map(|v| ops::truthy_simple(&v).unwrap_or(false))
                    .unwrap_or(false);
                let mut out = Vec::new();
                let mut cur = String::new();
                let mut it = s.chars().peekable();
                while let Some(c) = it.next() {
                    if matches!(
                        c,
                        '\n' | '\r'
                            | '\x0b'
                            | '\x0c'
                            | '\x1c'
                            | '\x1d'
                            | '\x1e'
                            | '\u{85}'
                            | '\u{2028}'
                            | '\u{2029}'
                    ) {
                        let mut end = c.to_string();
                        if c == '\r' && it.peek() == Some(&'\n') {
                            it.next();
                            end.push('\n');
                        }
                        if keep {
                            cur.push_str(&end);
                        }
                        out.push(Value::Str(std::mem::take(&mut cur).into()));
                    } else {
                        cur.push(c);
                    }
                }
                if !cur.is_empty() {
                    out.push(Value::Str(cur.into()));
                }
                Value::new_list(out)
            }
            "partition" | "rpartition" => {
                let sep = must_str(args.pos.first(), "must be str, not ")?;
                if sep.is_empty() {
                    return Err(value_error("empty separator"));
                }
                let found = if name == "partition" {
                    s.find(&sep)
                } else {
                    s.rfind(&sep)
                };
                let parts = match found {
                    Some(p) => [&s[..p], &sep[..], &s[p + sep.len()..]],
                    None if name == "partition" => [s, "", ""],
                    None => ["", "", s],
                };
                Value::new_tuple(parts.iter().map(|p| Value::str(p)).collect())
            }
            "removeprefix" => {
                let p = must_str(
                    args.pos.first(),
                    "removeprefix() argument must be str, not ",
                )?;
                Value::str(s.strip_prefix(p.as_str()).unwrap_or(s))
            }
            "removesuffix" => {
                let p = must_str(
                    args.pos.first(),
                    "removesuffix() argument must be str, not ",
                )?;
                Value::str(s.strip_suffix(p.as_str()).unwrap_or(s))
            }
            _ => return Err(exceptions::no_attribute("str", name)),
        })
    })();
    match r {
        Err(e) if e.exc.typ == ExcType::AttributeError => None,
        r => Some(r),
    }
}

/// `str(x, ...)` / `format(x, spec)` entry for the `format` builtin.
pub fn format_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    let r = match v {
        Value::Int(_) | Value::BigInt(_) => {
            format::format_int(&ops::as_bigint(v).unwrap_or_default(), spec)
        }
        Value::Bool(b) => {
            if spec.is_empty() {
                return Ok(if *b { "True" } else { "False" }.into());
            }
            format::format_int_with_type_name(&BigInt::from(*b as i64), spec, "bool")
        }
        Value::Float(f) => format::format_float(*f, spec),
        Value::Str(s) => format::format_str(s, spec),
        other => {
            if let Some(r) = vm.call_special(other, "__format__", vec![Value::str(spec)]) {
                return match r? {
                    Value::Str(s) => Ok(s.to_string()),
                    v => Err(type_error(format!(
                        "__format__ must return a str, not {}",
                        v.type_name()
                    ))),
                };
            }
            if spec.is_empty() {
                return vm.str_of(other);
            }
            return Err(type_error(format!(
                "unsupported format string passed to {}.__format__",
                other.type_name()
            )));
        }
    };
    r.map_err(ops::fmt_err)
}
