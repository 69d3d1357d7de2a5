//! User-defined classes and their instances.
//!
//! Supports single and multiple inheritance with C3 method resolution
//! order, metaclasses (a class's `metaclass` is a user subclass of
//! `type`, or `None` for `type` itself), class attributes, methods (bound
//! on instance access), the descriptors of `objects::descriptor`,
//! `super()`, subclasses of the built-in exceptions (whose instances stay
//! `PyException`s carrying their class) and subclasses of int, float,
//! complex, str, bytes, bytearray, list, tuple, dict, set, frozenset and
//! the iterator types map, filter, zip, enumerate and reversed (whose
//! instances carry the built-in value they are, in `PyInstance::base`).
//! Other built-in types (bool, range, memoryview, ...) are not acceptable
//! bases, as in CPython; array.array and module types are not supported
//! as bases.
//!
//! A class's namespace (`attrs`) holds what CPython's type dict holds:
//! `__module__`, `__doc__`, the `__dict__`/`__weakref__` attribute
//! descriptors and a member descriptor per slot, added when the class is
//! made. `__name__`, `__qualname__` and `__bases__` may be reassigned;
//! assigning `__bases__` recomputes the MRO of the class and of every
//! subclass (each class keeps weak links to its direct subclasses).
//! The special methods instance creation and attribute access look for
//! (`__new__`, `__init__`, `__setattr__`, `__getattribute__`) are cached
//! per class, the caches dropped together whenever any class's namespace
//! or bases change (see [`classes_changed`]): code that changes `attrs`
//! must call it.
//! The MRO is C3 over user classes and built-in types alike (`object`
//! last): `full_mro` holds it for `__mro__` and `super()`, `mro` its user
//! classes for lookup, which stops at `builtin_at` for names the built-in
//! base defines itself (`class X(int, Mixin)` takes `int.__add__`).
//! Invariants: `mro` starts with the class's first user base and never
//! contains the class (it is searched first, separately); an instance has a
//! `base` exactly when its class's `builtin_base` is one of the value types
//! above, and that base is a value of that type; a class whose
//! `builtin_base` is `type` is a metaclass, and its instances are
//! `Value::Class`es.

use crate::exceptions::{type_error, ExcType, PyResult};
pub use crate::objects::descriptor::Wrapper;
use crate::value::{TypeId, Value};
use indexmap::IndexMap;
use std::cell::{Cell, Ref, RefCell};
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicU64, Ordering};

/// A namespace of attributes (a class's, an instance's, a function's),
/// hashed with FxHash: names are short and lookups are the hot path.
pub type AttrMap = IndexMap<Rc<str>, Value, std::hash::BuildHasherDefault<rustc_hash::FxHasher>>;
pub type Attrs = RefCell<AttrMap>;

#[derive(Debug)]
pub struct PyClass {
    name: RefCell<Rc<str>>,
    /// The name with a static lifetime, for `Value::type_name` (leaked once
    /// per name a class is given).
    static_name: Cell<&'static str>,
    qualname: RefCell<Rc<str>>,
    /// The bases as given (empty for a class deriving from `object` alone).
    bases: RefCell<Vec<Value>>,
    /// User classes after this one in resolution order.
    mro: RefCell<Vec<Rc<PyClass>>>,
    /// Where in `mro` the built-in base's own MRO (without `object`)
    /// starts: `mro.len()` when after every user class.
    builtin_at: Cell<usize>,
    /// The whole MRO after the class, without `object` (`__mro__`).
    full_mro: RefCell<Vec<Entry>>,
    /// The built-in type instances are made of (`object`, an exception, a
    /// value type, or `type` for a metaclass).
    pub builtin_base: TypeId,
    pub attrs: Attrs,
    /// The names in the class's own `__slots__`, if it declares them.
    pub slots: Option<Vec<Rc<str>>>,
    /// The class's metaclass when it is not `type`.
    pub metaclass: Option<Rc<PyClass>>,
    /// Direct subclasses, for `__subclasses__()` and `__bases__` changes.
    subclasses: RefCell<Vec<Weak<PyClass>>>,
    /// Whether this is the class of `object()` instances.
    pub is_object: bool,
    hooks: RefCell<Hooks>,
    /// The epoch `hooks` and `hook_mask` were filled at (0: never).
    hook_epoch: Cell<u64>,
    /// Which hooks the class has, one bit per [`Hook`].
    hook_mask: Cell<u8>,
}

/// The special methods hot paths look up, as found at `epoch`.
#[derive(Debug, Default)]
struct Hooks {
    new: Option<Value>,
    init: Option<Value>,
    setattr: Option<Value>,
    getattribute: Option<Value>,
    getattr: Option<Value>,
    del: Option<Value>,
}

/// A special method cached per class (see [`PyClass::hook`]).
#[derive(Clone, Copy)]
pub enum Hook {
    New,
    Init,
    SetAttr,
    GetAttribute,
    GetAttr,
    Del,
}

