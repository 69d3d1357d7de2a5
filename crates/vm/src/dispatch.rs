//! The VM side of user classes: creating classes and instances, attribute
//! lookup with descriptors (methods, staticmethod, classmethod, property),
//! `super()`, and calling special methods (`__repr__`, `__add__`, ...).

use crate::exceptions::{self, type_error, ExcType, PyException, PyResult};
use crate::interp::{Frame, Vm};
use crate::objects::class::{PyClass, PyInstance, PySuper, Wrapper};
use crate::objects::function::{Args, BoundMethod};
use crate::value::{TypeId, Value};
use indexmap::IndexMap;
use pyview_syntax::ir;
use std::cell::RefCell;
use std::rc::Rc;

/// The class of a value, if it is a user class instance (or an instance
/// of a user exception class).
pub fn user_class(v: &Value) -> Option<&Rc<PyClass>> {
    match v {
        Value::Instance(i) => Some(&i.class),
        Value::Exception(e) => e.class.as_ref(),
        _ => None,
    }
}

impl Vm {
    /// Executes a class statement's body and builds the class.
    pub(crate) fn make_class(
        &mut self,
        f: &mut Frame,
        def: &Rc<ir::ClassDef>,
        bases: Vec<Value>,
    ) -> PyResult<Value> {
        let body = &def.body;
        let mut slots: Vec<Option<Value>> = vec![None; body.nslots as usize];
        for &c in &body.cell_slots {
            slots[c as usize] = Some(Value::Cell(Rc::new(RefCell::new(None))));
        }
        for &(outer, mine) in &body.freevars {
            let cell = match &f.slots[outer as usize] {
                Some(Value::Cell(c)) => c.clone(),
                _ => Rc::new(RefCell::new(None)),
            };
            slots[mine as usize] = Some(Value::Cell(cell));
        }
        let mut frame = Frame {
            slots,
            names: &body.slot_names,
            code: f.code.clone(),
            globals: f.globals.clone(),
            name: def.name.clone(),
        };
        if let Err(e) = self.exec_block(&mut frame, &body.body) {
            return Err(self.leave_frame_pub(e, &f.code, &def.name));
        }
        let mut attrs: IndexMap<Rc<str>, Value> = IndexMap::new();
        for (name, slot) in &def.namespace {
            if let Some(v) = frame.slots[*slot as usize].take() {
                attrs.insert(name.clone(), v);
            }
        }
        let class = Rc::new(PyClass::new(
            def.name.clone(),
            def.qualname.clone(),
            bases,
            attrs,
        )?);
        if let Some(Value::Cell(c)) = &frame.slots[def.class_cell as usize] {
            *c.borrow_mut() = Some(Value::Class(class.clone()));
        }
        Ok(Value::Class(class))
    }

    /// `Cls(*args)`: a new instance, initialised by `__init__`.
    pub(crate) fn instantiate(&mut self, class: &Rc<PyClass>, args: Args) -> PyResult<Value> {
        if let Some(new) = class.lookup("__new__") {
            let mut pos = vec![Value::Class(class.clone())];
            pos.extend(args.pos.iter().cloned());
            let func = match &new {
                Value::Wrapper(w) => match &**w {
                    Wrapper::StaticMethod(f) => f.clone(),
                    _ => new.clone(),
                },
                other => other.clone(),
            };
            let obj = self.call(
                &func,
                Args {
                    pos,
                    kw: args.kw.clone(),
                },
            )?;
            let is_ours = user_class(&obj).is_some_and(|c| c.is_subclass(class));
            if is_ours {
                self.run_init(class, &obj, args)?;
            }
            return Ok(obj);
        }
        let obj = match class.exception_base() {
            Some(t) => Value::Exception(PyException::with_class(
                t,
                Some(class.clone()),
                args.pos.clone(),
            )),
            None => Value::Instance(Rc::new(PyInstance {
                class: class.clone(),
                attrs: RefCell::default(),
            })),
        };
        self.run_init(class, &obj, args)?;
        Ok(obj)
    }

