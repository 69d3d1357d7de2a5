//! Operators and protocols over values: arithmetic with CPython's int and
//! float semantics, comparisons, truth, hashing, repr and str.

use crate::exceptions::{self, type_error, value_error, PyResult};
use crate::format;
use crate::interp::Vm;
use crate::nested::EqStop;
use crate::objects::{array, bytearray, byteops, bytes, memoryview};
use crate::value::{TypeId, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use pyview_syntax::ir::{BinOp, CmpOp};
use std::cmp::Ordering;
use std::rc::Rc;

/// Largest number of digits `str(int)` produces by default (CPython 3.11's
/// `sys.int_info.default_max_str_digits`).
pub const MAX_STR_DIGITS: usize = 4300;

/// Below this many digits the limit is never checked, and
/// `sys.set_int_max_str_digits` refuses a smaller non-zero limit.
pub const STR_DIGITS_THRESHOLD: usize = 640;

thread_local! {
    /// The limit `sys.set_int_max_str_digits` sets (0: none).
    static STR_DIGITS_LIMIT: std::cell::Cell<usize> = const { std::cell::Cell::new(MAX_STR_DIGITS) };
}

/// `sys.get_int_max_str_digits()`.
pub fn max_str_digits() -> usize {
    STR_DIGITS_LIMIT.with(|c| c.get())
}

pub fn set_max_str_digits(n: usize) {
    STR_DIGITS_LIMIT.with(|c| c.set(n));
}

pub fn as_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

fn as_f64(v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Float(f) => Some(Ok(*f)),
        Value::Int(i) => Some(Ok(*i as f64)),
        Value::Bool(b) => Some(Ok(*b as i64 as f64)),
        Value::BigInt(b) => Some(format::bigint_to_f64(b).map_err(fmt_err)),
        _ => None,
    }
}

/// Converts a formatting-module error to a Python exception.
pub fn fmt_err(e: format::FormatError) -> Box<exceptions::PyErr> {
    match e {
        format::FormatError::Value(m) => value_error(m),
        format::FormatError::Type(m) => type_error(m),
        format::FormatError::Overflow(m) => exceptions::overflow_error(m),
        format::FormatError::Memory(m) => exceptions::memory_error(m),
    }
}

/// `operator.index(v)` as an i64, with CPython's messages.
pub fn index_i64(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(exceptions::overflow_error(
            "Python int too large to convert to C ssize_t",
        )),
        _ => Err(exceptions::not_an_index(v.type_name())),
    }
}

pub fn add_int(v: &Value, n: i64) -> Value {
    match v {
        Value::Int(i) => match i.checked_add(n) {
            Some(r) => Value::Int(r),
            None => Value::from_bigint(BigInt::from(*i) + n),
        },
        other => match as_bigint(other) {
            Some(b) => Value::from_bigint(b + n),
            None => other.clone(),
        },
    }
}

fn int_op(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        let (x, y) = (*x, *y);
        let fast = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::FloorDiv if y != 0 => {
                x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
            }
            BinOp::Mod if y != 0 => x.checked_rem_euclid(y).map(|_| Integer::mod_floor(&x, &y)),
            BinOp::BitAnd => Some(x & y),
            BinOp::BitOr => Some(x | y),
            BinOp::BitXor => Some(x ^ y),
            BinOp::LShift if (0..63).contains(&y) => {
                x.checked_shl(y as u32).filter(|r| r >> y == x)
            }
            BinOp::RShift if y >= 0 => Some(x >> y.min(63)),
            _ => None,
        };
        if let Some(r) = fast {
            return Ok(Value::Int(r));
        }
    }
    let (x, y) = (
        as_bigint(a).unwrap_or_default(),
        as_bigint(b).unwrap_or_default(),
    );
    Ok(match op {
        BinOp::Add => Value::from_bigint(x + y),
        BinOp::Sub => Value::from_bigint(x - y),
        BinOp::Mul => Value::from_bigint(x * y),
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(exceptions::int_division_by_zero());
            }
            Value::from_bigint(x.div_floor(&y))
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(exceptions::zero_division("integer modulo by zero"));
            }
            Value::from_bigint(x.mod_floor(&y))
        }
        BinOp::Div => {
            if y.is_zero() {
                return Err(exceptions::division_by_zero());
            }
            Value::Float(format::int_true_div(&x, &y).map_err(fmt_err)?)
        }
        BinOp::Pow => {
            if y.is_negative() {
                let fx = format::bigint_to_f64(&x).map_err(fmt_err)?;
                let fy = format::bigint_to_f64(&y).map_err(fmt_err)?;
                return float_op(BinOp::Pow, fx, fy);
            }
            let Some(e) = y.to_u32() else {
                if x.is_zero() || x == BigInt::from(1) {
                    return Ok(Value::from_bigint(x));
                }
                if x == BigInt::from(-1) {
                    return Ok(Value::Int(if y.is_even() { 1 } else { -1 }));
                }
                return Err(exceptions::memory_error(""));
            };
            let bits = x.bits().saturating_mul(e as u64);
            if bits > 1 << 32 {
                return Err(exceptions::memory_error(""));
            }
            Value::from_bigint(num_traits::Pow::pow(x, e))
        }
        BinOp::LShift | BinOp::RShift => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            if op == BinOp::RShift {
                let s = y.to_u64().unwrap_or(u64::MAX);
                if s > x.bits() {
                    return Ok(Value::Int(if x.is_negative() { -1 } else { 0 }));
                }
                return Ok(Value::from_bigint(x >> s));
            }
            if x.is_zero() {
                return Ok(Value::Int(0));
            }
            let Some(s) = y.to_u64().filter(|s| *s < 1 << 32) else {
                // A result within CPython's most digits (30 bits each,
                // 4 bytes a digit within isize::MAX bytes) fails when
                // allocated.
                if (y / 30u32)
                    .to_i64()
                    .is_some_and(|d| d <= (i64::MAX - 24) / 4)
                {
                    return Err(exceptions::memory_error(""));
                }
                return Err(exceptions::overflow_error("too many digits in integer"));
            };
            Value::from_bigint(x << s)
        }
        BinOp::BitAnd => Value::from_bigint(x & y),
        BinOp::BitOr => Value::from_bigint(x | y),
        BinOp::BitXor => Value::from_bigint(x ^ y),
        BinOp::MatMul => return Err(exceptions::unsupported_operands("@", "int", "int")),
    })
}

fn float_op(op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    Ok(Value::Float(new_float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(exceptions::zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(exceptions::zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(exceptions::zero_division("float modulo"));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 {
                return Err(exceptions::zero_division(
                    "0.0 cannot be raised to a negative power",
                ));
            }
            // A negative number to a fractional power is complex.
            if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                return crate::objects::complex::float_pow(x, y);
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(exceptions::overflow_error(
                    "(34, 'Numerical result out of range')",
                ));
            }
            r
        }
        _ => {
            return Err(exceptions::unsupported_operands(
                op.symbol(),
                "float",
                "float",
            ));
        }
    })))
}

/// Python's float divmod (CPython's `_float_div_mod`).
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

fn repeat_count(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::BigInt(b) => Some(if b.is_negative() { 0 } else { i64::MAX }),
        _ => None,
    }
}

