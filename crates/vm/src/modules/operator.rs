//! The `operator` module: the operators as functions (`add`, `lt`,
//! `getitem`, `not_`, the in-place `iadd`..., with their `__add__`-style
//! aliases), and the callable objects `itemgetter`, `attrgetter` and
//! `methodcaller`.
//!
//! Every function goes through the interpreter's own operator paths, so
//! user classes' special methods and CPython's error messages apply as
//! they do for the operators themselves. `_operator` is the same module
//! under its C name (with `_compare_digest`). Not supported:
//! `length_hint`'s `__length_hint__` protocol (it answers `len()` or the
//! default).

use crate::exceptions::{self, type_error, value_error, PyResult};
use crate::interp::Vm;
use crate::objects::function::{builtin, Args, Builtin};
use crate::objects::module::PyModule;
use crate::objects::native::NativeObject;
use crate::value::{TypeId, Value};
use pyview_syntax::ir::{BinOp, CmpOp};
use std::rc::Rc;

pub const ITEMGETTER: &str = "operator.itemgetter";
pub const ATTRGETTER: &str = "operator.attrgetter";
pub const METHODCALLER: &str = "operator.methodcaller";

/// Binary operators: the name, whether it has a `__name__` alias, the
/// operator and whether it is the in-place form.
const BINARY: &[(&str, bool, BinOp, bool)] = &[
    ("add", true, BinOp::Add, false),
    ("sub", true, BinOp::Sub, false),
    ("mul", true, BinOp::Mul, false),
    ("matmul", true, BinOp::MatMul, false),
    ("truediv", true, BinOp::Div, false),
    ("floordiv", true, BinOp::FloorDiv, false),
    ("mod", true, BinOp::Mod, false),
    ("pow", true, BinOp::Pow, false),
    ("lshift", true, BinOp::LShift, false),
    ("rshift", true, BinOp::RShift, false),
    ("and_", false, BinOp::BitAnd, false),
    ("or_", false, BinOp::BitOr, false),
    ("xor", true, BinOp::BitXor, false),
    ("iadd", true, BinOp::Add, true),
    ("isub", true, BinOp::Sub, true),
    ("imul", true, BinOp::Mul, true),
    ("imatmul", true, BinOp::MatMul, true),
    ("itruediv", true, BinOp::Div, true),
    ("ifloordiv", true, BinOp::FloorDiv, true),
    ("imod", true, BinOp::Mod, true),
    ("ipow", true, BinOp::Pow, true),
    ("ilshift", true, BinOp::LShift, true),
    ("irshift", true, BinOp::RShift, true),
    ("iand", true, BinOp::BitAnd, true),
    ("ior", true, BinOp::BitOr, true),
    ("ixor", true, BinOp::BitXor, true),
];

const COMPARE: &[(&str, CmpOp)] = &[
    ("lt", CmpOp::Lt),
    ("le", CmpOp::LtE),
    ("eq", CmpOp::Eq),
    ("ne", CmpOp::NotEq),
    ("ge", CmpOp::GtE),
    ("gt", CmpOp::Gt),
];

type Func = fn(&mut Vm, &Args) -> PyResult<Value>;

/// Functions of one or more arguments: the name, a `__name__` alias if
/// any, and the function.
const OTHERS: &[(&str, Option<&str>, Func)] = &[
    ("neg", Some("__neg__"), neg),
    ("pos", Some("__pos__"), pos),
    ("invert", Some("__invert__"), invert),
    ("inv", Some("__inv__"), invert),
    ("abs", Some("__abs__"), abs),
    ("not_", Some("__not__"), not_),
    ("truth", None, truth),
    ("index", Some("__index__"), index),
    ("is_", None, is_),
    ("is_not", None, is_not),
    ("contains", Some("__contains__"), contains),
    ("countOf", None, count_of),
    ("indexOf", None, index_of),
    ("getitem", Some("__getitem__"), getitem),
    ("setitem", Some("__setitem__"), setitem),
    ("delitem", Some("__delitem__"), delitem),
    ("concat", Some("__concat__"), concat),
    ("iconcat", Some("__iconcat__"), iconcat),
    ("length_hint", None, length_hint),
    ("call", Some("__call__"), call),
    ("_compare_digest", None, compare_digest),
];

