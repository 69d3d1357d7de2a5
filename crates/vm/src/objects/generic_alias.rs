//! `types.GenericAlias` (`list[int]`) and `types.UnionType` (`int | None`):
//! the values type hints evaluate to. Annotations are evaluated when a
//! function is defined, so hints must not fail; these objects print as
//! CPython's do and expose `__origin__`/`__args__`, and a union can be
//! given to `isinstance`. `types.GenericAlias(origin, args)` makes one;
//! they compare by identity.
//! Invariant: a union's members are distinct and none is itself a union.

use crate::exceptions::{type_error, PyResult};
use crate::interp::Vm;
use crate::objects::native::NativeObject;
use crate::value::{TypeId, Value};
use std::rc::Rc;

#[derive(Debug)]
pub struct GenericAlias {
    pub origin: Value,
    pub args: Vec<Value>,
}

#[derive(Debug)]
pub struct UnionType {
    pub members: Vec<Value>,
}

/// `t[key]` for a built-in type: a generic alias for the types that take
/// parameters (`list`, `dict`, `tuple`, `set`, `frozenset`, `type`, the
/// exception groups).
pub fn class_getitem(t: TypeId, key: &Value) -> PyResult<Value> {
    if !takes_parameters(t) {
        return Err(type_error(format!(
            "type '{}' is not subscriptable",
            t.short_name()
        )));
    }
    Ok(alias(Value::Type(t), key))
}

/// Whether `t[...]` makes a generic alias (for `t` and its subclasses).
pub fn takes_parameters(t: TypeId) -> bool {
    matches!(
        t,
        TypeId::List
            | TypeId::Dict
            | TypeId::Tuple
            | TypeId::Set
            | TypeId::FrozenSet
            | TypeId::Type
            | TypeId::Exception(
                crate::exceptions::ExcType::BaseExceptionGroup
                    | crate::exceptions::ExcType::ExceptionGroup
            )
    )
}

/// The names of the two types, as `type()` gives them.
pub const ALIAS_TYPE: &str = "types.GenericAlias";
pub const UNION_TYPE: &str = "types.UnionType";

/// `types.GenericAlias(origin, args)`: `args` a tuple or one value.
pub fn construct(args: &crate::objects::function::Args) -> PyResult<Value> {
    args.no_kwargs("GenericAlias")?;
    match &args.pos[..] {
        [origin, key] => Ok(alias(origin.clone(), key)),
        other => Err(type_error(format!(
            "GenericAlias expected 2 arguments, got {}",
            other.len()
        ))),
    }
}

/// `origin[key]` as a generic alias.
pub fn alias(origin: Value, key: &Value) -> Value {
    let args = match key {
        Value::Tuple(items) => items.to_vec(),
        other => vec![other.clone()],
    };
    Value::Native(Rc::new(GenericAlias { origin, args }))
}

/// Whether `v` can be a member of a union (`X | Y` on types).
fn is_type_like(v: &Value) -> bool {
    match v {
        Value::Type(_) | Value::Class(_) | Value::None => true,
        Value::Native(o) => o.as_any().is::<GenericAlias>() || o.as_any().is::<UnionType>(),
        _ => false,
    }
}

/// The members of a union value, if `v` is one.
pub fn union_members(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Native(o) => o
            .as_any()
            .downcast_ref::<UnionType>()
            .map(|u| u.members.clone()),
        _ => None,
    }
}

/// `a | b` of two types: their union (`None` when an operand is not a
/// type, so the operator reports its usual error).
pub fn union(a: &Value, b: &Value) -> Option<Value> {
    // NoneType has no `__or__`: one operand must be a type for `|` to unite.
    if !is_type_like(a) || !is_type_like(b) || (a.is_none() && b.is_none()) {
        return None;
    }
    let mut members: Vec<Value> = Vec::new();
    for v in [a, b] {
        for m in union_members(v).unwrap_or_else(|| vec![v.clone()]) {
            if !members.iter().any(|x| x.is(&m)) {
                members.push(m);
            }
        }
    }
    if members.len() == 1 {
        return members.pop();
    }
    Some(Value::Native(Rc::new(UnionType { members })))
}

/// How a type hint argument prints inside `list[...]` or a union: types by
/// their (qualified) name, `...` and `None` as written, others by repr.
fn hint_repr(v: &Value) -> String {
    match v {
        Value::Type(t) => t.name().to_string(),
        Value::Class(c) => c.display_name(),
        Value::None => "None".into(),
        Value::Ellipsis => "...".into(),
        Value::Native(o) => match o.as_any().downcast_ref::<GenericAlias>() {
            Some(g) => g.repr(0),
            None => match o.as_any().downcast_ref::<UnionType>() {
                Some(u) => u.repr(0),
                None => crate::ops::repr_simple(v),
            },
        },
        other => crate::ops::repr_simple(other),
    }
}

/// [`hint_repr`] through the interpreter, so that an argument with a
/// `__repr__` of its own (a `TypeVar`: `list[~T]`) shows it.
fn hint_repr_vm(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Instance(_) => vm.repr_of(v),
        Value::Native(o) => match o.as_any().downcast_ref::<GenericAlias>() {
            Some(g) => g.repr_vm(vm),
            None => Ok(hint_repr(v)),
        },
        other => Ok(hint_repr(other)),
    }
}

impl GenericAlias {
    fn repr_vm(&self, vm: &mut Vm) -> PyResult<String> {
        let args: Vec<String> = if self.args.is_empty() {
            vec!["()".into()]
        } else {
            self.args
                .iter()
                .map(|a| hint_repr_vm(vm, a))
                .collect::<PyResult<_>>()?
        };
        Ok(format!(
            "{}[{}]",
            hint_repr_vm(vm, &self.origin)?,
            args.join(", ")
        ))
    }
}

impl NativeObject for GenericAlias {
    fn type_name(&self) -> &'static str {
        ALIAS_TYPE
    }

    fn method_names(&self) -> &'static [&'static str] {
        &["__repr__"]
    }

    fn call_method(
        &self,
        vm: &mut Vm,
        _this: &Rc<dyn NativeObject>,
        name: &str,
        args: &crate::objects::function::Args,
    ) -> Option<PyResult<Value>> {
        match name {
            "__repr__" => Some(
                args.check_none("__repr__")
                    .and_then(|()| self.repr_vm(vm))
                    .map(|s| Value::str(&s)),
            ),
            _ => None,
        }
    }

    fn repr(&self, _addr: usize) -> String {
        let args: Vec<String> = if self.args.is_empty() {
            vec!["()".into()]
        } else {
            self.args.iter().map(hint_repr).collect()
        };
        format!("{}[{}]", hint_repr(&self.origin), args.join(", "))
    }

    fn getattr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "__origin__" => self.origin.clone(),
            "__args__" => Value::new_tuple(self.args.clone()),
            _ => return None,
        }))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl NativeObject for UnionType {
    fn type_name(&self) -> &'static str {
        UNION_TYPE
    }

    fn repr(&self, _addr: usize) -> String {
        let parts: Vec<String> = self.members.iter().map(hint_repr).collect();
        parts.join(" | ")
    }

    fn getattr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "__args__" => Value::new_tuple(
                self.members
                    .iter()
                    .map(|m| match m {
                        Value::None => Value::Type(TypeId::NoneType),
                        m => m.clone(),
                    })
                    .collect(),
            ),
            _ => return None,
        }))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
