//! printf-style formatting: `str % args` and `bytes % args`, one parser
//! for both.
//!
//! Supports keys (`%(name)s`, looked up in any mapping), the flags
//! `-+ #0`, widths and precisions (digits or `*`), the length modifiers
//! `hlL` (ignored, as in CPython), and the conversions `s r a c d i u o x
//! X e E f F g G %` (plus `b` for bytes), with CPython's argument rules
//! and error texts for each template type: bytes take `%s`/`%b` only from
//! bytes-like objects, `%c` from an int in range(256) or one byte, and
//! render `%r` as `%a`. Number conversions are `crate::format`'s printf.

use crate::exceptions::{self, overflow_error, type_error, value_error, PyResult};
use crate::format;
use crate::interp::Vm;
use crate::ops;
use crate::value::Value;
use num_bigint::BigInt;

/// `template % arg` for a str template.
pub fn format_str(vm: &mut Vm, template: &str, arg: &Value) -> PyResult<Value> {
    // CPython's `'%s' % s` is `s` itself.
    if template == "%s" {
        match arg {
            Value::Str(_) => return Ok(arg.clone()),
            Value::Tuple(t) if matches!(&t[..], [Value::Str(_)]) => return Ok(t[0].clone()),
            _ => {}
        }
    }
    let chars: Vec<char> = template.chars().collect();
    let mut out = Out::Text(String::with_capacity(template.len()));
    run(vm, &chars, arg, &mut out)?;
    Ok(match out {
        Out::Text(s) => Value::Str(s.into()),
        Out::Bytes(b) => Value::Str(String::from_utf8_lossy(&b).into()),
    })
}

/// `template % arg` for a bytes or bytearray template.
pub fn format_bytes(vm: &mut Vm, template: &[u8], arg: &Value) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = template.iter().map(|&b| b as char).collect();
    let mut out = Out::Bytes(Vec::with_capacity(template.len()));
    run(vm, &chars, arg, &mut out)?;
    Ok(match out {
        Out::Bytes(b) => b,
        Out::Text(s) => s.into_bytes(),
    })
}

/// The result being built. A bytes template's characters are its bytes
/// (each as the char of the same value), and everything it renders from
/// text is ASCII.
enum Out {
    Text(String),
    Bytes(Vec<u8>),
}

impl Out {
    fn is_bytes(&self) -> bool {
        matches!(self, Out::Bytes(_))
    }

    fn push_char(&mut self, c: char) {
        match self {
            Out::Text(s) => s.push(c),
            Out::Bytes(b) => b.push(c as u32 as u8),
        }
    }

    fn push_str(&mut self, t: &str) {
        match self {
            Out::Text(s) => s.push_str(t),
            Out::Bytes(b) => b.extend(t.chars().map(|c| c as u32 as u8)),
        }
    }

    fn push_bytes(&mut self, data: &[u8]) {
        match self {
            Out::Text(s) => s.extend(data.iter().map(|&c| c as char)),
            Out::Bytes(b) => b.extend_from_slice(data),
        }
    }

    /// Appends `n` spaces.
    fn pad(&mut self, n: usize) {
        for _ in 0..n {
            self.push_char(' ');
        }
    }
}

/// Whether `%` treats `arg` as a mapping: anything subscriptable but a
/// tuple or the template's own kind of string (bytes templates also
/// exclude bytearray). Such an argument never causes "not all arguments
/// converted".
fn is_mapping(arg: &Value, bytes: bool) -> bool {
    match crate::dispatch::plain(arg) {
        Value::Dict(_)
        | Value::List(_)
        | Value::MemoryView(_)
        | Value::Array(_)
        | Value::Range(_) => true,
        Value::Bytes(_) | Value::ByteArray(_) => !bytes,
        _ => false,
    }
}

/// One conversion's flags, width and precision.
struct Spec {
    flags: String,
    width: Option<usize>,
    prec: Option<usize>,
}

impl Spec {
    fn ljust(&self) -> bool {
        self.flags.contains('-')
    }
}

/// The arguments consumed left to right, modelled on CPython's
/// (args, arglen, argidx): a tuple gives its items; any other value, and
/// the item a `%(key)` looks up, can be taken exactly once.
struct ArgList {
    current: Value,
    len: i64,
    idx: i64,
}

