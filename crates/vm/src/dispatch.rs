//! The VM side of user classes: creating classes and instances, attribute
//! lookup with descriptors (methods, staticmethod, classmethod, property),
//! `super()`, and calling special methods (`__repr__`, `__add__`, ...).

use crate::exceptions::{
    self, type_error, ExcType, PyErr, PyException, PyResult, IN_CALL, IN_COMPARISON,
};
use crate::interp::Vm;
use crate::objects::class::{Hook, PyClass, PyInstance, PySuper};
use crate::objects::function::{bound_to, builtin, closure, Args, BoundMethod};
use crate::typeobj::builtin_mro;
use crate::value::{TypeId, Value};
use pyview_syntax::ir;
use std::rc::Rc;

/// The user class whose special methods a value has: the class of a
/// user class instance (or of an instance of a user exception class), or
/// the metaclass of a class made by one.
#[inline]
pub fn user_class(v: &Value) -> Option<Rc<PyClass>> {
    match v {
        Value::Instance(i) => Some(i.class()),
        Value::Exception(e) => e.class(),
        Value::Class(c) => c.metaclass.clone(),
        _ => None,
    }
}

/// The built-in value an instance of a subclass of a built-in type is
/// (`None` for anything else).
pub fn base_value(v: &Value) -> Option<&Value> {
    match v {
        Value::Instance(i) => i.base.as_ref(),
        _ => None,
    }
}

/// `v`, or the built-in value it is if it is an instance of a subclass of
/// a built-in type: what code reading a value's data (not its overridable
/// behaviour) works on, as CPython's C code reads a subclass's base part.
pub fn plain(v: &Value) -> &Value {
    base_value(v).unwrap_or(v)
}

/// The arguments with subclass instances replaced by their built-in
/// values; `None` when there is none (the common case: no allocation).
pub fn plain_args(args: &Args) -> Option<Args> {
    let any = args.pos.iter().any(|v| base_value(v).is_some())
        || args.kw.iter().any(|(_, v)| base_value(v).is_some());
    any.then(|| Args {
        pos: args.pos.iter().map(|v| plain(v).clone()).collect(),
        kw: args
            .kw
            .iter()
            .map(|(k, v)| (k.clone(), plain(v).clone()))
            .collect(),
    })
}

/// Whether a built-in function of the `builtins` module given a subclass
/// instance `v` reads it as its built-in value: functions working through
/// overridable behaviour (`len`, `repr`, iteration...) see the instance
/// and fall back to the value themselves; the numeric ones below see the
/// value unless the class overrides the special method they would call.
pub fn builtin_reads_plain(func: &str, v: &Value) -> bool {
    let overrides: &[&str] = match func {
        "ord" | "chr" | "exit" | "quit" => &[],
        "abs" => &["__abs__"],
        "divmod" => &["__divmod__", "__rdivmod__"],
        "pow" => &["__pow__", "__rpow__"],
        "round" => &["__round__"],
        "hex" | "oct" | "bin" => &["__index__"],
        _ => return false,
    };
    user_class(v).is_some_and(|c| overrides.iter().all(|m| c.lookup(m).is_none()))
}

/// Types a call to which sees subclass instances among its arguments as
/// themselves: `str(x)` honours `__str__`, `list(x)` iterates through
/// `__iter__`, ...; the others (`int`, `bytes`, ...) read the value.
pub fn constructor_reads_plain(t: TypeId) -> bool {
    !matches!(
        t,
        TypeId::Str
            | TypeId::Bool
            | TypeId::Type
            | TypeId::List
            | TypeId::Tuple
            | TypeId::Set
            | TypeId::FrozenSet
            | TypeId::Object
            | TypeId::Super
            | TypeId::Property
            | TypeId::StaticMethod
            | TypeId::ClassMethod
            | TypeId::Iterator(_)
            | TypeId::Exception(_)
            | TypeId::Native(crate::objects::mappingproxy::TYPE_NAME)
    )
}

/// Method arguments as a built-in value's method reads them: the methods
/// of str, bytes, numbers, memoryviews and module objects read their
/// arguments' data, so subclass instances are passed as their values;
/// containers' methods store or compare their arguments and see them as
/// they are. `None` when nothing changes.
fn method_plain_args(recv: &Value, args: &Args) -> Option<Args> {
    match recv {
        Value::List(_)
        | Value::Tuple(_)
        | Value::Dict(_)
        | Value::Set(_)
        | Value::Iter(_)
        | Value::Type(TypeId::Dict) => None,
        _ => plain_args(args),
    }
}

/// Whether a dict or set key needs the interpreter: (its hash comes from
/// `__hash__`, its equality from `__eq__`), looking into tuples.
/// Whether a key hashes and compares without user code.
pub(crate) fn is_builtin_key(v: &Value) -> bool {
    !key_needs_vm(v).0
}

fn key_needs_vm(v: &Value) -> (bool, bool) {
    // A worklist, not recursion: tuples may nest to any depth.
    let (mut hashed, mut compared) = (false, false);
    let mut todo = vec![v];
    while let Some(v) = todo.pop() {
        match v {
            Value::Tuple(items) => todo.extend(items.iter()),
            _ => {
                if let Some(c) = user_class(v) {
                    hashed = true;
                    compared = compared || c.lookup("__eq__").is_some();
                }
            }
        }
    }
    (hashed, compared)
}

/// How a subclass of a built-in sequence takes part in `+` and `*`
/// (see [`Vm::seq_numeric_slot`]).
enum SeqSlot {
    Native,
    User,
    Inherited,
}

/// `unsupported operand type(s) for +: ...`, with the augmented operator
/// (`+=`) for an in-place operation.
fn unsupported_operands(
    op: ir::BinOp,
    inplace: bool,
    a: &Value,
    b: &Value,
) -> Box<exceptions::PyErr> {
    let sym = if inplace {
        format!("{}=", op.symbol())
    } else {
        op.symbol().to_string()
    };
    exceptions::unsupported_operands(&sym, a.type_name(), b.type_name())
}

/// Whether `v` is an instance of a subclass of str, bytes, bytearray,
/// list or tuple.
fn is_seq_base(v: &Value) -> bool {
    matches!(
        base_value(v),
        Some(
            Value::Str(_)
                | Value::Bytes(_)
                | Value::ByteArray(_)
                | Value::List(_)
                | Value::Tuple(_)
        )
    )
}

/// Whether a class defines `name` other than as the built-in type's own
/// method (`__add__ = str.__add__` keeps the built-in behaviour).
pub(crate) fn overrides(c: &Rc<PyClass>, name: &str) -> bool {
    c.lookup(name).is_some_and(|v| match &v {
        Value::Builtin(b) => &*b.name != name,
        Value::Wrapper(w) => {
            !matches!(&**w, crate::objects::descriptor::Wrapper::Method { name: n, .. } if &**n == name)
        }
        _ => true,
    })
}

/// The methods CPython's numeric slot for `op` reads.
fn numeric_dunders(op: ir::BinOp) -> &'static [&'static str] {
    match op {
        ir::BinOp::Add => &["__add__", "__radd__"],
        ir::BinOp::Mul => &["__mul__", "__rmul__"],
        _ => &[],
    }
}

/// Whether `x`'s class has replaced its built-in sequence's
/// concatenation (which only the left operand's counts for) or
/// repetition by defining `__add__` (`__mul__`, `__rmul__`).
fn seq_slot_replaced(x: &Value, op: ir::BinOp, left: bool) -> bool {
    let Some(c) = user_class(x).filter(|_| is_seq_base(x)) else {
        return false;
    };
    match op {
        ir::BinOp::Add => left && overrides(&c, "__add__"),
        ir::BinOp::Mul => overrides(&c, "__mul__") || overrides(&c, "__rmul__"),
        _ => false,
    }
}

/// Built-in bases whose instances start empty and are filled by `__init__`.
fn is_mutable_base(t: TypeId) -> bool {
    matches!(
        t,
        TypeId::List
            | TypeId::Dict
            | TypeId::Set
            | TypeId::ByteArray
            | TypeId::Native(
                "_io.StringIO"
                    | crate::objects::dict::ORDERED_DICT
                    | crate::objects::dict::DEFAULT_DICT
                    | crate::objects::dict::COUNTER
                    | crate::modules::collections::DEQUE
            )
    )
}

/// `list.__init__(self, ...)` and kin: the mutable value `base` takes the
/// contents of `fresh` (a value of its type built from the arguments);
/// a dict is updated, the others replaced.
fn fill_mutable(base: &Value, fresh: &Value) -> PyResult<()> {
    // `fresh` is a new value, so borrowing it never clashes with `base`.
    match (base, fresh) {
        (Value::List(l), Value::List(f)) => {
            let items = f.borrow().clone();
            let old = std::mem::replace(&mut *l.borrow_mut(), items);
            l.alloc.set_from(&f.alloc);
            drop(old);
        }
        (Value::Dict(d), Value::Dict(f)) => {
            // A defaultdict's factory comes with its arguments.
            if let k @ crate::objects::dict::DictKind::DefaultDict(_) = &*f.kind.borrow() {
                *d.kind.borrow_mut() = k.clone();
            }
            let entries: Vec<_> = f
                .map
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            let mut map = d.map.borrow_mut();
            for (k, v) in entries {
                map.insert(k, v);
            }
        }
        (Value::Set(s), Value::Set(f)) => {
            let t = f.table.borrow().copy();
            *s.table.borrow_mut() = t;
        }
        (Value::ByteArray(b), Value::ByteArray(f)) => {
            let data = f.data.borrow().clone();
            b.set_data(data)?;
            b.alloc.set_from(&f.alloc);
        }
        _ => {}
    }
    Ok(())
}

impl Vm {
    /// `Cls(*args)`: `__new__` makes the instance, `__init__` initialises
    /// it when it is an instance of `Cls`.
    pub(crate) fn instantiate(&mut self, class: &Rc<PyClass>, args: Args) -> PyResult<Value> {
        let obj = match class.hook(Hook::New) {
            Some(new) => {
                let mut pos = vec![Value::Class(class.clone())];
                pos.extend(args.pos.iter().cloned());
                let func = match &new {
                    Value::Function(_) => new.clone(),
                    _ => self.descr_get(&new, None, &Value::Class(class.clone()))?,
                };
                let obj = self.call(
                    &func,
                    Args {
                        pos,
                        kw: args.kw.clone(),
                    },
                )?;
                if !user_class(&obj).is_some_and(|c| c.is_subclass(class)) {
                    return Ok(obj);
                }
                obj
            }
            None => self.new_instance(class, &args)?,
        };
        match class.hook(Hook::Init) {
            Some(init) => {
                let r = match &init {
                    Value::Function(_) => {
                        let mut pos = Vec::with_capacity(args.pos.len() + 1);
                        pos.push(obj.clone());
                        pos.extend(args.pos);
                        self.call(&init, Args { pos, kw: args.kw })?
                    }
                    _ => {
                        let owner = self.type_of(&obj);
                        let init = self.descr_get(&init, Some(&obj), &owner)?;
                        self.call(&init, args)?
                    }
                };
                if !r.is_none() {
                    return Err(type_error(format!(
                        "__init__() should return None, not '{}'",
                        r.type_name()
                    )));
                }
            }
            None => self.builtin_init(&obj, &args)?,
        }
        Ok(obj)
    }

    /// The built-in base's `__new__`: a bare instance of `class`. Values of
    /// immutable types are made from the arguments here; mutable ones start
    /// empty and are filled by `__init__`.
    fn new_instance(&mut self, class: &Rc<PyClass>, args: &Args) -> PyResult<Value> {
        if class.is_metaclass() {
            let mut pos = vec![Value::Class(class.clone())];
            pos.extend(args.pos.iter().cloned());
            return self.type_new_call(&Args {
                pos,
                kw: args.kw.clone(),
            });
        }
        if let Some(t) = class.exception_base() {
            let e = crate::objects::exception_group::instantiate(
                self,
                t,
                Some(class.clone()),
                &args.pos,
            )?;
            return Ok(Value::Exception(e));
        }
        let base = match class.value_base() {
            None => {
                check_not_abstract(class, args)?;
                None
            }
            Some(t) if is_mutable_base(t) => {
                Some(crate::builtins::construct(self, t, Args::default())?)
            }
            Some(t) => {
                let args = plain_args(args).unwrap_or_else(|| args.clone());
                Some(crate::builtins::construct(self, t, args)?)
            }
        };
        let inst = Rc::new(PyInstance::new(class.clone(), base));
        self.track_instance(&inst);
        Ok(Value::Instance(inst))
    }

    /// The built-in base's `__init__` (run when the class defines none, or
    /// reached through `super()`): exceptions keep their arguments, mutable
    /// values are filled from them, and `object` takes none.
    fn builtin_init(&mut self, obj: &Value, args: &Args) -> PyResult<()> {
        if let Value::Class(_) = obj {
            let mut all = vec![obj.clone()];
            all.extend(args.pos.iter().cloned());
            return self.type_init(&Args {
                pos: all,
                kw: args.kw.clone(),
            });
        }
        let Some(class) = user_class(obj) else {
            return Ok(());
        };
        if let Value::Exception(e) = obj {
            if !args.kw.is_empty() && crate::builtins::exception_keywords(e.typ).is_some() {
                *e.args.borrow_mut() = args.pos.clone();
                return crate::builtins::set_exception_keywords(e, &args.kw);
            }
            if !args.kw.is_empty() {
                return Err(type_error(format!(
                    "{}() takes no keyword arguments",
                    class.name()
                )));
            }
            *e.args.borrow_mut() = args.pos.clone();
            return crate::exceptions::init_syntax_error(self, e);
        }
        if let Some(base @ Value::Native(_)) = base_value(obj) {
            // A native stream resets itself in its own `__init__`.
            let base = base.clone();
            let plain = plain_args(args).unwrap_or_else(|| args.clone());
            return self.call_method(&base, "__init__", plain).map(|_| ());
        }
        if let Some(base) = base_value(obj).filter(|b| is_mutable_base(b.type_id())) {
            let plain = plain_args(args).unwrap_or_else(|| args.clone());
            let fresh = crate::builtins::construct(self, base.type_id(), plain)?;
            return fill_mutable(base, &fresh);
        }
        if args.pos.is_empty() && args.kw.is_empty() {
            return Ok(());
        }
        // object.__init__ accepts arguments only when they went to a
        // `__new__` of the class (a built-in value's, or the user's).
        if class.lookup("__init__").is_some() {
            return Err(type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if class.lookup("__new__").is_none() && class.value_base().is_none() {
            return Err(type_error(format!("{}() takes no arguments", class.name())));
        }
        Ok(())
    }

    /// `object.__new__(cls, *args)` (or `int.__new__`, ...): a bare
    /// instance of `cls`, as `super().__new__(cls)` gives in a `__new__`.
    pub(crate) fn object_new(&mut self, args: &Args) -> PyResult<Value> {
        let Some(cls) = args.pos.first() else {
            return Err(type_error("object.__new__(): not enough arguments"));
        };
        let Value::Class(class) = cls else {
            if let Value::Type(t) = cls {
                let rest = Args {
                    pos: args.pos[1..].to_vec(),
                    kw: args.kw.clone(),
                };
                return crate::builtins::construct(self, *t, rest);
            }
            return Err(type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                cls.type_name()
            )));
        };
        let class = class.clone();
        if class.is_metaclass() {
            return self.type_new_call(args);
        }
        let rest = Args {
            pos: args.pos[1..].to_vec(),
            kw: args.kw.clone(),
        };
        let plain_object = class.value_base().is_none() && class.exception_base().is_none();
        if plain_object && (!rest.pos.is_empty() || !rest.kw.is_empty()) {
            if class.lookup("__new__").is_some() {
                return Err(type_error(
                    "object.__new__() takes exactly one argument (the type to instantiate)",
                ));
            }
            if class.lookup("__init__").is_none() {
                return Err(type_error(format!("{}() takes no arguments", class.name())));
            }
        }
        let rest = if plain_object { Args::default() } else { rest };
        self.new_instance(&class, &rest)
    }

