//! `mappingproxy`: a read-only view of a mapping. A class's `__dict__`
//! is one over the class's namespace (live: later class attribute changes
//! show through it); `types.MappingProxyType(m)` makes one over any
//! mapping. Reading goes to the mapping (`[]`, `in`, `len`, iteration,
//! `keys`/`values`/`items`/`get`/`copy`, `|`); rich comparisons are the
//! mapping's own, their results passed on unchanged. No method writes.
//! Invariant: `target` is a `Value::Class` (read through its attributes)
//! or a mapping the proxy never mutates.

use crate::exceptions::{type_error, PyResult};
use crate::interp::Vm;
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::native::NativeObject;
use crate::value::{TypeId, Value};
use pyview_syntax::ir::CmpOp;
use std::rc::Rc;

pub const TYPE_NAME: &str = "mappingproxy";

#[derive(Debug)]
pub struct MappingProxy {
    pub target: Value,
}

/// A class's `__dict__`.
pub fn of_class(class: Value) -> Value {
    Value::Native(Rc::new(MappingProxy { target: class }))
}

/// A dict view's `mapping`: a read-only proxy of its dict.
pub fn of_dict(dict: Rc<PyDict>) -> Value {
    Value::Native(Rc::new(MappingProxy {
        target: Value::Dict(dict),
    }))
}

/// `types.MappingProxyType(mapping)`.
pub fn construct(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = crate::modules::clinic_args(args, "mappingproxy", 0, &["mapping"], 1)?;
    let Some(Some(m)) = a.into_iter().next() else {
        return Err(type_error(
            "mappingproxy() missing required argument 'mapping' (pos 1)",
        ));
    };
    let is_mapping = match crate::dispatch::plain(&m) {
        Value::Dict(_) => true,
        Value::List(_) | Value::Tuple(_) => false,
        Value::Native(o) => {
            o.method_names().contains(&"__getitem__") || o.as_any().is::<MappingProxy>()
        }
        other => vm.has_method(other, "__getitem__") && !matches!(other, Value::Str(_)),
    };
    if !is_mapping {
        return Err(type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            m.type_name()
        )));
    }
    Ok(Value::Native(Rc::new(MappingProxy { target: m })))
}

/// A dict with a class's namespace (what comparisons and `copy()` see).
pub fn class_dict(class: &crate::objects::class::PyClass) -> PyResult<Value> {
    let d = PyDict::default();
    for (k, v) in class.attrs.borrow().iter() {
        d.set(Value::Str(k.clone()), v.clone())?;
    }
    Ok(Value::Dict(Rc::new(d)))
}

/// The names `T.__dict__` of a built-in type lists: CPython's where
/// known, else its methods.
fn builtin_type_names(t: TypeId) -> Vec<&'static str> {
    match crate::type_dicts::names(t) {
        Some(ns) => ns.to_vec(),
        None => crate::builtins::type_method_names(t),
    }
}

/// What `T.__dict__` of a built-in type shows: each name with what the
/// type gives for it (with `vm`, read as `T.name`; without, only the
/// methods the type answers for directly).
fn builtin_type_dict(vm: Option<&mut Vm>, t: TypeId) -> PyResult<Value> {
    let d = PyDict::default();
    let mut vm = vm;
    for n in builtin_type_names(t) {
        let v = match vm.as_deref_mut() {
            // The objects `T.name` gives (the same ones, for methods).
            Some(vm) => dict_entry(vm, t, n),
            None if t == TypeId::Type => crate::typeobj::type_method(n),
            None => crate::builtins::type_attr(t, n),
        };
        if let Some(v) = v {
            d.set(Value::str(n), v)?;
        }
    }
    Ok(Value::Dict(Rc::new(d)))
}

/// `T.__dict__[n]` of built-in type `T`: the descriptor the type holds
/// (class and static methods unbound), else what `T.n` gives.
fn dict_entry(vm: &mut Vm, t: TypeId, n: &str) -> Option<Value> {
    use crate::objects::descriptor;
    if let Some(d) = descriptor::dict_only_attr(t, n) {
        return Some(d);
    }
    if n == "__doc__" {
        return vm.getattr(&Value::Type(t), n).ok();
    }
    if descriptor::is_class_method(t, n) {
        return Some(descriptor::class_method_descriptor(t, n));
    }
    if n == "maketrans" {
        let v = vm.getattr(&Value::Type(t), n).ok()?;
        return Some(Value::Wrapper(Rc::new(descriptor::Wrapper::StaticMethod(
            v,
        ))));
    }
    // The byte types' methods, as the method descriptors their dicts hold.
    if matches!(t, TypeId::Bytes | TypeId::ByteArray) && !n.starts_with("__") {
        let name: Rc<str> = n.into();
        let m = name.clone();
        let func = crate::objects::function::closure(n, move |vm, args| {
            let rest = Args {
                pos: args.pos[1..].to_vec(),
                kw: args.kw.clone(),
            };
            vm.call_method(crate::dispatch::plain(&args.pos[0]), &m, rest)
        });
        return Some(Value::Wrapper(Rc::new(descriptor::Wrapper::Method {
            owner: t,
            name,
            func,
        })));
    }
    vm.builtin_type_attr(t, n)
        .or_else(|| vm.getattr(&Value::Type(t), n).ok())
}

impl MappingProxy {
    /// The mapping read: a class's namespace as a dict, else the target.
    fn mapping(&self) -> PyResult<Value> {
        self.mapping_with(None)
    }

    /// `mapping`, reading a built-in type's attributes through `vm`.
    fn mapping_with(&self, vm: Option<&mut Vm>) -> PyResult<Value> {
        match &self.target {
            Value::Class(c) => class_dict(c),
            Value::Type(t) => builtin_type_dict(vm, *t),
            other => Ok(other.clone()),
        }
    }
}

