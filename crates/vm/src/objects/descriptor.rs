//! The built-in descriptor types: `staticmethod`, `classmethod`,
//! `property`, and the `getset_descriptor`s (`__dict__`, `__weakref__`)
//! and `member_descriptor`s (one per slot) a class's dict holds, plus
//! `method_descriptor`, the unbound methods of `type` (`type.mro`).
//!
//! Each is a real descriptor: `__get__` (and for the data descriptors,
//! `__set__`/`__delete__`) can be called directly, and attribute lookup
//! (`dispatch`) goes through [`get`], [`set`] and [`delete`] here. A
//! property's `__doc__` comes from its getter unless given, and follows a
//! new getter made by `getter()`, as CPython's does. `staticmethod` and
//! `classmethod` objects forward `__name__`, `__qualname__`, `__doc__` and
//! `__module__` to the callable they wrap (CPython copies them into the
//! wrapper's own `__dict__`, which these objects do not have).
//! Invariant: `owner` links are weak (a class's dict holds its own
//! descriptors), and a descriptor whose class is gone reports `?` as the
//! owner's name.

use crate::exceptions::{attribute_error, type_error, PyResult};
use crate::interp::Vm;
use crate::objects::class::PyClass;
use crate::objects::function::{closure, Args, BoundMethod};
use crate::value::{TypeId, Value};
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub const GETSET_TYPE: &str = "getset_descriptor";
pub const MEMBER_TYPE: &str = "member_descriptor";
pub const METHOD_TYPE: &str = "method_descriptor";
pub const CLASSMETHOD_TYPE: &str = "classmethod_descriptor";
/// A namedtuple's field accessor (`Point.x`).
pub const TUPLEGETTER_TYPE: &str = "_collections._tuplegetter";
/// A special method of a built-in type (`int.__add__`).
pub const SLOT_WRAPPER_TYPE: &str = "wrapper_descriptor";
/// A slot wrapper bound to a value (`(1).__add__`).
pub const METHOD_WRAPPER_TYPE: &str = "method-wrapper";

/// `staticmethod`, `classmethod`, `property` and the descriptors of
/// built-in attributes.
#[derive(Debug)]
pub enum Wrapper {
    StaticMethod(Value),
    ClassMethod(Value),
    Property(Property),
    /// `<attribute '__dict__' of 'A' objects>`.
    GetSet {
        name: &'static str,
        owner: Weak<PyClass>,
    },
    /// `<member 'x' of 'A' objects>`: a slot.
    Member {
        name: Rc<str>,
        owner: Weak<PyClass>,
    },
    /// `<attribute 'real' of 'int' objects>` (or `<member 'start' of
    /// 'range' objects>`): a data attribute of a built-in type's values,
    /// read as the value's own attribute.
    Attr {
        owner: TypeId,
        name: &'static str,
        member: bool,
    },
    /// `_tuplegetter(0, 'Alias for field number 0')`: item `index` of a
    /// tuple, read-only (a namedtuple's field).
    TupleGetter {
        index: i64,
        doc: RefCell<Value>,
    },
    /// `<method 'mro' of 'type' objects>`: `func` takes the receiver first.
    Method {
        owner: TypeId,
        name: Rc<str>,
        func: Value,
    },
}

#[derive(Debug)]
pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: RefCell<Value>,
    /// Whether `doc` was taken from `fget` (so a new getter brings its own).
    pub getter_doc: bool,
    /// The attribute name the property was found under, for messages.
    pub name: RefCell<Option<Rc<str>>>,
}

impl Wrapper {
    pub fn type_id(&self) -> TypeId {
        match self {
            Wrapper::StaticMethod(_) => TypeId::StaticMethod,
            Wrapper::ClassMethod(_) => TypeId::ClassMethod,
            Wrapper::Property(_) => TypeId::Property,
            Wrapper::TupleGetter { .. } => TypeId::Native(TUPLEGETTER_TYPE),
            Wrapper::GetSet { .. } => TypeId::Native(GETSET_TYPE),
            Wrapper::Member { .. } => TypeId::Native(MEMBER_TYPE),
            Wrapper::Attr { member: true, .. } => TypeId::Native(MEMBER_TYPE),
            Wrapper::Attr { .. } => TypeId::Native(GETSET_TYPE),
            Wrapper::Method { owner, name, .. } if is_slot_name(*owner, name) => {
                TypeId::Native(SLOT_WRAPPER_TYPE)
            }
            Wrapper::Method { owner, name, .. } if is_class_method(*owner, name) => {
                TypeId::Native(CLASSMETHOD_TYPE)
            }
            Wrapper::Method { .. } => TypeId::Native(METHOD_TYPE),
        }
    }

    /// Whether this is a data descriptor (defines `__set__`), which takes
    /// precedence over an instance's own attributes.
    pub fn is_data(&self) -> bool {
        matches!(
            self,
            Wrapper::Property(_)
                | Wrapper::TupleGetter { .. }
                | Wrapper::GetSet { .. }
                | Wrapper::Member { .. }
                | Wrapper::Attr { .. }
        )
    }