    /// Attribute lookup on an instance of a user class: its class's
    /// `__getattribute__` if it defines one (then `__getattr__` when that
    /// raises AttributeError), else the usual lookup.
    #[inline]
    pub(crate) fn instance_getattr(
        &mut self,
        obj: &Value,
        class: &Rc<PyClass>,
        name: &str,
    ) -> PyResult<Value> {
        match class.hook(Hook::GetAttribute) {
            None => match class.hook(Hook::GetAttr) {
                None => self.instance_getattr_with(obj, class, name),
                Some(ga) => self.getattr_with_fallback(obj, class, ga, name),
            },
            Some(ga) => self.custom_getattribute(obj, class, ga, name),
        }
    }

    /// The usual lookup, then the class's `__getattr__` when it raises
    /// AttributeError (also from a property or other descriptor).
    #[inline(never)]
    fn getattr_with_fallback(
        &mut self,
        obj: &Value,
        class: &Rc<PyClass>,
        fallback: Value,
        name: &str,
    ) -> PyResult<Value> {
        match self.instance_getattr_with(obj, class, name) {
            Err(e) if e.exc.typ.is_subclass(ExcType::AttributeError) => {
                let f = self.descr_get(&fallback, Some(obj), &Value::Class(class.clone()))?;
                self.call(&f, Args::new(vec![Value::str(name)]))
            }
            r => r,
        }
    }

    #[inline(never)]
    fn custom_getattribute(
        &mut self,
        obj: &Value,
        class: &Rc<PyClass>,
        ga: Value,
        name: &str,
    ) -> PyResult<Value> {
        let owner = Value::Class(class.clone());
        let f = self.descr_get(&ga, Some(obj), &owner)?;
        match self.call(&f, Args::new(vec![Value::str(name)])) {
            Err(e) if e.exc.typ == ExcType::AttributeError => match class.lookup("__getattr__") {
                Some(fallback) => {
                    let f = self.descr_get(&fallback, Some(obj), &owner)?;
                    self.call(&f, Args::new(vec![Value::str(name)]))
                }
                None => Err(e),
            },
            r => r,
        }
    }

    /// `object.__getattribute__`: data descriptors of the class, the
    /// instance's own attributes, then the class attribute bound through
    /// the descriptor protocol.
    fn instance_getattr_with(
        &mut self,
        obj: &Value,
        class: &Rc<PyClass>,
        name: &str,
    ) -> PyResult<Value> {
        let class_attr = class.lookup(name);
        match &class_attr {
            Some(a) if self.is_data_descriptor(a) => {
                return self.descr_get(a, Some(obj), &Value::Class(class.clone()))
            }
            None if name == "__class__" => return Ok(self.type_of(obj)),
            _ => {}
        }
        let own = match obj {
            Value::Instance(i) => i.attrs.borrow().get(name).cloned(),
            Value::Exception(e) => e.attrs.borrow().get(name).cloned(),
            _ => None,
        };
        if let Some(v) = own {
            return Ok(v);
        }
        if let Some(a) = class_attr {
            return self.descr_get(&a, Some(obj), &Value::Class(class.clone()));
        }
        if name == "__dict__" && !class.has_slots() {
            if let Some(d) = instance_dict(obj) {
                return d;
            }
        }
        if let Value::Exception(e) = obj {
            if let Some(v) = self.exception_attr(obj, e, name) {
                return v;
            }
        }
        if base_value(obj).is_some()
            && matches!(name, "__reduce_ex__" | "__reduce__" | "__getstate__")
        {
            // The reduction of a subclass instance is the instance's, not
            // its built-in value's.
            if let Some(m) = object_slot_method(obj, name) {
                return Ok(bound_to(m, obj));
            }
        }
        if let Some(b) = base_value(obj) {
            // `d.fromkeys(...)` on a dict subclass instance makes its class.
            if let Some(m) = crate::builtins::class_method(b.type_id(), name) {
                let cls = Value::Class(class.clone());
                return Ok(crate::builtins::rebind_class_method(m, &cls));
            }
            // `d.__getitem__(k)` of a dict subclass respects its `__missing__`.
            if name == "__getitem__" {
                if let Some(m) = value_slot_method(b, Some(obj), name) {
                    return Ok(m);
                }
            }
            match self.getattr(b, name) {
                Err(e) if e.exc.typ == ExcType::AttributeError => {}
                Ok(m @ Value::Builtin(_)) => return Ok(bound_to(m, obj)),
                r => return r,
            }
        } else if let Some(m) = object_slot_method(obj, name) {
            return Ok(bound_to(m, obj));
        }
        Err(exceptions::attribute_error(format!(
            "'{}' object has no attribute '{name}'",
            class.static_name()
        )))
    }

    pub(crate) fn instance_setattr(
        &mut self,
        obj: &Value,
        class: &Rc<PyClass>,
        name: &str,
        v: Value,
    ) -> PyResult<()> {
        if let Some(sa) = class.hook(Hook::SetAttr) {
            let sa = self.descr_get(&sa, Some(obj), &Value::Class(class.clone()))?;
            self.call(&sa, Args::new(vec![Value::str(name), v]))?;
            return Ok(());
        }
        self.object_setattr(obj, name, v)
    }