const METHODS: &[&str] = &[
    "__getitem__",
    "__contains__",
    "__iter__",
    "__len__",
    "__reversed__",
    "__repr__",
    "__str__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__or__",
    "__ror__",
    "get",
    "keys",
    "values",
    "items",
    "copy",
];

impl NativeObject for MappingProxy {
    fn type_name(&self) -> &'static str {
        TYPE_NAME
    }

    fn method_names(&self) -> &'static [&'static str] {
        METHODS
    }

    fn len(&self) -> Option<PyResult<usize>> {
        match &self.target {
            Value::Class(c) => Some(Ok(c.attrs.borrow().len())),
            Value::Type(t) => Some(Ok(builtin_type_names(*t).len())),
            t => Some(crate::builtins::len_of(crate::dispatch::plain(t))),
        }
    }

    fn iter(&self, _this: &Rc<dyn NativeObject>) -> Option<PyResult<Value>> {
        let keys = match &self.target {
            Value::Class(c) => c
                .attrs
                .borrow()
                .keys()
                .map(|k| Value::Str(k.clone()))
                .collect(),
            Value::Type(t) => builtin_type_names(*t).into_iter().map(Value::str).collect(),
            t => match crate::dispatch::plain(t) {
                Value::Dict(d) => d.keys(),
                _ => return None,
            },
        };
        Some(Ok(crate::objects::iter::new_value(
            crate::objects::iter::PyIter::Values("dict_keyiterator", keys, 0),
        )))
    }

    fn call_method(
        &self,
        vm: &mut Vm,
        _this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        let one = |what: &str| -> PyResult<Value> {
            args.check_posonly(what, what, 1, 1)?;
            Ok(args.pos[0].clone())
        };
        let cmp = |op: CmpOp| -> Option<CmpOp> { Some(op) };
        let op = match name {
            "__eq__" => cmp(CmpOp::Eq),
            "__ne__" => cmp(CmpOp::NotEq),
            "__lt__" => cmp(CmpOp::Lt),
            "__le__" => cmp(CmpOp::LtE),
            "__gt__" => cmp(CmpOp::Gt),
            "__ge__" => cmp(CmpOp::GtE),
            _ => None,
        };
        if let Some(op) = op {
            return Some(one(name).and_then(|other| {
                let m = self.mapping_with(Some(vm))?;
                vm.rich_compare(op, &m, &other)
            }));
        }
        Some(match name {
            "__getitem__" => one("__getitem__").and_then(|k| match &self.target {
                Value::Class(c) => {
                    let found = match &k {
                        Value::Str(s) => c.attrs.borrow().get(&**s).cloned(),
                        _ => None,
                    };
                    found.ok_or_else(|| {
                        crate::exceptions::err_from(crate::exceptions::PyException::new(
                            crate::exceptions::ExcType::KeyError,
                            vec![k.clone()],
                        ))
                    })
                }
                Value::Type(_) => {
                    let m = self.mapping_with(Some(vm))?;
                    vm.getitem(&m, &k)
                }
                t => vm.getitem(t, &k),
            }),
            "__contains__" => one("__contains__").and_then(|k| match &self.target {
                Value::Class(c) => Ok(Value::Bool(match &k {
                    Value::Str(s) => c.attrs.borrow().contains_key(&**s),
                    _ => false,
                })),
                Value::Type(t) => Ok(Value::Bool(match &k {
                    Value::Str(s) => builtin_type_names(*t).contains(&&**s),
                    _ => false,
                })),
                _ => {
                    let m = self.mapping_with(Some(vm))?;
                    vm.compare(CmpOp::In, &k, &m).map(Value::Bool)
                }
            }),
            "__len__" => args
                .check_none("__len__")
                .and_then(|_| self.mapping_with(Some(vm)))
                .and_then(|m| vm.len_of(&m))
                .map(Value::from_usize),
            "__iter__" => args
                .check_none("__iter__")
                .and_then(|_| self.mapping_with(Some(vm)))
                .and_then(|m| vm.get_iter(&m)),
            "__reversed__" => args.check_none("__reversed__").and_then(|_| {
                let m = self.mapping_with(Some(vm))?;
                let rev = vm.builtin("reversed").unwrap_or(Value::None);
                vm.call(&rev, Args::new(vec![m]))
            }),
            "__repr__" => args.check_none("__repr__").and_then(|_| {
                let m = self.mapping_with(Some(vm))?;
                Ok(Value::Str(
                    format!("mappingproxy({})", vm.repr_of(&m)?).into(),
                ))
            }),
            // str() of the proxy is str() of its mapping.
            "__str__" => args
                .check_none("__str__")
                .and_then(|_| self.mapping_with(Some(vm)))
                .and_then(|m| vm.str_of(&m))
                .map(|s| Value::Str(s.into())),
            "__or__" | "__ror__" => one(name).and_then(|other| {
                let m = self.mapping_with(Some(vm))?;
                let other = match &other {
                    Value::Native(o) => match o.as_any().downcast_ref::<MappingProxy>() {
                        Some(p) => p.mapping()?,
                        None => other.clone(),
                    },
                    _ => other.clone(),
                };
                let (a, b) = if name == "__or__" {
                    (m, other)
                } else {
                    (other, m)
                };
                vm.binary(pyview_syntax::ir::BinOp::BitOr, &a, &b)
            }),
            "get" | "keys" | "values" | "items" | "copy" => {
                self.mapping_with(Some(vm)).and_then(|m| {
                    let m = match (&self.target, name) {
                        // A class's namespace copies to a plain dict.
                        (Value::Class(_), "copy") => return Ok(m),
                        _ => m,
                    };
                    vm.call_method(&m, name, args.clone())
                })
            }
            _ => return None,
        })
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
