//! `str.format` / `str.format_map` with the whole replacement-field
//! grammar (`{0.attr[key]!r:{width}}`, nested specs, numbering rules), and
//! `format(value, spec)` dispatch. The format-spec mini-language itself is
//! in `format.rs`; printf-style `%` is in `percent.rs`.

use crate::exceptions::{self, type_error, value_error, ExcType, PyException, PyResult};
use crate::format;
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::objects::str;
use crate::ops;
use crate::value::Value;
use num_bigint::BigInt;

/// Where replacement fields take their values from.
enum Source<'a> {
    Args(&'a Args),
    Map(&'a Value),
}

#[derive(PartialEq, Eq)]
enum Numbering {
    Unset,
    Auto,
    Manual,
}

struct Formatter<'a> {
    src: Source<'a>,
    numbering: Numbering,
    next_auto: usize,
}

/// `template.format(*args, **kwargs)`.
pub fn format(vm: &mut Vm, template: &str, args: &Args) -> PyResult<String> {
    Formatter::new(Source::Args(args)).render(vm, template, 2)
}

/// `template.format_map(mapping)`.
pub fn format_map(vm: &mut Vm, template: &str, mapping: &Value) -> PyResult<String> {
    Formatter::new(Source::Map(mapping)).render(vm, template, 2)
}

fn unclosed_field() -> Box<exceptions::PyErr> {
    value_error("expected '}' before end of string")
}

impl<'a> Formatter<'a> {
    fn new(src: Source<'a>) -> Self {
        Formatter {
            src,
            numbering: Numbering::Unset,
            next_auto: 0,
        }
    }

    /// Renders `template`; `depth` bounds the nesting of replacement
    /// fields inside format specs, as CPython's does.
    fn render(&mut self, vm: &mut Vm, template: &str, depth: u32) -> PyResult<String> {
        if depth == 0 {
            return Err(value_error("Max string recursion exceeded"));
        }
        let chars: Vec<char> = template.chars().collect();
        let mut out = String::with_capacity(template.len());
        let mut i = 0;
        while let Some(&c) = chars.get(i) {
            match c {
                '{' if chars.get(i + 1) == Some(&'{') => {
                    out.push('{');
                    i += 2;
                }
                '{' => {
                    if i + 1 == chars.len() {
                        return Err(value_error("Single '{' encountered in format string"));
                    }
                    let end = field_end(&chars, i + 1)?;
                    let field = chars.get(i + 1..end).unwrap_or_default();
                    out.push_str(&self.field(vm, field, depth)?);
                    i = end + 1;
                }
                '}' if chars.get(i + 1) == Some(&'}') => {
                    out.push('}');
                    i += 2;
                }
                '}' => return Err(value_error("Single '}' encountered in format string")),
                _ => {
                    out.push(c);
                    i += 1;
                }
            }
        }
        Ok(out)
    }

    /// One replacement field (between the braces): `name!conv:spec`.
    fn field(&mut self, vm: &mut Vm, field: &[char], depth: u32) -> PyResult<String> {
        let name_end = name_end(field);
        let name = field.get(..name_end).unwrap_or_default();
        let rest = field.get(name_end..).unwrap_or_default();
        let (conv, spec) = match rest.first() {
            Some('!') => {
                let Some(&conv) = rest.get(1) else {
                    return Err(value_error("unmatched '{' in format spec"));
                };
                match rest.get(2) {
                    None => (Some(conv), &[][..]),
                    Some(':') => (Some(conv), rest.get(3..).unwrap_or_default()),
                    Some(_) => return Err(value_error("expected ':' after conversion specifier")),
                }
            }
            Some(_) => (None, rest.get(1..).unwrap_or_default()),
            None => (None, &[][..]),
        };
        let value = self.lookup(vm, name)?;
        let value = match conv {
            None => value,
            Some('r') => Value::Str(vm.repr_of(&value)?.into()),
            Some('s') => Value::Str(vm.str_of(&value)?.into()),
            Some('a') => Value::Str(crate::codecs::escape_non_ascii(&vm.repr_of(&value)?).into()),
            Some(c) => return Err(value_error(format!("Unknown conversion specifier {c}"))),
        };
        let spec: String = spec.iter().collect();
        let spec = if spec.contains('{') {
            self.render(vm, &spec, depth - 1)?
        } else {
            spec
        };
        // CPython calls the formatters of exact ints, floats, complex
        // numbers and strs directly (a float or complex number without a
        // spec is written by PyObject_Str, which takes a recursion level);
        // other values go through PyObject_Format.
        match &value {
            Value::Float(_) | Value::Complex(..) if spec.is_empty() && vm.depth_exceeded() => {
                return Err(crate::exceptions::recursion_error(
                    crate::exceptions::IN_STR,
                ));
            }
            Value::Int(_)
            | Value::BigInt(_)
            | Value::Str(_)
            | Value::Float(_)
            | Value::Complex(..) => {}
            other => vm.format_levels(other, spec.is_empty())?,
        }
        format_value(vm, &value, &spec)
    }

