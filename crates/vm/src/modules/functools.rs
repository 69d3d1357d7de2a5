//! The `functools` module: `reduce`, `partial` (with its `func`, `args`,
//! `keywords` and CPython's repr), `update_wrapper` and `wraps`,
//! `lru_cache` and `cache` (an LRU table keyed by the call's arguments,
//! with `cache_info`, `cache_clear` and `cache_parameters`) and
//! `cmp_to_key`, in Rust; `total_ordering`, `cached_property`,
//! `singledispatch`, `singledispatchmethod` and `partialmethod` in Python
//! ([`PY_SOURCE`]), run in the module's namespace when it is first
//! imported.
//!
//! Not supported: the abstract-base-class part of `singledispatch`'s
//! dispatch (it follows `__mro__` only). A traceback through the Python helpers names
//! `/usr/lib/python3.11/functools.py` with pyview's own line numbers.

use crate::exceptions::{type_error, PyResult};
use crate::interp::Vm;
use crate::objects::dict::{Key, PyDict};
use crate::objects::function::{builtin, Args};
use crate::objects::module::PyModule;
use crate::objects::native::NativeObject;
use crate::objects::structseq::StructSeq;
use crate::value::{TypeId, Value};
use indexmap::IndexMap;
use pyview_syntax::ir::CmpOp;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub const PARTIAL: &str = "functools.partial";
const LRU_WRAPPER: &str = "functools._lru_cache_wrapper";
const PARTIAL_DOC: &str = "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n";
const KEY_WRAPPER: &str = "functools.KeyWrapper";
const ASSIGNED: &[&str] = &["__module__", "__name__", "__qualname__", "__doc__"];

/// The helpers written in Python. `total_ordering` fills in the missing
/// comparisons from the highest-priority one the class defines (`__lt__`,
/// then `__le__`, `__gt__`, `__ge__`), each passing `NotImplemented` on.
pub const PY_SOURCE: &str = r#"
#@line 89
def _gt_from_lt(self, other):
    'Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).'
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other

def _le_from_lt(self, other):
    'Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).'
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other

def _ge_from_lt(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a < b).'
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

def _ge_from_le(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).'
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other

def _lt_from_le(self, other):
    'Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).'
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other

def _gt_from_le(self, other):
    'Return a > b.  Computed by @total_ordering from (not a <= b).'
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

def _lt_from_gt(self, other):
    'Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).'
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other

def _ge_from_gt(self, other):
    'Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).'
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other

def _le_from_gt(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a > b).'
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

def _le_from_ge(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).'
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other

def _gt_from_ge(self, other):
    'Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).'
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other

def _lt_from_ge(self, other):
    'Return a < b.  Computed by @total_ordering from (not a >= b).'
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


_DERIVED = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}

def total_ordering(cls):
    defined = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
               if any(op in vars(c) for c in cls.__mro__ if c is not object)]
    if not defined:
        #@line 193
        raise ValueError('must define at least one ordering operation: < > <= >=')
    for name, helper in _DERIVED[defined[0]]:
        if name not in defined:
            helper.__name__ = name
            setattr(cls, name, helper)
    return cls


def singledispatch(func):
    import types
    registry = {object: func}

    def dispatch(cls):
        for base in cls.__mro__:
            if base in registry:
                return registry[base]
        return func

    def register(cls, func=None):
        if isinstance(cls, type):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class.")
            annotations = getattr(cls, '__annotations__', {})
            if not annotations:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    "Use either `@register(some_class)` or plain `@register` "
                    "on an annotated function."
                )
            func = cls
            argname, cls = next(iter(annotations.items()))
            if not isinstance(cls, type):
                raise TypeError(
                    f"Invalid annotation for {argname!r}. {cls!r} is not a class."
                )
        registry[cls] = func
        return func

    def wrapper(*args, **kw):
        #@line 905
        if not args:
            raise TypeError(f'{funcname} requires at least '
                            '1 positional argument')

        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """A method dispatching on the type of its first argument after self."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


_MISSING = object()

class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            ) from None
        val = cache.get(self.attrname, _MISSING)
        if val is _MISSING:
            #@line 1001
            val = self.func(instance)
            cache[self.attrname] = val
        return val


class partialmethod:
    """A partial() that works as a method: the instance (or class) the
    function is bound to comes before the stored arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join(f"{k}={v!r}" for k, v in self.keywords.items())
        return (f"{type(self).__module__}.{type(self).__qualname__}"
                f"({self.func!r}, {args}, {keywords})")

    def _unbound(self):
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args,
                             **{**self.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._unbound().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)
