//! The `collections` module: `deque`, and the dict-based `OrderedDict`,
//! `defaultdict` and `Counter`.
//!
//! `deque` is a native object over a `VecDeque` with an optional
//! `maxlen`: every method, indexing, comparisons, `+`, `*`, `+=`, `*=`,
//! `in`, iteration that detects mutation, and CPython's repr
//! (`deque([1, 2], maxlen=3)`). The dict types are dicts marked by their
//! [`DictKind`]; this file adds their methods (`move_to_end`,
//! `popitem(last=)`, `most_common`, `elements`, `update`, `subtract`,
//! `total`), reprs, `__missing__` behaviour (a `defaultdict` calls its
//! factory, a `Counter` answers 0) and `Counter` arithmetic.
//! OrderedDict equality is order-sensitive (in `ops::eq_simple`).
//!
//! `ChainMap`, `UserDict`, `UserList` and `UserString` are Python source
//! over the `collections.abc` mixins. Not supported: subclassing the
//! native types.

use crate::exceptions::{self, type_error, ExcType, PyException, PyResult};
use crate::interp::Vm;
use crate::objects::dict::{self, DictKind, Key, PyDict};
use crate::objects::function::Args;
use crate::objects::module::PyModule;
use crate::objects::native::NativeObject;
use crate::value::{TypeId, Value};
use pyview_syntax::ir::{BinOp, CmpOp};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

pub const DEQUE: &str = "collections.deque";
const DEQUE_ITER: &str = "_collections._deque_iterator";
const DEQUE_REV_ITER: &str = "_collections._deque_reverse_iterator";

/// The module: the native types, then `ChainMap`, `UserDict`, `UserList`,
/// `UserString` and `collections.abc` from the Python part
/// (`py/collections.py`), compiled on first need (`PyModule::rest`):
/// most scripts use only the native types, and the Python part with
/// `collections.abc` costs some 60M instructions to compile and run.
pub fn module(_vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = native_module();
    m.rest.set(Some(python_part));
    Ok(m)
}

/// `_collections`, CPython's C half of `collections`: the native types,
/// namedtuple's `_tuplegetter` and Counter's `_count_elements`.
pub fn private_module() -> Rc<PyModule> {
    PyModule::new(
        "_collections",
        vec![
            ("deque", Value::Type(TypeId::Native(DEQUE))),
            (
                "defaultdict",
                Value::Type(TypeId::Native(dict::DEFAULT_DICT)),
            ),
            (
                "OrderedDict",
                Value::Type(TypeId::Native(dict::ORDERED_DICT)),
            ),
            ("_deque_iterator", Value::Type(TypeId::Native(DEQUE_ITER))),
            (
                "_deque_reverse_iterator",
                Value::Type(TypeId::Native(DEQUE_REV_ITER)),
            ),
            (
                "_tuplegetter",
                Value::Type(TypeId::Native(crate::objects::descriptor::TUPLEGETTER_TYPE)),
            ),
            (
                "_count_elements",
                crate::objects::function::builtin(
                    "_count_elements",
                    Some("_collections"),
                    count_elements,
                ),
            ),
        ],
    )
}

/// `_count_elements(mapping, iterable)`: `mapping[x] += 1` for each item,
/// starting from 0. A dict whose `get` and `__setitem__` are dict's is
/// counted in directly (so a defaultdict's factory is never called);
/// another mapping through its `get(x, 0)` and item assignment.
fn count_elements(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("_count_elements", "_count_elements", 2, 2)?;
    let mapping = &args.pos[0];
    let it = vm.get_iter(&args.pos[1])?;
    let own_dict = match crate::dispatch::plain(mapping) {
        Value::Dict(d) => {
            let overridden = crate::dispatch::user_class(mapping)
                .is_some_and(|c| c.lookup("get").is_some() || c.lookup("__setitem__").is_some());
            (!overridden).then(|| d.clone())
        }
        _ => None,
    };
    if let Some(d) = own_dict {
        while let Some(item) = vm.next(&it)? {
            let key = vm.dict_key(&d, &item)?;
            let new = match d.get(&key)? {
                Some(old) => vm.binary(BinOp::Add, &old, &Value::Int(1))?,
                None => Value::Int(1),
            };
            d.set(key, new)?;
        }
        return Ok(Value::None);
    }
    let get = vm.getattr(mapping, "get")?;
    while let Some(item) = vm.next(&it)? {
        let old = vm.call(&get, Args::new(vec![item.clone(), Value::Int(0)]))?;
        let new = vm.binary(BinOp::Add, &old, &Value::Int(1))?;
        vm.setitem(mapping, &item, new)?;
    }
    Ok(Value::None)
}

/// `_tuplegetter.__get__` and the other methods, unbound: the receiver
/// first, then the method's own arguments.
fn tuplegetter_attr(name: &str) -> Option<Value> {
    let name: &'static str = match name {
        "__get__" => "__get__",
        "__set__" => "__set__",
        "__delete__" => "__delete__",
        "__reduce__" => "__reduce__",
        _ => return None,
    };
    let func = crate::objects::function::closure(name, move |vm, args| {
        let rest = Args {
            pos: args.pos[1..].to_vec(),
            kw: args.kw.clone(),
        };
        vm.call_method(&args.pos[0], name, rest)
    });
    Some(Value::Wrapper(Rc::new(
        crate::objects::descriptor::Wrapper::Method {
            owner: TypeId::Native(crate::objects::descriptor::TUPLEGETTER_TYPE),
            name: name.into(),
            func,
        },
    )))
}