impl ArgList {
    fn new(arg: &Value) -> ArgList {
        // A tuple subclass (a struct sequence too) gives its items, as a
        // tuple does.
        let native_tuple = match arg {
            Value::Native(o) => o.as_tuple(),
            _ => None,
        };
        let arg = match (crate::dispatch::base_value(arg), &native_tuple) {
            (Some(t @ Value::Tuple(_)), _) => t,
            (_, Some(t)) => t,
            _ => arg,
        };
        match arg {
            Value::Tuple(t) => ArgList {
                current: arg.clone(),
                len: t.len() as i64,
                idx: 0,
            },
            v => ArgList::single(v.clone()),
        }
    }

    fn single(v: Value) -> ArgList {
        ArgList {
            current: v,
            len: -1,
            idx: -2,
        }
    }

    fn take(&mut self) -> PyResult<Value> {
        if self.idx >= self.len {
            return Err(type_error("not enough arguments for format string"));
        }
        self.idx += 1;
        if self.len < 0 {
            return Ok(self.current.clone());
        }
        match &self.current {
            Value::Tuple(t) => Ok(t.get(self.idx as usize - 1).cloned().unwrap_or(Value::None)),
            v => Ok(v.clone()),
        }
    }

    fn all_used(&self) -> bool {
        self.idx >= self.len
    }
}