    pub fn repr(&self, addr: usize, mut inner: impl FnMut(&Value) -> String) -> String {
        match self {
            Wrapper::StaticMethod(f) => format!("<staticmethod({})>", inner(f)),
            Wrapper::ClassMethod(f) => format!("<classmethod({})>", inner(f)),
            Wrapper::Property(_) => format!("<property object at {addr:#x}>"),
            Wrapper::TupleGetter { index, doc } => {
                format!("_tuplegetter({index}, {})", inner(&doc.borrow()))
            }
            Wrapper::GetSet { name, owner } => {
                format!("<attribute '{name}' of '{}' objects>", owner_name(owner))
            }
            Wrapper::Member { name, owner } => {
                format!("<member '{name}' of '{}' objects>", owner_name(owner))
            }
            Wrapper::Attr {
                owner,
                name,
                member,
            } => {
                let kind = if *member { "member" } else { "attribute" };
                format!("<{kind} '{name}' of '{}' objects>", owner.short_name())
            }
            Wrapper::Method { owner, name, .. } => {
                let kind = if is_slot_name(*owner, name) {
                    "slot wrapper"
                } else {
                    "method"
                };
                format!("<{kind} '{name}' of '{}' objects>", tp_name(*owner))
            }
        }
    }
}

/// The name CPython's messages give a built-in type: its `tp_name`, which
/// for a type of a module includes the module (`_collections._tuplegetter`).
fn tp_name(owner: TypeId) -> &'static str {
    match owner {
        TypeId::Native(name) => name,
        _ => owner.short_name(),
    }
}

/// Whether CPython implements special method `name` of built-in type
/// `owner` as a type slot (shown as a slot wrapper) rather than in its
/// method table.
pub(crate) fn is_slot_name(owner: TypeId, name: &str) -> bool {
    let method = match owner {
        TypeId::List => name == "__getitem__",
        TypeId::Dict => matches!(name, "__getitem__" | "__contains__"),
        TypeId::Set | TypeId::FrozenSet => name == "__contains__",
        _ => false,
    };
    !method && is_slot_like(name)
}

/// Whether built-in method `name` bound to `this` is a `method-wrapper`
/// (a slot wrapper bound to a value) rather than a built-in method.
/// Methods bound to a type (class methods) are built-in methods.
pub(crate) fn is_method_wrapper(this: &Value, name: &str) -> bool {
    let owner = match this {
        Value::Type(_) | Value::Class(_) => return false,
        v => match crate::dispatch::user_class(v) {
            Some(c) => c.builtin_base,
            None => v.type_id(),
        },
    };
    is_slot_name(owner, name)
}

/// The repr of built-in method `name` bound to `this`.
pub(crate) fn bound_repr(this: &Value, name: &str) -> String {
    let (kind, name) = if is_method_wrapper(this, name) {
        ("method-wrapper", format!("'{name}'"))
    } else {
        ("built-in method", name.to_string())
    };
    format!(
        "<{kind} {name} of {} object at {:#x}>",
        this.type_name(),
        crate::builtins::object_id(this)
    )
}

/// Whether a special method is a type slot for the types that do not
/// say otherwise.
fn is_slot_like(name: &str) -> bool {
    const METHODS: &[&str] = &[
        "__format__",
        "__sizeof__",
        "__reduce__",
        "__reduce_ex__",
        "__getnewargs__",
        "__dir__",
        "__init_subclass__",
        "__subclasshook__",
        "__class_getitem__",
        "__reversed__",
        "__round__",
        "__trunc__",
        "__floor__",
        "__ceil__",
        "__getstate__",
        "__bytes__",
        "__complex__",
        "__length_hint__",
        "__getformat__",
        "__prepare__",
        "__subclasses__",
        "__instancecheck__",
        "__subclasscheck__",
        "__copy__",
        "__deepcopy__",
        "__enter__",
        "__exit__",
        "__release_buffer__",
        "__alloc__",
        "__setstate__",
        "__set_name__",
    ];
    name.len() > 4 && name.starts_with("__") && name.ends_with("__") && !METHODS.contains(&name)
}

fn owner_name(owner: &Weak<PyClass>) -> Rc<str> {
    owner.upgrade().map_or_else(|| "?".into(), |c| c.name())
}

/// A property from `property(fget, fset, fdel, doc)`'s arguments.
pub fn new_property(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let given = args.pos.len() + args.kw.len();
    if args.pos.len() > 4 {
        return Err(type_error(format!(
            "property() takes at most 4 arguments ({given} given)"
        )));
    }
    for (k, _) in &args.kw {
        if !matches!(&**k, "fget" | "fset" | "fdel" | "doc") {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for property()"
            )));
        }
    }
    let get = |i: usize, n: &str| args.get(i, n).unwrap_or(Value::None);
    let (fget, fset, fdel, doc) = (
        get(0, "fget"),
        get(1, "fset"),
        get(2, "fdel"),
        get(3, "doc"),
    );
    Ok(make_property(vm, fget, fset, fdel, doc))
}