fn python_part(vm: &mut Vm, m: &Rc<PyModule>) -> PyResult<()> {
    crate::namespace::run_generated(
        vm,
        include_str!("py/collections.py").to_string(),
        "/usr/lib/python3.11/collections/__init__.py",
        &m.ns,
    )
}

fn native_module() -> Rc<PyModule> {
    PyModule::new(
        "collections",
        vec![
            ("Counter", Value::Type(TypeId::Native(dict::COUNTER))),
            (
                "OrderedDict",
                Value::Type(TypeId::Native(dict::ORDERED_DICT)),
            ),
            (
                "defaultdict",
                Value::Type(TypeId::Native(dict::DEFAULT_DICT)),
            ),
            ("deque", Value::Type(TypeId::Native(DEQUE))),
            ("namedtuple", super::namedtuple::factory()),
        ],
    )
}

pub fn construct(vm: &mut Vm, type_name: &str, args: &Args) -> Option<PyResult<Value>> {
    Some(match type_name {
        DEQUE => construct_deque(vm, args),
        dict::ORDERED_DICT if args.pos.len() > 1 => Err(type_error(format!(
            "expected at most 1 arguments, got {}",
            args.pos.len()
        ))),
        dict::ORDERED_DICT => new_dict(vm, DictKind::OrderedDict, args.clone()),
        dict::DEFAULT_DICT => (|| {
            let factory = args.pos.first().cloned().unwrap_or(Value::None);
            if !factory.is_none() && !crate::builtins::is_callable(&factory) {
                return Err(type_error("first argument must be callable or None"));
            }
            let rest = Args {
                pos: args.pos.iter().skip(1).cloned().collect(),
                kw: args.kw.clone(),
            };
            new_dict(vm, DictKind::DefaultDict(factory), rest)
        })(),
        dict::COUNTER => (|| {
            counter_arity(args, "__init__", 1)?;
            let d = Rc::new(PyDict {
                map: RefCell::default(),
                kind: RefCell::new(DictKind::Counter),
                link: RefCell::default(),
            });
            counter_update(vm, &d, args, 1)?;
            Ok(Value::Dict(d))
        })(),
        _ => return None,
    })
}

/// A dict of `kind` filled as `dict(*args, **kw)` fills one.
fn new_dict(vm: &mut Vm, kind: DictKind, args: Args) -> PyResult<Value> {
    let d = crate::builtins::construct(vm, TypeId::Dict, args)?;
    if let Value::Dict(d) = &d {
        *d.kind.borrow_mut() = kind;
    }
    Ok(d)
}

fn key_error(key: &Value) -> Box<exceptions::PyErr> {
    exceptions::err_from(PyException::new(ExcType::KeyError, vec![key.clone()]))
}

/// `d[key]` for a missing key.
pub fn missing(vm: &mut Vm, d: &Rc<PyDict>, key: &Value) -> PyResult<Value> {
    let kind = d.kind.borrow().clone();
    match kind {
        DictKind::Counter => Ok(Value::Int(0)),
        DictKind::DefaultDict(f) if !f.is_none() => {
            let v = vm.call(&f, Args::default())?;
            d.set(key.clone(), v.clone())?;
            Ok(v)
        }
        _ => Err(key_error(key)),
    }
}

pub fn dict_attr(d: &PyDict, name: &str) -> Option<PyResult<Value>> {
    match (&*d.kind.borrow(), name) {
        (DictKind::DefaultDict(f), "default_factory") => Some(Ok(f.clone())),
        _ => None,
    }
}

pub fn set_default_factory(d: &PyDict, v: Value) -> PyResult<()> {
    let mut kind = d.kind.borrow_mut();
    match &mut *kind {
        DictKind::DefaultDict(f) => {
            *f = v;
            Ok(())
        }
        _ => Err(exceptions::no_attribute(
            d.type_id().name(),
            "default_factory",
        )),
    }
}

pub fn dict_method_names(d: &PyDict) -> &'static [&'static str] {
    match &*d.kind.borrow() {
        DictKind::OrderedDict => &[
            "move_to_end",
            "popitem",
            "fromkeys",
            "get",
            "keys",
            "values",
            "items",
            "pop",
            "setdefault",
            "update",
            "copy",
            "clear",
        ],
        DictKind::DefaultDict(_) => &[
            "__missing__",
            "popitem",
            "fromkeys",
            "get",
            "keys",
            "values",
            "items",
            "pop",
            "setdefault",
            "update",
            "copy",
            "clear",
        ],
        _ => &[
            "most_common",
            "elements",
            "subtract",
            "total",
            "popitem",
            "fromkeys",
            "get",
            "keys",
            "values",
            "items",
            "pop",
            "setdefault",
            "update",
            "copy",
            "clear",
        ],
    }
}