    /// The value a field name designates: an argument, then `.attr` and
    /// `[key]` accessors.
    fn lookup(&mut self, vm: &mut Vm, name: &[char]) -> PyResult<Value> {
        let first_end = name
            .iter()
            .position(|c| *c == '.' || *c == '[')
            .unwrap_or(name.len());
        let first: String = name.get(..first_end).unwrap_or_default().iter().collect();
        let mut value = if first.is_empty() || first.bytes().all(|b| b.is_ascii_digit()) {
            let index = if first.is_empty() {
                if self.numbering == Numbering::Manual {
                    return Err(value_error(
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
                self.numbering = Numbering::Auto;
                self.next_auto += 1;
                self.next_auto - 1
            } else {
                if self.numbering == Numbering::Auto {
                    return Err(value_error(
                        "cannot switch from automatic field numbering to manual field specification",
                    ));
                }
                self.numbering = Numbering::Manual;
                first
                    .parse::<usize>()
                    .map_err(|_| value_error("Too many decimal digits in format string"))?
            };
            self.positional(index)?
        } else {
            self.keyword(vm, &first)?
        };
        let mut k = first_end;
        while let Some(&c) = name.get(k) {
            if c == '.' {
                let start = k + 1;
                let end = name
                    .get(start..)
                    .unwrap_or_default()
                    .iter()
                    .position(|c| *c == '.' || *c == '[')
                    .map_or(name.len(), |p| start + p);
                let attr: String = name.get(start..end).unwrap_or_default().iter().collect();
                if attr.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                value = vm.getattr(&value, &attr)?;
                k = end;
            } else {
                let start = k + 1;
                let Some(close) = name
                    .get(start..)
                    .unwrap_or_default()
                    .iter()
                    .position(|c| *c == ']')
                else {
                    return Err(value_error("Missing ']' in format string"));
                };
                let key: String = name
                    .get(start..start + close)
                    .unwrap_or_default()
                    .iter()
                    .collect();
                if key.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                let key = match key.parse::<i64>() {
                    Ok(n) if key.bytes().all(|b| b.is_ascii_digit()) => Value::Int(n),
                    _ => Value::Str(key.into()),
                };
                value = vm.getitem(&value, &key)?;
                k = start + close + 1;
                if !matches!(name.get(k), None | Some('.' | '[')) {
                    return Err(value_error(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ));
                }
            }
        }
        Ok(value)
    }

    fn positional(&self, index: usize) -> PyResult<Value> {
        match &self.src {
            Source::Args(a) => a.pos.get(index).cloned().ok_or_else(|| {
                exceptions::index_error(format!(
                    "Replacement index {index} out of range for positional args tuple"
                ))
            }),
            Source::Map(_) => Err(value_error("Format string contains positional fields")),
        }
    }

    fn keyword(&self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        match &self.src {
            Source::Args(a) => a.kwarg(name).ok_or_else(|| {
                exceptions::err_from(PyException::new(ExcType::KeyError, vec![Value::str(name)]))
            }),
            Source::Map(m) => vm.getitem(m, &Value::str(name)),
        }
    }
}

/// The index of the `}` closing a field that starts at `start`. Braces in
/// the spec nest; inside `[...]` of the name they are plain characters.
fn field_end(chars: &[char], start: usize) -> PyResult<usize> {
    let mut depth = 1;
    let mut in_name = true;
    let mut j = start;
    while let Some(&c) = chars.get(j) {
        match c {
            '[' if in_name => {
                j = chars
                    .get(j..)
                    .unwrap_or_default()
                    .iter()
                    .position(|c| *c == ']')
                    .map_or(chars.len(), |p| j + p);
            }
            ':' | '!' if in_name => in_name = false,
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Ok(j);
                }
            }
            _ => {}
        }
        j += 1;
    }
    Err(unclosed_field())
}

/// Where the field name ends: at the first `!` or `:` outside brackets.
fn name_end(field: &[char]) -> usize {
    let mut j = 0;
    while let Some(&c) = field.get(j) {
        match c {
            '[' => {
                j = field
                    .get(j..)
                    .unwrap_or_default()
                    .iter()
                    .position(|c| *c == ']')
                    .map_or(field.len(), |p| j + p);
            }
            '!' | ':' => return j,
            _ => {}
        }
        j += 1;
    }
    field.len()
}

/// `format(value, spec)`: built-in types directly, others through
/// `__format__` (or `str()` for an empty spec).
pub fn format_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    if !spec.is_empty() && crate::dispatch::user_class(v).is_none() {
        // A width (or a float's precision) is a request for memory.
        let (width, precision) = format::spec_request(spec);
        let digits = match v {
            Value::Float(_) | Value::Complex(..) => precision,
            _ => 0,
        };
        vm.check_alloc(width.saturating_add(digits))?;
    }
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
        Value::Complex(r, i) => format::format_complex(*r, *i, spec),
        Value::Str(s) => format::format_str(s, spec),
        other => {
            if let Some(r) = vm.call_special(other, "__format__", vec![Value::str(spec)]) {
                return match &r? {
                    Value::Str(s) => Ok(s.to_string()),
                    v => Err(type_error(format!(
                        "__format__ must return a str, not {}",
                        v.type_name()
                    ))),
                };
            }
            if spec.is_empty() {
                // `object.__format__`, called as a method: one level.
                return vm.nested(crate::exceptions::IN_CALL, |vm| vm.str_of(other));
            }
            if let Some(b) = crate::dispatch::base_value(other) {
                return format_value(vm, &b.clone(), spec);
            }
            return Err(type_error(format!(
                "unsupported format string passed to {}.__format__",
                other.type_name()
            )));
        }
    };
    r.map_err(ops::fmt_err)
}
