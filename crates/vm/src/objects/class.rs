//! User-defined classes and their instances.
//!
//! Supports single and multiple inheritance with C3 method resolution
//! order, class attributes, methods (bound on instance access),
//! `staticmethod`, `classmethod`, `property`, `super()`, subclasses of the
//! built-in exceptions (whose instances stay `PyException`s carrying their
//! class) and subclasses of int, float, complex, str, bytes, bytearray,
//! list, tuple, dict, set and frozenset, and of the iterator types map,
//! filter, zip, enumerate and reversed (whose instances carry the built-in
//! value they are, in `PyInstance::base`). Other built-in types (bool,
//! range, memoryview, ...) are not acceptable bases, as in CPython;
//! array.array and module types are not supported as bases.
//! Invariants: `mro` starts with the class's first user base and never
//! contains the class (it is searched first, separately); an instance has a
//! `base` exactly when its class's `builtin_base` is one of the value types
//! above, and that base is a value of that type.

use crate::exceptions::{type_error, ExcType, PyResult};
use crate::value::{TypeId, Value};
use indexmap::IndexMap;
use std::cell::RefCell;
use std::rc::Rc;

pub type Attrs = RefCell<IndexMap<Rc<str>, Value>>;

#[derive(Debug)]
pub struct PyClass {
    pub name: Rc<str>,
    /// The name with a static lifetime, for `Value::type_name` (leaked once
    /// per class object created).
    pub static_name: &'static str,
    pub qualname: Rc<str>,
    /// `__module__`: "__main__" for classes defined by scripts.
    pub module: &'static str,
    pub bases: Vec<Value>,
    /// User classes after this one in resolution order.
    pub mro: Vec<Rc<PyClass>>,
    /// The built-in type instances are made of (`object` or an exception).
    pub builtin_base: TypeId,
    pub attrs: Attrs,
    /// The names in the class's own `__slots__`, if it declares them.
    pub slots: Option<Vec<Rc<str>>>,
    /// The class's docstring.
    pub doc: Option<Rc<str>>,
}

#[derive(Debug)]
pub struct PyInstance {
    pub class: Rc<PyClass>,
    pub attrs: Attrs,
    /// The built-in value an instance of a subclass of a built-in type is
    /// (a list, an int...). Mutable bases are shared, so changes made
    /// through the value's methods are changes to the instance.
    pub base: Option<Value>,
    /// The last hash `__hash__` gave (set by `Vm::hash_value`), which the
    /// dict and set tables, hashing without an interpreter, use.
    pub hash: std::cell::Cell<Option<i64>>,
}

/// `staticmethod`, `classmethod` and `property` objects.
#[derive(Debug)]
pub enum Wrapper {
    StaticMethod(Value),
    ClassMethod(Value),
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
    },
}

/// A `super()` proxy: attribute lookup starts after `class` in the MRO
/// of `obj`'s type.
#[derive(Debug)]
pub struct PySuper {
    pub class: Rc<PyClass>,
    pub obj: Value,
}

