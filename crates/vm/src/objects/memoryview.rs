//! `memoryview`: a window onto an exporter's memory (see [`crate::buffer`]
//! for the ownership, export and contiguity rules).
//!
//! Supports all of CPython 3.11's memoryview: the attributes `obj nbytes
//! readonly itemsize format ndim shape strides suboffsets c_contiguous
//! f_contiguous contiguous`; indexing (`m[i]`, `m[i, j]` on N-D views,
//! `m[()]` and `m[...]` on 0-D views) and slicing the first dimension with
//! any step, without copying; item and 1-D slice assignment with
//! CPython's checks and messages; `cast` between byte and native formats,
//! 1-D to N-D and back; `tolist`, `tobytes(order)`, `hex(sep,
//! bytes_per_sep)`, `toreadonly`, `release` and the context manager;
//! `len`, iteration and `in` (1-D only, as in CPython); `==` over unpacked
//! items, whatever the two formats; `hash` of read-only byte-format views;
//! and the repr, released or not. The `NotImplementedError`s CPython
//! raises (N-D sub-views, N-D slicing, unpacking an unknown format) are
//! raised with the same texts.
//!
//! Not supported: exporters whose format is a multi-item struct string
//! (none of pyview's exporters have one); CPython would compare those
//! through the struct module, here such views compare unequal.
//!
//! Invariants: a view's geometry (`offset`, `shape`, `strides`) addresses
//! only bytes inside its exporter (the exporter cannot resize while the
//! managed buffer lives), except that an empty view may carry any offset:
//! nothing is ever read through it. `mbuf` is `None` exactly when the view
//! is released, and every entry point goes through [`PyMemoryView::mbuf`].

use crate::buffer::{Exporter, Format, ManagedBuffer};
use crate::exceptions::{
    self, buffer_error, index_error, not_implemented, overflow_error, type_error, value_error,
    ExcType, PyResult,
};
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::objects::slice;
use crate::ops;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// CPython's `PyBUF_MAX_NDIM`.
const MAX_NDIM: usize = 64;

#[derive(Debug)]
pub struct PyMemoryView {
    mbuf: RefCell<Option<Rc<ManagedBuffer>>>,
    /// Buffers this view has handed to consumers that keep them.
    exports: Cell<usize>,
    /// `hash(m)`, computed once; a released view keeps answering it.
    hash: Cell<Option<i64>>,
    pub format: Format,
    /// The format string as given (`'B'`, `'@i'`, `'w'`...).
    pub format_str: Rc<str>,
    pub readonly: bool,
    /// Byte offset of the first item in the exporter.
    pub offset: isize,
    pub shape: Dims<usize>,
    pub strides: Dims<isize>,
    /// The object `obj` names when it is not the exporter of the memory: a
    /// Python-written exporter whose buffer is a view it keeps (see
    /// `buffer::VIEW_ATTR`).
    owner: Option<Value>,
}

/// Shape and strides, inline up to two dimensions: slicing a 1-D view,
/// the hot case, allocates nothing for its geometry.
pub type Dims<T> = smallvec::SmallVec<[T; 2]>;

/// One buffer a view exported to a long-lived consumer (see
/// [`crate::buffer::hold`]); dropping it gives the export back.
#[derive(Debug)]
pub struct ViewExport(Rc<PyMemoryView>);

impl ViewExport {
    pub fn view(&self) -> &PyMemoryView {
        &self.0
    }
}

impl Drop for ViewExport {
    fn drop(&mut self) {
        let n = self.0.exports.get();
        self.0.exports.set(n.saturating_sub(1));
    }
}

/// C-order strides of a contiguous array of `shape`.
fn c_strides(shape: &[usize], itemsize: usize) -> Dims<isize> {
    let mut strides: Dims<isize> = smallvec::smallvec![0isize; shape.len()];
    let mut acc = itemsize as isize;
    for (s, &n) in strides.iter_mut().zip(shape).rev() {
        *s = acc;
        acc = acc.saturating_mul(n as isize);
    }
    strides
}