impl Hook {
    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// Bumped by every change to a class's namespace or bases. Global (not
/// per interpreter): a change anywhere only makes caches refill.
static CLASS_EPOCH: AtomicU64 = AtomicU64::new(1);

/// Drops every class's cached special methods (after a class attribute
/// or `__bases__` changed, which may change what subclasses find).
pub fn classes_changed() {
    CLASS_EPOCH.fetch_add(1, Ordering::Relaxed);
}

#[derive(Debug)]
pub struct PyInstance {
    /// Its class: read through [`PyInstance::class`], changed only by a
    /// `__class__` assignment (borrowed for no longer than a clone).
    pub(crate) class: RefCell<Rc<PyClass>>,
    pub attrs: Attrs,
    /// The built-in value an instance of a subclass of a built-in type is
    /// (a list, an int...). Mutable bases are shared, so changes made
    /// through the value's methods are changes to the instance.
    pub base: Option<Value>,
    /// The last hash `__hash__` gave (set by `Vm::hash_value`), which the
    /// dict and set tables, hashing without an interpreter, use.
    pub hash: std::cell::Cell<Option<i64>>,
    /// The instance's `__dict__` once asked for: a dict kept in step with
    /// `attrs` both ways (see `objects::dict`).
    pub dict: RefCell<Option<Rc<crate::objects::dict::PyDict>>>,
    /// Its `__del__` has run (or is queued to): CPython runs it once.
    pub finalized: std::cell::Cell<bool>,
    /// Its place in the cycle collector's registry (`collector::UNTRACKED`
    /// when it has none).
    pub(crate) gc_slot: std::cell::Cell<usize>,
}

impl PyInstance {
    pub fn new(class: Rc<PyClass>, base: Option<Value>) -> PyInstance {
        PyInstance {
            class: RefCell::new(class),
            attrs: RefCell::default(),
            base,
            hash: Default::default(),
            dict: Default::default(),
            finalized: Default::default(),
            gc_slot: std::cell::Cell::new(crate::collector::UNTRACKED),
        }
    }

    /// The instance's class.
    #[inline]
    pub fn class(&self) -> Rc<PyClass> {
        self.class.borrow().clone()
    }

    /// `obj.__class__ = c`, once the layouts were found compatible.
    pub fn set_class(&self, c: Rc<PyClass>) {
        *self.class.borrow_mut() = c;
    }

    /// Sets an attribute (in `attrs`, and in the `__dict__` if made).
    #[inline]
    pub fn set_attr(&self, name: Rc<str>, v: Value) {
        if let Some(d) = &*self.dict.borrow() {
            if let Ok(k) = crate::objects::dict::Key::new(Value::Str(name.clone())) {
                d.map.borrow_mut().insert(k, v.clone());
            }
        }
        self.attrs.borrow_mut().insert(name, v);
    }

    /// Removes an attribute; false if there was none.
    pub fn remove_attr(&self, name: &str) -> bool {
        if let Some(d) = &*self.dict.borrow() {
            if let Ok(k) = crate::objects::dict::Key::new(Value::str(name)) {
                d.map.borrow_mut().shift_remove(&k);
            }
        }
        self.attrs.borrow_mut().shift_remove(name).is_some()
    }
}

/// A `super()` proxy: attribute lookup starts after `class` in the MRO
/// of `obj`'s type (or of `obj` itself when it is a subclass of `class`).
/// `class` is a user class or a built-in type; `obj` is `None` for an
/// unbound `super(C)`.
#[derive(Debug)]
pub struct PySuper {
    pub class: Value,
    pub obj: Option<Value>,
    /// The type whose MRO is followed (`None` when unbound).
    pub start: Option<Value>,
}

/// Everything a new class is made from.
pub struct ClassSpec {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub bases: Vec<Value>,
    pub attrs: AttrMap,
    pub metaclass: Option<Rc<PyClass>>,
}

/// CPython keeps a class's name and str `__doc__` as UTF-8, so one
/// holding a lone surrogate fails the class statement (or `type()`) with
/// UnicodeEncodeError.
pub fn check_utf8(text: &str) -> PyResult<()> {
    crate::codecs::check_utf8(text)
}

impl PyClass {
    /// Builds a class: its C3 linearisation, its layout (built-in base,
    /// slots) and the descriptors CPython adds to a new type's dict.
    pub fn new(spec: ClassSpec) -> PyResult<Rc<PyClass>> {
        check_utf8(&spec.name)?;
        if let Some(Value::Str(doc)) = spec.attrs.get("__doc__") {
            check_utf8(doc)?;
        }
        let ClassSpec {
            name,
            qualname,
            bases,
            attrs,
            metaclass,
        } = spec;
        let (builtin_base, full_mro) = linearise(&bases)?;
        let (mro, builtin_at) = split_mro(&full_mro);
        let slots = match attrs.get("__slots__") {
            None => None,
            Some(v) => Some(slot_names(v, &attrs, &name)?),
        };
        // Variable-size layouts keep their items where slots would go.
        if matches!(builtin_base, TypeId::Int | TypeId::Bytes | TypeId::Tuple)
            && slots.as_ref().is_some_and(|s| {
                s.iter()
                    .any(|n| &**n != "__dict__" && &**n != "__weakref__")
            })
        {
            return Err(type_error(format!(
                "nonempty __slots__ not supported for subtype of '{}'",
                builtin_base.name()
            )));
        }
        let static_name: &'static str = Box::leak(name.to_string().into_boxed_str());
        let class = Rc::new_cyclic(|me: &Weak<PyClass>| {
            let mut attrs = attrs;
            add_descriptors(&mut attrs, me, slots.as_deref(), &mro, builtin_base);
            PyClass {
                slots,
                static_name: Cell::new(static_name),
                name: RefCell::new(name),
                qualname: RefCell::new(qualname),
                bases: RefCell::new(bases),
                mro: RefCell::new(mro),
                builtin_at: Cell::new(builtin_at),
                full_mro: RefCell::new(full_mro),
                builtin_base,
                attrs: RefCell::new(attrs),
                metaclass,
                subclasses: RefCell::default(),
                is_object: false,
                hooks: RefCell::default(),
                hook_epoch: Cell::new(0),
                hook_mask: Cell::new(0),
            }
        });
        class.register_with_bases();
        Ok(class)
    }

