//! The VM side of `type`: the class statement (`__build_class__`, the
//! metaclass and its `__prepare__`), `type.__new__`/`__init__`/`__call__`,
//! attribute lookup on classes and instances through the descriptor
//! protocol, class attribute assignment (`__name__`, `__qualname__`,
//! `__bases__` and the rest), the methods of `type` (`mro`,
//! `__subclasses__`, `__instancecheck__`...) and `isinstance`/`issubclass`
//! with their `__instancecheck__`/`__subclasscheck__` hooks.
//!
//! A class statement runs its body as a frame whose slots become the
//! namespace. With `type` as the metaclass and no `__prepare__`, the
//! namespace goes straight to [`Vm::type_new`]; otherwise it is handed to
//! the metaclass as a dict, or is the mapping `__prepare__` returned,
//! which the body then runs over ([`LiveNamespace`]: every binding goes
//! through its `__setitem__` as it happens).
//!
//! Lookup order is CPython's: on an instance, data descriptors of the
//! class, then the instance's attributes, then the class attribute bound
//! through `__get__`; on a class, data descriptors of the metaclass, then
//! `type`'s own attributes (`__name__`, `__mro__`...), then the class's
//! MRO (bound with `__get__(None, cls)`), then the metaclass's other
//! attributes bound to the class.

use crate::dispatch::{object_type_method, user_class};
use crate::exceptions::{self, attribute_error, type_error, ExcType, PyResult};
use crate::interp::{Frame, Vm};
use crate::objects::class::{AttrMap, ClassSpec, PyClass};
use crate::objects::descriptor::{self, Wrapper};
use crate::objects::dict::PyDict;
use crate::objects::function::{builtin, closure, Args, BoundMethod, PyFunction};
use crate::value::{TypeId, Value};
use pyview_syntax::ir;
use std::cell::RefCell;
use std::rc::Rc;

type Cell = Rc<RefCell<Option<Value>>>;

/// A class body running over the namespace its metaclass's
/// `__prepare__` returned: the body's own names are bound, read and
/// deleted through that mapping as they happen (STORE_NAME, LOAD_NAME,
/// DELETE_NAME), so its `__setitem__` sees every binding in order.
pub(crate) struct LiveNamespace {
    pub(crate) ns: Value,
    /// The body's slot names: identifies its frame among those running.
    pub(crate) names: *const Rc<str>,
    /// Which slots are namespace names (not a comprehension's hidden ones).
    own: Vec<bool>,
}

impl LiveNamespace {
    pub(crate) fn own(&self, slot: u32) -> bool {
        self.own.get(slot as usize).copied().unwrap_or(false)
    }
}

/// Whether `v` is `type` or a metaclass (a class deriving from `type`).
fn is_type_like(v: &Value) -> bool {
    match v {
        Value::Type(TypeId::Type) => true,
        Value::Class(c) => c.is_metaclass(),
        _ => false,
    }
}

fn meta_of(v: &Value) -> Option<Rc<PyClass>> {
    match v {
        Value::Class(c) => Some(c.clone()),
        _ => None,
    }
}

impl Vm {
    // ----- the class statement -----

    /// The class statement: decorators, bases and keywords evaluated, the
    /// class made and decorated, then bound to its name.
    #[inline(never)]
    pub(crate) fn exec_class_stmt(
        &mut self,
        f: &mut Frame,
        target: ir::NameRef,
        class: &Rc<ir::ClassDef>,
        bases: &[ir::Arg],
        keywords: &[ir::Keyword],
        decorators: &[ir::Expr],
    ) -> PyResult<()> {
        let decos = decorators
            .iter()
            .map(|d| self.eval(f, d))
            .collect::<PyResult<Vec<_>>>()?;
        let bases = self.eval_items_pub(f, bases)?;
        let kw = if keywords.is_empty() {
            Vec::new()
        } else {
            let name = class.name.clone();
            self.eval_args_pub(f, keywords, &|| name.to_string())?
        };
        let mut v = self.exec_class(f, class, bases, kw)?;
        for (d, e) in decos.iter().zip(decorators).rev() {
            v = self.call(d, Args::new(vec![v])).map_err(|mut err| {
                err.loc.get_or_insert(e.span);
                err
            })?;
        }
        self.store_pub(f, target, v)?;
        Ok(())
    }

    /// Executes a class statement: runs the body and calls the metaclass
    /// (or a replaced `builtins.__build_class__`).
    pub(crate) fn exec_class(
        &mut self,
        f: &mut Frame,
        def: &Rc<ir::ClassDef>,
        bases: Vec<Value>,
        kw: Vec<(Rc<str>, Value)>,
    ) -> PyResult<Value> {
        let closure = def
            .body
            .freevars
            .iter()
            .map(|&(outer, _)| match &f.slots[outer as usize] {
                Some(Value::Cell(c)) => c.clone(),
                _ => Rc::new(RefCell::new(None)),
            })
            .collect();
        let fun = Rc::new(PyFunction {
            def: def.body.clone(),
            code: f.code.clone(),
            globals: f.globals.for_functions(),
            defaults: Default::default(),
            kw_defaults: Default::default(),
            closure,
            closure_view: Default::default(),
            attrs: Default::default(),
        });
        if let Some(custom) = self.replaced_build_class() {
            self.class_bodies.push(def.clone());
            let mut pos = vec![Value::Function(fun), Value::Str(def.name.clone())];
            pos.extend(bases);
            return self.call(&custom, Args { pos, kw });
        }
        self.build_class(&fun, def, bases, kw)
    }

    /// `builtins.__build_class__` when a script replaced it.
    fn replaced_build_class(&self) -> Option<Value> {
        let v = self.builtin("__build_class__")?;
        match &v {
            Value::Builtin(b) if &*b.name == "__build_class__" && b.module.is_none() => None,
            _ => Some(v),
        }
    }

    /// `__build_class__(func, name, *bases, **kw)` with `func` a class
    /// body: what the class statement does.
    pub(crate) fn build_class_builtin(&mut self, args: &Args) -> PyResult<Value> {
        let Some(func) = args.pos.first() else {
            return Err(type_error("__build_class__: not enough arguments"));
        };
        let Value::Function(fun) = func else {
            return Err(type_error("__build_class__: func must be a function"));
        };
        let Some(name) = args.pos.get(1) else {
            return Err(type_error("__build_class__: not enough arguments"));
        };
        let Value::Str(_) = name else {
            return Err(type_error("__build_class__: name is not a string"));
        };
        let def = self
            .class_bodies
            .iter()
            .find(|d| Rc::ptr_eq(&d.body, &fun.def))
            .cloned();
        let Some(def) = def else {
            return Err(type_error("__build_class__: func must be a class body"));
        };
        self.build_class(fun, &def, args.pos[2..].to_vec(), args.kw.clone())
    }

