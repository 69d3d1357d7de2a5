//! The `io` module: `io.BytesIO`, an in-memory binary stream.
//!
//! Supports `BytesIO(initial_bytes=None)`, `read`, `read1`, `readline`,
//! `readlines`, `readinto`, `write` (any C-contiguous buffer),
//! `writelines`, `getvalue`, `getbuffer`, `seek`, `tell`, `truncate`,
//! `close` and `closed`, `readable`/`writable`/`seekable`/`isatty`/
//! `flush`, the context manager and iteration over lines, with CPython
//! 3.11's argument checks and messages. Not supported: `fileno` (it
//! raises `io.UnsupportedOperation`, an exception pyview does not have),
//! `getstate`/`setstate`, and the other `io` classes.
//!
//! `getbuffer()` returns a memoryview over a `_io._BytesIOBuffer` that
//! exports the stream's bytes through [`BufferSource`]. While any such
//! view is alive the stream refuses every write, `truncate` and `close`
//! with CPython's `BufferError`, so the exported memory never moves.
//!
//! Invariants: `pos` never exceeds `isize::MAX`; it may lie past the end
//! of the data (a later write pads with zeros). No `RefCell` borrow of the
//! data is held while other objects' code runs.

use super::{check_at_most, check_slot_no_args, clinic_args, index_value};
use crate::buffer::ContiguousBuffer;
use crate::exceptions::{
    self, closed_file, err_from, overflow_error, type_error, value_error, ExcType, PyErr,
    PyException, PyResult,
};
use crate::interp::Vm;
use crate::objects::bytes::PyBytes;
use crate::objects::function::Args;
use crate::objects::native::BufferSource;
use crate::objects::native::NativeObject;
use crate::ops;
use crate::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub const BYTESIO_TYPE: &str = "_io.BytesIO";
const BUFFER_TYPE: &str = "_io._BytesIOBuffer";

/// `OverflowError: cannot fit 'int' into an index-sized integer`
fn index_overflow() -> Box<PyErr> {
    overflow_error("cannot fit 'int' into an index-sized integer")
}

/// A broken invariant: the data is borrowed elsewhere.
fn data_busy() -> Box<PyErr> {
    exceptions::new_err(ExcType::SystemError, "BytesIO data in use")
}

/// The stream, shared with the exports of its `getbuffer()` views.
#[derive(Debug, Default)]
struct State {
    data: RefCell<Vec<u8>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
    /// Live exports of `getbuffer()` views.
    exports: Cell<usize>,
}

impl State {
    fn check_closed(&self) -> PyResult<()> {
        if self.closed.get() {
            return Err(closed_file());
        }
        Ok(())
    }

    fn check_exports(&self) -> PyResult<()> {
        if self.exports.get() > 0 {
            return Err(exceptions::bytearray_resize_exported());
        }
        Ok(())
    }

    /// Up to `size` bytes (all when negative) from the position on.
    fn read(&self, size: i64) -> PyResult<Vec<u8>> {
        let data = self.data.try_borrow().map_err(|_| data_busy())?;
        let pos = self.pos.get();
        let avail = data.len().saturating_sub(pos);
        let n = usize::try_from(size).map_or(avail, |s| s.min(avail));
        let out = data.get(pos..pos + n).unwrap_or_default().to_vec();
        self.pos.set(pos + n);
        Ok(out)
    }

    /// One line (through `\n`), at most `size` bytes when non-negative.
    fn readline(&self, size: i64) -> PyResult<Vec<u8>> {
        let data = self.data.try_borrow().map_err(|_| data_busy())?;
        let pos = self.pos.get();
        let avail = data.len().saturating_sub(pos);
        let limit = usize::try_from(size).map_or(avail, |s| s.min(avail));
        let window = data.get(pos..pos + limit).unwrap_or_default();
        let n = window
            .iter()
            .position(|&c| c == b'\n')
            .map_or(limit, |i| i + 1);
        let out = window.get(..n).unwrap_or_default().to_vec();
        self.pos.set(pos + n);
        Ok(out)
    }

    /// `write(b)`: the number of bytes written.
    fn write(&self, vm: &Vm, b: &Value) -> PyResult<usize> {
        self.check_closed()?;
        self.check_exports()?;
        let src = ContiguousBuffer::readable(b)?;
        let n = src.len();
        if n == 0 {
            return Ok(0);
        }
        let pos = self.pos.get();
        let end = pos
            .checked_add(n)
            .filter(|&e| e <= isize::MAX as usize)
            .ok_or_else(|| overflow_error("new buffer size too large"))?;
        let mut data = self.data.try_borrow_mut().map_err(|_| data_busy())?;
        if end > data.len() {
            vm.check_alloc(end)?;
            let more = end - data.len();
            data.try_reserve(more)
                .map_err(|_| exceptions::memory_error(""))?;
            data.resize(end, 0);
        }
        let dst = data.get_mut(pos..end).ok_or_else(data_busy)?;
        src.with(|s| dst.copy_from_slice(s))?;
        self.pos.set(end);
        Ok(n)
    }
}