    /// `object.__setattr__`: a data descriptor's `__set__` (a property's
    /// setter...), else the instance's attributes (its slots, with
    /// `__slots__`).
    pub(crate) fn object_setattr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        if let Value::Class(c) = obj {
            let c = c.clone();
            return self.type_setattr(&c, name, v);
        }
        let Some(class) = user_class(obj) else {
            return match obj {
                Value::Exception(e) => exception_setattr(self, e, name, v),
                _ => self.setattr(obj, name, v),
            };
        };
        let class_attr = class.lookup(name);
        if let Some(a) = &class_attr {
            if let Some(r) = self.descr_set(a, obj, v.clone()) {
                return r;
            }
        }
        if name == "__class__" {
            return assign_class(obj, &class, &v);
        }
        match obj {
            Value::Instance(i) => {
                if class.has_slots() && !class.is_slot(name) {
                    if class_attr.is_some() {
                        return Err(exceptions::attribute_error(format!(
                            "'{}' object attribute '{name}' is read-only",
                            class.name()
                        )));
                    }
                    return Err(exceptions::no_attribute(class.static_name(), name));
                }
                i.set_attr(name.into(), v);
                Ok(())
            }
            Value::Exception(e) => exception_setattr(self, e, name, v),
            _ => Ok(()),
        }
    }

    pub(crate) fn instance_delattr(
        &mut self,
        obj: &Value,
        class: &Rc<PyClass>,
        name: &str,
    ) -> PyResult<()> {
        if let Some(da) = class.lookup("__delattr__") {
            let da = self.descr_get(&da, Some(obj), &Value::Class(class.clone()))?;
            self.call(&da, Args::new(vec![Value::str(name)]))?;
            return Ok(());
        }
        self.object_delattr(obj, name)
    }

    /// `object.__delattr__`: a data descriptor's `__delete__` (a
    /// property's deleter...), else the instance's attribute.
    pub(crate) fn object_delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        if let Value::Class(c) = obj {
            let c = c.clone();
            return self.type_delattr(&c, name);
        }
        let Some(class) = user_class(obj) else {
            return match obj {
                Value::Exception(e) => exception_delattr(e, obj.type_name(), name),
                _ => self.delattr(obj, name),
            };
        };
        if let Some(a) = class.lookup(name) {
            if let Some(r) = self.descr_delete(&a, obj) {
                return r;
            }
        }
        if name == "__class__" {
            return Err(class_assign_error(None));
        }
        let removed = match obj {
            Value::Instance(i) => i.remove_attr(name),
            Value::Exception(e) => return exception_delattr(e, class.static_name(), name),
            _ => false,
        };
        if removed {
            Ok(())
        } else if class.is_slot(name) {
            Err(exceptions::attribute_error(name))
        } else {
            Err(exceptions::no_attribute(class.static_name(), name))
        }
    }

    /// `super(C, obj)`: checks `obj` against `C` and finds the type
    /// whose MRO the lookup follows (`obj` itself when it is a subclass
    /// of `C`, else its type).
    pub(crate) fn make_super(&mut self, class: Value, obj: Option<Value>) -> PyResult<Value> {
        if !matches!(class, Value::Class(_) | Value::Type(_)) {
            return Err(type_error(format!(
                "super() argument 1 must be a type, not {}",
                class.type_name()
            )));
        }
        let start = match &obj {
            None => None,
            Some(o @ (Value::Class(_) | Value::Type(_))) if self.is_subclass(o, &class) => {
                Some(o.clone())
            }
            Some(o) if self.is_instance(o, &class) => Some(self.type_of(o)),
            Some(_) => {
                return Err(type_error(
                    "super(type, obj): obj must be an instance or subtype of type",
                ))
            }
        };
        Ok(Value::Super(Rc::new(PySuper { class, obj, start })))
    }

    /// `super().name`: the classes after `s.class` in the MRO of the
    /// start type, found attributes bound to the object (or, when the
    /// object is that type itself, to nothing: `super(C, C).f`), the
    /// built-in types of the MRO answering for their methods.
    pub(crate) fn super_getattr(
        &mut self,
        this: &Value,
        s: &PySuper,
        name: &str,
    ) -> PyResult<Value> {
        match name {
            "__thisclass__" => return Ok(s.class.clone()),
            "__self__" => return Ok(s.obj.clone().unwrap_or(Value::None)),
            "__self_class__" => return Ok(s.start.clone().unwrap_or(Value::None)),
            "__get__" => {
                let me = this.clone();
                return Ok(closure("__get__", move |vm, args| {
                    let Value::Super(s) = &me else {
                        return Ok(Value::None);
                    };
                    match (args.pos.first(), &s.obj) {
                        (Some(o), None) if !o.is_none() => {
                            vm.make_super(s.class.clone(), Some(o.clone()))
                        }
                        _ => Ok(me.clone()),
                    }
                }));
            }
            _ => {}
        }
        let no_attr =
            || exceptions::attribute_error(format!("'super' object has no attribute '{name}'"));
        let (Some(obj), Some(start)) = (s.obj.clone(), s.start.clone()) else {
            return Err(no_attr());
        };
        let class_mode = start.is(&obj);
        let mro = match &start {
            Value::Class(c) => c.mro_values(),
            Value::Type(t) => builtin_mro(*t),
            _ => Vec::new(),
        };
        let Some(pos) = mro.iter().position(|c| c.is(&s.class)) else {
            return Err(no_attr());
        };
        let bind_to = (!class_mode).then_some(&obj);
        for entry in mro.iter().skip(pos + 1) {
            match entry {
                Value::Class(c) => {
                    let found = c.attrs.borrow().get(name).cloned();
                    if let Some(a) = found {
                        return self.descr_get(&a, bind_to, &start);
                    }
                }
                Value::Type(t) => {
                    if let Some(v) = self.super_builtin_attr(*t, &obj, &start, class_mode, name)? {
                        return Ok(v);
                    }
                }
                _ => {}
            }
        }
        Err(no_attr())
    }

    /// What built-in type `t` of an MRO gives `super()` for `name`.
    fn super_builtin_attr(
        &mut self,
        t: TypeId,
        obj: &Value,
        start: &Value,
        class_mode: bool,
        name: &str,
    ) -> PyResult<Option<Value>> {
        let bound = |this: &Value, f: Value| {
            Value::BoundMethod(Rc::new(BoundMethod {
                this: this.clone(),
                func: f,
                name: name.into(),
            }))
        };
        if t == TypeId::Type {
            return Ok(if class_mode {
                match name {
                    "__new__" => Some(closure("__new__", |vm, args| vm.type_new_call(args))),
                    _ => crate::typeobj::type_method(name),
                }
            } else {
                crate::typeobj::super_type_attr(obj, name)
            });
        }
        // A built-in base without its own `__init__` (int, str...) passes
        // the lookup on to the bases after it, as `object` comes last.
        if t != TypeId::Object
            && name == "__init__"
            && crate::type_dicts::names(t).is_some()
            && !crate::type_dicts::defines(t, name)
        {
            return Ok(None);
        }
        match name {
            "__new__" if t == TypeId::Object => return Ok(Some(object_new())),
            "__new__" => return Ok(Some(crate::typeobj::builtin_new(t))),
            "__init__" if class_mode => return Ok(Some(init_slot(t))),
            "__init__" => return Ok(Some(bound(obj, builtin("__init__", None, object_init_fn)))),
            "__init_subclass__" | "__subclasshook__" if t == TypeId::Object => {
                let owner = match start {
                    Value::Class(c) => c.qualname().to_string(),
                    other => other.type_name().to_string(),
                };
                let f = if name == "__subclasshook__" {
                    builtin(name, None, |_, _| Ok(Value::NotImplemented))
                } else {
                    closure(name, move |_, args| {
                        if !args.kw.is_empty() {
                            return Err(type_error(format!(
                                "{owner}.__init_subclass__() takes no keyword arguments"
                            )));
                        }
                        Ok(Value::None)
                    })
                };
                let cls = if class_mode {
                    obj.clone()
                } else {
                    start.clone()
                };
                return Ok(Some(bound(&cls, f)));
            }
            _ => {}
        }
        if let Some(m) = crate::builtins::class_method(t, name) {
            let cls = if class_mode {
                obj.clone()
            } else {
                self.type_of(obj)
            };
            return Ok(Some(match cls {
                Value::Class(_) => crate::builtins::rebind_class_method(m, &cls),
                _ => m,
            }));
        }
        if class_mode {
            return Ok(crate::builtins::type_attr(t, name));
        }
        if t == TypeId::Object {
            return Ok(object_slot_method(obj, name).map(|m| bound_to(m, obj)));
        }
        if let TypeId::Exception(_) = t {
            // `BaseException`'s own methods and descriptors (not what the
            // instance's `__dict__` holds).
            if let (Value::Exception(e), true) = (
                obj,
                matches!(
                    name,
                    "with_traceback"
                        | "add_note"
                        | "__reduce__"
                        | "__setstate__"
                        | "args"
                        | "__traceback__"
                        | "__cause__"
                        | "__context__"
                        | "__suppress_context__"
                ),
            ) {
                return self.exception_attr(obj, e, name).transpose();
            }
            return Ok(None);
        }
        if let Some(b) = base_value(obj) {
            let b = b.clone();
            if let Some(m) = value_slot_method(&b, Some(obj), name) {
                return Ok(Some(bound_to(m, obj)));
            }
            return match self.getattr(&b, name) {
                Err(e) if e.exc.typ == ExcType::AttributeError => Ok(None),
                r => r.map(Some),
            };
        }
        Ok(crate::builtins::type_attr(t, name).map(|f| bound(obj, f)))
    }

    /// The attributes every exception has (`args`, `__cause__`,
    /// `__traceback__`, `with_traceback`...) and those of particular
    /// built-in types (`StopIteration.value`, `OSError.errno`...).
    pub(crate) fn exception_attr(
        &mut self,
        obj: &Value,
        e: &Rc<PyException>,
        name: &str,
    ) -> Option<PyResult<Value>> {
        let exc = |x: &Option<Rc<PyException>>| match x {
            Some(x) => Value::Exception(x.clone()),
            None => Value::None,
        };
        if let Some(v) = crate::objects::exception_group::attr(e, name) {
            return Some(Ok(v));
        }
        Some(Ok(match name {
            "args" => Value::new_tuple(e.args.borrow().clone()),
            "__cause__" => exc(&e.cause.borrow()),
            "__context__" => exc(&e.context.borrow()),
            "__suppress_context__" => Value::Bool(e.suppress_context.get()),
            "__traceback__" => crate::traceback::TracebackObject::of(e),
            "__dict__" => match exceptions::instance_dict(e) {
                Ok(d) => d,
                Err(err) => return Some(Err(err)),
            },
            "with_traceback" => {
                let this = e.clone();
                let obj = obj.clone();
                closure(name, move |_, args| {
                    args.check_posonly("with_traceback", "with_traceback", 1, 1)?;
                    set_traceback(&this, &args.pos[0])?;
                    Ok(obj.clone())
                })
            }
            // CPython's `BaseException.__reduce__`: the class and args, and
            // the instance's attributes when it has any.
            "__reduce__" => {
                let this = e.clone();
                let obj = obj.clone();
                closure(name, move |vm, args| {
                    args.check_posonly("__reduce__", "__reduce__", 0, 0)?;
                    let mut out = vec![
                        vm.type_of(&obj),
                        Value::new_tuple(this.args.borrow().clone()),
                    ];
                    let dict = exceptions::instance_dict(&this)?;
                    if matches!(&dict, Value::Dict(d) if !d.keys().is_empty()) {
                        out.push(dict);
                    }
                    Ok(Value::new_tuple(out))
                })
            }
            "__setstate__" => {
                let obj = obj.clone();
                closure(name, move |vm, args| {
                    args.check_posonly("__setstate__", "__setstate__", 1, 1)?;
                    match &args.pos[0] {
                        Value::None => {}
                        Value::Dict(d) => {
                            for k in d.keys() {
                                let v = d.get(&k)?.unwrap_or(Value::None);
                                let Value::Str(k) = &k else {
                                    return Err(type_error(format!(
                                        "attribute name must be string, not '{}'",
                                        k.type_name()
                                    )));
                                };
                                vm.setattr(&obj, k, v)?;
                            }
                        }
                        _ => return Err(type_error("state is not a dictionary")),
                    }
                    Ok(Value::None)
                })
            }
            "add_note" => {
                let this = e.clone();
                closure(name, move |_, args| {
                    args.check_posonly("add_note", "add_note", 1, 1)?;
                    let note = &args.pos[0];
                    if !matches!(note, Value::Str(_)) {
                        return Err(type_error(format!(
                            "note must be a str, not '{}'",
                            note.type_name()
                        )));
                    }
                    // `__notes__` as getattr finds it: the instance's, else
                    // its class's (which the note is appended to).
                    let own = this.attrs.borrow().get("__notes__").cloned();
                    let notes = own.or_else(|| this.class().and_then(|c| c.lookup("__notes__")));
                    match &notes {
                        Some(Value::List(l)) => l.borrow_mut().push(note.clone()),
                        None => {
                            this.attrs
                                .borrow_mut()
                                .insert("__notes__".into(), Value::new_list(vec![note.clone()]));
                        }
                        Some(_) => {
                            return Err(type_error("Cannot add note: __notes__ is not a list"))
                        }
                    }
                    Ok(Value::None)
                })
            }
            "value" if e.typ == ExcType::StopIteration => {
                e.args.borrow().first().cloned().unwrap_or(Value::None)
            }
            "code" if e.typ == ExcType::SystemExit => {
                let args = e.args.borrow();
                match &args[..] {
                    [] => Value::None,
                    [v] => v.clone(),
                    many => Value::new_tuple(many.to_vec()),
                }
            }
            "errno" | "strerror" | "filename" | "filename2"
                if e.typ.is_subclass(ExcType::OSError) =>
            {
                exceptions::os_error_attr(e, name)
            }
            _ => {
                return exceptions::unicode_error_attr(e, name)
                    .or_else(|| exceptions::exception_attr(e, name))
                    .map(Ok)
            }
        }))
    }

    /// `inst[key]` on the built-in value of a subclass instance: a dict
    /// subclass's `__missing__` answers keys the dict lacks.
    pub(crate) fn base_getitem(
        &mut self,
        inst: &Value,
        base: &Value,
        key: &Value,
    ) -> PyResult<Value> {
        // A defaultdict's or Counter's own answer for a missing key gives
        // way to the subclass's `__missing__`.
        if let Value::Dict(d) = base {
            if !d.is_plain()
                && user_class(inst).is_some_and(|c| c.lookup("__missing__").is_some())
                && !crate::ops::contains(self, base, key)?
            {
                if let Some(r) = self.call_special(inst, "__missing__", vec![key.clone()]) {
                    return r;
                }
            }
        }
        let r = self.getitem(base, key);
        if let (Err(e), Value::Dict(_)) = (&r, base) {
            if e.exc.typ == ExcType::KeyError {
                if let Some(r) = self.call_special(inst, "__missing__", vec![key.clone()]) {
                    return r;
                }
            }
        }
        r
    }

    /// `hash(v)`: `__hash__` of user classes (remembered on the instance
    /// for the dict and set tables), through tuples.
    pub fn hash_value(&mut self, v: &Value) -> PyResult<i64> {
        if let Value::Tuple(_) = v {
            // The instances inside (at any depth) get their `__hash__`
            // called and remembered; then the tuple hashes without the vm.
            let mut todo = vec![v];
            while let Some(item) = todo.pop() {
                match item {
                    Value::Tuple(items) => todo.extend(items.iter()),
                    _ if user_class(item).is_some() => {
                        self.hash_value(item)?;
                    }
                    _ => {}
                }
            }
            return crate::ops::hash(v);
        }
        let Some(class) = user_class(v) else {
            return crate::ops::hash(v);
        };
        match class.lookup("__hash__") {
            Some(Value::None) => Err(crate::objects::dict::unhashable(v)),
            Some(_) => {
                let r = self
                    .call_special(v, "__hash__", vec![])
                    .unwrap_or(Ok(Value::None))?;
                let Some(n) = crate::ops::as_bigint(&r) else {
                    return Err(type_error("__hash__ method should return an integer"));
                };
                // A hash is a machine word: results beyond one are reduced
                // like ints' hashes; -1 is reserved.
                let h = match num_traits::ToPrimitive::to_i64(&n) {
                    Some(-1) => -2,
                    Some(h) => h,
                    None => crate::ops::hash(&Value::from_bigint(n))?,
                };
                if let Value::Instance(i) = v {
                    i.hash.set(Some(h));
                }
                Ok(h)
            }
            None if base_value(v).is_some() => self.on_base(v, |_, b| crate::ops::hash(b)),
            None => crate::ops::hash(v),
        }
    }

    /// A key as a dict must look it up: hashed with `__hash__`, and, when
    /// `__eq__` decides its equality, replaced by an equal key already in
    /// the dict (so the table, comparing without an interpreter, finds it
    /// by identity). User code runs with no borrow of the dict held.
    pub fn dict_key(&mut self, d: &crate::objects::dict::PyDict, key: &Value) -> PyResult<Value> {
        self.resolve_key(key, |h| d.same_hash(h))
    }

    /// [`Vm::dict_key`] for a set's table.
    pub fn set_key(&mut self, t: &crate::objects::set::SetTable, key: &Value) -> PyResult<Value> {
        self.resolve_key(key, |h| t.same_hash(h))
    }

    /// [`Vm::dict_key`] for any container that hashes its keys (dicts,
    /// sets, dict views); other containers take the key as it is.
    pub fn container_key(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        let c = plain(container).clone();
        self.resolve_key(key, |h| match &c {
            Value::Dict(d) => d.same_hash(h),
            Value::DictView(v) => v.dict.same_hash(h),
            Value::Set(s) => s.table.borrow().same_hash(h),
            _ => Vec::new(),
        })
    }

    fn resolve_key(
        &mut self,
        key: &Value,
        candidates: impl FnOnce(i64) -> Vec<Value>,
    ) -> PyResult<Value> {
        let (hashed, compared) = key_needs_vm(key);
        if !hashed {
            if !self.user_keys_seen {
                return Ok(key.clone());
            }
            // A built-in key may equal a stored user object of its hash
            // (`{K(2): v}[2]`), which only that object's `__eq__` can tell.
            // (An unhashable key is left for the lookup to reject.)
            let Ok(h) = crate::ops::hash(key) else {
                return Ok(key.clone());
            };
            let found = candidates(h);
            if !found.iter().any(|c| key_needs_vm(c).1) {
                return Ok(key.clone());
            }
            return self.first_equal(found, key);
        }
        let h = self.hash_value(key)?;
        if !compared {
            return Ok(key.clone());
        }
        self.user_keys_seen = true;
        let found = candidates(h);
        self.first_equal(found, key)
    }

    /// The first of `candidates` equal to `key` (by identity, else its
    /// `__eq__`), else `key` itself.
    pub(crate) fn first_equal(&mut self, candidates: Vec<Value>, key: &Value) -> PyResult<Value> {
        for c in candidates {
            if c.is(key) {
                break;
            }
            if self.compare(ir::CmpOp::Eq, &c, key)? {
                return Ok(c);
            }
        }
        Ok(key.clone())
    }

    /// The arguments a built-in value's method is called with: read as
    /// plain values where the method reads data (see `method_plain_args`),
    /// and, for the key taking methods of dicts and sets, with the key
    /// resolved by [`Vm::container_key`]. `None` when nothing changes.
    pub(crate) fn prepare_method_args(
        &mut self,
        recv: &Value,
        name: &str,
        args: &Args,
    ) -> PyResult<Option<Args>> {
        let keyed = match recv {
            Value::Dict(_) => matches!(name, "get" | "pop" | "setdefault" | "__contains__"),
            Value::Set(_) => matches!(name, "add" | "discard" | "remove" | "__contains__"),
            _ => false,
        };
        if keyed {
            if let Some(k) = args
                .pos
                .first()
                .filter(|k| self.user_keys_seen || key_needs_vm(k).0)
            {
                let k = self.container_key(recv, k)?;
                let mut args = args.clone();
                args.pos[0] = k;
                return Ok(Some(args));
            }
            return Ok(None);
        }
        // Fields format the objects themselves: a subclass's `__format__`,
        // `__repr__` or `__missing__` applies.
        if matches!(recv, Value::Str(_)) && matches!(name, "format" | "format_map") {
            return Ok(None);
        }
        Ok(method_plain_args(recv, args))
    }

    /// Runs an operation of the built-in value of subclass instance `inst`
    /// on that value; a TypeError naming the value's type names the
    /// instance's instead, as CPython's messages name `type(obj)`.
    pub(crate) fn on_base<R>(
        &mut self,
        inst: &Value,
        f: impl FnOnce(&mut Vm, &Value) -> PyResult<R>,
    ) -> PyResult<R> {
        let base = plain(inst).clone();
        f(self, &base).map_err(|e| {
            if e.exc.typ != ExcType::TypeError {
                return e;
            }
            let msg = crate::ops::exc_message(&e.exc);
            let from = format!("'{}'", base.type_name());
            if !msg.contains(&from) {
                return e;
            }
            let renamed = msg.replacen(&from, &format!("'{}'", inst.type_name()), 1);
            Box::new(exceptions::PyErr {
                exc: PyException::new(ExcType::TypeError, vec![Value::Str(renamed.into())]),
                loc: e.loc,
                reraise: false,
            })
        })
    }

    /// Whether native function `b` reads its arguments' data (see
    /// [`builtin_reads_plain`]): module functions do (but `operator`'s), and the builtins named
    /// there.
    pub(crate) fn native_reads_plain(
        &self,
        b: &Rc<crate::objects::function::Builtin>,
        args: &Args,
    ) -> bool {
        // The operator module's functions apply the protocols, which see
        // a subclass's overrides, as `_collections._count_elements` does
        // a mapping's; those of functools, _heapq and _bisect pass their
        // arguments on (a namedtuple stays one); weak references are to
        // the instance itself.
        if matches!(
            b.module.as_deref(),
            Some(
                "_operator"
                    | "functools"
                    | "_heapq"
                    | "_bisect"
                    | "_pyview_weakref"
                    | "_collections"
            )
        ) || (b.module.as_deref() == Some("sys") && &*b.name == "getsizeof")
        {
            return false;
        }
        if b.module.is_some() {
            return true;
        }
        let is_builtin =
            matches!(&self.builtin(&b.name), Some(Value::Builtin(t)) if Rc::ptr_eq(t, b));
        is_builtin
            && args
                .pos
                .iter()
                .filter(|v| base_value(v).is_some())
                .all(|v| builtin_reads_plain(&b.name, v))
    }

    /// Calls `obj.__name__(*args)` if the user class defines it (bound
    /// through the descriptor protocol: a static or class method, or a
    /// callable object, works as CPython's slot would call it).
    pub fn call_special(
        &mut self,
        obj: &Value,
        name: &str,
        args: Vec<Value>,
    ) -> Option<PyResult<Value>> {
        let class = user_class(obj)?;
        let f = class.lookup(name)?;
        if let Value::Function(_) = &f {
            let mut pos = Vec::with_capacity(args.len() + 1);
            pos.push(obj.clone());
            pos.extend(args);
            return Some(self.call(&f, Args::new(pos)));
        }
        let owner = Value::Class(class.clone());
        Some(
            self.descr_get(&f, Some(obj), &owner)
                .and_then(|m| self.call(&m, Args::new(args))),
        )
    }

    /// `obj <op> other` for user classes: `__op__`, then the reflected
    /// `__rop__` of the other operand. `None` if neither applies.
    pub(crate) fn binop_special(
        &mut self,
        op: ir::BinOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> Option<PyResult<Value>> {
        // The common case (no user class involved) must not allocate.
        if user_class(a).is_none() && user_class(b).is_none() {
            return None;
        }
        let name = binop_name(op);
        if inplace {
            if let Some(r) = self.call_special(a, &format!("__i{name}__"), vec![b.clone()]) {
                match r {
                    Ok(Value::NotImplemented) => {}
                    r => return Some(r),
                }
            }
        }
        // A subclass's reflected method goes first when it overrides its base's.
        let rname = format!("__r{name}__");
        let subclass_first = match (user_class(a), user_class(b)) {
            (Some(ca), Some(cb)) => {
                !Rc::ptr_eq(&ca, &cb)
                    && cb.is_subclass(&ca)
                    && match (cb.lookup(&rname), ca.lookup(&rname)) {
                        (Some(x), Some(y)) => !x.is(&y),
                        (Some(_), None) => true,
                        _ => false,
                    }
            }
            _ => false,
        };
        if subclass_first {
            if let Some(r) = self.call_special(b, &rname, vec![a.clone()]) {
                match r {
                    Ok(Value::NotImplemented) => {}
                    r => return Some(r),
                }
            }
        }
        // For subclasses of built-in sequences, concatenation and
        // repetition are the base's sequence operations unless the class
        // takes part in numeric dispatch (see `seq_numeric_slot`).
        let fwd = format!("__{name}__");
        match self.seq_numeric_slot(a, op, &fwd) {
            SeqSlot::Native => {}
            SeqSlot::Inherited => return Some(self.seq_native(op, a, b)),
            SeqSlot::User => {
                if let Some(r) = self.call_special(a, &fwd, vec![b.clone()]) {
                    match r {
                        Ok(Value::NotImplemented) => {}
                        r => return Some(r),
                    }
                }
            }
        }
        // A number subclass that inherits its base's slot runs it before
        // the other operand's reflected method (CPython's slotv goes
        // first), so `A(1) + B(2)` is 3 though B defines `__radd__`.
        if !inplace
            && is_number(plain(a))
            && base_value(a).is_some()
            && base_value(b).is_some()
            && user_class(a).is_some_and(|c| c.lookup(&fwd).is_none())
        {
            let (pa, pb) = (plain(a).clone(), plain(b).clone());
            match crate::ops::binary(self, op, &pa, &pb) {
                Err(e) if e.exc.typ == ExcType::TypeError => {}
                r => return Some(r),
            }
        }
        // Operands of one type never try the reflected method.
        let same_type = match (user_class(a), user_class(b)) {
            (Some(ca), Some(cb)) => Rc::ptr_eq(&ca, &cb),
            _ => false,
        };
        match self.seq_numeric_slot(b, op, &rname) {
            SeqSlot::Native => {}
            _ if same_type => {}
            // Only repetition has a reflected form.
            SeqSlot::Inherited if op == ir::BinOp::Mul => return Some(self.seq_native(op, b, a)),
            SeqSlot::Inherited => {}
            SeqSlot::User => {
                if let Some(r) = self.call_special(b, &rname, vec![a.clone()]) {
                    match r {
                        Ok(Value::NotImplemented) => {}
                        r => return Some(r),
                    }
                }
            }
        }
        if base_value(a).is_some() || base_value(b).is_some() {
            let (pa, pb) = (plain(a).clone(), plain(b).clone());
            if seq_slot_replaced(a, op, true) || seq_slot_replaced(b, op, false) {
                // A mutable sequence keeps its in-place concatenation and
                // repetition (CPython's sq_inplace_* slots come last).
                if inplace && matches!(pa, Value::List(_) | Value::ByteArray(_)) {
                    let r = crate::ops::inplace(self, op, &pa, &pb);
                    return Some(r.map(|v| if v.is(&pa) { a.clone() } else { v }));
                }
                return Some(Err(unsupported_operands(op, inplace, a, b)));
            }
            // An operand that is an instance of a plain class has had its
            // methods tried above: only the built-in operation is left.
            let only_builtin = |x: &Value| user_class(x).is_some() && base_value(x).is_none();
            let r = if only_builtin(a) || only_builtin(b) {
                let has_index =
                    |v: &Value| user_class(v).is_some_and(|c| c.lookup("__index__").is_some());
                if op == ir::BinOp::Mul && crate::ops::is_sequence(&pa) && has_index(&pb) {
                    self.seq_native(op, a, b)
                } else if op == ir::BinOp::Mul
                    && !inplace
                    && has_index(&pa)
                    && crate::ops::is_sequence(&pb)
                {
                    self.seq_native(op, b, a)
                } else if inplace {
                    crate::ops::inplace(self, op, &pa, &pb)
                } else {
                    crate::ops::binary(self, op, &pa, &pb)
                }
            } else if inplace {
                self.inplace(op, &pa, &pb)
            } else {
                self.binary(op, &pa, &pb)
            };
            // In-place operators of a mutable base change it and give back
            // the instance itself (`lst += [1]` keeps the subclass).
            return Some(match r {
                Ok(v) => Ok(if v.is(&pa) && inplace { a.clone() } else { v }),
                // bytes and bytearray name the subclass they concatenate to.
                Err(e)
                    if op == ir::BinOp::Add
                        && crate::ops::exc_message(&e.exc).starts_with("can't concat ") =>
                {
                    Err(type_error(format!(
                        "can't concat {} to {}",
                        b.type_name(),
                        a.type_name()
                    )))
                }
                Err(e) if crate::ops::exc_message(&e.exc).starts_with("unsupported operand") => {
                    Err(unsupported_operands(op, inplace, a, b))
                }
                Err(e) => Err(e),
            });
        }
        // A sequence repeated by an object with `__index__`.
        if op == ir::BinOp::Mul {
            let has_index =
                |v: &Value| user_class(v).is_some_and(|c| c.lookup("__index__").is_some());
            let is_seq = |v: &Value| {
                matches!(
                    v,
                    Value::Str(_)
                        | Value::Bytes(_)
                        | Value::ByteArray(_)
                        | Value::List(_)
                        | Value::Tuple(_)
                        | Value::Array(_)
                )
            };
            // In place, only the left operand's repetition applies.
            let swapped = if is_seq(a) && has_index(b) {
                Some(false)
            } else if has_index(a) && is_seq(b) && !inplace {
                Some(true)
            } else {
                None
            };
            if let Some(swapped) = swapped {
                let (seq, n) = if swapped { (b, a) } else { (a, b) };
                return Some(self.repeat_count(n).and_then(|n| {
                    let (x, y) = if swapped { (&n, seq) } else { (seq, &n) };
                    if inplace {
                        self.inplace(op, x, y)
                    } else {
                        self.binary(op, x, y)
                    }
                }));
            }
        }
        // A built-in value's in-place operator may take any object its
        // method accepts (`lst += iterable`, `d |= mapping`).
        if inplace && user_class(a).is_none() {
            return None;
        }
        // A sequence's own concatenation or repetition has the last word
        // (and its message): the left operand's, or for `*` the right's.
        let seq_ok = match op {
            ir::BinOp::Add => crate::ops::is_sequence(a),
            ir::BinOp::Mul => {
                crate::ops::is_sequence(a) || (!inplace && crate::ops::is_sequence(b))
            }
            _ => false,
        };
        if seq_ok {
            return Some(crate::ops::binary(self, op, a, b));
        }
        if user_class(a).is_some() || user_class(b).is_some() {
            return Some(Err(unsupported_operands(op, inplace, a, b)));
        }
        None
    }

    /// How the numeric slot of `op` treats `x` when `x` is an instance of
    /// a subclass of a built-in sequence and `op` is concatenation or
    /// repetition (CPython's `nb_add`/`nb_multiply` versus `sq_concat`/
    /// `sq_repeat`): `Native` when the class has no numeric slot (or `x`
    /// is something else); `User` when its `name` method is its own;
    /// `Inherited` when the slot exists but finds the base's method,
    /// which raises where a number's would give NotImplemented.
    fn seq_numeric_slot(&self, x: &Value, op: ir::BinOp, name: &str) -> SeqSlot {
        let Some(c) = user_class(x) else {
            return SeqSlot::Native;
        };
        if !is_seq_base(x) || !matches!(op, ir::BinOp::Add | ir::BinOp::Mul) {
            return SeqSlot::User;
        }
        if overrides(&c, name) {
            return SeqSlot::User;
        }
        if self.nb_slot_generic(&c, op) {
            SeqSlot::Inherited
        } else {
            SeqSlot::Native
        }
    }

    /// Whether a class derived from a built-in sequence has CPython's
    /// generic numeric slot for `op`: one of its classes defines the
    /// operator's method or its reflection other than as the base's own,
    /// or did when the class was last changed (CPython keeps the slot
    /// once made; see [`Vm::class_dunder_changed`]).
    fn nb_slot_generic(&self, c: &Rc<PyClass>, op: ir::BinOp) -> bool {
        numeric_dunders(op).iter().any(|n| overrides(c, n))
            || self
                .seq_slot_marks
                .iter()
                .any(|(m, o)| *o == op && m.upgrade().is_some_and(|m| c.is_subclass(&m)))
    }

    /// Called before and after a class attribute named `name` is set or
    /// deleted: records that the class has had a generic numeric slot.
    pub(crate) fn class_dunder_changed(&mut self, c: &Rc<PyClass>, name: &str) {
        let seq_base = matches!(
            c.builtin_base,
            TypeId::Str | TypeId::Bytes | TypeId::ByteArray | TypeId::List | TypeId::Tuple
        );
        if !seq_base {
            return;
        }
        for op in [ir::BinOp::Add, ir::BinOp::Mul] {
            if numeric_dunders(op).contains(&name) && self.nb_slot_generic(c, op) {
                self.seq_slot_marks.retain(|(m, _)| m.strong_count() > 0);
                self.seq_slot_marks.push((Rc::downgrade(c), op));
            }
        }
    }

    /// The built-in sequence operation on `seq` (a subclass instance)
    /// as its inherited method runs it: concatenation with `other`, or
    /// repetition by `other` as an index.
    fn seq_native(&mut self, op: ir::BinOp, seq: &Value, other: &Value) -> PyResult<Value> {
        let s = plain(seq).clone();
        if op == ir::BinOp::Mul {
            let n = self.repeat_count(other)?;
            return crate::ops::binary(self, op, &s, &n);
        }
        crate::ops::binary(self, op, &s, plain(other)).map_err(|e| {
            // bytes and bytearray name the subclass they concatenate to.
            if crate::ops::exc_message(&e.exc).starts_with("can't concat ") {
                type_error(format!(
                    "can't concat {} to {}",
                    other.type_name(),
                    seq.type_name()
                ))
            } else {
                e
            }
        })
    }

    /// A repetition count through `__index__`: CPython's
    /// `PyNumber_AsSsize_t` messages name the object given.
    fn repeat_count(&mut self, n: &Value) -> PyResult<Value> {
        let v = crate::modules::index_value(self, n)?;
        match &v {
            Value::Int(_) | Value::Bool(_) => Ok(v),
            Value::BigInt(_) => Err(exceptions::overflow_error(format!(
                "cannot fit '{}' into an index-sized integer",
                n.type_name()
            ))),
            _ => Err(exceptions::not_an_index(n.type_name())),
        }
    }

    /// Rich comparison for user classes; `None` if neither side defines it.
    pub(crate) fn compare_special(
        &mut self,
        op: ir::CmpOp,
        a: &Value,
        b: &Value,
    ) -> Option<PyResult<bool>> {
        match self.compare_special_value(op, a, b)? {
            Ok(Value::Bool(t)) => Some(Ok(t)),
            Ok(v) => Some(self.truthy(&v)),
            Err(e) => Some(Err(e)),
        }
    }

    /// A comparison's result as the special method returned it (any
    /// object, as `__eq__` may return one), when a user class is involved.
    pub(crate) fn compare_special_value(
        &mut self,
        op: ir::CmpOp,
        a: &Value,
        b: &Value,
    ) -> Option<PyResult<Value>> {
        let (name, reflected) = match op {
            ir::CmpOp::Eq => ("__eq__", "__eq__"),
            ir::CmpOp::NotEq => ("__ne__", "__ne__"),
            ir::CmpOp::Lt => ("__lt__", "__gt__"),
            ir::CmpOp::LtE => ("__le__", "__ge__"),
            ir::CmpOp::Gt => ("__gt__", "__lt__"),
            ir::CmpOp::GtE => ("__ge__", "__le__"),
            _ => return None,
        };
        if user_class(a).is_none() && user_class(b).is_none() {
            return None;
        }
        // PyObject_RichCompare counts a level against the recursion limit.
        Some(self.nested(IN_COMPARISON, |vm| {
            vm.compare_user(op, a, b, name, reflected)
        }))
    }

    /// [`Vm::compare_special_value`] once a user class is involved:
    /// `name` is the operator's method, `reflected` its mirror.
    fn compare_user(
        &mut self,
        op: ir::CmpOp,
        a: &Value,
        b: &Value,
        name: &str,
        reflected: &str,
    ) -> PyResult<Value> {
        // An instance of a proper subclass of the left operand's class has
        // its reflected method tried first.
        let reflected_first = match (user_class(a), user_class(b)) {
            (Some(ca), Some(cb)) => {
                !Rc::ptr_eq(&ca, &cb) && cb.is_subclass(&ca) && cb.lookup(reflected).is_some()
            }
            _ => false,
        };
        let order = if reflected_first {
            [(b, a, reflected), (a, b, name)]
        } else {
            [(a, b, name), (b, a, reflected)]
        };
        for (x, y, n) in order {
            let r = match self.call_special(x, n, vec![y.clone()]) {
                Some(r) => r,
                // A plain class's inherited `object.__ne__` inverts its
                // `__eq__` (a slot wrapper: one more level).
                None if op == ir::CmpOp::NotEq && inherits_object_ne(x) => {
                    match self.nested(IN_CALL, |vm| {
                        vm.call_special(x, "__eq__", vec![y.clone()]).transpose()
                    })? {
                        Some(Value::NotImplemented) | None => continue,
                        Some(v) => return self.truthy(&v).map(|t| Value::Bool(!t)),
                    }
                }
                None => continue,
            };
            match r {
                Ok(Value::NotImplemented) => {}
                other => return other,
            }
        }
        if base_value(a).is_some() || base_value(b).is_some() {
            let (pa, pb) = (plain(a).clone(), plain(b).clone());
            return self.compare(op, &pa, &pb).map(Value::Bool).map_err(|e| {
                if crate::ops::exc_message(&e.exc).contains("not supported between instances") {
                    type_error(format!(
                        "'{}' not supported between instances of '{}' and '{}'",
                        op.symbol(),
                        a.type_name(),
                        b.type_name()
                    ))
                } else {
                    e
                }
            });
        }
        match op {
            ir::CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            ir::CmpOp::NotEq => Ok(Value::Bool(!a.is(b))),
            _ => Err(type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                a.type_name(),
                b.type_name()
            ))),
        }
    }

    /// The class of `object()` instances.
    pub fn object_class(&mut self) -> Rc<PyClass> {
        if let Some(c) = &self.object_class {
            return c.clone();
        }
        let c = PyClass::object();
        self.object_class = Some(c.clone());
        c
    }

    /// The module's globals as a dict (a snapshot).
    pub fn globals_dict(&mut self) -> Value {
        let d = crate::objects::dict::PyDict::default();
        let names = self.globals.table.borrow().names.clone();
        for n in names {
            if let Some(v) = self.globals.get(&n) {
                let _ = d.set(Value::Str(n.clone()), v);
            }
        }
        Value::Dict(Rc::new(d))
    }

    /// `type(x)`.
    pub fn type_of(&self, v: &Value) -> Value {
        match user_class(v) {
            Some(c) if c.is_object => Value::Type(TypeId::Object),
            Some(c) => Value::Class(c.clone()),
            None => Value::Type(v.type_id()),
        }
    }

    /// `isinstance(v, t)` for one class or type `t` (by the MRO only).
    pub fn is_instance(&self, v: &Value, t: &Value) -> bool {
        match t {
            Value::Class(c) => user_class(v).is_some_and(|vc| vc.is_subclass(c)),
            Value::Type(ty) => match v {
                Value::Exception(e) => match &e.class() {
                    Some(c) => self.is_subclass(&Value::Class(c.clone()), t),
                    None => TypeId::Exception(e.typ).is_subtype(*ty),
                },
                Value::Native(o) if o.base_type().is_some_and(|b| b.is_subtype(*ty)) => true,
                Value::Instance(i) => i.class().builtin_base.is_subtype(*ty),
                Value::Class(_) => TypeId::Type.is_subtype(*ty),
                _ => v.type_id().is_subtype(*ty),
            },
            _ => false,
        }
    }

    /// `issubclass(a, b)` (by the MRO only).
    pub fn is_subclass(&self, a: &Value, b: &Value) -> bool {
        match (a, b) {
            (_, Value::Type(TypeId::Object)) => true,
            (Value::Class(x), Value::Class(y)) => x.is_subclass(y),
            (Value::Class(x), Value::Type(t)) => {
                x.builtin_base.is_subtype(*t)
                    || (matches!(t, TypeId::Exception(_)) && x.mro_has_type(*t))
            }
            (Value::Type(x), Value::Type(y)) => x.is_subtype(*y),
            _ => false,
        }
    }
}