/// The methods that differ from dict's; `None` defers to dict.
pub fn dict_method(
    vm: &mut Vm,
    d: &Rc<PyDict>,
    name: &str,
    args: &Args,
) -> Option<PyResult<Value>> {
    let kind = d.kind.borrow().clone();
    Some(match (&kind, name) {
        (_, "copy") => args.check_none("copy").map(|_| {
            let map = d.map.borrow().clone();
            Value::Dict(Rc::new(PyDict {
                map: RefCell::new(map),
                kind: RefCell::new(kind.clone()),
                link: RefCell::default(),
            }))
        }),
        (DictKind::OrderedDict, "move_to_end") => (|| {
            let a = args.parse("move_to_end", &["key", "last"], 0, 1, 2)?;
            let key = a[0].clone().unwrap_or(Value::None);
            let last = match &a[1] {
                Some(v) => vm.truthy(v)?,
                None => true,
            };
            let k = Key::new(key.clone())?;
            let mut map = d.map.borrow_mut();
            let Some(i) = map.get_index_of(&k) else {
                return Err(key_error(&key));
            };
            let to = if last { map.len() - 1 } else { 0 };
            map.move_index(i, to);
            Ok(Value::None)
        })(),
        (DictKind::OrderedDict, "popitem") => (|| {
            let a = args.parse("popitem", &["last"], 0, 0, 1)?;
            let last = match &a[0] {
                Some(v) => vm.truthy(v)?,
                None => true,
            };
            let mut map = d.map.borrow_mut();
            let item = if last {
                map.pop()
            } else {
                map.shift_remove_index(0)
            };
            match item {
                Some((k, v)) => Ok(Value::new_tuple(vec![k.value, v])),
                None => Err(key_error(&Value::str("dictionary is empty"))),
            }
        })(),
        (DictKind::DefaultDict(_), "__missing__") => (|| {
            let key = args.check_one("__missing__")?;
            missing(vm, d, key)
        })(),
        (DictKind::Counter, "most_common") => (|| {
            counter_arity(args, "most_common", 1)?;
            let a = args.parse("most_common", &["n"], 0, 0, 1)?;
            let mut items = sorted_items(vm, d)?;
            match &a[0] {
                None | Some(Value::None) => {}
                Some(Value::Int(n)) => items.truncate((*n).max(0) as usize),
                Some(Value::Bool(b)) => items.truncate(usize::from(*b)),
                Some(Value::BigInt(b)) if b.sign() == num_bigint::Sign::Minus => items.clear(),
                Some(Value::BigInt(_)) => {}
                // CPython hands `n` to heapq.nlargest, which compares it
                // with the size and then uses it as a count.
                Some(n) => {
                    let size = Value::from_usize(items.len());
                    if vm.compare(CmpOp::GtE, n, &size)? {
                        return Err(type_error(
                            "slice indices must be integers or None or have an __index__ method",
                        ));
                    }
                    return Err(type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        n.type_name()
                    )));
                }
            }
            Ok(Value::new_list(
                items
                    .into_iter()
                    .map(|(k, v)| Value::new_tuple(vec![k, v]))
                    .collect(),
            ))
        })(),
        (DictKind::Counter, "elements") => counter_arity(args, "elements", 0).map(|_| {
            let mut out = Vec::new();
            for (k, v) in d.map.borrow().iter() {
                if let Value::Int(n) = v {
                    for _ in 0..(*n).max(0) {
                        out.push(k.value.clone());
                    }
                }
            }
            crate::objects::iter::new_value(crate::objects::iter::PyIter::Values(
                "itertools.chain",
                out,
                0,
            ))
        }),
        (DictKind::Counter, "update") => counter_update(vm, d, args, 1).map(|_| Value::None),
        (DictKind::Counter, "subtract") => counter_update(vm, d, args, -1).map(|_| Value::None),
        (DictKind::Counter, "total") => counter_arity(args, "total", 0).and_then(|_| {
            let values: Vec<Value> = d.map.borrow().values().cloned().collect();
            let mut total = Value::Int(0);
            for v in values {
                total = vm.binary(BinOp::Add, &total, &v)?;
            }
            Ok(total)
        }),
        _ => return None,
    })
}

/// Counter's methods are Python functions in CPython: too many positional
/// arguments (`optional` of them may be given) is their `TypeError`,
/// `self` counted.
fn counter_arity(args: &Args, method: &str, optional: usize) -> PyResult<()> {
    let given = args.pos.len();
    if given <= optional {
        return Ok(());
    }
    Err(crate::exceptions::too_many_positional(
        &format!("Counter.{method}"),
        1,
        1 + optional,
        given + 1,
        0,
    ))
}

/// `OrderedDict.fromkeys` and `Counter.fromkeys`, as type attributes.
pub fn type_attr(type_name: &str, name: &str) -> Option<Value> {
    if type_name == crate::objects::descriptor::TUPLEGETTER_TYPE {
        return tuplegetter_attr(name);
    }
    let kind = match (type_name, name) {
        (dict::ORDERED_DICT, "fromkeys") => DictKind::OrderedDict,
        (dict::COUNTER, "fromkeys") => DictKind::Counter,
        _ => return None,
    };
    Some(Value::Builtin(Rc::new(crate::objects::function::Builtin {
        name: "fromkeys".into(),
        module: None,
        frame: None,
        level: crate::objects::function::CallLevel::Never,
        receiver: None,
        func: Rc::new(move |vm: &mut Vm, args: &Args| {
            if matches!(kind, DictKind::Counter) {
                return Err(exceptions::not_implemented(
                    "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.",
                ));
            }
            let d = crate::builtins::type_method(vm, TypeId::Dict, "fromkeys", args)
                .unwrap_or_else(|| Err(type_error("fromkeys is not available")))?;
            if let Value::Dict(d) = &d {
                *d.kind.borrow_mut() = kind.clone();
            }
            Ok(d)
        }),
    })))
}