/// An `io.BytesIO` object.
#[derive(Debug)]
pub struct PyBytesIO {
    state: Rc<State>,
}

/// `read`'s size argument: an int or None (-1).
pub(super) fn optional_size(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    let v = v.map(|v| index_value(vm, v)).transpose()?;
    match v.as_ref() {
        None | Some(Value::None) => Ok(default),
        Some(Value::BigInt(_)) => Err(index_overflow()),
        Some(v @ (Value::Int(_) | Value::Bool(_))) => ops::index_i64(v),
        Some(other) => Err(type_error(format!(
            "argument should be integer or None, not '{}'",
            other.type_name()
        ))),
    }
}

/// `seek`'s whence: a C int.
fn whence_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let v = &index_value(vm, v)?;
    let n = match v {
        Value::BigInt(_) => None,
        Value::Int(_) | Value::Bool(_) => Some(ops::index_i64(v)?),
        other => return Err(exceptions::not_an_index(other.type_name())),
    };
    n.filter(|n| i32::try_from(*n).is_ok())
        .ok_or_else(|| overflow_error("Python int too large to convert to C int"))
}

fn bytes_value(data: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(PyBytes::new(data)))
}

fn stop_iteration() -> Box<PyErr> {
    err_from(PyException::new(ExcType::StopIteration, vec![]))
}

const METHODS: &[&str] = &[
    "read",
    "read1",
    "readline",
    "readlines",
    "readinto",
    "write",
    "writelines",
    "getvalue",
    "getbuffer",
    "seek",
    "tell",
    "truncate",
    "close",
    "readable",
    "writable",
    "seekable",
    "isatty",
    "flush",
    "__enter__",
    "__exit__",
    "__iter__",
    "__next__",
];

impl PyBytesIO {
    fn method(
        &self,
        vm: &mut Vm,
        this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> PyResult<Value> {
        let st = &self.state;
        let qual = format!("BytesIO.{name}");
        match name {
            "__exit__" => args.no_kwargs("__exit__")?,
            "__iter__" | "__next__" => check_slot_no_args(args, name)?,
            _ => args.no_kwargs(&qual)?,
        }
        match name {
            "read" | "read1" | "readline" | "truncate" => check_at_most(args, name, 1)?,
            "readlines" => check_at_most(args, name, 1)?,
            "seek" => {
                if args.pos.is_empty() {
                    return Err(type_error("seek expected at least 1 argument, got 0"));
                }
                check_at_most(args, name, 2)?
            }
            "write" | "writelines" | "readinto" => args.check_exact(&qual, 1)?,
            "__exit__" | "__iter__" | "__next__" => {}
            _ => args.check_exact(&qual, 0)?,
        }
        Ok(match name {
            "read" | "read1" => {
                let size = optional_size(vm, args.pos.first(), -1)?;
                st.check_closed()?;
                bytes_value(st.read(size)?)
            }
            "readline" => {
                let size = optional_size(vm, args.pos.first(), -1)?;
                st.check_closed()?;
                bytes_value(st.readline(size)?)
            }
            "readlines" => {
                st.check_closed()?;
                let hint = match args.pos.first() {
                    None | Some(Value::None) => -1,
                    Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
                        ops::index_i64(v)?
                    }
                    Some(other) => {
                        return Err(type_error(format!(
                            "integer argument expected, got '{}'",
                            other.type_name()
                        )))
                    }
                };
                let mut lines = Vec::new();
                let mut total = 0usize;
                loop {
                    let line = st.readline(-1)?;
                    if line.is_empty() {
                        break;
                    }
                    total += line.len();
                    lines.push(bytes_value(line));
                    if hint > 0 && total as u64 >= hint as u64 {
                        break;
                    }
                }
                Value::new_list(lines)
            }
            "readinto" => {
                let dst = ContiguousBuffer::writable(&args.pos[0], "readinto() argument")?;
                st.check_closed()?;
                // Copied out first: `dst` may view this very stream.
                let chunk = st.read(dst.len() as i64)?;
                dst.with_mut(|b| {
                    if let Some(d) = b.get_mut(..chunk.len()) {
                        d.copy_from_slice(&chunk);
                    }
                })?;
                Value::from_usize(chunk.len())
            }
            "write" => Value::from_usize(st.write(vm, &args.pos[0])?),
            "writelines" => {
                st.check_closed()?;
                let st = st.clone();
                vm.for_each(&args.pos[0], |vm, item| st.write(vm, &item).map(|_| ()))?;
                Value::None
            }
            "getvalue" => {
                st.check_closed()?;
                let data = st.data.try_borrow().map_err(|_| data_busy())?;
                bytes_value(data.clone())
            }
            "getbuffer" => {
                st.check_closed()?;
                let exporter = Value::Native(Rc::new(BytesIOBuffer { state: st.clone() }));
                crate::objects::memoryview::new_value(&exporter)?
            }
            "seek" => {
                let pos = ops::index_i64(&index_value(vm, &args.pos[0])?)?;
                let whence = match args.pos.get(1) {
                    Some(w) => whence_arg(vm, w)?,
                    None => 0,
                };
                st.check_closed()?;
                if pos < 0 && whence == 0 {
                    return Err(value_error(format!("negative seek value {pos}")));
                }
                let base = match whence {
                    0 => 0,
                    1 => st.pos.get(),
                    2 => st.data.try_borrow().map_err(|_| data_busy())?.len(),
                    _ => {
                        return Err(value_error(format!(
                            "invalid whence ({whence}, should be 0, 1 or 2)"
                        )))
                    }
                };
                let target = pos as i128 + base as i128;
                if target > isize::MAX as i128 {
                    return Err(overflow_error("new position too large"));
                }
                st.pos.set(target.max(0) as usize);
                Value::from_usize(st.pos.get())
            }
            "tell" => {
                st.check_closed()?;
                Value::from_usize(st.pos.get())
            }
            "truncate" => {
                let size = optional_size(vm, args.pos.first(), st.pos.get() as i64)?;
                st.check_closed()?;
                st.check_exports()?;
                if size < 0 {
                    return Err(value_error(format!("negative size value {size}")));
                }
                let mut data = st.data.try_borrow_mut().map_err(|_| data_busy())?;
                if (size as u64) < data.len() as u64 {
                    data.truncate(size as usize);
                }
                Value::Int(size)
            }
            "close" | "__exit__" => {
                st.check_exports()?;
                st.closed.set(true);
                *st.data.try_borrow_mut().map_err(|_| data_busy())? = Vec::new();
                Value::None
            }
            "readable" | "writable" | "seekable" => {
                st.check_closed()?;
                Value::Bool(true)
            }
            "isatty" => {
                st.check_closed()?;
                Value::Bool(false)
            }
            "flush" => {
                st.check_closed()?;
                Value::None
            }
            "__enter__" => {
                st.check_closed()?;
                Value::Native(this.clone())
            }
            "__iter__" => Value::Native(this.clone()),
            "__next__" => self.next_line()?.ok_or_else(stop_iteration)?,
            _ => return Err(exceptions::no_attribute(BYTESIO_TYPE, name)),
        })
    }