/// A special method of a built-in value as an attribute
/// (`[1].__len__`, `(2).__add__`), or of a subclass instance's value
/// reached through `super()` (`owner` is then the instance, whose
/// `__missing__`, `__repr__` and identity the method respects).
/// `None` when the value's type has no such method.
pub(crate) fn value_slot_method(recv: &Value, owner: Option<&Value>, name: &str) -> Option<Value> {
    if let Some(m) = own_method(recv, name) {
        return Some(m);
    }
    if let Value::Slice(_) = recv {
        return slice_compare_method(recv, name);
    }
    if let Some(m) = container_compare_method(recv, name) {
        return Some(m);
    }
    let kind = value_kind(recv)?;
    let inner = name.strip_prefix("__")?.strip_suffix("__")?;
    let this = recv.clone();
    let owner = owner.cloned();
    let t = recv.type_id();
    let one = move |args: &Args, what: &str| -> PyResult<Value> {
        special_args(args, t, what, 1)?;
        Ok(args.pos[0].clone())
    };
    let none = move |args: &Args, what: &str| special_args(args, t, what, 0);
    let m = match inner {
        "len" if kind.is_container() => closure(name, move |vm, args| {
            none(args, "__len__")?;
            Ok(Value::from_usize(vm.len_of(&this)?))
        }),
        "iter" if kind.is_container() => closure(name, move |vm, args| {
            none(args, "__iter__")?;
            vm.get_iter(&this)
        }),
        "contains" if kind.is_container() => closure(name, move |vm, args| {
            let x = one(args, "__contains__")?;
            Ok(Value::Bool(vm.compare(ir::CmpOp::In, &x, &this)?))
        }),
        "getitem" if kind.is_container() && kind != ValueKind::Set => {
            closure(name, move |vm, args| {
                let k = one(args, "__getitem__")?;
                match &owner {
                    Some(o) => vm.base_getitem(o, &this, &k),
                    None => vm.getitem(&this, &k),
                }
            })
        }
        "setitem" if kind.is_mutable_seq_or_map() => closure(name, move |vm, args| {
            special_args(args, t, "__setitem__", 2)?;
            vm.setitem(&this, &args.pos[0], args.pos[1].clone())?;
            Ok(Value::None)
        }),
        "delitem" if kind.is_mutable_seq_or_map() => closure(name, move |vm, args| {
            let k = one(args, "__delitem__")?;
            vm.delitem(&this, &k)?;
            Ok(Value::None)
        }),
        // Lists and dicts reverse themselves; other sequences go through
        // `reversed()`'s use of `__len__` and `__getitem__`.
        "reversed" if matches!(kind, ValueKind::List | ValueKind::Dict) => {
            closure(name, move |vm, args| {
                none(args, "__reversed__")?;
                let reversed = vm.builtin("reversed").unwrap_or(Value::None);
                vm.call(&reversed, Args::new(vec![this.clone()]))
            })
        }
        "divmod" | "rdivmod"
            if kind == ValueKind::Number && !matches!(recv, Value::Complex(..)) =>
        {
            let reflected = inner == "rdivmod";
            closure(name, move |vm, args| {
                let other = plain(&one(
                    args,
                    if reflected {
                        "__rdivmod__"
                    } else {
                        "__divmod__"
                    },
                )?)
                .clone();
                if !number_accepts(&this, &other) {
                    return Ok(Value::NotImplemented);
                }
                let (a, b) = if reflected {
                    (&other, &this)
                } else {
                    (&this, &other)
                };
                let divmod = vm.builtin("divmod").unwrap_or(Value::None);
                vm.call(&divmod, Args::new(vec![a.clone(), b.clone()]))
            })
        }
        "bool" if kind == ValueKind::Number => closure(name, move |vm, args| {
            none(args, "__bool__")?;
            Ok(Value::Bool(vm.truthy(&this)?))
        }),
        "neg" | "pos" | "abs" | "invert" if kind == ValueKind::Number => {
            let op = inner.to_string();
            closure(name, move |_, args| {
                none(args, &format!("__{op}__"))?;
                match op.as_str() {
                    "neg" => crate::ops::unary_neg(&this),
                    "pos" => crate::ops::unary_pos(&this),
                    "invert" => crate::ops::unary_invert(&this),
                    _ => match crate::ops::as_bigint(&this) {
                        Some(n) => Ok(Value::from_bigint(num_traits::Signed::abs(&n))),
                        None => match &this {
                            Value::Float(f) => Ok(Value::Float(f.abs())),
                            Value::Complex(r, i) => {
                                Ok(Value::Float(crate::objects::complex::abs(*r, *i)?))
                            }
                            _ => Ok(Value::NotImplemented),
                        },
                    },
                }
            })
        }
        "hash" => {
            if kind.is_unhashable() {
                return Some(Value::None);
            }
            closure(name, move |_, args| {
                none(args, "__hash__")?;
                Ok(Value::Int(crate::ops::hash(&this)?))
            })
        }
        "repr" => closure(name, move |vm, args| {
            none(args, "__repr__")?;
            Ok(Value::Str(vm.repr_of(&this)?.into()))
        }),
        "str" => closure(name, move |vm, args| {
            none(args, "__str__")?;
            Ok(match (&this, &owner) {
                (Value::Str(_), _) => this.clone(),
                (_, Some(o)) => Value::Str(vm.repr_of(o)?.into()),
                _ => Value::Str(vm.str_of(&this)?.into()),
            })
        }),
        "format" => closure(name, move |vm, args| {
            let spec = one(args, "__format__")?;
            let Value::Str(ref spec) = spec else {
                return Err(exceptions::bad_argument(
                    "__format__",
                    "argument",
                    "str",
                    &spec,
                ));
            };
            let target = match &owner {
                Some(o) if spec.is_empty() => o,
                _ => &this,
            };
            Ok(Value::Str(
                crate::objects::str::format_value(vm, target, spec)?.into(),
            ))
        }),
        "eq" | "ne" | "lt" | "le" | "gt" | "ge" => {
            let op = match inner {
                "eq" => ir::CmpOp::Eq,
                "ne" => ir::CmpOp::NotEq,
                "lt" => ir::CmpOp::Lt,
                "le" => ir::CmpOp::LtE,
                "gt" => ir::CmpOp::Gt,
                _ => ir::CmpOp::GtE,
            };
            closure(name, move |vm, args| {
                let other = one(args, name_of_cmp(op))?;
                let other = plain(&other).clone();
                if !comparable(&this, kind, &other, op) {
                    return Ok(Value::NotImplemented);
                }
                Ok(Value::Bool(vm.compare(op, &this, &other)?))
            })
        }
        _ => {
            let (op, side) = binop_from_name(inner)?;
            if !kind.supports(op) {
                return None;
            }
            let seq_slot = kind.is_sequence() && matches!(op, ir::BinOp::Add | ir::BinOp::Mul);
            // Concatenation has no reflected form, and only mutable
            // containers have in-place methods.
            if (seq_slot && op == ir::BinOp::Add && side == Side::Right)
                || (side == Side::InPlace
                    && !kind.is_mutable_seq_or_map()
                    && kind != ValueKind::Set)
            {
                return None;
            }
            let n: Rc<str> = name.into();
            closure(name, move |vm, args| {
                if op == ir::BinOp::Pow && side != Side::InPlace {
                    if let Some(r) = ternary_pow(vm, &this, side, &n, args) {
                        return r;
                    }
                }
                let other = one(args, &n)?;
                let other = plain(&other).clone();
                if kind == ValueKind::Number && !number_accepts(&this, &other) {
                    return Ok(Value::NotImplemented);
                }
                // Concatenation and repetition of sequences (and the
                // in-place update of dicts) take any operand their
                // operation would, so their errors are the caller's.
                let raises = seq_slot || (side == Side::InPlace && matches!(this, Value::Dict(_)));
                if seq_slot && op == ir::BinOp::Mul {
                    let n = crate::modules::index_value(vm, &other)?;
                    if !crate::ops::is_int(&n) {
                        return Err(exceptions::not_an_index(other.type_name()));
                    }
                }
                let r = match side {
                    Side::Left => crate::ops::binary(vm, op, &this, &other),
                    Side::Right => crate::ops::binary(vm, op, &other, &this),
                    Side::InPlace => crate::ops::inplace(vm, op, &this, &other),
                };
                match r {
                    Ok(v) => Ok(match &owner {
                        Some(o) if v.is(&this) && side == Side::InPlace => o.clone(),
                        _ => v,
                    }),
                    Err(e) if e.exc.typ == ExcType::TypeError && !raises => {
                        Ok(Value::NotImplemented)
                    }
                    Err(e) => Err(e),
                }
            })
        }
    };
    Some(m)
}