impl PyClass {
    /// Builds a class, computing its C3 linearisation.
    pub fn new(
        name: Rc<str>,
        qualname: Rc<str>,
        bases: Vec<Value>,
        attrs: IndexMap<Rc<str>, Value>,
    ) -> PyResult<PyClass> {
        let mut builtin_base = TypeId::Object;
        let mut seqs: Vec<Vec<Rc<PyClass>>> = Vec::new();
        let mut direct = Vec::new();
        for b in &bases {
            match b {
                Value::Class(c) => {
                    let mut s = vec![c.clone()];
                    s.extend(c.mro.iter().cloned());
                    seqs.push(s);
                    direct.push(c.clone());
                    if c.builtin_base != TypeId::Object {
                        builtin_base = merge_builtin(builtin_base, c.builtin_base)?;
                    }
                }
                Value::Type(TypeId::Object) => {}
                Value::Type(t) if is_value_base(*t) || matches!(t, TypeId::Exception(_)) => {
                    builtin_base = merge_builtin(builtin_base, *t)?
                }
                Value::Type(
                    t @ (TypeId::Bool
                    | TypeId::NoneType
                    | TypeId::Ellipsis
                    | TypeId::NotImplementedType
                    | TypeId::Range
                    | TypeId::Slice
                    | TypeId::MemoryView
                    | TypeId::Function
                    | TypeId::BuiltinFunction
                    | TypeId::Method
                    | TypeId::StaticMethod
                    | TypeId::ClassMethod
                    | TypeId::Property
                    | TypeId::Super
                    | TypeId::Cell),
                ) => {
                    return Err(type_error(format!(
                        "type '{}' is not an acceptable base type",
                        t.short_name()
                    )))
                }
                Value::Type(t) => {
                    return Err(type_error(format!(
                        "subclassing '{}' is not supported yet",
                        t.short_name()
                    )))
                }
                other => {
                    return Err(type_error(format!(
                        "bases must be types, not {}",
                        other.type_name()
                    )))
                }
            }
        }
        seqs.push(direct);
        let mro = c3_merge(seqs).map_err(|heads| {
            let names: Vec<&str> = heads.iter().map(|c| &*c.name).collect();
            type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ))
        })?;
        let mut attrs = attrs;
        // A class that defines `__eq__` but not `__hash__` is unhashable.
        if attrs.contains_key("__eq__") && !attrs.contains_key("__hash__") {
            attrs.insert("__hash__".into(), Value::None);
        }
        let slots = match attrs.get("__slots__") {
            None => None,
            Some(v) => Some(slot_names(v, &attrs)?),
        };
        let static_name: &'static str = Box::leak(name.to_string().into_boxed_str());
        Ok(PyClass {
            slots,
            doc: None,
            static_name,
            name,
            qualname,
            module: "__main__",
            bases,
            mro,
            builtin_base,
            attrs: RefCell::new(attrs),
        })
    }

    /// Looks `name` up in this class and its user bases.
    pub fn lookup(self: &Rc<Self>, name: &str) -> Option<Value> {
        if let Some(v) = self.attrs.borrow().get(name) {
            return Some(v.clone());
        }
        self.mro
            .iter()
            .find_map(|c| c.attrs.borrow().get(name).cloned())
    }

    /// Looks `name` up in the classes after `after` in this class's MRO.
    pub fn lookup_after(self: &Rc<Self>, after: &Rc<PyClass>, name: &str) -> Option<Value> {
        let mut chain = std::iter::once(self.clone()).chain(self.mro.iter().cloned());
        chain.find(|c| Rc::ptr_eq(c, after))?;
        chain.find_map(|c| c.attrs.borrow().get(name).cloned())
    }

    pub fn is_subclass(self: &Rc<Self>, other: &Rc<PyClass>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.iter().any(|c| Rc::ptr_eq(c, other))
    }

    /// The exception type instances are built on, if the class derives
    /// from an exception.
    pub fn exception_base(&self) -> Option<ExcType> {
        match self.builtin_base {
            TypeId::Exception(e) => Some(e),
            _ => None,
        }
    }

    /// The full `__mro__` as values.
    pub fn mro_values(self: &Rc<Self>) -> Vec<Value> {
        let mut out = vec![Value::Class(self.clone())];
        out.extend(self.mro.iter().map(|c| Value::Class(c.clone())));
        let mut t = match self.builtin_base {
            TypeId::Exception(e) => Some(e),
            TypeId::Object => None,
            other => {
                out.push(Value::Type(other));
                None
            }
        };
        while let Some(e) = t {
            out.push(Value::Type(TypeId::Exception(e)));
            t = e.parent();
        }
        out.push(Value::Type(TypeId::Object));
        out
    }

    /// Whether instances have no `__dict__`: every user class in the MRO
    /// declares `__slots__`, none of them naming `__dict__`.
    pub fn has_slots(self: &Rc<Self>) -> bool {
        std::iter::once(self).chain(self.mro.iter()).all(|c| {
            c.slots
                .as_ref()
                .is_some_and(|s| !s.iter().any(|n| &**n == "__dict__"))
        })
    }

    /// Whether `name` is a slot of this class or a base.
    pub fn is_slot(self: &Rc<Self>, name: &str) -> bool {
        std::iter::once(self).chain(self.mro.iter()).any(|c| {
            c.slots
                .as_ref()
                .is_some_and(|s| s.iter().any(|n| &**n == name))
        })
    }

    /// The built-in value type instances carry as their `base`, if any.
    pub fn value_base(&self) -> Option<TypeId> {
        is_value_base(self.builtin_base).then_some(self.builtin_base)
    }
}

/// Built-in value types a class may derive from, whose instances carry a
/// value of the type (see `PyInstance::base`).
pub fn is_value_base(t: TypeId) -> bool {
    matches!(
        t,
        TypeId::Int
            | TypeId::Float
            | TypeId::Complex
            | TypeId::Str
            | TypeId::Bytes
            | TypeId::ByteArray
            | TypeId::List
            | TypeId::Tuple
            | TypeId::Dict
            | TypeId::Set
            | TypeId::FrozenSet
            | TypeId::Iterator("map" | "filter" | "zip" | "enumerate" | "reversed")
    )
}

/// The names a `__slots__` value declares (a string or an iterable of
/// strings given as a tuple or list).
fn slot_names(v: &Value, attrs: &IndexMap<Rc<str>, Value>) -> PyResult<Vec<Rc<str>>> {
    let items = match v {
        Value::Str(s) => vec![Value::Str(s.clone())],
        Value::Tuple(t) => t.to_vec(),
        Value::List(l) => l.borrow().clone(),
        other => {
            return Err(type_error(format!(
                "'{}' object is not iterable",
                other.type_name()
            )))
        }
    };
    let mut out = Vec::new();
    for item in items {
        let Value::Str(n) = item else {
            return Err(type_error(format!(
                "__slots__ items must be strings, not '{}'",
                item.type_name()
            )));
        };
        if attrs.contains_key(&n) {
            return Err(crate::exceptions::value_error(format!(
                "'{n}' in __slots__ conflicts with class variable"
            )));
        }
        out.push(n);
    }
    Ok(out)
}

fn merge_builtin(a: TypeId, b: TypeId) -> PyResult<TypeId> {
    match (a, b) {
        (TypeId::Object, x) | (x, TypeId::Object) => Ok(x),
        (x, y) if x.is_subtype(y) => Ok(x),
        (x, y) if y.is_subtype(x) => Ok(y),
        _ => Err(type_error("multiple bases have instance lay-out conflict")),
    }
}

/// C3 linearisation of user classes; on failure, the heads of the
/// sequences left (the classes CPython names in its error).
fn c3_merge(mut seqs: Vec<Vec<Rc<PyClass>>>) -> Result<Vec<Rc<PyClass>>, Vec<Rc<PyClass>>> {
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs.iter().find_map(|s| {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, head)));
            (!in_tail).then(|| head.clone())
        });
        let Some(candidate) = candidate else {
            let mut heads: Vec<Rc<PyClass>> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| Rc::ptr_eq(h, &s[0])) {
                    heads.push(s[0].clone());
                }
            }
            return Err(heads);
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &candidate) {
                s.remove(0);
            }
        }
        out.push(candidate);
    }
}