fn make_property(vm: &mut Vm, fget: Value, fset: Value, fdel: Value, doc: Value) -> Value {
    let (doc, getter_doc) = match doc {
        Value::None if !fget.is_none() => match vm.getattr(&fget, "__doc__") {
            Ok(d) => (d, true),
            Err(_) => (Value::None, false),
        },
        d => (d, false),
    };
    Value::Wrapper(Rc::new(Wrapper::Property(Property {
        fget,
        fset,
        fdel,
        doc: RefCell::new(doc),
        getter_doc,
        name: RefCell::new(None),
    })))
}

/// `_tuplegetter(index, doc)`.
pub fn tuplegetter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("_tuplegetter", "_tuplegetter", 2, 2)?;
    let index = crate::modules::index_value(vm, &args.pos[0])?;
    // A negative index is kept (every read of it fails, as in CPython).
    let index = crate::ops::index_i64(&index)?;
    Ok(Value::Wrapper(Rc::new(Wrapper::TupleGetter {
        index,
        doc: RefCell::new(args.pos[1].clone()),
    })))
}

/// A property made by native code (its doc given, not taken from fget).
pub fn property_value(fget: Value, fset: Value, fdel: Value, doc: Value) -> Value {
    Value::Wrapper(Rc::new(Wrapper::Property(Property {
        fget,
        fset,
        fdel,
        doc: RefCell::new(doc),
        getter_doc: false,
        name: RefCell::new(None),
    })))
}

/// `prop.getter(f)` (`which` 0), `setter` (1), `deleter` (2): a copy with
/// one function replaced (`None` keeps the old one).
fn property_with(vm: &mut Vm, p: &Property, which: usize, f: &Value) -> Value {
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    if !f.is_none() {
        parts[which] = f.clone();
    }
    let [fget, fset, fdel] = parts;
    // A doc taken from the getter is taken again from the copy's getter.
    let doc = if p.getter_doc && !fget.is_none() {
        Value::None
    } else {
        p.doc.borrow().clone()
    };
    let copy = make_property(vm, fget, fset, fdel, doc);
    if let Value::Wrapper(w) = &copy {
        if let Wrapper::Property(q) = &**w {
            *q.name.borrow_mut() = p.name.borrow().clone();
        }
    }
    copy
}

/// `descr.__get__(obj, owner)`: `obj` is `None` for access through the
/// class `owner`.
pub fn get(
    vm: &mut Vm,
    this: &Value,
    w: &Wrapper,
    obj: Option<&Value>,
    owner: &Value,
) -> PyResult<Value> {
    match w {
        Wrapper::StaticMethod(f) => Ok(f.clone()),
        // A classmethod over another descriptor (3.9 to 3.12) binds it to
        // the class: `@classmethod @property` is a class property.
        Wrapper::ClassMethod(Value::Wrapper(inner)) => {
            let f = Value::Wrapper(inner.clone());
            get(vm, &f, inner, Some(owner), owner)
        }
        Wrapper::ClassMethod(f @ Value::Instance(_))
            if crate::dispatch::user_class(f).is_some_and(|c| c.lookup("__get__").is_some()) =>
        {
            vm.call_special(f, "__get__", vec![owner.clone(), owner.clone()])
                .unwrap_or(Ok(Value::None))
        }
        Wrapper::ClassMethod(f) => Ok(Value::BoundMethod(Rc::new(BoundMethod {
            this: owner.clone(),
            func: f.clone(),
            name: "".into(),
        }))),
        Wrapper::Property(p) => {
            let Some(obj) = obj else {
                return Ok(this.clone());
            };
            if p.fget.is_none() {
                return Err(attribute_error(format!(
                    "property{} of '{}' object has no getter",
                    prop_name(p),
                    obj.type_name()
                )));
            }
            vm.call(&p.fget, Args::new(vec![obj.clone()]))
        }
        Wrapper::GetSet { .. } | Wrapper::Member { .. } | Wrapper::Attr { .. } if obj.is_none() => {
            Ok(this.clone())
        }
        Wrapper::TupleGetter { index, .. } => match obj.map(crate::dispatch::plain) {
            None | Some(Value::None) => Ok(this.clone()),
            Some(Value::Tuple(t)) => usize::try_from(*index)
                .ok()
                .and_then(|i| t.get(i))
                .cloned()
                .ok_or_else(|| crate::exceptions::index_error("tuple index out of range")),
            Some(_) => Err(type_error(format!(
                "descriptor for index '{index}' for tuple subclasses doesn't apply to '{}' object",
                obj.map_or("NoneType", Value::type_name)
            ))),
        },
        Wrapper::Attr { owner, name, .. } => {
            let none = Value::None;
            let o = obj.unwrap_or(&none);
            check_applies_to_type(vm, o, *owner, name)?;
            vm.getattr(attr_receiver(o, *owner), name)
        }
        Wrapper::GetSet { name, owner: o } => {
            let none = Value::None;
            let obj = obj.unwrap_or(&none);
            check_applies(obj, o, name)?;
            match *name {
                "__weakref__" => Ok(Value::None),
                _ => crate::dispatch::instance_dict(obj)
                    .unwrap_or_else(|| Err(crate::exceptions::no_attribute(obj.type_name(), name))),
            }
        }
        Wrapper::Member { name, owner: o } => {
            let none = Value::None;
            let obj = obj.unwrap_or(&none);
            check_applies(obj, o, name)?;
            let found = match obj {
                Value::Instance(i) => i.attrs.borrow().get(name).cloned(),
                _ => None,
            };
            found.ok_or_else(|| crate::exceptions::no_attribute(obj.type_name(), name))
        }
        Wrapper::Method {
            owner: t,
            name,
            func,
        } => match obj {
            None => Ok(this.clone()),
            Some(o) => {
                let ty = vm.type_of(o);
                if !vm.is_subclass(&ty, &Value::Type(*t)) {
                    return Err(type_error(format!(
                        "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
                        t.short_name(),
                        o.type_name()
                    )));
                }
                Ok(Value::BoundMethod(Rc::new(BoundMethod {
                    this: o.clone(),
                    func: func.clone(),
                    name: name.clone(),
                })))
            }
        },
    }
}

