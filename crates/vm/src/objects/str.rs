//! `str`: immutable Unicode text (`Rc<str>`).
//!
//! Supports CPython 3.11's whole method set with its argument forms and
//! messages, and character classes and case mappings from CPython's
//! Unicode database (`unicode_tables.rs`, Unicode 14.0; plain upper/lower
//! mappings come from Rust's `char`). The codecs are in `crate::codecs`,
//! `%` formatting in `crate::percent`, `str.format` and `format()` in
//! `strformat.rs`.
//!
//! Positions are counted in characters, as Python does: ASCII text takes a
//! byte-indexed fast path, other text is walked (O(n) per index).
//!
//! A lone surrogate is one char, its private-use stand-in
//! (`crate::surrogates`): code points are read with `surrogates::code`
//! and made with `surrogates::from_code`; the stand-ins are category Co,
//! so the character classes treat them as CPython treats Cs.

use crate::exceptions::{self, type_error, value_error, ExcType, PyResult};
use crate::format;
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::objects::unicode_tables as tables;
use crate::ops;
use crate::surrogates;
use crate::value::Value;
use std::rc::Rc;

/// The methods `dir()` and `getattr` know (all are dispatched by `call_method`).
pub const METHODS: &[&str] = &[
    "capitalize",
    "casefold",
    "center",
    "count",
    "encode",
    "endswith",
    "expandtabs",
    "find",
    "format",
    "format_map",
    "index",
    "isalnum",
    "isalpha",
    "isascii",
    "isdecimal",
    "isdigit",
    "isidentifier",
    "islower",
    "isnumeric",
    "isprintable",
    "isspace",
    "istitle",
    "isupper",
    "join",
    "ljust",
    "lower",
    "lstrip",
    "maketrans",
    "partition",
    "removeprefix",
    "removesuffix",
    "replace",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "translate",
    "upper",
    "zfill",
    "__add__",
    "__contains__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getitem__",
    "__gt__",
    "__hash__",
    "__iter__",
    "__le__",
    "__len__",
    "__lt__",
    "__mod__",
    "__mul__",
    "__ne__",
    "__repr__",
    "__rmod__",
    "__rmul__",
    "__str__",
];

// ----- character classes (CPython's definitions) -----

/// The columns a character takes in a traceback's caret line: two for
/// East Asian Wide and Fullwidth characters, as CPython 3.11 counts.
pub fn display_width(c: char) -> usize {
    if !c.is_ascii() && in_table(tables::WIDE, c) {
        2
    } else {
        1
    }
}

pub(crate) fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let u = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < u {
                std::cmp::Ordering::Less
            } else if lo > u {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_table(tables::ALPHA, c)
    }
}

pub fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// The value of a decimal digit (category Nd) in any script.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let u = c as u32;
    let i = tables::DECIMAL.partition_point(|&(_, hi)| hi < u);
    match tables::DECIMAL.get(i) {
        Some(&(lo, _)) if lo <= u => Some((u - lo) % 10),
        _ => None,
    }
}

pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(tables::DIGIT, c)
    }
}

pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(tables::NUMERIC, c)
    }
}

pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        in_table(tables::PRINTABLE, c)
    }
}

/// Whitespace as `str.isspace` and `str.split()` see it (this includes
/// the ASCII separators 0x1c..0x1f, unlike Rust's `char::is_whitespace`).
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t'..='\r' | '\x1c'..='\x1f')
    } else {
        in_table(tables::SPACE, c)
    }
}

fn is_title(c: char) -> bool {
    !c.is_ascii() && in_table(tables::TITLE, c)
}

fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_title(c)
}

fn is_case_ignorable(c: char) -> bool {
    in_table(tables::CASE_IGNORABLE, c)
}

fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

// ----- case mappings -----

fn mapped(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let u = c as u32;
    table
        .binary_search_by_key(&u, |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

fn push_upper(out: &mut String, c: char) {
    out.extend(c.to_uppercase());
}

fn push_title(out: &mut String, c: char) {
    match mapped(tables::TITLE_MAP, c) {
        Some(t) => out.push_str(t),
        None => push_upper(out, c),
    }
}

/// Lowercases `chars[i]`; a capital sigma becomes final (ς) when it ends a
/// cased word (Unicode's Final_Sigma condition).
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != 'Σ' {
        out.extend(c.to_lowercase());
        return;
    }
    let before = chars[..i].iter().rev().find(|c| !is_case_ignorable(**c));
    let after = chars[i + 1..].iter().find(|c| !is_case_ignorable(**c));
    let fin = before.is_some_and(|c| is_cased(*c)) && !after.is_some_and(|c| is_cased(*c));
    out.push(if fin { 'ς' } else { 'σ' });
}

pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&mut out, &chars, i);
    }
    out
}

pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

pub(crate) fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match mapped(tables::FOLD_MAP, c) {
            Some(f) => out.push_str(f),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(&mut out, chars[0]);
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for i in 0..chars.len() {
        let c = chars[i];
        if prev_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        let c = chars[i];
        if c.is_uppercase() {
            push_lower_at(&mut out, &chars, i);
        } else if c.is_lowercase() {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

fn is_upper_str(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_title(c) {
            return false;
        }
        cased |= c.is_uppercase();
    }
    cased
}

fn is_lower_str(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_title(c) {
            return false;
        }
        cased |= c.is_lowercase();
    }
    cased
}

fn is_title_str(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
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

pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    let Some(first) = it.next() else {
        return false;
    };
    let start = |c: char| {
        if c.is_ascii() {
            c == '_' || c.is_ascii_alphabetic()
        } else {
            in_table(tables::ID_START, c)
        }
    };
    let cont = |c: char| {
        if c.is_ascii() {
            c == '_' || c.is_ascii_alphanumeric()
        } else {
            in_table(tables::ID_CONTINUE, c)
        }
    };
    start(first) && it.all(cont)
}

// ----- repr and codecs -----

/// `repr(s)`, CPython's quoting and escapes.
pub fn repr(s: &str) -> String {
    format::str_repr(s)
}

/// The codecs live in `crate::codecs`; re-exported for existing callers.
pub use crate::codecs::{decode, encode};

// ----- positions -----

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

/// Byte offset of character `i` (the end of the text when `i` is past it).
fn byte_at(s: &str, i: usize) -> usize {
    if s.is_ascii() {
        return i.min(s.len());
    }
    s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
}

/// Character index of byte offset `b` (a char boundary).
fn char_at(s: &str, b: usize) -> usize {
    if s.is_ascii() {
        b
    } else {
        char_len(s.get(..b).unwrap_or(s))
    }
}

/// `s[i]`.
/// `s[key]`; `this` is `s` as a value, the result of a slice of all of it.
pub fn getitem(this: &Value, s: &str, key: &Value) -> PyResult<Value> {
    if let Some(i) = crate::objects::slice::as_index(key) {
        let n = char_len(s);
        let Some(j) = crate::objects::slice::index(i, n) else {
            return Err(exceptions::index_out_of_range("string"));
        };
        let c = if s.is_ascii() {
            s.as_bytes().get(j).map_or('\0', |&b| b as char)
        } else {
            s.chars().nth(j).unwrap_or('\0')
        };
        return Ok(Value::Str(c.to_string().into()));
    }
    if let Value::Slice(sl) = key {
        let n = char_len(s);
        let si = crate::objects::slice::adjust(sl, n)?;
        if si.is_whole(n) {
            return Ok(this.clone());
        }
        if s.is_ascii() {
            let b = s.as_bytes();
            let out: String = si
                .iter()
                .filter_map(|i| b.get(i).map(|&c| c as char))
                .collect();
            return Ok(Value::Str(out.into()));
        }
        let chars: Vec<char> = s.chars().collect();
        let out: String = si.iter().filter_map(|i| chars.get(i)).collect();
        return Ok(Value::Str(out.into()));
    }
    Err(type_error(format!(
        "string indices must be integers, not '{}'",
        key.type_name()
    )))
}

// ----- arguments -----

fn no_args(args: &Args, name: &str) -> PyResult<()> {
    args.check_none(&format!("str.{name}"))
}

fn one_arg<'a>(args: &'a Args, name: &str) -> PyResult<&'a Value> {
    args.check_one(&format!("str.{name}"))
}

fn varargs(args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    args.check_varargs(&format!("str.{name}"), name, min, max)
}

fn positional(args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    args.check_posonly(&format!("str.{name}"), name, min, max)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// An integer argument (`operator.index`), clamped to the i64 range like
/// CPython's `Py_ssize_t` conversions that cannot overflow.
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let v = crate::modules::index_value(vm, v)?;
    ops::index_i64(&v)
}

