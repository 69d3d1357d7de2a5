//! `range` objects beyond 64 bits (`range(1 << 64)`, `range(-2**63,
//! 2**63 - 1)`), and the operations on ranges that must tell the two
//! kinds apart.
//!
//! A range whose start, stop, step and length all fit an `i64` keeps them
//! inline in [`PyRange`] (the fast path of loops, indexing and `in`, in
//! `value.rs`, `interp.rs` and `ops.rs`); any other range carries a
//! [`BigRange`] and its inline fields are unused. As in CPython, a big
//! range indexes, slices, iterates (a `longrange_iterator`), reverses,
//! compares, hashes, answers `in`, `count` and `index` and prints, but
//! refuses `len()` when its length does not fit a signed 64-bit size.
//! Invariant: `big` is `Some` exactly when one of the four does not fit.

use crate::exceptions::{self, PyResult};
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::value::{PyRange, PySlice, Value};
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The bounds and length of a range that does not fit 64 bits.
#[derive(Debug)]
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}

const TOO_LARGE: &str = "Python int too large to convert to C ssize_t";

/// The number of items of `range(start, stop, step)` (`step` non-zero).
fn length(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (span, by) = if step.is_positive() {
        (stop - start, step.clone())
    } else {
        (start - stop, -step)
    };
    if span.is_positive() {
        (span - 1u8) / by + 1u8
    } else {
        BigInt::zero()
    }
}

/// The range `range(start, stop, step)` (`step` non-zero), inline when
/// it fits.
pub fn make(start: BigInt, stop: BigInt, step: BigInt) -> PyRange {
    let len = length(&start, &stop, &step);
    if let (Some(a), Some(b), Some(c), Some(_)) =
        (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64())
    {
        return PyRange {
            start: a,
            stop: b,
            step: c,
            big: None,
        };
    }
    PyRange {
        start: 0,
        stop: 0,
        step: 1,
        big: Some(Box::new(BigRange {
            start,
            stop,
            step,
            len,
        })),
    }
}

/// `(start, stop, step, len)` as big integers, for either kind.
fn parts(r: &PyRange) -> (BigInt, BigInt, BigInt, BigInt) {
    match &r.big {
        Some(b) => (
            b.start.clone(),
            b.stop.clone(),
            b.step.clone(),
            b.len.clone(),
        ),
        None => (r.start.into(), r.stop.into(), r.step.into(), r.len().into()),
    }
}

/// `len(r)`: refused when it does not fit a signed 64-bit size.
pub fn len(r: &PyRange) -> PyResult<usize> {
    match &r.big {
        Some(b) => b
            .len
            .to_i64()
            .and_then(|n| usize::try_from(n).ok())
            .ok_or_else(|| exceptions::overflow_error(TOO_LARGE)),
        None => Ok(r.len() as usize),
    }
}

/// `r.start`, `r.stop`, `r.step` of a big range.
pub fn attr(b: &BigRange, name: &str) -> Option<Value> {
    let v = match name {
        "start" => &b.start,
        "stop" => &b.stop,
        "step" => &b.step,
        _ => return None,
    };
    Some(Value::from_bigint(v.clone()))
}

/// `repr(r)` of a big range.
pub fn repr(b: &BigRange) -> String {
    if b.step.is_one() {
        format!("range({}, {})", b.start, b.stop)
    } else {
        format!("range({}, {}, {})", b.start, b.stop, b.step)
    }
}

/// The position of `x` among a big range's items, if it is one.
pub fn position(b: &BigRange, x: &BigInt) -> Option<BigInt> {
    let off = x - &b.start;
    if !(&off % &b.step).is_zero() {
        return None;
    }
    let i = off / &b.step;
    (!i.is_negative() && i < b.len).then_some(i)
}

/// `r[i]` of a big range (`i` may be negative).
pub fn item(b: &BigRange, i: &BigInt) -> PyResult<Value> {
    let i = if i.is_negative() {
        i + &b.len
    } else {
        i.clone()
    };
    if i.is_negative() || i >= b.len {
        return Err(exceptions::index_error("range object index out of range"));
    }
    Ok(Value::from_bigint(&b.start + i * &b.step))
}

