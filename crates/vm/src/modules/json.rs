//! `_json`: the native half of `json`, as CPython's `_json` accelerator:
//! `scanstring`, `encode_basestring_ascii`, `encode_basestring`,
//! `make_scanner` (the scanner `JSONDecoder.scan_once` is) and
//! `make_encoder` (the one-shot encoder `JSONEncoder.iterencode` uses).
//! The class API is Python source (`py/json/*.py`); hooks (`default`,
//! `object_hook`, `parse_float`...) are called back from here.
//!
//! The scanner works on the str's UTF-8 bytes: everything JSON gives a
//! meaning to is ASCII, so byte positions are only turned into the
//! character positions Python sees where a position is reported (the
//! returned end, an error). Nesting is counted against the recursion
//! limit with CPython's messages ("... while decoding a JSON array from a
//! unicode string"), on stack segments grown on demand.
//!
//! The encoder also takes an indent, which CPython leaves to its Python
//! encoder: with one, the messages are that encoder's (a non-finite
//! float's repr after the message, "while calling a Python object" for
//! deep nesting). Not provided: key memoization of the scanner (keys are
//! equal strings, not the same object), the `c_make_scanner` type's repr.

use crate::dispatch::plain;
use crate::exceptions::{
    err_from, new_err, type_error, value_error, ExcType, PyErr, PyException, PyResult,
};
use crate::interp::Vm;
use crate::objects::dict::PyDict;
use crate::objects::function::{builtin, closure, Args};
use crate::objects::module::PyModule;
use crate::surrogates;
use crate::value::{TypeId, Value};
use std::collections::HashSet;
use std::fmt::Write;
use std::rc::Rc;

pub fn module() -> Rc<PyModule> {
    let fns: &[(&str, fn(&mut Vm, &Args) -> PyResult<Value>)] = &[
        ("scanstring", scanstring),
        ("encode_basestring_ascii", encode_basestring_ascii),
        ("encode_basestring", encode_basestring),
        ("make_scanner", make_scanner),
        ("make_encoder", make_encoder),
        ("_make_dump_encoder", make_dump_encoder),
    ];
    let attrs = fns
        .iter()
        .map(|(name, f)| (*name, builtin(name, Some("_json"), *f)))
        .collect();
    PyModule::new("_json", attrs)
}

/// The text of a str or str subclass instance.
fn text_of(v: &Value) -> Option<&Rc<str>> {
    match plain(v) {
        Value::Str(s) => Some(s),
        _ => None,
    }
}

/// A document being scanned: its text, the str object (the `doc` of a
/// JSONDecodeError) and whether byte and character positions agree.
struct Doc<'a> {
    text: &'a str,
    value: &'a Value,
    ascii: bool,
}

impl Doc<'_> {
    fn new<'a>(text: &'a str, value: &'a Value) -> Doc<'a> {
        Doc {
            text,
            value,
            ascii: text.is_ascii(),
        }
    }

    /// The character position of byte `b`.
    fn pos(&self, b: usize) -> i64 {
        if self.ascii {
            return b as i64;
        }
        self.text.get(..b).map_or(0, |t| t.chars().count()) as i64
    }

    /// The byte of character position `i`; `None` past the end.
    fn byte(&self, i: usize) -> Option<usize> {
        if self.ascii {
            return (i <= self.text.len()).then_some(i);
        }
        match self.text.char_indices().nth(i) {
            Some((b, _)) => Some(b),
            None => (i == self.text.chars().count()).then_some(self.text.len()),
        }
    }

    /// `json.decoder.JSONDecodeError(msg, doc, pos)` at byte `b`.
    fn error(&self, vm: &mut Vm, msg: &str, b: usize) -> Box<PyErr> {
        self.error_at(vm, msg, self.pos(b))
    }

    fn error_at(&self, vm: &mut Vm, msg: &str, pos: i64) -> Box<PyErr> {
        let made = vm.import("json.decoder").and_then(|m| {
            let cls = vm.getattr(&m, "JSONDecodeError")?;
            vm.call(
                &cls,
                Args::new(vec![Value::str(msg), self.value.clone(), Value::Int(pos)]),
            )
        });
        match &made {
            Ok(Value::Exception(e)) => err_from(e.clone()),
            Ok(other) => type_error(format!(
                "exceptions must derive from BaseException, not {}",
                other.type_name()
            )),
            Err(_) => made.err().unwrap_or_else(|| type_error("")),
        }
    }

    /// `StopIteration(pos)`: no value starts at byte `b`.
    fn stop(&self, b: usize) -> Box<PyErr> {
        stop_iteration(self.pos(b))
    }
}