/// A `start`/`end` bound of find, count, startswith...
fn bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
            Ok(crate::objects::slice::as_index(v))
        }
        Some(v) => {
            if crate::dispatch::user_class(v).is_some() {
                let i = crate::modules::index_value(vm, v)?;
                if let Some(i) = crate::objects::slice::as_index(&i) {
                    return Ok(Some(i));
                }
            }
            Err(type_error(
                "slice indices must be integers or None or have an __index__ method",
            ))
        }
    }
}

/// The characters `[start, end)` of a search window, or `None` when the
/// window starts past the end of the text (nothing can match there).
fn window(
    vm: &mut Vm,
    s: &str,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<(usize, usize)>> {
    let (start, end) = (bound(vm, start)?, bound(vm, end)?);
    Ok(crate::objects::slice::search_window(
        start,
        end,
        char_len(s),
    ))
}

/// `v` as a str operand; `what` names the argument ("replace() argument
/// 1 "), empty for the search methods' bare "must be str". Named ones are
/// argument-clinic checks, which call None "None".
fn str_operand<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s),
        Value::None if !what.is_empty() => Err(type_error(format!("{what}must be str, not None"))),
        other => Err(type_error(format!(
            "{what}must be str, not {}",
            other.type_name()
        ))),
    }
}

fn fill_char(v: Option<&Value>) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(Value::Str(f)) => {
            let mut it = f.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(type_error(
                    "The fill character must be exactly one character long",
                )),
            }
        }
        Some(v) => Err(type_error(format!(
            "The fill character must be a unicode character, not {}",
            v.type_name()
        ))),
    }
}

/// `bytes` as a size that may be allocated, or MemoryError.
pub(crate) fn check_room(vm: &Vm, bytes: u128) -> PyResult<usize> {
    let n = usize::try_from(bytes)
        .ok()
        .filter(|n| *n <= 1 << 40)
        .ok_or_else(|| exceptions::memory_error(""))?;
    vm.check_alloc(n)?;
    Ok(n)
}

/// An empty String with room for `bytes`, or MemoryError (a huge width
/// must not abort the process).
pub(crate) fn room(vm: &Vm, bytes: u128) -> PyResult<String> {
    let n = check_room(vm, bytes)?;
    let mut out = String::new();
    out.try_reserve_exact(n)
        .map_err(|_| exceptions::memory_error(""))?;
    Ok(out)
}