/// `x.__pow__(y, mod)` and `x.__rpow__(y, mod)`: the three-argument
/// `pow()`; `None` for the binary form (one argument).
fn ternary_pow(
    vm: &mut Vm,
    this: &Value,
    side: Side,
    name: &str,
    args: &Args,
) -> Option<PyResult<Value>> {
    if !args.kw.is_empty() {
        return Some(Err(type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        ))));
    }
    let (other, modulus) = match &args.pos[..] {
        [_] => return None,
        [other, modulus] => (plain(other).clone(), modulus.clone()),
        _ => {
            let (bound, n) = match args.pos.len() {
                0 => ("least 1 argument", 0),
                n => ("most 2 arguments", n),
            };
            return Some(Err(type_error(format!(" expected at {bound}, got {n}"))));
        }
    };
    let (base, exp) = match side {
        Side::Right => (other, this.clone()),
        _ => (this.clone(), other),
    };
    let pow = vm.builtin("pow")?;
    Some(vm.call(&pow, Args::new(vec![base, exp, modulus])))
}

/// Checks the arguments of special method `name` taken from a `t` value,
/// which takes `n` positional ones, with CPython's messages: a slot
/// wrapper's ("expected 1 argument, got 0"; `__setitem__` unpacks its
/// arguments under an empty name) or a method's ("list.__getitem__()
/// takes exactly one argument (0 given)").
fn special_args(args: &Args, t: TypeId, name: &str, n: usize) -> PyResult<()> {
    if !crate::objects::descriptor::is_slot_name(t, name) {
        let qualname = format!("{}.{name}", t.short_name());
        return match n {
            0 => args.check_none(&qualname),
            _ => args.check_one(&qualname).map(|_| ()),
        };
    }
    if !args.kw.is_empty() {
        return Err(type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    if args.pos.len() == n {
        return Ok(());
    }
    let space = if n == 2 { " " } else { "" };
    let s = if n == 1 { "" } else { "s" };
    Err(type_error(format!(
        "{space}expected {n} argument{s}, got {}",
        args.pos.len()
    )))
}

/// A method `object` gives every value (`__setattr__`, `__eq__`,
/// `__repr__`...), bound to `obj`; for exceptions, `BaseException`'s
/// `__str__` and `__repr__`.
pub(crate) fn object_slot_method(obj: &Value, name: &str) -> Option<Value> {
    let this = obj.clone();
    let one = move |args: &Args, what: &str| -> PyResult<Value> {
        args.no_kwargs(what)?;
        match &args.pos[..] {
            [v] => Ok(v.clone()),
            _ => Err(type_error(format!(
                "expected 1 argument, got {}",
                args.pos.len()
            ))),
        }
    };
    Some(match name {
        "__setattr__" => closure(name, move |vm, args| {
            args.check_posonly("__setattr__", "__setattr__", 2, 2)?;
            let Value::Str(n) = &args.pos[0] else {
                return Err(type_error(format!(
                    "attribute name must be string, not '{}'",
                    args.pos[0].type_name()
                )));
            };
            vm.object_setattr(&this, n, args.pos[1].clone())?;
            Ok(Value::None)
        }),
        "__delattr__" => closure(name, move |vm, args| {
            let n = one(args, "__delattr__")?;
            let Value::Str(n) = &n else {
                return Err(type_error(format!(
                    "attribute name must be string, not '{}'",
                    n.type_name()
                )));
            };
            vm.object_delattr(&this, n)?;
            Ok(Value::None)
        }),
        "__getattribute__" => closure(name, move |vm, args| {
            let n = one(args, "__getattribute__")?;
            let Value::Str(n) = &n else {
                return Err(type_error(format!(
                    "attribute name must be string, not '{}'",
                    n.type_name()
                )));
            };
            match user_class(&this) {
                Some(c) => vm.instance_getattr_with(&this, &c, n),
                None => vm.getattr(&this, n),
            }
        }),
        "__eq__" => closure(name, move |_, args| {
            let other = one(args, "__eq__")?;
            Ok(if this.is(&other) {
                Value::Bool(true)
            } else {
                Value::NotImplemented
            })
        }),
        "__ne__" => closure(name, move |vm, args| {
            let other = one(args, "__ne__")?;
            match vm.call_special(&this, "__eq__", vec![other.clone()]) {
                Some(r) => match r? {
                    Value::NotImplemented => Ok(Value::NotImplemented),
                    v => Ok(Value::Bool(!vm.truthy(&v)?)),
                },
                None if this.is(&other) => Ok(Value::Bool(false)),
                None => Ok(Value::NotImplemented),
            }
        }),
        "__lt__" | "__le__" | "__gt__" | "__ge__" => closure(name, move |_, args| {
            one(args, "comparison")?;
            Ok(Value::NotImplemented)
        }),
        "__hash__" => closure(name, move |_, args| {
            args.check_none("__hash__")?;
            Ok(Value::Int(crate::ops::hash(&this)?))
        }),
        "__getstate__" => named_closure(GENERIC_GETSTATE.with(Rc::clone), move |vm, args| {
            args.check_none("__getstate__")?;
            object_getstate(vm, &this)
        }),
        "__reduce__" => named_closure(GENERIC_REDUCE.with(Rc::clone), move |vm, args| {
            args.check_none("object.__reduce__")?;
            common_reduce(vm, &this, 0)
        }),
        "__reduce_ex__" => closure(name, move |vm, args| {
            args.no_kwargs("object.__reduce_ex__")?;
            let [proto] = &args.pos[..] else {
                return Err(type_error(format!(
                    "object.__reduce_ex__() takes exactly one argument ({} given)",
                    args.pos.len()
                )));
            };
            let proto = match proto {
                Value::Int(i) => *i,
                Value::Bool(b) => i64::from(*b),
                Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => i64::MIN,
                Value::BigInt(_) => i64::MAX,
                other => return Err(exceptions::not_an_index(other.type_name())),
            };
            object_reduce_ex(vm, &this, proto)
        }),
        "__repr__" => closure(name, move |_, args| {
            args.check_none("__repr__")?;
            // `object.__repr__` of a built-in value is the generic form.
            if user_class(&this).is_none() && !matches!(this, Value::Exception(_)) {
                return Ok(Value::Str(
                    format!(
                        "<{} object at {:#x}>",
                        this.type_name(),
                        this.ptr().unwrap_or(0)
                    )
                    .into(),
                ));
            }
            Ok(Value::Str(crate::ops::to_repr(&this)?.into()))
        }),
        "__str__" => closure(name, move |vm, args| {
            args.check_none("__str__")?;
            Ok(Value::Str(
                match &this {
                    Value::Exception(e) => vm.exception_str(e)?,
                    _ => vm.repr_of(&this)?,
                }
                .into(),
            ))
        }),
        "__format__" => closure(name, move |vm, args| {
            let spec = one(args, "__format__")?;
            match &spec {
                Value::Str(s) if s.is_empty() => Ok(Value::Str(vm.str_of(&this)?.into())),
                Value::Str(_) => Err(type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    this.type_name()
                ))),
                other => Err(exceptions::bad_argument(
                    "__format__",
                    "argument",
                    "str",
                    other,
                )),
            }
        }),
        "__init__" => Value::BoundMethod(Rc::new(BoundMethod {
            this: obj.clone(),
            func: builtin("__init__", None, object_init_fn),
            name: "__init__".into(),
        })),
        "__sizeof__" => closure(name, move |vm, args| {
            args.check_none("object.__sizeof__")?;
            Ok(Value::Int(crate::modules::sizeof::own_size(vm, &this)?))
        }),
        "__dir__" => closure(name, move |vm, args| {
            args.check_none("object.__dir__")?;
            crate::builtins::b_dir(vm, &Args::new(vec![this.clone()]))
        }),
        _ => return None,
    })
}