/// A subscript that is an integer: `Some(Ok(i))`, or the `IndexError` of
/// an int too large for an index; `None` for every other key.
fn index_key(key: &Value) -> Option<PyResult<isize>> {
    match key {
        Value::Int(i) => Some(Ok(*i as isize)),
        Value::Bool(b) => Some(Ok(*b as isize)),
        Value::BigInt(_) => Some(Err(index_error(
            "cannot fit 'int' into an index-sized integer",
        ))),
        _ => None,
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

fn released_or<T>(v: Option<T>) -> PyResult<T> {
    v.ok_or_else(exceptions::released_view)
}

impl PyMemoryView {
    /// `memoryview(obj)`: a new view of a whole exporter, or a copy of
    /// another view's geometry sharing its managed buffer.
    pub fn from_object(obj: &Value) -> PyResult<PyMemoryView> {
        if let Value::MemoryView(m) = obj {
            return Ok(m.derive(
                m.mbuf()?,
                m.offset,
                Dims::from_slice(&m.shape),
                Dims::from_slice(&m.strides),
            ));
        }
        if let Some(m) = crate::buffer::exported_view(obj) {
            let mut view = PyMemoryView::from_object(&m)?;
            view.owner = Some(obj.clone());
            return Ok(view);
        }
        let Some(exp) = Exporter::of(obj) else {
            return Err(exceptions::not_buffer(obj.type_name()));
        };
        if exp.revoked() {
            return Err(exceptions::released_view());
        }
        let format = exp.format();
        let nbytes = exp.with(|b| b.len());
        let readonly = exp.readonly();
        let format_str: Rc<str> = match &exp {
            Exporter::Array(a) => a.code.buffer_format().into(),
            Exporter::Native(n) => n.format_str().into(),
            _ => "B".into(),
        };
        let size = format.size.max(1);
        Ok(PyMemoryView {
            mbuf: RefCell::new(Some(ManagedBuffer::new(exp))),
            exports: Cell::new(0),
            hash: Cell::new(None),
            format,
            format_str,
            readonly,
            offset: 0,
            shape: smallvec::smallvec![nbytes / size],
            strides: smallvec::smallvec![size as isize],
            owner: None,
        })
    }

    /// A view of the same memory and format with another geometry.
    fn derive(
        &self,
        mbuf: Rc<ManagedBuffer>,
        offset: isize,
        shape: Dims<usize>,
        strides: Dims<isize>,
    ) -> PyMemoryView {
        PyMemoryView {
            mbuf: RefCell::new(Some(mbuf)),
            exports: Cell::new(0),
            hash: Cell::new(None),
            format: self.format,
            format_str: self.format_str.clone(),
            readonly: self.readonly,
            offset,
            shape,
            strides,
            owner: self.owner.clone(),
        }
    }

    /// The one guard for released views: the managed buffer, or
    /// "operation forbidden on released memoryview object".
    pub fn mbuf(&self) -> PyResult<Rc<ManagedBuffer>> {
        released_or(self.mbuf.borrow().clone().filter(|m| !m.exporter.revoked()))
    }

    /// Released by `release()`, or by its exporter's owner revoking it.
    pub fn is_released(&self) -> bool {
        self.mbuf
            .borrow()
            .as_ref()
            .is_none_or(|m| m.exporter.revoked())
    }

    /// `m.release()`: refused while the view has exported buffers.
    pub fn release(&self) -> PyResult<()> {
        let n = self.exports.get();
        if n > 0 && !self.is_released() {
            return Err(buffer_error(format!(
                "memoryview has {n} exported buffer{}",
                if n == 1 { "" } else { "s" }
            )));
        }
        self.mbuf.borrow_mut().take();
        Ok(())
    }

    /// Exports this view to a consumer that keeps it.
    pub fn export(self: &Rc<Self>) -> PyResult<ViewExport> {
        self.mbuf()?;
        self.exports.set(self.exports.get() + 1);
        Ok(ViewExport(self.clone()))
    }

    pub fn ndim(&self) -> usize {
        self.shape.len()
    }

    /// `len(m)`: the first dimension; 1 for a 0-D view, as in 3.11.
    pub fn len(&self) -> PyResult<usize> {
        self.mbuf()?;
        Ok(self.shape.first().copied().unwrap_or(1))
    }

    pub fn nitems(&self) -> usize {
        self.shape.iter().product()
    }

    /// Whether writes are refused: the view's own flag, or an exporter that
    /// became read-only after the view was made (a host buffer).
    pub fn is_readonly(&self) -> bool {
        self.readonly
            || self
                .mbuf
                .borrow()
                .as_ref()
                .is_some_and(|b| b.exporter.readonly())
    }

    pub fn nbytes(&self) -> usize {
        self.nitems() * self.format.size
    }

    /// CPython's contiguity flags (`init_flags`): see the buffer essay.
    fn contiguous(&self, c_order: bool) -> bool {
        match self.ndim() {
            0 => true,
            1 => self.shape[0] == 1 || self.strides[0] == self.format.size as isize,
            _ => {
                if self.nitems() == 0 {
                    return true;
                }
                let mut expected = self.format.size as isize;
                let dims = self.shape.iter().zip(&self.strides);
                let check = |(&n, &s): (&usize, &isize), expected: &mut isize| {
                    let ok = n <= 1 || s == *expected;
                    *expected *= n as isize;
                    ok
                };
                if c_order {
                    dims.rev().all(|d| check(d, &mut expected))
                } else {
                    dims.into_iter().all(|d| check(d, &mut expected))
                }
            }
        }
    }

    pub fn is_c_contiguous(&self) -> bool {
        self.contiguous(true)
    }

    pub fn is_f_contiguous(&self) -> bool {
        self.contiguous(false)
    }

    /// The item format, checked to be one character (with an optional
    /// `@`) as CPython's `adjust_fmt` does before any item access.
    fn item_format(&self) -> PyResult<Format> {
        let s = self
            .format_str
            .strip_prefix('@')
            .unwrap_or(&self.format_str);
        if s.len() != 1 {
            return Err(not_implemented(format!(
                "memoryview: unsupported format {}",
                self.format_str
            )));
        }
        Ok(self.format)
    }

    fn unsupported(&self) -> Box<exceptions::PyErr> {
        let s = self
            .format_str
            .strip_prefix('@')
            .unwrap_or(&self.format_str);
        not_implemented(format!("memoryview: format {s} not supported"))
    }

    /// Byte offsets of every item, in C order or (`fortran`) Fortran order.
    fn item_offsets(&self, fortran: bool) -> Vec<isize> {
        let n = self.nitems();
        let mut out = Vec::with_capacity(n);
        if n == 0 {
            return out;
        }
        let nd = self.ndim();
        let mut idx = vec![0usize; nd];
        let mut off = self.offset;
        for _ in 0..n {
            out.push(off);
            // Advance the odometer: the last index fastest in C order.
            for k in 0..nd {
                let d = if fortran { k } else { nd - 1 - k };
                idx[d] += 1;
                off += self.strides[d];
                if idx[d] < self.shape[d] {
                    break;
                }
                off -= self.strides[d] * self.shape[d] as isize;
                idx[d] = 0;
            }
        }
        out
    }

    fn copy_items(&self, mbuf: &ManagedBuffer, fortran: bool) -> PyResult<Vec<u8>> {
        let size = self.format.size;
        if self.nitems() == 0 {
            return Ok(Vec::new());
        }
        if self.is_c_contiguous() && (!fortran || self.ndim() <= 1) {
            let start = self.offset as usize;
            let n = self.nbytes();
            return mbuf
                .exporter
                .with(|b| b.get(start..start + n).map(<[u8]>::to_vec))
                .ok_or_else(out_of_bounds);
        }
        let offs = self.item_offsets(fortran);
        mbuf.exporter.with(|b| {
            let mut out = Vec::with_capacity(offs.len() * size);
            for o in offs {
                let o = o as usize;
                out.extend_from_slice(b.get(o..o + size).ok_or_else(out_of_bounds)?);
            }
            Ok(out)
        })
    }

    /// Copies the viewed bytes out in C order.
    pub fn to_bytes(&self) -> PyResult<Vec<u8>> {
        self.copy_items(&*self.mbuf()?, false)
    }

    /// The bytes for a consumer asking for a simple buffer, which a view
    /// that is not C-contiguous cannot give.
    pub fn contiguous_bytes(&self) -> PyResult<Vec<u8>> {
        let mbuf = self.mbuf()?;
        if !self.is_c_contiguous() {
            return Err(buffer_error(
                "memoryview: underlying buffer is not C-contiguous",
            ));
        }
        self.copy_items(&mbuf, false)
    }

    fn unpack_at(&self, mbuf: &ManagedBuffer, off: isize) -> PyResult<Value> {
        let fmt = self.format;
        let o = off as usize;
        let item = mbuf
            .exporter
            .with(|b| b.get(o..o + fmt.size).map(|s| fmt.unpack(s)))
            .ok_or_else(out_of_bounds)?;
        item.ok_or_else(|| self.unsupported())
    }

    fn pack_at(&self, vm: &mut Vm, mbuf: &ManagedBuffer, off: isize, v: &Value) -> PyResult<()> {
        let fmt = self.format;
        let mut item = [0u8; 8];
        let item = item.get_mut(..fmt.size).ok_or_else(|| self.unsupported())?;
        let v = convert_item(vm, fmt, v)?;
        fmt.pack(&v, item)?;
        write_bytes(mbuf, off, item)
    }

    /// Byte offset of index `i` along dimension `dim`, relative to the
    /// start of that dimension.
    fn dim_offset(&self, dim: usize, i: isize) -> PyResult<isize> {
        let n = self.shape[dim] as isize;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(index_error(format!(
                "index out of bounds on dimension {}",
                dim + 1
            )));
        }
        Ok(j * self.strides[dim])
    }

    /// Offset of the item `m[i, j, ...]` (a tuple of ints).
    fn tuple_offset(&self, items: &[Value]) -> PyResult<isize> {
        if items.len() > self.ndim() {
            return Err(type_error(format!(
                "cannot index {}-dimension view with {}-element tuple",
                self.ndim(),
                items.len()
            )));
        }
        let mut off = self.offset;
        for (d, v) in items.iter().enumerate() {
            let i = index_key(v).unwrap_or(Ok(0))?;
            off += self.dim_offset(d, i)?;
        }
        Ok(off)
    }

    /// `m[key]`.
    /// Where `m[i]` lies in the exporter when `m` is a 1-D view of
    /// unsigned bytes and `i` a machine int in range: the hot case of
    /// per-byte loops. `None` sends everything else (errors included)
    /// down the general path.
    fn byte_offset(&self, key: &Value) -> Option<usize> {
        let Value::Int(i) = *key else {
            return None;
        };
        let ([n], [stride]) = (&self.shape[..], &self.strides[..]) else {
            return None;
        };
        if &*self.format_str != "B" {
            return None;
        }
        let n = *n as i64;
        let j = if i < 0 { i + n } else { i };
        if !(0..n).contains(&j) {
            return None;
        }
        usize::try_from(self.offset + j as isize * stride).ok()
    }

    /// Runs `f` over the bytes of a C-contiguous, unreleased view, with no
    /// export taken (`f` cannot resize the exporter); `None` otherwise.
    /// What `ContiguousBuffer::of` would read, for short-lived readers.
    pub fn with_contiguous<R>(&self, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
        let guard = self.mbuf.borrow();
        let mbuf = guard.as_ref().filter(|m| !m.exporter.revoked())?;
        if !self.is_c_contiguous() {
            return None;
        }
        let len = self.nbytes();
        let start = if len == 0 { 0 } else { self.offset as usize };
        mbuf.exporter.with(|d| d.get(start..start + len).map(f))
    }

    /// `m[a:b]` of a 1-D view with int-or-None bounds, without a slice
    /// object, in `spare`'s memory if given; `None` for other views (the
    /// general `getitem` decides).
    pub fn slice_unit(
        self: &Rc<Self>,
        start: Option<i64>,
        stop: Option<i64>,
        spare: Option<Rc<PyMemoryView>>,
    ) -> Option<PyResult<Value>> {
        let mbuf = match self.mbuf() {
            Ok(m) => m,
            Err(e) => return Some(Err(e)),
        };
        if self.ndim() != 1 {
            return None;
        }
        let (start, len) = slice::adjust_unit(start, stop, self.shape[0]);
        let stride = self.strides[0];
        let offset = self.offset + start as isize * stride;
        let view = self.derive(
            mbuf,
            offset,
            smallvec::smallvec![len],
            smallvec::smallvec![stride],
        );
        Some(Ok(Value::MemoryView(match spare {
            Some(mut rc) => match Rc::get_mut(&mut rc) {
                Some(slot) => {
                    *slot = view;
                    rc
                }
                None => Rc::new(view),
            },
            None => Rc::new(view),
        })))
    }

    /// A view an argument list is done with, kept to hold the next slice
    /// (see `slice_unit`): only one nothing else refers to, and released
    /// now, as dropping it would (the exporter may resize at once).
    pub fn into_spare(mut rc: Rc<PyMemoryView>) -> Option<Rc<PyMemoryView>> {
        let view = Rc::get_mut(&mut rc)?;
        view.mbuf.get_mut().take();
        view.owner.take();
        Some(rc)
    }

    pub fn getitem(self: &Rc<Self>, key: &Value) -> PyResult<Value> {
        let mbuf = self.mbuf()?;
        if let Some(off) = self.byte_offset(key) {
            if let Some(b) = mbuf.exporter.with(|d| d.get(off).copied()) {
                return Ok(Value::Int(b.into()));
            }
        }
        if self.ndim() == 0 {
            return match key {
                Value::Tuple(t) if t.is_empty() => {
                    self.item_format()?;
                    self.unpack_at(&mbuf, self.offset)
                }
                Value::Ellipsis => Ok(Value::MemoryView(self.clone())),
                _ => Err(type_error("invalid indexing of 0-dim memory")),
            };
        }
        if let Some(i) = index_key(key) {
            let i = i?;
            self.item_format()?;
            if self.ndim() > 1 {
                return Err(not_implemented(
                    "multi-dimensional sub-views are not implemented",
                ));
            }
            let off = self.offset + self.dim_offset(0, i)?;
            return self.unpack_at(&mbuf, off);
        }
        match key {
            Value::Slice(s) => {
                let si = slice::adjust(s, self.shape[0])?;
                // `from_slice` copies; SmallVec's `clone` goes item by item.
                let mut shape = Dims::from_slice(&self.shape);
                let mut strides = Dims::from_slice(&self.strides);
                let offset = self.offset + si.start * strides[0];
                shape[0] = si.len;
                strides[0] *= si.step;
                Ok(Value::MemoryView(Rc::new(
                    self.derive(mbuf, offset, shape, strides),
                )))
            }
            Value::Tuple(items) if items.iter().all(is_int) => {
                self.item_format()?;
                if items.len() < self.ndim() {
                    return Err(not_implemented("sub-views are not implemented"));
                }
                let off = self.tuple_offset(items)?;
                self.unpack_at(&mbuf, off)
            }
            Value::Tuple(items)
                if !items.is_empty() && items.iter().all(|v| matches!(v, Value::Slice(_))) =>
            {
                Err(not_implemented(
                    "multi-dimensional slicing is not implemented",
                ))
            }
            _ => Err(type_error("memoryview: invalid slice key")),
        }
    }

    /// `m[key] = value`.
    pub fn setitem(&self, vm: &mut Vm, key: &Value, value: &Value) -> PyResult<()> {
        let mbuf = self.mbuf()?;
        if let (Some(off), Value::Int(x), false) = (self.byte_offset(key), value, self.readonly) {
            if let Ok(byte) = u8::try_from(*x) {
                let done = mbuf
                    .exporter
                    .with_mut(|d| d.get_mut(off).map(|slot| *slot = byte).is_some());
                if let Ok(true) = done {
                    return Ok(());
                }
            }
        }
        self.item_format()?;
        if self.readonly {
            return Err(exceptions::readonly_memory());
        }
        if self.ndim() == 0 {
            return match key {
                Value::Ellipsis => self.pack_at(vm, &mbuf, self.offset, value),
                Value::Tuple(t) if t.is_empty() => self.pack_at(vm, &mbuf, self.offset, value),
                _ => Err(type_error("invalid indexing of 0-dim memory")),
            };
        }
        if let Some(i) = index_key(key) {
            if self.ndim() > 1 {
                return Err(not_implemented("sub-views are not implemented"));
            }
            let off = self.offset + self.dim_offset(0, i?)?;
            return self.pack_at(vm, &mbuf, off, value);
        }
        match key {
            Value::Slice(s) if self.ndim() == 1 => {
                let src = source_view(value)?;
                let si = slice::adjust(s, self.shape[0])?;
                let strip = |f: &str| f.strip_prefix('@').unwrap_or(f).to_string();
                if strip(&src.format_str) != strip(&self.format_str)
                    || src.format.size != self.format.size
                    || src.shape[..] != [si.len]
                {
                    return Err(value_error(
                        "memoryview assignment: lvalue and rvalue have different structures",
                    ));
                }
                // Copy the source first: it may overlap the destination.
                let data = src.to_bytes()?;
                let size = self.format.size;
                let stride = self.strides[0] * si.step;
                let start = self.offset + si.start * self.strides[0];
                mbuf.exporter.with_mut(|b| -> PyResult<()> {
                    for (k, chunk) in data.chunks(size).enumerate() {
                        let off = (start + k as isize * stride) as usize;
                        b.get_mut(off..off + size)
                            .ok_or_else(out_of_bounds)?
                            .copy_from_slice(chunk);
                    }
                    Ok(())
                })?
            }
            Value::Tuple(items) if items.iter().all(is_int) => {
                if items.len() < self.ndim() {
                    return Err(not_implemented("sub-views are not implemented"));
                }
                let off = self.tuple_offset(items)?;
                self.pack_at(vm, &mbuf, off, value)
            }
            Value::Slice(_) => Err(slice_assign_nd()),
            Value::Tuple(items)
                if !items.is_empty() && items.iter().all(|v| matches!(v, Value::Slice(_))) =>
            {
                Err(slice_assign_nd())
            }
            _ => Err(type_error("memoryview: invalid slice key")),
        }
    }

    /// `del m[key]`: never allowed.
    pub fn delitem(&self) -> PyResult<()> {
        self.mbuf()?;
        self.item_format()?;
        if self.readonly {
            return Err(exceptions::readonly_memory());
        }
        Err(type_error("cannot delete memory"))
    }

    /// Unpacked items in C order, as a nested list for N-D views.
    pub fn tolist(&self) -> PyResult<Value> {
        let mbuf = self.mbuf()?;
        self.item_format()?;
        if self.ndim() == 0 {
            return self.unpack_at(&mbuf, self.offset);
        }
        fn build(
            m: &PyMemoryView,
            mbuf: &ManagedBuffer,
            dim: usize,
            base: isize,
        ) -> PyResult<Value> {
            let n = m.shape[dim];
            if dim + 1 == m.ndim() {
                // A row's items, read under one look at the buffer.
                let (fmt, stride) = (m.format, m.strides[dim]);
                let row = mbuf.exporter.with(|b| {
                    let mut out = Vec::with_capacity(n);
                    for i in 0..n {
                        let o = (base + i as isize * stride) as usize;
                        match b.get(o..o + fmt.size) {
                            Some(s) => match fmt.unpack(s) {
                                Some(v) => out.push(v),
                                None => return Err(false),
                            },
                            None => return Err(true),
                        }
                    }
                    Ok(out)
                });
                return match row {
                    Ok(out) => Ok(Value::new_list(out)),
                    Err(true) => Err(out_of_bounds()),
                    Err(false) => Err(m.unsupported()),
                };
            }
            let mut out = Vec::with_capacity(n);
            for i in 0..n {
                let off = base + i as isize * m.strides[dim];
                out.push(if dim + 1 == m.ndim() {
                    m.unpack_at(mbuf, off)?
                } else {
                    build(m, mbuf, dim + 1, off)?
                });
            }
            Ok(Value::new_list(out))
        }
        build(self, &mbuf, 0, self.offset)
    }

    /// The checks `iter(m)` makes (CPython's `memory_iter`).
    pub fn check_iterable(&self) -> PyResult<()> {
        if self.ndim() == 0 {
            return Err(type_error("invalid indexing of 0-dim memory"));
        }
        if self.ndim() > 1 {
            return Err(not_implemented(
                "multi-dimensional sub-views are not implemented",
            ));
        }
        self.item_format()?;
        self.mbuf()?;
        Ok(())
    }

    /// The builtin `iter(m)` of a released view: CPython 3.11's iterator
    /// constructor leaves the released-view error set and returns an
    /// iterator anyway, which the call machinery reports as a
    /// `SystemError` caused by that error.
    pub fn check_builtin_iter(&self) -> PyResult<()> {
        match self.check_iterable() {
            Err(e) if e.exc.typ == ExcType::ValueError => {
                let err = exceptions::new_err(
                    ExcType::SystemError,
                    "<built-in function iter> returned a result with an exception set",
                );
                *err.exc.cause.borrow_mut() = Some(e.exc.clone());
                Err(err)
            }
            r => r,
        }
    }

    /// Item `i` of a 1-D view, for iteration.
    pub fn item(&self, i: usize) -> PyResult<Option<Value>> {
        // Borrowed, not cloned: unpacking runs no Python code.
        let guard = self.mbuf.borrow();
        let mbuf = released_or(guard.as_deref().filter(|m| !m.exporter.revoked()))?;
        let Some(&n) = self.shape.first() else {
            return Ok(None);
        };
        if i >= n {
            return Ok(None);
        }
        self.unpack_at(mbuf, self.offset + i as isize * self.strides[0])
            .map(Some)
    }

    /// The sum of a 1-D view's items when they are integers (`sum(m)`
    /// without making an int object per item); `None` when the view is
    /// released, N-D or of another format (the caller iterates then), or
    /// the total does not fit an i128.
    pub fn int_sum(&self) -> Option<i128> {
        let guard = self.mbuf.borrow();
        let mbuf = guard.as_deref().filter(|m| !m.exporter.revoked())?;
        let (&[n], &[stride]) = (&self.shape[..], &self.strides[..]) else {
            return None;
        };
        let fmt = self.format;
        fmt.int_at(&[0; 8])?;
        mbuf.exporter.with(|b| {
            let mut total: i128 = 0;
            for i in 0..n as isize {
                let o = usize::try_from(self.offset + i * stride).ok()?;
                total = total.checked_add(fmt.int_at(b.get(o..o + fmt.size)?)?)?;
            }
            Some(total)
        })
    }

    /// `m.cast(format[, shape])`, with CPython's checks in its order.
    pub fn cast(&self, fmt_s: &str, shape: Option<&Value>) -> PyResult<PyMemoryView> {
        let mbuf = self.mbuf()?;
        if !self.is_c_contiguous() {
            return Err(type_error(
                "memoryview: casts are restricted to C-contiguous views",
            ));
        }
        if (shape.is_some() || self.ndim() != 1) && self.shape.contains(&0) {
            return Err(type_error(
                "memoryview: cannot cast view with zeros in shape or strides",
            ));
        }
        let dims: Option<Vec<Value>> = match shape {
            None => None,
            Some(Value::List(l)) => Some(l.borrow().clone()),
            Some(Value::Tuple(t)) => Some(t.to_vec()),
            Some(_) => return Err(type_error("shape must be a list or a tuple")),
        };
        if let Some(d) = &dims {
            if d.len() > MAX_NDIM {
                return Err(value_error(format!(
                    "memoryview: number of dimensions must not exceed {MAX_NDIM}"
                )));
            }
            if self.ndim() != 1 && d.len() != 1 {
                return Err(type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
            }
        }
        crate::objects::str::encode(fmt_s, "ascii", "strict")?;
        let Some(fmt) = Format::native(fmt_s) else {
            return Err(value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ));
        };
        let src_is_byte = Format::native(&self.format_str).is_some_and(Format::is_byte);
        if !src_is_byte && !fmt.is_byte() {
            return Err(type_error(
                "memoryview: cannot cast between two non-byte formats",
            ));
        }
        let nbytes = self.nbytes();
        if !nbytes.is_multiple_of(fmt.size) {
            return Err(type_error(
                "memoryview: length is not a multiple of itemsize",
            ));
        }
        let shape = match dims {
            None => vec![nbytes / fmt.size],
            Some(d) => {
                let mut len = fmt.size;
                let mut shape = Vec::with_capacity(d.len());
                for v in &d {
                    let x = match v {
                        Value::Int(i) => *i,
                        Value::Bool(b) => *b as i64,
                        Value::BigInt(_) => {
                            return Err(overflow_error(
                                "Python int too large to convert to C ssize_t",
                            ))
                        }
                        _ => {
                            return Err(type_error(
                                "memoryview.cast(): elements of shape must be integers",
                            ))
                        }
                    };
                    if x <= 0 {
                        return Err(value_error(
                            "memoryview.cast(): elements of shape must be integers > 0",
                        ));
                    }
                    let x = x as usize;
                    if x > isize::MAX as usize / len {
                        return Err(value_error("memoryview.cast(): product(shape) > SSIZE_MAX"));
                    }
                    len *= x;
                    shape.push(x);
                }
                if len != nbytes {
                    return Err(type_error(
                        "memoryview: product(shape) * itemsize != buffer size",
                    ));
                }
                shape
            }
        };
        let strides = c_strides(&shape, fmt.size);
        Ok(PyMemoryView {
            mbuf: RefCell::new(Some(mbuf)),
            exports: Cell::new(0),
            hash: Cell::new(None),
            format: fmt,
            format_str: fmt_s.into(),
            readonly: self.readonly,
            offset: self.offset,
            shape: shape.into(),
            strides,
            owner: self.owner.clone(),
        })
    }

    pub fn toreadonly(&self) -> PyResult<PyMemoryView> {
        let mbuf = self.mbuf()?;
        let mut v = self.derive(
            mbuf,
            self.offset,
            Dims::from_slice(&self.shape),
            Dims::from_slice(&self.strides),
        );
        v.readonly = true;
        Ok(v)
    }

    pub fn obj(&self) -> PyResult<Value> {
        let exporter = self.mbuf()?.exporter.value();
        Ok(self.owner.clone().unwrap_or(exporter))
    }

    /// `m.tobytes(order)`: 'C' (or None), 'F', or 'A' (the memory as laid
    /// out when the view is contiguous either way, else C order).
    pub fn tobytes(&self, order: Option<&str>) -> PyResult<Vec<u8>> {
        let mbuf = self.mbuf()?;
        let fortran = match order {
            None | Some("C") => false,
            Some("F") => true,
            Some("A") => !self.is_c_contiguous() && self.is_f_contiguous(),
            Some(_) => return Err(value_error("order must be 'C', 'F' or 'A'")),
        };
        self.copy_items(&mbuf, fortran)
    }

    /// `hash(m)`: read-only byte-format views only, equal to the hash of
    /// their bytes, and only when the exporter is hashable itself.
    pub fn hash(&self) -> PyResult<i64> {
        if let Some(h) = self.hash.get() {
            return Ok(h);
        }
        let mbuf = self.mbuf()?;
        if !self.readonly {
            return Err(value_error("cannot hash writable memoryview object"));
        }
        if !Format::native(&self.format_str).is_some_and(Format::is_byte) {
            return Err(value_error(
                "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
            ));
        }
        ops::hash(&mbuf.exporter.value())?;
        let data = self.copy_items(&mbuf, false)?;
        let h = ops::hash(&crate::objects::bytes::new_value(data))?;
        self.hash.set(Some(h));
        Ok(h)
    }

    pub fn repr(&self, addr: usize) -> String {
        if self.is_released() {
            format!("<released memory at {addr:#x}>")
        } else {
            format!("<memory at {addr:#x}>")
        }
    }
}

/// A user object as the value [`Format::pack`] takes, converted as
/// CPython's `pack_single` does: `__index__` for integer formats,
/// `__float__` (or `__index__`) for floats, truth for '?'; a `TypeError`
/// on the way becomes "invalid type", a `ValueError` or `OverflowError`
/// "invalid value", anything else propagates.
fn convert_item(vm: &mut Vm, fmt: Format, v: &Value) -> PyResult<Value> {
    if crate::dispatch::user_class(v).is_none() {
        return Ok(v.clone());
    }
    let c = fmt.code as char;
    let invalid_type = || type_error(format!("memoryview: invalid type for format '{c}'"));
    let fix = |e: Box<exceptions::PyErr>| {
        if e.exc.typ.is_subclass(ExcType::TypeError) {
            invalid_type()
        } else if e.exc.typ.is_subclass(ExcType::ValueError)
            || e.exc.typ.is_subclass(ExcType::OverflowError)
        {
            value_error(format!("memoryview: invalid value for format '{c}'"))
        } else {
            e
        }
    };
    match fmt.code {
        b'?' => Ok(Value::Bool(vm.truthy(v)?)),
        // Only bytes pack as 'c'; a pointer takes only ints.
        b'c' | b'P' => Err(invalid_type()),
        b'f' | b'd' => crate::objects::array::user_float(vm, v).map_err(fix),
        _ => match crate::modules::index_value(vm, v).map_err(fix)? {
            n if crate::dispatch::user_class(&n).is_some() => Err(invalid_type()),
            n => Ok(n),
        },
    }
}

fn slice_assign_nd() -> Box<exceptions::PyErr> {
    not_implemented("memoryview slice assignments are currently restricted to ndim = 1")
}

fn out_of_bounds() -> Box<exceptions::PyErr> {
    exceptions::new_err(
        ExcType::SystemError,
        "memoryview: view outside its exporter's memory",
    )
}

fn write_bytes(mbuf: &ManagedBuffer, off: isize, item: &[u8]) -> PyResult<()> {
    let off = off as usize;
    mbuf.exporter.with_mut(|b| {
        b.get_mut(off..off + item.len())
            .ok_or_else(out_of_bounds)
            .map(|dst| dst.copy_from_slice(item))
    })?
}

/// The right-hand side of a slice assignment as a view.
fn source_view(v: &Value) -> PyResult<Rc<PyMemoryView>> {
    match v {
        Value::MemoryView(m) => {
            m.mbuf()?;
            Ok(m.clone())
        }
        _ if crate::buffer::is_buffer(v) => Ok(Rc::new(PyMemoryView::from_object(v)?)),
        _ => Err(exceptions::bytes_like_required(v.type_name())),
    }
}

pub fn new_value(obj: &Value) -> PyResult<Value> {
    Ok(Value::MemoryView(Rc::new(PyMemoryView::from_object(obj)?)))
}

/// Attributes that are not methods; all refuse a released view.
pub fn getattr(this: &Rc<PyMemoryView>, name: &str) -> Option<PyResult<Value>> {
    let ints = |v: Vec<i64>| Value::new_tuple(v.into_iter().map(Value::Int).collect());
    let get = |f: &dyn Fn(&PyMemoryView) -> Value| this.mbuf().map(|_| f(this));
    Some(match name {
        "obj" => this.obj(),
        "nbytes" => get(&|m| Value::from_usize(m.nbytes())),
        "readonly" => get(&|m| Value::Bool(m.is_readonly())),
        "itemsize" => get(&|m| Value::from_usize(m.format.size)),
        "format" => get(&|m| Value::Str(m.format_str.clone())),
        "ndim" => get(&|m| Value::from_usize(m.ndim())),
        "shape" => get(&|m| ints(m.shape.iter().map(|&n| n as i64).collect())),
        "strides" => get(&|m| ints(m.strides.iter().map(|&n| n as i64).collect())),
        "suboffsets" => get(&|_| Value::new_tuple(Vec::new())),
        "c_contiguous" => get(&|m| Value::Bool(m.is_c_contiguous())),
        "f_contiguous" => get(&|m| Value::Bool(m.is_f_contiguous())),
        "contiguous" => get(&|m| Value::Bool(m.is_c_contiguous() || m.is_f_contiguous())),
        _ => return None,
    })
}

/// `memoryview.name()` that takes no arguments.
fn no_args(name: &str, args: &Args) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(type_error(format!(
            "memoryview.{name}() takes no keyword arguments"
        )));
    }
    if !args.pos.is_empty() {
        return Err(type_error(format!(
            "memoryview.{name}() takes no arguments ({} given)",
            args.pos.len()
        )));
    }
    Ok(())
}