fn pad(vm: &Vm, s: &str, width: i64, fill: char, align: char) -> PyResult<String> {
    let n = char_len(s) as i64;
    if width <= n {
        return Ok(s.to_string());
    }
    let total = (width - n) as usize;
    let mut out = room(
        vm,
        s.len() as u128 + total as u128 * fill.len_utf8() as u128,
    )?;
    let (left, right) = match align {
        '<' => (0, total),
        '>' => (total, 0),
        _ => {
            // CPython's centering puts the odd space on the left only when
            // the width is odd too.
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

// ----- algorithms -----

fn find_in(s: &str, sub: &str, start: usize, end: usize, last: bool) -> Option<usize> {
    let (b0, b1) = (byte_at(s, start), byte_at(s, end));
    let hay = s.get(b0..b1)?;
    if char_len(sub) > end - start {
        return None;
    }
    let p = if last { hay.rfind(sub) } else { hay.find(sub) }?;
    Some(start + char_at(hay, p))
}

fn count_in(s: &str, sub: &str, start: usize, end: usize) -> usize {
    if sub.is_empty() {
        return end - start + 1;
    }
    let (b0, b1) = (byte_at(s, start), byte_at(s, end));
    s.get(b0..b1).map_or(0, |h| h.matches(sub).count())
}

/// How many pieces `split`/`rsplit` make (counted without making any):
/// one more than the splits, which `max` (when not negative) caps.
fn split_count(s: &str, sep: Option<&str>, max: i64) -> usize {
    let cap = usize::try_from(max).ok();
    match sep {
        Some(sep) => s.matches(sep).count().min(cap.unwrap_or(usize::MAX)) + 1,
        None => {
            let words = s.split(is_space).filter(|w| !w.is_empty()).count();
            words.min(cap.map_or(usize::MAX, |c| c.saturating_add(1)))
        }
    }
}

fn split_whitespace(s: &str, max: i64, right: bool) -> Vec<Value> {
    let mut out = Vec::new();
    let mut splits = 0;
    let mut rest = if right {
        s.trim_end_matches(is_space)
    } else {
        s.trim_start_matches(is_space)
    };
    while !rest.is_empty() {
        if max >= 0 && splits == max {
            // The remainder keeps its whitespace on the far side.
            out.push(Value::str(rest));
            break;
        }
        let (piece, after) = if right {
            let start = rest
                .char_indices()
                .rev()
                .find(|&(_, c)| is_space(c))
                .map_or(0, |(i, c)| i + c.len_utf8());
            let before = rest.get(..start).unwrap_or_default();
            (
                rest.get(start..).unwrap_or_default(),
                before.trim_end_matches(is_space),
            )
        } else {
            let end = rest.find(is_space).unwrap_or(rest.len());
            let after = rest.get(end..).unwrap_or_default();
            (
                rest.get(..end).unwrap_or_default(),
                after.trim_start_matches(is_space),
            )
        };
        out.push(Value::str(piece));
        splits += 1;
        rest = after;
    }
    if right {
        out.reverse();
    }
    out
}

fn split_sep(s: &str, sep: &str, max: i64, right: bool) -> Vec<Value> {
    let parts: Vec<&str> = match (max < 0, right) {
        (true, _) => s.split(sep).collect(),
        (false, false) => s.splitn(max as usize + 1, sep).collect(),
        (false, true) => {
            let mut v: Vec<&str> = s.rsplitn(max as usize + 1, sep).collect();
            v.reverse();
            v
        }
    };
    parts.into_iter().map(Value::str).collect()
}

fn is_line_break(c: char) -> bool {
    matches!(
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
    )
}

fn splitlines(s: &str, keep: bool) -> Vec<Value> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if !is_line_break(c) {
            cur.push(c);
            continue;
        }
        if keep {
            cur.push(c);
        }
        if c == '\r' && it.peek() == Some(&'\n') {
            it.next();
            if keep {
                cur.push('\n');
            }
        }
        out.push(Value::Str(std::mem::take(&mut cur).into()));
    }
    if !cur.is_empty() {
        out.push(Value::Str(cur.into()));
    }
    out
}

fn expandtabs(vm: &Vm, s: &str, tabsize: i64) -> PyResult<String> {
    if i32::try_from(tabsize).is_err() {
        return Err(exceptions::overflow_error(
            "Python int too large to convert to C int",
        ));
    }
    let tabs = s.matches('\t').count() as u128;
    let mut out = room(vm, s.len() as u128 + tabs * tabsize.max(0) as u128)?;
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(out)
}

fn zfill(vm: &Vm, s: &str, width: i64) -> PyResult<String> {
    let n = char_len(s) as i64;
    if width <= n {
        return Ok(s.to_string());
    }
    let zeros = (width - n) as usize;
    let mut out = room(vm, s.len() as u128 + zeros as u128)?;
    let rest = match s.strip_prefix(['+', '-']) {
        Some(rest) => {
            out.push_str(&s[..1]);
            rest
        }
        None => s,
    };
    out.extend(std::iter::repeat_n('0', zeros));
    out.push_str(rest);
    Ok(out)
}

fn strip_with<'a>(s: &'a str, chars: Option<&str>, name: &str) -> &'a str {
    let f = |c: char| match chars {
        Some(set) => set.contains(c),
        None => is_space(c),
    };
    match name {
        "strip" => s.trim_matches(f),
        "lstrip" => s.trim_start_matches(f),
        _ => s.trim_end_matches(f),
    }
}

fn replace(vm: &Vm, s: &str, old: &str, new: &str, count: i64) -> PyResult<String> {
    let matches = if old.is_empty() {
        char_len(s) as u128 + 1
    } else {
        s.matches(old).count() as u128
    };
    let n = if count < 0 {
        matches
    } else {
        matches.min(count as u128)
    };
    room(vm, s.len() as u128 + n * new.len() as u128)?;
    Ok(replace_all(s, old, new, count))
}