"#;

pub fn module(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = builtins_module();
    crate::namespace::run_generated(
        vm,
        PY_SOURCE.to_string(),
        "/usr/lib/python3.11/functools.py",
        &m.ns,
    )?;
    Ok(m)
}

fn builtins_module() -> Rc<PyModule> {
    let strs = |v: &[&str]| Value::new_tuple(v.iter().map(|s| Value::str(s)).collect());
    PyModule::new(
        "functools",
        vec![
            ("WRAPPER_ASSIGNMENTS", strs(ASSIGNED)),
            ("WRAPPER_UPDATES", strs(&["__dict__"])),
            ("cache", builtin("cache", Some("functools"), cache)),
            (
                "cmp_to_key",
                builtin("cmp_to_key", Some("functools"), cmp_to_key),
            ),
            (
                "lru_cache",
                builtin("lru_cache", Some("functools"), lru_cache),
            ),
            ("partial", Value::Type(TypeId::Native(PARTIAL))),
            ("reduce", builtin("reduce", Some("functools"), reduce)),
            (
                "update_wrapper",
                builtin("update_wrapper", Some("functools"), update_wrapper),
            ),
            ("wraps", builtin("wraps", Some("functools"), wraps)),
        ],
    )
}

fn reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("reduce")?;
    args.check_positional("reduce", 2, 3)?;
    let f = &args.pos[0];
    let mut acc = args.pos.get(2).cloned();
    let it = vm.get_iter(&args.pos[1]).map_err(|e| {
        if e.exc.typ == crate::exceptions::ExcType::TypeError {
            type_error("reduce() arg 2 must support iteration")
        } else {
            e
        }
    })?;
    while let Some(v) = vm.next(&it)? {
        acc = Some(match acc {
            None => v,
            Some(a) => vm.call(f, Args::new(vec![a, v]))?,
        });
    }
    acc.ok_or_else(|| type_error("reduce() of empty iterable with no initial value"))
}

/// `partial(func, *args, **keywords)`.
pub fn construct(args: &Args) -> PyResult<Value> {
    let Some(func) = args.pos.first() else {
        return Err(type_error("type 'partial' takes at least one argument"));
    };
    if !crate::builtins::is_callable(func) {
        return Err(type_error("the first argument must be callable"));
    }
    let (mut func, mut pargs, mut kw) = (func.clone(), Vec::new(), Vec::new());
    // A partial of a partial is flattened, as CPython does.
    if let Value::Native(o) = &func {
        if let Some(p) = o.as_any().downcast_ref::<Partial>() {
            pargs = p.args.clone();
            kw = p.kw.clone();
            func = p.func.clone();
        }
    }
    pargs.extend(args.pos[1..].iter().cloned());
    for (k, v) in &args.kw {
        set_kw(&mut kw, k, v.clone());
    }
    Ok(Value::Native(Rc::new(Partial {
        func,
        args: pargs,
        kw,
        attrs: std::cell::RefCell::new(Rc::new(PyDict::default())),
    })))
}

fn set_kw(kw: &mut Vec<(Rc<str>, Value)>, k: &Rc<str>, v: Value) {
    match kw.iter_mut().find(|(n, _)| n == k) {
        Some(slot) => slot.1 = v,
        None => kw.push((k.clone(), v)),
    }
}

#[derive(Debug)]
struct Partial {
    func: Value,
    args: Vec<Value>,
    kw: Vec<(Rc<str>, Value)>,
    /// The instance `__dict__` (`p.__doc__ = ...`, `update_wrapper(p, f)`);
    /// a script may replace it with another dict.
    attrs: std::cell::RefCell<Rc<PyDict>>,
}

impl Partial {
    fn dict(&self) -> Rc<PyDict> {
        self.attrs.borrow().clone()
    }

    fn repr(&self, vm: &mut Vm) -> PyResult<String> {
        let mut parts = vec![vm.repr_of(&self.func)?];
        for a in &self.args {
            parts.push(vm.repr_of(a)?);
        }
        for (k, v) in &self.kw {
            parts.push(format!("{k}={}", vm.repr_of(v)?));
        }
        Ok(format!("functools.partial({})", parts.join(", ")))
    }
}