pub(crate) fn repeat<T: Clone>(vm: &Vm, items: &[T], n: i64) -> PyResult<Vec<T>> {
    if n <= 0 || items.is_empty() {
        return Ok(Vec::new());
    }
    let total = (items.len() as u128) * (n as u128);
    if total > isize::MAX as u128 / 16 {
        return Err(exceptions::memory_error(""));
    }
    vm.check_alloc((total as usize).saturating_mul(std::mem::size_of::<T>()))?;
    let mut out = Vec::new();
    out.try_reserve_exact(total as usize)
        .map_err(|_| exceptions::memory_error(""))?;
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

/// `a <op> b`.
pub fn binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(r) = crate::objects::set::binary(op, a, b) {
        return Ok(r);
    }
    if matches!(
        op,
        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
    ) && (matches!(a, Value::DictView(v) if v.kind != crate::objects::dict::ViewKind::Values)
        || matches!(b, Value::DictView(v) if v.kind != crate::objects::dict::ViewKind::Values))
    {
        let x = crate::objects::set::construct(vm, Some(a), false)?;
        let y = crate::objects::set::construct(vm, Some(b), false)?;
        if let Some(r) = crate::objects::set::binary(op, &x, &y) {
            return Ok(r);
        }
    }
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::BitAnd => return Ok(Value::Bool(x & y)),
            BinOp::BitOr => return Ok(Value::Bool(x | y)),
            BinOp::BitXor => return Ok(Value::Bool(x ^ y)),
            _ => {}
        }
    }
    if is_int(a) && is_int(b) {
        if op == BinOp::Div {
            if let (Value::Int(x), Value::Int(y)) = (a, b) {
                if *y == 0 {
                    return Err(exceptions::division_by_zero());
                }
                if x.unsigned_abs() < 1 << 53 && y.unsigned_abs() < 1 << 53 {
                    return Ok(Value::Float(*x as f64 / *y as f64));
                }
            }
        }
        if op == BinOp::Pow {
            if let (Value::Int(_), Value::Int(y)) = (a, b) {
                if *y < 0 {
                    let fx = as_f64(a).unwrap_or(Ok(0.0))?;
                    return float_op(BinOp::Pow, fx, *y as f64);
                }
            }
        }
        return int_op(op, a, b);
    }
    if let Some(r) = crate::objects::complex::binary(op, a, b) {
        return r;
    }
    if let (Some(x), Some(y)) = (as_f64(a), as_f64(b)) {
        if (matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)))
            && matches!(
                op,
                BinOp::Add
                    | BinOp::Sub
                    | BinOp::Mul
                    | BinOp::Div
                    | BinOp::FloorDiv
                    | BinOp::Mod
                    | BinOp::Pow
            )
        {
            return float_op(op, x?, y?);
        }
    }
    let fail = || exceptions::unsupported_operands(op.symbol(), a.type_name(), b.type_name());
    match (op, a, b) {
        // CPython hands back an immutable operand when the other is empty.
        (BinOp::Add, Value::Str(x), Value::Str(y)) if x.is_empty() || y.is_empty() => {
            Ok(if x.is_empty() { b.clone() } else { a.clone() })
        }
        (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) if x.is_empty() || y.is_empty() => {
            Ok(if x.is_empty() { b.clone() } else { a.clone() })
        }
        (BinOp::Add, Value::Str(x), Value::Str(y)) => {
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            Ok(Value::Str(s.into()))
        }
        (BinOp::Add, Value::Str(_), _) => Err(type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            b.type_name()
        ))),
        (BinOp::Add, Value::List(x), Value::List(y)) => {
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            Ok(Value::new_list(v))
        }
        (BinOp::Add, Value::List(_), _) => Err(type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            b.type_name()
        ))),
        (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
            let mut v = x.to_vec();
            v.extend(y.iter().cloned());
            Ok(Value::new_tuple(v))
        }
        (BinOp::Add, Value::Tuple(_), _) => Err(type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            b.type_name()
        ))),
        (BinOp::Add, Value::Bytes(_) | Value::ByteArray(_), _) => {
            let cant = || {
                type_error(format!(
                    "can't concat {} to {}",
                    b.type_name(),
                    a.type_name()
                ))
            };
            // The result is a request against the memory cap first (an
            // operand may be a host's buffer, not counted).
            if let Some(n) = crate::buffer::byte_len(b) {
                vm.check_alloc(n.saturating_add(crate::buffer::byte_len(a).unwrap_or(0)))?;
            }
            // Byte strings on both sides are joined straight into a buffer of
            // the final size; other operands go through the buffer protocol.
            let v = match (a, b) {
                (Value::Bytes(_), Value::ByteArray(y)) if y.data.borrow().is_empty() => {
                    return Ok(a.clone())
                }
                (Value::Bytes(x), Value::Bytes(y)) => return Ok(bytes::concat(a, x, b, y)),
                (Value::ByteArray(x), Value::Bytes(y)) => {
                    [&x.data.borrow()[..], &y.data[..]].concat()
                }
                (Value::Bytes(x), Value::ByteArray(y)) => {
                    [&x.data[..], &y.data.borrow()[..]].concat()
                }
                _ => {
                    let rhs = crate::buffer::to_vec_contiguous(b)
                        .ok_or_else(cant)?
                        .map_err(|_| cant())?;
                    if rhs.is_empty() && matches!(a, Value::Bytes(_)) {
                        return Ok(a.clone());
                    }
                    let mut v = crate::buffer::to_vec(a).unwrap_or(Ok(Vec::new()))?;
                    v.extend_from_slice(&rhs);
                    v
                }
            };
            Ok(match a {
                Value::Bytes(_) => bytes::new_value(v),
                _ => bytearray::new_value(v),
            })
        }
        (BinOp::Add, Value::Array(x), _) => array::concat(x, b),
        (BinOp::Mul, _, _) => {
            // A sequence times a non-int: CPython's sequence_repeat error.
            if let Some(other) = repeat_partner(a, b) {
                return Err(type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    other.type_name()
                )));
            }
            let (seq, n) = if repeat_count(b).is_some() && !is_int(a) {
                (a, b)
            } else if repeat_count(a).is_some() && !is_int(b) {
                (b, a)
            } else if is_sequence(a) || is_sequence(b) {
                let other = if is_sequence(a) { b } else { a };
                return Err(type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    other.type_name()
                )));
            } else {
                let non_int = if is_sequence(a) { b } else { a };
                if is_sequence(a) || is_sequence(b) {
                    return Err(type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        non_int.type_name()
                    )));
                }
                return Err(fail());
            };
            let Some(count) = repeat_count(n) else {
                return Err(fail());
            };
            if let Value::BigInt(_) = n {
                if is_repeatable(seq) {
                    return Err(exceptions::index_overflow(
                        exceptions::ExcType::OverflowError,
                    ));
                }
            }
            if let Value::Bytes(bs) = seq {
                if bs.data.len() as u128 * count.max(0) as u128 > isize::MAX as u128 {
                    return Err(exceptions::overflow_error("repeated bytes are too long"));
                }
            }
            if count == 1 && matches!(seq, Value::Str(_) | Value::Tuple(_) | Value::Bytes(_)) {
                return Ok(seq.clone());
            }
            match seq {
                Value::Str(s) => Ok(Value::Str(
                    String::from_utf8(repeat(vm, s.as_bytes(), count)?)
                        .unwrap_or_default()
                        .into(),
                )),
                Value::List(l) => {
                    let items = l.borrow().clone();
                    Ok(Value::new_list(repeat(vm, &items, count)?))
                }
                Value::Tuple(t) => Ok(Value::new_tuple(repeat(vm, t, count)?)),
                Value::Bytes(bs) => Ok(bytes::new_value(repeat(vm, &bs.data, count)?)),
                Value::ByteArray(bs) => {
                    let d = bs.data.borrow().clone();
                    Ok(bytearray::new_value(repeat(vm, &d, count)?))
                }
                Value::Array(a) => {
                    let d = a.data.borrow().clone();
                    Ok(array::new_from_items(a.code, repeat(vm, &d, count)?))
                }
                _ => Err(fail()),
            }
        }
        (BinOp::Mod, Value::Str(s), _) => crate::percent::format_str(vm, s, b),
        (BinOp::Mod, Value::Bytes(_) | Value::ByteArray(_), _) => {
            let data = crate::buffer::to_vec(a).unwrap_or(Ok(Vec::new()))?;
            let out = crate::percent::format_bytes(vm, &data, b)?;
            Ok(match a {
                Value::Bytes(_) => bytes::new_value(out),
                _ => bytearray::new_value(out),
            })
        }
        (BinOp::BitOr, Value::Dict(x), Value::Dict(y)) => {
            let d = crate::objects::dict::PyDict::default();
            for (k, v) in x.map.borrow().iter().chain(y.map.borrow().iter()) {
                d.map.borrow_mut().insert(k.clone(), v.clone());
            }
            Ok(Value::Dict(Rc::new(d)))
        }
        _ => {
            if let (Value::Str(_), BinOp::Mul) = (b, op) {
                return Err(type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    a.type_name()
                )));
            }
            Err(fail())
        }
    }
    .map_err(|e| {
        // Sequence * non-int has its own message.
        if op == BinOp::Mul && e.exc.typ == exceptions::ExcType::TypeError {
            let seq_a = is_sequence(a);
            let seq_b = is_sequence(b);
            if seq_a && !is_int(b) && !seq_b {
                return type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    b.type_name()
                ));
            }
            if seq_b && !is_int(a) && !seq_a {
                return type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    a.type_name()
                ));
            }
            if seq_a && seq_b {
                return type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    b.type_name()
                ));
            }
        }
        e
    })
}

