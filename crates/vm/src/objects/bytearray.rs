//! `bytearray`: a mutable, resizable byte string and buffer exporter.
//!
//! Supports construction like bytes, repr, indexing, slicing (copies),
//! item and slice assignment (any step, any bytes-like or iterable
//! source), `del`, `append`, `extend`, `pop`, `clear`, `insert`, `copy`,
//! `reverse`, `+`, `*`, `+=`, `*=`, comparisons, `in`, and the shared byte
//! methods. Invariant: while `exports > 0` (a memoryview is alive) the
//! length never changes; every resizing entry point calls
//! [`PyByteArray::check_resize`].

use crate::exceptions::{self, type_error, PyResult};
use crate::interp::Vm;
use crate::objects::bytes::{self, byte_method};
use crate::objects::function::Args;
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

    /// Refuses to resize while views are alive.
    pub fn check_resize(&self) -> PyResult<()> {
        if self.exports.get() > 0 {
            return Err(exceptions::bytearray_resize_exported());
        }
        Ok(())
    }

    /// Replaces the data, with the resize check when the length changes.
    pub fn set_data(&self, new: Vec<u8>) -> PyResult<()> {
        if new.len() != self.data.borrow().len() {
            self.check_resize()?;
        }
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

/// A single byte from an int-like value, with bytearray's messages.
pub fn byte_value(v: &Value) -> PyResult<u8> {
    let n = ops::index_i64(v)?;
    if !(0..256).contains(&n) {
        return Err(exceptions::byte_range());
    }
    Ok(n as u8)
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
            this.check_resize()?;
            this.data.borrow_mut().push(b);
            Ok(Value::None)
        })(),
        "extend" => (|| {
            args.check_exact("bytearray.extend", 1)?;
            let src = &args.pos[0];
            let add = match crate::buffer::to_vec(src) {
                Some(v) => v?,
                None => {
                    if matches!(src, Value::Str(_)) || !vm.is_iterable(src) {
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
            this.check_resize()?;
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
            this.check_resize()?;
            Ok(Value::Int(this.data.borrow_mut().remove(i) as i64))
        })(),
        "insert" => (|| {
            args.check_exact_n("insert", 2)?;
            let i = ops::index_i64(&args.pos[0])?;
            let b = byte_value(&args.pos[1])?;
            this.check_resize()?;
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
            this.check_resize()?;
            this.data.borrow_mut().remove(p);
            Ok(Value::None)
        })(),
        "clear" => (|| {
            args.check_exact("bytearray.clear", 0)?;
            this.check_resize()?;
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