pub fn call_method(
    vm: &mut Vm,
    this: &Rc<PyMemoryView>,
    name: &str,
    args: &Args,
) -> Option<PyResult<Value>> {
    Some(match name {
        "tobytes" => (|| {
            let a = crate::modules::clinic_args(args, "tobytes", 0, &["order"], 0)?;
            let order = match &a[0] {
                None | Some(Value::None) => None,
                Some(Value::Str(s)) => Some(s.clone()),
                Some(v) => {
                    return Err(type_error(format!(
                        "tobytes() argument 'order' must be str or None, not {}",
                        v.type_name()
                    )))
                }
            };
            // The copy is a request against the memory cap (the memory
            // may be a host's, not counted).
            vm.check_alloc(this.nbytes())?;
            Ok(crate::objects::bytes::fresh_value(
                this.tobytes(order.as_deref())?,
            ))
        })(),
        "tolist" => no_args(name, args).and_then(|_| {
            vm.check_items(this.nbytes() / this.format.size.max(1), 0)?;
            this.tolist()
        }),
        "hex" => vm
            .check_alloc(this.nbytes().saturating_mul(2))
            .and_then(|_| crate::objects::bytes::hex_method(vm, || this.to_bytes(), args)),
        "release" => no_args(name, args)
            .and_then(|_| this.release())
            .map(|_| Value::None),
        "__enter__" => no_args(name, args).and_then(|_| {
            this.mbuf()?;
            Ok(Value::MemoryView(this.clone()))
        }),
        "__exit__" => (|| {
            if !args.kw.is_empty() {
                return Err(type_error(
                    "memoryview.__exit__() takes no keyword arguments",
                ));
            }
            this.release()?;
            Ok(Value::None)
        })(),
        "toreadonly" => {
            no_args(name, args).and_then(|_| Ok(Value::MemoryView(Rc::new(this.toreadonly()?))))
        }
        "cast" => (|| {
            let a = crate::modules::clinic_args(args, "cast", 0, &["format", "shape"], 1)?;
            let fmt = match &a[0] {
                Some(Value::Str(s)) => s.clone(),
                Some(v) => {
                    return Err(type_error(format!(
                        "cast() argument 'format' must be str, not {}",
                        v.type_name()
                    )))
                }
                None => {
                    return Err(type_error(
                        "cast() missing required argument 'format' (pos 1)",
                    ))
                }
            };
            Ok(Value::MemoryView(Rc::new(this.cast(&fmt, a[1].as_ref())?)))
        })(),
        _ => return None,
    })
}

