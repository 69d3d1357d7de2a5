//! The `_bisect` module: `bisect_left`, `bisect_right`, `insort_left` and
//! `insort_right`, which CPython writes in C and the Python-source
//! `bisect` re-exports. As built-ins they add no traceback frame and
//! parse their arguments as Argument Clinic does
//! (`bisect_right() missing required argument 'x' (pos 2)`).
//!
//! The sequence is read with `a[i]` (any sequence works) and items are
//! compared with `<` only, through `key` when given; `insort` inserts with
//! `a.insert(i, x)`.

use crate::exceptions::{self, type_error, PyResult};
use crate::interp::Vm;
use crate::objects::function::{builtin, Args};
use crate::objects::module::PyModule;
use crate::value::Value;
use pyview_syntax::ir::CmpOp;
use std::rc::Rc;

pub fn module() -> Rc<PyModule> {
    let f = |name, func| (name, builtin(name, Some("_bisect"), func));
    PyModule::new(
        "_bisect",
        vec![
            f("bisect_left", bisect_left),
            f("bisect_right", bisect_right),
            f("insort_left", insort_left),
            f("insort_right", insort_right),
        ],
    )
}

/// The parsed arguments: the sequence, the item, the bounds and `key`.
struct Call {
    a: Value,
    x: Value,
    lo: i64,
    hi: i64,
    key: Option<Value>,
}

fn parse(vm: &mut Vm, args: &Args, func: &str) -> PyResult<Call> {
    let s = args.parse(func, &["a", "x", "lo", "hi", "key"], 0, 2, 4)?;
    let (Some(a), Some(x)) = (s[0].clone(), s[1].clone()) else {
        return Err(type_error(format!("{func}() missing required argument")));
    };
    let lo = match &s[2] {
        Some(v) => crate::ops::index_i64(&crate::modules::index_value(vm, v)?)?,
        None => 0,
    };
    let hi = match &s[3] {
        None | Some(Value::None) => -1,
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => crate::ops::index_i64(v)?,
        Some(v) => {
            return Err(type_error(format!(
                "argument should be integer or None, not '{}'",
                v.type_name()
            )))
        }
    };
    let key = s[4].clone().filter(|k| !k.is_none());
    Ok(Call { a, x, lo, hi, key })
}

/// The insertion point of `x` (already through `key`) in `c.a`: after
/// equal items when `right`.
fn search(vm: &mut Vm, c: &Call, x: &Value, right: bool) -> PyResult<usize> {
    if c.lo < 0 {
        return Err(exceptions::value_error("lo must be non-negative"));
    }
    let (mut lo, mut hi) = (c.lo, c.hi);
    if hi == -1 {
        hi = i64::try_from(vm.len_of(&c.a)?).unwrap_or(i64::MAX);
    }
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let mut item = vm.getitem(&c.a, &Value::Int(mid))?;
        if let Some(key) = &c.key {
            item = vm.call(key, Args::new(vec![item]))?;
        }
        let go_left = if right {
            vm.compare(CmpOp::Lt, x, &item)?
        } else {
            !vm.compare(CmpOp::Lt, &item, x)?
        };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(usize::try_from(lo).unwrap_or(0))
}

fn bisect(vm: &mut Vm, args: &Args, func: &str, right: bool) -> PyResult<Value> {
    let c = parse(vm, args, func)?;
    search(vm, &c, &c.x, right).map(Value::from_usize)
}

fn insort(vm: &mut Vm, args: &Args, func: &str, right: bool) -> PyResult<Value> {
    let c = parse(vm, args, func)?;
    let keyed = match &c.key {
        Some(key) => vm.call(key, Args::new(vec![c.x.clone()]))?,
        None => c.x.clone(),
    };
    let i = search(vm, &c, &keyed, right)?;
    vm.call_method(
        &c.a,
        "insert",
        Args::new(vec![Value::from_usize(i), c.x.clone()]),
    )?;
    Ok(Value::None)
}

fn bisect_left(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bisect(vm, args, "bisect_left", false)
}

fn bisect_right(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bisect(vm, args, "bisect_right", true)
}

fn insort_left(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    insort(vm, args, "insort_left", false)
}

fn insort_right(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    insort(vm, args, "insort_right", true)
}
