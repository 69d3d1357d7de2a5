//! `str`: immutable Unicode text (`Rc<str>`).
//!
//! Supports repr with CPython's quoting and escapes, `encode` (the codecs
//! are in `crate::codecs`), `%` formatting (`crate::percent`), `format`,
//! and the common methods. Indexing counts characters (O(n) for non-ASCII
//! text).

use crate::exceptions::{self, type_error, value_error, ExcType, PyResult};
use crate::format;
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::ops;
use crate::value::Value;
use num_bigint::BigInt;

/// The codecs live in `crate::codecs`; re-exported for existing callers.
pub use crate::codecs::{decode, encode};

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
                            .map(|b| Value::Str(String::from_utf8_lossy(b).into_owned().into()))
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
                vm.for_each(it, |vm, item| {
                    let Value::Str(t) = &item else {
                        return Err(type_error(format!(
                            "sequence item {i}: expected str instance, {} found",
                            item.type_name()
                        )));
                    };
                    let need = out.len().saturating_add(s.len()).saturating_add(t.len());
                    if need > out.capacity() {
                        vm.check_alloc(need.max(out.capacity().saturating_mul(2)))?;
                    }
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
                if new.len() > old.len() {
                    let hits = if old.is_empty() {
                        char_len(s) + 1
                    } else {
                        s.matches(old.as_str()).count()
                    };
                    let hits = if count < 0 {
                        hits
                    } else {
                        hits.min(count as usize)
                    };
                    vm.check_alloc(
                        hits.saturating_mul(new.len() - old.len())
                            .saturating_add(s.len()),
                    )?;
                }
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
            "encode" => crate::codecs::encode_method(s, args)?,
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
                let pad = usize::try_from(w).unwrap_or(0).saturating_sub(char_len(s));
                vm.check_alloc(pad.saturating_mul(fill.len_utf8()).saturating_add(s.len()))?;
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
                    vm.check_alloc(((w - n) as usize).saturating_add(s.len()))?;
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
