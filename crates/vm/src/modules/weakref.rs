//! `_pyview_weakref`: the native half of `_weakref` and `weakref` (Python
//! source, `py/_weakref.py` with `ref` and `proxy`, `py/weakref.py` with
//! `WeakValueDictionary`, `WeakKeyDictionary`, `WeakSet`, `WeakMethod`
//! and `finalize`).
//!
//! A handle (`_weakref._handle(obj, owner, callback)`) holds a Rust
//! `Weak` to the object: it answers `get()` with the object while some
//! strong reference keeps it alive, None after. Objects are freed by
//! reference counting, so an object dies when CPython's would, except in
//! a reference cycle (pyview has no cycle collector: such objects stay
//! alive). Weakly referenceable: instances of Python classes, functions,
//! classes, sets and generators; a bound method is a fresh object each
//! time it is looked up, so a reference to one is dead at once, as in
//! CPython once the method is dropped.
//!
//! Callbacks: a handle with a callback is listed under the address of
//! its instance (only instances report their death: `PyInstance`'s
//! `Drop` calls [`instance_freed`]). When the instance is freed, the
//! callback of each handle whose owner (the `ref` object) still lives is
//! queued with that owner and run by the interpreter at its next
//! statement or call, after any `__del__`, as CPython runs them; an
//! exception from one is reported as unraisable. Handles hold their
//! owner weakly, so a dropped `ref` calls nothing.

use crate::exceptions::{type_error, PyResult};
use crate::interp::Vm;
use crate::objects::class::{PyClass, PyInstance};
use crate::objects::function::{builtin, Args, PyFunction};
use crate::objects::module::PyModule;
use crate::objects::native::NativeObject;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

/// What a handle refers to.
#[derive(Debug)]
enum Target {
    Instance(Weak<PyInstance>),
    Function(Weak<PyFunction>),
    Class(Weak<PyClass>),
    Set(Weak<crate::objects::set::PySet>),
    Iter(Weak<RefCell<crate::objects::iter::PyIter>>),
    /// A bound method: dead once made (nothing else holds it).
    Gone,
}

#[derive(Debug)]
struct Handle {
    target: Target,
    /// The address the object had, for `getweakrefcount`.
    addr: usize,
    /// The `ref` object this handle belongs to, and its callback.
    owner: Option<Weak<PyInstance>>,
    callback: Option<Value>,
}

impl Handle {
    fn get(&self) -> Option<Value> {
        Some(match &self.target {
            Target::Instance(w) => Value::Instance(w.upgrade()?),
            Target::Function(w) => Value::Function(w.upgrade()?),
            Target::Class(w) => Value::Class(w.upgrade()?),
            Target::Set(w) => Value::Set(w.upgrade()?),
            Target::Iter(w) => Value::Iter(w.upgrade()?),
            Target::Gone => return None,
        })
    }
}

