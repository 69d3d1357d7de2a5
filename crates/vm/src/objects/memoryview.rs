//! `memoryview`: a window onto an exporter's memory (see [`crate::buffer`]).
//!
//! Supports 1-D and N-D views: indexing (negative too; `m[i, j]` on N-D
//! views), slicing of any step without copying (1-D), item and slice
//! assignment with CPython's checks and messages, `len`, `tobytes`,
//! `tolist`, `hex`, `cast` (1-D to N-D and back for native formats),
//! `toreadonly`, `release` and the context manager, the attributes `obj
//! nbytes readonly itemsize format ndim shape strides suboffsets
//! c_contiguous f_contiguous contiguous`, iteration, `==` over unpacked
//! values, and its repr. Not yet: slicing N-D views, `tobytes(order)`
//! other than 'C', hashing.
//!
//! Invariants: a view's geometry (`offset`, `shape`, `strides`) always
//! addresses bytes inside its exporter, because the exporter cannot
//! resize while the managed buffer lives; `mbuf` is `None` exactly when
//! the view is released, and every entry point goes through [`PyMemoryView::mbuf`].

use crate::buffer::{Exporter, Format, ManagedBuffer};
use crate::exceptions::{self, index_error, not_implemented, type_error, value_error, PyResult};
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::objects::slice;
use crate::value::{PySlice, Value};
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
pub struct PyMemoryView {
    mbuf: RefCell<Option<Rc<ManagedBuffer>>>,
    pub format: Format,
    /// The format string as given (`'B'`, `'@i'`...).
    pub format_str: Rc<str>,
    pub readonly: bool,
    /// Byte offset of the first item in the exporter.
    pub offset: isize,
    pub shape: Vec<usize>,
    pub strides: Vec<isize>,
}

impl PyMemoryView {
    /// `memoryview(obj)`: a new view of a whole exporter, or a copy of
    /// another view's geometry sharing its managed buffer.
    pub fn from_object(obj: &Value) -> PyResult<PyMemoryView> {
        if let Value::MemoryView(m) = obj {
            let mbuf = m.mbuf()?;
            return Ok(PyMemoryView {
                mbuf: RefCell::new(Some(mbuf)),
                format: m.format,
                format_str: m.format_str.clone(),
                readonly: m.readonly,
                offset: m.offset,
                shape: m.shape.clone(),
                strides: m.strides.clone(),
            });
        }
        let Some(exp) = Exporter::of(obj) else {
            return Err(exceptions::not_buffer(obj.type_name()));
        };
        let format = exp.format();
        let nbytes = exp.with(|b| b.len());
        let readonly = exp.readonly();
        let format_str: Rc<str> = match &exp {
            Exporter::Array(a) => a.code.buffer_format().into(),
            Exporter::Native(n) => n.format_str().into(),
            _ => "B".into(),
        };
        Ok(PyMemoryView {
            mbuf: RefCell::new(Some(ManagedBuffer::new(exp))),
            format,
            format_str,
            readonly,
            offset: 0,
            shape: vec![nbytes / format.size],
            strides: vec![format.size as isize],
        })
    }

    /// The one guard for released views: the managed buffer, or
    /// "operation forbidden on released memoryview object".
    pub fn mbuf(&self) -> PyResult<Rc<ManagedBuffer>> {
        self.mbuf
            .borrow()
            .clone()
            .ok_or_else(exceptions::released_view)
    }

    pub fn is_released(&self) -> bool {
        self.mbuf.borrow().is_none()
    }

    pub fn release(&self) {
        self.mbuf.borrow_mut().take();
    }

    pub fn ndim(&self) -> usize {
        self.shape.len()
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.shape.first().copied().unwrap_or(1)
    }

    pub fn nitems(&self) -> usize {
        self.shape.iter().product()
    }

    pub fn nbytes(&self) -> usize {
        self.nitems() * self.format.size
    }

    pub fn is_c_contiguous(&self) -> bool {
        let mut expected = self.format.size as isize;
        for (&n, &s) in self.shape.iter().zip(&self.strides).rev() {
            if n > 1 && s != expected {
                return false;
            }
            expected *= n as isize;
        }
        true
    }

    fn sub_view(
        &self,
        mbuf: Rc<ManagedBuffer>,
        offset: isize,
        shape: Vec<usize>,
        strides: Vec<isize>,
    ) -> PyMemoryView {
        PyMemoryView {
            mbuf: RefCell::new(Some(mbuf)),
            format: self.format,
            format_str: self.format_str.clone(),
            readonly: self.readonly,
            offset,
            shape,
            strides,
        }
    }