/// `Counter.update` (sign 1) and `Counter.subtract` (sign -1): counts
/// from a mapping, or one per item of an iterable, then the keywords.
fn counter_update(vm: &mut Vm, d: &PyDict, args: &Args, sign: i64) -> PyResult<()> {
    let name = if sign > 0 { "update" } else { "subtract" };
    if args.pos.len() > 1 {
        return Err(type_error(format!(
            "expected at most 1 arguments, got {}",
            args.pos.len()
        )));
    }
    let mut pairs: Vec<(Value, Value)> = Vec::new();
    match args.pos.first() {
        None | Some(Value::None) => {}
        Some(Value::Dict(src)) => {
            pairs.extend(
                src.map
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.value.clone(), v.clone())),
            );
        }
        Some(src) => {
            for item in vm.collect(src)? {
                pairs.push((item, Value::Int(1)));
            }
        }
    }
    pairs.extend(
        args.kw
            .iter()
            .map(|(k, v)| (Value::Str(k.clone()), v.clone())),
    );
    let _ = name;
    for (k, n) in pairs {
        let old = d.get(&k)?.unwrap_or(Value::Int(0));
        let op = if sign > 0 { BinOp::Add } else { BinOp::Sub };
        let new = vm.binary(op, &old, &n)?;
        d.set(k, new)?;
    }
    Ok(())
}

/// A Counter's items, most common first (ties in insertion order).
fn sorted_items(vm: &mut Vm, d: &PyDict) -> PyResult<Vec<(Value, Value)>> {
    let mut items: Vec<(Value, Value)> = d
        .map
        .borrow()
        .iter()
        .map(|(k, v)| (k.value.clone(), v.clone()))
        .collect();
    // A stable insertion sort keeps ties in order and lets comparison
    // errors propagate.
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && vm.compare(CmpOp::Gt, &items[j].1, &items[j - 1].1)? {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
    Ok(items)
}

/// `repr(d)`, guarded against a dict that contains itself.
pub fn dict_repr(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<String> {
    let p = Rc::as_ptr(d) as usize;
    if vm.repr_stack.contains(&p) {
        return Ok(match &*d.kind.borrow() {
            DictKind::DefaultDict(f) => format!("defaultdict({}, {{...}})", vm.repr_of(f)?),
            _ => "...".into(),
        });
    }
    vm.repr_stack.push(p);
    let r = dict_repr_inner(vm, d);
    vm.repr_stack.pop();
    r
}

fn dict_repr_inner(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<String> {
    let kind = d.kind.borrow().clone();
    let name = d.type_id().short_name();
    if d.map.borrow().is_empty() && !matches!(kind, DictKind::DefaultDict(_)) {
        return Ok(format!("{name}()"));
    }
    match kind {
        DictKind::OrderedDict => {
            let items: Vec<Value> = d
                .map
                .borrow()
                .iter()
                .map(|(k, v)| Value::new_tuple(vec![k.value.clone(), v.clone()]))
                .collect();
            Ok(format!("{name}({})", vm.repr_of(&Value::new_list(items))?))
        }
        DictKind::DefaultDict(f) => {
            let plain = plain_copy(d);
            Ok(format!(
                "{name}({}, {})",
                vm.repr_of(&f)?,
                vm.repr_of(&plain)?
            ))
        }
        DictKind::Counter => {
            let items = match sorted_items(vm, d) {
                Ok(items) => items,
                Err(_) => d
                    .map
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.value.clone(), v.clone()))
                    .collect(),
            };
            let plain = PyDict::default();
            for (k, v) in items {
                plain.set(k, v)?;
            }
            Ok(format!(
                "{name}({})",
                vm.repr_of(&Value::Dict(Rc::new(plain)))?
            ))
        }
        DictKind::Dict => vm.repr_of(&Value::Dict(d.clone())),
    }
}

fn plain_copy(d: &PyDict) -> Value {
    Value::Dict(Rc::new(PyDict {
        map: RefCell::new(d.map.borrow().clone()),
        kind: RefCell::default(),
        link: RefCell::default(),
    }))
}

/// Counter arithmetic (`+ - | &`); `None` for other operators and types.
pub fn dict_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let is_counter =
        |v: &Value| matches!(v, Value::Dict(d) if matches!(*d.kind.borrow(), DictKind::Counter));
    if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::BitOr | BinOp::BitAnd) {
        return None;
    }
    if !is_counter(a) && !is_counter(b) {
        return None;
    }
    let (Value::Dict(x), Value::Dict(y)) = (a, b) else {
        return Some(Err(exceptions::unsupported_operands(
            op.symbol(),
            a.type_id().short_name(),
            b.type_id().short_name(),
        )));
    };
    if !is_counter(a) || !is_counter(b) {
        return Some(Err(exceptions::unsupported_operands(
            op.symbol(),
            a.type_id().short_name(),
            b.type_id().short_name(),
        )));
    }
    Some((|| {
        let out = PyDict {
            map: RefCell::default(),
            kind: RefCell::new(DictKind::Counter),
            link: RefCell::default(),
        };
        let zero = Value::Int(0);
        let mut keys = x.keys();
        for k in y.keys() {
            if x.get(&k)?.is_none() {
                keys.push(k);
            }
        }
        for k in keys {
            let p = x.get(&k)?.unwrap_or(Value::Int(0));
            let q = y.get(&k)?.unwrap_or(Value::Int(0));
            let v = match op {
                BinOp::Add => vm.binary(BinOp::Add, &p, &q)?,
                BinOp::Sub => vm.binary(BinOp::Sub, &p, &q)?,
                BinOp::BitOr => {
                    if vm.compare(CmpOp::Lt, &p, &q)? {
                        q
                    } else {
                        p
                    }
                }
                _ => {
                    if vm.compare(CmpOp::Lt, &p, &q)? {
                        p
                    } else {
                        q
                    }
                }
            };
            if vm.compare(CmpOp::Gt, &v, &zero)? {
                out.set(k, v)?;
            }
        }
        Ok(Value::Dict(Rc::new(out)))
    })())
}

