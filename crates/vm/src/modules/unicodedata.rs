//! The `unicodedata` module as CPython 3.11 has it (Unicode 14.0.0).
//!
//! Character properties (category, bidirectional class, combining class,
//! East Asian width, mirrored, numeric values, decomposition) come from
//! tables generated from CPython 3.11's own database
//! (`unicodedata_tables`, by tools/gen_unicodedata_tables.py), so they
//! agree with it character for character. Names come from
//! `unicode_names2`, limited to the characters Unicode 14 names (the
//! `NAMED` table the codecs share). Normalization is the
//! `unicode-normalization` crate's, whose Unicode is newer: characters
//! assigned after 14.0 are kept out of it, so they stay as they are, as
//! in CPython. `ucd_3_2_0`, `UCD` and the lookup of named sequences are
//! not provided.

use super::unicodedata_tables as t;
use crate::exceptions::{err_from, type_error, value_error, ExcType, PyException, PyResult};
use crate::interp::Vm;
use crate::objects::function::{builtin, Args};
use crate::objects::module::PyModule;
use crate::value::Value;
use std::rc::Rc;
use unicode_normalization::{is_nfc, is_nfd, is_nfkc, is_nfkd, UnicodeNormalization};

pub fn module() -> Rc<PyModule> {
    let fns: &[(&str, fn(&mut Vm, &Args) -> PyResult<Value>)] = &[
        ("bidirectional", bidirectional),
        ("category", category),
        ("combining", combining),
        ("decimal", decimal),
        ("decomposition", decomposition),
        ("digit", digit),
        ("east_asian_width", east_asian_width),
        ("is_normalized", is_normalized),
        ("lookup", lookup),
        ("mirrored", mirrored),
        ("name", name),
        ("normalize", normalize),
        ("numeric", numeric),
    ];
    let mut attrs = vec![("unidata_version", Value::str(t::UNIDATA_VERSION))];
    for (name, f) in fns {
        attrs.push((name, builtin(name, Some("unicodedata"), *f)));
    }
    PyModule::new("unicodedata", attrs)
}

/// The code point of a one-character str argument; `which` is
/// " 1" for functions with more than one parameter, as in CPython's
/// messages (`name() argument 1 must be a unicode character, not str`).
fn char_arg(v: &Value, func: &str, which: &str) -> PyResult<u32> {
    if let Value::Str(s) = v {
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(crate::surrogates::code(c));
        }
    }
    Err(type_error(format!(
        "{func}() argument{which} must be a unicode character, not {}",
        v.type_name()
    )))
}

/// The one argument of a property function.
fn one_char(args: &Args, func: &str) -> PyResult<u32> {
    args.no_kwargs(&format!("unicodedata.{func}"))?;
    args.check_positional(func, 1, 1)?;
    char_arg(&args.pos[0], func, "")
}

/// The packed properties of `c` (see `unicodedata_tables::PROPS`).
fn props(c: u32) -> u32 {
    let i = t::PROPS.partition_point(|&(first, _)| first <= c);
    t::PROPS[i.saturating_sub(1)].1
}

fn category(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let c = one_char(args, "category")?;
    Ok(Value::str(t::CATEGORIES[(props(c) & 31) as usize]))
}

fn bidirectional(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let c = one_char(args, "bidirectional")?;
    Ok(Value::str(t::BIDI[(props(c) >> 5 & 31) as usize]))
}

fn east_asian_width(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let c = one_char(args, "east_asian_width")?;
    Ok(Value::str(t::EAW[(props(c) >> 10 & 7) as usize]))
}

fn mirrored(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let c = one_char(args, "mirrored")?;
    Ok(Value::Int(i64::from(props(c) >> 13 & 1)))
}

fn combining(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let c = one_char(args, "combining")?;
    Ok(Value::Int(i64::from(props(c) >> 16 & 0xff)))
}

fn decomposition(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let c = one_char(args, "decomposition")?;
    let d = t::DECOMPOSITION
        .binary_search_by_key(&c, |&(cp, _)| cp)
        .map_or("", |i| t::DECOMPOSITION[i].1);
    Ok(Value::str(d))
}

/// `decimal`, `digit` and `numeric`: the character's value, else the
/// default, else ValueError.
fn number(
    args: &Args,
    func: &str,
    missing: &str,
    get: impl Fn(&(u32, i8, i8, f64)) -> Option<Value>,
) -> PyResult<Value> {
    args.no_kwargs(&format!("unicodedata.{func}"))?;
    args.check_positional(func, 1, 2)?;
    let c = char_arg(&args.pos[0], func, " 1")?;
    let found = t::NUMERIC
        .binary_search_by_key(&c, |e| e.0)
        .ok()
        .and_then(|i| get(&t::NUMERIC[i]));
    match (found, args.pos.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(value_error(missing)),
    }
}