thread_local! {
    /// The names of `object.__reduce__` and `object.__getstate__`: the
    /// generic methods are told from overrides by these very strings.
    static GENERIC_REDUCE: Rc<str> = Rc::from("__reduce__");
    static GENERIC_GETSTATE: Rc<str> = Rc::from("__getstate__");
}

/// A closure named by a shared string (see `GENERIC_REDUCE`).
fn named_closure(name: Rc<str>, f: impl Fn(&mut Vm, &Args) -> PyResult<Value> + 'static) -> Value {
    Value::Builtin(Rc::new(crate::objects::function::Builtin {
        name,
        module: None,
        func: Rc::new(f),
        frame: None,
        level: crate::objects::function::CallLevel::Never,
        receiver: None,
    }))
}

/// Whether `m` is the generic method `marker` names.
fn is_generic(m: &Value, marker: &'static std::thread::LocalKey<Rc<str>>) -> bool {
    let f = match m {
        Value::Builtin(b) => b,
        Value::BoundMethod(bm) => match &bm.func {
            Value::Builtin(b) => b,
            _ => return false,
        },
        _ => return false,
    };
    marker.with(|n| Rc::ptr_eq(&f.name, n))
}

/// `object.__reduce_ex__(proto)`: an overriding `__reduce__` if there is
/// one, else the generic reduction.
fn object_reduce_ex(vm: &mut Vm, this: &Value, proto: i64) -> PyResult<Value> {
    match vm.getattr(this, "__reduce__") {
        Ok(m) if !is_generic(&m, &GENERIC_REDUCE) => return vm.call(&m, Args::new(Vec::new())),
        Ok(_) => {}
        Err(e) if e.exc.typ.is_subclass(ExcType::AttributeError) => {}
        Err(e) => return Err(e),
    }
    common_reduce(vm, this, proto)
}

/// CPython's `_common_reduce`: `copyreg.__newobj__` and the state for
/// protocol 2 and up, `copyreg._reduce_ex` below. Exceptions reduce to
/// their class and arguments (`BaseException.__reduce__`).
fn common_reduce(vm: &mut Vm, this: &Value, proto: i64) -> PyResult<Value> {
    if let Value::ByteArray(b) = plain(this) {
        // `bytearray.__reduce_ex__`: text and encoding below protocol 3.
        let data = b.data.borrow().clone();
        let args = if proto < 3 {
            let text: String = data.iter().map(|&c| char::from(c)).collect();
            vec![Value::str(&text), Value::str("latin-1")]
        } else {
            vec![Value::Bytes(Rc::new(crate::objects::bytes::PyBytes::new(
                data,
            )))]
        };
        let state = match vm.getattr(this, "__dict__") {
            Ok(d) if vm.truthy(&d)? => d,
            _ => Value::None,
        };
        return Ok(Value::new_tuple(vec![
            vm.type_of(this),
            Value::new_tuple(args),
            state,
        ]));
    }
    if let Value::Array(a) = plain(this) {
        // `array.__reduce_ex__`: the typecode and the items as a list
        // below protocol 3, else `_array_reconstructor` with the machine
        // format and the raw bytes.
        let code = Value::str(&a.code.char().to_string());
        let state = match vm.getattr(this, "__dict__") {
            Ok(d) if vm.truthy(&d)? => d,
            _ => Value::None,
        };
        let cls = vm.type_of(this);
        let (func, args) = if proto < 3 {
            (cls, vec![code, Value::new_list(a.items()?)])
        } else {
            let module = vm.import("array")?;
            let func = vm.getattr(&module, "_array_reconstructor")?;
            let data = crate::objects::bytes::new_value(a.data.borrow().clone());
            let mformat = Value::Int(crate::objects::array::mformat_code(a.code));
            (func, vec![cls, code, mformat, data])
        };
        return Ok(Value::new_tuple(vec![func, Value::new_tuple(args), state]));
    }
    if let Some(maxlen) = crate::modules::collections::deque_maxlen(plain(this)) {
        // `deque.__reduce__`: an empty deque of the same maxlen, then
        // the items.
        let args = match maxlen {
            None => Vec::new(),
            Some(m) => vec![Value::new_tuple(Vec::new()), Value::from_usize(m)],
        };
        let state = object_getstate(vm, this)?;
        let items = vm.get_iter(this)?;
        return Ok(Value::new_tuple(vec![
            vm.type_of(this),
            Value::new_tuple(args),
            state,
            items,
        ]));
    }
    if let Value::Dict(d) = plain(this) {
        let kind = d.kind.borrow().clone();
        let items = |vm: &mut Vm| -> PyResult<Value> {
            let items = vm.getattr(this, "items")?;
            let items = vm.call(&items, Args::new(Vec::new()))?;
            vm.get_iter(&items)
        };
        match kind {
            crate::objects::dict::DictKind::Dict => {}
            crate::objects::dict::DictKind::OrderedDict => {
                let state = object_getstate(vm, this)?;
                let it = items(vm)?;
                return Ok(Value::new_tuple(vec![
                    vm.type_of(this),
                    Value::new_tuple(Vec::new()),
                    state,
                    Value::None,
                    it,
                ]));
            }
            crate::objects::dict::DictKind::DefaultDict(factory) => {
                let args = match factory {
                    Value::None => Vec::new(),
                    f => vec![f],
                };
                let it = items(vm)?;
                return Ok(Value::new_tuple(vec![
                    vm.type_of(this),
                    Value::new_tuple(args),
                    Value::None,
                    Value::None,
                    it,
                ]));
            }
            crate::objects::dict::DictKind::Counter => {
                // `Counter.__reduce__`: the class and a plain dict copy.
                let plain_dict =
                    vm.call(&Value::Type(TypeId::Dict), Args::new(vec![this.clone()]))?;
                return Ok(Value::new_tuple(vec![
                    vm.type_of(this),
                    Value::new_tuple(vec![plain_dict]),
                ]));
            }
        }
    }
    if let Value::Range(_) | Value::Slice(_) = this {
        // `range.__reduce__` and `slice.__reduce__`: the type and its
        // three fields.
        let mut fields = Vec::with_capacity(3);
        for n in ["start", "stop", "step"] {
            fields.push(vm.getattr(this, n)?);
        }
        return Ok(Value::new_tuple(vec![
            vm.type_of(this),
            Value::new_tuple(fields),
        ]));
    }
    if let Value::Exception(e) = this {
        let cls = vm.type_of(this);
        let args = vm.getattr(this, "args")?;
        let mut parts = vec![cls, args];
        if let Ok(d) = vm.getattr(this, "__dict__") {
            if vm.truthy(&d)? {
                parts.push(d);
            }
        }
        let _ = e;
        return Ok(Value::new_tuple(parts));
    }
    if let Value::Set(set) = plain(this) {
        // `set.__reduce__`: the class, the items as a list, the state.
        let items = Value::new_list(set.table.borrow().items());
        let state = object_getstate(vm, this)?;
        return Ok(Value::new_tuple(vec![
            vm.type_of(this),
            Value::new_tuple(vec![items]),
            state,
        ]));
    }
    let copyreg = vm.import("copyreg")?;
    if proto < 2 {
        let f = vm.getattr(&copyreg, "_reduce_ex")?;
        return vm.call(&f, Args::new(vec![this.clone(), Value::Int(proto)]));
    }
    reduce_newobj(vm, this, &copyreg)
}

/// The protocol 2 reduction: `(copyreg.__newobj__, (cls, *args), state,
/// listitems, dictitems)`, or `copyreg.__newobj_ex__` when
/// `__getnewargs_ex__` gives keywords.
fn reduce_newobj(vm: &mut Vm, this: &Value, copyreg: &Value) -> PyResult<Value> {
    let absent = |e: &exceptions::PyErr| e.exc.typ.is_subclass(ExcType::AttributeError);
    let plain_kind = plain(this).type_id();
    // Values CPython cannot make with `__new__` (no `tp_new`).
    if matches!(this, Value::Iter(_)) {
        return Err(type_error(format!(
            "cannot pickle '{}' object",
            this.type_name()
        )));
    }
    let cls = vm.type_of(this);
    let mut args: Option<Vec<Value>> = None;
    let mut kwargs: Option<Value> = None;
    match vm.getattr(this, "__getnewargs_ex__") {
        Ok(f) => {
            let r = vm.call(&f, Args::new(Vec::new()))?;
            let Value::Tuple(t) = &r else {
                return Err(type_error(format!(
                    "__getnewargs_ex__ should return a tuple, not '{}'",
                    r.type_name()
                )));
            };
            if t.len() != 2 {
                return Err(type_error(format!(
                    "__getnewargs_ex__ should return a tuple of length 2, not {}",
                    t.len()
                )));
            }
            let Value::Tuple(a) = &t[0] else {
                return Err(type_error(format!(
                    "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{}'",
                    t[0].type_name()
                )));
            };
            if !matches!(plain(&t[1]), Value::Dict(_)) {
                return Err(type_error(format!(
                    "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{}'",
                    t[1].type_name()
                )));
            }
            args = Some(a.to_vec());
            kwargs = Some(t[1].clone());
        }
        Err(e) if absent(&e) => match vm.getattr(this, "__getnewargs__") {
            Ok(f) => {
                let r = vm.call(&f, Args::new(Vec::new()))?;
                let Value::Tuple(a) = &r else {
                    return Err(type_error(format!(
                        "__getnewargs__ should return a tuple, not '{}'",
                        r.type_name()
                    )));
                };
                args = Some(a.to_vec());
            }
            Err(e) if absent(&e) => {}
            Err(e) => return Err(e),
        },
        Err(e) => return Err(e),
    }
    if args.is_none() {
        // `__getnewargs__` of the immutable built-in bases: the value.
        args = match base_value(this) {
            Some(
                b @ (Value::Int(_)
                | Value::BigInt(_)
                | Value::Bool(_)
                | Value::Float(_)
                | Value::Str(_)
                | Value::Bytes(_)
                | Value::Tuple(_)),
            ) => Some(vec![b.clone()]),
            Some(Value::Complex(re, im)) => Some(vec![Value::Float(*re), Value::Float(*im)]),
            _ => None,
        };
    }
    let hasargs = args.is_some();
    let has_kwargs = match &kwargs {
        Some(k) => vm.truthy(k)?,
        None => false,
    };
    let (newobj, newargs) = if has_kwargs {
        (
            vm.getattr(copyreg, "__newobj_ex__")?,
            Value::new_tuple(vec![
                cls,
                Value::new_tuple(args.unwrap_or_default()),
                kwargs.unwrap_or(Value::None),
            ]),
        )
    } else {
        let mut a = vec![cls];
        a.extend(args.unwrap_or_default());
        (vm.getattr(copyreg, "__newobj__")?, Value::new_tuple(a))
    };
    let is_list = plain_kind == TypeId::List;
    let is_dict = plain_kind == TypeId::Dict;
    let required = !(hasargs || is_list || is_dict);
    let state = match vm.getattr(this, "__getstate__") {
        Ok(m) if !is_generic(&m, &GENERIC_GETSTATE) => vm.call(&m, Args::new(Vec::new()))?,
        Ok(_) | Err(_) => {
            if required && !matches!(this, Value::Instance(_)) && plain_kind != TypeId::Object {
                return Err(type_error(format!(
                    "cannot pickle '{}' object",
                    this.type_name()
                )));
            }
            object_getstate(vm, this)?
        }
    };
    let listitems = if is_list {
        vm.get_iter(this)?
    } else {
        Value::None
    };
    let dictitems = if is_dict {
        let items = vm.getattr(this, "items")?;
        let items = vm.call(&items, Args::new(Vec::new()))?;
        vm.get_iter(&items)?
    } else {
        Value::None
    };
    Ok(Value::new_tuple(vec![
        newobj, newargs, state, listitems, dictitems,
    ]))
}

/// `object.__getstate__()` (3.11): the instance's `__dict__` (None when it
/// is empty or missing), paired with a dict of the slots that are set
/// when there are any.
fn object_getstate(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let absent = |e: &exceptions::PyErr| e.exc.typ.is_subclass(ExcType::AttributeError);
    let state = match vm.getattr(this, "__dict__") {
        Ok(d) if vm.truthy(&d)? => d,
        Ok(_) => Value::None,
        Err(e) if absent(&e) => Value::None,
        Err(e) => return Err(e),
    };
    let Value::Instance(inst) = this else {
        return Ok(state);
    };
    let class = inst.class().clone();
    let slots = crate::objects::dict::PyDict::default();
    let mut any = false;
    let mro = class.mro().clone();
    for c in std::iter::once(&class).chain(mro.iter()) {
        for n in c.slots.iter().flatten() {
            if matches!(&**n, "__dict__" | "__weakref__") {
                continue;
            }
            match vm.getattr(this, n) {
                Ok(v) => {
                    slots.set(Value::Str(n.clone()), v)?;
                    any = true;
                }
                Err(e) if absent(&e) => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok(if any {
        Value::new_tuple(vec![state, Value::Dict(Rc::new(slots))])
    } else {
        state
    })
}

/// `object.name` for the methods every object has: unbound, taking the
/// object as first argument (`object.__repr__(x)`, `object.__init__`).
pub(crate) fn object_type_method(name: &str) -> Option<Value> {
    match name {
        "__new__" => return Some(object_new()),
        "__init__" => return Some(init_slot(TypeId::Object)),
        _ => {}
    }
    object_slot_method(&Value::None, name)?;
    let n: Rc<str> = name.into();
    // A descriptor, as CPython's slot wrappers are: stored in a class
    // (`__hash__ = object.__hash__`), it binds to the instance.
    let func = closure(name, move |vm, args| {
        let Some(this) = args.pos.first() else {
            return Err(type_error(
                if crate::objects::descriptor::is_slot_name(TypeId::Object, &n) {
                    format!("descriptor '{n}' of 'object' object needs an argument")
                } else {
                    format!("unbound method object.{n}() needs an argument")
                },
            ));
        };
        let m = object_slot_method(this, &n)
            .ok_or_else(|| exceptions::no_attribute(this.type_name(), &n))?;
        vm.call(
            &m,
            Args {
                pos: args.pos[1..].to_vec(),
                kw: args.kw.clone(),
            },
        )
    });
    Some(Value::Wrapper(Rc::new(
        crate::objects::descriptor::Wrapper::Method {
            owner: TypeId::Object,
            name: name.into(),
            func,
        },
    )))
}

/// Which operand a binary special method stands for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Left,
    Right,
    InPlace,
}

/// `add` -> (Add, Left), `radd` -> (Add, Right), `iadd` -> (Add, InPlace).
fn binop_from_name(inner: &str) -> Option<(ir::BinOp, Side)> {
    use ir::BinOp::*;
    let ops = [
        Add, Sub, Mul, MatMul, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd,
    ];
    for op in ops {
        let n = binop_name(op);
        if inner == n {
            return Some((op, Side::Left));
        }
        if inner.strip_prefix('r') == Some(n) {
            return Some((op, Side::Right));
        }
        if inner.strip_prefix('i') == Some(n) {
            return Some((op, Side::InPlace));
        }
    }
    None
}

fn name_of_cmp(op: ir::CmpOp) -> &'static str {
    match op {
        ir::CmpOp::Eq => "__eq__",
        ir::CmpOp::NotEq => "__ne__",
        ir::CmpOp::Lt => "__lt__",
        ir::CmpOp::LtE => "__le__",
        ir::CmpOp::Gt => "__gt__",
        _ => "__ge__",
    }
}

/// Families of built-in value types, for the special methods they have.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ValueKind {
    Number,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    Range,
    Array,
}