fn replace_all(s: &str, old: &str, new: &str, count: i64) -> String {
    if count < 0 {
        return s.replace(old, new);
    }
    if !old.is_empty() {
        return s.replacen(old, new, count as usize);
    }
    // An empty pattern matches before every character and at the end.
    let mut out = String::new();
    let mut left = count;
    for c in s.chars() {
        if left > 0 {
            out.push_str(new);
            left -= 1;
        }
        out.push(c);
    }
    if left > 0 {
        out.push_str(new);
    }
    out
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to str, int or None.
fn maketrans(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    positional(args, "maketrans", 1, 3)?;
    let table = crate::objects::dict::PyDict::default();
    match &args.pos[..] {
        [x] => {
            let Value::Dict(d) = x else {
                return Err(type_error(
                    "if you give only one argument to maketrans it must be a dict",
                ));
            };
            let items: Vec<(Value, Value)> = d
                .map
                .borrow()
                .iter()
                .map(|(k, v)| (k.value.clone(), v.clone()))
                .collect();
            for (k, v) in items {
                let key = match &k {
                    Value::Str(s) => {
                        let mut it = s.chars();
                        match (it.next(), it.next()) {
                            (Some(c), None) => Value::Int(surrogates::code(c).into()),
                            _ => {
                                return Err(value_error(
                                    "string keys in translate table must be of length 1",
                                ))
                            }
                        }
                    }
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => k.clone(),
                    _ => {
                        return Err(type_error(
                            "keys in translate table must be strings or integers",
                        ))
                    }
                };
                table.set(key, v)?;
            }
        }
        [x, y, rest @ ..] => {
            let Value::Str(x) = x else {
                return Err(type_error(
                    "first maketrans argument must be a string if there is a second argument",
                ));
            };
            let y = str_operand(y, "maketrans() argument 2 ")?;
            let z = match rest.first() {
                Some(z) => Some(str_operand(z, "maketrans() argument 3 ")?),
                None => None,
            };
            if char_len(x) != char_len(y) {
                return Err(value_error(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (a, b) in x.chars().zip(y.chars()) {
                let (a, b) = (surrogates::code(a), surrogates::code(b));
                table.set(Value::Int(a.into()), Value::Int(b.into()))?;
            }
            for c in z.unwrap_or_default().chars() {
                table.set(Value::Int(surrogates::code(c).into()), Value::None)?;
            }
        }
        [] => {}
    }
    let _ = vm;
    Ok(Value::Dict(Rc::new(table)))
}

fn translate(vm: &mut Vm, s: &str, table: &Value) -> PyResult<Value> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let mapped = match vm.getitem(table, &Value::Int(surrogates::code(c).into())) {
            Ok(v) => v,
            Err(e)
                if matches!(
                    e.exc.typ,
                    ExcType::LookupError | ExcType::KeyError | ExcType::IndexError
                ) =>
            {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match &mapped {
            Value::None => {}
            Value::Str(t) => {
                // Each character may map to a long str: growing is a
                // request against the memory cap.
                let need = out.len().saturating_add(t.len());
                if need > out.capacity() {
                    vm.check_alloc(need.max(out.capacity().saturating_mul(2)))?;
                }
                out.push_str(t)
            }
            v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
                let n = crate::objects::slice::as_index(v).unwrap_or(-1);
                match u32::try_from(n).ok().and_then(surrogates::from_code) {
                    Some(m) => out.push(m),
                    None => {
                        return Err(value_error("character mapping must be in range(0x110000)"))
                    }
                }
            }
            _ => {
                return Err(type_error(
                    "character mapping must return integer, None or str",
                ))
            }
        }
    }
    Ok(Value::Str(out.into()))
}

fn join(vm: &mut Vm, sep: &str, it: &Value) -> PyResult<Value> {
    if !vm.is_iterable(it) {
        return Err(type_error("can only join an iterable"));
    }
    // All items first, as CPython does: a bad item fails only after the
    // iterable (a generator, say) has run to its end.
    let items = vm.collect(it)?;
    // A lone exact str item is the result itself, as in CPython.
    if let [item @ Value::Str(_)] = &items[..] {
        return Ok(item.clone());
    }
    // The size first, so that a refused request builds nothing.
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, item) in items.iter().enumerate() {
        let Value::Str(t) = crate::dispatch::plain(item) else {
            return Err(type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                item.type_name()
            )));
        };
        total = total.saturating_add(t.len());
    }
    let mut out = room(vm, total as u128)?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        if let Value::Str(t) = crate::dispatch::plain(item) {
            out.push_str(t);
        }
    }
    Ok(Value::Str(out.into()))
}

fn affix_test(vm: &mut Vm, s: &str, args: &Args, name: &str) -> PyResult<Value> {
    varargs(args, name, 1, 3)?;
    // An empty window matches nothing, but the prefixes are still checked.
    let hay = window(vm, s, args.pos.get(1), args.pos.get(2))?.map(|(start, end)| {
        s.get(byte_at(s, start)..byte_at(s, end))
            .unwrap_or_default()
    });
    let test = |p: &str| match hay {
        Some(hay) if name == "startswith" => hay.starts_with(p),
        Some(hay) => hay.ends_with(p),
        None => false,
    };
    match &args.pos[0] {
        Value::Str(p) => Ok(Value::Bool(test(p))),
        Value::Tuple(t) => {
            for p in t.iter() {
                match p {
                    Value::Str(p) if test(p) => return Ok(Value::Bool(true)),
                    Value::Str(_) => {}
                    other => {
                        return Err(type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            other.type_name()
                        )))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        v => Err(type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            v.type_name()
        ))),
    }
}

