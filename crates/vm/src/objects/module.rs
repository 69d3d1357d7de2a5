//! Module objects: a name and a namespace. The namespace is a `Globals`
//! (slots indexed by a name table), the same structure a module's code
//! runs in, so a Python module's attributes are its global variables and
//! `module.__dict__` is the live dict `globals()` returns inside it.
//! Built-in modules use the same structure, filled once.

use crate::exceptions::PyResult;
use crate::interp::{Globals, Vm};
use crate::objects::dict::PyDict;
use crate::value::Value;
use std::cell::Cell;
use std::rc::Rc;

/// Fills in the rest of a built-in module (see `PyModule::rest`).
pub type RestFn = fn(&mut Vm, &Rc<PyModule>) -> PyResult<()>;

#[derive(Debug)]
pub struct PyModule {
    pub name: Rc<str>,
    pub ns: Rc<Globals>,
    /// True while the module's code runs (its import is in progress), so
    /// failed lookups can mention a likely circular import.
    pub initializing: Cell<bool>,
    /// The part of a built-in module made on first need (an attribute
    /// it lacks, `dir`, `__dict__`, `import *`): `collections` compiles
    /// its Python classes and `collections.abc` only when a script uses
    /// them. Invisible to Python code.
    pub rest: Cell<Option<RestFn>>,
}

impl PyModule {
    /// A built-in module with the given attributes (and `__name__`).
    pub fn new(name: &str, attrs: Vec<(&str, Value)>) -> Rc<PyModule> {
        let ns = Rc::new(Globals::default());
        ns.set("__name__", Value::str(name));
        for (k, v) in attrs {
            ns.set(k, v);
        }
        PyModule::with_namespace(name, ns)
    }

    /// A module over an existing namespace (`__main__`, a module file).
    pub fn with_namespace(name: &str, ns: Rc<Globals>) -> Rc<PyModule> {
        Rc::new(PyModule {
            name: name.into(),
            ns,
            initializing: Cell::new(false),
            rest: Cell::new(None),
        })
    }

    pub fn get(&self, name: &str) -> Option<Value> {
        self.ns.get(name)
    }

    pub fn set(&self, name: &str, v: Value) {
        self.ns.set(name, v);
    }

    /// Deletes an attribute; false if there was none.
    pub fn remove(&self, name: &str) -> bool {
        self.ns.remove(name)
    }

    /// The names of the module's attributes, in definition order.
    pub fn names(&self) -> Vec<Rc<str>> {
        self.ns.names()
    }

    /// `module.__dict__`.
    pub fn dict(&self) -> Rc<PyDict> {
        self.ns.dict()
    }

    /// `__file__`, when the module has one.
    pub fn file(&self) -> Option<Rc<str>> {
        match &self.get("__file__") {
            Some(Value::Str(s)) => Some(s.clone()),
            _ => None,
        }
    }

    /// `__name__` as the namespace holds it (what reprs and import
    /// errors show), else the name the module was created with.
    pub fn display_name(&self) -> Rc<str> {
        match &self.get("__name__") {
            Some(Value::Str(s)) => s.clone(),
            _ => self.name.clone(),
        }
    }
}

impl Vm {
    /// Makes the rest of module `m` if it is still to be made (see
    /// `PyModule::rest`); whether it was.
    pub fn complete_module(&mut self, m: &Rc<PyModule>) -> PyResult<bool> {
        match m.rest.take() {
            Some(rest) => rest(self, m).map(|()| true),
            None => Ok(false),
        }
    }
}