/// Whether `v` is a str, bytes, bytearray, list, tuple or array.
pub(crate) fn is_sequence(v: &Value) -> bool {
    matches!(
        v,
        Value::Str(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)
            | Value::Array(_)
    )
}

/// Types with CPython's `sq_repeat`.
fn is_repeatable(v: &Value) -> bool {
    matches!(
        v,
        Value::Str(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Array(_)
    )
}

/// For `a * b` where a sequence meets a non-int: the non-int operand.
fn repeat_partner<'a>(a: &'a Value, b: &'a Value) -> Option<&'a Value> {
    if is_repeatable(a) && repeat_count(b).is_none() {
        Some(b)
    } else if !is_repeatable(a) && is_repeatable(b) && repeat_count(a).is_none() {
        Some(a)
    } else {
        None
    }
}

/// `a <op>= b`: in place for mutable sequences, else `binary`.
pub fn inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Value::Set(x), Value::Set(_)) = (a, b) {
        if !x.frozen {
            if let Some(Value::Set(r)) = &crate::objects::set::binary(op, a, b) {
                let t = r.table.borrow().clone();
                *x.table.borrow_mut() = t;
                return Ok(a.clone());
            }
        }
    }
    match (op, a) {
        // `d |= x` is `d.update(x)` (any mapping or pairs), but a
        // Counter's `|=` keeps the larger counts.
        (BinOp::BitOr, Value::Dict(d))
            if !matches!(*d.kind.borrow(), crate::objects::dict::DictKind::Counter) =>
        {
            crate::builtins::dict_update(vm, d, b)?;
            Ok(a.clone())
        }
        (BinOp::Add, Value::List(l)) => {
            let hint = crate::builtins::extend_hint(b);
            let items = vm.collect(b).map_err(|e| {
                if e.exc.typ == exceptions::ExcType::TypeError {
                    exceptions::not_iterable(b.type_name())
                } else {
                    e
                }
            })?;
            l.extend(items, hint);
            Ok(a.clone())
        }
        (BinOp::Mul, Value::List(l)) => {
            let Some(n) = repeat_count(b) else {
                return binary(vm, op, a, b);
            };
            if let Value::BigInt(_) = b {
                return Err(exceptions::index_overflow(
                    exceptions::ExcType::OverflowError,
                ));
            }
            let items = l.borrow().clone();
            let len = items.len();
            let new = repeat(vm, &items, n)?;
            // CPython leaves an empty list, or one times one, untouched.
            if len > 0 && n < 1 {
                l.alloc.clear();
            } else if len > 0 && n > 1 {
                l.alloc.resize(len, new.len());
            }
            *l.borrow_mut() = new;
            Ok(a.clone())
        }
        (BinOp::Add, Value::ByteArray(ba)) => {
            // Immutable bytes cannot change while the bytearray grows.
            if let Value::Bytes(rhs) = b {
                let len = ba.data.borrow().len();
                ba.resize(len + rhs.data.len())?;
                let cap = ba.data.borrow().capacity();
                vm.check_buffer_growth(len.saturating_add(rhs.data.len()), cap)?;
                ba.data.borrow_mut().extend_from_slice(&rhs.data);
                return Ok(a.clone());
            }
            // Any other operand's buffer is held (an export) while the
            // bytearray grows.
            let cant = || type_error(format!("can't concat {} to bytearray", b.type_name()));
            let held = crate::buffer::ContiguousBuffer::of(b).map_err(|_| cant())?;
            let rhs = held.with(<[u8]>::to_vec)?;
            ba.resize(ba.data.borrow().len() + rhs.len())?;
            let (len, cap) = (ba.data.borrow().len(), ba.data.borrow().capacity());
            vm.check_buffer_growth(len.saturating_add(rhs.len()), cap)?;
            ba.data.borrow_mut().extend_from_slice(&rhs);
            drop(held);
            Ok(a.clone())
        }
        (BinOp::Mul, Value::ByteArray(ba)) => {
            let Some(n) = repeat_count(b) else {
                return binary(vm, op, a, b);
            };
            if let Value::BigInt(_) = b {
                return Err(exceptions::index_overflow(
                    exceptions::ExcType::OverflowError,
                ));
            }
            // The resize is refused before anything is allocated.
            let len = ba.data.borrow().len();
            let new_len = usize::try_from(len as u128 * n.max(0) as u128).unwrap_or(usize::MAX);
            ba.resize(new_len)?;
            let d = ba.data.borrow().clone();
            let new = repeat(vm, &d, n)?;
            *ba.data.borrow_mut() = new;
            Ok(a.clone())
        }
        (BinOp::Add, Value::Array(arr)) => {
            array::inplace_concat(arr, b)?;
            Ok(a.clone())
        }
        (BinOp::Mul, Value::Array(arr)) => {
            let Some(n) = repeat_count(b) else {
                return binary(vm, op, a, b);
            };
            let d = arr.data.borrow().clone();
            array::inplace_repeat(arr, n, repeat(vm, &d, n)?)?;
            Ok(a.clone())
        }
        _ => binary(vm, op, a, b).map_err(|e| {
            // The augmented operator names itself in the message (`+=`).
            let plain = format!("unsupported operand type(s) for {}", op.symbol());
            if e.exc.typ == exceptions::ExcType::TypeError
                && exc_message(&e.exc).starts_with(&plain)
            {
                exceptions::unsupported_operands(
                    &format!("{}=", op.symbol()),
                    a.type_name(),
                    b.type_name(),
                )
            } else {
                e
            }
        }),
    }
}

pub fn unary_neg(v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(i) => Ok(match i.checked_neg() {
            Some(r) => Value::Int(r),
            None => Value::from_bigint(-BigInt::from(*i)),
        }),
        Value::Bool(b) => Ok(Value::Int(-(*b as i64))),
        Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone())),
        Value::Float(f) => Ok(Value::Float(new_float(-f))),
        Value::Complex(r, i) => Ok(Value::Complex(-r, -i)),
        Value::Dict(d) if crate::modules::collections::as_counter(v).is_some() => {
            crate::modules::collections::counter_unary(d, true)
        }
        _ => Err(type_error(format!(
            "bad operand type for unary -: '{}'",
            v.type_name()
        ))),
    }
}

pub fn unary_pos(v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(..) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Dict(d) if crate::modules::collections::as_counter(v).is_some() => {
            crate::modules::collections::counter_unary(d, false)
        }
        _ => Err(type_error(format!(
            "bad operand type for unary +: '{}'",
            v.type_name()
        ))),
    }
}

pub fn unary_invert(v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(i) => Ok(Value::Int(!i)),
        Value::Bool(b) => Ok(Value::Int(!(*b as i64))),
        Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone() - 1)),
        _ => Err(type_error(format!(
            "bad operand type for unary ~: '{}'",
            v.type_name()
        ))),
    }
}