    /// The class of `object()` instances.
    pub fn object() -> Rc<PyClass> {
        let mut attrs = AttrMap::default();
        attrs.insert("__module__".into(), Value::str("builtins"));
        Rc::new(PyClass {
            name: RefCell::new("object".into()),
            static_name: Cell::new("object"),
            qualname: RefCell::new("object".into()),
            bases: RefCell::default(),
            mro: RefCell::default(),
            builtin_at: Cell::new(0),
            full_mro: RefCell::default(),
            builtin_base: TypeId::Object,
            attrs: RefCell::new(attrs),
            // `object()` instances have no `__dict__`.
            slots: Some(Vec::new()),
            metaclass: None,
            subclasses: RefCell::default(),
            is_object: true,
            hooks: RefCell::default(),
            hook_epoch: Cell::new(0),
            hook_mask: Cell::new(0),
        })
    }

    pub fn name(&self) -> Rc<str> {
        self.name.borrow().clone()
    }

    /// The name with a static lifetime (what `Value::type_name` gives).
    pub fn static_name(&self) -> &'static str {
        self.static_name.get()
    }

    pub fn qualname(&self) -> Rc<str> {
        self.qualname.borrow().clone()
    }

    pub fn set_name(&self, name: Rc<str>) {
        if *self.name.borrow() != name {
            self.static_name
                .set(Box::leak(name.to_string().into_boxed_str()));
        }
        *self.name.borrow_mut() = name;
    }

    /// Gives messages (`Value::type_name`) another name for the class
    /// than its `__name__`.
    pub fn set_static_name(&self, name: &str) {
        self.static_name
            .set(Box::leak(name.to_string().into_boxed_str()));
    }

    pub fn set_qualname(&self, name: Rc<str>) {
        *self.qualname.borrow_mut() = name;
    }

    /// `__module__` as the class's namespace holds it, when a str.
    pub fn module(&self) -> Option<Rc<str>> {
        match self.attrs.borrow().get("__module__") {
            Some(Value::Str(s)) => Some(s.clone()),
            _ => None,
        }
    }

    /// The dotted name reprs show: `module.qualname`, or the qualname
    /// alone for `builtins` (or a module that is not a str).
    pub fn display_name(&self) -> String {
        match self.module() {
            Some(m) if &*m != "builtins" => format!("{m}.{}", self.qualname()),
            _ => self.qualname().to_string(),
        }
    }

    /// The bases as given.
    pub fn bases(&self) -> Vec<Value> {
        self.bases.borrow().clone()
    }

    /// `__bases__`: the bases, or `(object,)` for a class without any.
    pub fn bases_tuple(&self) -> Value {
        let b = self.bases.borrow();
        if b.is_empty() {
            Value::new_tuple(vec![Value::Type(TypeId::Object)])
        } else {
            Value::new_tuple(b.clone())
        }
    }

