//! The `types` module: the types of built-in objects under their `types`
//! names (`FunctionType`, `MappingProxyType`...) and the dynamic class
//! creation functions `new_class`, `prepare_class` and `resolve_bases`.
//! `FrameType`, `CodeType`, `TracebackType`, `CellType`, `GenericAlias`
//! (callable as `GenericAlias(origin, args)`) and `UnionType` name the
//! types of those objects; none but `GenericAlias` can be called, as in
//! CPython (whose `CodeType(...)` and `TracebackType(...)` pyview does not
//! support). `ClassMethodDescriptorType` has no instances in pyview.
//! Not provided: `SimpleNamespace`, `DynamicClassAttribute`.
//! `coroutine` marks a generator function's code shared by all functions
//! made from the same `def` (CPython replaces that one function's code).

use crate::exceptions::{type_error, PyResult};
use crate::interp::Vm;
use crate::objects::dict::PyDict;
use crate::objects::function::{builtin, Args};
use crate::objects::module::PyModule;
use crate::value::{TypeId, Value};
use std::rc::Rc;

/// The type CPython gives the class methods of built-in types
/// (`dict.__dict__['fromkeys']`); pyview's are plain built-in functions,
/// so this type only exists to be named (it has no instances).
pub const CLASSMETHOD_DESCRIPTOR: &str = "classmethod_descriptor";

pub fn module() -> Rc<PyModule> {
    let mut attrs: Vec<(&str, Value)> = vec![
        ("FunctionType", Value::Type(TypeId::Function)),
        ("LambdaType", Value::Type(TypeId::Function)),
        ("MethodType", Value::Type(TypeId::Method)),
        ("BuiltinFunctionType", Value::Type(TypeId::BuiltinFunction)),
        ("BuiltinMethodType", Value::Type(TypeId::BuiltinFunction)),
        ("ModuleType", Value::Type(TypeId::Module)),
        ("GeneratorType", Value::Type(TypeId::Iterator("generator"))),
        ("CoroutineType", Value::Type(TypeId::Iterator("coroutine"))),
        (
            "AsyncGeneratorType",
            Value::Type(TypeId::Iterator("async_generator")),
        ),
        ("NoneType", Value::Type(TypeId::NoneType)),
        ("EllipsisType", Value::Type(TypeId::Ellipsis)),
        (
            "NotImplementedType",
            Value::Type(TypeId::NotImplementedType),
        ),
        (
            "MappingProxyType",
            Value::Type(TypeId::Native(crate::objects::mappingproxy::TYPE_NAME)),
        ),
        (
            "GetSetDescriptorType",
            Value::Type(TypeId::Native(crate::objects::descriptor::GETSET_TYPE)),
        ),
        (
            "MemberDescriptorType",
            Value::Type(TypeId::Native(crate::objects::descriptor::MEMBER_TYPE)),
        ),
        (
            "MethodDescriptorType",
            Value::Type(TypeId::Native(crate::objects::descriptor::METHOD_TYPE)),
        ),
        (
            "WrapperDescriptorType",
            Value::Type(TypeId::Native(
                crate::objects::descriptor::SLOT_WRAPPER_TYPE,
            )),
        ),
        (
            "ClassMethodDescriptorType",
            Value::Type(TypeId::Native(CLASSMETHOD_DESCRIPTOR)),
        ),
        ("FrameType", Value::Type(TypeId::Native("frame"))),
        ("CodeType", Value::Type(TypeId::Native("code"))),
        ("TracebackType", Value::Type(TypeId::Native("traceback"))),
        (
            "CellType",
            Value::Type(TypeId::Native(crate::objects::cell::TYPE_NAME)),
        ),
        (
            "GenericAlias",
            Value::Type(TypeId::Native(crate::objects::generic_alias::ALIAS_TYPE)),
        ),
        (
            "UnionType",
            Value::Type(TypeId::Native(crate::objects::generic_alias::UNION_TYPE)),
        ),
        (
            "MethodWrapperType",
            Value::Type(TypeId::Native(
                crate::objects::descriptor::METHOD_WRAPPER_TYPE,
            )),
        ),
    ];
    let fns: &[(&str, fn(&mut Vm, &Args) -> PyResult<Value>)] = &[
        ("coroutine", crate::coroutine::types_coroutine),
        ("new_class", new_class),
        ("prepare_class", prepare_class),
        ("resolve_bases", resolve_bases),
    ];
    for (name, f) in fns {
        attrs.push((name, builtin(name, Some("types"), *f)));
    }
    PyModule::new("types", attrs)
}

