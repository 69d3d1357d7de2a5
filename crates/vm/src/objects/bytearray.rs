//! `bytearray`: a mutable, resizable byte string and buffer exporter.
//!
//! Supports construction like bytes, repr, indexing, slicing (copies),
//! item and slice assignment (any step, any bytes-like or iterable
//! source, CPython's quirk that assigning nothing to an extended slice
//! deletes it), `del` of items and slices, `append`, `extend`, `pop`,
//! `clear`, `insert`, `remove`, `copy`, `reverse`, `+`, `*`, `+=`, `*=`,
//! comparisons, `in`, and every method shared with bytes
//! ([`bytes::shared_method`]). Invariant: while `exports > 0` (a
//! memoryview is alive) the length never changes; every entry point that
//! may change it calls [`PyByteArray::resize`] with the new length after
//! validating its arguments, in CPython's order, which also replays
//! CPython's over-allocation for `sys.getsizeof`.

use crate::exceptions::{self, type_error, value_error, ExcType, PyResult};
use crate::interp::Vm;
use crate::objects::alloc::ByteArrayAlloc;
use crate::objects::bytes::{self, Kind};
use crate::objects::function::Args;
use crate::objects::slice;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Debug, Default)]
pub struct PyByteArray {
    pub data: RefCell<Vec<u8>>,
    /// Live exports (managed buffers of memoryviews).
    pub exports: Cell<usize>,
    pub alloc: ByteArrayAlloc,
}

impl PyByteArray {
    pub fn new(data: Vec<u8>) -> PyByteArray {
        PyByteArray {
            alloc: ByteArrayAlloc::exact(data.len()),
            data: RefCell::new(data),
            exports: Cell::new(0),
        }
    }

    /// CPython's `PyByteArray_Resize`, called before the data changes
    /// length: refuses while views are alive (an operation that keeps the
    /// length is allowed, as in CPython), else records the allocation.
    pub fn resize(&self, new_len: usize) -> PyResult<()> {
        let len = self.data.borrow().len();
        if self.exports.get() > 0 && new_len != len {
            return Err(exceptions::bytearray_resize_exported());
        }
        self.alloc.resize(len, new_len);
        Ok(())
    }

    /// Replaces the data, with the resize when the length changes.
    pub fn set_data(&self, new: Vec<u8>) -> PyResult<()> {
        self.resize(new.len())?;
        *self.data.borrow_mut() = new;
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.data.borrow().len()
    }
}

pub fn new_value(data: Vec<u8>) -> Value {
    Value::ByteArray(Rc::new(PyByteArray::new(data)))
}

/// `bytearray(b'...')`. Unlike bytes, CPython's bytearray repr escapes
/// every `'`, even inside double quotes.
pub fn repr(data: &[u8]) -> String {
    let inner = bytes::repr(data);
    let body = if inner.starts_with("b\"") {
        inner.replace('\'', "\\'")
    } else {
        inner
    };
    format!("bytearray({body})")
}

/// A single byte from an int-like value, with bytearray's messages.
pub fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    bytes::item_byte(vm, v, exceptions::byte_range)
}

/// Every method name of bytearray (for attribute lookup): the public names
/// of CPython's `bytearray.__dict__`.
pub fn methods() -> &'static [&'static str] {
    crate::type_dicts::public_names(crate::value::TypeId::ByteArray)
}

/// `METH_NOARGS` / `METH_O` / positional-only argument checks with
/// bytearray's qualified names.
fn check_args(args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    // The common well-formed call pays for no message formatting.
    if args.kw.is_empty() && (min..=max).contains(&args.pos.len()) {
        return Ok(());
    }
    let qualname = format!("bytearray.{name}");
    args.no_kwargs(&qualname)?;
    match (min, max) {
        (0, 0) => args.check_exact(&qualname, 0),
        (1, 1) => args.check_exact(&qualname, 1),
        _ => args.check_positional(name, min, max),
    }
}