/// `operator` and `_operator` (the same functions: CPython's `operator`
/// re-exports its C half).
pub fn module(name: &str) -> Rc<PyModule> {
    let mut attrs: Vec<(String, Value)> = Vec::new();
    for &(name, alias, op, inplace) in BINARY {
        let f = binary_fn(name, op, inplace);
        if alias {
            attrs.push((format!("__{name}__"), f.clone()));
        }
        attrs.push((name.to_string(), f));
    }
    for &(name, op) in COMPARE {
        let f = compare_fn(name, op);
        attrs.push((format!("__{name}__"), f.clone()));
        attrs.push((name.to_string(), f));
    }
    for &(name, alias, f) in OTHERS {
        let f = builtin(name, Some("_operator"), f);
        if let Some(a) = alias {
            attrs.push((a.to_string(), f.clone()));
        }
        attrs.push((name.to_string(), f));
    }
    for t in [ITEMGETTER, ATTRGETTER, METHODCALLER] {
        attrs.push((
            t.trim_start_matches("operator.").to_string(),
            Value::Type(TypeId::Native(t)),
        ));
    }
    attrs.sort_by(|a, b| a.0.cmp(&b.0));
    PyModule::new(
        name,
        attrs.iter().map(|(k, v)| (k.as_str(), v.clone())).collect(),
    )
}

fn closure(name: &str, f: impl Fn(&mut Vm, &Args) -> PyResult<Value> + 'static) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name: name.into(),
        module: Some("_operator".into()),
        frame: None,
        level: crate::objects::function::CallLevel::Never,
        receiver: None,
        func: Rc::new(f),
    }))
}

/// The arguments of a two-operand function: `add expected 2 arguments, got 1`.
fn two<'a>(args: &'a Args, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    args.no_kwargs(&format!("_operator.{name}"))?;
    args.check_positional(name, 2, 2)?;
    Ok((&args.pos[0], &args.pos[1]))
}

fn one<'a>(args: &'a Args, name: &str) -> PyResult<&'a Value> {
    args.check_one(&format!("_operator.{name}"))
}

fn binary_fn(name: &'static str, op: BinOp, inplace: bool) -> Value {
    closure(name, move |vm, args| {
        let (a, b) = two(args, name)?;
        if inplace {
            vm.inplace(op, a, b)
        } else {
            vm.binary(op, a, b)
        }
    })
}

fn compare_fn(name: &'static str, op: CmpOp) -> Value {
    closure(name, move |vm, args| {
        let (a, b) = two(args, name)?;
        vm.rich_compare(op, a, b)
    })
}

/// A unary operator through the operand's special method, else the
/// built-in rule.
fn unary(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    special: &str,
    f: fn(&Value) -> PyResult<Value>,
) -> PyResult<Value> {
    let x = one(args, name)?;
    match vm.call_special(x, special, vec![]) {
        Some(r) => r,
        None => f(x),
    }
}

fn neg(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "neg", "__neg__", crate::ops::unary_neg)
}

fn pos(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "pos", "__pos__", crate::ops::unary_pos)
}

fn invert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "invert", "__invert__", crate::ops::unary_invert)
}

fn abs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = one(args, "abs")?.clone();
    let f = vm
        .builtin("abs")
        .ok_or_else(|| type_error("abs is not available"))?;
    vm.call(&f, Args::new(vec![x]))
}

fn not_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = one(args, "not_")?;
    Ok(Value::Bool(!vm.truthy(x)?))
}

fn truth(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = one(args, "truth")?;
    Ok(Value::Bool(vm.truthy(x)?))
}