fn stop_iteration(pos: i64) -> Box<PyErr> {
    err_from(PyException::new(
        ExcType::StopIteration,
        vec![Value::Int(pos)],
    ))
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && is_ws(b[i]) {
        i += 1;
    }
    i
}

fn hex4(b: &[u8]) -> Option<u32> {
    let mut n = 0;
    for &d in b {
        n = n * 16 + (d as char).to_digit(16)?;
    }
    Some(n)
}

/// Where a string literal starts: a byte of the document, turned into a
/// character position only for an error (counting is linear), or a
/// position given as such (`scanstring`'s `end - 1`, possibly -1).
#[derive(Clone, Copy)]
enum Begin {
    Byte(usize),
    Char(i64),
}

impl Begin {
    fn pos(self, d: &Doc) -> i64 {
        match self {
            Begin::Byte(b) => d.pos(b),
            Begin::Char(c) => c,
        }
    }
}

/// Scans the rest of a string literal whose content starts at byte
/// `start` (after the quote); returns the text and the byte after the
/// closing quote. `begin` is the position an unterminated string is
/// reported at (the quote's).
fn scan_string(
    vm: &mut Vm,
    d: &Doc,
    start: usize,
    begin: Begin,
    strict: bool,
) -> PyResult<(String, usize)> {
    let b = d.text.as_bytes();
    let n = b.len();
    let mut out = String::new();
    let mut i = start;
    loop {
        let chunk = i;
        while i < n {
            let c = b[i];
            if c == b'"' || c == b'\\' {
                break;
            }
            if c <= 0x1f && strict {
                return Err(d.error(vm, "Invalid control character at", i));
            }
            i += 1;
        }
        if i >= n {
            return Err(d.error_at(vm, "Unterminated string starting at", begin.pos(d)));
        }
        out.push_str(&d.text[chunk..i]);
        let c = b[i];
        i += 1;
        if c == b'"' {
            return Ok((out, i));
        }
        if i >= n {
            return Err(d.error_at(vm, "Unterminated string starting at", begin.pos(d)));
        }
        if b[i] != b'u' {
            let ch = match b[i] {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\x08',
                b'f' => '\x0c',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                _ => return Err(d.error(vm, "Invalid \\escape", i - 1)),
            };
            out.push(ch);
            i += 1;
            continue;
        }
        // `\uXXXX`: CPython wants one character past the four digits.
        i += 1;
        let end = i + 4;
        if end >= n {
            return Err(d.error(vm, "Invalid \\uXXXX escape", i - 1));
        }
        let Some(mut u) = hex4(&b[i..end]) else {
            return Err(d.error(vm, "Invalid \\uXXXX escape", i - 1));
        };
        i = end;
        if (0xD800..0xDC00).contains(&u) && i + 6 < n && b[i] == b'\\' && b[i + 1] == b'u' {
            let Some(low) = hex4(&b[i + 2..i + 6]) else {
                return Err(d.error(vm, "Invalid \\uXXXX escape", i + 1));
            };
            if (0xDC00..0xE000).contains(&low) {
                u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                i += 6;
            }
        }
        out.push(surrogates::from_code(u).unwrap_or('\u{fffd}'));
    }
}

/// `scanstring(s, end, strict=True)`: the string literal whose content
/// starts at `end`, and the position after it.
fn scanstring(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = super::clinic_args(args, "scanstring", 0, &["", "", "strict"], 2)?;
    let (Some(s), Some(end)) = (&a[0], &a[1]) else {
        return Err(type_error("scanstring() missing required argument"));
    };
    let Some(text) = text_of(s) else {
        return Err(type_error(format!(
            "first argument must be a string, not {}",
            s.type_name()
        )));
    };
    let end = index_arg(vm, end)?;
    let strict = match &a[2] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let d = Doc::new(text, s);
    let start = match usize::try_from(end).ok().and_then(|e| d.byte(e)) {
        Some(b) => b,
        None => return Err(value_error("end is out of bounds")),
    };
    let (out, after) = scan_string(vm, &d, start, Begin::Char(end - 1), strict)?;
    Ok(Value::new_tuple(vec![
        Value::str(&out),
        Value::Int(d.pos(after)),
    ]))
}

fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match super::index_value(vm, v)? {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(i64::from(b)),
        Value::BigInt(_) => Err(new_err(
            ExcType::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
        other => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// What a scanner reads from its context (a JSONDecoder) when made.
struct Scanner {
    strict: bool,
    object_hook: Value,
    object_pairs_hook: Value,
    /// `None` when it is `float` itself (parsed here).
    parse_float: Option<Value>,
    /// `None` when it is `int` itself.
    parse_int: Option<Value>,
    parse_constant: Value,
}

const IN_OBJECT: &str = " while decoding a JSON object from a unicode string";
const IN_ARRAY: &str = " while decoding a JSON array from a unicode string";

/// `make_scanner(context)`: the `scan_once(string, idx)` function of a
/// decoder, returning `(value, end)` or raising StopIteration(idx) when
/// no value starts at `idx`.
fn make_scanner(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = super::clinic_args(args, "make_scanner", 0, &["context"], 1)?;
    let ctx = a[0].clone().unwrap_or(Value::None);
    let strict = vm.getattr(&ctx, "strict")?;
    let strict = vm.truthy(&strict)?;
    let object_hook = vm.getattr(&ctx, "object_hook")?;
    let object_pairs_hook = vm.getattr(&ctx, "object_pairs_hook")?;
    let parse_float = vm.getattr(&ctx, "parse_float")?;
    let parse_int = vm.getattr(&ctx, "parse_int")?;
    let parse_constant = vm.getattr(&ctx, "parse_constant")?;
    let sc = Rc::new(Scanner {
        strict,
        object_hook,
        object_pairs_hook,
        parse_float: (!matches!(parse_float, Value::Type(TypeId::Float))).then_some(parse_float),
        parse_int: (!matches!(parse_int, Value::Type(TypeId::Int))).then_some(parse_int),
        parse_constant,
    });
    Ok(closure("scan_once", move |vm, args| sc.call(vm, args)))
}

impl Scanner {
    fn call(&self, vm: &mut Vm, args: &Args) -> PyResult<Value> {
        let a = super::clinic_args(args, "scan_once", 0, &["string", "idx"], 2)?;
        let (Some(s), Some(idx)) = (&a[0], &a[1]) else {
            return Err(type_error("scan_once() missing required argument"));
        };
        let Some(text) = text_of(s) else {
            return Err(type_error(format!(
                "first argument must be a string, not {}",
                s.type_name()
            )));
        };
        let idx = index_arg(vm, idx)?;
        if idx < 0 {
            return Err(value_error("idx cannot be negative"));
        }
        let d = Doc::new(text, s);
        let Some(start) = d.byte(idx as usize) else {
            return Err(stop_iteration(idx));
        };
        let (v, end) = self.scan(vm, &d, start)?;
        Ok(Value::new_tuple(vec![v, Value::Int(d.pos(end))]))
    }

    /// The value starting at byte `i`, and the byte after it.
    fn scan(&self, vm: &mut Vm, d: &Doc, i: usize) -> PyResult<(Value, usize)> {
        let b = d.text.as_bytes();
        let Some(&c) = b.get(i) else {
            return Err(d.stop(i));
        };
        let rest = &b[i..];
        match c {
            b'"' => {
                let (s, end) = scan_string(vm, d, i + 1, Begin::Byte(i), self.strict)?;
                return Ok((Value::str(&s), end));
            }
            b'{' => return vm.nested(IN_OBJECT, |vm| self.object(vm, d, i + 1)),
            b'[' => return vm.nested(IN_ARRAY, |vm| self.array(vm, d, i + 1)),
            b'n' if rest.starts_with(b"null") => return Ok((Value::None, i + 4)),
            b't' if rest.starts_with(b"true") => return Ok((Value::Bool(true), i + 4)),
            b'f' if rest.starts_with(b"false") => return Ok((Value::Bool(false), i + 5)),
            b'N' if rest.starts_with(b"NaN") => return self.constant(vm, "NaN", i),
            b'I' if rest.starts_with(b"Infinity") => return self.constant(vm, "Infinity", i),
            b'-' if rest.starts_with(b"-Infinity") => return self.constant(vm, "-Infinity", i),
            _ => {}
        }
        self.number(vm, d, i)
    }

    fn constant(&self, vm: &mut Vm, name: &str, i: usize) -> PyResult<(Value, usize)> {
        let v = vm.call(&self.parse_constant, Args::new(vec![Value::str(name)]))?;
        Ok((v, i + name.len()))
    }

    fn object(&self, vm: &mut Vm, d: &Doc, start: usize) -> PyResult<(Value, usize)> {
        let b = d.text.as_bytes();
        let n = b.len();
        let pairs_mode = !self.object_pairs_hook.is_none();
        let dict = PyDict::default();
        let mut pairs = Vec::new();
        let mut i = skip_ws(b, start);
        if i >= n || b[i] != b'}' {
            loop {
                if i >= n || b[i] != b'"' {
                    return Err(d.error(
                        vm,
                        "Expecting property name enclosed in double quotes",
                        i,
                    ));
                }
                let (key, end) = scan_string(vm, d, i + 1, Begin::Byte(i), self.strict)?;
                i = skip_ws(b, end);
                if i >= n || b[i] != b':' {
                    return Err(d.error(vm, "Expecting ':' delimiter", i));
                }
                i = skip_ws(b, i + 1);
                let (val, end) = self.scan(vm, d, i)?;
                let key = Value::str(&key);
                if pairs_mode {
                    pairs.push(Value::new_tuple(vec![key, val]));
                } else {
                    dict.set(key, val)?;
                }
                i = skip_ws(b, end);
                if i < n && b[i] == b'}' {
                    break;
                }
                if i >= n || b[i] != b',' {
                    return Err(d.error(vm, "Expecting ',' delimiter", i));
                }
                i = skip_ws(b, i + 1);
                vm.check_interrupt()?;
            }
        }
        let end = i + 1;
        if pairs_mode {
            let v = vm.call(
                &self.object_pairs_hook,
                Args::new(vec![Value::new_list(pairs)]),
            )?;
            return Ok((v, end));
        }
        let v = Value::Dict(Rc::new(dict));
        if self.object_hook.is_none() {
            return Ok((v, end));
        }
        Ok((vm.call(&self.object_hook, Args::new(vec![v]))?, end))
    }

    fn array(&self, vm: &mut Vm, d: &Doc, start: usize) -> PyResult<(Value, usize)> {
        let b = d.text.as_bytes();
        let n = b.len();
        let mut items = Vec::new();
        let mut i = skip_ws(b, start);
        if i >= n || b[i] != b']' {
            loop {
                let (val, end) = self.scan(vm, d, i)?;
                items.push(val);
                i = skip_ws(b, end);
                if i < n && b[i] == b']' {
                    break;
                }
                if i >= n || b[i] != b',' {
                    return Err(d.error(vm, "Expecting ',' delimiter", i));
                }
                i = skip_ws(b, i + 1);
                vm.check_interrupt()?;
            }
        }
        Ok((Value::new_list(items), i + 1))
    }

    /// A number as CPython's scanner matches one: `-?(0|[1-9]\d*)`, then a
    /// fraction only if a digit follows the dot, an exponent only if it
    /// has digits (else the number ends before the `e`).
    fn number(&self, vm: &mut Vm, d: &Doc, start: usize) -> PyResult<(Value, usize)> {
        let b = d.text.as_bytes();
        let n = b.len();
        let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
            if i >= n {
                return Err(d.stop(start));
            }
        }
        match b[i] {
            b'1'..=b'9' => {
                i += 1;
                while digit(i) {
                    i += 1;
                }
            }
            b'0' => i += 1,
            _ => return Err(d.stop(start)),
        }
        let mut is_float = false;
        if i + 1 < n && b[i] == b'.' && digit(i + 1) {
            is_float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        if i + 1 < n && (b[i] == b'e' || b[i] == b'E') {
            let e_start = i;
            i += 1;
            if i + 1 < n && (b[i] == b'-' || b[i] == b'+') {
                i += 1;
            }
            while digit(i) {
                i += 1;
            }
            if digit(i - 1) {
                is_float = true;
            } else {
                i = e_start;
            }
        }
        let num = &d.text[start..i];
        let v = if is_float {
            match &self.parse_float {
                Some(f) => vm.call(f, Args::new(vec![Value::str(num)]))?,
                None => Value::Float(num.parse::<f64>().unwrap_or(f64::NAN)),
            }
        } else {
            match &self.parse_int {
                Some(f) => vm.call(f, Args::new(vec![Value::str(num)]))?,
                None => match num.parse::<i64>() {
                    Ok(x) => Value::Int(x),
                    Err(_) => crate::builtins::parse_int(num, 10, &Value::str(num))?,
                },
            }
        };
        Ok((v, i))
    }
}

// ---------------------------------------------------------------------
// Encoding

/// Writes `s` as a JSON string with every non-ASCII character escaped
/// (astral ones as surrogate pairs).
fn write_ascii(out: &mut String, s: &str) {
    out.push('"');
    let b = s.as_bytes();
    let (mut run, mut i) = (0, 0);
    while i < b.len() {
        let byte = b[i];
        if (0x20..0x7f).contains(&byte) && byte != b'"' && byte != b'\\' {
            i += 1;
            continue;
        }
        out.push_str(&s[run..i]);
        let c = s[i..].chars().next().unwrap_or('\u{fffd}');
        i += c.len_utf8();
        run = i;
        if escape_short(out, c).is_some() {
            continue;
        }
        let u = surrogates::code(c);
        if u >= 0x10000 {
            let v = u - 0x10000;
            let _ = write!(
                out,
                "\\u{:04x}\\u{:04x}",
                0xD800 + (v >> 10),
                0xDC00 + (v & 0x3ff)
            );
        } else {
            let _ = write!(out, "\\u{u:04x}");
        }
    }
    out.push_str(&s[run..]);
    out.push('"');
}

/// The two-character escapes both encoders use.
fn escape_short(out: &mut String, c: char) -> Option<()> {
    out.push_str(match c {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\x08' => "\\b",
        '\x0c' => "\\f",
        _ => return None,
    });
    Some(())
}

/// Writes `s` as a JSON string escaping only what JSON requires.
fn write_unicode(out: &mut String, s: &str) {
    out.push('"');
    let mut run = 0;
    for (i, &byte) in s.as_bytes().iter().enumerate() {
        if byte >= 0x20 && byte != b'"' && byte != b'\\' {
            continue;
        }
        out.push_str(&s[run..i]);
        run = i + 1;
        let c = byte as char;
        if escape_short(out, c).is_none() {
            let _ = write!(out, "\\u{:04x}", byte);
        }
    }
    out.push_str(&s[run..]);
    out.push('"');
}

fn string_arg<'a>(args: &'a Args, fname: &str) -> PyResult<&'a Rc<str>> {
    args.check_posonly(fname, fname, 1, 1)?;
    let v = &args.pos[0];
    text_of(v).ok_or_else(|| {
        type_error(format!(
            "first argument must be a string, not {}",
            v.type_name()
        ))
    })
}

/// `encode_basestring_ascii(s)`: `s` as an ASCII JSON string.
fn encode_basestring_ascii(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = string_arg(args, "encode_basestring_ascii")?;
    let mut out = String::with_capacity(s.len() + 2);
    write_ascii(&mut out, s);
    Ok(Value::str(&out))
}

/// `encode_basestring(s)`: `s` as a JSON string.
fn encode_basestring(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = string_arg(args, "encode_basestring")?;
    let mut out = String::with_capacity(s.len() + 2);
    write_unicode(&mut out, s);
    Ok(Value::str(&out))
}

/// How an encoder writes strings.
enum StrEncoder {
    Ascii,
    Unicode,
    /// A Python callable returning the encoded str.
    Call(Value),
}

struct Encoder {
    check_circular: bool,
    default: Value,
    encoder: StrEncoder,
    indent: Option<String>,
    key_separator: String,
    item_separator: String,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    /// The file `json.dump` writes each chunk to (`fp.write(chunk)`), the
    /// chunks being those of CPython's Python encoder; `None` for the
    /// one-shot encoding.
    sink: Option<Value>,
    /// Whether CPython would run its Python encoder (an indent, or
    /// `json.dump`), whose messages differ from its C encoder's.
    python_style: bool,
}

/// One encoding's state: the output and the ids of the containers being
/// encoded (for "Circular reference detected").
struct Run {
    out: String,
    markers: HashSet<usize>,
    /// The output size last admitted against the memory limit.
    admitted: usize,
}

impl Run {
    /// Checks the growing output against the memory limit (each time it
    /// has doubled).
    fn check_size(&mut self, vm: &mut Vm) -> PyResult<()> {
        if self.out.len() > self.admitted.saturating_mul(2) {
            vm.check_alloc(self.out.len())?;
            self.admitted = self.out.len();
        }
        vm.check_interrupt()
    }
}

/// `make_encoder(markers, default, encoder, indent, key_separator,
/// item_separator, sort_keys, skipkeys, allow_nan)`: the function
/// `_iterencode(obj, _current_indent_level)` returning a one-item list of the
/// whole encoding.
fn make_encoder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    build_encoder(vm, args, None)
}

