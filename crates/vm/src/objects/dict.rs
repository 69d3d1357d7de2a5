//! `dict`: an insertion-ordered hash map (IndexMap) keyed by Python
//! equality and hashing: `1`, `1.0` and `True` are the same key.
//!
//! The dict-based types of `collections` (`OrderedDict`, `defaultdict`,
//! `Counter`) are dicts too, marked by their [`DictKind`], so every dict
//! operation applies to them; `modules::collections` adds what differs.

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
    pub kind: RefCell<DictKind>,
}

/// Which type a dict is.
#[derive(Debug, Default, Clone)]
pub enum DictKind {
    #[default]
    Dict,
    OrderedDict,
    /// A `defaultdict` and its `default_factory`.
    DefaultDict(Value),
    Counter,
}

pub const ORDERED_DICT: &str = "collections.OrderedDict";
pub const DEFAULT_DICT: &str = "collections.defaultdict";
pub const COUNTER: &str = "collections.Counter";

/// Whether a native type name is one of the dict-based types.
pub fn is_dict_type(name: &str) -> bool {
    matches!(name, ORDERED_DICT | DEFAULT_DICT | COUNTER)
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

    pub fn type_id(&self) -> crate::value::TypeId {
        use crate::value::TypeId;
        match &*self.kind.borrow() {
            DictKind::Dict => TypeId::Dict,
            DictKind::OrderedDict => TypeId::Native(ORDERED_DICT),
            DictKind::DefaultDict(_) => TypeId::Native(DEFAULT_DICT),
            DictKind::Counter => TypeId::Native(COUNTER),
        }
    }

    pub fn is_plain(&self) -> bool {
        matches!(*self.kind.borrow(), DictKind::Dict)
    }

    /// Two OrderedDicts are equal only with their keys in the same order.
    pub fn order_differs(&self, other: &PyDict) -> bool {
        let ordered = |d: &PyDict| matches!(*d.kind.borrow(), DictKind::OrderedDict);
        ordered(self)
            && ordered(other)
            && !self
                .map
                .borrow()
                .keys()
                .zip(other.map.borrow().keys())
                .all(|(a, b)| a == b)
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