fn index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = one(args, "index")?;
    match super::index_value(vm, x)? {
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        n @ (Value::Int(_) | Value::BigInt(_)) => Ok(n),
        other => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// The str behind a str or an instance of a str subclass.
fn str_of(v: &Value) -> Option<&str> {
    match v {
        Value::Str(s) => Some(s),
        Value::Instance(i) => match &i.base {
            Some(Value::Str(s)) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// `_compare_digest(a, b)`: equality of two ASCII strs or two bytes-like
/// objects, examining every byte of `b` whatever the result (the point of
/// the function: its time does not tell where the first difference is).
fn compare_digest(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(args, "_compare_digest")?;
    let (x, y) = match (str_of(a), str_of(b)) {
        (Some(x), Some(y)) => {
            if !x.is_ascii() || !y.is_ascii() {
                return Err(type_error(
                    "comparing strings with non-ASCII characters is not supported",
                ));
            }
            (x.as_bytes().to_vec(), y.as_bytes().to_vec())
        }
        _ => {
            let is_buffer = crate::buffer::is_buffer;
            if !is_buffer(a) && !is_buffer(b) {
                return Err(type_error(format!(
                    "unsupported operand types(s) or combination of types: '{}' and '{}'",
                    a.type_name(),
                    b.type_name()
                )));
            }
            let read = |v: &Value| {
                crate::buffer::ContiguousBuffer::readable(v)
                    .and_then(|buf| buf.with(<[u8]>::to_vec))
            };
            (read(a)?, read(b)?)
        }
    };
    // Compare against b's length in full, as CPython's tscmp does.
    let mut diff = u8::from(x.len() != y.len());
    for (i, &c) in y.iter().enumerate() {
        diff |= x.get(i).copied().unwrap_or(!c) ^ c;
    }
    Ok(Value::Bool(diff == 0))
}

fn is_(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(args, "is_")?;
    Ok(Value::Bool(a.is(b)))
}

fn is_not(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(args, "is_not")?;
    Ok(Value::Bool(!a.is(b)))
}

fn contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(args, "contains")?;
    vm.compare(CmpOp::In, b, a).map(Value::Bool)
}

fn count_of(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(args, "countOf")?;
    let mut n = 0;
    vm.for_each(a, |vm, v| {
        if v.is(b) || vm.compare(CmpOp::Eq, &v, b)? {
            n += 1;
        }
        Ok(())
    })?;
    Ok(Value::Int(n))
}

fn index_of(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(args, "indexOf")?;
    let mut i = 0;
    let mut found = false;
    vm.for_each_until(a, |vm, v| {
        found = v.is(b) || vm.compare(CmpOp::Eq, &v, b)?;
        if !found {
            i += 1;
        }
        Ok(found)
    })?;
    if found {
        Ok(Value::Int(i))
    } else {
        Err(value_error("sequence.index(x): x not in sequence"))
    }
}

fn getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(args, "getitem")?;
    vm.getitem(a, b)
}

fn setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("_operator.setitem")?;
    args.check_positional("setitem", 3, 3)?;
    vm.setitem(&args.pos[0], &args.pos[1], args.pos[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(args, "delitem")?;
    vm.delitem(a, b)?;
    Ok(Value::None)
}

/// Whether `v` is a sequence for `concat` (its type has `__getitem__`).
fn is_sequence(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Str(_)
        | Value::Bytes(_)
        | Value::ByteArray(_)
        | Value::List(_)
        | Value::Tuple(_)
        | Value::Array(_)
        | Value::Range(_)
        | Value::MemoryView(_)
        | Value::Dict(_) => true,
        _ => vm.has_method(v, "__getitem__"),
    }
}

fn concat_with(vm: &mut Vm, args: &Args, name: &str, inplace: bool) -> PyResult<Value> {
    let (a, b) = two(args, name)?;
    if !is_sequence(vm, a) {
        return Err(type_error(format!(
            "'{}' object can't be concatenated",
            a.type_name()
        )));
    }
    if inplace {
        vm.inplace(BinOp::Add, a, b)
    } else {
        vm.binary(BinOp::Add, a, b)
    }
}

fn concat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    concat_with(vm, args, "concat", false)
}

fn iconcat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    concat_with(vm, args, "iconcat", true)
}

/// `call(obj, /, *args, **kwargs)` (new in 3.11).
fn call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some((f, rest)) = args.pos.split_first() else {
        return Err(type_error("call expected at least 1 argument, got 0"));
    };
    vm.call(
        f,
        Args {
            pos: rest.to_vec(),
            kw: args.kw.clone(),
        },
    )
}

