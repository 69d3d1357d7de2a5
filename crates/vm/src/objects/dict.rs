//! `dict`: an insertion-ordered hash map (IndexMap) keyed by Python
//! equality and hashing: `1`, `1.0` and `True` are the same key.
//!
//! The dict-based types of `collections` (`OrderedDict`, `defaultdict`,
//! `Counter`) are dicts too, marked by their [`DictKind`], so every dict
//! operation applies to them; `modules::collections` adds what differs.
//!
//! A dict may be a module namespace (`globals()`, `module.__dict__`, the
//! globals given to `exec`): it then mirrors the module's global slots,
//! which stay the storage code reads. Likewise an instance's `__dict__`
//! mirrors the instance's attributes. Changes made through the methods
//! here (`set`, `insert`, `remove`, `pop_last`, `clear`) reach the slots
//! (or attributes); code that mutates `map` directly must only do so on
//! dicts it created.

use crate::exceptions::{type_error, ExcType, PyResult};
use crate::interp::{Globals, Vm};
use crate::objects::class::PyInstance;
use crate::objects::function::Args;
use crate::ops;
use crate::value::Value;
use indexmap::IndexMap;
use std::cell::RefCell;
use std::hash::{Hash, Hasher};
use std::rc::{Rc, Weak};

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

    /// The hash the key was stored under.
    pub fn stored_hash(&self) -> i64 {
        self.hash
    }
}

impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        // Identity first, as CPython's lookups do (a NaN key finds itself).
        self.hash == other.hash
            && (self.value.is(&other.value) || ops::eq_simple(&self.value, &other.value))
    }
}

impl Eq for Key {}

#[derive(Debug, Default)]
pub struct PyDict {
    pub map: RefCell<IndexMap<Key, Value>>,
    pub kind: RefCell<DictKind>,
    /// The namespace or instance this dict mirrors, if any.
    pub(crate) link: RefCell<Link>,
}

/// What a dict stands for.
#[derive(Debug, Default)]
pub(crate) enum Link {
    #[default]
    None,
    Namespace(Weak<Globals>),
    Instance(Weak<PyInstance>),
}

/// The live owner of a linked dict.
enum Owner {
    Namespace(Rc<Globals>),
    Instance(Rc<PyInstance>),
}

impl Owner {
    /// Takes a change made through the dict to its owner.
    fn changed(&self, name: &Rc<str>, v: Option<Value>) {
        match self {
            Owner::Namespace(ns) => ns.dict_changed(name, v),
            Owner::Instance(i) => {
                if let Ok(mut attrs) = i.attrs.try_borrow_mut() {
                    match v {
                        Some(v) => {
                            attrs.insert(name.clone(), v);
                        }
                        None => {
                            attrs.shift_remove(name);
                        }
                    }
                }
            }
        }
    }
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
        self.insert(Key::new(k)?, v);
        Ok(())
    }

    pub fn insert(&self, k: Key, v: Value) {
        match self.ns_key(&k) {
            None => {
                self.map.borrow_mut().insert(k, v);
            }
            Some((owner, name)) => {
                self.map.borrow_mut().insert(k, v.clone());
                owner.changed(&name, Some(v));
            }
        }
    }

    /// Removes a key, keeping the order of the others.
    pub fn remove(&self, k: &Key) -> Option<Value> {
        let name = self.ns_key(k);
        let v = self.map.borrow_mut().shift_remove(k);
        if let (Some((owner, name)), Some(_)) = (name, &v) {
            owner.changed(&name, None);
        }
        v
    }

    /// Removes the last item (`popitem`).
    pub fn pop_last(&self) -> Option<(Key, Value)> {
        let item = self.map.borrow_mut().pop();
        if let Some((k, _)) = &item {
            if let Some((owner, name)) = self.ns_key(k) {
                owner.changed(&name, None);
            }
        }
        item
    }

    pub fn clear(&self) {
        let keys = self.keys();
        self.map.borrow_mut().clear();
        if let Some(owner) = self.owner() {
            for k in keys {
                if let Value::Str(name) = &k {
                    owner.changed(name, None);
                }
            }
        }
    }

    /// The namespace this dict mirrors, if it is one and still alive.
    pub fn namespace(&self) -> Option<Rc<Globals>> {
        match &*self.link.borrow() {
            Link::Namespace(ns) => ns.upgrade(),
            _ => None,
        }
    }

    pub(crate) fn set_namespace(&self, ns: &Rc<Globals>) {
        *self.link.borrow_mut() = Link::Namespace(Rc::downgrade(ns));
    }

    /// Makes this dict the live `__dict__` of an instance (see
    /// `dispatch::instance_dict`); `false` when it already stands for a
    /// namespace or another instance.
    pub(crate) fn link_instance(&self, i: &Rc<PyInstance>) -> bool {
        let mut link = self.link.borrow_mut();
        let free = match &*link {
            Link::None => true,
            Link::Namespace(ns) => ns.strong_count() == 0,
            Link::Instance(o) => o.strong_count() == 0 || std::ptr::eq(o.as_ptr(), Rc::as_ptr(i)),
        };
        if free {
            *link = Link::Instance(Rc::downgrade(i));
        }
        free
    }

    /// Ends the link to an instance (after `del obj.__dict__`).
    pub(crate) fn unlink(&self) {
        *self.link.borrow_mut() = Link::None;
    }

    fn owner(&self) -> Option<Owner> {
        match &*self.link.borrow() {
            Link::None => None,
            Link::Namespace(ns) => ns.upgrade().map(Owner::Namespace),
            Link::Instance(i) => i.upgrade().map(Owner::Instance),
        }
    }

    /// The owner and the name a key stands for in it, if any.
    fn ns_key(&self, k: &Key) -> Option<(Owner, Rc<str>)> {
        match &k.value {
            Value::Str(s) => self.owner().map(|o| (o, s.clone())),
            _ => None,
        }
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

    /// The keys stored under `hash` (candidates for a key whose equality
    /// is decided by `__eq__`, see `Vm::dict_key`).
    pub fn same_hash(&self, hash: i64) -> Vec<Value> {
        let probe = SameHash {
            hash,
            found: RefCell::new(Vec::new()),
        };
        self.map.borrow().get_index_of(&probe);
        probe.found.into_inner()
    }
}