/// `+counter` (`negate` false: the positive counts) and `-counter` (the
/// negated negative counts). Counts are compared with 0 as numbers; other
/// counts raise the TypeError their comparison would.
pub fn counter_unary(d: &PyDict, negate: bool) -> PyResult<Value> {
    use std::cmp::Ordering;
    let out = PyDict {
        map: RefCell::default(),
        kind: RefCell::new(DictKind::Counter),
        link: RefCell::default(),
    };
    for k in d.keys() {
        let Some(v) = d.get(&k)? else { continue };
        let sign = match &v {
            Value::Int(i) => Some(i.cmp(&0)),
            Value::Bool(b) => Some(u8::from(*b).cmp(&0)),
            Value::BigInt(b) => Some(b.sign().cmp(&num_bigint::Sign::NoSign)),
            Value::Float(f) => f.partial_cmp(&0.0),
            other => {
                return Err(type_error(format!(
                    "'{}' not supported between instances of '{}' and 'int'",
                    if negate { "<" } else { ">" },
                    other.type_name()
                )))
            }
        };
        match (sign, negate) {
            (Some(Ordering::Greater), false) => out.set(k, v)?,
            (Some(Ordering::Less), true) => out.set(k, crate::ops::unary_neg(&v)?)?,
            _ => {}
        }
    }
    Ok(Value::Dict(Rc::new(out)))
}