fn run(vm: &mut Vm, t: &[char], arg: &Value, out: &mut Out) -> PyResult<()> {
    let bytes = out.is_bytes();
    let mut args = ArgList::new(arg);
    let mapping = is_mapping(arg, bytes);
    let mut i = 0;
    while let Some(&c) = t.get(i) {
        i += 1;
        if c != '%' {
            out.push_char(c);
            continue;
        }
        if t.get(i) == Some(&'%') {
            out.push_char('%');
            i += 1;
            continue;
        }
        if t.get(i) == Some(&'(') {
            if !mapping {
                return Err(type_error("format requires a mapping"));
            }
            let start = i + 1;
            let mut depth = 1;
            i += 1;
            while depth > 0 {
                match t.get(i) {
                    None => return Err(value_error("incomplete format key")),
                    Some('(') => depth += 1,
                    Some(')') => depth -= 1,
                    Some(_) => {}
                }
                i += 1;
            }
            let name = &t[start..i - 1];
            let key = if bytes {
                crate::objects::bytes::new_value(name.iter().map(|&c| c as u32 as u8).collect())
            } else {
                Value::Str(name.iter().collect::<String>().into())
            };
            args = ArgList::single(vm.getitem(arg, &key)?);
        }
        let mut spec = Spec {
            flags: String::new(),
            width: None,
            prec: None,
        };
        while let Some(&f @ ('-' | '+' | ' ' | '#' | '0')) = t.get(i) {
            spec.flags.push(f);
            i += 1;
        }
        if t.get(i) == Some(&'*') {
            i += 1;
            let w = star_arg(&args.take()?, "ssize_t")?;
            if w < 0 {
                spec.flags.push('-');
            }
            spec.width = Some(w.unsigned_abs() as usize);
        } else {
            spec.width = digits(t, &mut i, isize::MAX as usize, "width too big")?;
        }
        if t.get(i) == Some(&'.') {
            i += 1;
            spec.prec = Some(if t.get(i) == Some(&'*') {
                i += 1;
                star_arg(&args.take()?, "int")?.max(0) as usize
            } else {
                digits(t, &mut i, i32::MAX as usize, "precision too big")?.unwrap_or(0)
            });
        }
        while matches!(t.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv) = t.get(i) else {
            return Err(value_error("incomplete format"));
        };
        i += 1;
        let value = args.take()?;
        let tuple = matches!(arg, Value::Tuple(_));
        convert(vm, conv, i - 1, &value, &spec, tuple, out)?;
    }
    if !args.all_used() && !mapping {
        return Err(type_error(if bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(())
}

/// Decimal digits of a width or precision, at most `max`.
fn digits(t: &[char], i: &mut usize, max: usize, too_big: &str) -> PyResult<Option<usize>> {
    let mut n: Option<usize> = None;
    while let Some(d) = t.get(*i).and_then(|c| c.to_digit(10)) {
        let v = n.unwrap_or(0);
        if v > (max - d as usize) / 10 {
            return Err(value_error(too_big));
        }
        n = Some(v * 10 + d as usize);
        *i += 1;
    }
    Ok(n)
}

/// A `*` width (`ssize_t`) or precision (`int`) taken from the arguments.
fn star_arg(v: &Value, c_type: &str) -> PyResult<i64> {
    let too_big = || exceptions::c_overflow(c_type);
    match v {
        Value::Int(_) | Value::Bool(_) => {
            let n = ops::index_i64(v)?;
            if c_type == "int" && i32::try_from(n).is_err() {
                return Err(too_big());
            }
            Ok(n)
        }
        Value::BigInt(_) => Err(too_big()),
        _ => Err(type_error("* wants int")),
    }
}

/// `repr(v)` with non-ASCII characters escaped (`ascii(v)`).
fn ascii_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    Ok(crate::codecs::escape_non_ascii(&vm.repr_of(v)?))
}

/// Writes `piece` (`len` characters or bytes) padded to the spec's width.
fn padded(out: &mut Out, spec: &Spec, len: usize, write: impl FnOnce(&mut Out)) {
    let fill = spec.width.unwrap_or(0).saturating_sub(len);
    if !spec.ljust() {
        out.pad(fill);
    }
    write(out);
    if spec.ljust() {
        out.pad(fill);
    }
}

/// One conversion of `value`; `at` is the index of the conversion
/// character in the template (for "unsupported format character");
/// `tuple` tells the arguments came as a tuple.
fn convert(
    vm: &mut Vm,
    conv: char,
    at: usize,
    value: &Value,
    spec: &Spec,
    tuple: bool,
    out: &mut Out,
) -> PyResult<()> {
    let bytes = out.is_bytes();
    let coerced = number_of(vm, conv, value)?;
    let value = coerced.as_ref().unwrap_or(value);
    vm.check_alloc(spec.width.unwrap_or(0))?;
    match conv {
        's' | 'b' if bytes => {
            let data = match crate::buffer::to_vec_checked(vm, value) {
                Some(data) => data?,
                None => match crate::objects::bytes::dunder_bytes(vm, value)? {
                    Some(data) => data,
                    None => {
                        return Err(type_error(format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                            value.type_name()
                        )))
                    }
                },
            };
            let data = &data[..spec.prec.unwrap_or(data.len()).min(data.len())];
            padded(out, spec, data.len(), |o| o.push_bytes(data));
        }
        's' | 'r' | 'a' => {
            // An exact int without width or precision is written without
            // PyObject_Str (and its recursion level), unless the arguments
            // are a tuple, which CPython's compiler turns into an f-string
            // when it is a literal.
            let fast_int = matches!(value, Value::Int(_) | Value::BigInt(_))
                && !tuple
                && spec.width.is_none()
                && spec.prec.is_none();
            let s = match conv {
                's' if fast_int => crate::ops::to_str(value)?,
                's' => vm.str_of(value)?,
                'r' if !bytes => vm.repr_of(value)?,
                _ => ascii_repr(vm, value)?,
            };
            let s: String = match spec.prec {
                Some(p) => s.chars().take(p).collect(),
                None => s,
            };
            padded(out, spec, s.chars().count(), |o| o.push_str(&s));
        }
        'c' => {
            let c = char_arg(value, bytes)?;
            padded(out, spec, 1, |o| o.push_char(c));
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let n: BigInt = match value {
                Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => {
                    format::float_to_bigint(*f).map_err(ops::fmt_err)?
                }
                v => ops::as_bigint(v).ok_or_else(|| {
                    type_error(format!(
                        "%{} format: {} is required, not {}",
                        if conv == 'i' && bytes { 'd' } else { conv },
                        if matches!(conv, 'd' | 'i' | 'u') {
                            "a real number"
                        } else {
                            "an integer"
                        },
                        v.type_name()
                    ))
                })?,
            };
            let s = format::try_printf_int(&n, &spec.flags, spec.width, spec.prec, conv)
                .map_err(ops::fmt_err)?;
            out.push_str(&s);
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match value {
                Value::Float(f) => Ok(*f),
                v => match ops::as_bigint(v) {
                    Some(n) => format::bigint_to_f64(&n).map_err(ops::fmt_err),
                    None => Err(type_error(format!(
                        "must be real number, not {}",
                        v.type_name()
                    ))),
                },
            };
            // bytes reports any failure to get a float the same way.
            let x = match x {
                Err(_) if bytes => {
                    return Err(type_error(format!(
                        "float argument required, not {}",
                        value.type_name()
                    )))
                }
                r => r?,
            };
            let s = format::try_printf_float(x, &spec.flags, spec.width, spec.prec, conv)
                .map_err(ops::fmt_err)?;
            out.push_str(&s);
        }
        c if bytes && !c.is_ascii() => {
            // CPython reads the byte as a negative C char here.
            return Err(overflow_error("character argument not in range(0x110000)"));
        }
        c => {
            return Err(value_error(format!(
                "unsupported format character '{c}' (0x{:x}) at index {at}",
                crate::surrogates::code(c)
            )))
        }
    }
    Ok(())
}

/// A user object as the number a conversion wants, as CPython converts
/// it: `__int__` or `__index__` for `%d`, `__index__` for `%x %o %c`,
/// `__float__` or `__index__` for `%e %f %g`. `None` when nothing applies.
fn number_of(vm: &mut Vm, conv: char, v: &Value) -> PyResult<Option<Value>> {
    if crate::dispatch::user_class(v).is_none() {
        return Ok(None);
    }
    let order: &[&str] = match conv {
        'd' | 'i' | 'u' => &["__int__", "__index__"],
        'o' | 'x' | 'X' | 'c' => &["__index__"],
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => &["__float__", "__index__"],
        _ => &[],
    };
    for name in order {
        if let Some(r) = vm.call_special(v, name, vec![]) {
            let r = r?;
            // A non-int from `__int__`/`__index__` is CPython's TypeError,
            // reported as the wrong type of the operand itself.
            let int_like = matches!(
                crate::dispatch::plain(&r),
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_)
            );
            if !int_like && matches!(conv, 'd' | 'i' | 'u' | 'o' | 'x' | 'X') {
                return Ok(None);
            }
            if int_like {
                return Ok(Some(crate::dispatch::plain(&r).clone()));
            }
            return Ok(Some(r));
        }
    }
    Ok(crate::dispatch::base_value(v)
        .filter(|_| !order.is_empty())
        .cloned())
}