    /// Byte offsets of every item, in C order.
    fn item_offsets(&self) -> Vec<isize> {
        let mut out = Vec::with_capacity(self.nitems());
        fn walk(shape: &[usize], strides: &[isize], base: isize, out: &mut Vec<isize>) {
            match shape.split_first() {
                None => out.push(base),
                Some((&n, rest)) => {
                    for i in 0..n {
                        walk(rest, &strides[1..], base + i as isize * strides[0], out);
                    }
                }
            }
        }
        walk(&self.shape, &self.strides, self.offset, &mut out);
        out
    }

    /// Copies the viewed bytes out in C order.
    pub fn to_bytes(&self) -> PyResult<Vec<u8>> {
        let mbuf = self.mbuf()?;
        let size = self.format.size;
        if self.is_c_contiguous() {
            let start = self.offset as usize;
            let n = self.nbytes();
            return mbuf
                .exporter
                .with(|b| b.get(start..start + n).map(<[u8]>::to_vec))
                .ok_or_else(out_of_bounds);
        }
        let offs = self.item_offsets();
        mbuf.exporter.with(|b| {
            let mut out = Vec::with_capacity(offs.len() * size);
            for o in offs {
                out.extend_from_slice(
                    b.get(o as usize..o as usize + size)
                        .ok_or_else(out_of_bounds)?,
                );
            }
            Ok(out)
        })
    }

    fn read_at(&self, mbuf: &ManagedBuffer, off: isize) -> PyResult<Value> {
        let fmt = self.format;
        mbuf.exporter
            .with(|b| {
                b.get(off as usize..off as usize + fmt.size)
                    .map(|s| fmt.unpack(s))
            })
            .ok_or_else(out_of_bounds)
    }

    fn check_format_supported(&self) -> PyResult<()> {
        if self.format_str.as_ref() == "u" || self.format_str.as_ref() == "w" {
            return Err(not_implemented(format!(
                "memoryview: format {} not supported",
                self.format_str
            )));
        }
        Ok(())
    }

    /// Byte offset of item `i` along the first dimension.
    fn offset_of(&self, i: i64, dim: usize) -> PyResult<isize> {
        let n = self.shape[dim];
        let Some(j) = slice::index(i, n) else {
            return Err(index_error(format!(
                "index out of bounds on dimension {}",
                dim + 1
            )));
        };
        Ok(j as isize * self.strides[dim])
    }