    /// The user classes after this one in resolution order.
    pub fn mro(&self) -> Ref<'_, Vec<Rc<PyClass>>> {
        self.mro.borrow()
    }

    /// The class and the user classes after it, in resolution order.
    pub fn chain(self: &Rc<Self>) -> Vec<Rc<PyClass>> {
        let mut out = vec![self.clone()];
        out.extend(self.mro.borrow().iter().cloned());
        out
    }

    /// The live direct subclasses, in creation order.
    pub fn subclasses(&self) -> Vec<Rc<PyClass>> {
        let mut subs = self.subclasses.borrow_mut();
        subs.retain(|w| w.strong_count() > 0);
        subs.iter().filter_map(Weak::upgrade).collect()
    }

    fn register_with_bases(self: &Rc<Self>) {
        let bases = self.bases.borrow();
        if bases.is_empty() {
            BUILTIN_SUBCLASSES.with(|r| r.borrow_mut().push((TypeId::Object, Rc::downgrade(self))));
        }
        for b in bases.iter() {
            match b {
                Value::Class(c) => c.subclasses.borrow_mut().push(Rc::downgrade(self)),
                Value::Type(t) => {
                    BUILTIN_SUBCLASSES.with(|r| r.borrow_mut().push((*t, Rc::downgrade(self))))
                }
                _ => {}
            }
        }
    }

    /// `C.__bases__ = bases`: the checks of CPython's `type_set_bases`,
    /// then the new MRO of the class and of all its subclasses.
    pub fn set_bases(self: &Rc<Self>, v: &Value) -> PyResult<()> {
        let name = self.name();
        let Value::Tuple(items) = v else {
            return Err(type_error(format!(
                "can only assign tuple to {name}.__bases__, not {}",
                v.type_name()
            )));
        };
        if items.is_empty() {
            return Err(type_error(format!(
                "can only assign non-empty tuple to {name}.__bases__, not ()"
            )));
        }
        for b in items.iter() {
            match b {
                Value::Class(c) if c.is_subclass(self) => {
                    return Err(type_error("a __bases__ item causes an inheritance cycle"))
                }
                Value::Class(_) | Value::Type(_) => {}
                other => {
                    return Err(type_error(format!(
                        "{name}.__bases__ must be tuple of classes, not '{}'",
                        other.type_name()
                    )))
                }
            }
        }
        let bases: Vec<Value> = match &items[..] {
            [Value::Type(TypeId::Object)] => Vec::new(),
            _ => items.to_vec(),
        };
        let (builtin, ..) = linearise(&bases)?;
        if builtin != self.builtin_base {
            return Err(layout_differs(&bases, self));
        }
        classes_changed();
        let old = self.bases.replace(bases);
        unlink(&old, self);
        self.register_with_bases();
        if let Err(e) = self.recompute_mro() {
            let new = self.bases.replace(old);
            unlink(&new, self);
            self.register_with_bases();
            let _ = self.recompute_mro();
            return Err(e);
        }
        Ok(())
    }

    /// Recomputes the MRO of this class and of its subclasses after a
    /// change of bases.
    fn recompute_mro(self: &Rc<Self>) -> PyResult<()> {
        let bases = self.bases();
        let (_, full) = linearise(&bases)?;
        let (mro, at) = split_mro(&full);
        *self.mro.borrow_mut() = mro;
        self.builtin_at.set(at);
        *self.full_mro.borrow_mut() = full;
        for sub in self.subclasses() {
            sub.recompute_mro()?;
        }
        Ok(())
    }

    /// Whether instances have a `__del__` to run when freed. Asked while
    /// one is dropped, so it fills no cache and borrows nothing that may
    /// be borrowed mutably (a class whose namespace is being changed
    /// answers no).
    pub fn has_del(&self) -> bool {
        if self.hook_epoch.get() == CLASS_EPOCH.load(Ordering::Relaxed) {
            return self.hook_mask.get() & Hook::Del.bit() != 0;
        }
        let own = |c: &PyClass| {
            c.attrs
                .try_borrow()
                .is_ok_and(|a| a.contains_key("__del__"))
        };
        own(self)
            || self
                .mro
                .try_borrow()
                .is_ok_and(|m| m.iter().any(|c| own(c)))
    }

    /// `lookup` of a special method the hot paths need, cached.
    #[inline]
    pub fn hook(&self, which: Hook) -> Option<Value> {
        let fresh = self.hook_epoch.get() == CLASS_EPOCH.load(Ordering::Relaxed);
        if fresh && self.hook_mask.get() & which.bit() == 0 {
            return None;
        }
        self.hook_slow(which, fresh)
    }

    #[inline(never)]
    fn hook_slow(&self, which: Hook, fresh: bool) -> Option<Value> {
        if !fresh {
            let h = Hooks {
                new: self.lookup("__new__"),
                init: self.lookup("__init__"),
                setattr: self.lookup("__setattr__"),
                getattribute: self.lookup("__getattribute__"),
                getattr: self.lookup("__getattr__"),
                del: self.lookup("__del__"),
            };
            let mut mask = 0;
            for (found, hook) in [
                (h.new.is_some(), Hook::New),
                (h.init.is_some(), Hook::Init),
                (h.setattr.is_some(), Hook::SetAttr),
                (h.getattribute.is_some(), Hook::GetAttribute),
                (h.getattr.is_some(), Hook::GetAttr),
                (h.del.is_some(), Hook::Del),
            ] {
                if found {
                    mask |= hook.bit();
                }
            }
            *self.hooks.borrow_mut() = h;
            self.hook_mask.set(mask);
            self.hook_epoch.set(CLASS_EPOCH.load(Ordering::Relaxed));
        }
        let h = self.hooks.borrow();
        match which {
            Hook::New => h.new.clone(),
            Hook::Init => h.init.clone(),
            Hook::SetAttr => h.setattr.clone(),
            Hook::GetAttribute => h.getattribute.clone(),
            Hook::GetAttr => h.getattr.clone(),
            Hook::Del => h.del.clone(),
        }
    }

    /// Looks `name` up in this class and its user bases, stopping (with
    /// `None`, for the caller to ask the built-in base) at a built-in
    /// base that comes before a user base in the MRO and defines `name`.
    #[inline]
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.attrs.borrow().get(name) {
            return Some(v.clone());
        }
        let mro = self.mro.borrow();
        let at = self.builtin_at.get();
        let find = |cs: &[Rc<PyClass>]| cs.iter().find_map(|c| c.attrs.borrow().get(name).cloned());
        if at >= mro.len() {
            return find(&mro);
        }
        let (before, after) = mro.split_at(at);
        find(before).or_else(|| {
            (!crate::type_dicts::defines(self.builtin_base, name))
                .then(|| find(after))
                .flatten()
        })
    }

    /// Looks `name` up in the classes after `after` in this class's MRO
    /// (`None` also when a built-in base in between defines it).
    pub fn lookup_after(self: &Rc<Self>, after: &Rc<PyClass>, name: &str) -> Option<Value> {
        let mro = self.mro.borrow();
        let at = self.builtin_at.get();
        let start = if Rc::ptr_eq(self, after) {
            0
        } else {
            mro.iter().position(|c| Rc::ptr_eq(c, after))? + 1
        };
        for (i, c) in mro.iter().enumerate().skip(start) {
            if i == at && crate::type_dicts::defines(self.builtin_base, name) {
                return None;
            }
            if let Some(v) = c.attrs.borrow().get(name) {
                return Some(v.clone());
            }
        }
        None
    }

    pub fn is_subclass(&self, other: &Rc<PyClass>) -> bool {
        std::ptr::eq(self, Rc::as_ptr(other))
            || self.mro.borrow().iter().any(|c| Rc::ptr_eq(c, other))
    }

    /// Whether this class is a metaclass (derives from `type`).
    pub fn is_metaclass(&self) -> bool {
        self.builtin_base == TypeId::Type
    }

    /// The exception type instances are built on, if the class derives
    /// from an exception.
    pub fn exception_base(&self) -> Option<ExcType> {
        match self.builtin_base {
            TypeId::Exception(e) => Some(e),
            _ => None,
        }
    }

    /// Whether built-in type `t` is in the MRO (an exception base other
    /// than the one instances are made as: `class E(ValueError,
    /// LookupError)` has `LookupError`).
    pub fn mro_has_type(&self, t: TypeId) -> bool {
        self.full_mro
            .borrow()
            .iter()
            .any(|e| matches!(e, Entry::Type(u) if *u == t))
    }

    /// The full `__mro__` as values.
    pub fn mro_values(self: &Rc<Self>) -> Vec<Value> {
        let mut out: Vec<Value> = self
            .entries()
            .into_iter()
            .map(|e| match e {
                Entry::Class(c) => Value::Class(c),
                Entry::Type(t) => Value::Type(t),
            })
            .collect();
        out.push(Value::Type(TypeId::Object));
        out
    }

    /// The MRO without `object`: the class, its user bases and its
    /// built-in base's own MRO where it comes.
    fn entries(self: &Rc<Self>) -> Vec<Entry> {
        let mut out = vec![Entry::Class(self.clone())];
        out.extend(self.full_mro.borrow().iter().cloned());
        out
    }

    /// `__base__`: the first base that decides the layout (the first base
    /// given, as CPython's `best_base` picks for the common cases).
    pub fn base(&self) -> Value {
        let bases = self.bases.borrow();
        let solid = bases.iter().find(|b| match b {
            Value::Class(c) => c.builtin_base == self.builtin_base,
            Value::Type(t) => *t == self.builtin_base,
            _ => false,
        });
        solid
            .or(bases.first())
            .cloned()
            .unwrap_or(Value::Type(TypeId::Object))
    }

    /// Whether instances have no `__dict__`: every user class in the MRO
    /// declares `__slots__`, none of them naming `__dict__`.
    pub fn has_slots(self: &Rc<Self>) -> bool {
        let mro = self.mro.borrow();
        std::iter::once(self).chain(mro.iter()).all(|c| {
            c.slots
                .as_ref()
                .is_some_and(|s| !s.iter().any(|n| &**n == "__dict__"))
        })
    }

    /// Whether `name` is a slot of this class or a base.
    pub fn is_slot(self: &Rc<Self>, name: &str) -> bool {
        let mro = self.mro.borrow();
        std::iter::once(self).chain(mro.iter()).any(|c| {
            c.slots
                .as_ref()
                .is_some_and(|s| s.iter().any(|n| &**n == name))
        })
    }

    /// Whether `obj.__class__ = new` may turn an instance of this class
    /// into one of `new`: CPython's layout rule. Each class is followed
    /// down its `__base__` chain while it adds nothing to its base's
    /// instances (no slot, no `__dict__` or `__weakref__` the base lacks);
    /// the two "solid" bases found must be the same, or siblings (one
    /// `__base__`) adding the same slots.
    pub fn layout_compatible(self: &Rc<Self>, new: &Rc<PyClass>) -> bool {
        match (&solid_base(self), &solid_base(new)) {
            (Value::Class(a), Value::Class(b)) => {
                Rc::ptr_eq(a, b)
                    || (same_layout_base(&a.base(), &b.base()) && a.own_layout() == b.own_layout())
            }
            (a, b) => same_layout_base(a, b),
        }
    }

    /// What the class adds to its `__base__`'s instances: its own slot
    /// names (sorted), and whether it adds a `__dict__` and a `__weakref__`.
    fn own_layout(&self) -> (Vec<Rc<str>>, bool, bool) {
        let base = self.base();
        let (dict, weakref) = (
            !layout_has(&base, "__dict__"),
            !layout_has(&base, "__weakref__"),
        );
        match &self.slots {
            None => (Vec::new(), dict, weakref),
            Some(s) => {
                let mut names: Vec<Rc<str>> = s
                    .iter()
                    .filter(|n| !matches!(&***n, "__dict__" | "__weakref__"))
                    .cloned()
                    .collect();
                names.sort();
                let lists = |name: &str| s.iter().any(|n| &**n == name);
                (
                    names,
                    dict && lists("__dict__"),
                    weakref && lists("__weakref__"),
                )
            }
        }
    }

    /// The built-in value type instances carry as their `base`, if any.
    pub fn value_base(&self) -> Option<TypeId> {
        is_value_base(self.builtin_base).then_some(self.builtin_base)
    }
}

