//! `bytearray`: a mutable, resizable byte string and buffer exporter.
//!
//! Supports construction like bytes, repr, indexing, slicing (copies),
//! item and slice assignment (any step, any bytes-like or iterable
//! source), `del`, `append`, `extend`, `pop`, `clear`, `insert`, `copy`,
//! `reverse`, `+`, `*`, `+=`, `*=`, comparisons, `in`, and the shared byte
//! methods. Invariant: while `exports > 0` (a memoryview is alive) the
//! length never changes; every resizing entry point calls
//! [`PyByteArray::check_resize`] with the new length.

use crate::exceptions::{self, type_error, PyResult};
use crate::interp::Vm;
use crate::objects::bytes::{self, byte_method};
use crate::objects::function::Args;
use crate::objects::slice;
use crate::ops;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Debug, Default)]
pub struct PyByteArray {
    pub data: RefCell<Vec<u8>>,
    /// Live exports (managed buffers of memoryviews).
    pub exports: Cell<usize>,
}

impl PyByteArray {
    pub fn new(data: Vec<u8>) -> PyByteArray {
        PyByteArray {
            data: RefCell::new(data),
            exports: Cell::new(0),
        }
    }

    /// Refuses a change of length while views are alive (an operation
    /// that keeps the length is allowed, as in CPython).
    pub fn check_resize(&self, new_len: usize) -> PyResult<()> {
        if self.exports.get() > 0 && new_len != self.data.borrow().len() {
            return Err(exceptions::bytearray_resize_exported());
        }
        Ok(())
    }

    /// Replaces the data, with the resize check when the length changes.
    pub fn set_data(&self, new: Vec<u8>) -> PyResult<()> {
        self.check_resize(new.len())?;
        *self.data.borrow_mut() = new;
        Ok(())
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

/// A single byte from an int-like value, with bytearray's messages
/// (any int out of range, however large, is a `ValueError`).
pub fn byte_value(v: &Value) -> PyResult<u8> {
    if let Value::BigInt(_) = v {
        return Err(exceptions::byte_range());
    }
    let n = ops::index_i64(v)?;
    if !(0..256).contains(&n) {
        return Err(exceptions::byte_range());
    }
    Ok(n as u8)
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
            let Some(i) = slice::as_index(key).filter(|_| !matches!(key, Value::BigInt(_))) else {
                return Err(exceptions::index_error(
                    "cannot fit 'int' into an index-sized integer",
                ));
            };
            let byte = value.map(byte_value).transpose()?;
            let Some(j) = slice::index(i, len) else {
                return Err(exceptions::index_out_of_range("bytearray"));
            };
            if let Some(b) = byte {
                this.data.borrow_mut()[j] = b;
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
        Some(v) => bytes::from_args(vm, &Args::new(vec![v.clone()]), "bytearray")?,
    };
    let needed = items.len();
    if si.step == 1 {
        this.check_resize(len - si.len + needed)?;
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
            drop[i] = true;
        }
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
        d[i] = b;
    }
    Ok(())
}

pub fn call_method(
    vm: &mut Vm,
    this: &Rc<PyByteArray>,
    name: &str,
    args: &Args,
) -> Option<PyResult<Value>> {
    let r = match name {
        "append" => (|| {
            args.check_exact("bytearray.append", 1)?;
            let b = byte_value(&args.pos[0])?;
            this.check_resize(this.data.borrow().len() + 1)?;
            this.data.borrow_mut().push(b);
            Ok(Value::None)
        })(),
        "extend" => (|| {
            args.check_exact("bytearray.extend", 1)?;
            let src = &args.pos[0];
            // A buffer is taken whole; the bytearray itself is copied first.
            let add = match crate::buffer::ContiguousBuffer::of(src) {
                _ if matches!(src, Value::ByteArray(b) if Rc::ptr_eq(b, this)) => {
                    this.data.borrow().clone()
                }
                Ok(buf) => buf.with(<[u8]>::to_vec)?,
                Err(
                    crate::buffer::BufferFault::Released
                    | crate::buffer::BufferFault::NotContiguous,
                ) => {
                    return Err(type_error(format!(
                        "can't set bytearray slice from {}",
                        src.type_name()
                    )))
                }
                Err(crate::buffer::BufferFault::NotBuffer) => {
                    if !vm.is_iterable(src) {
                        return Err(type_error(format!(
                            "can't extend bytearray with {}",
                            src.type_name()
                        )));
                    }
                    let mut out = Vec::new();
                    vm.for_each(src, |_, item| {
                        out.push(byte_value(&item)?);
                        Ok(())
                    })?;
                    out
                }
            };
            this.check_resize(this.data.borrow().len() + add.len())?;
            this.data.borrow_mut().extend_from_slice(&add);
            Ok(Value::None)
        })(),
        "pop" => (|| {
            args.check_max("pop", 1)?;
            let i = match args.pos.first() {
                Some(v) => ops::index_i64(v)?,
                None => -1,
            };
            let len = this.data.borrow().len();
            if len == 0 {
                return Err(exceptions::index_error("pop from empty bytearray"));
            }
            let Some(i) = crate::objects::slice::index(i, len) else {
                return Err(exceptions::index_error("pop index out of range"));
            };
            this.check_resize(len - 1)?;
            Ok(Value::Int(this.data.borrow_mut().remove(i) as i64))
        })(),
        "insert" => (|| {
            args.check_exact_n("insert", 2)?;
            let i = ops::index_i64(&args.pos[0])?;
            let b = byte_value(&args.pos[1])?;
            this.check_resize(this.data.borrow().len() + 1)?;
            let mut d = this.data.borrow_mut();
            let len = d.len() as i64;
            let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
            d.insert(i as usize, b);
            Ok(Value::None)
        })(),
        "remove" => (|| {
            args.check_exact("bytearray.remove", 1)?;
            let b = byte_value(&args.pos[0])?;
            let pos = this.data.borrow().iter().position(|&c| c == b);
            let Some(p) = pos else {
                return Err(exceptions::value_error("value not found in bytearray"));
            };
            this.check_resize(this.data.borrow().len() - 1)?;
            this.data.borrow_mut().remove(p);
            Ok(Value::None)
        })(),
        "clear" => (|| {
            args.check_exact("bytearray.clear", 0)?;
            this.check_resize(0)?;
            this.data.borrow_mut().clear();
            Ok(Value::None)
        })(),
        "copy" => (|| {
            args.check_exact("bytearray.copy", 0)?;
            Ok(new_value(this.data.borrow().clone()))
        })(),
        "reverse" => (|| {
            args.check_exact("bytearray.reverse", 0)?;
            this.data.borrow_mut().reverse();
            Ok(Value::None)
        })(),
        _ => {
            let data = this.data.borrow().clone();
            return byte_method(vm, &data, "bytearray", name, args, new_value);
        }
    };
    Some(r)
}