/// The property's name as its messages show it (` 'x'`, or nothing).
fn prop_name(p: &Property) -> String {
    match &*p.name.borrow() {
        Some(n) => format!(" '{n}'"),
        None => String::new(),
    }
}

/// The error of a getset or member descriptor used on an object of
/// another class.
fn check_applies(obj: &Value, owner: &Weak<PyClass>, name: &str) -> PyResult<()> {
    let Some(owner) = owner.upgrade() else {
        return Ok(());
    };
    let ok = crate::dispatch::user_class(obj).is_some_and(|c| c.is_subclass(&owner))
        && !matches!(obj, Value::Class(_));
    if ok {
        return Ok(());
    }
    Err(type_error(format!(
        "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
        owner.name(),
        obj.type_name()
    )))
}

/// `descr.__set__(obj, v)` for the data descriptors; `None` for the
/// others (which an instance's own attribute then shadows).
pub fn set(vm: &mut Vm, w: &Wrapper, obj: &Value, v: Value) -> Option<PyResult<()>> {
    Some(match w {
        Wrapper::TupleGetter { .. } => Err(attribute_error("can't set attribute")),
        Wrapper::Property(p) => {
            if p.fset.is_none() {
                return Some(Err(attribute_error(format!(
                    "property{} of '{}' object has no setter",
                    prop_name(p),
                    obj.type_name()
                ))));
            }
            vm.call(&p.fset, Args::new(vec![obj.clone(), v]))
                .map(|_| ())
        }
        Wrapper::GetSet { name, owner } => {
            check_applies(obj, owner, name).and_then(|_| match *name {
                "__dict__" => set_instance_dict(obj, v),
                _ => Err(attribute_error(format!(
                    "attribute '{name}' of '{}' objects is not writable",
                    owner_name(owner)
                ))),
            })
        }
        Wrapper::Member { name, owner } => check_applies(obj, owner, name).map(|_| {
            if let Value::Instance(i) = obj {
                i.attrs.borrow_mut().insert(name.clone(), v);
            }
        }),
        Wrapper::Attr {
            owner,
            name,
            member,
        } => check_applies_to_type(vm, obj, *owner, name).and_then(|_| {
            if matches!(owner, TypeId::Exception(_)) {
                vm.setattr(obj, name, v)
            } else {
                Err(attr_readonly(*owner, name, *member))
            }
        }),
        _ => return None,
    })
}

/// `obj.__dict__ = d`: the instance's attributes become `d`'s items.
/// The dict becomes the instance's `__dict__` (a copy of it when it
/// already stands for something else); slots keep their values.
fn set_instance_dict(obj: &Value, v: Value) -> PyResult<()> {
    let Value::Dict(d) = crate::dispatch::plain(&v) else {
        return Err(type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            v.type_name()
        )));
    };
    let mut attrs = crate::objects::class::AttrMap::default();
    for (k, val) in d.map.borrow().iter() {
        if let Value::Str(s) = crate::dispatch::plain(&k.value) {
            attrs.insert(s.clone(), val.clone());
        }
    }
    match obj {
        Value::Instance(i) => {
            keep_slots(i, &mut attrs);
            *i.attrs.borrow_mut() = attrs;
            let d = if d.is_plain() && d.link_instance(i) {
                d.clone()
            } else {
                let copy = crate::objects::dict::PyDict::default();
                *copy.map.borrow_mut() = d.map.borrow().clone();
                copy.link_instance(i);
                Rc::new(copy)
            };
            if let Some(old) = i.dict.replace(Some(d)) {
                old.unlink();
            }
        }
        Value::Exception(e) => *e.attrs.borrow_mut() = attrs,
        _ => {}
    }
    Ok(())
}