    fn run_init(&mut self, class: &Rc<PyClass>, obj: &Value, args: Args) -> PyResult<()> {
        match class.lookup("__init__") {
            Some(init) => {
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(obj.clone());
                pos.extend(args.pos);
                let r = self.call(&init, Args { pos, kw: args.kw })?;
                if !r.is_none() {
                    return Err(type_error(format!(
                        "__init__() should return None, not '{}'",
                        r.type_name()
                    )));
                }
                Ok(())
            }
            None if class.exception_base().is_some() => Ok(()),
            None => {
                if !args.pos.is_empty() || !args.kw.is_empty() {
                    return Err(type_error(format!("{}() takes no arguments", class.name)));
                }
                Ok(())
            }
        }
    }

    /// Binds a class attribute found for `obj` (descriptor protocol).
    fn bind(&mut self, attr: Value, obj: &Value, class: &Rc<PyClass>) -> PyResult<Value> {
        Ok(match &attr {
            Value::Function(_) => Value::BoundMethod(Rc::new(BoundMethod {
                this: obj.clone(),
                func: attr.clone(),
                name: "".into(),
            })),
            Value::Wrapper(w) => match &**w {
                Wrapper::StaticMethod(f) => f.clone(),
                Wrapper::ClassMethod(f) => Value::BoundMethod(Rc::new(BoundMethod {
                    this: Value::Class(class.clone()),
                    func: f.clone(),
                    name: "".into(),
                })),
                Wrapper::Property { fget, .. } => {
                    if fget.is_none() {
                        return Err(exceptions::attribute_error("unreadable attribute"));
                    }
                    self.call(fget, Args::new(vec![obj.clone()]))?
                }
            },
            _ => attr,
        })
    }

    /// Attribute lookup on an instance of a user class.
    pub(crate) fn instance_getattr(
        &mut self,
        obj: &Value,
        class: &Rc<PyClass>,
        name: &str,
    ) -> PyResult<Value> {
        let class_attr = class.lookup(name);
        if let Some(Value::Wrapper(w)) = &class_attr {
            if matches!(&**w, Wrapper::Property { .. }) {
                return self.bind(class_attr.clone().unwrap_or(Value::None), obj, class);
            }
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
            return self.bind(a, obj, class);
        }
        match name {
            "__class__" => return Ok(Value::Class(class.clone())),
            "__dict__" => {
                if let Value::Instance(i) = obj {
                    let d = crate::objects::dict::PyDict::default();
                    for (k, v) in i.attrs.borrow().iter() {
                        d.set(Value::Str(k.clone()), v.clone())?;
                    }
                    return Ok(Value::Dict(Rc::new(d)));
                }
            }
            _ => {}
        }
        if let Value::Exception(e) = obj {
            if name == "args" {
                return Ok(Value::new_tuple(e.args.borrow().clone()));
            }
        }
        if let Some(ga) = class.lookup("__getattr__") {
            return self.call(&ga, Args::new(vec![obj.clone(), Value::str(name)]));
        }
        Err(exceptions::attribute_error(format!(
            "'{}' object has no attribute '{name}'",
            class.name
        )))
    }

    pub(crate) fn instance_setattr(
        &mut self,
        obj: &Value,
        class: &Rc<PyClass>,
        name: &str,
        v: Value,
    ) -> PyResult<()> {
        if let Some(Value::Wrapper(w)) = class.lookup(name) {
            if let Wrapper::Property { fset, .. } = &*w {
                if fset.is_none() {
                    return Err(exceptions::attribute_error(format!(
                        "property '{name}' of '{}' object has no setter",
                        class.name
                    )));
                }
                self.call(fset, Args::new(vec![obj.clone(), v]))?;
                return Ok(());
            }
        }
        if let Some(sa) = class.lookup("__setattr__") {
            self.call(&sa, Args::new(vec![obj.clone(), Value::str(name), v]))?;
            return Ok(());
        }
        match obj {
            Value::Instance(i) => {
                i.attrs.borrow_mut().insert(name.into(), v);
            }
            Value::Exception(e) => {
                if name == "args" {
                    *e.args.borrow_mut() = crate::ops::seq_items_pub(&v);
                } else {
                    e.attrs.borrow_mut().insert(name.into(), v);
                }
            }
            _ => {}
        }
        Ok(())
    }