/// `_make_dump_encoder(..., fp)`: the arguments of `make_encoder` and a
/// file; the function it makes writes the encoding to `fp` chunk by
/// chunk, as `json.dump` does.
fn make_dump_encoder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let mut pos = args.pos.clone();
    let Some(fp) = pos.pop().filter(|_| pos.len() == 9) else {
        return Err(type_error("_make_dump_encoder() takes 10 arguments"));
    };
    build_encoder(vm, &Args::new(pos), Some(fp))
}

fn build_encoder(vm: &mut Vm, args: &Args, sink: Option<Value>) -> PyResult<Value> {
    let names = [
        "markers",
        "default",
        "encoder",
        "indent",
        "key_separator",
        "item_separator",
        "sort_keys",
        "skipkeys",
        "allow_nan",
    ];
    let a = super::clinic_args(args, "make_encoder", 0, &names, 9)?;
    let arg = |i: usize| a[i].clone().unwrap_or(Value::None);
    let markers = arg(0);
    if !matches!(plain(&markers), Value::None | Value::Dict(_)) {
        return Err(type_error(format!(
            "make_encoder() argument 1 must be dict or None, not {}",
            markers.type_name()
        )));
    }
    let sep = |i: usize| -> PyResult<String> {
        let v = arg(i);
        text_of(&v).map(|s| s.to_string()).ok_or_else(|| {
            type_error(format!(
                "make_encoder() argument {} must be str, not {}",
                i + 1,
                v.type_name()
            ))
        })
    };
    let key_separator = sep(4)?;
    let item_separator = sep(5)?;
    let encoder = match &arg(2) {
        Value::Builtin(b) if b.module.as_deref() == Some("_json") => match &*b.name {
            "encode_basestring_ascii" => StrEncoder::Ascii,
            "encode_basestring" => StrEncoder::Unicode,
            _ => StrEncoder::Call(arg(2)),
        },
        other => StrEncoder::Call(other.clone()),
    };
    let indent_given = !arg(3).is_none();
    let indent = match arg(3) {
        Value::None => None,
        v => match text_of(&v) {
            Some(s) => Some(s.to_string()),
            None => {
                let n = index_arg(vm, &v)?.max(0) as usize;
                vm.check_alloc(n)?;
                Some(" ".repeat(n))
            }
        },
    };
    let enc = Rc::new(Encoder {
        check_circular: !markers.is_none(),
        default: arg(1),
        encoder,
        indent,
        key_separator,
        item_separator,
        sort_keys: vm.truthy(&arg(6))?,
        skipkeys: vm.truthy(&arg(7))?,
        allow_nan: vm.truthy(&arg(8))?,
        python_style: sink.is_some() || indent_given,
        sink,
    });
    Ok(closure("_iterencode", move |vm, args| enc.call(vm, args)))
}