/// Carries the values of `i`'s slots over into `attrs`.
fn keep_slots(i: &crate::objects::class::PyInstance, attrs: &mut crate::objects::class::AttrMap) {
    for (k, v) in i.attrs.borrow().iter() {
        if i.class().is_slot(k) {
            attrs.insert(k.clone(), v.clone());
        }
    }
}

/// `descr.__delete__(obj)` for the data descriptors; `None` for others.
pub fn delete(vm: &mut Vm, w: &Wrapper, obj: &Value) -> Option<PyResult<()>> {
    Some(match w {
        Wrapper::TupleGetter { .. } => Err(attribute_error("can't delete attribute")),
        Wrapper::Property(p) => {
            if p.fdel.is_none() {
                return Some(Err(attribute_error(format!(
                    "property{} of '{}' object has no deleter",
                    prop_name(p),
                    obj.type_name()
                ))));
            }
            vm.call(&p.fdel, Args::new(vec![obj.clone()])).map(|_| ())
        }
        Wrapper::GetSet { name, owner } => {
            check_applies(obj, owner, name).and_then(|_| {
                match *name {
                    // The instance starts over with an empty `__dict__`.
                    "__dict__" => {
                        match obj {
                            Value::Instance(i) => {
                                let mut attrs = crate::objects::class::AttrMap::default();
                                keep_slots(i, &mut attrs);
                                *i.attrs.borrow_mut() = attrs;
                                if let Some(old) = i.dict.take() {
                                    old.unlink();
                                }
                            }
                            Value::Exception(e) => e.attrs.borrow_mut().clear(),
                            _ => {}
                        }
                        Ok(())
                    }
                    _ => Err(attribute_error(format!(
                        "attribute '{name}' of '{}' objects is not writable",
                        owner_name(owner)
                    ))),
                }
            })
        }
        Wrapper::Member { name, owner } => check_applies(obj, owner, name).and_then(|_| {
            let removed = match obj {
                Value::Instance(i) => i.attrs.borrow_mut().shift_remove(name).is_some(),
                _ => false,
            };
            if removed {
                Ok(())
            } else {
                Err(attribute_error(name.to_string()))
            }
        }),
        Wrapper::Attr {
            owner,
            name,
            member,
        } => check_applies_to_type(vm, obj, *owner, name).and_then(|_| {
            if matches!(owner, TypeId::Exception(_)) {
                vm.delattr(obj, name)
            } else {
                Err(attr_readonly(*owner, name, *member))
            }
        }),
        _ => return None,
    })
}

/// Whether a callable is marked abstract (`__isabstractmethod__`).
fn is_abstract(vm: &mut Vm, f: &Value) -> PyResult<bool> {
    if f.is_none() {
        return Ok(false);
    }
    match vm.getattr(f, "__isabstractmethod__") {
        Ok(v) => vm.truthy(&v),
        Err(e) if e.exc.typ == crate::exceptions::ExcType::AttributeError => Ok(false),
        Err(e) => Err(e),
    }
}

/// A method of a descriptor object bound to it (`prop.__get__`).
fn method(
    this: &Value,
    name: &'static str,
    f: impl Fn(&mut Vm, &Value, &Wrapper, &Args) -> PyResult<Value> + 'static,
) -> Value {
    let me = this.clone();
    closure(name, move |vm, args| {
        let Value::Wrapper(w) = &me else {
            return Ok(Value::None);
        };
        f(vm, &me, w, args)
    })
}

/// `descr.__get__(obj, type=None)` as a bound method.
fn get_method(this: &Value) -> Value {
    method(this, "__get__", |vm, me, w, args| {
        args.no_kwargs("__get__")?;
        let (obj, owner) = match &args.pos[..] {
            [obj] => (obj.clone(), Value::None),
            [obj, owner] => (obj.clone(), owner.clone()),
            _ => {
                return Err(type_error(format!(
                    "expected 1 or 2 arguments, got {}",
                    args.pos.len()
                )))
            }
        };
        if obj.is_none() && owner.is_none() {
            return Err(type_error("__get__(None, None) is invalid"));
        }
        let owner = if owner.is_none() {
            vm.type_of(&obj)
        } else {
            owner
        };
        let obj = (!obj.is_none()).then_some(obj);
        get(vm, me, w, obj.as_ref(), &owner)
    })
}