/// Truth value for types that need no interpreter; `None` for those that do.
pub fn truthy_simple(v: &Value) -> Option<bool> {
    Some(match v {
        Value::None => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::BigInt(_) => true,
        Value::Float(f) => *f != 0.0,
        Value::Complex(r, i) => *r != 0.0 || *i != 0.0,
        Value::Str(s) => !s.is_empty(),
        Value::Bytes(b) => !b.data.is_empty(),
        Value::ByteArray(b) => !b.data.borrow().is_empty(),
        Value::List(l) => !l.borrow().is_empty(),
        Value::Tuple(t) => !t.is_empty(),
        Value::Dict(d) => !d.map.borrow().is_empty(),
        Value::Range(r) => r.len() != 0,
        Value::Array(a) => a.len() != 0,
        Value::Set(s) => s.table.borrow().len() != 0,
        Value::DictView(d) => d.len() != 0,
        Value::Native(o) => !matches!(o.len(), Some(Ok(0))),
        _ => true,
    })
}

pub fn truthy(v: &Value) -> PyResult<bool> {
    if let Value::MemoryView(m) = v {
        return Ok(m.len()? != 0);
    }
    Ok(truthy_simple(v).unwrap_or(true))
}

/// Equality without calling into Python code (all built-in types), at
/// any nesting depth.
pub fn eq_simple(a: &Value, b: &Value) -> bool {
    crate::nested::eq_within(a, b, usize::MAX).unwrap_or(false)
}

/// One step of equality: whether `a == b` can still hold, with the pairs
/// of items that must also be equal pushed on `nested` (containers are
/// compared item by item by the caller's loop, not by recursion). `None`
/// when the answer needs Python code: a pair with a user instance, or a
/// dict or set holding one.
pub(crate) fn eq_step(a: &Value, b: &Value, nested: &mut Vec<(Value, Value)>) -> Option<bool> {
    if own_eq(a) || own_eq(b) {
        // Only the same object is known equal without its `__eq__`.
        return a.is(b).then_some(true);
    }
    // Other instances compare as the built-in value they are (if any).
    let (pa, pb) = (crate::dispatch::plain(a), crate::dispatch::plain(b));
    eq_step_builtin(pa, pb, nested)
}

/// Whether `v`'s class defines `__eq__` (so only Python code compares it).
fn own_eq(v: &Value) -> bool {
    crate::dispatch::user_class(v).is_some_and(|c| c.lookup("__eq__").is_some())
}

fn eq_step_builtin(a: &Value, b: &Value, nested: &mut Vec<(Value, Value)>) -> Option<bool> {
    use Value::*;
    let mut items = |x: &[Value], y: &[Value]| {
        let same_len = x.len() == y.len();
        if same_len {
            nested.extend(
                x.iter()
                    .zip(y)
                    .filter(|(p, q)| !p.is(q))
                    .map(|(p, q)| (p.clone(), q.clone())),
            );
        }
        same_len
    };
    Some(match (a, b) {
        (Int(x), Int(y)) => x == y,
        (Str(x), Str(y)) => x == y,
        (None, None) | (Ellipsis, Ellipsis) | (NotImplemented, NotImplemented) => true,
        (Float(x), Float(y)) => x == y,
        (Int(_) | Bool(_) | BigInt(_), Int(_) | Bool(_) | BigInt(_)) => {
            as_bigint(a) == as_bigint(b)
        }
        (Float(x), Int(_) | Bool(_) | BigInt(_)) | (Int(_) | Bool(_) | BigInt(_), Float(x)) => {
            let n = if let Float(_) = a { b } else { a };
            float_eq_int(*x, n)
        }
        (Bytes(_) | ByteArray(_), Bytes(_) | ByteArray(_)) => {
            crate::buffer::to_vec(a).and_then(Result::ok)
                == crate::buffer::to_vec(b).and_then(Result::ok)
        }
        (MemoryView(_), _)
        | (_, MemoryView(_))
        | (ByteArray(_), Array(_))
        | (Array(_), ByteArray(_)) => memoryview::buffer_eq(a, b).unwrap_or(false),
        (List(x), List(y)) => Rc::ptr_eq(x, y) || items(&x.borrow(), &y.borrow()),
        (Tuple(x), Tuple(y)) => items(x, y),
        (Dict(x), Dict(y)) => {
            if x.order_differs(y) {
                return Some(false);
            }
            let (x, y) = (x.map.borrow(), y.map.borrow());
            if x.keys().chain(y.keys()).any(|k| own_eq(&k.value)) {
                // Keys found only through a user `__eq__`.
                return Option::None;
            }
            x.len() == y.len()
                && x.iter().all(|(k, v)| match y.get(k) {
                    Some(w) => {
                        if !v.is(w) {
                            nested.push((v.clone(), w.clone()));
                        }
                        true
                    }
                    Option::None => false,
                })
        }
        (Range(x), Range(y)) if x.big.is_some() || y.big.is_some() => {
            crate::objects::range::equal(x, y)
        }
        (Range(x), Range(y)) => {
            let (lx, ly) = (x.len(), y.len());
            lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
        }
        (Array(x), Array(y)) => array::equals(x, y).unwrap_or(false),
        (Complex(a1, b1), Complex(a2, b2)) => a1 == a2 && b1 == b2,
        (Complex(re, im), other) | (other, Complex(re, im)) => {
            crate::objects::complex::eq_real(*re, *im, other)
        }
        (Slice(x), Slice(y)) => {
            nested.push((x.start.clone(), y.start.clone()));
            nested.push((x.stop.clone(), y.stop.clone()));
            nested.push((x.step.clone(), y.step.clone()));
            true
        }
        (Set(x), Set(y)) => {
            let (x, y) = (x.table.borrow(), y.table.borrow());
            if x.items().iter().chain(y.items().iter()).any(own_eq) {
                return Option::None;
            }
            x.len() == y.len() && x.is_subset(&y)
        }
        _ => a.is(b),
    })
}

fn float_eq_int(x: f64, n: &Value) -> bool {
    if !x.is_finite() || x.fract() != 0.0 {
        return false;
    }
    format::float_to_bigint(x).ok() == as_bigint(n)
}

/// `a == b` for built-in values, nesting counted against the recursion
/// limit as CPython counts it ("maximum recursion depth exceeded in
/// comparison").
pub fn eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Value::Array(x), Value::Array(y)) = (a, b) {
        return array::equals(x, y);
    }
    match crate::nested::eq_within(a, b, vm.depth_left()) {
        Ok(same) => Ok(same),
        Err(EqStop::TooDeep) => Err(exceptions::recursion_error(exceptions::IN_COMPARISON)),
        Err(EqStop::NeedsVm) => eq_calling(vm, a, b),
    }
}

/// `a == b` where user instances take part, their `__eq__` called as
/// CPython's containers call it (identity first, then the method).
fn eq_calling(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    match (a, b) {
        (Value::Dict(x), Value::Dict(y)) => {
            if x.order_differs(y) || x.map.borrow().len() != y.map.borrow().len() {
                return Ok(false);
            }
            let entries: Vec<(Value, i64, Value)> = x
                .map
                .borrow()
                .iter()
                .map(|(k, v)| (k.value.clone(), k.stored_hash(), v.clone()))
                .collect();
            // Keys are looked up by their stored hashes: no `__hash__` call.
            vm.nested(exceptions::IN_COMPARISON, |vm| {
                for (k, h, v) in entries {
                    let key = vm.first_equal(y.same_hash(h), &k)?;
                    let Some(w) = y.get(&key)? else {
                        return Ok(false);
                    };
                    if !(v.is(&w) || vm.compare(CmpOp::Eq, &v, &w)?) {
                        return Ok(false);
                    }
                }
                Ok(true)
            })
        }
        (Value::Set(x), Value::Set(y)) => {
            if x.table.borrow().len() != y.table.borrow().len() {
                return Ok(false);
            }
            let entries = x.table.borrow().entries();
            vm.nested(exceptions::IN_COMPARISON, |vm| {
                for (h, item) in entries {
                    let candidates = y.table.borrow().same_hash(h);
                    let found = vm.first_equal(candidates, &item)?;
                    if y.table.borrow().find(&found, h).is_none() {
                        return Ok(false);
                    }
                }
                Ok(true)
            })
        }
        _ => vm.compare(CmpOp::Eq, a, b),
    }
}