    pub(crate) fn instance_delattr(
        &mut self,
        obj: &Value,
        class: &Rc<PyClass>,
        name: &str,
    ) -> PyResult<()> {
        if let Some(Value::Wrapper(w)) = class.lookup(name) {
            if let Wrapper::Property { fdel, .. } = &*w {
                if fdel.is_none() {
                    return Err(exceptions::attribute_error(format!(
                        "property '{name}' of '{}' object has no deleter",
                        class.name
                    )));
                }
                self.call(fdel, Args::new(vec![obj.clone()]))?;
                return Ok(());
            }
        }
        let removed = match obj {
            Value::Instance(i) => i.attrs.borrow_mut().shift_remove(name).is_some(),
            Value::Exception(e) => e.attrs.borrow_mut().shift_remove(name).is_some(),
            _ => false,
        };
        if removed {
            Ok(())
        } else {
            Err(exceptions::attribute_error(format!(
                "'{}' object has no attribute '{name}'",
                class.name
            )))
        }
    }

    /// Attribute lookup on a class object.
    pub(crate) fn class_getattr(&mut self, class: &Rc<PyClass>, name: &str) -> PyResult<Value> {
        if let Some(a) = class.lookup(name) {
            return Ok(match &a {
                Value::Wrapper(w) => match &**w {
                    Wrapper::StaticMethod(f) => f.clone(),
                    Wrapper::ClassMethod(f) => Value::BoundMethod(Rc::new(BoundMethod {
                        this: Value::Class(class.clone()),
                        func: f.clone(),
                        name: "".into(),
                    })),
                    Wrapper::Property { .. } => a.clone(),
                },
                _ => a,
            });
        }
        Ok(match name {
            "__name__" => Value::Str(class.name.clone()),
            "__qualname__" => Value::Str(class.qualname.clone()),
            "__module__" => Value::str("__main__"),
            "__bases__" => {
                if class.bases.is_empty() {
                    Value::new_tuple(vec![Value::Type(TypeId::Object)])
                } else {
                    Value::new_tuple(class.bases.clone())
                }
            }
            "__mro__" => Value::new_tuple(class.mro_values()),
            "__doc__" => Value::None,
            "__dict__" => {
                let d = crate::objects::dict::PyDict::default();
                for (k, v) in class.attrs.borrow().iter() {
                    d.set(Value::Str(k.clone()), v.clone())?;
                }
                Value::Dict(Rc::new(d))
            }
            _ => {
                return Err(exceptions::attribute_error(format!(
                    "type object '{}' has no attribute '{name}'",
                    class.name
                )))
            }
        })
    }

    /// `super().name`.
    pub(crate) fn super_getattr(&mut self, s: &PySuper, name: &str) -> PyResult<Value> {
        let Some(obj_class) = (match &s.obj {
            Value::Class(c) => Some(c.clone()),
            v => user_class(v).cloned(),
        }) else {
            return Err(exceptions::attribute_error(format!(
                "'super' object has no attribute '{name}'"
            )));
        };
        if let Some(a) = obj_class.lookup_after(&s.class, name) {
            if let Value::Class(_) = &s.obj {
                return Ok(a);
            }
            return self.bind(a, &s.obj, &obj_class);
        }
        // Fall back to the built-in base (e.g. Exception.__init__).
        if let (Some(_), "__init__") = (obj_class.exception_base(), name) {
            return Ok(crate::objects::function::builtin(
                "__init__",
                None,
                exception_init_unbound,
            ))
            .map(|f| {
                Value::BoundMethod(Rc::new(BoundMethod {
                    this: s.obj.clone(),
                    func: f,
                    name: "__init__".into(),
                }))
            });
        }
        if name == "__init__" {
            return Ok(crate::objects::function::builtin(
                "__init__",
                None,
                object_init,
            ));
        }
        Err(exceptions::attribute_error(format!(
            "'super' object has no attribute '{name}'"
        )))
    }