/// `descr.name` for the attributes descriptor objects have; `None` when
/// there is no such attribute.
pub fn getattr(vm: &mut Vm, this: &Value, w: &Wrapper, name: &str) -> Option<PyResult<Value>> {
    if name == "__get__" {
        return Some(Ok(get_method(this)));
    }
    match w {
        Wrapper::Property(p) => Some(Ok(match name {
            "fget" => p.fget.clone(),
            "fset" => p.fset.clone(),
            "fdel" => p.fdel.clone(),
            "__doc__" => p.doc.borrow().clone(),
            "__isabstractmethod__" => {
                let mut any = false;
                for f in [&p.fget, &p.fset, &p.fdel] {
                    match is_abstract(vm, f) {
                        Ok(b) => any |= b,
                        Err(e) => return Some(Err(e)),
                    }
                }
                Value::Bool(any)
            }
            "getter" | "setter" | "deleter" => {
                let which = match name {
                    "getter" => 0,
                    "setter" => 1,
                    _ => 2,
                };
                let n: &'static str = match which {
                    0 => "getter",
                    1 => "setter",
                    _ => "deleter",
                };
                method(this, n, move |vm, _, w, args| {
                    args.no_kwargs(n)?;
                    let Wrapper::Property(p) = w else {
                        return Ok(Value::None);
                    };
                    match &args.pos[..] {
                        [f] => Ok(property_with(vm, p, which, f)),
                        _ => Err(type_error(format!(
                            "{n}() takes exactly one argument ({} given)",
                            args.pos.len()
                        ))),
                    }
                })
            }
            "__set__" | "__delete__" => data_method(this, name),
            "__set_name__" => method(this, "__set_name__", |_, _, w, args| {
                args.check_posonly("__set_name__", "__set_name__", 2, 2)?;
                if let (Wrapper::Property(p), Value::Str(n)) = (w, &args.pos[1]) {
                    *p.name.borrow_mut() = Some(n.clone());
                }
                Ok(Value::None)
            }),
            _ => return None,
        })),
        Wrapper::StaticMethod(f) | Wrapper::ClassMethod(f) => match name {
            "__func__" | "__wrapped__" => Some(Ok(f.clone())),
            "__isabstractmethod__" => Some(is_abstract(vm, f).map(Value::Bool)),
            "__name__" | "__qualname__" | "__doc__" | "__module__" | "__annotations__" => {
                Some(vm.getattr(f, name))
            }
            _ => None,
        },
        Wrapper::GetSet { name: n, owner } => getset_attr(this, n, owner, name),
        Wrapper::Member { name: n, owner } => getset_attr(this, n, owner, name),
        Wrapper::Attr { owner, name: n, .. } => Some(Ok(match name {
            "__name__" => Value::str(n),
            "__qualname__" => Value::str(&format!("{}.{n}", owner.short_name())),
            "__objclass__" => Value::Type(*owner),
            "__doc__" => Value::None,
            "__set__" | "__delete__" => data_method(this, name),
            _ => return None,
        })),
        Wrapper::TupleGetter { index, doc } => Some(Ok(match name {
            "__doc__" => doc.borrow().clone(),
            "__set__" | "__delete__" => data_method(this, name),
            "__reduce__" => {
                let state = Value::new_tuple(vec![Value::Int(*index), doc.borrow().clone()]);
                let reduced =
                    Value::new_tuple(vec![Value::Type(TypeId::Native(TUPLEGETTER_TYPE)), state]);
                closure("__reduce__", move |_, args| {
                    args.check_none("_tuplegetter.__reduce__")?;
                    Ok(reduced.clone())
                })
            }
            _ => return None,
        })),
        Wrapper::Method { owner, name: n, .. } => Some(Ok(match name {
            "__name__" => Value::str(n),
            "__qualname__" => Value::str(&format!("{}.{n}", owner.short_name())),
            "__objclass__" => Value::Type(*owner),
            "__doc__" => Value::None,
            _ => return None,
        })),
    }
}

/// `d.__set__` / `d.__delete__` of a data descriptor (property, getset,
/// member), bound to it.
fn data_method(this: &Value, name: &str) -> Value {
    if name == "__set__" {
        method(this, "__set__", |vm, _, w, args| {
            args.check_posonly("__set__", "__set__", 2, 2)?;
            set(vm, w, &args.pos[0], args.pos[1].clone()).unwrap_or(Ok(()))?;
            Ok(Value::None)
        })
    } else {
        method(this, "__delete__", |vm, _, w, args| {
            args.check_posonly("__delete__", "__delete__", 1, 1)?;
            delete(vm, w, &args.pos[0]).unwrap_or(Ok(()))?;
            Ok(Value::None)
        })
    }
}

fn getset_attr(
    this: &Value,
    n: &str,
    owner: &Weak<PyClass>,
    name: &str,
) -> Option<PyResult<Value>> {
    Some(Ok(match name {
        "__name__" => Value::str(n),
        "__qualname__" => Value::str(&format!("{}.{n}", owner_name(owner))),
        "__objclass__" => owner.upgrade().map_or(Value::None, Value::Class),
        "__doc__" => Value::None,
        "__set__" | "__delete__" => data_method(this, name),
        _ => return None,
    }))
}