/// `m == other` as CPython's `memory_richcompare`: `None` when `other`
/// is not bytes-like (NotImplemented). Equal when the shapes match and
/// the items, unpacked each with its own format, compare equal.
fn view_eq(m: &PyMemoryView, other: &Value) -> Option<bool> {
    if m.is_released() {
        return Some(matches!(other, Value::MemoryView(o) if std::ptr::eq(m, &**o)));
    }
    let o = match other {
        Value::MemoryView(o) if o.is_released() => return Some(false),
        Value::MemoryView(o) => o.clone(),
        v => Rc::new(PyMemoryView::from_object(v).ok()?),
    };
    if m.ndim() != o.ndim() {
        return Some(false);
    }
    for (&a, &b) in m.shape.iter().zip(&o.shape) {
        if a != b {
            return Some(false);
        }
        if a == 0 {
            break;
        }
    }
    // Formats that do not unpack (CPython's struct module fails on them)
    // compare unequal, even in empty views.
    let (Some(fa), Some(fb)) = (Format::native(&m.format_str), Format::native(&o.format_str))
    else {
        return Some(false);
    };
    let (Ok(ma), Ok(mb)) = (m.mbuf(), o.mbuf()) else {
        return Some(false);
    };
    // With one format CPython compares the C values: raw bytes, except
    // that floats compare as numbers (NaN != NaN, -0.0 == 0.0).
    let raw = fa.code == fb.code && !matches!(fa.code, b'f' | b'd');
    let pairs = m.item_offsets(false).into_iter().zip(o.item_offsets(false));
    for (p, q) in pairs {
        let equal = if raw {
            let (p, q, n) = (p as usize, q as usize, fa.size);
            let x = ma.exporter.with(|b| b.get(p..p + n).map(<[u8]>::to_vec));
            let y = mb.exporter.with(|b| b.get(q..q + n).map(<[u8]>::to_vec));
            x.is_some() && x == y
        } else {
            matches!((m.unpack_at(&ma, p), o.unpack_at(&mb, q)),
                (Ok(x), Ok(y)) if ops::eq_simple(&x, &y))
        };
        if !equal {
            return Some(false);
        }
    }
    Some(true)
}