    /// Calls `obj.__name__(*args)` if the user class defines it.
    pub fn call_special(
        &mut self,
        obj: &Value,
        name: &str,
        args: Vec<Value>,
    ) -> Option<PyResult<Value>> {
        let class = user_class(obj)?;
        let f = class.lookup(name)?;
        let mut pos = Vec::with_capacity(args.len() + 1);
        pos.push(obj.clone());
        pos.extend(args);
        Some(match &f {
            Value::Wrapper(w) => match &**w {
                Wrapper::StaticMethod(g) => self.call(g, Args::new(pos[1..].to_vec())),
                _ => self.call(&f, Args::new(pos)),
            },
            _ => self.call(&f, Args::new(pos)),
        })
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
                !Rc::ptr_eq(ca, cb)
                    && cb.is_subclass(ca)
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
        if let Some(r) = self.call_special(a, &format!("__{name}__"), vec![b.clone()]) {
            match r {
                Ok(Value::NotImplemented) => {}
                r => return Some(r),
            }
        }
        if let Some(r) = self.call_special(b, &rname, vec![a.clone()]) {
            match r {
                Ok(Value::NotImplemented) => {}
                r => return Some(r),
            }
        }
        if user_class(a).is_some() || user_class(b).is_some() {
            let sym = if inplace {
                format!("{}=", op.symbol())
            } else {
                op.symbol().to_string()
            };
            return Some(Err(exceptions::unsupported_operands(
                &sym,
                a.type_name(),
                b.type_name(),
            )));
        }
        None
    }

