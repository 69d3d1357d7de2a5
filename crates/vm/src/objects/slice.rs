//! Index and slice normalisation, in one place for every sequence type.

use crate::exceptions::{type_error, value_error, PyResult};
use crate::value::{PySlice, Value};
use num_traits::Signed;

/// A slice resolved against a length: `len` items starting at `start`,
/// `step` apart (CPython's `PySlice_AdjustIndices`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SliceIndices {
    pub start: isize,
    pub stop: isize,
    pub step: isize,
    pub len: usize,
}

impl SliceIndices {
    /// Whether the slice selects all `len` items in order, so that an
    /// immutable sequence can hand back itself, as CPython's do.
    pub fn is_whole(self, len: usize) -> bool {
        self.step == 1 && self.len == len
    }

    /// The positions selected, in order.
    pub fn iter(self) -> impl Iterator<Item = usize> {
        (0..self.len).map(move |i| (self.start + i as isize * self.step) as usize)
    }
}

pub const INDICES_MESSAGE: &str =
    "slice indices must be integers or None or have an __index__ method";

/// A slice component as an isize, clamped like CPython's `_PyEval_SliceIndex`.
fn component(v: &Value) -> PyResult<Option<isize>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(
            (*i).clamp(isize::MIN as i64, isize::MAX as i64) as isize
        )),
        Value::Bool(b) => Ok(Some(*b as isize)),
        Value::BigInt(b) => Ok(Some(if b.is_negative() {
            isize::MIN
        } else {
            isize::MAX
        })),
        _ => Err(type_error(INDICES_MESSAGE)),
    }
}

/// A bound of `x[a:b]` that needs no conversion: an int or None
/// (`Some(None)` for None); `None` for anything else.
#[inline]
pub fn unit_bound(v: &Value) -> Option<Option<i64>> {
    match v {
        Value::Int(i) => Some(Some(*i)),
        Value::None => Some(None),
        _ => None,
    }
}

/// `adjust` for step 1 with int-or-None bounds: (start, len), as
/// `adjust` gives them (start clamped even when the slice is empty).
#[inline]
pub fn adjust_unit(start: Option<i64>, stop: Option<i64>, len: usize) -> (usize, usize) {
    let n = len as i64;
    let fix = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(v) if v < 0 => (v + n).max(0),
        Some(v) => v.min(n),
    };
    let (a, b) = (fix(start, 0), fix(stop, n));
    (a as usize, if a < b { (b - a) as usize } else { 0 })
}

pub fn adjust(slice: &PySlice, len: usize) -> PyResult<SliceIndices> {
    let step = component(&slice.step)?.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    // Avoid -step overflow, as CPython does.
    let step = step.max(-isize::MAX);
    let len = len as isize;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |v: Option<isize>, default: isize| -> isize {
        match v {
            None => default,
            Some(v) if v < 0 => (v + len).max(lower),
            Some(v) => v.min(upper),
        }
    };
    let start = fix(
        component(&slice.start)?,
        if step < 0 { upper } else { lower },
    );
    let stop = fix(
        component(&slice.stop)?,
        if step < 0 { lower } else { upper },
    );
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok(SliceIndices {
        start,
        stop,
        step,
        len: n as usize,
    })
}

/// Normalises a possibly negative index; `None` when out of range.
pub fn index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i.checked_add(len as i64)? } else { i };
    if j >= 0 && (j as u64) < len as u64 {
        Some(j as usize)
    } else {
        None
    }
}

/// An integer index from a subscript value (`None` if it is not an int).
pub fn as_index(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::BigInt(b) => Some(if b.is_negative() { i64::MIN } else { i64::MAX }),
        _ => None,
    }
}

/// The `[start, end)` window of find/count/startswith-style methods over a
/// sequence of `len` items (CPython's `ADJUST_INDICES`); `None` when it
/// starts past the end or ends before its start, where not even an empty
/// needle matches.
pub fn search_window(start: Option<i64>, end: Option<i64>, len: usize) -> Option<(usize, usize)> {
    let n = len as i64;
    let fix = |v: i64| {
        if v < 0 {
            (v.saturating_add(n)).max(0)
        } else {
            v
        }
    };
    let start = fix(start.unwrap_or(0));
    let end = fix(end.unwrap_or(n)).min(n);
    if start > n || end < start {
        return None;
    }
    Some((start as usize, end as usize))
}