impl ValueKind {
    fn is_container(self) -> bool {
        self != ValueKind::Number
    }

    fn is_sequence(self) -> bool {
        matches!(
            self,
            ValueKind::Str
                | ValueKind::Bytes
                | ValueKind::ByteArray
                | ValueKind::List
                | ValueKind::Tuple
                | ValueKind::Array
        )
    }

    fn is_mutable_seq_or_map(self) -> bool {
        matches!(
            self,
            ValueKind::List | ValueKind::Dict | ValueKind::ByteArray | ValueKind::Array
        )
    }

    fn is_unhashable(self) -> bool {
        self.is_mutable_seq_or_map()
    }

    fn supports(self, op: ir::BinOp) -> bool {
        use ir::BinOp::*;
        match self {
            ValueKind::Number => op != MatMul,
            ValueKind::Str | ValueKind::Bytes | ValueKind::ByteArray => {
                matches!(op, Add | Mul | Mod)
            }
            ValueKind::List | ValueKind::Tuple | ValueKind::Array => matches!(op, Add | Mul),
            ValueKind::Dict => op == BitOr,
            ValueKind::Set => matches!(op, BitOr | BitAnd | BitXor | Sub),
            ValueKind::Range => false,
        }
    }
}

fn value_kind(v: &Value) -> Option<ValueKind> {
    Some(match v {
        Value::Int(_)
        | Value::BigInt(_)
        | Value::Bool(_)
        | Value::Float(_)
        | Value::Complex(..) => ValueKind::Number,
        Value::Str(_) => ValueKind::Str,
        Value::Bytes(_) => ValueKind::Bytes,
        Value::ByteArray(_) => ValueKind::ByteArray,
        Value::List(_) => ValueKind::List,
        Value::Tuple(_) => ValueKind::Tuple,
        Value::Dict(_) => ValueKind::Dict,
        Value::Set(_) => ValueKind::Set,
        Value::Range(_) => ValueKind::Range,
        Value::Array(_) => ValueKind::Array,
        _ => return None,
    })
}

/// A slice's comparison methods (`s.__eq__(t)`): slices compare as the
/// tuples of their start, stop and step; NotImplemented for others.
fn slice_compare_method(recv: &Value, name: &str) -> Option<Value> {
    compare_method_taking(recv, name, |other, _| matches!(other, Value::Slice(_)))
}

/// The comparison methods of a memoryview or a keys or items view
/// (`v.__ne__(w)`), answering for the operands CPython's
/// `memory_richcompare` and `dictview_richcompare` take: memoryviews
/// (equality only) with buffers, views with sets and keys or items views.
fn container_compare_method(recv: &Value, name: &str) -> Option<Value> {
    use crate::objects::dict::ViewKind;
    match recv {
        Value::MemoryView(_) => compare_method_taking(recv, name, |o, op| {
            matches!(op, ir::CmpOp::Eq | ir::CmpOp::NotEq)
                && matches!(
                    o,
                    Value::Bytes(_) | Value::ByteArray(_) | Value::MemoryView(_) | Value::Array(_)
                )
        }),
        Value::DictView(v) if v.kind != ViewKind::Values => {
            compare_method_taking(recv, name, |o, _| match o {
                Value::Set(_) => true,
                Value::DictView(w) => w.kind != ViewKind::Values,
                _ => false,
            })
        }
        _ => None,
    }
}

/// A comparison method named `name` of `recv` that compares with the
/// operands `takes` accepts and gives NotImplemented for the others.
fn compare_method_taking(
    recv: &Value,
    name: &str,
    takes: fn(&Value, ir::CmpOp) -> bool,
) -> Option<Value> {
    let op = match name {
        "__eq__" => ir::CmpOp::Eq,
        "__ne__" => ir::CmpOp::NotEq,
        "__lt__" => ir::CmpOp::Lt,
        "__le__" => ir::CmpOp::LtE,
        "__gt__" => ir::CmpOp::Gt,
        "__ge__" => ir::CmpOp::GtE,
        _ => return None,
    };
    let this = recv.clone();
    let t = recv.type_id();
    Some(closure(name, move |vm, args| {
        special_args(args, t, name_of_cmp(op), 1)?;
        let other = plain(&args.pos[0]).clone();
        if !takes(&other, op) {
            return Ok(Value::NotImplemented);
        }
        Ok(Value::Bool(vm.compare(op, &this, &other)?))
    }))
}

/// Whether a built-in comparison special method of a `kind` value answers
/// for `other` rather than returning NotImplemented.
fn comparable(recv: &Value, kind: ValueKind, other: &Value, op: ir::CmpOp) -> bool {
    let Some(k) = value_kind(other) else {
        return false;
    };
    match (kind, k) {
        (ValueKind::Bytes | ValueKind::ByteArray, ValueKind::Bytes | ValueKind::ByteArray) => true,
        (ValueKind::Number, ValueKind::Number) => {
            number_accepts(recv, other)
                && (matches!(op, ir::CmpOp::Eq | ir::CmpOp::NotEq)
                    || !matches!(other, Value::Complex(..)))
        }
        // Dicts and ranges only define equality.
        (ValueKind::Dict | ValueKind::Range, _)
            if !matches!(op, ir::CmpOp::Eq | ir::CmpOp::NotEq) =>
        {
            false
        }
        (a, b) => a == b,
    }
}

/// Whether a number's special methods take `other` (int's only ints,
/// float's ints and floats, complex's any number); others give
/// NotImplemented so the other operand's method is tried.
fn number_accepts(recv: &Value, other: &Value) -> bool {
    let int = |v: &Value| matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_));
    match recv {
        Value::Float(_) => int(other) || matches!(other, Value::Float(_)),
        Value::Complex(..) => value_kind(other) == Some(ValueKind::Number),
        _ => int(other),
    }
}

fn binop_name(op: ir::BinOp) -> &'static str {
    use ir::BinOp::*;
    match op {
        Add => "add",
        Sub => "sub",
        Mul => "mul",
        MatMul => "matmul",
        Div => "truediv",
        FloorDiv => "floordiv",
        Mod => "mod",
        Pow => "pow",
        LShift => "lshift",
        RShift => "rshift",
        BitOr => "or",
        BitXor => "xor",
        BitAnd => "and",
    }
}

/// `e.with_traceback(tb)` and `e.__traceback__ = tb`.
pub(crate) fn set_traceback(e: &PyException, tb: &Value) -> PyResult<()> {
    let frames = match tb {
        Value::None => Vec::new(),
        Value::Native(o) => match o
            .as_any()
            .downcast_ref::<crate::traceback::TracebackObject>()
        {
            Some(t) => t.frames(),
            None => return Err(type_error("__traceback__ must be a traceback or None")),
        },
        _ => return Err(type_error("__traceback__ must be a traceback or None")),
    };
    *e.traceback.borrow_mut() = frames;
    Ok(())
}

/// Setting an attribute of an exception: the exception's own fields, or
/// its instance dictionary.
/// An instance's `__dict__`: for a user class instance, a dict kept in
/// step with its attributes (made on first use); for an exception, a
/// snapshot. Slots are left out. `None` for values without one.
pub(crate) fn instance_dict(obj: &Value) -> Option<PyResult<Value>> {
    if let Value::Instance(i) = obj {
        if let Some(d) = &*i.dict.borrow() {
            return Some(Ok(Value::Dict(d.clone())));
        }
        let d = crate::objects::dict::PyDict::default();
        for (k, v) in i.attrs.borrow().iter() {
            if i.class().is_slot(k) {
                continue;
            }
            if let Err(e) = d.set(Value::Str(k.clone()), v.clone()) {
                return Some(Err(e));
            }
        }
        let d = Rc::new(d);
        d.link_instance(i);
        *i.dict.borrow_mut() = Some(d.clone());
        return Some(Ok(Value::Dict(d)));
    }
    let (attrs, class) = match obj {
        Value::Instance(i) => (&i.attrs, Some(i.class())),
        Value::Exception(e) => (&e.attrs, e.class()),
        _ => return None,
    };
    let d = crate::objects::dict::PyDict::default();
    for (k, v) in attrs.borrow().iter() {
        if class.as_ref().is_some_and(|c| c.is_slot(k)) {
            continue;
        }
        if let Err(e) = d.set(Value::Str(k.clone()), v.clone()) {
            return Some(Err(e));
        }
    }
    Some(Ok(Value::Dict(Rc::new(d))))
}

pub(crate) fn exception_setattr(
    vm: &mut Vm,
    e: &PyException,
    name: &str,
    v: Value,
) -> PyResult<()> {
    let as_exc = |v: &Value, what: &str| match v {
        Value::None => Ok(None),
        Value::Exception(x) => Ok(Some(x.clone())),
        _ => Err(type_error(format!(
            "exception {what} must be None or derive from BaseException"
        ))),
    };
    if crate::objects::exception_group::is_readonly(e, name) {
        return Err(exceptions::attribute_error("readonly attribute"));
    }
    match name {
        "__class__" if !e.has_class() => return Err(class_assign_error(Some(&v))),
        "args" => *e.args.borrow_mut() = vm.collect(&v)?,
        "__cause__" => {
            *e.cause.borrow_mut() = as_exc(&v, "cause")?;
            e.suppress_context.set(true);
        }
        "__context__" => *e.context.borrow_mut() = as_exc(&v, "context")?,
        "__suppress_context__" => match v {
            Value::Bool(b) => e.suppress_context.set(b),
            _ => return Err(type_error("attribute value type must be bool")),
        },
        "__traceback__" => set_traceback(e, &v)?,
        _ => {
            e.attrs.borrow_mut().insert(name.into(), v);
        }
    }
    Ok(())
}

/// `del e.name` on an exception: the fields every exception has refuse
/// with CPython's messages, a type's own fields become `None`, attributes
/// set on the instance go.
pub(crate) fn exception_delattr(e: &PyException, type_name: &str, name: &str) -> PyResult<()> {
    if crate::objects::exception_group::is_readonly(e, name) {
        return Err(exceptions::attribute_error("readonly attribute"));
    }
    match name {
        "__class__" => Err(class_assign_error(None)),
        "args" | "__traceback__" | "__cause__" | "__context__" => {
            Err(type_error(format!("{name} may not be deleted")))
        }
        "__suppress_context__" => Err(type_error("can't delete numeric/char attribute")),
        _ if exceptions::slot_fields(e.typ).contains(&name) => {
            e.attrs.borrow_mut().insert(name.into(), Value::None);
            Ok(())
        }
        _ => match e.attrs.borrow_mut().shift_remove(name) {
            Some(_) => Ok(()),
            None => Err(exceptions::no_attribute(type_name, name)),
        },
    }
}

/// Setting `obj.__class__` to `value` (deleting it: `None`) where the
/// object's type is a built-in one, or `value` is not a user class.
/// `obj.__class__ = v` on an instance of user class `class`: another user
/// class whose instances are laid out alike.
fn assign_class(obj: &Value, class: &Rc<PyClass>, v: &Value) -> PyResult<()> {
    let new = match v {
        Value::Class(new) if !class.is_object => new,
        _ => return Err(class_assign_error(Some(v))),
    };
    if !class.layout_compatible(new) {
        return Err(type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.name(),
            class.name()
        )));
    }
    match obj {
        Value::Instance(i) => i.set_class(new.clone()),
        Value::Exception(e) => e.set_class(new.clone()),
        _ => return Err(class_assign_error(Some(v))),
    }
    Ok(())
}

pub(crate) fn class_assign_error(value: Option<&Value>) -> Box<PyErr> {
    type_error(match value {
        None => "can't delete __class__ attribute".to_string(),
        Some(Value::Type(_) | Value::Class(_)) => {
            "__class__ assignment only supported for mutable types or ModuleType subclasses"
                .to_string()
        }
        Some(v) => format!(
            "__class__ must be set to a class, not '{}' object",
            v.type_name()
        ),
    })
}

/// Setting (`value`) or deleting `name` on a built-in value that has no
/// writable attributes: `object`'s `__class__` setter refuses, what the
/// value has is read-only, other names are missing.
pub(crate) fn builtin_value_attr_error(
    vm: &mut Vm,
    obj: &Value,
    name: &str,
    value: Option<&Value>,
) -> Box<PyErr> {
    if name == "__class__" {
        return class_assign_error(value);
    }
    match vm.getattr(obj, name) {
        Ok(found) => {
            // Methods and the type's `__doc__` are plain class attributes
            // (a built-in function's `__doc__` is its own).
            let is_method = match obj {
                Value::Native(o) => o.method_names().contains(&name),
                Value::Builtin(_) | Value::BoundMethod(_) => false,
                _ => {
                    name == "__doc__" || matches!(found, Value::BoundMethod(_) | Value::Builtin(_))
                }
            };
            exceptions::read_only_attribute(obj, name, is_method)
        }
        Err(_) => exceptions::no_attribute(obj.type_name(), name),
    }
}

/// `object.__new__` refuses a class whose own `__abstractmethods__` (as
/// `abc.ABCMeta` sets it) is not empty, once it has checked the arguments.
fn check_not_abstract(class: &PyClass, args: &Args) -> PyResult<()> {
    let attrs = class.attrs.borrow();
    let Some(Value::Set(names)) = attrs.get("__abstractmethods__") else {
        return Ok(());
    };
    let mut names: Vec<String> = names
        .table
        .borrow()
        .items()
        .iter()
        .map(crate::ops::str_simple)
        .collect();
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    let has_args = !args.pos.is_empty() || !args.kw.is_empty();
    if has_args && class.lookup("__init__").is_none() && class.lookup("__new__").is_none() {
        return Err(type_error(format!("{}() takes no arguments", class.name())));
    }
    Err(type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        class.name(),
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    )))
}

/// `object.__new__`, one object (`A.__new__ is object.__new__`).
fn object_new() -> Value {
    thread_local! {
        static NEW: Value = crate::typeobj::builtin_new(TypeId::Object);
    }
    NEW.with(Value::clone)
}

/// `T.__init__` of built-in type `T`: the slot wrapper of `object`, or of
/// the exception type (each has its own in CPython).
pub(crate) fn init_slot(t: TypeId) -> Value {
    let owner = match t {
        TypeId::Exception(_) => t,
        _ => TypeId::Object,
    };
    Value::Wrapper(Rc::new(crate::objects::descriptor::Wrapper::Method {
        owner,
        name: "__init__".into(),
        func: builtin("__init__", None, object_init_fn),
    }))
}

/// `object.__init__(self, *args)` and the `__init__` of built-in bases.
pub(crate) fn object_init_fn(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(obj) = args.pos.first() else {
        return Err(type_error(
            "descriptor '__init__' of 'object' object needs an argument",
        ));
    };
    let rest = Args {
        pos: args.pos[1..].to_vec(),
        kw: args.kw.clone(),
    };
    vm.builtin_init(obj, &rest)?;
    Ok(Value::None)
}

/// The built-in exception class of a raised value, for `except` matching.
pub fn exception_type(e: &PyException) -> ExcType {
    e.typ
}