pub fn call_method(
    vm: &mut Vm,
    this: &Rc<PyByteArray>,
    name: &str,
    args: &Args,
) -> Option<PyResult<Value>> {
    let r = match name {
        "append" => check_args(args, name, 1, 1).and_then(|()| {
            let b = byte_value(vm, &args.pos[0])?;
            this.resize(this.len() + 1)?;
            this.data.borrow_mut().push(b);
            Ok(Value::None)
        }),
        "extend" => check_args(args, name, 1, 1).and_then(|()| {
            let add = extend_source(vm, this, &args.pos[0])?;
            this.resize(this.len() + add.len())?;
            let cap = this.data.borrow().capacity();
            vm.check_buffer_growth(this.len().saturating_add(add.len()), cap)?;
            this.data.borrow_mut().extend_from_slice(&add);
            Ok(Value::None)
        }),
        "pop" => check_args(args, name, 0, 1).and_then(|()| {
            let i = match args.pos.first() {
                Some(v) => bytes::ssize_arg(vm, v)?,
                None => -1,
            };
            let len = this.len();
            if len == 0 {
                return Err(exceptions::index_error("pop from empty bytearray"));
            }
            let Some(i) = slice::index(i, len) else {
                return Err(exceptions::index_error("pop index out of range"));
            };
            this.resize(len - 1)?;
            Ok(Value::Int(this.data.borrow_mut().remove(i) as i64))
        }),
        "insert" => check_args(args, name, 2, 2).and_then(|()| {
            let i = bytes::ssize_arg(vm, &args.pos[0])?;
            let b = byte_value(vm, &args.pos[1])?;
            this.resize(this.len() + 1)?;
            let mut d = this.data.borrow_mut();
            let len = d.len() as i64;
            let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
            d.insert(i as usize, b);
            Ok(Value::None)
        }),
        "remove" => check_args(args, name, 1, 1).and_then(|()| {
            let b = byte_value(vm, &args.pos[0])?;
            let pos = this.data.borrow().iter().position(|&c| c == b);
            let Some(p) = pos else {
                return Err(value_error("value not found in bytearray"));
            };
            this.resize(this.len() - 1)?;
            this.data.borrow_mut().remove(p);
            Ok(Value::None)
        }),
        "clear" => check_args(args, name, 0, 0).and_then(|()| {
            this.set_data(Vec::new())?;
            Ok(Value::None)
        }),
        "copy" => check_args(args, name, 0, 0).map(|()| new_value(this.data.borrow().clone())),
        "reverse" => check_args(args, name, 0, 0).map(|()| {
            this.data.borrow_mut().reverse();
            Value::None
        }),
        // join's iterable may run Python code; CPython holds an export of
        // the separator meanwhile (so it cannot be resized) and reads it
        // afterwards. No other shared method calls back into Python.
        "join" => {
            this.exports.set(this.exports.get() + 1);
            let r = bytes::join_method(vm, Kind::ByteArray, args, || this.data.borrow().clone());
            this.exports.set(this.exports.get().saturating_sub(1));
            r
        }
        _ => {
            let data = this.data.borrow();
            return bytes::shared_method(vm, Kind::ByteArray, &data, None, name, args);
        }
    };
    Some(r)
}

/// The bytes `extend` adds: a buffer's bytes (the bytearray itself is
/// copied first), or an iterable's ints.
fn extend_source(vm: &mut Vm, this: &Rc<PyByteArray>, src: &Value) -> PyResult<Vec<u8>> {
    use crate::buffer::{BufferFault, ContiguousBuffer};
    if matches!(src, Value::ByteArray(b) if Rc::ptr_eq(b, this)) {
        return Ok(this.data.borrow().clone());
    }
    match ContiguousBuffer::of(src) {
        Ok(buf) => buf.with(<[u8]>::to_vec),
        Err(BufferFault::Released | BufferFault::NotContiguous) => Err(type_error(format!(
            "can't set bytearray slice from {}",
            src.type_name()
        ))),
        Err(BufferFault::NotBuffer) => {
            if !vm.is_iterable(src) {
                return Err(type_error(format!(
                    "can't extend bytearray with {}",
                    src.type_name()
                )));
            }
            let mut out = Vec::new();
            vm.for_each(src, |vm, item| {
                out.push(byte_value(vm, &item)?);
                Ok(())
            })?;
            Ok(out)
        }
    }
}

