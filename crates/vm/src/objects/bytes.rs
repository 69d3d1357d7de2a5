//! `bytes`: an immutable byte string.
//!
//! Supports construction from ints, iterables, str + encoding and any
//! buffer; repr exactly as CPython; indexing and slicing (slices copy, as
//! in CPython); `+`, `*`, comparisons, `in`; and the byte methods shared
//! with bytearray (see [`byte_method`]). Invariant: the data never
//! changes after construction, so views of it are always read-only.

use crate::buffer;
use crate::exceptions::{type_error, value_error, PyResult};
use crate::interp::Vm;
use crate::objects::byteops;
use crate::objects::function::Args;
use crate::ops;
use crate::value::Value;
use std::rc::Rc;

#[derive(Debug)]
pub struct PyBytes {
    pub data: Box<[u8]>,
}

impl PyBytes {
    pub fn new(data: Vec<u8>) -> PyBytes {
        PyBytes {
            data: data.into_boxed_slice(),
        }
    }
}

pub fn new_value(data: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(PyBytes::new(data)))
}

/// `bytes(x)` / `bytearray(x)` argument handling. `what` is the type name
/// used in messages.
pub fn from_args(vm: &mut Vm, args: &Args, what: &str) -> PyResult<Vec<u8>> {
    args.check_max(what, 3)?;
    let source = args.get(0, "source");
    let encoding = args.get(1, "encoding");
    let errors = args.get(2, "errors");
    let Some(source) = source else {
        if encoding.is_some() || errors.is_some() {
            return Err(type_error("encoding or errors without sequence argument"));
        }
        return Ok(Vec::new());
    };
    if let Value::Str(s) = &source {
        let Some(enc) = encoding else {
            return Err(type_error("string argument without an encoding"));
        };
        let Value::Str(enc) = enc else {
            return Err(type_error(format!(
                "{what}() argument 'encoding' must be str, not {}",
                enc.type_name()
            )));
        };
        let errors = match &errors {
            Some(Value::Str(e)) => e.to_string(),
            _ => "strict".to_string(),
        };
        return crate::objects::str::encode(s, &enc, &errors);
    }
    if encoding.is_some() {
        return Err(type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(type_error("errors without a string argument"));
    }
    match &source {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let n = ops::index_i64(&source)?;
            if n < 0 {
                return Err(value_error("negative count"));
            }
            vm.check_alloc(n as usize)?;
            return Ok(vec![0; n as usize]);
        }
        _ => {}
    }
    if let Some(v) = buffer::to_vec(&source) {
        return v;
    }
    if matches!(source, Value::Float(_) | Value::None | Value::Complex(..))
        || !vm.is_iterable(&source)
    {
        return Err(type_error(format!(
            "cannot convert '{}' object to {what}",
            source.type_name()
        )));
    }
    let mut out = Vec::new();
    let range_msg = if what == "bytes" {
        "bytes must be in range(0, 256)"
    } else {
        "byte must be in range(0, 256)"
    };
    vm.for_each(&source, |_, item| {
        let n = ops::index_i64(&item)?;
        if !(0..256).contains(&n) {
            return Err(value_error(range_msg));
        }
        out.push(n as u8);
        Ok(())
    })?;
    Ok(out)
}

pub fn repr(data: &[u8]) -> String {
    let mut s = String::with_capacity(data.len() + 3);
    byteops::repr_bytes(data, &mut s);
    s
}

/// A bytes-like argument of a byte method, copied out.
fn bytes_arg(v: &Value) -> PyResult<Vec<u8>> {
    buffer::to_vec(v).unwrap_or_else(|| Err(crate::exceptions::bytes_like_required(v.type_name())))
}

fn opt_bytes_arg(v: Option<Value>) -> PyResult<Option<Vec<u8>>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => bytes_arg(&v).map(Some),
    }
}

/// `start`/`end` arguments of find/count/startswith...: a sub-range of `len`.
fn range_args(args: &Args, from: usize, len: usize) -> PyResult<(usize, usize)> {
    let norm = |v: Option<Value>, default: usize| -> PyResult<usize> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = ops::index_i64(&v)?;
                Ok(if i < 0 {
                    (i + len as i64).max(0) as usize
                } else {
                    (i as usize).min(len)
                })
            }
        }
    };
    Ok((
        norm(args.pos.get(from).cloned(), 0)?,
        norm(args.pos.get(from + 1).cloned(), len)?,
    ))
}