impl NativeObject for Partial {
    fn type_name(&self) -> &'static str {
        PARTIAL
    }

    fn getattr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "func" => self.func.clone(),
            "args" => Value::new_tuple(self.args.clone()),
            "keywords" => {
                let d = PyDict::default();
                for (k, v) in &self.kw {
                    if let Err(e) = d.set(Value::Str(k.clone()), v.clone()) {
                        return Some(Err(e));
                    }
                }
                Value::Dict(Rc::new(d))
            }
            "__dict__" => Value::Dict(self.attrs.borrow().clone()),
            _ => match self.dict().get(&Value::str(name)) {
                Ok(Some(v)) => v,
                Ok(None) if name == "__doc__" => Value::str(PARTIAL_DOC),
                Ok(None) => return None,
                Err(e) => return Some(Err(e)),
            },
        }))
    }

    fn setattr(&self, name: &str, v: &Value) -> Option<PyResult<()>> {
        match name {
            "func" | "args" | "keywords" => None,
            "__dict__" => Some(match v {
                Value::Dict(d) => {
                    *self.attrs.borrow_mut() = d.clone();
                    Ok(())
                }
                other => Err(type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    other.type_name()
                ))),
            }),
            _ => Some(self.dict().set(Value::str(name), v.clone())),
        }
    }

    fn delattr(&self, name: &str) -> Option<PyResult<()>> {
        match name {
            "func" | "args" | "keywords" => None,
            "__dict__" => Some(Err(type_error("cannot delete __dict__"))),
            _ => {
                let key = match crate::objects::dict::Key::new(Value::str(name)) {
                    Ok(k) => k,
                    Err(e) => return Some(Err(e)),
                };
                self.dict().remove(&key).map(|_| Ok(()))
            }
        }
    }

    fn method_names(&self) -> &'static [&'static str] {
        &["__call__", "__repr__"]
    }

    fn call_method(
        &self,
        vm: &mut Vm,
        _this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        Some(match name {
            "__call__" => {
                let mut pos = self.args.clone();
                pos.extend(args.pos.iter().cloned());
                let mut kw = self.kw.clone();
                for (k, v) in &args.kw {
                    set_kw(&mut kw, k, v.clone());
                }
                vm.call(&self.func, Args { pos, kw })
            }
            "__repr__" => self.repr(vm).map(|s| Value::str(&s)),
            _ => return None,
        })
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `update_wrapper(wrapper, wrapped, assigned=..., updated=...)`.
fn update_wrapper(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    // CPython's is a Python function: its missing arguments are named so.
    let missing: Vec<&str> = ["wrapper", "wrapped"]
        .into_iter()
        .enumerate()
        .filter(|&(i, n)| args.pos.len() <= i && !args.kw.iter().any(|(k, _)| &**k == n))
        .map(|(_, n)| n)
        .collect();
    match missing[..] {
        [one] => {
            return Err(type_error(format!(
                "update_wrapper() missing 1 required positional argument: '{one}'"
            )))
        }
        [a, b] => {
            return Err(type_error(format!(
                "update_wrapper() missing 2 required positional arguments: '{a}' and '{b}'"
            )))
        }
        _ => {}
    }
    let a = args.parse(
        "update_wrapper",
        &["wrapper", "wrapped", "assigned", "updated"],
        0,
        2,
        4,
    )?;
    let (Some(wrapper), Some(wrapped)) = (&a[0], &a[1]) else {
        return Err(type_error("update_wrapper() missing required argument"));
    };
    let assigned = match &a[2] {
        Some(v) => vm.collect(v)?,
        None => ASSIGNED.iter().map(|s| Value::str(s)).collect(),
    };
    for name in assigned {
        let Value::Str(ref name) = name else {
            return Err(type_error("attribute name must be a string"));
        };
        // Attributes the wrapped object lacks are skipped.
        if let Ok(v) = vm.getattr(wrapped, name) {
            vm.setattr(wrapper, name, v)?;
        }
    }
    let updated = match &a[3] {
        Some(v) => vm.collect(v)?,
        None => vec![Value::str("__dict__")],
    };
    if updated
        .iter()
        .any(|u| matches!(u, Value::Str(s) if &**s == "__dict__"))
    {
        if let (Value::Function(to), Value::Function(from)) = (wrapper, wrapped) {
            let extra: Vec<(Rc<str>, Value)> = from
                .attrs
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            to.attrs.borrow_mut().extend(extra);
        }
    }
    vm.setattr(wrapper, "__wrapped__", wrapped.clone())?;
    Ok(wrapper.clone())
}

/// `wraps(wrapped)`: a partial of `update_wrapper`.
fn wraps(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.parse("wraps", &["wrapped", "assigned", "updated"], 0, 1, 3)?;
    let mut kw: Vec<(Rc<str>, Value)> = Vec::new();
    for (name, v) in ["wrapped", "assigned", "updated"].iter().zip(a) {
        if let Some(v) = v {
            kw.push(((*name).into(), v));
        }
    }
    construct(&Args {
        pos: vec![builtin("update_wrapper", Some("functools"), update_wrapper)],
        kw,
    })
}

/// `lru_cache(maxsize=128, typed=False)`, also used bare (`@lru_cache`).
fn lru_cache(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.parse("lru_cache", &["maxsize", "typed"], 0, 0, 2)?;
    let typed = match &a[1] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let maxsize = match &a[0] {
        None => Some(128),
        Some(Value::None) => None,
        Some(Value::Int(n)) => Some((*n).max(0) as usize),
        Some(Value::Bool(b)) => Some(*b as usize),
        Some(f) if crate::builtins::is_callable(f) => {
            return Ok(LruCache::wrap(f.clone(), Some(128), typed))
        }
        Some(_) => {
            return Err(type_error(
                "Expected first argument to be an integer, a callable, or None",
            ))
        }
    };
    Ok(Value::Builtin(Rc::new(crate::objects::function::Builtin {
        name: "decorating_function".into(),
        module: Some("functools".into()),
        frame: None,
        level: crate::objects::function::CallLevel::Never,
        receiver: None,
        func: Rc::new(move |_vm: &mut Vm, args: &Args| {
            args.no_kwargs("decorating_function")?;
            args.check_positional("decorating_function", 1, 1)?;
            Ok(LruCache::wrap(args.pos[0].clone(), maxsize, typed))
        }),
    })))
}

fn cache(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.parse("cache", &["user_function"], 0, 1, 1)?;
    let f = a[0].clone().unwrap_or(Value::None);
    Ok(LruCache::wrap(f, None, false))
}

#[derive(Debug)]
struct LruCache {
    func: Value,
    /// `None`: unbounded.
    maxsize: Option<usize>,
    typed: bool,
    table: RefCell<IndexMap<Key, Value>>,
    hits: Cell<i64>,
    misses: Cell<i64>,
}

impl LruCache {
    fn wrap(func: Value, maxsize: Option<usize>, typed: bool) -> Value {
        Value::Native(Rc::new(LruCache {
            func,
            maxsize,
            typed,
            table: RefCell::default(),
            hits: Cell::new(0),
            misses: Cell::new(0),
        }))
    }

    fn call(&self, vm: &mut Vm, args: &Args) -> PyResult<Value> {
        if self.maxsize == Some(0) {
            self.misses.set(self.misses.get() + 1);
            return vm.call(&self.func, args.clone());
        }
        // The key: positional arguments, then a marker and the keywords,
        // then the types when `typed`.
        let mut parts = args.pos.clone();
        if !args.kw.is_empty() {
            parts.push(Value::Type(TypeId::Object));
            for (k, v) in &args.kw {
                parts.push(Value::Str(k.clone()));
                parts.push(v.clone());
            }
        }
        if self.typed {
            let types: Vec<Value> = parts.iter().map(|v| vm.type_of(v)).collect();
            parts.extend(types);
        }
        let key = Key::new(Value::new_tuple(parts))?;
        let found = self.table.borrow_mut().shift_remove(&key);
        if let Some(v) = found {
            self.hits.set(self.hits.get() + 1);
            self.table.borrow_mut().insert(key, v.clone());
            return Ok(v);
        }
        self.misses.set(self.misses.get() + 1);
        // CPython's C wrapper takes a recursion level of its own for the
        // call (the function's frame takes the next).
        vm.enter_call();
        let v = vm.call(&self.func, args.clone());
        vm.leave_call();
        let v = v?;
        let mut table = self.table.borrow_mut();
        table.insert(key, v.clone());
        if let Some(max) = self.maxsize {
            while table.len() > max {
                table.shift_remove_index(0);
            }
        }
        Ok(v)
    }
}

impl NativeObject for LruCache {
    fn binds(&self) -> bool {
        true
    }

    fn type_name(&self) -> &'static str {
        LRU_WRAPPER
    }

    fn getattr(&self, vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        match name {
            "__wrapped__" => Some(Ok(self.func.clone())),
            n if ASSIGNED.contains(&n) => Some(vm.getattr(&self.func, n)),
            _ => None,
        }
    }

    fn method_names(&self) -> &'static [&'static str] {
        &["__call__", "cache_info", "cache_clear", "cache_parameters"]
    }

    fn call_method(
        &self,
        vm: &mut Vm,
        _this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        let maxsize = || match self.maxsize {
            Some(n) => Value::from_usize(n),
            None => Value::None,
        };
        Some(match name {
            "__call__" => self.call(vm, args),
            "cache_info" => args.check_none("cache_info").map(|_| {
                StructSeq::value(
                    "CacheInfo",
                    &["hits", "misses", "maxsize", "currsize"],
                    vec![
                        Value::Int(self.hits.get()),
                        Value::Int(self.misses.get()),
                        maxsize(),
                        Value::from_usize(self.table.borrow().len()),
                    ],
                )
            }),
            "cache_clear" => args.check_none("cache_clear").map(|_| {
                self.table.borrow_mut().clear();
                self.hits.set(0);
                self.misses.set(0);
                Value::None
            }),
            "cache_parameters" => args.check_none("cache_parameters").and_then(|_| {
                let d = PyDict::default();
                d.set(Value::str("maxsize"), maxsize())?;
                d.set(Value::str("typed"), Value::Bool(self.typed))?;
                Ok(Value::Dict(Rc::new(d)))
            }),
            _ => return None,
        })
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn cmp_to_key(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.parse("cmp_to_key", &["mycmp"], 0, 1, 1)?;
    Ok(Value::Native(Rc::new(CmpKey {
        cmp: a[0].clone().unwrap_or(Value::None),
        obj: None,
    })))
}

/// `cmp_to_key(f)` (with no `obj`), and the keys it makes, which compare
/// through `f(a, b)` against 0.
#[derive(Debug)]
struct CmpKey {
    cmp: Value,
    obj: Option<Value>,
}

impl NativeObject for CmpKey {
    fn type_name(&self) -> &'static str {
        KEY_WRAPPER
    }

    fn getattr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        match (name, &self.obj) {
            ("obj", Some(o)) => Some(Ok(o.clone())),
            _ => None,
        }
    }

    fn hash(&self) -> Option<PyResult<i64>> {
        self.obj
            .as_ref()
            .map(|_| Err(type_error("unhashable type: 'functools.KeyWrapper'")))
    }

    fn method_names(&self) -> &'static [&'static str] {
        if self.obj.is_some() {
            &["__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__"]
        } else {
            &["__call__"]
        }
    }

    fn call_method(
        &self,
        vm: &mut Vm,
        _this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        let Some(obj) = &self.obj else {
            if name != "__call__" {
                return None;
            }
            return Some((|| {
                args.no_kwargs("K")?;
                args.check_positional("K", 1, 1)?;
                Ok(Value::Native(Rc::new(CmpKey {
                    cmp: self.cmp.clone(),
                    obj: Some(args.pos[0].clone()),
                })))
            })());
        };
        let op = match name {
            "__lt__" => CmpOp::Lt,
            "__le__" => CmpOp::LtE,
            "__gt__" => CmpOp::Gt,
            "__ge__" => CmpOp::GtE,
            "__eq__" => CmpOp::Eq,
            "__ne__" => CmpOp::NotEq,
            _ => return None,
        };
        Some((|| {
            let other = match args.pos.first() {
                Some(Value::Native(o)) => match o.as_any().downcast_ref::<CmpKey>() {
                    Some(CmpKey { obj: Some(x), .. }) => x.clone(),
                    _ => return Err(type_error("other argument must be K instance")),
                },
                _ => return Err(type_error("other argument must be K instance")),
            };
            let r = vm.call(&self.cmp, Args::new(vec![obj.clone(), other]))?;
            vm.compare(op, &r, &Value::Int(0)).map(Value::Bool)
        })())
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