fn cmp_f64_int(x: f64, n: &Value) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    let n = as_bigint(n)?;
    let fl = format::float_to_bigint(x.floor()).ok()?;
    match fl.cmp(&n) {
        Ordering::Equal if x.fract() != 0.0 => Some(Ordering::Greater),
        o => Some(o),
    }
}

/// Ordering for `<`, `<=`, `>`, `>=`; `Ok(None)` for unordered (NaN).
pub fn compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<Ordering>> {
    use Value::*;
    let fail = || {
        type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            a.type_name(),
            b.type_name()
        ))
    };
    Ok(match (a, b) {
        (Int(x), Int(y)) => Some(x.cmp(y)),
        (Int(_) | Bool(_) | BigInt(_), Int(_) | Bool(_) | BigInt(_)) => {
            as_bigint(a).partial_cmp(&as_bigint(b))
        }
        (Float(x), Float(y)) => x.partial_cmp(y),
        (Float(x), Int(_) | Bool(_) | BigInt(_)) => cmp_f64_int(*x, b),
        (Int(_) | Bool(_) | BigInt(_), Float(y)) => cmp_f64_int(*y, a).map(Ordering::reverse),
        (Str(x), Str(y)) => Some(crate::surrogates::cmp(x, y)),
        (Set(x), Set(y)) => {
            let (x, y) = (x.table.borrow(), y.table.borrow());
            let holds = match op {
                CmpOp::Lt => x.is_subset(&y) && x.len() < y.len(),
                CmpOp::LtE => x.is_subset(&y),
                CmpOp::Gt => y.is_subset(&x) && x.len() > y.len(),
                _ => y.is_subset(&x),
            };
            // Encode the answer for `compare_op`'s reading of the ordering.
            Some(match (op, holds) {
                (CmpOp::Lt | CmpOp::LtE, true) => Ordering::Less,
                (CmpOp::Gt | CmpOp::GtE, true) => Ordering::Greater,
                (CmpOp::Lt | CmpOp::LtE, false) => Ordering::Greater,
                _ => Ordering::Less,
            })
        }
        (DictView(_), _) | (_, DictView(_)) if set_like(a).is_some() && set_like(b).is_some() => {
            return view_inclusion(vm, op, a, b);
        }
        _ if bytes::comparable_bytes(a, b, true).is_some() => {
            let (x, y) = bytes::comparable_bytes(a, b, true).unwrap_or(Ok(Default::default()))?;
            Some(x.cmp(&y))
        }
        (List(_), List(_)) | (Tuple(_), Tuple(_)) => {
            let x = seq_items(a);
            let y = seq_items(b);
            let differing = vm.nested(exceptions::IN_COMPARISON, |vm| {
                for (p, q) in x.iter().zip(&y) {
                    if !eq(vm, p, q)? {
                        return compare(vm, op, p, q).map(Some);
                    }
                }
                Ok(Option::None)
            })?;
            match differing {
                Some(r) => return Ok(r),
                Option::None => Some(x.len().cmp(&y.len())),
            }
        }
        (Array(x), Array(y)) => return array::compare(vm, op, x, y),
        // Slices order as the tuples of their start, stop and step.
        (Slice(x), Slice(y)) => {
            let t = |s: &crate::value::PySlice| {
                Value::new_tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()])
            };
            return compare(vm, op, &t(x), &t(y));
        }
        (ByteArray(x), Array(_) | MemoryView(_)) => {
            let y = memoryview::simple_bytes(b).ok_or_else(fail)?;
            Some(x.data.borrow().as_slice().cmp(&y))
        }
        (Array(_) | MemoryView(_), ByteArray(y)) => {
            let x = memoryview::simple_bytes(a).ok_or_else(fail)?;
            Some(x.as_slice().cmp(&y.data.borrow()))
        }
        _ => return Err(fail()),
    })
}

/// The members of a set or of a keys or items view: what orders by
/// inclusion.
fn set_like(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Set(s) => Some(s.table.borrow().items()),
        Value::DictView(d) if d.kind != crate::objects::dict::ViewKind::Values => Some(d.items()),
        _ => None,
    }
}

