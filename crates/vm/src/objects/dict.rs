//! `dict`: an insertion-ordered hash map (IndexMap) keyed by Python
//! equality and hashing: `1`, `1.0` and `True` are the same key.

use crate::exceptions::{type_error, PyResult};
use crate::ops;
use crate::value::Value;
use indexmap::IndexMap;
use std::cell::RefCell;
use std::hash::{Hash, Hasher};

/// A hashable value used as a key; hashing is computed once on insert.
#[derive(Debug, Clone)]
pub struct Key {
    pub value: Value,
    hash: i64,
}

impl Key {
    pub fn new(value: Value) -> PyResult<Key> {
        let hash = ops::hash(&value)?;
        Ok(Key { value, hash })
    }
}

impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        self.hash == other.hash && ops::eq_simple(&self.value, &other.value)
    }
}

impl Eq for Key {}

#[derive(Debug, Default)]
pub struct PyDict {
    pub map: RefCell<IndexMap<Key, Value>>,
}

impl PyDict {
    pub fn get(&self, k: &Value) -> PyResult<Option<Value>> {
        Ok(self.map.borrow().get(&Key::new(k.clone())?).cloned())
    }

    pub fn set(&self, k: Value, v: Value) -> PyResult<()> {
        self.map.borrow_mut().insert(Key::new(k)?, v);
        Ok(())
    }

    pub fn keys(&self) -> Vec<Value> {
        self.map.borrow().keys().map(|k| k.value.clone()).collect()
    }
}

pub fn unhashable(v: &Value) -> Box<crate::exceptions::PyErr> {
    type_error(format!("unhashable type: '{}'", v.type_name()))
}
