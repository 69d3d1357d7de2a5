//! `complex`: a pair of doubles, `Value::Complex(real, imag)`.
//!
//! Supported: the constructor (numbers, `__complex__`, `__float__` and
//! `__index__`, strings such as `"1+2j"`, `"-j"` or `" (1e3-2.5J) "`,
//! keywords `real=`/`imag=`), `+ - * / **` with ints, floats and complexes
//! (an int or float operand is first made a complex, as CPython 3.11 does,
//! so infinities give the same NaNs), `pow(-8, 1/3)` and other negative
//! floats raised to fractional powers, unary `-`/`+`, `abs`, equality
//! with real numbers, hashing, `conjugate`, `real`, `imag`,
//! `__getnewargs__`, `__complex__` and `format()` (in `format.rs`).
//! Results match CPython's bit for bit: division is Smith's algorithm,
//! integral exponents up to 100 are computed by repeated squaring and the
//! others in polar form, and an infinite power is an OverflowError.
//! Not supported: the `//`, `%` and `divmod` CPython also refuses, and
//! ordering comparisons (TypeError, as in CPython).

use crate::exceptions::{self, type_error, PyResult};
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::ops;
use crate::value::Value;
use pyview_syntax::ir::BinOp;

/// A complex value as (real, imag).
pub type C = (f64, f64);

/// `ValueError: complex() arg is a malformed string`
fn malformed() -> Box<exceptions::PyErr> {
    exceptions::value_error("complex() arg is a malformed string")
}

/// `ZeroDivisionError: 0.0 to a negative or complex power`
fn zero_power() -> Box<exceptions::PyErr> {
    exceptions::zero_division("0.0 to a negative or complex power")
}

/// An int, bool, float or complex as a complex; `None` for other values.
pub fn to_complex(v: &Value) -> Option<PyResult<C>> {
    match v {
        Value::Complex(r, i) => Some(Ok((*r, *i))),
        Value::Float(f) => Some(Ok((*f, 0.0))),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Some(
            crate::format::bigint_to_f64(&ops::as_bigint(v).unwrap_or_default())
                .map(|f| (f, 0.0))
                .map_err(ops::fmt_err),
        ),
        _ => None,
    }
}