/// The `(name, bases=(), kwds=None)` arguments shared by `new_class`
/// and `prepare_class`; `kwds` as keyword pairs.
fn class_args(
    vm: &mut Vm,
    args: &Args,
    fname: &str,
    extra: &[&str],
) -> PyResult<(
    Rc<str>,
    Vec<Value>,
    Vec<(Rc<str>, Value)>,
    Vec<Option<Value>>,
)> {
    let mut params = vec!["name", "bases", "kwds"];
    params.extend_from_slice(extra);
    let a = crate::modules::clinic_args(args, fname, 0, &params, 1)?;
    let name = match a.first().cloned().flatten() {
        Some(Value::Str(ref s)) => s.clone(),
        Some(other) => {
            return Err(type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                other.type_name()
            )))
        }
        None => {
            return Err(type_error(format!(
                "{fname}() missing 1 required positional argument: 'name'"
            )))
        }
    };
    let bases = match a.get(1).cloned().flatten() {
        None => Vec::new(),
        Some(b) => vm.collect(&b)?,
    };
    let mut kw = Vec::new();
    if let Some(k) = a.get(2).cloned().flatten().filter(|k| !k.is_none()) {
        let Value::Dict(d) = crate::dispatch::plain(&k) else {
            return Err(type_error(format!(
                "'{}' object is not a mapping",
                k.type_name()
            )));
        };
        for (key, v) in d.map.borrow().iter() {
            let Value::Str(s) = crate::dispatch::plain(&key.value) else {
                return Err(type_error("keywords must be strings"));
            };
            kw.push((s.clone(), v.clone()));
        }
    }
    Ok((name, bases, kw, a.into_iter().skip(3).collect()))
}

fn kw_dict(kw: Vec<(Rc<str>, Value)>) -> PyResult<Value> {
    let d = PyDict::default();
    for (k, v) in kw {
        d.set(Value::Str(k), v)?;
    }
    Ok(Value::Dict(Rc::new(d)))
}

/// `types.resolve_bases(bases)`: bases with `__mro_entries__` replaced
/// by what it returns.
fn resolve_bases(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("resolve_bases", "resolve_bases", 1, 1)?;
    let bases = vm.collect(&args.pos[0])?;
    let resolved = vm.resolve_mro_entries(&bases)?;
    match resolved {
        Some(r) => Ok(Value::new_tuple(r)),
        None => Ok(match &args.pos[0] {
            t @ Value::Tuple(_) => t.clone(),
            _ => Value::new_tuple(bases),
        }),
    }
}

/// `types.prepare_class(name, bases=(), kwds=None)`: the metaclass, the
/// namespace its `__prepare__` makes, and the keywords left.
fn prepare_class(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (name, bases, mut kw, _) = class_args(vm, args, "prepare_class", &[])?;
    let (meta, ns) = vm.prepare_class(&name, &bases, &mut kw)?;
    let ns = ns.unwrap_or_else(|| Value::Dict(Rc::new(PyDict::default())));
    Ok(Value::new_tuple(vec![meta, ns, kw_dict(kw)?]))
}

/// `types.new_class(name, bases=(), kwds=None, exec_body=None)`: a class
/// made as a class statement would make it, `exec_body(ns)` filling its
/// namespace.
fn new_class(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (name, bases, mut kw, rest) = class_args(vm, args, "new_class", &["exec_body"])?;
    let resolved = vm.resolve_mro_entries(&bases)?;
    let (meta, ns) = vm.prepare_class(&name, resolved.as_deref().unwrap_or(&bases), &mut kw)?;
    let ns = ns.unwrap_or_else(|| Value::Dict(Rc::new(PyDict::default())));
    if let Some(body) = rest.into_iter().next().flatten().filter(|b| !b.is_none()) {
        vm.call(&body, Args::new(vec![ns.clone()]))?;
    }
    if resolved.is_some() {
        vm.setitem(
            &ns,
            &Value::str("__orig_bases__"),
            Value::new_tuple(bases.clone()),
        )?;
    }
    // `type.__new__` names the module of the code calling it: here, types.
    if let Value::Dict(d) = crate::dispatch::plain(&ns) {
        if d.get(&Value::str("__module__"))?.is_none() {
            d.set(Value::str("__module__"), Value::str("types"))?;
        }
    }
    let bases = resolved.unwrap_or(bases);
    vm.call(
        &meta,
        Args {
            pos: vec![Value::Str(name), Value::new_tuple(bases), ns],
            kw,
        },
    )
}