    fn next_line(&self) -> PyResult<Option<Value>> {
        self.state.check_closed()?;
        let line = self.state.readline(-1)?;
        Ok((!line.is_empty()).then(|| bytes_value(line)))
    }
}

impl NativeObject for PyBytesIO {
    fn type_name(&self) -> &'static str {
        BYTESIO_TYPE
    }

    fn getattr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        match name {
            "closed" => Some(Ok(Value::Bool(self.state.closed.get()))),
            _ => None,
        }
    }

    fn method_names(&self) -> &'static [&'static str] {
        METHODS
    }

    fn call_method(
        &self,
        vm: &mut Vm,
        this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        METHODS
            .contains(&name)
            .then(|| self.method(vm, this, name, args))
    }

    fn iter(&self, this: &Rc<dyn NativeObject>) -> Option<PyResult<Value>> {
        Some(Ok(Value::Native(this.clone())))
    }

    fn next(&self, _vm: &mut Vm, _this: &Rc<dyn NativeObject>) -> Option<PyResult<Option<Value>>> {
        Some(self.next_line())
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The object a `getbuffer()` view exports from (its `obj`).
#[derive(Debug)]
struct BytesIOBuffer {
    state: Rc<State>,
}

impl NativeObject for BytesIOBuffer {
    fn type_name(&self) -> &'static str {
        BUFFER_TYPE
    }

    fn buffer(&self, this: &Rc<dyn NativeObject>) -> Option<Rc<dyn BufferSource>> {
        Some(Rc::new(Export {
            owner: this.clone(),
            state: self.state.clone(),
        }))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The stream's bytes as seen by memoryviews.
#[derive(Debug)]
struct Export {
    owner: Rc<dyn NativeObject>,
    state: Rc<State>,
}

impl BufferSource for Export {
    fn owner(&self) -> Value {
        Value::Native(self.owner.clone())
    }

    fn with_bytes(&self, f: &mut dyn FnMut(&[u8])) {
        if let Ok(d) = self.state.data.try_borrow() {
            f(&d);
        }
    }

    fn with_bytes_mut(&self, f: &mut dyn FnMut(&mut [u8])) -> bool {
        match self.state.data.try_borrow_mut() {
            Ok(mut d) => {
                f(&mut d);
                true
            }
            Err(_) => false,
        }
    }

    fn readonly(&self) -> bool {
        false
    }

    fn add_export(&self) {
        self.state.exports.set(self.state.exports.get() + 1);
    }

    fn release_export(&self) {
        self.state
            .exports
            .set(self.state.exports.get().saturating_sub(1));
    }
}

/// `io.BytesIO(initial_bytes=None)`.
pub fn construct(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = clinic_args(args, "BytesIO", 0, &["initial_bytes"], 0)?;
    let state = Rc::new(State::default());
    if let Some(init) = a[0].as_ref().filter(|v| !v.is_none()) {
        state.write(vm, init)?;
        state.pos.set(0);
    }
    Ok(Value::Native(Rc::new(PyBytesIO { state })))
}