    fn build_class(
        &mut self,
        fun: &Rc<PyFunction>,
        def: &Rc<ir::ClassDef>,
        bases: Vec<Value>,
        mut kw: Vec<(Rc<str>, Value)>,
    ) -> PyResult<Value> {
        let resolved = self.resolve_mro_entries(&bases)?;
        let orig_bases = resolved.as_ref().map(|_| Value::new_tuple(bases.clone()));
        let bases = resolved.unwrap_or(bases);
        let bases_tuple = Value::new_tuple(bases.clone());
        let (meta, ns) = self.prepare_class(&def.name, &bases, &mut kw)?;
        let (mut attrs, cell) = self.run_class_body(fun, def, ns.as_ref())?;
        if let Some(o) = orig_bases {
            attrs.insert("__orig_bases__".into(), o);
        }
        let cls = match (&meta, ns) {
            (Value::Type(TypeId::Type), None) => {
                self.type_new(None, def.name.clone(), bases, attrs, &kw)?
            }
            (_, ns) => {
                let ns = match ns {
                    Some(ns) => {
                        for (k, v) in attrs {
                            self.setitem(&ns, &Value::Str(k), v)?;
                        }
                        ns
                    }
                    None => {
                        let d = PyDict::default();
                        for (k, v) in attrs {
                            d.set(Value::Str(k), v)?;
                        }
                        Value::Dict(Rc::new(d))
                    }
                };
                let pos = vec![Value::Str(def.name.clone()), bases_tuple, ns];
                self.call(&meta, Args { pos, kw })?
            }
        };
        if let (Some(cell), Value::Class(c)) = (cell, &cls) {
            let held = cell.borrow().clone();
            match held {
                None => {
                    return Err(exceptions::runtime_error(format!(
                        "__class__ not set defining '{}' as {}. Was __classcell__ propagated to type.__new__?",
                        def.name,
                        crate::ops::repr_simple(&cls)
                    )))
                }
                Some(Value::Class(ref x)) if Rc::ptr_eq(x, c) => {}
                Some(other) => {
                    return Err(type_error(format!(
                        "__class__ set to {} defining '{}' as {}",
                        crate::ops::repr_simple(&other),
                        def.name,
                        crate::ops::repr_simple(&cls)
                    )))
                }
            }
        }
        Ok(cls)
    }

    /// The metaclass of a class being made (taken from `kw`'s
    /// `metaclass`, else the bases') and the namespace its `__prepare__`
    /// gives (`None` when it has none: a plain dict then).
    pub(crate) fn prepare_class(
        &mut self,
        name: &Rc<str>,
        bases: &[Value],
        kw: &mut Vec<(Rc<str>, Value)>,
    ) -> PyResult<(Value, Option<Value>)> {
        let given = kw
            .iter()
            .position(|(k, _)| &**k == "metaclass")
            .map(|i| kw.remove(i).1);
        let mut meta = match (given, bases.first()) {
            (Some(m), _) => m,
            (None, Some(b)) => self.type_of(b),
            (None, None) => Value::Type(TypeId::Type),
        };
        if is_type_like(&meta) {
            meta = calculate_metaclass(self, &meta, bases)?;
        }
        let prepare = match &meta {
            Value::Type(TypeId::Type) => None,
            Value::Class(m) if m.lookup("__prepare__").is_none() => None,
            Value::Class(_) => Some(self.getattr(&meta, "__prepare__")?),
            other => match self.getattr(other, "__prepare__") {
                Ok(p) => Some(p),
                Err(e) if e.exc.typ == ExcType::AttributeError => None,
                Err(e) => return Err(e),
            },
        };
        let Some(prepare) = prepare else {
            return Ok((meta, None));
        };
        let ns = self.call(
            &prepare,
            Args {
                pos: vec![Value::Str(name.clone()), Value::new_tuple(bases.to_vec())],
                kw: kw.clone(),
            },
        )?;
        if !self.is_mapping(&ns) {
            let who = match &meta {
                Value::Class(m) => m.name().to_string(),
                Value::Type(t) => t.short_name().to_string(),
                _ => "<metaclass>".to_string(),
            };
            return Err(type_error(format!(
                "{who}.__prepare__() must return a mapping, not {}",
                ns.type_name()
            )));
        }
        Ok((meta, Some(ns)))
    }

    /// Bases with the non-class ones replaced by what their
    /// `__mro_entries__(bases)` returns (a generic alias gives its
    /// origin); `None` when no base has one.
    pub(crate) fn resolve_mro_entries(&mut self, bases: &[Value]) -> PyResult<Option<Vec<Value>>> {
        if bases
            .iter()
            .all(|b| matches!(b, Value::Class(_) | Value::Type(_)))
        {
            return Ok(None);
        }
        let original = Value::new_tuple(bases.to_vec());
        let mut out = Vec::with_capacity(bases.len());
        let mut changed = false;
        for b in bases {
            if matches!(b, Value::Class(_) | Value::Type(_)) {
                out.push(b.clone());
                continue;
            }
            if let Value::Native(o) = b {
                if let Some(g) = o
                    .as_any()
                    .downcast_ref::<crate::objects::generic_alias::GenericAlias>()
                {
                    out.push(g.origin.clone());
                    changed = true;
                    continue;
                }
            }
            let entries = match self.getattr(b, "__mro_entries__") {
                Ok(m) => m,
                Err(e) if e.exc.typ == ExcType::AttributeError => {
                    out.push(b.clone());
                    continue;
                }
                Err(e) => return Err(e),
            };
            let r = self.call(&entries, Args::new(vec![original.clone()]))?;
            let Value::Tuple(items) = &r else {
                return Err(type_error("__mro_entries__ must return a tuple"));
            };
            out.extend(items.iter().cloned());
            changed = true;
        }
        Ok(changed.then_some(out))
    }

    /// Whether `v` is a mapping as `PyMapping_Check` sees it.
    fn is_mapping(&self, v: &Value) -> bool {
        match crate::dispatch::plain(v) {
            Value::Dict(_) | Value::List(_) | Value::Tuple(_) | Value::Str(_) => true,
            Value::Bytes(_) | Value::ByteArray(_) | Value::Array(_) | Value::Range(_) => true,
            other => self.has_method(other, "__getitem__"),
        }
    }

    /// Runs a class body; its namespace in CPython's order (`__module__`,
    /// `__qualname__`, `__doc__`, then the body's names), and the
    /// `__class__` cell when the body's functions use it (which is then
    /// also in the namespace as `__classcell__`).
    fn run_class_body(
        &mut self,
        fun: &Rc<PyFunction>,
        def: &ir::ClassDef,
        ns: Option<&Value>,
    ) -> PyResult<(AttrMap, Option<Cell>)> {
        let body = &def.body;
        let mut slots: Vec<Option<Value>> = vec![None; body.nslots as usize];
        for &c in &body.cell_slots {
            slots[c as usize] = Some(Value::Cell(Rc::new(RefCell::new(None))));
        }
        for (k, &(_, mine)) in body.freevars.iter().enumerate() {
            if let Some(c) = fun.closure.get(k) {
                slots[mine as usize] = Some(Value::Cell(c.clone()));
            }
        }
        if let Some(ns) = ns {
            let mut own = vec![false; slots.len()];
            for &(_, slot) in &def.namespace {
                own[slot as usize] = true;
            }
            self.live_ns.push(LiveNamespace {
                ns: ns.clone(),
                names: body.slot_names.as_ptr(),
                own,
            });
        }
        body.warmup.set(body.warmup.get().saturating_add(1));
        let mut frame = Frame {
            slots,
            names: &body.slot_names,
            free: &body.freevars,
            code: &fun.code,
            globals: &fun.globals,
            name: &def.name,
            clock: &body.warmup,
        };
        self.push_code_frame(&fun.code, &fun.globals, &def.name);
        let r = self.exec_block(&mut frame, &body.body);
        self.pop_frame();
        if ns.is_some() {
            self.live_ns.pop();
        }
        if let Err(e) = r {
            return Err(self.leave_frame_pub(e, &fun.code, &fun.globals, &def.name));
        }
        // The body itself binds `__module__`, `__qualname__` and `__doc__`
        // (in a prepared namespace already: only the cell is left for it).
        let mut attrs = AttrMap::default();
        if ns.is_none() {
            for (name, slot) in &def.namespace {
                if let Some(v) = frame.slots[*slot as usize].take() {
                    attrs.insert(name.clone(), v);
                }
            }
        }
        let cell = match frame.slots.get(def.class_cell as usize) {
            Some(Some(Value::Cell(c))) if Rc::strong_count(c) > 1 => Some(c.clone()),
            _ => None,
        };
        if let Some(c) = &cell {
            let obj = crate::objects::cell::CellObject { cell: c.clone() };
            attrs.insert("__classcell__".into(), Value::Native(Rc::new(obj)));
        }
        Ok((attrs, cell))
    }