fn search(vm: &mut Vm, s: &str, args: &Args, name: &str) -> PyResult<Value> {
    varargs(args, name, 1, 3)?;
    let sub = str_operand(&args.pos[0], "")?;
    let found = match window(vm, s, args.pos.get(1), args.pos.get(2))? {
        None if name == "count" => return Ok(Value::Int(0)),
        None => None,
        Some((start, end)) if name == "count" => {
            return Ok(Value::from_usize(count_in(s, sub, start, end)))
        }
        Some((start, end)) => find_in(s, sub, start, end, name.starts_with('r')),
    };
    match found {
        Some(p) => Ok(Value::from_usize(p)),
        None if name.ends_with("find") => Ok(Value::Int(-1)),
        None => Err(value_error("substring not found")),
    }
}

fn split_method(vm: &mut Vm, s: &str, args: &Args, name: &str) -> PyResult<Value> {
    let a = crate::modules::clinic_args(args, name, 0, &["sep", "maxsplit"], 0)?;
    let sep = match a.first().cloned().flatten() {
        None | Some(Value::None) => None,
        Some(Value::Str(ref p)) => Some(p.clone()),
        Some(v) => {
            return Err(type_error(format!(
                "must be str or None, not {}",
                v.type_name()
            )))
        }
    };
    let max = match a.get(1).cloned().flatten() {
        Some(v) => int_arg(vm, &v)?,
        None => -1,
    };
    let right = name == "rsplit";
    if sep.as_deref() == Some("") {
        return Err(value_error("empty separator"));
    }
    vm.check_items(split_count(s, sep.as_deref(), max), s.len())?;
    let parts = match sep {
        Some(p) => split_sep(s, &p, max, right),
        None => split_whitespace(s, max, right),
    };
    Ok(crate::nested::split_list(parts, max))
}

fn partition(s: &str, args: &Args, name: &str) -> PyResult<Value> {
    let sep = str_operand(one_arg(args, name)?, "")?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if name == "partition" {
        s.find(sep)
    } else {
        s.rfind(sep)
    };
    let parts = match found {
        Some(p) => [&s[..p], sep, &s[p + sep.len()..]],
        None if name == "partition" => [s, "", ""],
        None => ["", "", s],
    };
    Ok(Value::new_tuple(
        parts.iter().map(|p| Value::str(p)).collect(),
    ))
}

/// Calls method `name` of `s`; `None` if str has no such method.
pub fn call_method(vm: &mut Vm, s: &Rc<str>, name: &str, args: &Args) -> Option<PyResult<Value>> {
    if !METHODS.contains(&name) {
        return None;
    }
    Some(method(vm, s, name, args))
}

fn predicate(s: &str, name: &str) -> bool {
    let all = |f: fn(char) -> bool| !s.is_empty() && s.chars().all(f);
    match name {
        "isalnum" => all(is_alnum),
        "isalpha" => all(is_alpha),
        "isdecimal" => all(is_decimal),
        "isdigit" => all(is_digit),
        "isnumeric" => all(is_numeric),
        "isspace" => all(is_space),
        "isprintable" => s.chars().all(is_printable),
        "isascii" => s.is_ascii(),
        "isupper" => is_upper_str(s),
        "islower" => is_lower_str(s),
        "istitle" => is_title_str(s),
        _ => is_identifier(s),
    }
}

fn method(vm: &mut Vm, s: &Rc<str>, name: &str, args: &Args) -> PyResult<Value> {
    let out = method_result(vm, s, name, args)?;
    Ok(share_unchanged(s, name, args, out))
}