/// The rich comparisons between two Counters (3.10's multiset order:
/// `a <= b` when every count of `a` is at most `b`'s, a missing count
/// being 0); `None` unless both operands are Counters.
pub fn counter_compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let (x, y) = (as_counter(a)?, as_counter(b)?);
    let each = |vm: &mut Vm, op: CmpOp| -> PyResult<bool> {
        for k in x.keys().into_iter().chain(y.keys()) {
            let p = x.get(&k)?.unwrap_or(Value::Int(0));
            let q = y.get(&k)?.unwrap_or(Value::Int(0));
            if !vm.compare(op, &p, &q)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    Some((|| {
        Ok(Value::Bool(match op {
            CmpOp::Eq => each(vm, CmpOp::Eq)?,
            CmpOp::NotEq => !each(vm, CmpOp::Eq)?,
            CmpOp::LtE => each(vm, CmpOp::LtE)?,
            CmpOp::GtE => each(vm, CmpOp::GtE)?,
            CmpOp::Lt => each(vm, CmpOp::LtE)? && !each(vm, CmpOp::Eq)?,
            CmpOp::Gt => each(vm, CmpOp::GtE)? && !each(vm, CmpOp::Eq)?,
            _ => return Ok(Value::NotImplemented),
        }))
    })())
}

/// Whether `v` is a Counter (for the unary operators).
pub fn as_counter(v: &Value) -> Option<&Rc<PyDict>> {
    match v {
        Value::Dict(d) if matches!(*d.kind.borrow(), DictKind::Counter) => Some(d),
        _ => None,
    }
}

// ----- deque -----

#[derive(Debug)]
pub struct Deque {
    items: RefCell<VecDeque<Value>>,
    /// Changed only by `__init__` (a subclass's `super().__init__`).
    maxlen: Cell<Option<usize>>,
    /// Bumped by every change of length, so iterators notice mutation.
    state: Cell<u64>,
}

fn construct_deque(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = Deque {
        items: RefCell::default(),
        maxlen: Cell::new(None),
        state: Cell::new(0),
    };
    d.init(vm, args)?;
    Ok(Value::Native(Rc::new(d)))
}

/// `deque.__init__(iterable=(), maxlen=None)`: emptied, then filled.
fn deque_args(args: &Args) -> PyResult<(Option<Value>, Option<usize>)> {
    let a = args.parse("deque", &["iterable", "maxlen"], 0, 0, 2)?;
    let maxlen = match &a[1] {
        None | Some(Value::None) => None,
        Some(Value::Int(n)) if *n < 0 => {
            return Err(exceptions::value_error("maxlen must be non-negative"))
        }
        Some(Value::Int(n)) => Some(*n as usize),
        Some(Value::Bool(b)) => Some(*b as usize),
        Some(_) => return Err(type_error("an integer is required")),
    };
    Ok((a[0].clone(), maxlen))
}

/// The `maxlen` of deque `v` (`None` when `v` is no deque), for its
/// reduction.
pub(crate) fn deque_maxlen(v: &Value) -> Option<Option<usize>> {
    deque_of(v).map(|d| d.maxlen.get())
}

fn deque_of(v: &Value) -> Option<&Deque> {
    match v {
        Value::Native(o) => o.as_any().downcast_ref::<Deque>(),
        _ => None,
    }
}

impl Deque {
    fn init(&self, vm: &mut Vm, args: &Args) -> PyResult<()> {
        let (src, maxlen) = deque_args(args)?;
        self.maxlen.set(maxlen);
        let old = std::mem::take(&mut *self.items.borrow_mut());
        self.state.set(self.state.get() + 1);
        drop(old);
        if let Some(src) = &src {
            for v in vm.collect(src)? {
                self.push(v, true);
            }
        }
        Ok(())
    }

    fn push(&self, v: Value, right: bool) {
        if self.maxlen.get() == Some(0) {
            return;
        }
        let mut items = self.items.borrow_mut();
        if right {
            items.push_back(v);
            if self.maxlen.get().is_some_and(|m| items.len() > m) {
                items.pop_front();
            }
        } else {
            items.push_front(v);
            if self.maxlen.get().is_some_and(|m| items.len() > m) {
                items.pop_back();
            }
        }
        self.state.set(self.state.get() + 1);
    }

    fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }

    fn with_items(&self, items: Vec<Value>) -> Value {
        let d = Deque {
            items: RefCell::default(),
            maxlen: Cell::new(self.maxlen.get()),
            state: Cell::new(0),
        };
        for v in items {
            d.push(v, true);
        }
        Value::Native(Rc::new(d))
    }

    fn index_arg(&self, vm: &mut Vm, key: &Value) -> PyResult<usize> {
        let i = match key {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            other if crate::dispatch::user_class(other).is_some() => {
                match super::index_value(vm, other)? {
                    Value::Int(i) => i,
                    _ => return Err(exceptions::index_error("deque index out of range")),
                }
            }
            Value::BigInt(_) => return Err(exceptions::index_error("deque index out of range")),
            other => {
                return Err(type_error(format!(
                    "sequence index must be integer, not '{}'",
                    other.type_name()
                )))
            }
        };
        crate::objects::slice::index(i, self.items.borrow().len())
            .ok_or_else(|| exceptions::index_error("deque index out of range"))
    }

    /// Position of the first item equal to `x` in `[start, stop)`.
    fn find(&self, vm: &mut Vm, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
        let state = self.state.get();
        let items = self.snapshot();
        for (i, v) in items.iter().enumerate().take(stop).skip(start) {
            let eq = v.is(x) || vm.compare(CmpOp::Eq, v, x)?;
            if self.state.get() != state {
                return Err(exceptions::runtime_error("deque mutated during iteration"));
            }
            if eq {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    fn repr(&self, vm: &mut Vm, addr: usize) -> PyResult<String> {
        if vm.repr_stack.contains(&addr) {
            return Ok("[...]".into());
        }
        vm.repr_stack.push(addr);
        let body = vm.repr_of(&Value::new_list(self.snapshot()));
        vm.repr_stack.pop();
        let body = body?;
        Ok(match self.maxlen.get() {
            Some(m) => format!("deque({body}, maxlen={m})"),
            None => format!("deque({body})"),
        })
    }

    fn method(
        &self,
        vm: &mut Vm,
        this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> PyResult<Value> {
        let len = self.items.borrow().len();
        match name {
            "append" | "appendleft" => {
                let v = args.check_one(&format!("deque.{name}"))?;
                self.push(v.clone(), name == "append");
                Ok(Value::None)
            }
            "pop" | "popleft" => {
                args.check_none(&format!("deque.{name}"))?;
                let v = if name == "pop" {
                    self.items.borrow_mut().pop_back()
                } else {
                    self.items.borrow_mut().pop_front()
                };
                self.state.set(self.state.get() + 1);
                v.ok_or_else(|| exceptions::index_error("pop from an empty deque"))
            }
            "extend" | "extendleft" => {
                let src = args.check_one(&format!("deque.{name}"))?;
                // Extending by itself reads a snapshot first.
                let items = match deque_of(src) {
                    Some(d) => d.snapshot(),
                    None => vm.collect(src)?,
                };
                for v in items {
                    self.push(v, name == "extend");
                }
                Ok(Value::None)
            }
            "clear" => {
                args.check_none("deque.clear")?;
                self.items.borrow_mut().clear();
                self.state.set(self.state.get() + 1);
                Ok(Value::None)
            }
            "copy" | "__copy__" => {
                args.check_none(&format!("deque.{name}"))?;
                Ok(self.with_items(self.snapshot()))
            }
            "count" => {
                let x = args.check_one("deque.count")?;
                let state = self.state.get();
                let mut n = 0;
                for v in self.snapshot() {
                    if v.is(x) || vm.compare(CmpOp::Eq, &v, x)? {
                        n += 1;
                    }
                    if self.state.get() != state {
                        return Err(exceptions::runtime_error("deque mutated during iteration"));
                    }
                }
                Ok(Value::Int(n))
            }
            "index" => {
                args.check_varargs("deque.index", "index", 1, 3)?;
                let x = &args.pos[0];
                let bound = |v: Option<&Value>, default: usize| -> PyResult<usize> {
                    Ok(match v {
                        None => default,
                        Some(Value::Int(i)) if *i < 0 => (len as i64 + i).max(0) as usize,
                        Some(Value::Int(i)) => (*i as usize).min(len),
                        Some(other) => {
                            return Err(type_error(format!(
                            "slice indices must be integers or have an __index__ method, not {}",
                            other.type_name()
                        )))
                        }
                    })
                };
                let start = bound(args.pos.get(1), 0)?;
                let stop = bound(args.pos.get(2), len)?;
                match self.find(vm, x, start, stop)? {
                    Some(i) => Ok(Value::from_usize(i)),
                    None => Err(exceptions::value_error(format!(
                        "{} is not in deque",
                        vm.repr_of(x)?
                    ))),
                }
            }
            "insert" => {
                args.no_kwargs("deque.insert")?;
                if args.pos.len() != 2 {
                    return Err(type_error(format!(
                        "insert() takes exactly 2 arguments ({} given)",
                        args.pos.len()
                    )));
                }
                if self.maxlen.get().is_some_and(|m| len >= m) {
                    return Err(exceptions::index_error("deque already at its maximum size"));
                }
                let i = match &args.pos[0] {
                    Value::Int(i) => *i,
                    Value::Bool(b) => *b as i64,
                    other => {
                        return Err(type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            other.type_name()
                        )))
                    }
                };
                let at = if i < 0 {
                    (len as i64 + i).max(0) as usize
                } else {
                    (i as usize).min(len)
                };
                self.items.borrow_mut().insert(at, args.pos[1].clone());
                self.state.set(self.state.get() + 1);
                Ok(Value::None)
            }
            "remove" => {
                let x = args.check_one("deque.remove")?;
                match self.find(vm, x, 0, len)? {
                    Some(i) => {
                        self.items.borrow_mut().remove(i);
                        self.state.set(self.state.get() + 1);
                        Ok(Value::None)
                    }
                    None => Err(exceptions::value_error(format!(
                        "{} is not in deque",
                        vm.repr_of(x)?
                    ))),
                }
            }
            "reverse" => {
                args.check_none("deque.reverse")?;
                self.items.borrow_mut().make_contiguous().reverse();
                Ok(Value::None)
            }
            "rotate" => {
                args.check_posonly("deque.rotate", "rotate", 0, 1)?;
                let n = match args.pos.first() {
                    None => 1,
                    Some(Value::Int(n)) => *n,
                    Some(Value::Bool(b)) => *b as i64,
                    Some(other) => {
                        return Err(type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            other.type_name()
                        )))
                    }
                };
                if len > 1 {
                    let k = n.rem_euclid(len as i64) as usize;
                    self.items.borrow_mut().rotate_right(k);
                }
                Ok(Value::None)
            }
            "__len__" => {
                args.check_none("deque.__len__")?;
                Ok(Value::from_usize(len))
            }
            "__getitem__" => {
                let i = self.index_arg(vm, args.check_one("deque.__getitem__")?)?;
                Ok(self.items.borrow()[i].clone())
            }
            "__setitem__" => {
                args.check_posonly("deque.__setitem__", "__setitem__", 2, 2)?;
                let i = self.index_arg(vm, &args.pos[0])?;
                self.items.borrow_mut()[i] = args.pos[1].clone();
                Ok(Value::None)
            }
            "__delitem__" => {
                let i = self.index_arg(vm, args.check_one("deque.__delitem__")?)?;
                self.items.borrow_mut().remove(i);
                self.state.set(self.state.get() + 1);
                Ok(Value::None)
            }
            "__contains__" => {
                let x = args.check_one("deque.__contains__")?;
                Ok(Value::Bool(self.find(vm, x, 0, len)?.is_some()))
            }
            "__iter__" | "__reversed__" => {
                args.check_none(&format!("deque.{name}"))?;
                Ok(Value::Native(Rc::new(DequeIter {
                    deque: this.clone(),
                    pos: Cell::new(0),
                    state: self.state.get(),
                    reverse: name == "__reversed__",
                })))
            }
            "__repr__" => {
                let addr = Value::Native(this.clone()).ptr().unwrap_or(0);
                self.repr(vm, addr).map(|s| Value::str(&s))
            }
            "__add__" => {
                let other = args.check_one("deque.__add__")?;
                let Some(o) = deque_of(other) else {
                    return Err(type_error(format!(
                        "can only concatenate deque (not \"{}\") to deque",
                        other.type_name()
                    )));
                };
                let mut items = self.snapshot();
                items.extend(o.snapshot());
                Ok(self.with_items(items))
            }
            "__iadd__" => {
                let other = args.check_one("deque.__iadd__")?;
                self.method(vm, this, "extend", &Args::new(vec![other.clone()]))?;
                Ok(Value::Native(this.clone()))
            }
            "__mul__" | "__rmul__" | "__imul__" => {
                let n = match args.check_one(&format!("deque.{name}"))? {
                    Value::Int(n) => *n,
                    Value::Bool(b) => *b as i64,
                    _ => return Ok(Value::NotImplemented),
                };
                let items = self.snapshot();
                let cap = self.maxlen.get().unwrap_or(usize::MAX);
                let total = items.len().saturating_mul(n.max(0) as usize);
                vm.check_alloc(total.min(cap).saturating_mul(16))?;
                let mut out = Vec::new();
                for _ in 0..n.max(0) {
                    out.extend(items.iter().cloned());
                    // Only the last `maxlen` items can remain.
                    if out.len() > cap.saturating_mul(2) {
                        out.drain(..out.len() - cap);
                    }
                }
                if name == "__imul__" {
                    self.items.borrow_mut().clear();
                    for v in out {
                        self.push(v, true);
                    }
                    return Ok(Value::Native(this.clone()));
                }
                Ok(self.with_items(out))
            }
            "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__" => {
                let other = args.check_one(&format!("deque.{name}"))?;
                let Some(o) = deque_of(other) else {
                    return Ok(Value::NotImplemented);
                };
                let op = match name {
                    "__eq__" => CmpOp::Eq,
                    "__ne__" => CmpOp::NotEq,
                    "__lt__" => CmpOp::Lt,
                    "__le__" => CmpOp::LtE,
                    "__gt__" => CmpOp::Gt,
                    _ => CmpOp::GtE,
                };
                // Deques compare as lists of their items.
                let (a, b) = (
                    Value::new_list(self.snapshot()),
                    Value::new_list(o.snapshot()),
                );
                vm.compare(op, &a, &b).map(Value::Bool)
            }
            _ => Err(exceptions::no_attribute(DEQUE, name)),
        }
    }
}