    /// `type.__new__(meta, name, bases, ns, **kw)` once its arguments are
    /// checked: makes the class, then runs `__set_name__` on its
    /// attributes and the bases' `__init_subclass__(**kw)`.
    pub(crate) fn type_new(
        &mut self,
        meta: Option<Rc<PyClass>>,
        name: Rc<str>,
        bases: Vec<Value>,
        mut attrs: AttrMap,
        kw: &[(Rc<str>, Value)],
    ) -> PyResult<Value> {
        let qualname = match attrs.shift_remove("__qualname__") {
            None => name.clone(),
            Some(Value::Str(ref q)) => q.clone(),
            Some(other) => {
                return Err(type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    other.type_name()
                )))
            }
        };
        let cell = match attrs.shift_remove("__classcell__") {
            None => None,
            Some(Value::Cell(ref c)) => Some(c.clone()),
            Some(Value::Native(ref o))
                if o.as_any()
                    .downcast_ref::<crate::objects::cell::CellObject>()
                    .is_some() =>
            {
                o.as_any()
                    .downcast_ref::<crate::objects::cell::CellObject>()
                    .map(|c| c.cell.clone())
            }
            Some(other) => {
                let t = self.type_of(&other);
                return Err(type_error(format!(
                    "__classcell__ must be a nonlocal cell, not {}",
                    crate::ops::repr_simple(&t)
                )));
            }
        };
        if !attrs.contains_key("__module__") {
            if let Some(m) = self.globals.get("__name__") {
                attrs.insert("__module__".into(), m);
            }
        }
        // `__new__` is a static method, `__init_subclass__` and
        // `__class_getitem__` class methods, without being declared so.
        for (n, static_) in [
            ("__new__", true),
            ("__init_subclass__", false),
            ("__class_getitem__", false),
        ] {
            if let Some(f @ Value::Function(_)) = attrs.get(n).cloned() {
                let w = if static_ {
                    Wrapper::StaticMethod(f)
                } else {
                    Wrapper::ClassMethod(f)
                };
                attrs.insert(n.into(), Value::Wrapper(Rc::new(w)));
            }
        }
        let class = PyClass::new(ClassSpec {
            name,
            qualname,
            bases,
            attrs,
            metaclass: meta,
        })?;
        let owner = Value::Class(class.clone());
        if let Some(c) = cell {
            *c.borrow_mut() = Some(owner.clone());
        }
        // Attributes learn their name (`__set_name__`), then the bases
        // learn of the new subclass (`__init_subclass__`).
        let named: Vec<(Rc<str>, Value)> = class
            .attrs
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (n, v) in named {
            descriptor::learn_name(&v, &n);
            if user_class(&v).is_some_and(|c| c.lookup("__set_name__").is_some()) {
                let r = self.call_special(
                    &v,
                    "__set_name__",
                    vec![owner.clone(), Value::Str(n.clone())],
                );
                if let Some(Err(e)) = r {
                    let err = exceptions::runtime_error(format!(
                        "Error calling __set_name__ on '{}' instance '{n}' in '{}'",
                        v.type_name(),
                        class.name()
                    ));
                    *err.exc.cause.borrow_mut() = Some(e.exc.clone());
                    *err.exc.context.borrow_mut() = Some(e.exc);
                    return Err(err);
                }
            }
        }
        match class.lookup_after(&class, "__init_subclass__") {
            Some(hook) => {
                let hook = self.descr_get(&hook, None, &owner)?;
                self.call(
                    &hook,
                    Args {
                        pos: Vec::new(),
                        kw: kw.to_vec(),
                    },
                )?;
            }
            None if !kw.is_empty() => {
                return Err(type_error(format!(
                    "{}.__init_subclass__() takes no keyword arguments",
                    class.qualname()
                )))
            }
            None => {}
        }
        Ok(owner)
    }

    /// `type.__new__(meta, name, bases, ns, **kw)` as Python calls it.
    pub(crate) fn type_new_call(&mut self, args: &Args) -> PyResult<Value> {
        let Some(meta) = args.pos.first() else {
            return Err(type_error("type.__new__(): not enough arguments"));
        };
        match meta {
            Value::Type(TypeId::Type) => {}
            Value::Class(c) if c.is_metaclass() => {}
            Value::Type(_) | Value::Class(_) => {
                let n = type_short_name(meta);
                return Err(type_error(format!(
                    "type.__new__({n}): {n} is not a subtype of type"
                )));
            }
            other => {
                return Err(type_error(format!(
                    "type.__new__(X): X is not a type object ({})",
                    other.type_name()
                )))
            }
        }
        let rest = &args.pos[1..];
        if rest.len() != 3 {
            return Err(type_error(format!(
                "type.__new__() takes exactly 3 arguments ({} given)",
                rest.len()
            )));
        }
        let (name, bases, ns) = (&rest[0], &rest[1], &rest[2]);
        let Value::Str(name) = crate::dispatch::plain(name) else {
            return Err(type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                name.type_name()
            )));
        };
        let Value::Tuple(bases) = crate::dispatch::plain(bases) else {
            return Err(type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                bases.type_name()
            )));
        };
        let Value::Dict(d) = crate::dispatch::plain(ns) else {
            return Err(type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                ns.type_name()
            )));
        };
        let mut attrs = AttrMap::default();
        for (k, v) in d.map.borrow().iter() {
            match crate::dispatch::plain(&k.value) {
                Value::Str(s) => {
                    attrs.insert(s.clone(), v.clone());
                }
                other => {
                    return Err(type_error(format!(
                        "attribute name must be string, not '{}'",
                        other.type_name()
                    )))
                }
            }
        }
        let bases = bases.to_vec();
        let winner = calculate_metaclass(self, meta, &bases)?;
        // A more derived metaclass of a base decides, through its own
        // `__new__` when it has one.
        if !winner.is(meta) {
            if let Value::Class(w) = &winner {
                if let Some(new) = w.lookup("__new__") {
                    let new = self.descr_get(&new, None, &winner)?;
                    let mut pos = vec![winner.clone()];
                    pos.extend(rest.iter().cloned());
                    return self.call(
                        &new,
                        Args {
                            pos,
                            kw: args.kw.clone(),
                        },
                    );
                }
            }
        }
        self.type_new(meta_of(&winner), name.clone(), bases, attrs, &args.kw)
    }

    /// `type(...)`: the type of one object, or a new class from three
    /// arguments (then initialised by its metaclass's `__init__`).
    pub(crate) fn type_call(&mut self, args: Args) -> PyResult<Value> {
        match (args.pos.len(), args.kw.is_empty()) {
            (1, true) => return Ok(self.type_of(&args.pos[0])),
            (3, _) => {}
            _ => return Err(type_error("type() takes 1 or 3 arguments")),
        }
        let mut pos = vec![Value::Type(TypeId::Type)];
        pos.extend(args.pos.iter().cloned());
        let cls = self.type_new_call(&Args {
            pos,
            kw: args.kw.clone(),
        })?;
        if let Value::Class(c) = &cls {
            if let Some(init) = c.metaclass.as_ref().and_then(|m| m.lookup("__init__")) {
                let init = self.descr_get(&init, Some(&cls), &self.type_of(&cls))?;
                self.call(&init, args)?;
            }
        }
        Ok(cls)
    }

    /// `type.__init__(cls, *args, **kw)`: checks the arguments only.
    pub(crate) fn type_init(&mut self, args: &Args) -> PyResult<()> {
        let n = args.pos.len().saturating_sub(1);
        if n == 1 && !args.kw.is_empty() {
            return Err(type_error("type.__init__() takes no keyword arguments"));
        }
        if n != 1 && n != 3 {
            return Err(type_error("type.__init__() takes 1 or 3 arguments"));
        }
        Ok(())
    }

    /// Calling a class: its metaclass's `__call__` if it defines one,
    /// else `type.__call__` (`__new__`, then `__init__`).
    pub(crate) fn call_class(&mut self, class: &Rc<PyClass>, args: Args) -> PyResult<Value> {
        // CPython calls a class through its generic call path, which
        // counts one level against the recursion limit (as a frame does).
        if self.depth_exceeded() {
            return Err(exceptions::recursion_error(
                " while calling a Python object",
            ));
        }
        self.enter_call();
        let r = self.call_class_inner(class, args);
        self.leave_call();
        r
    }

    fn call_class_inner(&mut self, class: &Rc<PyClass>, args: Args) -> PyResult<Value> {
        if let Some(meta) = &class.metaclass {
            if let Some(call) = meta.lookup("__call__") {
                let me = Value::Class(class.clone());
                let call = self.descr_get(&call, Some(&me), &Value::Class(meta.clone()))?;
                return self.call(&call, args);
            }
        }
        self.instantiate(class, args)
    }

    // ----- the descriptor protocol -----

    /// Whether a class attribute is a data descriptor (defines `__set__`
    /// or `__delete__`), which goes before an instance's attributes.
    #[inline]
    pub(crate) fn is_data_descriptor(&self, a: &Value) -> bool {
        match a {
            Value::Function(_) => false,
            Value::Wrapper(w) => w.is_data(),
            Value::Instance(i) => {
                i.class().lookup("__set__").is_some() || i.class().lookup("__delete__").is_some()
            }
            _ => false,
        }
    }

    /// `attr.__get__(obj, owner)` for an attribute found in a class's MRO:
    /// `obj` is `None` when the lookup is on the class `owner` itself.
    pub(crate) fn descr_get(
        &mut self,
        attr: &Value,
        obj: Option<&Value>,
        owner: &Value,
    ) -> PyResult<Value> {
        match attr {
            Value::Function(_) => Ok(match obj {
                Some(o) => Value::BoundMethod(Rc::new(BoundMethod {
                    this: o.clone(),
                    func: attr.clone(),
                    name: "".into(),
                })),
                None => attr.clone(),
            }),
            Value::Wrapper(w) => descriptor::get(self, attr, w, obj, owner),
            Value::Native(n) if n.binds() => Ok(match obj {
                Some(o) => {
                    // The bound method's repr and `__name__` show it.
                    let name = match n.getattr(self, "__name__") {
                        Some(Ok(Value::Str(ref s))) => s.clone(),
                        _ => "".into(),
                    };
                    Value::BoundMethod(Rc::new(BoundMethod {
                        this: o.clone(),
                        func: attr.clone(),
                        name,
                    }))
                }
                None => attr.clone(),
            }),
            // `__get__`, `__set__` and `__delete__` are called as found on
            // the descriptor's class, with the descriptor first (as
            // CPython's slots call them: no binding, so no recursion).
            Value::Instance(i) => match i.class().lookup("__get__") {
                Some(get) => {
                    let obj = obj.cloned().unwrap_or(Value::None);
                    self.call(&get, Args::new(vec![attr.clone(), obj, owner.clone()]))
                }
                None => Ok(attr.clone()),
            },
            _ => Ok(attr.clone()),
        }
    }

    /// `obj.name = v` through a data descriptor found on the class;
    /// `None` when the attribute is not one.
    pub(crate) fn descr_set(
        &mut self,
        attr: &Value,
        obj: &Value,
        v: Value,
    ) -> Option<PyResult<()>> {
        match attr {
            Value::Wrapper(w) => descriptor::set(self, w, obj, v),
            Value::Instance(i) => {
                let set = i.class().lookup("__set__");
                if set.is_none() && i.class().lookup("__delete__").is_none() {
                    return None;
                }
                let Some(set) = set else {
                    return Some(Err(attribute_error("__set__")));
                };
                Some(
                    self.call(&set, Args::new(vec![attr.clone(), obj.clone(), v]))
                        .map(|_| ()),
                )
            }
            _ => None,
        }
    }

    /// `del obj.name` through a data descriptor; `None` when not one.
    pub(crate) fn descr_delete(&mut self, attr: &Value, obj: &Value) -> Option<PyResult<()>> {
        match attr {
            Value::Wrapper(w) => descriptor::delete(self, w, obj),
            Value::Instance(i) => {
                let del = i.class().lookup("__delete__");
                if del.is_none() && i.class().lookup("__set__").is_none() {
                    return None;
                }
                let Some(del) = del else {
                    return Some(Err(attribute_error("__delete__")));
                };
                Some(
                    self.call(&del, Args::new(vec![attr.clone(), obj.clone()]))
                        .map(|_| ()),
                )
            }
            _ => None,
        }
    }

    // ----- attributes of classes -----

    /// `cls.name` (CPython's `type_getattro`).
    pub(crate) fn class_getattr(&mut self, class: &Rc<PyClass>, name: &str) -> PyResult<Value> {
        let me = Value::Class(class.clone());
        let meta = class.metaclass.clone();
        let meta_attr = meta.as_ref().and_then(|m| m.lookup(name));
        if let (Some(a), Some(m)) = (&meta_attr, &meta) {
            if self.is_data_descriptor(a) {
                return self.descr_get(a, Some(&me), &Value::Class(m.clone()));
            }
        }
        if let Some(v) = self.type_data_attr(class, name)? {
            return Ok(v);
        }
        if let Some(a) = class.lookup(name) {
            return self.descr_get(&a, None, &me);
        }
        if let (Some(a), Some(m)) = (&meta_attr, &meta) {
            // The class's MRO ends with its built-in base and `object`,
            // which go before the metaclass (`C.__new__` is object's).
            if !class.is_metaclass() {
                if let Some(v) = self.mro_builtin_attr(class, name) {
                    return Ok(v);
                }
            }
            return self.descr_get(a, Some(&me), &Value::Class(m.clone()));
        }
        if let Some(v) = self.class_builtin_attr(class, name) {
            return Ok(v);
        }
        if let Some(ga) = meta.as_ref().and_then(|m| m.lookup("__getattr__")) {
            let ga = self.descr_get(&ga, Some(&me), &self.type_of(&me))?;
            return self.call(&ga, Args::new(vec![Value::str(name)]));
        }
        // A class standing for a C type is named by its `tp_name`.
        Err(attribute_error(format!(
            "type object '{}' has no attribute '{name}'",
            class.static_name()
        )))
    }

    /// The data descriptors `type` defines (`__name__`, `__mro__`...):
    /// they go before the class's own attributes.
    fn type_data_attr(&mut self, class: &Rc<PyClass>, name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match name {
            "__name__" => Value::Str(class.name()),
            "__qualname__" => Value::Str(class.qualname()),
            "__bases__" => class.bases_tuple(),
            "__mro__" => Value::new_tuple(class.mro_values()),
            "__base__" => class.base(),
            "__class__" => self.type_of(&Value::Class(class.clone())),
            "__dict__" => crate::objects::mappingproxy::of_class(Value::Class(class.clone())),
            "__annotations__" => {
                // Each class has its own (made empty on first use).
                let own = class.attrs.borrow().get("__annotations__").cloned();
                match own {
                    Some(a) => a,
                    None => {
                        let d = Value::Dict(Rc::new(PyDict::default()));
                        class
                            .attrs
                            .borrow_mut()
                            .insert("__annotations__".into(), d.clone());
                        crate::objects::class::classes_changed();
                        d
                    }
                }
            }
            "__abstractmethods__" => match class.attrs.borrow().get(name) {
                Some(v) => v.clone(),
                None => return Err(attribute_error("__abstractmethods__")),
            },
            _ => return Ok(None),
        }))
    }

    /// What a class finds in the built-in end of its MRO: its built-in
    /// base's attributes (unless it is a metaclass), then `object`'s.
    fn mro_builtin_attr(&mut self, class: &Rc<PyClass>, name: &str) -> Option<Value> {
        // `L.__new__` of a list subclass is `list.__new__` (what NEWOBJ
        // calls when unpickling).
        if name == "__new__"
            && !matches!(class.builtin_base, TypeId::Object | TypeId::Exception(_))
            && !class.is_metaclass()
        {
            return self.builtin_type_attr(class.builtin_base, name);
        }
        if class.builtin_base != TypeId::Object && !class.is_metaclass() {
            if let Some(v) = crate::builtins::type_attr(class.builtin_base, name) {
                return Some(crate::builtins::rebind_class_method(
                    v,
                    &Value::Class(class.clone()),
                ));
            }
        }
        object_type_method(name)
    }

    /// What a class inherits from its built-in base and from `type`:
    /// `object`'s methods (unbound), its class methods (bound), the
    /// methods of a built-in base type, and `type`'s methods bound to the
    /// class.
    fn class_builtin_attr(&mut self, class: &Rc<PyClass>, name: &str) -> Option<Value> {
        let me = Value::Class(class.clone());
        match name {
            "__init_subclass__" => {
                let owner = class.qualname();
                return Some(bound(
                    &me,
                    builtin_fn("__init_subclass__", move |_, args| {
                        if !args.kw.is_empty() {
                            return Err(type_error(format!(
                                "{owner}.__init_subclass__() takes no keyword arguments"
                            )));
                        }
                        args.check_posonly("__init_subclass__", "__init_subclass__", 1, 1)?;
                        Ok(Value::None)
                    }),
                ));
            }
            "__subclasshook__" => return Some(bound(&me, subclasshook())),
            "__new__" if class.is_metaclass() => return Some(type_new()),
            _ => {}
        }
        // `type.__prepare__` is a class method: bound to the metaclass.
        if name == "__prepare__" {
            let meta = if class.is_metaclass() {
                me.clone()
            } else {
                self.type_of(&me)
            };
            return type_method(name).map(|m| match &m {
                Value::Wrapper(w) => match &**w {
                    Wrapper::Method { func, .. } => bound(&meta, func.clone()),
                    _ => m,
                },
                _ => m,
            });
        }
        // A metaclass has `type` in its MRO: `type`'s methods, unbound.
        if class.is_metaclass() {
            if let Some(m) = type_method(name) {
                return Some(m);
            }
        }
        if let Some(v) = self.mro_builtin_attr(class, name) {
            return Some(v);
        }
        type_method(name).map(|m| match &m {
            Value::Wrapper(w) => match &**w {
                Wrapper::Method { func, .. } => bound(&me, func.clone()),
                _ => m,
            },
            _ => m,
        })
    }

    /// `T.name` of a built-in type `T`. Its methods are made once per
    /// type and name, so that fetching one twice gives the same object
    /// (`str.upper is str.upper`, as in CPython); what binds afresh
    /// (`dict.fromkeys`) is made each time. Names `T` lacks come from
    /// `object`.
    pub(crate) fn builtin_type_attr(&mut self, t: TypeId, name: &str) -> Option<Value> {
        type Made = std::collections::HashMap<TypeId, AttrMap>;
        thread_local! {
            static MADE: RefCell<Made> = RefCell::default();
        }
        if let Some(v) = MADE.with(|m| m.borrow().get(&t).and_then(|a| a.get(name)).cloned()) {
            return Some(v);
        }
        let v = crate::builtins::type_attr(t, name)
            .or_else(|| self.builtin_type_extra_attr(t, name))
            .or_else(|| match (t, name) {
                // pyview keeps no docstrings for built-in types.
                (_, "__doc__") => Some(Value::None),
                (TypeId::NoneType, "__bool__") => Some(builtin_fn("__bool__", |_, args| {
                    args.check_posonly("__bool__", "expected", 1, 1)?;
                    match &args.pos[0] {
                        Value::None => Ok(Value::Bool(false)),
                        other => Err(type_error(format!(
                            "descriptor '__bool__' requires a 'NoneType' object but received a '{}'",
                            other.type_name()
                        ))),
                    }
                })),
                (TypeId::Object | TypeId::Type, _) => None,
                // Each built-in type has its own repr.
                (_, "__repr__") => Some(Value::Wrapper(Rc::new(Wrapper::Method {
                    owner: match t {
                        TypeId::Exception(_) => {
                            TypeId::Exception(crate::exceptions::ExcType::BaseException)
                        }
                        t => t,
                    },
                    name: "__repr__".into(),
                    func: builtin_fn("__repr__", |vm, args| {
                        slot_arity(args, "__repr__", 0)?;
                        Ok(Value::Str(vm.repr_of(&args.pos[0])?.into()))
                    }),
                }))),
                _ => None,
            })
            .or_else(|| match t {
                TypeId::Object | TypeId::Type => None,
                // The very objects `object` gives.
                _ => self.builtin_type_attr(TypeId::Object, name),
            })?;
        if matches!(v, Value::Wrapper(_) | Value::Builtin(_)) {
            MADE.with(|m| {
                m.borrow_mut()
                    .entry(t)
                    .or_default()
                    .insert(name.into(), v.clone())
            });
        }
        Some(v)
    }

    /// Attributes of a built-in type object not found elsewhere:
    /// `type`'s methods bound to it, `object`'s class methods.
    pub(crate) fn builtin_type_extra_attr(&mut self, t: TypeId, name: &str) -> Option<Value> {
        let me = Value::Type(t);
        match name {
            "__subclasshook__" => return Some(bound(&me, subclasshook())),
            "__init_subclass__" => {
                return Some(bound(
                    &me,
                    builtin_fn("__init_subclass__", |_, _| Ok(Value::None)),
                ))
            }
            "__dict__" => return Some(crate::objects::mappingproxy::of_class(me)),
            "__base__" => {
                return Some(match t {
                    TypeId::Object => Value::None,
                    TypeId::Bool => Value::Type(TypeId::Int),
                    TypeId::Exception(e) => e.parent().map_or(Value::Type(TypeId::Object), |p| {
                        Value::Type(TypeId::Exception(p))
                    }),
                    _ => Value::Type(TypeId::Object),
                })
            }
            "__class__" => return Some(Value::Type(TypeId::Type)),
            _ => {}
        }
        if t == TypeId::Type {
            return match name {
                // A class method: bound to `type` itself.
                "__prepare__" => type_method(name).map(|m| match &m {
                    Value::Wrapper(w) => match &**w {
                        Wrapper::Method { func, .. } => bound(&me, func.clone()),
                        _ => m,
                    },
                    _ => m,
                }),
                "__new__" => Some(type_new()),
                _ => type_method(name),
            };
        }
        if let Some(func) = descriptor::unbound_method(t, name) {
            return Some(Value::Wrapper(Rc::new(Wrapper::Method {
                owner: t,
                name: name.into(),
                func,
            })));
        }
        if let Some(d) = crate::builtins::type_mro(t)
            .into_iter()
            .find_map(|b| descriptor::builtin_attr(b, name))
        {
            return Some(d);
        }
        match name {
            "__new__" => return Some(builtin_new(t)),
            // `object`, in the type's MRO, comes before its metaclass.
            "__setattr__" | "__delattr__" | "__sizeof__" | "__dir__" => return None,
            "__init__"
                if crate::type_dicts::names(t).is_some()
                    && !crate::type_dicts::defines(t, name) =>
            {
                return None
            }
            "__init__" => return Some(crate::dispatch::init_slot(t)),
            // `object`, in the type's MRO, has these before the metaclass.
            _ if crate::type_dicts::defines_object(name) => return None,
            _ => {}
        }
        type_method(name).map(|m| match &m {
            Value::Wrapper(w) => match &**w {
                Wrapper::Method { func, .. } => bound(&me, func.clone()),
                _ => m,
            },
            _ => m,
        })
    }

    /// `cls.name = v` (CPython's `type_setattro`).
    pub(crate) fn class_setattr(
        &mut self,
        class: &Rc<PyClass>,
        name: &str,
        v: Value,
    ) -> PyResult<()> {
        let me = Value::Class(class.clone());
        if let Some(m) = &class.metaclass {
            if let Some(sa) = m.lookup("__setattr__") {
                let sa = self.descr_get(&sa, Some(&me), &Value::Class(m.clone()))?;
                self.call(&sa, Args::new(vec![Value::str(name), v]))?;
                return Ok(());
            }
            if let Some(a) = m.lookup(name) {
                if let Some(r) = self.descr_set(&a, &me, v.clone()) {
                    return r;
                }
            }
        }
        self.type_setattr(class, name, v)
    }

    /// `type.__setattr__(cls, name, v)`: `type`'s own attributes checked
    /// as CPython checks them, anything else stored in the namespace.
    pub(crate) fn type_setattr(
        &mut self,
        class: &Rc<PyClass>,
        name: &str,
        v: Value,
    ) -> PyResult<()> {
        let cname = class.name();
        match name {
            "__name__" | "__qualname__" => {
                let Value::Str(s) = &v else {
                    return Err(type_error(format!(
                        "can only assign string to {cname}.{name}, not '{}'",
                        v.type_name()
                    )));
                };
                if name == "__name__" {
                    if s.contains('\0') {
                        return Err(exceptions::value_error(
                            "type name must not contain null characters",
                        ));
                    }
                    class.set_name(s.clone());
                } else {
                    class.set_qualname(s.clone());
                }
                Ok(())
            }
            "__bases__" => class.set_bases(&v),
            "__mro__" | "__base__" => Err(attribute_error("readonly attribute")),
            "__dict__" => Err(attribute_error(format!(
                "attribute '{name}' of 'type' objects is not writable"
            ))),
            "__class__" => Err(type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            )),
            _ => {
                self.class_dunder_changed(class, name);
                class.attrs.borrow_mut().insert(name.into(), v);
                crate::objects::class::classes_changed();
                self.class_dunder_changed(class, name);
                Ok(())
            }
        }
    }

    /// `del cls.name`.
    pub(crate) fn class_delattr(&mut self, class: &Rc<PyClass>, name: &str) -> PyResult<()> {
        let me = Value::Class(class.clone());
        if let Some(m) = &class.metaclass {
            if let Some(da) = m.lookup("__delattr__") {
                let da = self.descr_get(&da, Some(&me), &Value::Class(m.clone()))?;
                self.call(&da, Args::new(vec![Value::str(name)]))?;
                return Ok(());
            }
            if let Some(a) = m.lookup(name) {
                if let Some(r) = self.descr_delete(&a, &me) {
                    return r;
                }
            }
        }
        self.type_delattr(class, name)
    }

    pub(crate) fn type_delattr(&mut self, class: &Rc<PyClass>, name: &str) -> PyResult<()> {
        match name {
            "__name__" | "__qualname__" | "__bases__" => Err(type_error(format!(
                "cannot delete '{name}' attribute of immutable type '{}'",
                class.name()
            ))),
            _ => {
                self.class_dunder_changed(class, name);
                let removed = class.attrs.borrow_mut().shift_remove(name);
                crate::objects::class::classes_changed();
                self.class_dunder_changed(class, name);
                match removed {
                    Some(_) => Ok(()),
                    None => Err(attribute_error(format!(
                        "type object '{}' has no attribute '{name}'",
                        class.static_name()
                    ))),
                }
            }
        }
    }

    // ----- isinstance / issubclass -----

    /// `isinstance(v, t)` for one class-like `t`: an exact type match,
    /// else the `__instancecheck__` of `t`'s type, else the MRO.
    pub(crate) fn isinstance_one(&mut self, v: &Value, t: &Value) -> PyResult<bool> {
        let exact = match (t, user_class(v)) {
            (Value::Class(c), Some(vc)) => Rc::ptr_eq(c, &vc),
            _ => false,
        };
        if exact {
            return Ok(true);
        }
        if let Some(hook) = self.check_hook(t, "__instancecheck__") {
            let r = self.nested(exceptions::IN_INSTANCECHECK, |vm| {
                vm.call(&hook, Args::new(vec![v.clone()]))
            })?;
            return self.truthy(&r);
        }
        match t {
            Value::Type(_) | Value::Class(_) => Ok(self.is_instance(v, t)),
            _ if is_generic_alias(t) => Err(exceptions::parameterized_generic("isinstance")),
            _ => Err(type_error(
                "isinstance() arg 2 must be a type, a tuple of types, or a union",
            )),
        }
    }

    /// `issubclass(a, b)` for one class-like `b`.
    pub(crate) fn issubclass_one(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(hook) = self.check_hook(b, "__subclasscheck__") {
            let r = self.nested(exceptions::IN_SUBCLASSCHECK, |vm| {
                vm.call(&hook, Args::new(vec![a.clone()]))
            })?;
            return self.truthy(&r);
        }
        if is_generic_alias(b) {
            return Err(exceptions::parameterized_generic("issubclass"));
        }
        // A parameterized generic passes for a class through the
        // `__bases__` it forwards from its origin (not the origin itself).
        if is_generic_alias(a) && matches!(b, Value::Type(_) | Value::Class(_)) {
            let origin = self.getattr(a, "__origin__")?;
            let bases = self.getattr(&origin, "__bases__")?;
            for base in self.collect(&bases)? {
                if self.issubclass_one(&base, b)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        // CPython checks the first argument first.
        if !matches!(a, Value::Type(_) | Value::Class(_)) {
            return Err(type_error("issubclass() arg 1 must be a class"));
        }
        if !matches!(b, Value::Type(_) | Value::Class(_)) {
            return Err(type_error(
                "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            ));
        }
        if self.is_subclass(a, b) {
            return Ok(true);
        }
        Ok(false)
    }

    /// A user-defined `__instancecheck__`/`__subclasscheck__` of `t`'s
    /// type, bound to `t` (`None` for `type`'s own).
    fn check_hook(&mut self, t: &Value, name: &str) -> Option<Value> {
        let cls = user_class(t)?;
        let f = cls.lookup(name)?;
        let owner = Value::Class(cls.clone());
        self.descr_get(&f, Some(t), &owner).ok()
    }
}

/// Whether `t` is a `list[int]`-like alias, whose checks refuse it.
fn is_generic_alias(t: &Value) -> bool {
    matches!(t, Value::Native(o) if o.as_any().is::<crate::objects::generic_alias::GenericAlias>())
}

/// The winner among the metaclass given and those of the bases.
fn calculate_metaclass(vm: &Vm, meta: &Value, bases: &[Value]) -> PyResult<Value> {
    let mut winner = meta.clone();
    for b in bases {
        let t = vm.type_of(b);
        if vm.is_subclass(&winner, &t) {
            continue;
        }
        if vm.is_subclass(&t, &winner) {
            winner = t;
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

fn type_short_name(v: &Value) -> String {
    match v {
        Value::Class(c) => c.name().to_string(),
        Value::Type(t) => t.short_name().to_string(),
        other => other.type_name().to_string(),
    }
}

fn builtin_fn(name: &str, f: impl Fn(&mut Vm, &Args) -> PyResult<Value> + 'static) -> Value {
    closure(name, f)
}

fn bound(this: &Value, f: Value) -> Value {
    let name = match &f {
        Value::Builtin(b) => b.name.clone(),
        _ => "".into(),
    };
    Value::BoundMethod(Rc::new(BoundMethod {
        this: this.clone(),
        func: f,
        name,
    }))
}

/// `type.__new__`: static, so bound to `type` as CPython's is (its
/// `__qualname__` is `type.__new__`), and one object (`A.__new__ is
/// type.__new__` for a metaclass `A`).
fn type_new() -> Value {
    thread_local! {
        static NEW: Value = crate::objects::function::bound_to(
            builtin_fn("__new__", |vm, args| vm.type_new_call(args)),
            &Value::Type(TypeId::Type),
        );
    }
    NEW.with(Value::clone)
}

/// `T.__new__(cls, *args)` of built-in type `T`: a value of `T` when
/// `cls` is `T`, a bare instance when it is a subclass.
pub(crate) fn builtin_new(t: TypeId) -> Value {
    // Bound to its type, as CPython's static `__new__` is (`__self__` and
    // `__qualname__` say so).
    Value::Builtin(Rc::new(crate::objects::function::Builtin {
        name: "__new__".into(),
        module: None,
        func: Rc::new(move |vm: &mut Vm, args: &Args| checked_new(vm, t, args)),
        frame: None,
        level: crate::objects::function::CallLevel::Never,
        receiver: Some(Value::Type(t)),
    }))
}

/// [`builtin_new`]'s call. As in CPython, `cls` must be a subtype of `T`
/// whose instances `T`'s own constructor makes: `object.__new__(int)` or
/// `BaseException.__new__(OSError)` would skip the constructor the
/// instances need.
pub(crate) fn checked_new(vm: &mut Vm, t: TypeId, args: &Args) -> PyResult<Value> {
    let n = t.short_name();
    let Some(cls) = args.pos.first() else {
        return Err(type_error(format!("{n}.__new__(): not enough arguments")));
    };
    if !matches!(cls, Value::Type(_) | Value::Class(_)) {
        return Err(type_error(format!(
            "{n}.__new__(X): X is not a type object ({})",
            cls.type_name()
        )));
    }
    let c = type_short_name(cls);
    if !vm.is_subclass(cls, &Value::Type(t)) {
        return Err(type_error(format!(
            "{n}.__new__({c}): {c} is not a subtype of {n}"
        )));
    }
    let base = static_base(cls);
    if new_kind(&base) != new_kind(&Value::Type(t)) {
        return Err(type_error(format!(
            "{n}.__new__({c}) is not safe, use {}.__new__()",
            type_short_name(&base)
        )));
    }
    vm.object_new(args)
}

/// The class whose built-in constructor makes instances of `cls`: `cls`,
/// or while it inherits a `__new__` written in Python, its `__base__`.
fn static_base(cls: &Value) -> Value {
    let mut c = cls.clone();
    while let Value::Class(k) = &c {
        if k.lookup("__new__").is_none() {
            break;
        }
        c = k.base();
    }
    c
}

/// Which built-in constructor instances of `cls` come from; types that
/// share one give the same answer (most exceptions share
/// `BaseException`'s, the `OSError` family and the groups have their own).
fn new_kind(cls: &Value) -> TypeId {
    let t = match cls {
        Value::Class(c) => c.builtin_base,
        Value::Type(t) => *t,
        _ => TypeId::Object,
    };
    let family = |e: ExcType| {
        [ExcType::OSError, ExcType::BaseExceptionGroup]
            .into_iter()
            .find(|&root| e.is_subclass(root))
            .unwrap_or(ExcType::BaseException)
    };
    match t {
        TypeId::Exception(e) => TypeId::Exception(family(e)),
        t => t,
    }
}

/// `object.__subclasshook__`: NotImplemented for anything.
fn subclasshook() -> Value {
    builtin("__subclasshook__", None, |_, args| {
        args.no_kwargs("__subclasshook__")?;
        Ok(Value::NotImplemented)
    })
}

/// An attribute name given to `__setattr__`/`__delattr__`.
fn attr_name(v: &Value) -> PyResult<Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

/// The class given to a method of `type` as its receiver.
fn receiver<'a>(args: &'a Args, name: &str) -> PyResult<&'a Value> {
    let slot = descriptor::is_slot_name(TypeId::Type, name);
    match args.pos.first() {
        Some(v @ (Value::Class(_) | Value::Type(_))) => Ok(v),
        Some(other) if slot => Err(type_error(format!(
            "descriptor '{name}' requires a 'type' object but received a '{}'",
            other.type_name()
        ))),
        Some(other) => Err(type_error(format!(
            "descriptor '{name}' for 'type' objects doesn't apply to a '{}' object",
            other.type_name()
        ))),
        None if slot => Err(type_error(format!(
            "descriptor '{name}' of 'type' object needs an argument"
        ))),
        None => Err(type_error(format!(
            "unbound method type.{name}() needs an argument"
        ))),
    }
}

/// The argument count of a slot wrapper taking `n` arguments after its
/// receiver.
fn slot_arity(args: &Args, name: &str, n: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    let given = args.pos.len().saturating_sub(1);
    if given != n {
        return Err(type_error(format!(
            "expected {n} argument{}, got {given}",
            if n == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// The methods `type` defines, as method descriptors (unbound).
pub(crate) fn type_method(name: &str) -> Option<Value> {
    let (name, f): (&'static str, fn(&mut Vm, &Args) -> PyResult<Value>) = match name {
        "mro" => ("mro", |vm, args| {
            let cls = receiver(args, "mro")?;
            if args.pos.len() > 1 || !args.kw.is_empty() {
                return Err(type_error(format!(
                    "mro() takes no arguments ({} given)",
                    args.pos.len() - 1 + args.kw.len()
                )));
            }
            let mro = vm.getattr(cls, "__mro__")?;
            Ok(Value::new_list(crate::ops::seq_items_pub(&mro)))
        }),
        // The class's own form, whatever its metaclass's `__repr__` says.
        "__repr__" => ("__repr__", |_, args| {
            let cls = receiver(args, "__repr__")?;
            slot_arity(args, "__repr__", 0)?;
            let name = match cls {
                Value::Class(c) => c.display_name(),
                Value::Type(t) => t.name().to_string(),
                _ => String::new(),
            };
            Ok(Value::Str(format!("<class '{name}'>").into()))
        }),
        "__getattribute__" => ("__getattribute__", |vm, args| {
            let cls = receiver(args, "__getattribute__")?.clone();
            slot_arity(args, "__getattribute__", 1)?;
            let name = attr_name(&args.pos[1])?;
            vm.getattr(&cls, &name)
        }),
        "__or__" => ("__or__", |_, args| {
            let cls = receiver(args, "__or__")?;
            slot_arity(args, "__or__", 1)?;
            let u = crate::objects::generic_alias::union(cls, &args.pos[1]);
            Ok(u.unwrap_or(Value::NotImplemented))
        }),
        "__ror__" => ("__ror__", |_, args| {
            let cls = receiver(args, "__ror__")?;
            slot_arity(args, "__ror__", 1)?;
            let u = crate::objects::generic_alias::union(&args.pos[1], cls);
            Ok(u.unwrap_or(Value::NotImplemented))
        }),
        "__subclasses__" => ("__subclasses__", |_, args| {
            let cls = receiver(args, "__subclasses__")?;
            Ok(Value::new_list(match cls {
                Value::Class(c) => c.subclasses().into_iter().map(Value::Class).collect(),
                Value::Type(t) => builtin_subclasses(*t),
                _ => Vec::new(),
            }))
        }),
        "__instancecheck__" => ("__instancecheck__", |vm, args| {
            let cls = receiver(args, "__instancecheck__")?;
            args.check_posonly("__instancecheck__", "__instancecheck__", 2, 2)?;
            Ok(Value::Bool(vm.is_instance(&args.pos[1], cls)))
        }),
        "__subclasscheck__" => ("__subclasscheck__", |vm, args| {
            let cls = receiver(args, "__subclasscheck__")?;
            args.check_posonly("__subclasscheck__", "__subclasscheck__", 2, 2)?;
            let sub = &args.pos[1];
            if !matches!(sub, Value::Class(_) | Value::Type(_)) {
                return Err(type_error("issubclass() arg 1 must be a class"));
            }
            Ok(Value::Bool(vm.is_subclass(sub, cls)))
        }),
        "__prepare__" => ("__prepare__", |_, _| {
            Ok(Value::Dict(Rc::new(PyDict::default())))
        }),
        "__call__" => ("__call__", |vm, args| {
            let cls = receiver(args, "__call__")?.clone();
            let rest = Args {
                pos: args.pos[1..].to_vec(),
                kw: args.kw.clone(),
            };
            match &cls {
                Value::Class(c) => vm.instantiate(c, rest),
                other => vm.call(other, rest),
            }
        }),
        "__init__" => ("__init__", |vm, args| {
            receiver(args, "__init__")?;
            vm.type_init(args)?;
            Ok(Value::None)
        }),
        "__dir__" => ("__dir__", |vm, args| {
            let cls = receiver(args, "__dir__")?.clone();
            crate::builtins::b_dir(vm, &Args::new(vec![cls]))
        }),
        "__sizeof__" => ("__sizeof__", |_, args| {
            receiver(args, "__sizeof__")?;
            Ok(Value::Int(904))
        }),
        // Set on the class itself, not through its metaclass.
        "__setattr__" => ("__setattr__", |vm, args| {
            let cls = receiver(args, "__setattr__")?.clone();
            args.check_posonly("__setattr__", "expected", 3, 3)?;
            let name = attr_name(&args.pos[1])?;
            let v = args.pos[2].clone();
            match &cls {
                Value::Class(c) => vm.type_setattr(c, &name, v)?,
                other => vm.setattr(other, &name, v)?,
            }
            Ok(Value::None)
        }),
        "__delattr__" => ("__delattr__", |vm, args| {
            let cls = receiver(args, "__delattr__")?.clone();
            args.check_posonly("__delattr__", "expected", 2, 2)?;
            let name = attr_name(&args.pos[1])?;
            match &cls {
                Value::Class(c) => vm.type_delattr(c, &name)?,
                other => vm.delattr(other, &name)?,
            }
            Ok(Value::None)
        }),
        _ => return None,
    };
    let func = builtin(name, None, f);
    Some(Value::Wrapper(Rc::new(Wrapper::Method {
        owner: TypeId::Type,
        name: name.into(),
        func,
    })))
}

/// `super()`'s lookup for the built-in part of an MRO: what `type`
/// gives a class that is the object of `super(M, cls)` with `M` a
/// metaclass (`__new__`, `__init__`, `__call__` and the other methods of
/// `type`, bound to `cls`).
pub(crate) fn super_type_attr(obj: &Value, name: &str) -> Option<Value> {
    match name {
        "__new__" => Some(builtin_fn("__new__", |vm, args| vm.type_new_call(args))),
        _ => {
            let m = type_method(name)?;
            match &m {
                Value::Wrapper(w) => match &**w {
                    Wrapper::Method { func, .. } => Some(bound(obj, func.clone())),
                    _ => Some(m),
                },
                _ => Some(m),
            }
        }
    }
}

/// The `__mro__` of a built-in type, as values.
pub(crate) fn builtin_mro(t: TypeId) -> Vec<Value> {
    let mut out = vec![Value::Type(t)];
    match t {
        TypeId::Object => return out,
        TypeId::Bool => out.push(Value::Type(TypeId::Int)),
        TypeId::Native(n) if crate::objects::dict::is_dict_type(n) => {
            out.push(Value::Type(TypeId::Dict))
        }
        TypeId::Exception(e) => out.extend(
            e.mro()
                .into_iter()
                .skip(1)
                .map(|p| Value::Type(TypeId::Exception(p))),
        ),
        _ => {}
    }
    out.push(Value::Type(TypeId::Object));
    out
}

/// `t.__subclasses__()` of a built-in type: the built-in types deriving
/// from it (exceptions in CPython's order: by name, the groups that take
/// a second base after), then the user classes, in creation order.
fn builtin_subclasses(t: TypeId) -> Vec<Value> {
    let builtin: Vec<TypeId> = match t {
        TypeId::Exception(e) => {
            let mut direct: Vec<ExcType> = ExcType::ALL
                .iter()
                .copied()
                .filter(|c| c.is_builtin() && c.parent() == Some(e))
                .collect();
            direct.sort_by_key(|c| c.name());
            direct.extend(
                ExcType::ALL
                    .iter()
                    .copied()
                    .filter(|c| c.is_builtin() && c.second_base() == Some(e)),
            );
            direct.into_iter().map(TypeId::Exception).collect()
        }
        TypeId::Int => vec![TypeId::Bool],
        TypeId::Object => vec![
            TypeId::Type,
            TypeId::Int,
            TypeId::Float,
            TypeId::Complex,
            TypeId::Str,
            TypeId::Bytes,
            TypeId::ByteArray,
            TypeId::MemoryView,
            TypeId::List,
            TypeId::Tuple,
            TypeId::Dict,
            TypeId::Set,
            TypeId::FrozenSet,
            TypeId::Range,
            TypeId::Slice,
            TypeId::Property,
            TypeId::StaticMethod,
            TypeId::ClassMethod,
            TypeId::Super,
            TypeId::NoneType,
            TypeId::Ellipsis,
            TypeId::NotImplementedType,
            TypeId::Function,
            TypeId::BuiltinFunction,
            TypeId::Method,
            TypeId::Module,
            TypeId::Exception(ExcType::BaseException),
        ],
        _ => Vec::new(),
    };
    let mut out: Vec<Value> = builtin.into_iter().map(Value::Type).collect();
    out.extend(
        crate::objects::class::user_subclasses_of(t)
            .into_iter()
            .map(Value::Class),
    );
    out
}