    /// `m[key]`.
    pub fn getitem(self: &Rc<Self>, key: &Value) -> PyResult<Value> {
        let mbuf = self.mbuf()?;
        self.check_format_supported()?;
        if let Some(i) = slice::as_index(key) {
            if self.ndim() == 0 {
                return Err(type_error("invalid indexing of 0-dim memory"));
            }
            if self.ndim() > 1 {
                return Err(not_implemented(
                    "multi-dimensional sub-views are not implemented",
                ));
            }
            let off = self.offset + self.offset_of(i, 0)?;
            return self.read_at(&mbuf, off);
        }
        match key {
            Value::Slice(s) => {
                if self.ndim() != 1 {
                    if self.ndim() == 0 {
                        return Err(type_error("invalid indexing of 0-dim memory"));
                    }
                    return Err(not_implemented(
                        "multi-dimensional slicing is not implemented",
                    ));
                }
                let si = slice::adjust(s, self.shape[0])?;
                let stride = self.strides[0];
                let view = self.sub_view(
                    mbuf,
                    self.offset + si.start * stride,
                    vec![si.len],
                    vec![stride * si.step],
                );
                Ok(Value::MemoryView(Rc::new(view)))
            }
            Value::Tuple(items) => {
                if items.iter().all(|v| slice::as_index(v).is_some()) {
                    if items.len() < self.ndim() {
                        return Err(not_implemented("sub-views are not implemented"));
                    }
                    let off = self.tuple_offset(items)?;
                    return self.read_at(&mbuf, off);
                }
                if items.iter().all(|v| matches!(v, Value::Slice(_))) {
                    return Err(not_implemented(
                        "multi-dimensional slicing is not implemented",
                    ));
                }
                Err(type_error("memoryview: invalid slice key"))
            }
            Value::Ellipsis => Ok(Value::MemoryView(Rc::new(self.sub_view(
                mbuf,
                self.offset,
                self.shape.clone(),
                self.strides.clone(),
            )))),
            _ => Err(type_error("memoryview: invalid slice key")),
        }
    }

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
            let i = slice::as_index(v).unwrap_or(0);
            off += self.offset_of(i, d)?;
        }
        Ok(off)
    }

    /// `m[key] = value`.
    pub fn setitem(self: &Rc<Self>, key: &Value, value: &Value) -> PyResult<()> {
        let mbuf = self.mbuf()?;
        if self.readonly {
            return Err(exceptions::readonly_memory());
        }
        self.check_format_supported()?;
        let fmt = self.format;
        if let Some(i) = slice::as_index(key) {
            if self.ndim() == 0 {
                return Err(type_error("invalid indexing of 0-dim memory"));
            }
            if self.ndim() > 1 {
                return Err(not_implemented("sub-views are not implemented"));
            }
            let off = self.offset + self.offset_of(i, 0)?;
            let mut item = [0u8; 8];
            fmt.pack(value, &mut item[..fmt.size])?;
            return write_bytes(&mbuf, off, &item[..fmt.size]);
        }
        match key {
            Value::Slice(s) => {
                if self.ndim() != 1 {
                    return Err(not_implemented(
                        "memoryview slice assignments are currently restricted to ndim = 1",
                    ));
                }
                let src = source_view(value)?;
                let si = slice::adjust(s, self.shape[0])?;
                if src.format != self.format || src.shape != [si.len] {
                    return Err(value_error(
                        "memoryview assignment: lvalue and rvalue have different structures",
                    ));
                }
                // Copy the source first: it may overlap the destination.
                let data = src.to_bytes()?;
                let stride = self.strides[0];
                mbuf.exporter.with_mut(|b| -> PyResult<()> {
                    for (k, chunk) in data.chunks(fmt.size).enumerate() {
                        let off =
                            (self.offset + (si.start + k as isize * si.step) * stride) as usize;
                        b.get_mut(off..off + fmt.size)
                            .ok_or_else(out_of_bounds)?
                            .copy_from_slice(chunk);
                    }
                    Ok(())
                })?
            }
            Value::Tuple(items) if items.iter().all(|v| slice::as_index(v).is_some()) => {
                if items.len() < self.ndim() {
                    return Err(not_implemented("sub-views are not implemented"));
                }
                let off = self.tuple_offset(items)?;
                let mut item = [0u8; 8];
                fmt.pack(value, &mut item[..fmt.size])?;
                write_bytes(&mbuf, off, &item[..fmt.size])
            }
            Value::Tuple(items) if items.iter().all(|v| matches!(v, Value::Slice(_))) => {
                Err(not_implemented(
                    "memoryview slice assignments are currently restricted to ndim = 1",
                ))
            }
            _ => Err(type_error("memoryview: invalid slice key")),
        }
    }

    /// Unpacked items in C order, as a nested list for N-D views.
    pub fn tolist(&self) -> PyResult<Value> {
        let mbuf = self.mbuf()?;
        self.check_format_supported()?;
        if self.ndim() == 0 {
            return self.read_at(&mbuf, self.offset);
        }
        fn build(
            m: &PyMemoryView,
            mbuf: &ManagedBuffer,
            dim: usize,
            base: isize,
        ) -> PyResult<Value> {
            let n = m.shape[dim];
            let mut out = Vec::with_capacity(n);
            for i in 0..n {
                let off = base + i as isize * m.strides[dim];
                out.push(if dim + 1 == m.ndim() {
                    m.read_at(mbuf, off)?
                } else {
                    build(m, mbuf, dim + 1, off)?
                });
            }
            Ok(Value::new_list(out))
        }
        build(self, &mbuf, 0, self.offset)
    }

    /// Unpacked items of a 1-D view (for iteration, sum, comparisons).
    pub fn items(&self) -> PyResult<Vec<Value>> {
        let mbuf = self.mbuf()?;
        self.check_format_supported()?;
        self.item_offsets()
            .into_iter()
            .map(|o| self.read_at(&mbuf, o))
            .collect()
    }

    /// Item `i` of a 1-D view, for iteration.
    pub fn item(&self, i: usize) -> PyResult<Option<Value>> {
        let mbuf = self.mbuf()?;
        if self.ndim() != 1 {
            return Err(not_implemented(
                "multi-dimensional sub-views are not implemented",
            ));
        }
        if i >= self.shape[0] {
            return Ok(None);
        }
        self.read_at(&mbuf, self.offset + i as isize * self.strides[0])
            .map(Some)
    }

    /// `m.cast(format[, shape])`.
    pub fn cast(self: &Rc<Self>, fmt_s: &str, shape: Option<Vec<usize>>) -> PyResult<PyMemoryView> {
        let mbuf = self.mbuf()?;
        if !self.is_c_contiguous() {
            return Err(type_error(
                "memoryview: casts are restricted to C-contiguous views",
            ));
        }
        let Some(fmt) = Format::parse(fmt_s) else {
            return Err(value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ));
        };
        let byte_fmt = |f: Format| matches!(f.code, b'B' | b'b' | b'c');
        if !byte_fmt(self.format) && !byte_fmt(fmt) {
            return Err(type_error(
                "memoryview: cannot cast between two non-byte formats",
            ));
        }
        if shape.as_ref().is_some_and(|s| !s.is_empty()) && self.ndim() != 1 {
            return Err(type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
        }
        if shape.is_none() && self.ndim() != 1 && !byte_fmt(fmt) {
            // ND -> 1D of a non-byte format is allowed only through bytes in CPython.
        }
        let nbytes = self.nbytes();
        let shape = match shape {
            Some(s) => {
                if s.len() > 64 {
                    return Err(value_error(
                        "memoryview: number of dimensions must not exceed 64",
                    ));
                }
                let mut prod: usize = 1;
                for &d in &s {
                    if d == 0 {
                        return Err(value_error(
                            "memoryview.cast(): elements of shape must be integers > 0",
                        ));
                    }
                    prod = prod.checked_mul(d).ok_or_else(|| {
                        value_error("memoryview.cast(): product(shape) > SSIZE_MAX")
                    })?;
                }
                if prod * fmt.size != nbytes {
                    return Err(type_error(
                        "memoryview: product(shape) * itemsize != buffer size",
                    ));
                }
                s
            }
            None => {
                if !nbytes.is_multiple_of(fmt.size) {
                    return Err(type_error(
                        "memoryview: length is not a multiple of itemsize",
                    ));
                }
                vec![nbytes / fmt.size]
            }
        };
        let mut strides = vec![0isize; shape.len()];
        let mut acc = fmt.size as isize;
        for (i, &d) in shape.iter().enumerate().rev() {
            strides[i] = acc;
            acc *= d as isize;
        }
        Ok(PyMemoryView {
            mbuf: RefCell::new(Some(mbuf)),
            format: fmt,
            format_str: fmt_s.into(),
            readonly: self.readonly,
            offset: self.offset,
            shape,
            strides,
        })
    }

    pub fn toreadonly(&self) -> PyResult<PyMemoryView> {
        let mbuf = self.mbuf()?;
        let mut v = self.sub_view(mbuf, self.offset, self.shape.clone(), self.strides.clone());
        v.readonly = true;
        Ok(v)
    }

    pub fn obj(&self) -> PyResult<Value> {
        Ok(self.mbuf()?.exporter.value())
    }

    pub fn repr(&self, addr: usize) -> String {
        if self.is_released() {
            format!("<released memory at {addr:#x}>")
        } else {
            format!("<memory at {addr:#x}>")
        }
    }
}

