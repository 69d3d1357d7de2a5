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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// A live view of a dict (`d.keys()`, `d.values()`, `d.items()`).
#[derive(Debug)]
pub struct DictView {
    pub dict: std::rc::Rc<PyDict>,
    pub kind: ViewKind,
}

impl DictView {
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            ViewKind::Keys => "dict_keys",
            ViewKind::Values => "dict_values",
            ViewKind::Items => "dict_items",
        }
    }

    /// The view's items, in order.
    pub fn items(&self) -> Vec<Value> {
        let map = self.dict.map.borrow();
        match self.kind {
            ViewKind::Keys => map.keys().map(|k| k.value.clone()).collect(),
            ViewKind::Values => map.values().cloned().collect(),
            ViewKind::Items => map
                .iter()
                .map(|(k, v)| Value::new_tuple(vec![k.value.clone(), v.clone()]))
                .collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.dict.map.borrow().len()
    }
}