/// A needle for find/count/index/in: a byte value or a bytes-like object.
fn needle(v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let n = ops::index_i64(v)?;
            if !(0..256).contains(&n) {
                return Err(crate::exceptions::byte_range());
            }
            Ok(vec![n as u8])
        }
        _ => bytes_arg(v),
    }
}

/// `x in data` for bytes-like containers.
pub fn contains(data: &[u8], item: &Value) -> PyResult<bool> {
    Ok(byteops::find(data, &needle(item)?).is_some())
}

/// Methods shared by bytes and bytearray, over their data. `make` builds
/// a result of the receiver's type. `None` when there is no such method.
pub fn byte_method(
    vm: &mut Vm,
    data: &[u8],
    type_name: &str,
    name: &str,
    args: &Args,
    make: fn(Vec<u8>) -> Value,
) -> Option<PyResult<Value>> {
    if !BYTE_METHODS.contains(&name) {
        return None;
    }
    Some((|| -> PyResult<Value> {
        Ok(match name {
            "decode" => {
                args.check_max("decode", 2)?;
                let enc = args
                    .get_str(0, "encoding")?
                    .unwrap_or_else(|| "utf-8".into());
                let errors = args
                    .get_str(1, "errors")?
                    .unwrap_or_else(|| "strict".into());
                Value::Str(crate::objects::str::decode(data, &enc, &errors)?.into())
            }
            "hex" => {
                let sep = match args.get(0, "sep") {
                    None => None,
                    Some(Value::Str(s)) if s.chars().count() == 1 => s.chars().next(),
                    Some(Value::Str(_)) => return Err(value_error("sep must be length 1.")),
                    Some(other) => {
                        let b = bytes_arg(&other)?;
                        if b.len() != 1 {
                            return Err(value_error("sep must be length 1."));
                        }
                        Some(b[0] as char)
                    }
                };
                let per = match args.get(1, "bytes_per_sep") {
                    Some(v) => ops::index_i64(&v)?,
                    None => 1,
                };
                Value::str(&byteops::hex(data, sep, per))
            }
            "count" | "find" | "rfind" | "index" | "rindex" => {
                let sub = needle(args.pos.first().ok_or_else(|| {
                    type_error(format!("{name}() takes at least 1 argument (0 given)"))
                })?)?;
                let (s, e) = range_args(args, 1, data.len())?;
                let hay = if s <= e { &data[s..e] } else { &data[0..0] };
                let found = |p: Option<usize>| p.map(|p| (p + s) as i64);
                match name {
                    "count" => Value::from_usize(if s > e { 0 } else { byteops::count(hay, &sub) }),
                    "find" | "index" => {
                        let r = if s > e {
                            None
                        } else {
                            found(byteops::find(hay, &sub))
                        };
                        match (r, name) {
                            (Some(p), _) => Value::Int(p),
                            (None, "find") => Value::Int(-1),
                            _ => return Err(value_error("subsection not found")),
                        }
                    }
                    _ => {
                        let r = if s > e {
                            None
                        } else {
                            found(byteops::rfind(hay, &sub))
                        };
                        match (r, name) {
                            (Some(p), _) => Value::Int(p),
                            (None, "rfind") => Value::Int(-1),
                            _ => return Err(value_error("subsection not found")),
                        }
                    }
                }
            }
            "startswith" | "endswith" => {
                let prefix = args.pos.first().cloned().ok_or_else(|| {
                    type_error(format!("{name}() takes at least 1 argument (0 given)"))
                })?;
                let (s, e) = range_args(args, 1, data.len())?;
                let hay = if s <= e { &data[s..e] } else { &data[0..0] };
                let test = |p: &[u8]| {
                    if s > e {
                        false
                    } else if name == "startswith" {
                        hay.starts_with(p)
                    } else {
                        hay.ends_with(p)
                    }
                };
                let ok = match &prefix {
                    Value::Tuple(items) => {
                        let mut any = false;
                        for it in items.iter() {
                            any = any || test(&bytes_arg(it)?);
                        }
                        any
                    }
                    v => {
                        let b = buffer::to_vec(v).unwrap_or_else(|| {
                            Err(type_error(format!(
                                "{name} first arg must be bytes or a tuple of bytes, not {}",
                                v.type_name()
                            )))
                        })?;
                        test(&b)
                    }
                };
                Value::Bool(ok)
            }
            "upper" => make(data.to_ascii_uppercase()),
            "lower" => make(data.to_ascii_lowercase()),
            "strip" | "lstrip" | "rstrip" => {
                let chars = opt_bytes_arg(args.get(0, "bytes"))?;
                let (l, r) = (name != "rstrip", name != "lstrip");
                make(byteops::strip(data, chars.as_deref(), l, r).to_vec())
            }
            "split" => {
                let sep = opt_bytes_arg(args.get(0, "sep"))?;
                if sep.as_deref() == Some(&[][..]) {
                    return Err(value_error("empty separator"));
                }
                let max = match args.get(1, "maxsplit") {
                    Some(v) => ops::index_i64(&v)?,
                    None => -1,
                };
                Value::new_list(
                    byteops::split(data, sep.as_deref(), max)
                        .into_iter()
                        .map(make)
                        .collect(),
                )
            }
            "replace" => {
                let old = bytes_arg(args.pos.first().ok_or_else(|| {
                    type_error(format!(
                        "replace expected at least 2 arguments, got {}",
                        args.pos.len()
                    ))
                })?)?;
                let new = bytes_arg(args.pos.get(1).ok_or_else(|| {
                    type_error(format!(
                        "replace expected at least 2 arguments, got {}",
                        args.pos.len()
                    ))
                })?)?;
                let count = match args.get(2, "count") {
                    Some(v) => ops::index_i64(&v)?,
                    None => -1,
                };
                make(byteops::replace(data, &old, &new, count))
            }
            "join" => {
                let it = args
                    .pos
                    .first()
                    .cloned()
                    .ok_or_else(|| type_error("join() takes exactly one argument (0 given)"))?;
                let mut out = Vec::new();
                let mut i = 0usize;
                vm.for_each(&it, |_, item| {
                    if i > 0 {
                        out.extend_from_slice(data);
                    }
                    match buffer::to_vec(&item) {
                        Some(b) => out.extend_from_slice(&b?),
                        None => {
                            return Err(type_error(format!(
                                "sequence item {i}: expected a bytes-like object, {} found",
                                item.type_name()
                            )))
                        }
                    }
                    i += 1;
                    Ok(())
                })?;
                make(out)
            }
            "isdigit" => Value::Bool(!data.is_empty() && data.iter().all(u8::is_ascii_digit)),
            "isalpha" => Value::Bool(!data.is_empty() && data.iter().all(u8::is_ascii_alphabetic)),
            "isalnum" => {
                Value::Bool(!data.is_empty() && data.iter().all(u8::is_ascii_alphanumeric))
            }
            "isspace" => {
                Value::Bool(!data.is_empty() && data.iter().all(|c| byteops::is_space(*c)))
            }
            "isascii" => Value::Bool(data.is_ascii()),
            _ => return Err(crate::exceptions::no_attribute(type_name, name)),
        })
    })())
}

/// Names [`byte_method`] answers to.
pub const BYTE_METHODS: &[&str] = &[
    "decode",
    "hex",
    "count",
    "find",
    "rfind",
    "index",
    "rindex",
    "startswith",
    "endswith",
    "upper",
    "lower",
    "strip",
    "lstrip",
    "rstrip",
    "split",
    "replace",
    "join",
    "isdigit",
    "isalpha",
    "isalnum",
    "isspace",
    "isascii",
];

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)`.
pub fn fromhex(s: &str, what: &str) -> PyResult<Vec<u8>> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let digit = |c: u8| (c as char).to_digit(16);
    while i < b.len() {
        if b[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = digit(b[i]);
        let lo = b.get(i + 1).and_then(|&c| digit(c));
        match (hi, lo) {
            (Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 2;
            }
            (Some(_), None) if i + 1 >= b.len() || b[i + 1].is_ascii_whitespace() => {
                return Err(value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
            (Some(_), None) => {
                return Err(value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    s[..i + 1].chars().count()
                )))
            }
            (None, _) => {
                return Err(value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    s[..i].chars().count()
                )))
            }
        }
    }
    let _ = what;
    Ok(out)
}