/// `property.__get__` and the other methods of the descriptor types,
/// taken from the type: unbound, checking their receiver.
pub fn unbound_method(t: TypeId, name: &str) -> Option<Value> {
    let known: &[&str] = match t {
        TypeId::Property => &[
            "__get__",
            "__set__",
            "__delete__",
            "getter",
            "setter",
            "deleter",
            "__set_name__",
        ],
        TypeId::StaticMethod | TypeId::ClassMethod => &["__get__"],
        _ => return None,
    };
    let name: &'static str = known.iter().find(|n| **n == name)?;
    Some(closure(name, move |vm, args| {
        let this = args.pos.first();
        let Some(this @ Value::Wrapper(w)) = this.filter(|v| v.type_id() == t) else {
            return Err(type_error(match this {
                Some(v) => format!(
                    "descriptor '{name}' requires a '{}' object but received a '{}'",
                    t.name(),
                    v.type_name()
                ),
                None => format!(
                    "descriptor '{name}' of '{}' object needs an argument",
                    t.name()
                ),
            }));
        };
        let m = getattr(vm, this, w, name).unwrap_or(Ok(Value::None))?;
        vm.call(
            &m,
            Args {
                pos: args.pos[1..].to_vec(),
                kw: args.kw.clone(),
            },
        )
    }))
}

/// `descr.name = v`: only a property's `__doc__` is writable.
pub fn setattr(w: &Wrapper, name: &str, v: Value) -> Option<PyResult<()>> {
    match (w, name) {
        (Wrapper::Property(p), "__doc__") => {
            *p.doc.borrow_mut() = v;
            Some(Ok(()))
        }
        (Wrapper::TupleGetter { doc, .. }, "__doc__") => {
            *doc.borrow_mut() = v;
            Some(Ok(()))
        }
        _ => None,
    }
}

/// Calling a descriptor object: a staticmethod calls its function (as
/// in 3.10+), a method descriptor its method with the receiver first.
pub fn call(vm: &mut Vm, w: &Wrapper, args: Args) -> Option<PyResult<Value>> {
    match w {
        Wrapper::StaticMethod(f) => Some(vm.call(f, args)),
        Wrapper::Method { owner, name, func } => {
            let slot = is_slot_name(*owner, name);
            let Some(recv) = args.pos.first() else {
                return Some(Err(type_error(if slot {
                    format!(
                        "descriptor '{name}' of '{}' object needs an argument",
                        tp_name(*owner)
                    )
                } else {
                    format!(
                        "unbound method {}.{name}() needs an argument",
                        tp_name(*owner)
                    )
                })));
            };
            let ty = vm.type_of(recv);
            if !vm.is_subclass(&ty, &Value::Type(*owner)) {
                return Some(Err(type_error(if slot {
                    format!(
                        "descriptor '{name}' requires a '{}' object but received a '{}'",
                        tp_name(*owner),
                        recv.type_name()
                    )
                } else {
                    format!(
                        "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
                        tp_name(*owner),
                        recv.type_name()
                    )
                })));
            }
            let func = func.clone();
            Some(vm.call(&func, args))
        }
        _ => None,
    }
}

/// `property.__set_name__`, run when a class is made with the property
/// in its namespace (the name its messages use).
pub fn learn_name(v: &Value, name: &Rc<str>) {
    if let Value::Wrapper(w) = v {
        if let Wrapper::Property(p) = &**w {
            *p.name.borrow_mut() = Some(name.clone());
        }
    }
}

/// The descriptor of data attribute `name` of built-in type `t`'s values
/// (`int.real`, `range.start`, `OSError.errno`), as CPython's type dict
/// holds it: a getset or (`member`) a member descriptor.
pub fn builtin_attr(t: TypeId, name: &str) -> Option<Value> {
    use crate::exceptions::ExcType as E;
    const NUMBER: &[&str] = &["real", "imag", "numerator", "denominator"];
    const RANGE: &[&str] = &["start", "stop", "step"];
    const MEMORYVIEW: &[&str] = &[
        "obj",
        "nbytes",
        "readonly",
        "itemsize",
        "format",
        "ndim",
        "shape",
        "strides",
        "suboffsets",
        "c_contiguous",
        "f_contiguous",
        "contiguous",
    ];
    const BASE_EXCEPTION: &[&str] = &["args", "__traceback__", "__context__", "__cause__"];
    const OS_ERROR: &[&str] = &["errno", "strerror", "filename", "filename2"];
    const SYNTAX_ERROR: &[&str] = &[
        "msg",
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
        "print_file_and_line",
    ];
    const UNICODE: &[&str] = &["encoding", "object", "start", "end", "reason"];
    let (names, member): (&[&str], bool) = match t {
        TypeId::Int => (NUMBER, false),
        TypeId::Float => (&NUMBER[..2], false),
        TypeId::Complex => (&NUMBER[..2], true),
        TypeId::Range | TypeId::Slice => (RANGE, true),
        TypeId::MemoryView => (MEMORYVIEW, false),
        TypeId::Property if name == "__isabstractmethod__" => (&["__isabstractmethod__"], false),
        TypeId::Property => (&["fget", "fset", "fdel"], true),
        TypeId::Exception(e) => match e {
            E::BaseException if name == "__suppress_context__" => (&["__suppress_context__"], true),
            E::BaseException => (BASE_EXCEPTION, false),
            E::OSError if name == "characters_written" => (&["characters_written"], false),
            E::OSError => (OS_ERROR, true),
            E::StopIteration => (&["value"], true),
            E::SystemExit => (&["code"], true),
            E::AttributeError => (&["name", "obj"], true),
            E::NameError => (&["name"], true),
            E::ImportError => (&["msg", "name", "path"], true),
            E::SyntaxError => (SYNTAX_ERROR, true),
            E::UnicodeDecodeError | E::UnicodeEncodeError | E::UnicodeTranslateError => {
                (UNICODE, true)
            }
            E::BaseExceptionGroup => (&["message", "exceptions"], true),
            _ => return None,
        },
        TypeId::Native(GETSET_TYPE | MEMBER_TYPE) => (&["__objclass__"], true),
        _ => return None,
    };
    let name: &'static str = names.iter().find(|n| **n == name)?;
    Some(Value::Wrapper(Rc::new(Wrapper::Attr {
        owner: t,
        name,
        member,
    })))
}