fn decimal(_: &mut Vm, args: &Args) -> PyResult<Value> {
    number(args, "decimal", "not a decimal", |e| {
        (e.1 >= 0).then(|| Value::Int(i64::from(e.1)))
    })
}

fn digit(_: &mut Vm, args: &Args) -> PyResult<Value> {
    number(args, "digit", "not a digit", |e| {
        (e.2 >= 0).then(|| Value::Int(i64::from(e.2)))
    })
}

fn numeric(_: &mut Vm, args: &Args) -> PyResult<Value> {
    number(args, "numeric", "not a numeric character", |e| {
        Some(Value::Float(e.3))
    })
}

/// Whether Unicode 14 names `c` (unicode_names2 knows newer characters).
fn named(c: u32) -> bool {
    char::from_u32(c)
        .is_some_and(|ch| crate::objects::str::in_table(crate::objects::unicode_tables::NAMED, ch))
}

fn name(_: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("unicodedata.name")?;
    args.check_positional("name", 1, 2)?;
    let c = char_arg(&args.pos[0], "name", " 1")?;
    let found = char::from_u32(c)
        .filter(|_| named(c))
        .and_then(unicode_names2::name);
    match (found, args.pos.get(1)) {
        (Some(n), _) => Ok(Value::str(&n.to_string())),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(value_error("no such name")),
    }
}

fn lookup(_: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("unicodedata.lookup")?;
    args.check_positional("lookup", 1, 1)?;
    let text = match &args.pos[0] {
        Value::Str(s) => s.to_string(),
        other => {
            let buf = crate::buffer::ContiguousBuffer::readable(other)?;
            buf.with(|b| String::from_utf8_lossy(b).into_owned())?
        }
    };
    let key_error =
        |msg: String| err_from(PyException::new(ExcType::KeyError, vec![Value::str(&msg)]));
    // CPython's NAME_MAXLEN.
    if text.chars().count() > 256 {
        return Err(key_error("name too long".to_string()));
    }
    // An alias may name a character that has no name of its own
    // (`LINE FEED`): what matters is that Unicode 14 has the character.
    match unicode_names2::character(&text).filter(|&c| !unassigned(c)) {
        Some(c) => Ok(Value::str(&c.to_string())),
        None => Err(key_error(format!("undefined character name '{text}'"))),
    }
}

/// The form argument of `normalize` and `is_normalized`, and the text.
fn form_args<'a>(args: &'a Args, func: &str) -> PyResult<(&'a str, &'a str)> {
    args.no_kwargs(func)?;
    args.check_positional(func, 2, 2)?;
    let form = match &args.pos[0] {
        Value::Str(s) => &**s,
        other => {
            return Err(type_error(format!(
                "{func}() argument 1 must be str, not {}",
                other.type_name()
            )))
        }
    };
    let text = match &args.pos[1] {
        Value::Str(s) => &**s,
        other => {
            return Err(type_error(format!(
                "{func}() argument 2 must be str, not {}",
                other.type_name()
            )))
        }
    };
    if !matches!(form, "NFC" | "NFD" | "NFKC" | "NFKD") {
        return Err(value_error("invalid normalization form"));
    }
    Ok((form, text))
}

/// Whether Unicode 14 leaves `c` unassigned (category Cn).
fn unassigned(c: char) -> bool {
    t::CATEGORIES[(props(crate::surrogates::code(c)) & 31) as usize] == "Cn"
}

/// `text` cut into runs of assigned characters and single characters
/// Unicode 14 leaves unassigned (`true`). Those are starters without
/// decompositions or compositions to Unicode 14, so normalizing the runs
/// apart keeps them as CPython does, whatever newer data the crate has.
fn runs(text: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if unassigned(c) {
            if start < i {
                out.push((&text[start..i], false));
            }
            out.push((&text[i..i + c.len_utf8()], true));
            start = i + c.len_utf8();
        }
    }
    if start < text.len() {
        out.push((&text[start..], false));
    }
    out
}

fn normalize(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let (form, text) = form_args(args, "normalize")?;
    let mut out = String::with_capacity(text.len());
    for (run, kept) in runs(text) {
        match (kept, form) {
            (true, _) => out.push_str(run),
            (_, "NFC") => out.extend(run.nfc()),
            (_, "NFD") => out.extend(run.nfd()),
            (_, "NFKC") => out.extend(run.nfkc()),
            _ => out.extend(run.nfkd()),
        }
    }
    // An unchanged string is the argument itself, as in CPython.
    if out == text {
        return Ok(args.pos[1].clone());
    }
    Ok(Value::str(&out))
}

fn is_normalized(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let (form, text) = form_args(args, "is_normalized")?;
    let ok = runs(text).into_iter().all(|(run, kept)| {
        kept || match form {
            "NFC" => is_nfc(run),
            "NFD" => is_nfd(run),
            "NFKC" => is_nfkc(run),
            _ => is_nfkd(run),
        }
    });
    Ok(Value::Bool(ok))
}