/// `r[start:stop:step]` of a big range (or a slice beyond 64 bits of a
/// small one), computed on big integers with CPython's slice clamping.
pub fn slice(r: &PyRange, s: &PySlice) -> PyResult<PyRange> {
    let (start, _, step, len) = parts(r);
    let bound = |v: &Value| -> PyResult<Option<BigInt>> {
        match v {
            Value::None => Ok(None),
            v => crate::ops::as_bigint(v)
                .map(Some)
                .ok_or_else(|| exceptions::type_error(crate::objects::slice::INDICES_MESSAGE)),
        }
    };
    let by = bound(&s.step)?.unwrap_or_else(BigInt::one);
    if by.is_zero() {
        return Err(exceptions::value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if by.is_negative() {
        (BigInt::from(-1), &len - 1u8)
    } else {
        (BigInt::zero(), len.clone())
    };
    let clamp = |v: Option<BigInt>, default: &BigInt| match v {
        None => default.clone(),
        Some(v) if v.is_negative() => (v + &len).max(lower.clone()),
        Some(v) => v.min(upper.clone()),
    };
    let (first, last) = if by.is_negative() {
        (&upper, &lower)
    } else {
        (&lower, &upper)
    };
    let from = clamp(bound(&s.start)?, first);
    let to = clamp(bound(&s.stop)?, last);
    Ok(make(&start + from * &step, &start + to * &step, step * by))
}

/// `item in r` for a big range: by arithmetic for an int, else by
/// comparing each item in turn (as CPython does).
pub fn contains(vm: &mut Vm, r: &PyRange, item: &Value) -> PyResult<bool> {
    let Some(b) = &r.big else {
        return Ok(false);
    };
    if let Some(x) = crate::ops::as_bigint(item) {
        return Ok(position(b, &x).is_some());
    }
    let mut it = LongRangeIter::new(b, false);
    while let Some(v) = it.advance() {
        vm.check_interrupt()?;
        if vm.compare(pyview_syntax::ir::CmpOp::Eq, &v, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `r[key]` of a big range: an item or a range.
pub fn getitem(r: &PyRange, key: &Value) -> PyResult<Value> {
    match (&r.big, key) {
        (_, Value::Slice(s)) => Ok(Value::Range(std::rc::Rc::new(slice(r, s)?))),
        (Some(b), k) => match crate::ops::as_bigint(k) {
            Some(i) => item(b, &i),
            None => Err(exceptions::type_error(format!(
                "range indices must be integers or slices, not {}",
                k.type_name()
            ))),
        },
        (None, _) => Err(exceptions::index_error("range object index out of range")),
    }
}

/// `r.count(x)` and `r.index(x)` of a big range.
pub fn method(vm: &mut Vm, r: &PyRange, name: &str, args: &Args) -> Option<PyResult<Value>> {
    let b = r.big.as_ref()?;
    let qualname = match name {
        "count" => "range.count",
        "index" => "range.index",
        _ => return None,
    };
    Some(args.check_one(qualname).and_then(|x| {
        let found = match crate::ops::as_bigint(x) {
            Some(n) => position(b, &n),
            None => {
                // Any other object is compared with each item in turn.
                let mut it = LongRangeIter::new(b, false);
                let mut i = BigInt::zero();
                let mut at = None;
                let mut count = BigInt::zero();
                while let Some(v) = it.advance() {
                    vm.check_interrupt()?;
                    if vm.compare(pyview_syntax::ir::CmpOp::Eq, &v, x)? {
                        if name == "index" {
                            at = Some(i);
                            break;
                        }
                        count += 1u8;
                    }
                    i += 1u8;
                }
                if name == "count" {
                    return Ok(Value::from_bigint(count));
                }
                at
            }
        };
        match (name, found) {
            ("count", f) => Ok(Value::Int(f.is_some() as i64)),
            (_, Some(i)) => Ok(Value::from_bigint(i)),
            (_, None) => Err(exceptions::value_error(format!(
                "{} is not in range",
                vm.repr_of(x)?
            ))),
        }
    }))
}

/// Whether two ranges (either kind) hold the same items.
pub fn equal(x: &PyRange, y: &PyRange) -> bool {
    let ((xs, _, xb, xn), (ys, _, yb, yn)) = (parts(x), parts(y));
    xn == yn && (xn.is_zero() || (xs == ys && (xn.is_one() || xb == yb)))
}

/// What a big range hashes as: `(len, start, step)`, with `None` for what
/// an empty or one-item range does not compare.
pub fn hash_key(b: &BigRange) -> [Value; 3] {
    let n = Value::from_bigint(b.len.clone());
    if b.len.is_zero() {
        [n, Value::None, Value::None]
    } else if b.len.is_one() {
        [n, Value::from_bigint(b.start.clone()), Value::None]
    } else {
        [
            n,
            Value::from_bigint(b.start.clone()),
            Value::from_bigint(b.step.clone()),
        ]
    }
}

/// The state of a `longrange_iterator`: the next item, how many are left
/// and the step (negated for `reversed`).
#[derive(Debug)]
pub struct LongRangeIter {
    pub next: BigInt,
    pub left: BigInt,
    pub step: BigInt,
}

impl LongRangeIter {
    pub fn new(b: &BigRange, reversed: bool) -> LongRangeIter {
        if reversed {
            let last = if b.len.is_zero() {
                b.start.clone()
            } else {
                &b.start + (&b.len - 1u8) * &b.step
            };
            LongRangeIter {
                next: last,
                left: b.len.clone(),
                step: -&b.step,
            }
        } else {
            LongRangeIter {
                next: b.start.clone(),
                left: b.len.clone(),
                step: b.step.clone(),
            }
        }
    }

    pub fn advance(&mut self) -> Option<Value> {
        if !self.left.is_positive() {
            return None;
        }
        let v = Value::from_bigint(self.next.clone());
        self.left -= 1u8;
        self.next += &self.step;
        Some(v)
    }
}