/// CPython's str methods hand back the receiver itself, not an equal
/// copy, when they leave it unchanged (visible through `is`).
fn share_unchanged(s: &Rc<str>, name: &str, args: &Args, out: Value) -> Value {
    let same = |v: &Value| matches!(v, Value::Str(r) if **r == **s);
    let this = || Value::Str(s.clone());
    match name {
        "strip" | "lstrip" | "rstrip" | "ljust" | "rjust" | "center" | "zfill" | "expandtabs"
        | "removeprefix" | "removesuffix" | "format"
            if same(&out) =>
        {
            this()
        }
        // A template of one whole field is the argument itself.
        "format" => match args
            .pos
            .iter()
            .chain(args.kw.iter().map(|(_, v)| v))
            .find(|a| matches!((a, &out), (Value::Str(x), Value::Str(r)) if x == r))
        {
            Some(a) => a.clone(),
            None => out,
        },
        // An equal result after a match is shared only when old is new.
        "replace" if same(&out) => {
            let (old, new) = (&args.pos[0], &args.pos[1]);
            let unmatched = matches!(old, Value::Str(o) if !s.contains(&**o));
            let count0 = matches!(args.pos.get(2), Some(Value::Int(0)));
            if unmatched || count0 || old.is(new) {
                this()
            } else {
                out
            }
        }
        // A whitespace split stopped by maxsplit copies.
        "split" | "rsplit" | "splitlines" => match &out {
            Value::List(l) if l.borrow().len() == 1 && same(&l.borrow()[0]) => {
                let by_space = name != "splitlines"
                    && matches!(
                        args.pos.first().or(args
                            .kw
                            .iter()
                            .find(|(k, _)| &**k == "sep")
                            .map(|(_, v)| v)),
                        None | Some(Value::None)
                    );
                if !by_space || !s.chars().any(is_space) {
                    l.borrow_mut()[0] = this();
                }
                out.clone()
            }
            _ => out,
        },
        "partition" | "rpartition" => match &out {
            Value::Tuple(t) if t.iter().any(same) => Value::new_tuple(
                t.iter()
                    .map(|v| if same(v) { this() } else { v.clone() })
                    .collect(),
            ),
            _ => out,
        },
        _ => out,
    }
}

fn method_result(vm: &mut Vm, s: &Rc<str>, name: &str, args: &Args) -> PyResult<Value> {
    let text = |t: String| Ok(Value::Str(t.into()));
    match name {
        "upper" | "lower" | "casefold" | "capitalize" | "title" | "swapcase" => {
            no_args(args, name)?;
            text(match name {
                "upper" => upper(s),
                "lower" => lower(s),
                "casefold" => casefold(s),
                "capitalize" => capitalize(s),
                "title" => title(s),
                _ => swapcase(s),
            })
        }
        "isalnum" | "isalpha" | "isascii" | "isdecimal" | "isdigit" | "isidentifier"
        | "islower" | "isnumeric" | "isprintable" | "isspace" | "istitle" | "isupper" => {
            no_args(args, name)?;
            Ok(Value::Bool(predicate(s, name)))
        }
        "strip" | "lstrip" | "rstrip" => {
            positional(args, name, 0, 1)?;
            let chars = match args.pos.first() {
                None | Some(Value::None) => None,
                Some(Value::Str(c)) => Some(c.clone()),
                Some(_) => return Err(type_error(format!("{name} arg must be None or str"))),
            };
            Ok(Value::str(strip_with(s, chars.as_deref(), name)))
        }
        "split" | "rsplit" => split_method(vm, s, args, name),
        "splitlines" => {
            let a = crate::modules::clinic_args(args, name, 0, &["keepends"], 0)?;
            let keep = match a.first().cloned().flatten() {
                Some(v) => int_arg(vm, &v)? != 0,
                None => false,
            };
            Ok(crate::nested::appended_list(splitlines(s, keep)))
        }
        "partition" | "rpartition" => partition(s, args, name),
        "join" => join(vm, s, one_arg(args, name)?),
        "replace" => {
            positional(args, name, 2, 3)?;
            let old = str_operand(&args.pos[0], "replace() argument 1 ")?;
            let new = str_operand(&args.pos[1], "replace() argument 2 ")?;
            let count = match args.pos.get(2) {
                Some(v) => int_arg(vm, v)?,
                None => -1,
            };
            text(replace(vm, s, old, new, count)?)
        }
        "startswith" | "endswith" => affix_test(vm, s, args, name),
        "find" | "rfind" | "index" | "rindex" | "count" => search(vm, s, args, name),
        "ljust" | "rjust" | "center" => {
            positional(args, name, 1, 2)?;
            let width = int_arg(vm, &args.pos[0])?;
            let fill = fill_char(args.pos.get(1))?;
            let align = match name {
                "ljust" => '<',
                "rjust" => '>',
                _ => '^',
            };
            text(pad(vm, s, width, fill, align)?)
        }
        "zfill" => {
            let w = int_arg(vm, one_arg(args, name)?)?;
            text(zfill(vm, s, w)?)
        }
        "expandtabs" => {
            let a = crate::modules::clinic_args(args, name, 0, &["tabsize"], 0)?;
            let tabsize = match a.first().cloned().flatten() {
                Some(v) => int_arg(vm, &v)?,
                None => 8,
            };
            text(expandtabs(vm, s, tabsize)?)
        }
        "removeprefix" | "removesuffix" => {
            let p = str_operand(one_arg(args, name)?, &format!("{name}() argument "))?;
            Ok(Value::str(if name == "removeprefix" {
                s.strip_prefix(p).unwrap_or(s)
            } else {
                s.strip_suffix(p).unwrap_or(s)
            }))
        }
        "encode" => crate::codecs::encode_method(vm, s, args),
        "translate" => translate(vm, s, one_arg(args, name)?),
        "maketrans" => maketrans(vm, args),
        // A METH_VARARGS method: each call takes a recursion level.
        "format" => text(vm.nested(crate::exceptions::IN_CALL, |vm| {
            crate::objects::strformat::format(vm, s, args)
        })?),
        "format_map" => {
            let m = one_arg(args, name)?.clone();
            text(crate::objects::strformat::format_map(vm, s, &m)?)
        }
        _ => dunder(vm, s, name, args),
    }
}