    /// Rich comparison for user classes; `None` if neither side defines it.
    pub(crate) fn compare_special(
        &mut self,
        op: ir::CmpOp,
        a: &Value,
        b: &Value,
    ) -> Option<PyResult<bool>> {
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
        for (x, y, n) in [(a, b, name), (b, a, reflected)] {
            if let Some(r) = self.call_special(x, n, vec![y.clone()]) {
                match r {
                    Ok(Value::NotImplemented) => {}
                    Ok(v) => return Some(self.truthy(&v)),
                    Err(e) => return Some(Err(e)),
                }
            }
        }
        Some(match op {
            ir::CmpOp::Eq => Ok(a.is(b)),
            ir::CmpOp::NotEq => {
                // `!=` falls back to the inverse of a defined `__eq__`.
                match self.call_special(a, "__eq__", vec![b.clone()]) {
                    Some(Ok(Value::NotImplemented)) | None => Ok(!a.is(b)),
                    Some(Ok(v)) => self.truthy(&v).map(|t| !t),
                    Some(Err(e)) => Err(e),
                }
            }
            _ => Err(type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                a.type_name(),
                b.type_name()
            ))),
        })
    }

    /// The class of `object()` instances.
    pub fn object_class(&mut self) -> Rc<PyClass> {
        if let Some(c) = &self.object_class {
            return c.clone();
        }
        let mut c = PyClass::new("object".into(), "object".into(), vec![], IndexMap::new())
            .expect("a class without bases");
        c.module = "builtins";
        let c = Rc::new(c);
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
            Some(c) if c.module == "builtins" => Value::Type(TypeId::Object),
            Some(c) => Value::Class(c.clone()),
            None => Value::Type(v.type_id()),
        }
    }

    /// `isinstance(v, t)` for one class or type `t`.
    pub fn is_instance(&self, v: &Value, t: &Value) -> bool {
        match t {
            Value::Class(c) => user_class(v).is_some_and(|vc| vc.is_subclass(c)),
            Value::Type(ty) => match v {
                Value::Exception(e) => TypeId::Exception(e.typ).is_subtype(*ty),
                Value::Native(o) if o.base_type().is_some_and(|b| b.is_subtype(*ty)) => true,
                Value::Instance(_) => *ty == TypeId::Object,
                _ => v.type_id().is_subtype(*ty),
            },
            _ => false,
        }
    }

    /// `issubclass(a, b)`.
    pub fn is_subclass(&self, a: &Value, b: &Value) -> bool {
        match (a, b) {
            (_, Value::Type(TypeId::Object)) => true,
            (Value::Class(x), Value::Class(y)) => x.is_subclass(y),
            (Value::Class(x), Value::Type(TypeId::Exception(t))) => {
                x.exception_base().is_some_and(|e| e.is_subclass(*t))
            }
            (Value::Type(x), Value::Type(y)) => x.is_subtype(*y),
            _ => false,
        }
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

/// `Exception.__init__(self, *args)` reached through `super()`.
fn exception_init_unbound(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if let Some(Value::Exception(e)) = args.pos.first() {
        *e.args.borrow_mut() = args.pos[1..].to_vec();
    }
    Ok(Value::None)
}

fn object_init(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// The built-in exception class of a raised value, for `except` matching.
pub fn exception_type(e: &PyException) -> ExcType {
    e.typ
}

impl Vm {
    /// `a <op> b`, user classes first.
    pub fn binary(&mut self, op: ir::BinOp, a: &Value, b: &Value) -> PyResult<Value> {
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
        if matches!(op, ir::CmpOp::In | ir::CmpOp::NotIn) && user_class(b).is_some() {
            let found = match self.call_special(b, "__contains__", vec![a.clone()]) {
                Some(r) => {
                    let v = r?;
                    self.truthy(&v)?
                }
                None => {
                    let mut found = false;
                    self.for_each_until(b, |vm, item| {
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
            return self.instance_delattr(obj, &c, name);
        }
        match obj {
            Value::Class(c) => match c.attrs.borrow_mut().shift_remove(name) {
                Some(_) => Ok(()),
                None => Err(exceptions::attribute_error(format!(
                    "type object '{}' has no attribute '{name}'",
                    c.name
                ))),
            },
            Value::Module(m) => match m.remove(name) {
                true => Ok(()),
                false => Err(exceptions::no_attribute("module", name)),
            },
            _ => Err(exceptions::no_attribute(obj.type_name(), name)),
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
                None => Err(type_error(format!(
                    "object of type '{}' has no len()",
                    v.type_name()
                ))),
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
        Some(Ok(true))
    }

    /// repr() of a user instance through `__repr__`.
    pub(crate) fn repr_special(&mut self, v: &Value) -> Option<PyResult<String>> {
        let r = self.call_special(v, "__repr__", vec![])?;
        Some(r.and_then(|s| match s {
            Value::Str(s) => Ok(s.to_string()),
            other => Err(type_error(format!(
                "__repr__ returned non-string (type {})",
                other.type_name()
            ))),
        }))
    }

    /// str() of a user instance through `__str__` (else `__repr__`).
    pub(crate) fn str_special(&mut self, v: &Value) -> Option<PyResult<String>> {
        user_class(v)?;
        match self.call_special(v, "__str__", vec![]) {
            Some(r) => Some(r.and_then(|s| match s {
                Value::Str(s) => Ok(s.to_string()),
                other => Err(type_error(format!(
                    "__str__ returned non-string (type {})",
                    other.type_name()
                ))),
            })),
            None => self.repr_special(v),
        }
    }
}

/// Built-in numbers: no special methods to look for on either side.
#[inline]
fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_))
}