/// What a built-in type's data descriptor reads its attribute from: a
/// subclass instance's value for the value types (whose attributes a
/// subclass may shadow), the object itself for exceptions.
fn attr_receiver(obj: &Value, owner: TypeId) -> &Value {
    match owner {
        TypeId::Exception(_) | TypeId::Property => obj,
        _ => crate::dispatch::plain(obj),
    }
}

/// `int.real.__get__("x")`: the descriptor applies to its type's values only.
fn check_applies_to_type(vm: &mut Vm, obj: &Value, owner: TypeId, name: &str) -> PyResult<()> {
    let ty = vm.type_of(obj);
    if vm.is_subclass(&ty, &Value::Type(owner)) {
        return Ok(());
    }
    Err(type_error(format!(
        "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
        owner.short_name(),
        obj.type_name()
    )))
}

/// Setting a read-only attribute of a built-in value through its descriptor.
fn attr_readonly(owner: TypeId, name: &str, member: bool) -> Box<crate::exceptions::PyErr> {
    attribute_error(if member {
        "readonly attribute".to_string()
    } else {
        format!(
            "attribute '{name}' of '{}' objects is not writable",
            owner.short_name()
        )
    })
}

/// Whether `name` is a class method of built-in type `owner` (its dict
/// holds a `classmethod_descriptor`; `owner.name` is bound to the type).
pub(crate) fn is_class_method(owner: TypeId, name: &str) -> bool {
    match (owner, name) {
        (TypeId::Object, "__init_subclass__" | "__subclasshook__") => true,
        (TypeId::Type, "__prepare__") => true,
        (TypeId::Exception(_), "__class_getitem__") => true,
        (_, "maketrans") => false,
        _ => crate::builtins::is_class_method_name(owner, name),
    }
}

/// `T.__dict__[name]` for a class method of built-in type `T`: a
/// `classmethod_descriptor` calling `cls.name(...)` with the class first.
pub fn class_method_descriptor(owner: TypeId, name: &str) -> Value {
    let n: Rc<str> = name.into();
    let func = closure(name, move |vm, args| {
        let Some((cls, rest)) = args.pos.split_first() else {
            return Err(type_error(format!(
                "descriptor '{n}' of '{}' object needs an argument",
                owner.short_name()
            )));
        };
        let m = vm.getattr(cls, &n)?;
        vm.call(
            &m,
            Args {
                pos: rest.to_vec(),
                kw: args.kw.clone(),
            },
        )
    });
    Value::Wrapper(Rc::new(Wrapper::Method {
        owner,
        name: name.into(),
        func,
    }))
}

/// The data descriptors a built-in type's dict shows that attribute
/// lookup answers otherwise (`object.__class__`, `type.__name__`).
pub fn dict_only_attr(t: TypeId, name: &str) -> Option<Value> {
    const TYPE_GETSETS: &[&str] = &[
        "__abstractmethods__",
        "__annotations__",
        "__bases__",
        "__dict__",
        "__doc__",
        "__module__",
        "__name__",
        "__qualname__",
        "__text_signature__",
    ];
    const TYPE_MEMBERS: &[&str] = &[
        "__base__",
        "__basicsize__",
        "__dictoffset__",
        "__flags__",
        "__itemsize__",
        "__mro__",
        "__weakrefoffset__",
    ];
    let (name, member): (&'static str, bool) = match (t, name) {
        (TypeId::Object, "__class__") => ("__class__", false),
        (TypeId::Exception(crate::exceptions::ExcType::BaseException), "__dict__") => {
            ("__dict__", false)
        }
        (TypeId::Property, "__doc__") => ("__doc__", true),
        (TypeId::Type, n) => match TYPE_GETSETS.iter().find(|g| **g == n) {
            Some(g) => (g, false),
            None => (TYPE_MEMBERS.iter().find(|m| **m == n)?, true),
        },
        _ => return None,
    };
    Some(Value::Wrapper(Rc::new(Wrapper::Attr {
        owner: t,
        name,
        member,
    })))
}