fn out_of_bounds() -> Box<exceptions::PyErr> {
    exceptions::new_err(
        exceptions::ExcType::SystemError,
        "memoryview: view outside its exporter's memory",
    )
}

fn write_bytes(mbuf: &ManagedBuffer, off: isize, item: &[u8]) -> PyResult<()> {
    mbuf.exporter.with_mut(|b| {
        b.get_mut(off as usize..off as usize + item.len())
            .ok_or_else(out_of_bounds)
            .map(|dst| dst.copy_from_slice(item))
    })?
}

/// The right-hand side of a slice assignment as a temporary view.
fn source_view(v: &Value) -> PyResult<Rc<PyMemoryView>> {
    match v {
        Value::MemoryView(m) => {
            m.mbuf()?;
            Ok(m.clone())
        }
        _ if Exporter::of(v).is_some() => Ok(Rc::new(PyMemoryView::from_object(v)?)),
        _ => Err(exceptions::bytes_like_required(v.type_name())),
    }
}

pub fn new_value(obj: &Value) -> PyResult<Value> {
    Ok(Value::MemoryView(Rc::new(PyMemoryView::from_object(obj)?)))
}

/// Attributes that are not methods.
pub fn getattr(this: &Rc<PyMemoryView>, name: &str) -> Option<PyResult<Value>> {
    let tuple_of =
        |v: &[usize]| Value::new_tuple(v.iter().map(|&n| Value::from_usize(n)).collect());
    Some((|| {
        Ok(match name {
            "obj" => this.obj()?,
            "nbytes" => {
                this.mbuf()?;
                Value::from_usize(this.nbytes())
            }
            "readonly" => {
                this.mbuf()?;
                Value::Bool(this.readonly)
            }
            "itemsize" => {
                this.mbuf()?;
                Value::from_usize(this.format.size)
            }
            "format" => {
                this.mbuf()?;
                Value::Str(this.format_str.clone())
            }
            "ndim" => {
                this.mbuf()?;
                Value::from_usize(this.ndim())
            }
            "shape" => {
                this.mbuf()?;
                tuple_of(&this.shape)
            }
            "strides" => {
                this.mbuf()?;
                Value::new_tuple(this.strides.iter().map(|&n| Value::Int(n as i64)).collect())
            }
            "suboffsets" => {
                this.mbuf()?;
                Value::new_tuple(Vec::new())
            }
            "c_contiguous" | "contiguous" => {
                this.mbuf()?;
                Value::Bool(this.is_c_contiguous())
            }
            "f_contiguous" => {
                this.mbuf()?;
                let f = this.ndim() <= 1 && this.is_c_contiguous() || this.nitems() == 0;
                Value::Bool(f)
            }
            _ => return Err(exceptions::no_attribute("memoryview", name)),
        })
    })())
    .filter(|r: &PyResult<Value>| {
        !matches!(r, Err(e) if e.exc.typ == exceptions::ExcType::AttributeError)
    })
}