/// `<`, `<=`, `>`, `>=` between a dict view and a set (or another view):
/// inclusion tested with `in`, so items with unhashable values compare.
/// The answer is encoded as `compare`'s Set case encodes it.
fn view_inclusion(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<Ordering>> {
    let (x, y) = (
        set_like(a).unwrap_or_default(),
        set_like(b).unwrap_or_default(),
    );
    let (small, big, members) = match op {
        CmpOp::Lt | CmpOp::LtE => (&x, &y, b),
        _ => (&y, &x, a),
    };
    let strict = matches!(op, CmpOp::Lt | CmpOp::Gt);
    let mut holds = if strict {
        small.len() < big.len()
    } else {
        small.len() <= big.len()
    };
    for item in small {
        if !holds {
            break;
        }
        holds = contains(vm, members, item)?;
    }
    Ok(Some(match (op, holds) {
        (CmpOp::Lt | CmpOp::LtE, true) | (CmpOp::Gt | CmpOp::GtE, false) => Ordering::Less,
        _ => Ordering::Greater,
    }))
}

/// Items of a list or tuple (empty for anything else).
pub fn seq_items_pub(v: &Value) -> Vec<Value> {
    seq_items(v)
}

fn seq_items(v: &Value) -> Vec<Value> {
    match v {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        _ => Vec::new(),
    }
}

/// Evaluates one comparison operator.
pub fn compare_op(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    Ok(match op {
        CmpOp::Eq | CmpOp::NotEq
            if matches!(
                (a, b),
                (Value::List(_), Value::List(_)) | (Value::Tuple(_), Value::Tuple(_))
            ) =>
        {
            let (x, y) = (seq_items(a), seq_items(b));
            let same = x.len() == y.len()
                && vm.nested(exceptions::IN_COMPARISON, |vm| {
                    for (p, q) in x.iter().zip(&y) {
                        if !(p.is(q) || vm.compare(CmpOp::Eq, p, q)?) {
                            return Ok(false);
                        }
                    }
                    Ok(true)
                })?;
            same == (op == CmpOp::Eq)
        }
        CmpOp::Eq | CmpOp::NotEq
            if matches!((a, b), (Value::DictView(_), _) | (_, Value::DictView(_)))
                && set_like(a).is_some()
                && set_like(b).is_some() =>
        {
            let len = |v| set_like(v).map_or(0, |m| m.len());
            let same =
                len(a) == len(b) && view_inclusion(vm, CmpOp::LtE, a, b)? == Some(Ordering::Less);
            same == (op == CmpOp::Eq)
        }
        CmpOp::Eq => eq(vm, a, b)?,
        CmpOp::NotEq => !eq(vm, a, b)?,
        CmpOp::Is => a.is(b),
        CmpOp::IsNot => !a.is(b),
        CmpOp::In => contains(vm, b, a)?,
        CmpOp::NotIn => !contains(vm, b, a)?,
        CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE
            if matches!(
                (a, b),
                (Value::List(_), Value::List(_)) | (Value::Tuple(_), Value::Tuple(_))
            ) =>
        {
            let (x, y) = (seq_items(a), seq_items(b));
            let differing = vm.nested(exceptions::IN_COMPARISON, |vm| {
                for (p, q) in x.iter().zip(&y) {
                    if !(p.is(q) || vm.compare(CmpOp::Eq, p, q)?) {
                        return vm.compare(op, p, q).map(Some);
                    }
                }
                Ok(None)
            })?;
            if let Some(r) = differing {
                return Ok(r);
            }
            let o = x.len().cmp(&y.len());
            match op {
                CmpOp::Lt => o == Ordering::Less,
                CmpOp::LtE => o != Ordering::Greater,
                CmpOp::Gt => o == Ordering::Greater,
                _ => o != Ordering::Less,
            }
        }
        CmpOp::Lt => compare(vm, op, a, b)? == Some(Ordering::Less),
        CmpOp::LtE => matches!(
            compare(vm, op, a, b)?,
            Some(Ordering::Less | Ordering::Equal)
        ),
        CmpOp::Gt => compare(vm, op, a, b)? == Some(Ordering::Greater),
        CmpOp::GtE => matches!(
            compare(vm, op, a, b)?,
            Some(Ordering::Greater | Ordering::Equal)
        ),
    })
}

/// `item in container`.
pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    let resolved;
    let item = if vm.user_keys_seen
        && matches!(
            container,
            Value::Dict(_) | Value::Set(_) | Value::DictView(_)
        )
        && crate::dispatch::is_builtin_key(item)
    {
        resolved = vm.container_key(container, item)?;
        &resolved
    } else {
        item
    };
    match container {
        Value::Str(s) => match item {
            Value::Str(i) => Ok(s.contains(&**i)),
            _ => Err(type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                item.type_name()
            ))),
        },
        Value::Bytes(b) => bytes::contains(vm, &b.clone().data, item),
        Value::ByteArray(b) => {
            let d = b.data.borrow().clone();
            bytes::contains(vm, &d, item)
        }
        Value::Dict(d) => {
            crate::objects::dict::Key::new(item.clone())?;
            Ok(d.get(item)?.is_some())
        }
        Value::Set(s) => s.table.borrow().contains(item),
        Value::DictView(dv) => match dv.kind {
            crate::objects::dict::ViewKind::Keys => Ok(dv.dict.get(item)?.is_some()),
            crate::objects::dict::ViewKind::Items => {
                let Value::Tuple(t) = item else {
                    return Ok(false);
                };
                if t.len() != 2 {
                    return Ok(false);
                }
                match dv.dict.get(&t[0])? {
                    Some(v) => Ok(v.is(&t[1]) || eq(vm, &v, &t[1])?),
                    None => Ok(false),
                }
            }
            crate::objects::dict::ViewKind::Values => {
                let items = dv.items();
                for v in &items {
                    if v.is(item) || eq(vm, v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        },
        Value::Range(r) if r.big.is_some() => crate::objects::range::contains(vm, r, item),
        Value::Range(r) => {
            if let Value::Int(i) = item {
                let i = *i;
                let n = r.len();
                if n == 0 {
                    return Ok(false);
                }
                let off = i as i128 - r.start as i128;
                if off % r.step as i128 != 0 {
                    return Ok(false);
                }
                let k = off / r.step as i128;
                return Ok(k >= 0 && k < n as i128);
            }
            let items: Vec<Value> = (0..r.len()).map(|k| Value::Int(r.get(k))).collect();
            Ok(items.iter().any(|v| eq_simple(v, item)))
        }
        Value::Array(a) => array::contains(vm, a, item),
        Value::Native(_) => vm.native_contains(container, item),
        Value::MemoryView(m) if m.check_iterable().is_err() => {
            // A view that cannot be iterated is "not iterable" if it says so with a TypeError.
            match m.check_iterable() {
                Err(e) if e.exc.typ == exceptions::ExcType::TypeError => {
                    Err(type_error("argument of type 'memoryview' is not iterable"))
                }
                r => r.map(|_| false),
            }
        }
        Value::List(_) | Value::Tuple(_) | Value::MemoryView(_) | Value::Iter(_) => {
            let mut found = false;
            vm.for_each_until(container, |vm, v| {
                found = v.is(item)
                    || if crate::dispatch::user_class(item).is_some()
                        || crate::dispatch::user_class(&v).is_some()
                    {
                        vm.compare(CmpOp::Eq, &v, item)?
                    } else {
                        eq(vm, &v, item)?
                    };
                Ok(found)
            })?;
            Ok(found)
        }
        _ => Err(type_error(format!(
            "argument of type '{}' is not iterable",
            container.type_name()
        ))),
    }
}

const HASH_MOD: u64 = (1 << 61) - 1;

fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MOD);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A NaN no other NaN made so far is identical to.
///
/// CPython's floats are objects: two NaNs made separately are two objects,
/// so `[a] == [b]` is false while `[a] == [a]` is true (containers compare
/// by identity first), and a set keeps both. pyview's floats are unboxed,
/// and `Value::is` compares their bits, so a NaN's identity lives in its
/// payload: each call hands out a new one (quiet bit set, 51 bits of
/// counter). Copies of a value keep its payload, as references keep an
/// object.
pub fn fresh_nan(negative: bool) -> f64 {
    thread_local!(static NEXT: std::cell::Cell<u64> = const { std::cell::Cell::new(0) });
    const PAYLOAD: u64 = (1 << 51) - 1;
    let n = NEXT.with(|c| {
        let n = c.get().wrapping_add(1) & PAYLOAD;
        c.set(n);
        n
    });
    let sign = if negative { 1 << 63 } else { 0 };
    // Payload 0 is the platform's own NaN (`math.nan`, invalid operations).
    f64::from_bits(sign | 0x7ff8_0000_0000_0000 | n.max(1))
}

/// A float result as a new object: a NaN gets its own identity.
#[inline]
pub fn new_float(x: f64) -> f64 {
    if x.is_nan() {
        fresh_nan(x.is_sign_negative())
    } else {
        x
    }
}

/// The bits a float is stored as in a buffer: a NaN's payload is pyview's
/// identity tag (see `fresh_nan`), never data.
#[inline]
pub fn stored_float(x: f64) -> f64 {
    if x.is_nan() {
        f64::NAN.copysign(x)
    } else {
        x
    }
}

fn hash_float(x: f64) -> i64 {
    if x.is_nan() {
        // CPython hashes a NaN by its address: equal only when identical.
        return (x.to_bits() & ((1 << 51) - 1)) as i64;
    }
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x.fract() == 0.0 {
        if let Ok(b) = format::float_to_bigint(x) {
            return hash_bigint(&b);
        }
    }
    // CPython's algorithm: reduce the mantissa modulo 2**61 - 1.
    let (mut m, mut e) = frexp(x.abs());
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & HASH_MOD) | h >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= HASH_MOD {
            h -= HASH_MOD;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    h = ((h << e) & HASH_MOD) | h >> (61 - e);
    let h = if x < 0.0 { -(h as i64) } else { h as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    (
        f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52)),
        exp - 1022,
    )
}