fn length_hint(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("_operator.length_hint")?;
    args.check_positional("length_hint", 1, 2)?;
    let default = match args.pos.get(1) {
        None => 0,
        Some(Value::Int(n)) => *n,
        Some(other) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    let obj = &args.pos[0];
    match vm.len_of(obj) {
        Ok(n) => return Ok(Value::from_usize(n)),
        Err(e) if e.exc.typ == exceptions::ExcType::TypeError => {}
        Err(e) => return Err(e),
    }
    if !vm.has_method(obj, "__length_hint__") {
        return Ok(Value::Int(default));
    }
    let hint = vm.call_method(obj, "__length_hint__", Args::new(Vec::new()))?;
    match hint {
        Value::NotImplemented => Ok(Value::Int(default)),
        Value::Int(n) if n < 0 => Err(value_error("__length_hint__() should return >= 0")),
        Value::Int(_) | Value::BigInt(_) => Ok(hint),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        other => Err(type_error(format!(
            "__length_hint__ must be an integer, not {}",
            other.type_name()
        ))),
    }
}

/// `itemgetter(*items)`, `attrgetter(*names)`, `methodcaller(name, ...)`.
pub fn construct(type_name: &str, args: &Args) -> Option<PyResult<Value>> {
    let r = match type_name {
        ITEMGETTER => (|| {
            args.no_kwargs("itemgetter")?;
            if args.pos.is_empty() {
                return Err(type_error("itemgetter expected 1 argument, got 0"));
            }
            Ok(Getter::Item(args.pos.clone()))
        })(),
        ATTRGETTER => (|| {
            args.no_kwargs("attrgetter")?;
            if args.pos.is_empty() {
                return Err(type_error("attrgetter expected 1 argument, got 0"));
            }
            let mut names = Vec::new();
            for v in &args.pos {
                let Value::Str(s) = v else {
                    return Err(type_error("attribute name must be a string"));
                };
                names.push(s.clone());
            }
            Ok(Getter::Attr(names))
        })(),
        METHODCALLER => (|| {
            let Some(name) = args.pos.first() else {
                return Err(type_error(
                    "methodcaller needs at least one argument, the method name",
                ));
            };
            let Value::Str(name) = name else {
                return Err(type_error("method name must be a string"));
            };
            Ok(Getter::Method(
                name.clone(),
                Args {
                    pos: args.pos[1..].to_vec(),
                    kw: args.kw.clone(),
                },
            ))
        })(),
        _ => return None,
    };
    Some(r.map(|g| Value::Native(Rc::new(g))))
}

/// The three callable objects.
#[derive(Debug)]
enum Getter {
    Item(Vec<Value>),
    /// Names, possibly dotted (`'a.b'`).
    Attr(Vec<Rc<str>>),
    Method(Rc<str>, Args),
}

impl Getter {
    fn call(&self, vm: &mut Vm, args: &Args) -> PyResult<Value> {
        let short = match self {
            Getter::Item(_) => "itemgetter",
            Getter::Attr(_) => "attrgetter",
            Getter::Method(..) => "methodcaller",
        };
        args.no_kwargs(short)?;
        args.check_positional(short, 1, 1)?;
        let obj = &args.pos[0];
        match self {
            Getter::Item(items) => {
                if let [k] = &items[..] {
                    return vm.getitem(obj, k);
                }
                let mut out = Vec::with_capacity(items.len());
                for k in items {
                    out.push(vm.getitem(obj, k)?);
                }
                Ok(Value::new_tuple(out))
            }
            Getter::Attr(names) => {
                let mut out = Vec::with_capacity(names.len());
                for n in names {
                    let mut v = obj.clone();
                    for part in n.split('.') {
                        v = vm.getattr(&v, part)?;
                    }
                    out.push(v);
                }
                if out.len() == 1 {
                    return Ok(out.swap_remove(0));
                }
                Ok(Value::new_tuple(out))
            }
            Getter::Method(name, margs) => vm.call_method(obj, name, margs.clone()),
        }
    }

    fn repr(&self, vm: &mut Vm) -> PyResult<String> {
        let mut parts = Vec::new();
        let name = match self {
            Getter::Item(items) => {
                for v in items {
                    parts.push(vm.repr_of(v)?);
                }
                "itemgetter"
            }
            Getter::Attr(names) => {
                for n in names {
                    parts.push(vm.repr_of(&Value::Str(n.clone()))?);
                }
                "attrgetter"
            }
            Getter::Method(n, args) => {
                parts.push(vm.repr_of(&Value::Str(n.clone()))?);
                for v in &args.pos {
                    parts.push(vm.repr_of(v)?);
                }
                for (k, v) in &args.kw {
                    parts.push(format!("{k}={}", vm.repr_of(v)?));
                }
                "methodcaller"
            }
        };
        Ok(format!("operator.{name}({})", parts.join(", ")))
    }
}

impl NativeObject for Getter {
    fn each_child(&self, f: &mut dyn FnMut(&Value)) {
        match self {
            Getter::Item(items) => items.iter().for_each(f),
            Getter::Attr(_) => {}
            Getter::Method(_, args) => {
                args.pos.iter().for_each(&mut *f);
                args.kw.iter().for_each(|(_, v)| f(v));
            }
        }
    }

    fn type_name(&self) -> &'static str {
        match self {
            Getter::Item(_) => ITEMGETTER,
            Getter::Attr(_) => ATTRGETTER,
            Getter::Method(..) => METHODCALLER,
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
            "__call__" => self.call(vm, args),
            "__repr__" => self.repr(vm).map(|s| Value::str(&s)),
            _ => return None,
        })
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