/// A lookup that matches nothing but records every key the map compares
/// it with: exactly the keys with its hash.
struct SameHash {
    hash: i64,
    found: RefCell<Vec<Value>>,
}

impl Hash for SameHash {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl indexmap::Equivalent<Key> for SameHash {
    fn equivalent(&self, key: &Key) -> bool {
        if key.hash == self.hash {
            self.found.borrow_mut().push(key.value.clone());
        }
        false
    }
}

/// The pairs of a mapping as `dict(m)`, `{**m}` and `f(**m)` read them:
/// a dict's entries, or `m[k]` for each `k` of `m.keys()` for any other
/// object with a `keys` method. `None` when `m` has no `keys`.
pub fn mapping_items(vm: &mut Vm, m: &Value) -> PyResult<Option<Vec<(Value, Value)>>> {
    if let Value::Dict(d) = crate::dispatch::plain(m) {
        let map = d.map.borrow();
        return Ok(Some(
            map.iter()
                .map(|(k, v)| (k.value.clone(), v.clone()))
                .collect(),
        ));
    }
    let keys = match vm.getattr(m, "keys") {
        Ok(k) => k,
        Err(e) if e.exc.typ.is_subclass(ExcType::AttributeError) => return Ok(None),
        Err(e) => return Err(e),
    };
    let keys = vm.call(&keys, Args::default())?;
    if !vm.is_iterable(&keys) {
        return Err(type_error(format!(
            "{}.keys() returned a non-iterable (type {})",
            m.type_name(),
            keys.type_name()
        )));
    }
    let mut items = Vec::new();
    vm.for_each(&keys, |vm, k| {
        let v = vm.getitem(m, &k)?;
        items.push((k, v));
        Ok(())
    })?;
    Ok(Some(items))
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
    pub dict: Rc<PyDict>,
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

    /// The methods of the view: keys and items views are set-like.
    pub fn method_names(&self) -> &'static [&'static str] {
        match self.kind {
            ViewKind::Values => &[],
            _ => &["isdisjoint"],
        }
    }

    /// `view.isdisjoint(iterable)`.
    pub fn call_method(
        this: &Rc<DictView>,
        vm: &mut Vm,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        if !this.method_names().contains(&name) {
            return None;
        }
        Some((|| {
            args.check_exact(&format!("{}.isdisjoint", this.type_name()), 1)?;
            let view = Value::DictView(this.clone());
            for item in vm.collect(&args.pos[0])? {
                if ops::contains(vm, &view, &item)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        })())
    }
}