/// Whether instances of `layout` (a class, or a built-in type) have a
/// `__dict__` or `__weakref__` (`which`). Of the built-in types that can
/// be subclassed, exceptions have a `__dict__` and `type` has both.
fn layout_has(layout: &Value, which: &str) -> bool {
    match layout {
        Value::Class(c) => {
            c.chain().iter().any(|k| {
                k.slots
                    .as_ref()
                    .is_none_or(|s| s.iter().any(|n| &**n == which))
            }) || layout_has(&Value::Type(c.builtin_base), which)
        }
        Value::Type(TypeId::Type) => true,
        Value::Type(TypeId::Exception(_)) => which == "__dict__",
        _ => false,
    }
}

/// The first class down `c`'s `__base__` chain that adds to its base's
/// instances (or the built-in type the chain ends at).
fn solid_base(c: &Rc<PyClass>) -> Value {
    let mut c = c.clone();
    loop {
        let (slots, dict, weakref) = c.own_layout();
        if !slots.is_empty() || dict || weakref {
            return Value::Class(c);
        }
        let base = c.base();
        match &base {
            Value::Class(b) => c = b.clone(),
            _ => return base,
        }
    }
}

/// Whether two layout bases (classes or built-in types) are the same.
fn same_layout_base(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Class(x), Value::Class(y)) => Rc::ptr_eq(x, y),
        (Value::Type(x), Value::Type(y)) => x == y,
        _ => false,
    }
}

