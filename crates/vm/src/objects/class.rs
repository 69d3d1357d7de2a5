//! User-defined classes and their instances.
//!
//! Supports single and multiple inheritance with C3 method resolution
//! order, class attributes, methods (bound on instance access),
//! `staticmethod`, `classmethod`, `property`, `super()`, and subclasses of
//! the built-in exceptions (whose instances stay `PyException`s carrying
//! their class). Subclassing other built-in types is not supported yet.
//! Invariant: `mro` starts with the class itself' first user base and
//! never contains the class (it is searched first, separately).

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
}

#[derive(Debug)]
pub struct PyInstance {
    pub class: Rc<PyClass>,
    pub attrs: Attrs,
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
                Value::Type(t @ TypeId::Exception(_)) => {
                    builtin_base = merge_builtin(builtin_base, *t)?
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
        let mro = c3_merge(seqs).ok_or_else(|| {
            let names: Vec<String> = bases
                .iter()
                .filter_map(|b| {
                    if let Value::Class(c) = b {
                        Some(c.name.to_string())
                    } else {
                        None
                    }
                })
                .collect();
            type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ))
        })?;
        let static_name: &'static str = Box::leak(name.to_string().into_boxed_str());
        Ok(PyClass {
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
            _ => None,
        };
        while let Some(e) = t {
            out.push(Value::Type(TypeId::Exception(e)));
            t = e.parent();
        }
        out.push(Value::Type(TypeId::Object));
        out
    }
}

fn merge_builtin(a: TypeId, b: TypeId) -> PyResult<TypeId> {
    match (a, b) {
        (TypeId::Object, x) | (x, TypeId::Object) => Ok(x),
        (x, y) if x.is_subtype(y) => Ok(x),
        (x, y) if y.is_subtype(x) => Ok(y),
        _ => Err(type_error("multiple bases have instance lay-out conflict")),
    }
}

/// C3 linearisation of user classes.
fn c3_merge(mut seqs: Vec<Vec<Rc<PyClass>>>) -> Option<Vec<Rc<PyClass>>> {
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let candidate = seqs.iter().find_map(|s| {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, head)));
            (!in_tail).then(|| head.clone())
        })?;
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &candidate) {
                s.remove(0);
            }
        }
        out.push(candidate);
    }
}