pub fn mul(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a / b` scaled by the larger part of `b` (Smith's algorithm); `None`
/// when `b` is zero.
pub fn div(a: C, b: C) -> Option<C> {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // A NaN in `b`.
        Some((f64::NAN, f64::NAN))
    }
}

/// `x ** n` for `n >= 0` by repeated squaring.
fn pow_unsigned(x: C, n: u32) -> C {
    let mut result = (1.0, 0.0);
    let mut square = x;
    let mut rest = n;
    while rest > 0 {
        if rest & 1 == 1 {
            result = mul(result, square);
        }
        rest >>= 1;
        if rest > 0 {
            square = mul(square, square);
        }
    }
    result
}

/// `a ** b` through the polar form; `None` for zero to a negative or
/// complex power.
fn pow_polar(a: C, b: C) -> Option<C> {
    if b == (0.0, 0.0) {
        return Some((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        return (b.1 == 0.0 && b.0 >= 0.0).then_some((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Some((len * phase.cos(), len * phase.sin()))
}

/// `a ** b`, with CPython's errors.
pub fn pow(a: C, b: C) -> PyResult<C> {
    let small_int = b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0;
    let r = if small_int {
        let n = b.0 as i32;
        let p = pow_unsigned(a, n.unsigned_abs());
        if n > 0 {
            Some(p)
        } else {
            div((1.0, 0.0), p)
        }
    } else {
        pow_polar(a, b)
    };
    let r = r.ok_or_else(zero_power)?;
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(exceptions::overflow_error("complex exponentiation"));
    }
    Ok(r)
}

/// `a <op> b` when either operand is a complex and the other a number;
/// `None` for other operands and operators.
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if !matches!(a, Value::Complex(..)) && !matches!(b, Value::Complex(..)) {
        return None;
    }
    let (x, y) = (to_complex(a)?, to_complex(b)?);
    if !matches!(
        op,
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Pow
    ) {
        return None;
    }
    Some((|| {
        let (x, y) = (x?, y?);
        let (re, im) = match op {
            BinOp::Add => (x.0 + y.0, x.1 + y.1),
            BinOp::Sub => (x.0 - y.0, x.1 - y.1),
            BinOp::Mul => mul(x, y),
            BinOp::Div => {
                div(x, y).ok_or_else(|| exceptions::zero_division("complex division by zero"))?
            }
            _ => pow(x, y)?,
        };
        Ok(Value::Complex(re, im))
    })())
}

/// `x ** y` for floats that CPython hands to complex: a negative base and
/// a fractional exponent.
pub fn float_pow(x: f64, y: f64) -> PyResult<Value> {
    let (re, im) = pow((x, 0.0), (y, 0.0))?;
    Ok(Value::Complex(re, im))
}

/// `abs(z)`.
pub fn abs(re: f64, im: f64) -> PyResult<f64> {
    // An infinite part makes the modulus infinite, even beside a NaN.
    if re.is_infinite() || im.is_infinite() {
        return Ok(f64::INFINITY);
    }
    let r = re.hypot(im);
    if r.is_infinite() {
        return Err(exceptions::overflow_error("absolute value too large"));
    }
    Ok(r)
}

/// Whether a complex equals a real number (int, bool or float).
pub fn eq_real(re: f64, im: f64, other: &Value) -> bool {
    im == 0.0
        && match other {
            Value::Float(f) => re == *f,
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                ops::eq_simple(&Value::Float(re), other)
            }
            _ => false,
        }
}

/// `hash(z)`: the real part's hash plus 1000003 times the imaginary's.
pub fn hash(hash_re: i64, hash_im: i64) -> i64 {
    let h = (hash_re as u64).wrapping_add((hash_im as u64).wrapping_mul(1000003)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The method names of complex values.
pub const METHODS: &[&str] = &["conjugate", "__getnewargs__", "__complex__"];

pub fn call_method(re: f64, im: f64, name: &str, args: &Args) -> Option<PyResult<Value>> {
    let qual = format!("complex.{name}");
    Some(match name {
        "conjugate" => args.check_none(&qual).map(|_| Value::Complex(re, -im)),
        "__complex__" => args.check_none(&qual).map(|_| Value::Complex(re, im)),
        "__getnewargs__" => args
            .check_none(&qual)
            .map(|_| Value::new_tuple(vec![Value::Float(re), Value::Float(im)])),
        _ => return None,
    })
}

/// Length of the longest prefix of `s` that reads as a float (as strtod
/// takes it): a sign, then digits with an optional point and exponent, or
/// `inf`, `infinity` or `nan` in any case.
fn float_prefix(s: &[u8]) -> usize {
    let mut i = usize::from(matches!(s.first(), Some(b'+' | b'-')));
    let rest = &s[i..];
    let starts =
        |word: &[u8]| rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word);
    if starts(b"infinity") {
        return i + 8;
    }
    if starts(b"inf") || starts(b"nan") {
        return i + 3;
    }
    let digits = |from: usize| {
        s[from.min(s.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let int_digits = digits(i);
    i += int_digits;
    let mut frac_digits = 0;
    if s.get(i) == Some(&b'.') {
        frac_digits = digits(i + 1);
        if int_digits + frac_digits > 0 {
            i += 1 + frac_digits;
        }
    }
    if int_digits + frac_digits == 0 {
        return 0;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let exp_digits = digits(j);
        if exp_digits > 0 {
            i = j + exp_digits;
        }
    }
    i
}

/// Reads the float `s[..n]` (validated by [`float_prefix`]).
fn read_float(s: &[u8]) -> Option<f64> {
    let text = std::str::from_utf8(s).ok()?;
    let body = text.trim_start_matches(['+', '-']);
    let v = match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => body.parse().ok()?,
    };
    Some(if text.starts_with('-') { -v } else { v })
}

/// Parses `complex("...")` text (already ASCII, without underscores).
fn parse_ascii(s: &[u8]) -> Option<C> {
    let is_space = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r');
    let skip_space = |mut i: usize| {
        while s.get(i).is_some_and(is_space) {
            i += 1;
        }
        i
    };
    let mut i = skip_space(0);
    let bracket = s.get(i) == Some(&b'(');
    if bracket {
        i = skip_space(i + 1);
    }
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    let (re, im);
    let n = float_prefix(&s[i..]);
    if n > 0 {
        let x = read_float(&s[i..i + n])?;
        i += n;
        match s.get(i) {
            Some(b'+' | b'-') => {
                let m = float_prefix(&s[i..]);
                let y = if m > 0 {
                    let y = read_float(&s[i..i + m])?;
                    i += m;
                    y
                } else {
                    let y = if s[i] == b'+' { 1.0 } else { -1.0 };
                    i += 1;
                    y
                };
                if !is_j(s.get(i)) {
                    return None;
                }
                i += 1;
                (re, im) = (x, y);
            }
            c if is_j(c) => {
                i += 1;
                (re, im) = (0.0, x);
            }
            _ => (re, im) = (x, 0.0),
        }
    } else {
        let y = match s.get(i) {
            Some(b'+') => {
                i += 1;
                1.0
            }
            Some(b'-') => {
                i += 1;
                -1.0
            }
            _ => 1.0,
        };
        if !is_j(s.get(i)) {
            return None;
        }
        i += 1;
        (re, im) = (0.0, y);
    }
    i = skip_space(i);
    if bracket {
        if s.get(i) != Some(&b')') {
            return None;
        }
        i = skip_space(i + 1);
    }
    (i == s.len()).then_some((re, im))
}

/// `complex(text)`.
pub fn parse(text: &str) -> PyResult<C> {
    // Unicode digits and spaces read as their ASCII forms.
    let mut ascii: Vec<u8> = Vec::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            ascii.push(c as u8);
        } else if let Some(d) = crate::format::decimal_value(c) {
            ascii.push(b'0' + d as u8);
        } else if crate::format::is_unicode_space(c) {
            ascii.push(b' ');
        } else {
            return Err(malformed());
        }
    }
    if ascii.contains(&b'_') {
        // Underscores only between digits, as in number literals.
        let bad = || {
            exceptions::value_error(format!(
                "could not convert string to complex: {}",
                crate::format::str_repr(text)
            ))
        };
        let mut kept = Vec::with_capacity(ascii.len());
        for (i, &c) in ascii.iter().enumerate() {
            if c == b'_' {
                let before = i.checked_sub(1).and_then(|p| ascii.get(p));
                let after = ascii.get(i + 1);
                if !before.is_some_and(u8::is_ascii_digit) || !after.is_some_and(u8::is_ascii_digit)
                {
                    return Err(bad());
                }
            } else {
                kept.push(c);
            }
        }
        ascii = kept;
    }
    parse_ascii(&ascii).ok_or_else(malformed)
}

/// What a constructor argument contributes: a complex (from a complex or
/// `__complex__`) or a real number.
enum Part {
    Complex(C),
    Real(f64),
}

/// `complex(real=0, imag=0)`.
pub fn construct(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let slots = args.parse("complex", &["real", "imag"], 0, 0, 2)?;
    let (real, imag) = (slots[0].clone(), slots[1].clone());
    let Some(real) = real else {
        return match imag {
            None => Ok(Value::Complex(0.0, 0.0)),
            Some(i) if matches!(crate::dispatch::plain(&i), Value::Str(_)) => {
                Err(type_error("complex() second arg can't be a string"))
            }
            Some(i) if !is_number(&i) => Err(type_error(format!(
                "complex() second argument must be a number, not '{}'",
                i.type_name()
            ))),
            Some(i) => combine(Part::Real(0.0), Some(number_part(vm, &i)?)),
        };
    };
    if let Value::Str(s) = crate::dispatch::plain(&real) {
        if imag.is_some() {
            return Err(type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        let (re, im) = parse(s)?;
        return Ok(Value::Complex(re, im));
    }
    if let Some(i) = &imag {
        if let Value::Str(_) = crate::dispatch::plain(i) {
            return Err(type_error("complex() second arg can't be a string"));
        }
    }
    let special = match vm.call_special(&real, "__complex__", vec![]) {
        Some(r) => match r? {
            Value::Complex(re, im) => Some((re, im)),
            other => match crate::dispatch::base_value(&other) {
                Some(Value::Complex(re, im)) => Some((*re, *im)),
                _ => {
                    return Err(type_error(format!(
                        "__complex__ returned non-complex (type {})",
                        other.type_name()
                    )))
                }
            },
        },
        None => None,
    };
    if special.is_none() && !is_number(&real) {
        return Err(type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            real.type_name()
        )));
    }
    if let Some(i) = imag.as_ref().filter(|i| !is_number(i)) {
        return Err(type_error(format!(
            "complex() second argument must be a number, not '{}'",
            i.type_name()
        )));
    }
    let first = match special {
        Some(c) => Part::Complex(c),
        None => number_part(vm, &real)?,
    };
    let second = match &imag {
        Some(i) => Some(number_part(vm, i)?),
        None => None,
    };
    combine(first, second)
}

/// Whether `v` is a number as the constructor takes one: a complex, or
/// convertible by `float()` (`__float__` or `__index__`).
fn is_number(v: &Value) -> bool {
    match crate::dispatch::plain(v) {
        Value::Int(_)
        | Value::Bool(_)
        | Value::BigInt(_)
        | Value::Float(_)
        | Value::Complex(..) => true,
        other => crate::dispatch::user_class(other)
            .is_some_and(|c| c.lookup("__float__").is_some() || c.lookup("__index__").is_some()),
    }
}

/// A number argument: a complex as it is, others through `float()`.
fn number_part(vm: &mut Vm, v: &Value) -> PyResult<Part> {
    if let Value::Complex(re, im) = crate::dispatch::plain(v) {
        return Ok(Part::Complex((*re, *im)));
    }
    let f = vm.call(
        &Value::Type(crate::value::TypeId::Float),
        Args::new(vec![v.clone()]),
    )?;
    match crate::dispatch::plain(&f) {
        Value::Float(f) => Ok(Part::Real(*f)),
        _ => Ok(Part::Real(0.0)),
    }
}

/// `real + imag * 1j` as CPython's constructor combines its parts.
fn combine(first: Part, second: Option<Part>) -> PyResult<Value> {
    let (mut re, first_im) = match first {
        Part::Complex(c) => (c.0, Some(c.1)),
        Part::Real(r) => (r, None),
    };
    // The first argument's imaginary part is added only when there is
    // one (adding 0.0 would turn a -0.0 into 0.0).
    let plus_first = |x: f64| first_im.map_or(x, |f| x + f);
    let im = match second {
        None => first_im.unwrap_or(0.0),
        Some(Part::Real(i)) => plus_first(i),
        Some(Part::Complex((i_re, i_im))) => {
            re -= i_im;
            plus_first(i_re)
        }
    };
    Ok(Value::Complex(re, im))
}
