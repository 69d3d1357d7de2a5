//! The extension point for types implemented in Rust outside the core
//! value enum: the types of built-in modules (`struct.Struct`,
//! `io.BytesIO`) and, later, types a host application registers.
//!
//! A native object answers attribute lookups and method calls by name and
//! may export a buffer through [`BufferSource`], the same protocol the
//! built-in exporters use (see [`crate::buffer`]). It may be iterable
//! (`iter`, `next`). Its class is `Value::Type(TypeId::Native(type_name))`;
//! calling the class goes to `modules::construct`.

use crate::buffer::Format;
use crate::exceptions::PyResult;
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::value::Value;
use std::any::Any;
use std::rc::Rc;

pub trait NativeObject: std::fmt::Debug + Any {
    /// The type name CPython's messages use (`'_io.BytesIO' object ...`).
    fn type_name(&self) -> &'static str;

    /// `repr(obj)`; `addr` is the object's address.
    fn repr(&self, addr: usize) -> String {
        format!("<{} object at {addr:#x}>", self.type_name())
    }

    /// Non-method attributes.
    fn getattr(&self, _vm: &mut Vm, _name: &str) -> Option<PyResult<Value>> {
        None
    }

    /// Names [`NativeObject::call_method`] answers to (for bound methods
    /// and the `with` statement's `__enter__`/`__exit__` check).
    fn method_names(&self) -> &'static [&'static str] {
        &[]
    }

    /// `obj.name(*args)`; `this` is the object itself. `None` when there
    /// is no such method.
    fn call_method(
        &self,
        vm: &mut Vm,
        this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>>;

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