/// The character of `%c`: for str an int code point or a 1-character
/// str, for bytes an int in range(256) or a single byte.
fn char_arg(v: &Value, bytes: bool) -> PyResult<char> {
    let limit: i64 = if bytes { 0x100 } else { 0x110000 };
    let range_err = || {
        overflow_error(if bytes {
            "%c arg not in range(256)"
        } else {
            "%c arg not in range(0x110000)"
        })
    };
    let single = || {
        type_error(if bytes {
            "%c requires an integer in range(256) or a single byte"
        } else {
            "%c requires int or char"
        })
    };
    match v {
        Value::Int(_) | Value::Bool(_) => {
            let n = ops::index_i64(v)?;
            if !(0..limit).contains(&n) {
                return Err(range_err());
            }
            crate::surrogates::from_code(n as u32).ok_or_else(range_err)
        }
        Value::BigInt(_) => Err(range_err()),
        Value::Str(s) if !bytes => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(single()),
            }
        }
        Value::Bytes(_) | Value::ByteArray(_) if bytes => {
            match crate::buffer::to_vec(v).and_then(Result::ok).as_deref() {
                Some([b]) => Ok(*b as char),
                _ => Err(single()),
            }
        }
        _ => Err(single()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mapping_rules_differ_by_template() {
        let b = crate::objects::bytes::new_value(vec![1]);
        assert!(is_mapping(&b, false));
        assert!(!is_mapping(&b, true));
        assert!(!is_mapping(&Value::str("x"), false));
    }
}