fn hash_bytes(b: &[u8]) -> i64 {
    // CPython hashes empty strings to 0 whatever the seed.
    if b.is_empty() {
        return 0;
    }
    // FNV-1a; CPython randomises str/bytes hashes, so no value is expected.
    let mut h: u64 = 0xcbf29ce484222325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = (h >> 1) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(v)`, with CPython's values for numbers. Nested tuples are
/// hashed by a loop, so any depth is fine (CPython has no limit either).
pub fn hash(v: &Value) -> PyResult<i64> {
    match hashed_as(v) {
        Value::Tuple(t) => hash_tuple(t),
        v => hash_one(v),
    }
}

/// What hashes for `v`: a subclass instance without a hash of its own
/// hashes as its built-in value.
fn hashed_as(mut v: &Value) -> &Value {
    while let Value::Instance(i) = v {
        match &i.base {
            Some(b) if i.hash.get().is_none() => v = b,
            _ => break,
        }
    }
    v
}

const TUPLE_HASH_SEED: u64 = 0x27D4EB2F165667C5;

/// CPython's tuple hash (xxHash-based), over nested tuples without
/// recursion: each open tuple keeps its position and accumulator.
fn hash_tuple(t: &Rc<[Value]>) -> PyResult<i64> {
    let mut open: Vec<(Rc<[Value]>, usize, u64)> = vec![(t.clone(), 0, TUPLE_HASH_SEED)];
    let mut finished: Option<i64> = None;
    while let Some((items, at, acc)) = open.last_mut() {
        if let Some(h) = finished.take() {
            *acc = acc.wrapping_add((h as u64).wrapping_mul(0xC2B2AE3D27D4EB4F));
            *acc = acc.rotate_left(31).wrapping_mul(0x9E3779B185EBCA87);
            *at += 1;
        }
        match items.get(*at).map(hashed_as) {
            Some(Value::Tuple(inner)) => {
                let inner = inner.clone();
                open.push((inner, 0, TUPLE_HASH_SEED));
            }
            Some(item) => finished = Some(hash_one(item)?),
            None => {
                let len = items.len() as u64;
                let h = acc.wrapping_add(len ^ (TUPLE_HASH_SEED ^ 3527539)) as i64;
                finished = Some(if h == -1 { 1546275796 } else { h });
                open.pop();
            }
        }
    }
    Ok(finished.unwrap_or(0))
}

/// `hash(v)` for anything but a tuple.
fn hash_one(v: &Value) -> PyResult<i64> {
    if let Value::Instance(i) = v {
        if let Some(h) = i.hash.get() {
            return Ok(h);
        }
    }
    Ok(match v {
        Value::None => 0x5f5e1000,
        Value::Bool(b) => *b as i64,
        Value::Int(i) => {
            if *i == -1 {
                -2
            } else if i.unsigned_abs() < HASH_MOD {
                *i
            } else {
                hash_bigint(&BigInt::from(*i))
            }
        }
        Value::BigInt(b) => hash_bigint(b),
        Value::Float(f) => hash_float(*f),
        Value::Complex(r, i) => crate::objects::complex::hash(hash_float(*r), hash_float(*i)),
        Value::Str(s) => hash_bytes(s.as_bytes()),
        Value::Bytes(b) => hash_bytes(&b.data),
        Value::Tuple(t) => hash_tuple(t)?,
        // As CPython: the hash of (len, start, step), with None for what
        // an empty or one-item range does not compare.
        Value::Range(r) if r.big.is_some() => match &r.big {
            Some(b) => hash_tuple(&Rc::from(crate::objects::range::hash_key(b)))?,
            None => 0,
        },
        Value::Range(r) => {
            let n = r.len();
            let key = match n {
                0 => [Value::Int(0), Value::None, Value::None],
                1 => [Value::Int(1), Value::Int(r.start), Value::None],
                _ => [Value::Int(n), Value::Int(r.start), Value::Int(r.step)],
            };
            hash_tuple(&Rc::from(key))?
        }
        Value::MemoryView(m) => m.hash()?,
        Value::Set(s) if s.frozen => s.table.borrow().hash(),
        Value::Native(o) if o.hash().is_some() => o.hash().unwrap_or(Ok(0))?,
        Value::Type(t) => hash_bytes(t.name().as_bytes()),
        Value::List(_)
        | Value::Dict(_)
        | Value::ByteArray(_)
        | Value::Array(_)
        | Value::Set(_)
        | Value::Slice(_) => return Err(crate::objects::dict::unhashable(v)),
        // Keys and items views are set-like (compared by contents).
        Value::DictView(d) if d.kind != crate::objects::dict::ViewKind::Values => {
            return Err(crate::objects::dict::unhashable(v))
        }
        other => other.ptr().map(|p| (p >> 4) as i64).unwrap_or(0),
    })
}

/// repr() of values that need no interpreter, at any nesting depth.
pub fn repr_simple(v: &Value) -> String {
    crate::nested::repr_within(v, usize::MAX, &mut |_| true).unwrap_or_default()
}

/// A part of a repr: text, or a nested value still to be rendered.
pub(crate) enum Piece {
    Text(std::borrow::Cow<'static, str>),
    Value(Value),
}

/// One step of repr(): the text of `v`, with the values nested in it left
/// as `Piece::Value`s for the caller's loop to render (so that no depth
/// of nesting can overflow the stack). Reference cycles are the caller's.
pub(crate) fn repr_pieces(v: &Value, out: &mut Vec<Piece>) {
    use std::borrow::Cow::Borrowed;
    let text = |out: &mut Vec<Piece>, s: &'static str| out.push(Piece::Text(Borrowed(s)));
    let items = |out: &mut Vec<Piece>, open: &'static str, items: &[Value], close: &'static str| {
        text(out, open);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                text(out, ", ");
            }
            out.push(Piece::Value(item.clone()));
        }
        text(out, close);
    };
    let leaf = match v {
        Value::List(l) => return items(out, "[", &l.borrow(), "]"),
        Value::Tuple(t) if t.len() == 1 => return items(out, "(", t, ",)"),
        Value::Tuple(t) => return items(out, "(", t, ")"),
        Value::Dict(d) => {
            text(out, "{");
            for (i, (k, val)) in d.map.borrow().iter().enumerate() {
                if i > 0 {
                    text(out, ", ");
                }
                out.push(Piece::Value(k.value.clone()));
                text(out, ": ");
                out.push(Piece::Value(val.clone()));
            }
            return text(out, "}");
        }
        Value::Set(s) => {
            let members = s.table.borrow().items();
            return match (s.frozen, members.is_empty()) {
                (false, true) => text(out, "set()"),
                (true, true) => text(out, "frozenset()"),
                (false, false) => items(out, "{", &members, "}"),
                (true, false) => items(out, "frozenset({", &members, "})"),
            };
        }
        Value::DictView(dv) => {
            out.push(Piece::Text(format!("{}([", dv.type_name()).into()));
            return items(out, "", &dv.items(), "])");
        }
        Value::Exception(e) => {
            out.push(Piece::Text(format!("{}(", e.short_type_name()).into()));
            return items(out, "", &e.args.borrow(), ")");
        }
        Value::Slice(s) => {
            let parts = [s.start.clone(), s.stop.clone(), s.step.clone()];
            return items(out, "slice(", &parts, ")");
        }
        Value::BoundMethod(m) => match &m.func {
            Value::Function(f) => {
                out.push(Piece::Text(
                    format!("<bound method {} of ", f.qualname()).into(),
                ));
                return items(out, "", std::slice::from_ref(&m.this), ">");
            }
            _ => match &m.this {
                // An instance method taken from its type is a descriptor.
                Value::Type(t @ (TypeId::Bytes | TypeId::ByteArray))
                    if !bytes::CLASS_METHODS.contains(&&*m.name) =>
                {
                    format!("<method '{}' of '{}' objects>", m.name, t.name())
                }
                // A class method is bound to the type, even taken from a value.
                this if crate::builtins::class_method(this.type_id(), &m.name).is_some()
                    || (matches!(this, Value::Bytes(_) | Value::ByteArray(_))
                        && &*m.name == "maketrans") =>
                {
                    format!(
                        "<built-in method {} of type object at {:#x}>",
                        m.name,
                        this.ptr().unwrap_or(0)
                    )
                }
                this => crate::objects::descriptor::bound_repr(this, &m.name),
            },
        },
        Value::Wrapper(w) => match &**w {
            crate::objects::descriptor::Wrapper::StaticMethod(f) => {
                return items(out, "<staticmethod(", std::slice::from_ref(f), ")>")
            }
            crate::objects::descriptor::Wrapper::ClassMethod(f) => {
                return items(out, "<classmethod(", std::slice::from_ref(f), ")>")
            }
            crate::objects::descriptor::Wrapper::TupleGetter { index, doc } => {
                out.push(Piece::Text(format!("_tuplegetter({index}, ").into()));
                out.push(Piece::Value(doc.borrow().clone()));
                return text(out, ")");
            }
            // The others hold no value that repr() shows.
            other => other.repr(v.ptr().unwrap_or(0), |_| String::new()),
        },
        Value::None => "None".into(),
        Value::Ellipsis => "Ellipsis".into(),
        Value::NotImplemented => "NotImplemented".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => b.to_string(),
        Value::Float(f) => format::float_repr(*f),
        Value::Complex(r, i) => complex_repr(*r, *i),
        Value::Str(s) => crate::objects::str::repr(s),
        Value::Bytes(b) => bytes::repr(&b.data),
        Value::ByteArray(b) => bytearray::repr(&b.data.borrow()),
        Value::MemoryView(m) => m.repr(v.ptr().unwrap_or(0)),
        Value::Array(a) => a.repr().unwrap_or_default(),
        Value::Range(r) if r.big.is_some() => r
            .big
            .as_ref()
            .map(|b| crate::objects::range::repr(b))
            .unwrap_or_default(),
        Value::Range(r) => {
            if r.step == 1 {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            }
        }
        Value::Function(f) => format!("<function {} at {:#x}>", f.qualname(), v.ptr().unwrap_or(0)),
        // The site module's `exit` and `quit` are objects with this repr.
        Value::Builtin(b) if b.module.is_none() && matches!(&*b.name, "exit" | "quit") => {
            format!("Use {}() or Ctrl-D (i.e. EOF) to exit", b.name)
        }
        // Every built-in `__new__` is a static method of its type, which
        // CPython shows bound to it.
        Value::Builtin(b) if &*b.name == "__new__" => format!(
            "<built-in method __new__ of type object at {:#x}>",
            v.ptr().unwrap_or(0)
        ),
        Value::Builtin(b) => match &b.receiver {
            Some(r) => crate::objects::descriptor::bound_repr(r, &b.name),
            None => format!("<built-in function {}>", b.name),
        },
        Value::Module(m) => {
            let name = m.display_name();
            // The modules CPython 3.11 freezes into its binary.
            const FROZEN: &[&str] = &[
                "abc",
                "codecs",
                "io",
                "_collections_abc",
                "_sitebuiltins",
                "genericpath",
                "ntpath",
                "posixpath",
                "os",
                "site",
                "stat",
            ];
            match m.file() {
                _ if FROZEN.contains(&&*name) => format!("<module '{name}' (frozen)>"),
                Some(file) => format!("<module '{name}' from '{file}'>"),
                None => format!("<module '{name}' (built-in)>"),
            }
        }
        // functools' namedtuple is named without its module (its repr and
        // messages say `CacheInfo`) but its class shows the module.
        Value::Type(TypeId::Native("CacheInfo")) => "<class 'functools.CacheInfo'>".to_string(),
        Value::Type(t) => format!("<class '{}'>", t.name()),
        Value::Iter(it) => match crate::objects::iter::generator_of(it) {
            Some(g) => format!(
                "<{} object {} at {:#x}>",
                crate::generator::kind_of(&g.borrow().func.def),
                g.borrow().qualname(),
                v.ptr().unwrap_or(0)
            ),
            None => format!(
                "<{} object at {:#x}>",
                it.borrow().type_name(),
                v.ptr().unwrap_or(0)
            ),
        },
        Value::Cell(_) => "<cell>".into(),
        Value::Native(o) => o.repr(v.ptr().unwrap_or(0)),
        Value::Class(c) => format!("<class '{}'>", c.display_name()),
        Value::Instance(i) => format!(
            "<{} object at {:#x}>",
            i.class().display_name(),
            v.ptr().unwrap_or(0)
        ),
        Value::Super(s) => {
            let class = match &s.class {
                Value::Class(c) => c.name().to_string(),
                Value::Type(t) => t.short_name().to_string(),
                other => other.type_name().to_string(),
            };
            match &s.start {
                Some(Value::Class(c)) => {
                    format!("<super: <class '{class}'>, <{} object>>", c.name())
                }
                Some(Value::Type(t)) => {
                    format!("<super: <class '{class}'>, <{} object>>", t.name())
                }
                _ => format!("<super: <class '{class}'>, NULL>"),
            }
        }
        Value::Stream(s) => match s {
            crate::value::Stream::Stdout => {
                "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>".into()
            }
            crate::value::Stream::Stderr => {
                "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>".into()
            }
            crate::value::Stream::Stdin => {
                "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>".into()
            }
        },
    };
    out.push(Piece::Text(leaf.into()));
}

fn complex_repr(r: f64, i: f64) -> String {
    let part = |x: f64| {
        let s = format::float_repr(x);
        s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
    };
    if r == 0.0 && r.is_sign_positive() {
        format!("{}j", part(i))
    } else {
        let sign = if i < 0.0 || (i == 0.0 && i.is_sign_negative()) {
            "-"
        } else {
            "+"
        };
        format!("({}{}{}j)", part(r), sign, part(i.abs()))
    }
}

/// The message of an exception: `str(exc)`.
pub fn exc_message(e: &crate::exceptions::PyException) -> String {
    if let Some(m) = crate::exceptions::unicode_error_message(e)
        .or_else(|| crate::exceptions::os_error_message(e))
    {
        return m;
    }
    if let Some(m) = crate::exceptions::syntax_error_message(e)
        .or_else(|| crate::objects::exception_group::message(e))
    {
        return m;
    }
    let args = e.args.borrow();
    match args.len() {
        0 => String::new(),
        1 => {
            if e.typ == crate::exceptions::ExcType::KeyError {
                repr_simple(&args[0])
            } else {
                str_simple(&args[0])
            }
        }
        _ => repr_simple(&Value::Tuple(args.clone().into())),
    }
}

/// str() of values that need no interpreter.
pub fn str_simple(v: &Value) -> String {
    match v {
        Value::Str(s) => s.to_string(),
        Value::Exception(e) => exc_message(e),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => format::float_repr(*f),
        _ => repr_simple(v),
    }
}

/// str() with the int digit limit checked.
pub fn to_str(v: &Value) -> PyResult<String> {
    if let Value::BigInt(b) = v {
        check_str_digits(b)?;
    }
    Ok(str_simple(v))
}

pub fn to_repr(v: &Value) -> PyResult<String> {
    to_repr_within(v, usize::MAX, &mut |_| true)
}

/// `to_repr`, refusing values nested more than `budget` deep with
/// CPython's RecursionError, and text longer than `grant` allows (see
/// [`crate::nested::repr_within`]) with MemoryError.
pub fn to_repr_within(
    v: &Value,
    budget: usize,
    grant: &mut dyn FnMut(usize) -> bool,
) -> PyResult<String> {
    if let Value::Array(a) = v {
        return a.repr();
    }
    if let Value::BigInt(b) = v {
        check_str_digits(b)?;
    }
    crate::nested::repr_within(v, budget, grant).map_err(|e| match e {
        crate::nested::ReprStop::TooDeep => exceptions::recursion_error(exceptions::IN_REPR),
        crate::nested::ReprStop::TooLarge => crate::limits::memory_error(),
    })
}

/// CPython's refusal to write an int of more decimal digits than the
/// current limit.
pub fn str_digits_exceeded() -> String {
    format!(
        "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        max_str_digits()
    )
}

/// CPython's refusal to read an int of `digits` digits (in a base that is
/// not a power of two) over the current limit.
pub fn check_parse_digits(digits: usize) -> PyResult<()> {
    let limit = max_str_digits();
    if limit > 0 && digits > STR_DIGITS_THRESHOLD && digits > limit {
        return Err(value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

pub fn check_str_digits(b: &BigInt) -> PyResult<()> {
    if exceeds_str_digits(b) {
        return Err(value_error(str_digits_exceeded()));
    }
    Ok(())
}

/// Whether `b` has more decimal digits than `str()` may write. As CPython,
/// a number of many 30-bit digits is refused without converting it (which
/// is quadratic); below that, a cheap bound on bits * log10(2) decides
/// whether the exact count is needed.
pub fn exceeds_str_digits(b: &BigInt) -> bool {
    let limit = max_str_digits();
    if limit == 0 {
        return false;
    }
    let size = b.bits().div_ceil(30);
    if size >= (10 * STR_DIGITS_THRESHOLD / (3 * 30) + 2) as u64
        && (limit / (3 * 30)) as u64 <= (size - 11) / 10
    {
        return true;
    }
    b.bits() as f64 * std::f64::consts::LOG10_2 > limit.max(STR_DIGITS_THRESHOLD) as f64 - 1.0
        && b.magnitude().to_string().len() > limit.max(STR_DIGITS_THRESHOLD)
}

/// Helper for `type(x) is T` checks in builtins.
pub fn is_type(v: &Value, t: TypeId) -> bool {
    v.type_id() == t
}

pub fn byte_repr(data: &[u8]) -> String {
    let mut s = String::new();
    byteops::repr_bytes(data, &mut s);
    s
}