const DEQUE_METHODS: &[&str] = &[
    "append",
    "appendleft",
    "clear",
    "copy",
    "count",
    "extend",
    "extendleft",
    "index",
    "insert",
    "pop",
    "popleft",
    "remove",
    "reverse",
    "rotate",
    "__copy__",
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
    "__iter__",
    "__reversed__",
    "__repr__",
    "__add__",
    "__iadd__",
    "__mul__",
    "__rmul__",
    "__imul__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
];

impl NativeObject for Deque {
    fn type_name(&self) -> &'static str {
        DEQUE
    }

    fn getattr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        (name == "maxlen").then(|| {
            Ok(match self.maxlen.get() {
                Some(m) => Value::from_usize(m),
                None => Value::None,
            })
        })
    }

    fn method_names(&self) -> &'static [&'static str] {
        DEQUE_METHODS
    }

    fn call_method(
        &self,
        vm: &mut Vm,
        this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        if name == "__init__" {
            return Some(self.init(vm, args).map(|()| Value::None));
        }
        if !DEQUE_METHODS.contains(&name) {
            return None;
        }
        Some(self.method(vm, this, name, args))
    }

    fn iter(&self, this: &Rc<dyn NativeObject>) -> Option<PyResult<Value>> {
        Some(Ok(Value::Native(Rc::new(DequeIter {
            deque: this.clone(),
            pos: Cell::new(0),
            state: self.state.get(),
            reverse: false,
        }))))
    }

    fn len(&self) -> Option<PyResult<usize>> {
        Some(Ok(self.items.borrow().len()))
    }

    fn hash(&self) -> Option<PyResult<i64>> {
        Some(Err(type_error("unhashable type: 'collections.deque'")))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// Iteration over a deque, failing if the deque's length changes.
#[derive(Debug)]
struct DequeIter {
    deque: Rc<dyn NativeObject>,
    pos: Cell<usize>,
    state: u64,
    reverse: bool,
}

impl DequeIter {
    fn step(&self) -> PyResult<Option<Value>> {
        let Some(d) = self.deque.as_any().downcast_ref::<Deque>() else {
            return Ok(None);
        };
        if d.state.get() != self.state {
            return Err(exceptions::runtime_error("deque mutated during iteration"));
        }
        let items = d.items.borrow();
        let i = self.pos.get();
        if i >= items.len() {
            return Ok(None);
        }
        self.pos.set(i + 1);
        let at = if self.reverse { items.len() - 1 - i } else { i };
        Ok(items.get(at).cloned())
    }
}

impl NativeObject for DequeIter {
    fn type_name(&self) -> &'static str {
        if self.reverse {
            DEQUE_REV_ITER
        } else {
            DEQUE_ITER
        }
    }

    fn method_names(&self) -> &'static [&'static str] {
        &["__next__", "__iter__"]
    }

    fn call_method(
        &self,
        _vm: &mut Vm,
        this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        Some(match name {
            "__next__" => super::check_slot_no_args(args, name).and_then(|_| {
                self.step()?.ok_or_else(|| {
                    exceptions::err_from(PyException::new(ExcType::StopIteration, vec![]))
                })
            }),
            "__iter__" => {
                super::check_slot_no_args(args, name).map(|_| Value::Native(this.clone()))
            }
            _ => return None,
        })
    }

    fn iter(&self, this: &Rc<dyn NativeObject>) -> Option<PyResult<Value>> {
        Some(Ok(Value::Native(this.clone())))
    }

    fn next(&self, _vm: &mut Vm, _this: &Rc<dyn NativeObject>) -> Option<PyResult<Option<Value>>> {
        Some(self.step())
    }

    fn len(&self) -> Option<PyResult<usize>> {
        None
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
