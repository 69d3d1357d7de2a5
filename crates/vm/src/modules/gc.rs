//! The `gc` module: the interface to the cycle collector (`collector`).
//!
//! `collect()` runs a full collection and returns the number of
//! unreachable objects it found (see `collector` for which cycles it can
//! see); `enable`/`disable`/`isenabled` switch the automatic collections.
//! There is one generation: `collect(0)` and `collect(1)` collect all,
//! and the thresholds are kept for `get_threshold` without effect.
//! `is_tracked` answers as CPython's collector would for a value that has
//! been through one collection (atoms, and containers of atoms only, are
//! untracked). Not provided: `get_objects`, `get_referrers`,
//! `get_referents`, `get_stats`, `get_count`, `freeze`; `garbage` stays
//! empty (every cycle is collectable since PEP 442).

use crate::exceptions::{value_error, PyResult};
use crate::interp::Vm;
use crate::objects::function::{closure, Args};
use crate::objects::module::PyModule;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// CPython's default thresholds for the three generations.
const DEFAULT_THRESHOLDS: [i64; 3] = [700, 10, 10];

pub fn module() -> Rc<PyModule> {
    let thresholds = Rc::new(RefCell::new(DEFAULT_THRESHOLDS));
    let debug = Rc::new(Cell::new(0i64));
    let mut attrs: Vec<(&str, Value)> = vec![
        ("collect", closure("collect", collect)),
        ("is_tracked", closure("is_tracked", is_tracked)),
        ("garbage", Value::new_list(Vec::new())),
        ("callbacks", Value::new_list(Vec::new())),
        ("DEBUG_STATS", Value::Int(1)),
        ("DEBUG_COLLECTABLE", Value::Int(2)),
        ("DEBUG_UNCOLLECTABLE", Value::Int(4)),
        ("DEBUG_SAVEALL", Value::Int(32)),
        ("DEBUG_LEAK", Value::Int(38)),
    ];
    for (name, on) in [("enable", true), ("disable", false)] {
        attrs.push((
            name,
            closure(name, move |vm, args| {
                args.check_none(name)?;
                vm.gc.enabled = on;
                Ok(Value::None)
            }),
        ));
    }
    attrs.push((
        "isenabled",
        closure("isenabled", move |vm, args| {
            args.check_none("isenabled")?;
            Ok(Value::Bool(vm.gc.enabled))
        }),
    ));
    let read = thresholds.clone();
    attrs.push((
        "get_threshold",
        closure("get_threshold", move |_, args| {
            args.check_none("get_threshold")?;
            Ok(Value::new_tuple(
                read.borrow().iter().map(|&n| Value::Int(n)).collect(),
            ))
        }),
    ));
    attrs.push((
        "set_threshold",
        closure("set_threshold", move |_, args| {
            args.no_kwargs("set_threshold")?;
            let n = args.pos.len();
            if n == 0 {
                return Err(crate::exceptions::arg_count(
                    "set_threshold()",
                    "at least 1 argument",
                    n,
                ));
            }
            if n > 3 {
                return Err(crate::exceptions::arg_count(
                    "set_threshold()",
                    "at most 3 arguments",
                    n,
                ));
            }
            let mut new = *thresholds.borrow();
            for (slot, v) in new.iter_mut().zip(&args.pos) {
                *slot = crate::ops::index_i64(v)?;
            }
            *thresholds.borrow_mut() = new;
            Ok(Value::None)
        }),
    ));
    let flags = debug.clone();
    attrs.push((
        "get_debug",
        closure("get_debug", move |_, args| {
            args.check_none("get_debug")?;
            Ok(Value::Int(flags.get()))
        }),
    ));
    attrs.push((
        "set_debug",
        closure("set_debug", move |_, args| {
            let v = args.check_one("set_debug")?;
            debug.set(crate::ops::index_i64(v)?);
            Ok(Value::None)
        }),
    ));
    PyModule::new("gc", attrs)
}

/// `gc.collect(generation=2)`: the number of unreachable objects found.
fn collect(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.parse("collect", &["generation"], 0, 0, 1)?;
    if let Some(g) = &a[0] {
        let g = crate::ops::index_i64(g)?;
        if !(0..=2).contains(&g) {
            return Err(value_error("invalid generation"));
        }
    }
    let found = vm.collect_cycles();
    // The finalizers and weak reference callbacks the freeing queued.
    vm.finalize_discarded();
    Ok(Value::from_usize(found))
}

/// `gc.is_tracked(obj)`.
fn is_tracked(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.check_one("is_tracked")?;
    Ok(Value::Bool(tracked(v)))
}

/// Whether CPython's collector would track `v` after a collection:
/// objects that cannot refer to others never are, and tuples and dicts
/// are untracked while they hold only untracked values.
fn tracked(v: &Value) -> bool {
    match crate::dispatch::base_value(v) {
        Some(_) => true,
        None => match v {
            Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Complex(..)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)
            | Value::Range(_)
            | Value::Ellipsis
            | Value::NotImplemented => false,
            Value::Tuple(t) => t.iter().any(tracked),
            Value::Dict(d) if d.is_plain() => d
                .map
                .borrow()
                .iter()
                .any(|(k, v)| tracked(&k.value) || tracked(v)),
            _ => true,
        },
    }
}