/// `b[key] = value`, or `del b[key]` when `value` is `None`, following
/// CPython's `bytearray_ass_subscript`: the index is converted first, an
/// item's value before the range check, and a slice's source is copied
/// into a new bytearray (as `bytearray(value)`) before it is spliced in;
/// an extended slice given an empty source is deleted (refused outright
/// while exported).
pub fn setitem(
    vm: &mut Vm,
    this: &PyByteArray,
    key: &Value,
    value: Option<&Value>,
) -> PyResult<()> {
    let len = this.data.borrow().len();
    let si = match key {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let Some(i) = bytes::index_key(key)? else {
                return Err(exceptions::index_overflow(ExcType::IndexError));
            };
            let byte = value.map(|v| byte_value(vm, v)).transpose()?;
            let Some(j) = slice::index(i, len) else {
                return Err(exceptions::index_out_of_range("bytearray"));
            };
            if let Some(b) = byte {
                if let Some(slot) = this.data.borrow_mut().get_mut(j) {
                    *slot = b;
                }
                return Ok(());
            }
            slice::SliceIndices {
                start: j as isize,
                stop: j as isize + 1,
                step: 1,
                len: 1,
            }
        }
        Value::Slice(s) => slice::adjust(s, len)?,
        _ => {
            return Err(type_error(format!(
                "bytearray indices must be integers or slices, not {}",
                key.type_name()
            )))
        }
    };
    let items = match value {
        None => Vec::new(),
        Some(Value::ByteArray(b)) => b.data.borrow().clone(),
        Some(
            Value::Int(_)
            | Value::Bool(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Complex(..)
            | Value::Str(_),
        ) => {
            return Err(type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        }
        Some(v) if is_number(v) => {
            return Err(type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        }
        Some(v) => bytes::from_args(vm, &Args::new(vec![v.clone()]), Kind::ByteArray)?,
    };
    let needed = items.len();
    if si.step == 1 {
        let new_len = len - si.len + needed;
        if si.start == 0 && new_len < len {
            if this.exports.get() > 0 {
                return Err(exceptions::bytearray_resize_exported());
            }
            this.alloc.delete_front(len, len - new_len);
        } else {
            this.resize(new_len)?;
        }
        let start = si.start as usize;
        this.data.borrow_mut().splice(start..start + si.len, items);
        return Ok(());
    }
    if needed == 0 {
        // CPython checks before deleting an extended slice, even an empty one.
        if this.exports.get() > 0 {
            return Err(exceptions::bytearray_resize_exported());
        }
        let mut drop = vec![false; len];
        for i in si.iter() {
            if let Some(d) = drop.get_mut(i) {
                *d = true;
            }
        }
        this.alloc.resize(len, len - si.len);
        let mut keep = drop.iter().map(|d| !d);
        this.data
            .borrow_mut()
            .retain(|_| keep.next().unwrap_or(true));
        return Ok(());
    }
    if needed != si.len {
        return Err(exceptions::value_error(format!(
            "attempt to assign bytes of size {needed} to extended slice of size {}",
            si.len
        )));
    }
    let mut d = this.data.borrow_mut();
    for (i, b) in si.iter().zip(items) {
        if let Some(slot) = d.get_mut(i) {
            *slot = b;
        }
    }
    Ok(())
}

/// Whether CPython's `PyNumber_Check` holds: such a value is refused as
/// a slice source instead of being iterated.
fn is_number(v: &Value) -> bool {
    match v {
        Value::Int(_)
        | Value::BigInt(_)
        | Value::Bool(_)
        | Value::Float(_)
        | Value::Complex(..) => true,
        v => crate::dispatch::user_class(v).is_some_and(|c| {
            ["__index__", "__int__", "__float__"]
                .iter()
                .any(|n| c.lookup(n).is_some())
        }),
    }
}