impl Vm {
    /// `a <op> b`, user classes first.
    pub fn binary(&mut self, op: ir::BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        // Record building joins bytes objects: no other type is involved.
        if let (ir::BinOp::Add, Value::Bytes(x), Value::Bytes(y)) = (op, a, b) {
            if self.limits.max_alloc.is_none() {
                return Ok(crate::objects::bytes::concat(a, x, b, y));
            }
        }
        // str % x and bytes % x format any right operand, as CPython's
        // str.__mod__ and bytes.__mod__ do before x.__rmod__ is tried.
        if op == ir::BinOp::Mod
            && matches!(a, Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_))
        {
            return crate::ops::binary(self, op, a, b);
        }
        if !(is_number(a) && is_number(b)) {
            if let Some(r) = self.binop_special(op, a, b, false) {
                return r;
            }
            if let Some(r) = self.native_binary(op, a, b, false) {
                return r;
            }
        }
        if op == ir::BinOp::BitOr {
            if let Some(u) = crate::objects::generic_alias::union(a, b) {
                return Ok(u);
            }
        }
        if self.limits.max_alloc.is_none() {
            return crate::ops::binary(self, op, a, b);
        }
        self.capped_binary(op, a, b, false)
    }

    /// `a <op> b` (or `a <op>= b`) under a memory cap: the result's size
    /// is a request first, and the result is tracked after.
    #[inline(never)]
    fn capped_binary(
        &mut self,
        op: ir::BinOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> PyResult<Value> {
        if let Some(n) = crate::limits::binary_request(op, a, b) {
            self.check_alloc(n)?;
        }
        let r = if inplace {
            crate::ops::inplace(self, op, a, b)?
        } else {
            crate::ops::binary(self, op, a, b)?
        };
        self.track(&r);
        Ok(r)
    }

    /// `a <op>= b`.
    pub fn inplace(&mut self, op: ir::BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if !(is_number(a) && is_number(b)) {
            if let Some(r) = self.binop_special(op, a, b, true) {
                return r;
            }
            if let Some(r) = self.native_binary(op, a, b, true) {
                return r;
            }
        }
        if self.limits.max_alloc.is_none() {
            return crate::ops::inplace(self, op, a, b);
        }
        self.capped_binary(op, a, b, true)
    }

    /// One comparison operator as an expression gives it: what a user
    /// class's method returned (any object), else a bool.
    pub fn rich_compare(&mut self, op: ir::CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(r) = self.compare_special_value(op, a, b) {
            return r;
        }
        if let Some(r) = self.native_compare_raw(op, a, b) {
            return r;
        }
        self.compare(op, a, b).map(Value::Bool)
    }

    /// One comparison operator, user classes first.
    pub fn compare(&mut self, op: ir::CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = self.compare_special(op, a, b) {
            return r;
        }
        if let Some(r) = self.native_compare(op, a, b) {
            return r;
        }
        // Struct sequences compare as the tuples they are.
        let seq = |v: &Value| match v {
            Value::Native(o) if !matches!(op, ir::CmpOp::Is | ir::CmpOp::IsNot) => o.as_tuple(),
            _ => None,
        };
        let (sa, sb) = (seq(a), seq(b));
        if sa.is_some() || sb.is_some() {
            let a = sa.unwrap_or_else(|| a.clone());
            let b = sb.unwrap_or_else(|| b.clone());
            return self.compare(op, &a, &b);
        }
        if matches!(op, ir::CmpOp::In | ir::CmpOp::NotIn)
            && base_value(a).is_some()
            && matches!(b, Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_))
        {
            // Substring tests read the subclass instance's text.
            let pa = plain(a).clone();
            return self.compare(op, &pa, b);
        }
        if matches!(op, ir::CmpOp::In | ir::CmpOp::NotIn)
            && key_needs_vm(a).0
            && matches!(
                plain(b),
                Value::Dict(_) | Value::Set(_) | Value::DictView(_)
            )
        {
            let k = self.container_key(b, a)?;
            if !k.is(a) || user_class(b).is_none() {
                return crate::ops::compare_op(self, op, &k, plain(b));
            }
        }
        if matches!(op, ir::CmpOp::In | ir::CmpOp::NotIn) && user_class(b).is_some() {
            if user_class(b)
                .and_then(|c| c.lookup("__contains__"))
                .is_some_and(|c| c.is_none())
            {
                return Err(type_error(format!(
                    "'{}' object is not a container",
                    b.type_name()
                )));
            }
            let found = match self.call_special(b, "__contains__", vec![a.clone()]) {
                Some(r) => {
                    let v = r?;
                    self.truthy(&v)?
                }
                None if base_value(b).is_some() => {
                    let pb = plain(b).clone();
                    return self.compare(op, a, &pb);
                }
                None => {
                    // As CPython's sequence search words a failed iter().
                    let it = self.get_iter(b).map_err(|e| {
                        if e.exc.typ == ExcType::TypeError {
                            type_error(format!(
                                "argument of type '{}' is not iterable",
                                b.type_name()
                            ))
                        } else {
                            e
                        }
                    })?;
                    let mut found = false;
                    self.for_each_until(&it, |vm, item| {
                        found = item.is(a) || vm.compare(ir::CmpOp::Eq, &item, a)?;
                        Ok(found)
                    })?;
                    found
                }
            };
            return Ok(found == (op == ir::CmpOp::In));
        }
        crate::ops::compare_op(self, op, a, b)
    }

    pub fn delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        if let Some(c) = user_class(obj) {
            let c = c.clone();
            if !matches!(obj, Value::Class(_)) {
                return self.instance_delattr(obj, &c, name);
            }
        }
        match obj {
            Value::Class(c) => {
                let c = c.clone();
                self.class_delattr(&c, name)
            }
            Value::Type(t) => Err(type_error(format!(
                "cannot set '{name}' attribute of immutable type '{}'",
                t.short_name()
            ))),
            Value::Function(f) => crate::objects::function::del_function_attr(f, name),
            Value::Exception(e) => exception_delattr(e, obj.type_name(), name),
            Value::Module(m) => match m.remove(name) {
                true => {
                    if self.is_builtins_module(m) {
                        self.set_builtin(name, None);
                    }
                    Ok(())
                }
                false => Err(exceptions::no_attribute("module", name)),
            },
            Value::Native(o) => match o.delattr(name) {
                Some(r) => r,
                None => Err(builtin_value_attr_error(self, obj, name, None)),
            },
            _ => Err(builtin_value_attr_error(self, obj, name, None)),
        }
    }

    /// `len(v)`.
    pub fn len_of(&mut self, v: &Value) -> PyResult<usize> {
        if user_class(v).is_some() {
            return match self.call_special(v, "__len__", vec![]) {
                Some(r) => {
                    let n = r?;
                    let n = match &n {
                        Value::BigInt(_) => {
                            return Err(exceptions::overflow_error(
                                "cannot fit 'int' into an index-sized integer",
                            ))
                        }
                        Value::Int(_) | Value::Bool(_) => crate::ops::index_i64(&n)?,
                        other => {
                            return Err(type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                other.type_name()
                            )))
                        }
                    };
                    if n < 0 {
                        return Err(exceptions::value_error("__len__() should return >= 0"));
                    }
                    Ok(n as usize)
                }
                None => match base_value(v) {
                    Some(_) => self.on_base(v, |_, b| crate::builtins::len_of(b)),
                    None => Err(type_error(format!(
                        "object of type '{}' has no len()",
                        v.type_name()
                    ))),
                },
            };
        }
        crate::builtins::len_of(v)
    }

    /// Truth of a user instance: `__bool__`, then `__len__`.
    pub(crate) fn truthy_special(&mut self, v: &Value) -> Option<PyResult<bool>> {
        user_class(v)?;
        if let Some(r) = self.call_special(v, "__bool__", vec![]) {
            return Some(r.and_then(|b| match b {
                Value::Bool(b) => Ok(b),
                other => Err(type_error(format!(
                    "__bool__ should return bool, returned {}",
                    other.type_name()
                ))),
            }));
        }
        if user_class(v)?.lookup("__len__").is_some() {
            return Some(self.len_of(v).map(|n| n != 0));
        }
        match base_value(v) {
            Some(b) => Some(crate::ops::truthy(b)),
            None => Some(Ok(true)),
        }
    }

    /// repr() of a user instance through `__repr__` (else of the built-in
    /// value a subclass instance is).
    pub(crate) fn repr_special(&mut self, v: &Value) -> Option<PyResult<String>> {
        let Some(r) = self.call_special(v, "__repr__", vec![]) else {
            let b = base_value(v)?.clone();
            // A set met again inside its own repr shows as `S(...)`.
            if matches!(b, Value::Set(_)) && self.repr_stack.contains(&b.ptr().unwrap_or(0)) {
                return Some(Ok(format!("{}(...)", v.type_name())));
            }
            // bytearray, set and frozenset reprs name the object's type.
            let named = match &b {
                Value::ByteArray(_) => Some("bytearray"),
                Value::Array(_) => Some("array"),
                Value::Set(s) if s.table.borrow().len() == 0 => {
                    return Some(Ok(format!("{}()", v.type_name())))
                }
                Value::Set(s) if s.frozen => Some("frozenset"),
                Value::Set(_) => None,
                // The collections types name the object's type too.
                Value::Dict(d) => match &*d.kind.borrow() {
                    crate::objects::dict::DictKind::OrderedDict => Some("OrderedDict"),
                    crate::objects::dict::DictKind::Counter => Some("Counter"),
                    crate::objects::dict::DictKind::DefaultDict(_) => Some("defaultdict"),
                    _ => None,
                },
                Value::Native(n) if n.type_name() == crate::modules::collections::DEQUE => {
                    Some("deque")
                }
                _ => None,
            };
            return Some(self.repr_of(&b).map(|r| match (named, &b) {
                (Some(n), _) => format!("{}{}", v.type_name(), r.strip_prefix(n).unwrap_or(&r)),
                (None, Value::Set(_)) => format!("{}({r})", v.type_name()),
                _ => r,
            }));
        };
        Some(r.and_then(|s| match plain(&s) {
            Value::Str(s) => Ok(s.to_string()),
            _ => Err(type_error(format!(
                "__repr__ returned non-string (type {})",
                s.type_name()
            ))),
        }))
    }

    /// `repr(v)` as an object: what a class's `__repr__` returned (a str
    /// subclass instance stays one, as in CPython), else a new str.
    pub(crate) fn repr_value(&mut self, v: &Value) -> PyResult<Value> {
        if user_class(v).and_then(|c| c.lookup("__repr__")).is_some() {
            // PyObject_Repr's level against the recursion limit.
            let r = self.nested(exceptions::IN_REPR, |vm| {
                vm.special_str_value(v, "__repr__", "__repr__").transpose()
            })?;
            if let Some(r) = r {
                return Ok(r);
            }
        }
        Ok(Value::Str(self.repr_of(v)?.into()))
    }

    /// `str(v)` as an object, as [`Vm::repr_value`] for `__str__`.
    pub(crate) fn str_value(&mut self, v: &Value) -> PyResult<Value> {
        // A str is its own str.
        if let Value::Str(_) = v {
            return Ok(v.clone());
        }
        match self.str_special_value(v) {
            Some(r) => r,
            None => Ok(Value::Str(self.str_of(v)?.into())),
        }
    }

    /// The result of a user class's `__repr__`/`__str__` (`name`),
    /// checked to be a str (or an instance of a subclass) by the function
    /// `what` names; `None` if the class has no such method.
    fn special_str_value(&mut self, v: &Value, name: &str, what: &str) -> Option<PyResult<Value>> {
        user_class(v)?.lookup(name)?;
        let r = self.call_special(v, name, vec![])?;
        Some(r.and_then(|s| match plain(&s) {
            Value::Str(_) => Ok(s),
            _ => Err(type_error(format!(
                "{what} returned non-string (type {})",
                s.type_name()
            ))),
        }))
    }

    /// A user class's `__str__`, else (for classes whose built-in base has
    /// no `__str__` of its own: not str nor the exceptions) its
    /// `__repr__`, which `object.__str__` calls.
    fn str_special_value(&mut self, v: &Value) -> Option<PyResult<Value>> {
        user_class(v)?;
        // PyObject_Str's level against the recursion limit.
        self.nested(exceptions::IN_STR, |vm| vm.str_method_value(v).transpose())
            .transpose()
    }

    /// [`Vm::str_special_value`] inside its level.
    fn str_method_value(&mut self, v: &Value) -> Option<PyResult<Value>> {
        if let Some(r) = self.special_str_value(v, "__str__", "__str__") {
            return Some(r);
        }
        if matches!(base_value(v), Some(Value::Str(_))) || matches!(v, Value::Exception(_)) {
            return None;
        }
        self.special_str_value(v, "__repr__", "__str__")
    }

    /// str() of a user instance through `__str__` (else `__repr__`).
    pub(crate) fn str_special(&mut self, v: &Value) -> Option<PyResult<String>> {
        user_class(v)?;
        if let Some(r) = self.str_special_value(v) {
            return Some(r.map(|s| match plain(&s) {
                Value::Str(s) => s.to_string(),
                _ => String::new(),
            }));
        }
        match base_value(v) {
            Some(Value::Str(s)) => Some(Ok(s.to_string())),
            // BaseException's `__str__` (the message) comes first.
            None if matches!(v, Value::Exception(_)) => None,
            _ => self.repr_special(v),
        }
    }
}

/// Built-in numbers: no special methods to look for on either side.
#[inline]
fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_))
}

/// The function `inst.name(...)` calls when that is a plain method: the
/// class has no `__getattribute__`, the instance's own attributes do not
/// hold `name`, and the class attribute found is a Python function (a
/// non-data descriptor, which binds the instance as first argument).
pub(crate) fn plain_method(
    inst: &PyInstance,
    name: &str,
) -> Option<Rc<crate::objects::function::PyFunction>> {
    // One borrow of the class cell: the lookups run no Python code, so
    // no `__class__` assignment can happen meanwhile.
    let found = {
        let class = inst.class.borrow();
        if class.hook(Hook::GetAttribute).is_some() {
            return None;
        }
        class.lookup(name)
    };
    let Some(Value::Function(fun)) = &found else {
        return None;
    };
    if inst.attrs.borrow().get(name).is_some() {
        return None;
    }
    Some(fun.clone())
}

/// Whether `v` is an instance of a class with no `__ne__` of its own and
/// no built-in base: its `!=` is `object.__ne__`, the inverse of `__eq__`.
fn inherits_object_ne(v: &Value) -> bool {
    user_class(v).is_some_and(|c| c.builtin_base == TypeId::Object && c.lookup("__ne__").is_none())
}

/// The methods of built-in types that no operation stands for, where the
/// type's own dict has them: `__sizeof__`, `__getnewargs__` (what pickling
/// a value passes to `__new__`) and `bytearray.__alloc__`.
fn own_method(recv: &Value, name: &str) -> Option<Value> {
    if !matches!(name, "__sizeof__" | "__getnewargs__" | "__alloc__") {
        return None;
    }
    let t = recv.type_id();
    if !crate::type_dicts::defines(t, name) {
        return None;
    }
    let owner = if t == TypeId::Bool { TypeId::Int } else { t };
    let qualname = format!("{}.{name}", owner.short_name());
    let this = recv.clone();
    Some(match name {
        "__sizeof__" => closure(name, move |vm, args| {
            args.check_none(&qualname)?;
            Ok(Value::Int(crate::modules::sizeof::own_size(vm, &this)?))
        }),
        "__getnewargs__" => closure(name, move |_, args| {
            args.check_none(&qualname)?;
            Ok(match plain(&this) {
                Value::Complex(re, im) => {
                    Value::new_tuple(vec![Value::Float(*re), Value::Float(*im)])
                }
                Value::Bool(b) => Value::new_tuple(vec![Value::Int(*b as i64)]),
                v => Value::new_tuple(vec![v.clone()]),
            })
        }),
        _ => closure(name, move |_, args| {
            args.check_none(&qualname)?;
            Ok(match plain(&this) {
                Value::ByteArray(b) => Value::from_usize(b.alloc.get(b.len())),
                _ => Value::Int(0),
            })
        }),
    })
}