impl NativeObject for Handle {
    fn type_name(&self) -> &'static str {
        "_weakref.handle"
    }

    fn method_names(&self) -> &'static [&'static str] {
        &["get"]
    }

    fn call_method(
        &self,
        _vm: &mut Vm,
        _this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        match name {
            "get" => Some(
                args.check_exact("get", 0)
                    .map(|_| self.get().unwrap_or(Value::None)),
            ),
            _ => None,
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

thread_local! {
    /// Every handle made, by its object's address (pruned as they die).
    static HANDLES: RefCell<HashMap<usize, Vec<Weak<Handle>>>> = RefCell::new(HashMap::new());
    /// Whether some handle with a callback waits on an instance: freeing
    /// an instance looks in `HANDLES` only then.
    static WATCHED: Cell<usize> = const { Cell::new(0) };
    /// Callbacks due, with their `ref` objects.
    static DUE: RefCell<Vec<(Value, Value)>> = const { RefCell::new(Vec::new()) };
}

/// Called as an instance at `addr` is freed: queues the callbacks of the
/// references to it (see the module docs).
pub(crate) fn instance_freed(addr: usize) {
    if WATCHED.try_with(Cell::get).unwrap_or(0) == 0 {
        return;
    }
    let Ok(Some(handles)) = HANDLES.try_with(|h| h.try_borrow_mut().ok()?.remove(&addr)) else {
        return;
    };
    for h in handles.iter().filter_map(Weak::upgrade) {
        let (Some(cb), Some(owner)) = (&h.callback, &h.owner) else {
            continue;
        };
        let _ = WATCHED.try_with(|w| w.set(w.get().saturating_sub(1)));
        if let Some(owner) = owner.upgrade() {
            let due = (cb.clone(), Value::Instance(owner));
            if DUE.try_with(|d| d.borrow_mut().push(due)).is_ok() {
                crate::generator::mark_pending();
            }
        }
    }
}

/// Takes the next callback due, if any.
pub(crate) fn next_due() -> Option<(Value, Value)> {
    DUE.try_with(|d| {
        let mut d = d.borrow_mut();
        (!d.is_empty()).then(|| d.remove(0))
    })
    .ok()
    .flatten()
}

/// Whether callbacks wait to run.
pub(crate) fn any_due() -> bool {
    DUE.try_with(|d| !d.borrow().is_empty()).unwrap_or(false)
}

/// `TypeError: cannot create weak reference to 'int' object`
fn not_referenceable(v: &Value) -> Box<crate::exceptions::PyErr> {
    type_error(format!(
        "cannot create weak reference to '{}' object",
        v.type_name()
    ))
}

/// `_handle(obj, owner=None, callback=None)`: a handle on `obj` for the
/// `ref` object `owner`.
fn handle(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let obj = args
        .pos
        .first()
        .ok_or_else(|| type_error("_handle() needs an object"))?;
    let target = match obj {
        // CPython's variable-size types take no weak references, subclassed
        // or not.
        Value::Instance(i)
            if matches!(
                i.base,
                Some(Value::Int(_) | Value::BigInt(_) | Value::Tuple(_) | Value::Bytes(_))
            ) =>
        {
            return Err(not_referenceable(obj))
        }
        Value::Instance(i) => Target::Instance(Rc::downgrade(i)),
        Value::Function(f) => Target::Function(Rc::downgrade(f)),
        Value::Class(c) => Target::Class(Rc::downgrade(c)),
        Value::Set(s) => Target::Set(Rc::downgrade(s)),
        Value::Iter(i) => Target::Iter(Rc::downgrade(i)),
        Value::BoundMethod(_) => Target::Gone,
        other => return Err(not_referenceable(other)),
    };
    let addr = address(obj);
    let owner = match args.pos.get(1) {
        Some(Value::Instance(o)) => Some(Rc::downgrade(o)),
        _ => None,
    };
    let callback = args.pos.get(2).filter(|c| !c.is_none()).cloned();
    let watched = callback.is_some() && owner.is_some() && matches!(target, Target::Instance(_));
    let h = Rc::new(Handle {
        target,
        addr,
        owner,
        callback,
    });
    let weak = Rc::downgrade(&h);
    let _ = HANDLES.try_with(|all| {
        let mut all = all.borrow_mut();
        let list = all.entry(addr).or_default();
        list.retain(|w| w.strong_count() > 0);
        list.push(weak);
    });
    if watched {
        let _ = WATCHED.try_with(|w| w.set(w.get() + 1));
    }
    Ok(Value::Native(h))
}

/// Where a weakly referenceable object lives (0 for others).
fn address(obj: &Value) -> usize {
    match obj {
        Value::Instance(i) => Rc::as_ptr(i) as usize,
        Value::Function(f) => Rc::as_ptr(f) as usize,
        Value::Class(c) => Rc::as_ptr(c) as usize,
        Value::Set(s) => Rc::as_ptr(s) as usize,
        Value::Iter(i) => Rc::as_ptr(i) as usize,
        Value::BoundMethod(m) => Rc::as_ptr(m) as usize,
        _ => 0,
    }
}

/// The live handles to `obj`.
fn handles_of(obj: &Value) -> Vec<Rc<Handle>> {
    let addr = address(obj);
    if addr == 0 {
        return Vec::new();
    }
    HANDLES
        .try_with(|all| {
            all.borrow()
                .get(&addr)
                .map(|list| {
                    list.iter()
                        .filter_map(Weak::upgrade)
                        .filter(|h| h.addr == addr && h.get().is_some_and(|v| v.is(obj)))
                        .collect()
                })
                .unwrap_or_default()
        })
        .unwrap_or_default()
}

/// `_owners(obj)`: the `ref` objects alive that refer to `obj`, oldest
/// first (for `getweakrefcount` and `getweakrefs`).
fn owners(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let obj = args.check_one("_owners")?;
    let list = handles_of(obj)
        .iter()
        .filter_map(|h| h.owner.as_ref()?.upgrade())
        .map(Value::Instance)
        .collect();
    Ok(Value::new_list(list))
}

pub fn module() -> Rc<PyModule> {
    PyModule::new(
        "_pyview_weakref",
        vec![
            (
                "_handle",
                builtin("_handle", Some("_pyview_weakref"), handle),
            ),
            (
                "_owners",
                builtin("_owners", Some("_pyview_weakref"), owners),
            ),
        ],
    )
}