impl Encoder {
    fn call(&self, vm: &mut Vm, args: &Args) -> PyResult<Value> {
        let a = super::clinic_args(args, "_iterencode", 0, &["obj", "_current_indent_level"], 2)?;
        let obj = a[0].clone().unwrap_or(Value::None);
        let level = match &a[1] {
            Some(v) => index_arg(vm, v)?.max(0) as usize,
            None => 0,
        };
        if let Some(ind) = &self.indent {
            vm.check_alloc(ind.len().saturating_mul(level))?;
        }
        let mut run = Run {
            out: String::new(),
            markers: HashSet::new(),
            admitted: 1 << 16,
        };
        self.encode(vm, &mut run, &obj, level)?;
        if self.sink.is_some() {
            return Ok(Value::None);
        }
        vm.check_alloc(run.out.len())?;
        Ok(Value::new_list(vec![Value::str(&run.out)]))
    }

    /// CPython's context for nesting too deep: its C encoder's, or its
    /// Python encoder's (where a built-in call meets the limit).
    fn nest_context(&self) -> &'static str {
        if self.python_style {
            " while calling a Python object"
        } else {
            " while encoding a JSON object"
        }
    }

    fn nested(&self, vm: &mut Vm, f: impl FnOnce(&mut Vm) -> PyResult<()>) -> PyResult<()> {
        vm.nested(self.nest_context(), f)
    }

    /// Ends a chunk: with a sink, writes what was encoded since the last
    /// one (even nothing, as CPython writes an empty separator).
    fn emit(&self, vm: &mut Vm, run: &mut Run) -> PyResult<()> {
        if let Some(fp) = &self.sink {
            let chunk = std::mem::take(&mut run.out);
            vm.call_method(fp, "write", Args::new(vec![Value::str(&chunk)]))?;
        }
        Ok(())
    }

    /// Whether CPython's Python encoder writes `v` in place (a str, int,
    /// float, bool or None, subclasses included) rather than as a
    /// container or through `default`.
    fn is_scalar(v: &Value) -> bool {
        match v {
            Value::None
            | Value::Bool(_)
            | Value::Str(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_) => true,
            Value::Instance(inst) => matches!(
                inst.base,
                Some(Value::Str(_) | Value::Int(_) | Value::BigInt(_) | Value::Float(_))
            ),
            _ => false,
        }
    }

    fn encode(&self, vm: &mut Vm, run: &mut Run, o: &Value, level: usize) -> PyResult<()> {
        self.encode_value(vm, run, o, level)?;
        if Self::is_scalar(o) {
            self.emit(vm, run)?;
        }
        Ok(())
    }

    fn encode_value(&self, vm: &mut Vm, run: &mut Run, o: &Value, level: usize) -> PyResult<()> {
        match o {
            Value::None => run.out.push_str("null"),
            Value::Bool(true) => run.out.push_str("true"),
            Value::Bool(false) => run.out.push_str("false"),
            Value::Str(s) => self.string(vm, run, s)?,
            Value::Int(i) => {
                let _ = write!(run.out, "{i}");
            }
            Value::BigInt(b) => {
                crate::ops::check_str_digits(b)?;
                let _ = write!(run.out, "{b}");
            }
            Value::Float(x) => self.float(run, *x)?,
            Value::List(_) | Value::Tuple(_) => {
                self.nested(vm, |vm| self.list(vm, run, o, o, level))?
            }
            Value::Dict(_) => self.nested(vm, |vm| self.dict(vm, run, o, o, level))?,
            Value::Instance(inst) => match &inst.base {
                Some(Value::Str(s)) => self.string(vm, run, s)?,
                Some(b @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
                    let b = b.clone();
                    self.encode_value(vm, run, &b, level)?
                }
                Some(Value::Float(x)) => self.float(run, *x)?,
                Some(Value::List(_) | Value::Tuple(_)) => {
                    // A subclass is read through its iterator, as
                    // CPython's `PySequence_Fast` reads it.
                    let items = Value::new_list(vm.collect(o)?);
                    self.nested(vm, |vm| self.list(vm, run, o, &items, level))?
                }
                Some(b @ Value::Dict(_)) => {
                    let b = b.clone();
                    self.nested(vm, |vm| self.dict(vm, run, o, &b, level))?
                }
                _ => self.other(vm, run, o, level)?,
            },
            _ => self.other(vm, run, o, level)?,
        }
        Ok(())
    }

    /// A value JSON has no form for: what `default(o)` returns, encoded.
    fn other(&self, vm: &mut Vm, run: &mut Run, o: &Value, level: usize) -> PyResult<()> {
        let id = crate::builtins::object_id(o);
        if self.check_circular && !run.markers.insert(id) {
            return Err(value_error("Circular reference detected"));
        }
        let new = vm.call(&self.default, Args::new(vec![o.clone()]))?;
        self.nested(vm, |vm| self.encode(vm, run, &new, level))?;
        if self.check_circular {
            run.markers.remove(&id);
        }
        Ok(())
    }

    fn string(&self, vm: &mut Vm, run: &mut Run, s: &str) -> PyResult<()> {
        match &self.encoder {
            StrEncoder::Ascii => write_ascii(&mut run.out, s),
            StrEncoder::Unicode => write_unicode(&mut run.out, s),
            StrEncoder::Call(f) => {
                let r = vm.call(f, Args::new(vec![Value::str(s)]))?;
                match text_of(&r) {
                    Some(t) => run.out.push_str(t),
                    None => {
                        return Err(type_error(format!(
                            "encoder() must return a string, not {}",
                            r.type_name()
                        )))
                    }
                }
            }
        }
        Ok(())
    }

    fn float(&self, run: &mut Run, x: f64) -> PyResult<()> {
        run.out.push_str(&self.float_text(x)?);
        Ok(())
    }

    fn float_text(&self, x: f64) -> PyResult<String> {
        if x.is_finite() {
            return Ok(crate::format::float_repr(x));
        }
        if !self.allow_nan {
            let msg = "Out of range float values are not JSON compliant";
            return Err(value_error(if self.python_style {
                format!("{msg}: {}", crate::format::float_repr(x))
            } else {
                msg.to_string()
            }));
        }
        Ok(if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    /// Marks container `o` as being encoded.
    fn enter(&self, run: &mut Run, o: &Value) -> PyResult<usize> {
        let id = crate::builtins::object_id(o);
        if self.check_circular && !run.markers.insert(id) {
            return Err(value_error("Circular reference detected"));
        }
        Ok(id)
    }

    fn leave(&self, run: &mut Run, id: usize) {
        if self.check_circular {
            run.markers.remove(&id);
        }
    }

    /// The end of a container: with an indent, the newline and indent of
    /// its level (a chunk of its own), then the bracket (another).
    fn close(&self, vm: &mut Vm, run: &mut Run, level: usize, bracket: char) -> PyResult<()> {
        if self.indent.is_some() {
            self.newline(run, level);
            self.emit(vm, run)?;
        }
        run.out.push(bracket);
        self.emit(vm, run)
    }

    /// A newline and the indent of `level`, when indenting.
    fn newline(&self, run: &mut Run, level: usize) {
        if let Some(ind) = &self.indent {
            run.out.push('\n');
            for _ in 0..level {
                run.out.push_str(ind);
            }
        }
    }

    /// A list or tuple (`seq`, the built-in value of `o`).
    fn list(
        &self,
        vm: &mut Vm,
        run: &mut Run,
        o: &Value,
        seq: &Value,
        level: usize,
    ) -> PyResult<()> {
        let item = |i: usize| match seq {
            Value::List(l) => l.borrow().get(i).cloned(),
            Value::Tuple(t) => t.get(i).cloned(),
            _ => None,
        };
        if item(0).is_none() {
            run.out.push_str("[]");
            return self.emit(vm, run);
        }
        let id = self.enter(run, o)?;
        run.out.push('[');
        let inner = level + 1;
        self.newline(run, inner);
        let mut i = 0;
        while let Some(v) = item(i) {
            if i > 0 {
                run.out.push_str(&self.item_separator);
                self.newline(run, inner);
            }
            // CPython's chunk: the separator with a scalar, alone before
            // anything else.
            if !Self::is_scalar(&v) {
                self.emit(vm, run)?;
            }
            self.encode(vm, run, &v, inner)?;
            i += 1;
            run.check_size(vm)?;
        }
        self.close(vm, run, level, ']')?;
        self.leave(run, id);
        Ok(())
    }

    /// A dict (`map`, the built-in value of `o`; a subclass's items come
    /// from its `items()`, as CPython's `PyMapping_Items`).
    fn dict(
        &self,
        vm: &mut Vm,
        run: &mut Run,
        o: &Value,
        map: &Value,
        level: usize,
    ) -> PyResult<()> {
        let Value::Dict(d) = map else {
            return Ok(());
        };
        if d.map.borrow().is_empty() {
            run.out.push_str("{}");
            return self.emit(vm, run);
        }
        let id = self.enter(run, o)?;
        run.out.push('{');
        self.emit(vm, run)?;
        let inner = level + 1;
        if self.indent.is_some() {
            self.newline(run, inner);
            self.emit(vm, run)?;
        }
        let mut items: Vec<(Value, Value)> = if matches!(o, Value::Instance(_)) {
            let it = vm.call_method(o, "items", Args::new(vec![]))?;
            let mut pairs = Vec::new();
            for item in vm.collect(&it)? {
                match plain(&item) {
                    Value::Tuple(t) if t.len() == 2 => pairs.push((t[0].clone(), t[1].clone())),
                    _ => return Err(value_error("items must return 2-tuples")),
                }
            }
            pairs
        } else {
            d.map
                .borrow()
                .iter()
                .map(|(k, v)| (k.value.clone(), v.clone()))
                .collect()
        };
        if self.sort_keys {
            items = sort_items(vm, items)?;
        }
        let mut first = true;
        for (k, v) in items {
            let key: Rc<str> = match plain(&k) {
                Value::Str(s) => s.clone(),
                Value::Float(x) => self.float_text(*x)?.into(),
                Value::Bool(true) => "true".into(),
                Value::Bool(false) => "false".into(),
                Value::None => "null".into(),
                Value::Int(i) => i.to_string().into(),
                Value::BigInt(b) => {
                    crate::ops::check_str_digits(b)?;
                    b.to_string().into()
                }
                _ if self.skipkeys => continue,
                _ => {
                    return Err(type_error(format!(
                        "keys must be str, int, float, bool or None, not {}",
                        k.type_name()
                    )))
                }
            };
            if !first {
                run.out.push_str(&self.item_separator);
                self.newline(run, inner);
                self.emit(vm, run)?;
            }
            first = false;
            self.string(vm, run, &key)?;
            self.emit(vm, run)?;
            run.out.push_str(&self.key_separator);
            self.emit(vm, run)?;
            self.encode(vm, run, &v, inner)?;
            run.check_size(vm)?;
        }
        self.close(vm, run, level, '}')?;
        self.leave(run, id);
        Ok(())
    }
}

/// The items sorted as `sorted(d.items())` sorts them (comparing keys,
/// with Python's errors for keys that do not compare).
fn sort_items(vm: &mut Vm, items: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    let list = Value::new_list(
        items
            .into_iter()
            .map(|(k, v)| Value::new_tuple(vec![k, v]))
            .collect(),
    );
    vm.call_method(&list, "sort", Args::new(vec![]))?;
    let Value::List(l) = &list else {
        return Ok(Vec::new());
    };
    let sorted = l.borrow().clone();
    Ok(sorted
        .into_iter()
        .filter_map(|t| match &t {
            Value::Tuple(t) if t.len() == 2 => Some((t[0].clone(), t[1].clone())),
            _ => None,
        })
        .collect())
}
