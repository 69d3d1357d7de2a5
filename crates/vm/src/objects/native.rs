//! The extension point for types implemented in Rust outside the core
//! value enum: the types of built-in modules (`struct.Struct`,
//! `io.BytesIO`) and, later, types a host application registers.
//!
//! A native object answers attribute lookups and method calls by name and
//! may export a buffer through [`BufferSource`], the same protocol the
//! built-in exporters use (see [`crate::buffer`]). It may be iterable
//! (`iter`, `next`). Its class is `Value::Type(TypeId::Native(type_name))`;
//! calling the class goes to `modules::construct`.
//!
//! A native object takes part in the language's protocols by listing the
//! special methods it implements in [`NativeObject::method_names`] and
//! answering them in [`NativeObject::call_method`]: `__call__`,
//! `__getitem__`, `__setitem__`, `__delitem__`, `__contains__`, `__repr__`
//! (when the repr needs the interpreter), the rich comparisons, the binary
//! operators with their reflected and in-place forms, and `__reversed__`.
//! The `Vm` methods at the end of this file are the VM's side of that.

use crate::buffer::Format;
use crate::exceptions::{type_error, PyResult};
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::value::Value;
use pyview_syntax::ir::{BinOp, CmpOp};
use std::any::Any;
use std::rc::Rc;

pub trait NativeObject: std::fmt::Debug + Any {
    /// The type name CPython's messages use (`'_io.BytesIO' object ...`).
    fn type_name(&self) -> &'static str;

    /// `repr(obj)`; `addr` is the object's address.
    fn repr(&self, addr: usize) -> String {
        format!("<{} object at {addr:#x}>", self.type_name())
    }

    /// Calls `f` on the values the object holds, for the cycle collector;
    /// what it does not report keeps those values alive.
    fn each_child(&self, _f: &mut dyn FnMut(&Value)) {}

    /// Non-method attributes.
    fn getattr(&self, _vm: &mut Vm, _name: &str) -> Option<PyResult<Value>> {
        None
    }

    /// `obj.name = v` for objects with a `__dict__`; `None` refuses it as
    /// for a read-only object.
    fn setattr(&self, _name: &str, _v: &Value) -> Option<PyResult<()>> {
        None
    }

    /// `del obj.name`; `None` when there is no such attribute to delete
    /// (the caller reports it as for any built-in value).
    fn delattr(&self, _name: &str) -> Option<PyResult<()>> {
        None
    }

    /// Names [`NativeObject::call_method`] answers to (for bound methods
    /// and the `with` statement's `__enter__`/`__exit__` check).
    fn method_names(&self) -> &'static [&'static str] {
        &[]
    }

    /// Names `dir()` lists beyond `object`'s (empty: [`Self::method_names`]
    /// stands in), which attribute suggestions draw on.
    fn dir_names(&self) -> &'static [&'static str] {
        &[]
    }

    /// `obj.name(*args)`; `this` is the object itself. `None` when there
    /// is no such method.
    fn call_method(
        &self,
        _vm: &mut Vm,
        _this: &Rc<dyn NativeObject>,
        _name: &str,
        _args: &Args,
    ) -> Option<PyResult<Value>> {
        None
    }

    /// `iter(obj)`; `None` when the object is not iterable. Iterators
    /// return `this`.
    fn iter(&self, _this: &Rc<dyn NativeObject>) -> Option<PyResult<Value>> {
        None
    }

    /// `next(obj)`: `Ok(None)` when exhausted; `None` when the object is
    /// not an iterator.
    fn next(&self, _vm: &mut Vm, _this: &Rc<dyn NativeObject>) -> Option<PyResult<Option<Value>>> {
        None
    }

    /// `len(obj)`, if supported.
    fn len(&self) -> Option<PyResult<usize>> {
        None
    }

    /// The tuple a struct-sequence-like object stands for in indexing and
    /// comparisons (`sys.version_info >= (3, 8)`); `None` for others.
    fn as_tuple(&self) -> Option<Value> {
        None
    }

    /// `hash(obj)`: `None` hashes by identity; `Some(Err(..))` for an
    /// unhashable object.
    fn hash(&self) -> Option<PyResult<i64>> {
        None
    }

    /// The built-in type instances also count as (`isinstance(x, dict)`).
    fn base_type(&self) -> Option<crate::value::TypeId> {
        None
    }

    /// Whether the object binds like a function when found on a class
    /// (a method descriptor: `functools.lru_cache` wrappers do).
    fn binds(&self) -> bool {
        false
    }

    /// The object's exported memory, if it supports the buffer protocol.
    fn buffer(&self, _this: &Rc<dyn NativeObject>) -> Option<Rc<dyn BufferSource>> {
        None
    }

    fn as_any(&self) -> &dyn Any;
}