/// The special methods called by name (`"a".__len__()`).
fn dunder(vm: &mut Vm, s: &Rc<str>, name: &str, args: &Args) -> PyResult<Value> {
    use pyview_syntax::ir::{BinOp, CmpOp};
    let this = Value::Str(s.clone());
    let slot_args = |n: usize| -> PyResult<()> {
        if !args.kw.is_empty() {
            return Err(type_error(format!(
                "wrapper {name}() takes no keyword arguments"
            )));
        }
        if args.pos.len() != n {
            return Err(type_error(format!(
                "expected {n} argument{}, got {}",
                plural(n),
                args.pos.len()
            )));
        }
        Ok(())
    };
    match name {
        "__len__" => {
            slot_args(0)?;
            Ok(Value::from_usize(char_len(s)))
        }
        "__str__" => {
            slot_args(0)?;
            Ok(this)
        }
        "__repr__" => {
            slot_args(0)?;
            Ok(Value::Str(repr(s).into()))
        }
        "__hash__" => {
            slot_args(0)?;
            Ok(Value::Int(ops::hash(&this)?))
        }
        "__iter__" => {
            slot_args(0)?;
            vm.get_iter(&this)
        }
        "__format__" => {
            let spec = str_operand(
                one_arg(args, name).map_err(|_| {
                    type_error(format!(
                        "__format__() takes exactly one argument ({} given)",
                        args.pos.len()
                    ))
                })?,
                "__format__() argument ",
            )?;
            Ok(Value::Str(
                crate::objects::strformat::format_value(vm, &this, spec)?.into(),
            ))
        }
        "__getitem__" => {
            slot_args(1)?;
            getitem(&this, s, &args.pos[0])
        }
        "__contains__" => {
            slot_args(1)?;
            Ok(Value::Bool(ops::contains(vm, &this, &args.pos[0])?))
        }
        "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__" => {
            slot_args(1)?;
            if !matches!(args.pos[0], Value::Str(_)) {
                return Ok(Value::NotImplemented);
            }
            let op = match name {
                "__eq__" => CmpOp::Eq,
                "__ne__" => CmpOp::NotEq,
                "__lt__" => CmpOp::Lt,
                "__le__" => CmpOp::LtE,
                "__gt__" => CmpOp::Gt,
                _ => CmpOp::GtE,
            };
            Ok(Value::Bool(vm.compare(op, &this, &args.pos[0])?))
        }
        "__add__" | "__mul__" | "__rmul__" | "__mod__" | "__rmod__" => {
            slot_args(1)?;
            let other = &args.pos[0];
            match name {
                "__add__" => ops::binary(vm, BinOp::Add, &this, other),
                // The repeat slot takes any index, and raises for the rest.
                "__mul__" | "__rmul__" => {
                    let n = crate::modules::index_value(vm, other)?;
                    if !ops::is_int(&n) {
                        return Err(exceptions::not_an_index(other.type_name()));
                    }
                    ops::binary(vm, BinOp::Mul, &this, &n)
                }
                "__mod__" => ops::binary(vm, BinOp::Mod, &this, other),
                _ => Ok(Value::NotImplemented),
            }
        }
        _ => Err(exceptions::no_attribute("str", name)),
    }
}

pub use crate::objects::strformat::format_value;