/// An entry of an MRO other than `object`: a user class or a built-in
/// type.
#[derive(Clone, Debug)]
enum Entry {
    Class(Rc<PyClass>),
    Type(TypeId),
}

impl Entry {
    fn same(&self, other: &Entry) -> bool {
        match (self, other) {
            (Entry::Class(a), Entry::Class(b)) => Rc::ptr_eq(a, b),
            (Entry::Type(a), Entry::Type(b)) => a == b,
            _ => false,
        }
    }

    fn name(&self) -> Rc<str> {
        match self {
            Entry::Class(c) => c.name(),
            Entry::Type(t) => t.short_name().into(),
        }
    }
}

/// The MRO of built-in base `t` without `object`.
fn builtin_chain(t: TypeId) -> Vec<Entry> {
    match t {
        TypeId::Object => Vec::new(),
        TypeId::Bool => vec![Entry::Type(TypeId::Bool), Entry::Type(TypeId::Int)],
        TypeId::Exception(e) => e
            .mro()
            .into_iter()
            .map(|p| Entry::Type(TypeId::Exception(p)))
            .collect(),
        TypeId::Native(
            crate::objects::dict::ORDERED_DICT
            | crate::objects::dict::DEFAULT_DICT
            | crate::objects::dict::COUNTER,
        ) => vec![Entry::Type(t), Entry::Type(TypeId::Dict)],
        t => vec![Entry::Type(t)],
    }
}