/// Memory a native object lets memoryviews see. Exports are counted by
/// the implementation: `add_export` when a managed buffer is created,
/// `release_export` when it is dropped; while any is live the source must
/// not change its length.
pub trait BufferSource: std::fmt::Debug {
    /// The object memoryview's `obj` attribute returns.
    fn owner(&self) -> Value;
    fn with_bytes(&self, f: &mut dyn FnMut(&[u8]));
    /// Runs `f` over the bytes mutably; `false` when read-only.
    fn with_bytes_mut(&self, f: &mut dyn FnMut(&mut [u8])) -> bool;
    fn readonly(&self) -> bool;
    fn format(&self) -> Format {
        Format::UNSIGNED_BYTE
    }
    /// The format string memoryview reports.
    fn format_str(&self) -> String {
        "B".to_string()
    }
    fn add_export(&self);
    fn release_export(&self);
    /// Whether the owner has withdrawn the memory (a host revoking a
    /// buffer): every view of it then behaves as released.
    fn revoked(&self) -> bool {
        false
    }
}

/// The special method of a binary operator (`add` for `+`).
fn binop_dunder(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "add",
        BinOp::Sub => "sub",
        BinOp::Mul => "mul",
        BinOp::MatMul => "matmul",
        BinOp::Div => "truediv",
        BinOp::FloorDiv => "floordiv",
        BinOp::Mod => "mod",
        BinOp::Pow => "pow",
        BinOp::LShift => "lshift",
        BinOp::RShift => "rshift",
        BinOp::BitOr => "or",
        BinOp::BitXor => "xor",
        BinOp::BitAnd => "and",
    }
}

impl Vm {
    /// `obj.name(*args)` when `obj` is a native object implementing the
    /// special method `name`; `None` otherwise.
    pub(crate) fn native_special(
        &mut self,
        obj: &Value,
        name: &str,
        args: impl FnOnce() -> Vec<Value>,
    ) -> Option<PyResult<Value>> {
        // Built-in values reach here on every subscript: the arguments
        // are only made for a native object.
        let Value::Native(o) = obj else {
            return None;
        };
        if !o.method_names().contains(&name) {
            return None;
        }
        o.call_method(self, o, name, &Args::new(args()))
    }

    /// Calls a native object with `__call__`.
    pub(crate) fn native_call(&mut self, obj: &Value, args: &Args) -> Option<PyResult<Value>> {
        match obj {
            Value::Native(o) if o.method_names().contains(&"__call__") => {
                o.call_method(self, o, "__call__", args)
            }
            _ => None,
        }
    }

    /// A rich comparison involving a native object that implements it;
    /// `None` to fall back to the built-in rules.
    pub(crate) fn native_compare(
        &mut self,
        op: CmpOp,
        a: &Value,
        b: &Value,
    ) -> Option<PyResult<bool>> {
        let r = self.native_compare_raw(op, a, b)?;
        Some(r.and_then(|v| self.truthy(&v)))
    }

    /// [`Vm::native_compare`] with the special method's result unchanged.
    pub(crate) fn native_compare_raw(
        &mut self,
        op: CmpOp,
        a: &Value,
        b: &Value,
    ) -> Option<PyResult<Value>> {
        if let Some(r) = crate::modules::collections::counter_compare(self, op, a, b) {
            return Some(r);
        }
        if !matches!(a, Value::Native(_)) && !matches!(b, Value::Native(_)) {
            return None;
        }
        let (name, reflected) = match op {
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::NotEq => ("__ne__", "__ne__"),
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::LtE => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::GtE => ("__ge__", "__le__"),
            _ => return None,
        };
        for (x, y, n) in [(a, b, name), (b, a, reflected)] {
            match self.native_special(x, n, || vec![y.clone()]) {
                None | Some(Ok(Value::NotImplemented)) => {}
                r => return r,
            }
        }
        None
    }

    /// `a <op> b` (or `a <op>= b`) through a native object's special
    /// methods (or the `collections` dict types' operators); `None` when
    /// neither operand implements it.
    pub(crate) fn native_binary(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> Option<PyResult<Value>> {
        let counter = |v: &Value| matches!(v, Value::Dict(d) if !d.is_plain());
        if counter(a) || counter(b) {
            return crate::modules::collections::dict_binary(self, op, a, b);
        }
        if !matches!(a, Value::Native(_)) && !matches!(b, Value::Native(_)) {
            return None;
        }
        let name = binop_dunder(op);
        let mut tries = Vec::with_capacity(3);
        if inplace {
            tries.push((a, b, format!("__i{name}__")));
        }
        tries.push((a, b, format!("__{name}__")));
        tries.push((b, a, format!("__r{name}__")));
        for (x, y, n) in tries {
            match self.native_special(x, &n, || vec![y.clone()]) {
                None | Some(Ok(Value::NotImplemented)) => {}
                r => return r,
            }
        }
        None
    }

    /// `item in obj` for a native object: `__contains__`, else a search of
    /// its iteration.
    pub(crate) fn native_contains(&mut self, obj: &Value, item: &Value) -> PyResult<bool> {
        if let Some(r) = self.native_special(obj, "__contains__", || vec![item.clone()]) {
            let v = r?;
            return self.truthy(&v);
        }
        if !self.is_iterable(obj) {
            return Err(type_error(format!(
                "argument of type '{}' is not iterable",
                obj.type_name()
            )));
        }
        let mut found = false;
        self.for_each_until(obj, |vm, v| {
            found = v.is(item) || vm.compare(CmpOp::Eq, &v, item)?;
            Ok(found)
        })?;
        Ok(found)
    }
}
