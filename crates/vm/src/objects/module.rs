//! Module objects: a name and a table of attributes.

use crate::value::Value;
use indexmap::IndexMap;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
pub struct PyModule {
    pub name: Rc<str>,
    pub attrs: RefCell<IndexMap<Rc<str>, Value>>,
}

impl PyModule {
    pub fn new(name: &str, attrs: Vec<(&str, Value)>) -> Rc<PyModule> {
        Rc::new(PyModule {
            name: name.into(),
            attrs: RefCell::new(attrs.into_iter().map(|(k, v)| (k.into(), v)).collect()),
        })
    }

    pub fn get(&self, name: &str) -> Option<Value> {
        self.attrs.borrow().get(name).cloned()
    }
}