/// The raw bytes a `bytearray` compares against: any bytes-like object
/// that gives a simple buffer (CPython's `bytearray_richcompare`).
pub fn simple_bytes(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Array(_) | Value::MemoryView(_) | Value::Native(_) => {
            crate::buffer::to_vec_contiguous(v)?.ok()
        }
        _ => None,
    }
}

/// `a == b` when either side is a memoryview, or a bytearray meets an
/// array or view: the left operand's comparison first, then the
/// reflected one, then identity, as CPython dispatches. `None` for other
/// pairs.
pub fn buffer_eq(a: &Value, b: &Value) -> Option<bool> {
    let raw = |x: &Value, y: &Value| -> Option<bool> {
        let Value::ByteArray(ba) = x else { return None };
        simple_bytes(y).map(|d| *ba.data.borrow() == d)
    };
    if !matches!(a, Value::MemoryView(_)) && !matches!(b, Value::MemoryView(_)) {
        return raw(a, b).or_else(|| raw(b, a));
    }
    if let Value::MemoryView(m) = a {
        if let Some(r) = view_eq(m, b) {
            return Some(r);
        }
    }
    if let Some(r) = raw(a, b) {
        return Some(r);
    }
    if let Value::MemoryView(m) = b {
        if let Some(r) = view_eq(m, a) {
            return Some(r);
        }
    }
    Some(a.is(b))
}