/// The built-in base and the MRO (after the class itself, without
/// `object`) of a class with these bases.
fn linearise(bases: &[Value]) -> PyResult<(TypeId, Vec<Entry>)> {
    let mut builtin_base = TypeId::Object;
    let mut seqs: Vec<Vec<Entry>> = Vec::new();
    let mut direct = Vec::new();
    for b in bases {
        match b {
            Value::Class(c) => {
                seqs.push(c.entries());
                direct.push(Entry::Class(c.clone()));
                if c.builtin_base != TypeId::Object {
                    builtin_base = merge_builtin(builtin_base, c.builtin_base)?;
                }
            }
            Value::Type(TypeId::Object) => {}
            Value::Type(t)
                if is_value_base(*t) || matches!(t, TypeId::Exception(_) | TypeId::Type) =>
            {
                seqs.push(builtin_chain(*t));
                direct.push(Entry::Type(*t));
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
                | TypeId::Cell),
            ) => {
                return Err(type_error(format!(
                    "type '{}' is not an acceptable base type",
                    t.short_name()
                )))
            }
            Value::Type(TypeId::Native(name @ crate::objects::descriptor::TUPLEGETTER_TYPE)) => {
                return Err(type_error(format!(
                    "type '{name}' is not an acceptable base type"
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
    // Duplicate bases are refused before the MRO is attempted (`object`
    // has no entry in `direct`).
    if bases
        .iter()
        .filter(|b| matches!(b, Value::Type(TypeId::Object)))
        .count()
        > 1
    {
        return Err(type_error("duplicate base class object"));
    }
    for (i, b) in direct.iter().enumerate() {
        if direct[..i].iter().any(|c| c.same(b)) {
            return Err(type_error(format!("duplicate base class {}", b.name())));
        }
    }
    // An explicit `object` before another base cannot precede it in the
    // MRO: the merge stops there with `object` and the bases after it.
    if let Some(k) = bases
        .iter()
        .position(|b| matches!(b, Value::Type(TypeId::Object)))
    {
        let after: Vec<String> = bases[k + 1..]
            .iter()
            .map(|b| match b {
                Value::Class(c) => c.name().to_string(),
                other => other_type_name(other),
            })
            .collect();
        if !after.is_empty() {
            return Err(type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases object, {}",
                after.join(", ")
            )));
        }
    }
    seqs.push(direct);
    let merged = c3_merge(seqs).map_err(|heads| {
        let names: Vec<Rc<str>> = heads.iter().map(Entry::name).collect();
        type_error(format!(
            "Cannot create a consistent method resolution\norder (MRO) for bases {}",
            names.join(", ")
        ))
    })?;
    Ok((builtin_base, merged))
}

/// The user classes of an MRO, and how many of them come before its
/// first built-in type.
fn split_mro(full: &[Entry]) -> (Vec<Rc<PyClass>>, usize) {
    let mut mro = Vec::new();
    let mut at = None;
    for e in full {
        match e {
            Entry::Class(c) => mro.push(c.clone()),
            Entry::Type(_) => {
                at.get_or_insert(mro.len());
            }
        }
    }
    let at = at.unwrap_or(mro.len());
    (mro, at)
}

/// The `__dict__`/`__weakref__` attribute descriptors and the slots'
/// member descriptors CPython adds to a new class's dict, then `__doc__`
/// when the body gave none.
fn add_descriptors(
    attrs: &mut AttrMap,
    me: &Weak<PyClass>,
    slots: Option<&[Rc<str>]>,
    mro: &[Rc<PyClass>],
    builtin: TypeId,
) {
    let inherited = |n: &str| mro.iter().any(|c| c.attrs.borrow().contains_key(n));
    let wants = |n: &str| slots.is_none_or(|s| s.iter().any(|x| &**x == n));
    for s in slots.unwrap_or_default() {
        if !matches!(&**s, "__dict__" | "__weakref__") {
            attrs.insert(
                s.clone(),
                Value::Wrapper(Rc::new(Wrapper::Member {
                    name: s.clone(),
                    owner: me.clone(),
                })),
            );
        }
    }
    let has_dict = matches!(builtin, TypeId::Exception(_) | TypeId::Type);
    if wants("__dict__") && !has_dict && !inherited("__dict__") {
        attrs.insert(
            "__dict__".into(),
            Value::Wrapper(Rc::new(Wrapper::GetSet {
                name: "__dict__",
                owner: me.clone(),
            })),
        );
    }
    let has_weakref = matches!(
        builtin,
        TypeId::Int
            | TypeId::Bytes
            | TypeId::Tuple
            | TypeId::Set
            | TypeId::FrozenSet
            | TypeId::Type
    );
    if wants("__weakref__") && !has_weakref && !inherited("__weakref__") {
        attrs.insert(
            "__weakref__".into(),
            Value::Wrapper(Rc::new(Wrapper::GetSet {
                name: "__weakref__",
                owner: me.clone(),
            })),
        );
    }
    if !attrs.contains_key("__doc__") {
        attrs.insert("__doc__".into(), Value::None);
    }
    // A class that defines `__eq__` but not `__hash__` is unhashable.
    if attrs.contains_key("__eq__") && !attrs.contains_key("__hash__") {
        attrs.insert("__hash__".into(), Value::None);
    }
}

/// Removes `class` from the subclass lists of `bases`.
fn unlink(bases: &[Value], class: &Rc<PyClass>) {
    let other = |w: &Weak<PyClass>| !std::ptr::eq(w.as_ptr(), Rc::as_ptr(class));
    let object = [Value::Type(TypeId::Object)];
    let bases = if bases.is_empty() { &object[..] } else { bases };
    for b in bases {
        match b {
            Value::Class(c) => c.subclasses.borrow_mut().retain(other),
            Value::Type(t) => {
                BUILTIN_SUBCLASSES.with(|r| r.borrow_mut().retain(|(u, w)| u != t || other(w)))
            }
            _ => {}
        }
    }
}

thread_local! {
    /// The user classes deriving directly from each built-in type, in
    /// creation order (built-in types have no place of their own for them).
    static BUILTIN_SUBCLASSES: RefCell<Vec<(TypeId, Weak<PyClass>)>> = RefCell::default();
}

/// The live user classes whose bases name the built-in type `t`.
pub fn user_subclasses_of(t: TypeId) -> Vec<Rc<PyClass>> {
    BUILTIN_SUBCLASSES.with(|r| {
        let mut r = r.borrow_mut();
        r.retain(|(_, w)| w.strong_count() > 0);
        r.iter()
            .filter(|(u, _)| *u == t)
            .filter_map(|(_, w)| w.upgrade())
            .collect()
    })
}

/// CPython's error for a `__bases__` assignment that changes the layout.
fn layout_differs(new: &[Value], class: &PyClass) -> Box<crate::exceptions::PyErr> {
    let name_of = |v: &Value| match v {
        Value::Class(c) => c.name().to_string(),
        other => other_type_name(other),
    };
    let new_base = new
        .first()
        .map(name_of)
        .unwrap_or_else(|| "object".to_string());
    let old_base = class
        .bases
        .borrow()
        .first()
        .map(name_of)
        .unwrap_or_else(|| "object".to_string());
    // Static types sharing object's deallocator differ in layout only.
    let plain_dealloc = |v: Option<&Value>| {
        matches!(
            v,
            None | Some(Value::Type(TypeId::Object | TypeId::Int | TypeId::Bool))
        )
    };
    let what = if plain_dealloc(new.first()) && plain_dealloc(class.bases.borrow().first()) {
        "object layout"
    } else {
        "deallocator"
    };
    type_error(format!(
        "__bases__ assignment: '{new_base}' {what} differs from '{old_base}'"
    ))
}

fn other_type_name(v: &Value) -> String {
    match v {
        Value::Type(t) => t.short_name().to_string(),
        other => other.type_name().to_string(),
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
            | TypeId::Array
            | TypeId::Native(
                "_io.StringIO"
                    | crate::objects::dict::ORDERED_DICT
                    | crate::objects::dict::DEFAULT_DICT
                    | crate::objects::dict::COUNTER
                    | "collections.deque"
            )
    )
}

/// The names a `__slots__` value declares (a string or an iterable of
/// strings given as a tuple or list), private ones mangled as the
/// compiler mangles `self.__name` in the class's methods.
fn slot_names(v: &Value, attrs: &AttrMap, class: &str) -> PyResult<Vec<Rc<str>>> {
    let items = match v {
        Value::Str(s) => vec![Value::Str(s.clone())],
        Value::Tuple(t) => t.to_vec(),
        Value::List(l) => l.borrow().clone(),
        // A dict maps the slot names to their docstrings.
        Value::Dict(d) => d.keys(),
        other => {
            return Err(type_error(format!(
                "'{}' object is not iterable",
                other.type_name()
            )))
        }
    };
    let mut out = Vec::new();
    for item in items {
        let Value::Str(n) = &item else {
            return Err(type_error(format!(
                "__slots__ items must be strings, not '{}'",
                item.type_name()
            )));
        };
        let stem = class.trim_start_matches('_');
        let n: Rc<str> = if n.starts_with("__") && !n.ends_with("__") && !stem.is_empty() {
            format!("_{stem}{n}").into()
        } else {
            n.clone()
        };
        if attrs.contains_key(&*n) {
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
        // Unrelated exceptions combine when one's layout extends the
        // other's; instances are made as the one with the larger layout
        // (the first, when they share one).
        (TypeId::Exception(x), TypeId::Exception(y)) if x.layout().is_subclass(y.layout()) => Ok(a),
        (TypeId::Exception(x), TypeId::Exception(y)) if y.layout().is_subclass(x.layout()) => Ok(b),
        _ => Err(type_error("multiple bases have instance lay-out conflict")),
    }
}

/// C3 linearisation; on failure, the heads of the sequences left (the
/// classes CPython names in its error).
fn c3_merge(mut seqs: Vec<Vec<Entry>>) -> Result<Vec<Entry>, Vec<Entry>> {
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs.iter().find_map(|s| {
            let head = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|c| c.same(head)));
            (!in_tail).then(|| head.clone())
        });
        let Some(candidate) = candidate else {
            let mut heads: Vec<Entry> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| h.same(&s[0])) {
                    heads.push(s[0].clone());
                }
            }
            return Err(heads);
        };
        for s in seqs.iter_mut() {
            if s[0].same(&candidate) {
                s.remove(0);
            }
        }
        out.push(candidate);
    }
}