pub fn call_method(
    vm: &mut Vm,
    this: &Rc<PyMemoryView>,
    name: &str,
    args: &Args,
) -> Option<PyResult<Value>> {
    let _ = vm;
    Some(match name {
        "tobytes" => (|| {
            args.check_max("tobytes", 1)?;
            Ok(crate::objects::bytes::new_value(this.to_bytes()?))
        })(),
        "tolist" => (|| {
            args.check_exact("memoryview.tolist", 0)?;
            this.tolist()
        })(),
        "hex" => (|| {
            let data = this.to_bytes()?;
            crate::objects::bytes::byte_method(
                vm,
                &data,
                "memoryview",
                "hex",
                args,
                crate::objects::bytes::new_value,
            )
            .unwrap_or(Ok(Value::None))
        })(),
        "release" => (|| {
            args.check_exact("memoryview.release", 0)?;
            this.release();
            Ok(Value::None)
        })(),
        "__enter__" => (|| {
            this.mbuf()?;
            Ok(Value::MemoryView(this.clone()))
        })(),
        "__exit__" => {
            this.release();
            Ok(Value::None)
        }
        "toreadonly" => (|| {
            args.check_exact("memoryview.toreadonly", 0)?;
            Ok(Value::MemoryView(Rc::new(this.toreadonly()?)))
        })(),
        "cast" => (|| {
            args.check_max("cast", 2)?;
            let Some(fmt) = args.get(0, "format") else {
                return Err(type_error(
                    "cast() missing required argument 'format' (pos 1)",
                ));
            };
            let Value::Str(fmt) = fmt else {
                return Err(type_error(format!(
                    "cast() argument 'format' must be str, not {}",
                    fmt.type_name()
                )));
            };
            let shape = match args.get(1, "shape") {
                None => None,
                Some(Value::List(l)) => Some(shape_list(&l.borrow())?),
                Some(Value::Tuple(t)) => Some(shape_list(&t)?),
                Some(_) => return Err(type_error("shape must be a list or a tuple")),
            };
            Ok(Value::MemoryView(Rc::new(this.cast(&fmt, shape)?)))
        })(),
        _ => return None,
    })
}

fn shape_list(items: &[Value]) -> PyResult<Vec<usize>> {
    items
        .iter()
        .map(|v| match slice::as_index(v) {
            Some(n) if n > 0 => Ok(n as usize),
            _ => Err(value_error(
                "memoryview.cast(): elements of shape must be integers > 0",
            )),
        })
        .collect()
}

/// `m == other`: equal when shapes match and unpacked items compare equal.
pub fn equals(vm: &mut Vm, m: &PyMemoryView, other: &Value) -> PyResult<bool> {
    if m.is_released() {
        if let Value::MemoryView(o) = other {
            return Ok(std::ptr::eq(m, &**o));
        }
        return Ok(false);
    }
    let other_view = match other {
        Value::MemoryView(o) => {
            if o.is_released() {
                return Ok(false);
            }
            o.clone()
        }
        v if Exporter::of(v).is_some() => Rc::new(PyMemoryView::from_object(v)?),
        _ => return Ok(false),
    };
    if m.shape != other_view.shape {
        return Ok(false);
    }
    let a = m.items()?;
    let b = other_view.items()?;
    for (x, y) in a.iter().zip(&b) {
        if !crate::ops::eq(vm, x, y)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Used by `PySlice`-free callers that need whole-view slices.
pub fn full_slice() -> PySlice {
    PySlice {
        start: Value::None,
        stop: Value::None,
        step: Value::None,
    }
}
