//! The buffer protocol: how memoryview (and every consumer of "bytes-like
//! objects") sees the memory of bytes, bytearray and array.array without
//! copying it.
//!
//! # Purpose
//!
//! A memoryview is a window onto memory owned by another object, its
//! *exporter*. Slicing a view, casting it or wrapping it in another
//! memoryview makes a new window onto the same memory; nothing is copied.
//! Writes through a writable view land in the exporter.
//!
//! # Ownership
//!
//! The exporter's bytes live in the exporter (`PyBytes::data`,
//! `PyByteArray::data`, `PyArray::data`). Getting a buffer from an exporter
//! ([`ManagedBuffer::new`]) creates one [`ManagedBuffer`] (CPython's
//! `_PyManagedBufferObject`): it holds a strong reference to the exporter
//! and counts as one *export* of it. Every view derived from a memoryview
//! (slices, `cast`, `memoryview(m)`, `toreadonly()`) shares that same
//! `Rc<ManagedBuffer>` instead of exporting again, exactly as CPython's
//! `mbuf_add_view` does.
//!
//! # Counting and releasing exports
//!
//! The number of live views of a managed buffer *is* its `Rc` strong
//! count: each memoryview holds one `Rc<ManagedBuffer>` while it is
//! alive and drops it when it is released (`release()`, the end of a
//! `with` block) or dropped. When the last view lets go, the managed
//! buffer's `Drop` gives the export back: the exporter's export count goes
//! down by one. So `m2 = m[1:]; m.release()` keeps the exporter exported
//! until `m2` is released too, as in CPython.
//!
//! # Views that export
//!
//! A memoryview is itself an exporter towards consumers that take its
//! buffer (CPython's `memory_getbuf`), for one call (`a.frombytes(m)`,
//! `ba += m`) or longer (`struct.iter_unpack(fmt, m)`). Such a consumer
//! takes a [`ContiguousBuffer`]: of a memoryview it holds a
//! [`crate::objects::memoryview::ViewExport`], which counts in the view's
//! own `exports` and keeps the view (and so its managed buffer) alive; of
//! any other exporter it is a fresh managed buffer, one more export of
//! the exporter (so `ba += ba` cannot resize `ba`, as in CPython). While
//! a view has exports, `release()` (and leaving a `with` block) fails
//! with `BufferError: memoryview has 1 exported buffer`. Consumers that
//! only copy the bytes out (`bytes(m)`, `b'x' + m`, ...) use [`to_vec`]
//! or [`to_vec_contiguous`].
//!
//! # Resizing while exported
//!
//! Views store byte offsets into the exporter's memory, so its memory must
//! not move or shrink while any export is live. A bytearray or array whose
//! export count is non-zero refuses every operation that would change its
//! length, with CPython's `BufferError` ("Existing exports of data: object
//! cannot be re-sized", "cannot resize an array that is exporting
//! buffers"); operations that end with the same length (item and
//! equal-length slice assignment, `extend([])`, `*= 1`) stay allowed, as in
//! CPython, where only a real resize checks. bytes never resize. Because
//! the counts are exact, every view's offsets stay in bounds; accesses
//! still go through checked slicing, so a broken invariant raises
//! `SystemError` rather than panicking.
//!
//! # Geometry and contiguity
//!
//! A view is `offset` (byte offset of its first item), `shape` and
//! `strides` (bytes, possibly negative) over the exporter's memory, plus
//! a format. Views are made only by exporting (1-D, contiguous), by `cast`
//! (C-contiguous N-D or 0-D) and by slicing the first dimension (any
//! step), so every address they name lies inside the exporter. The
//! `c_contiguous`/`f_contiguous` flags follow CPython's `init_flags`: a
//! 1-D view is contiguous when it has one item or its stride is the item
//! size (so an empty `m[::2]` is not), an N-D view by the usual stride
//! rule (every empty N-D view is). Consumers that want the data in C
//! order (`bytes(m)`, `tobytes`, comparisons) copy it out with [`to_vec`];
//! those that ask for a simple buffer (concatenation, `frombytes`, `in`)
//! use [`to_vec_contiguous`], which refuses non-contiguous views with
//! "memoryview: underlying buffer is not C-contiguous".
//!
//! # Formats
//!
//! Items are packed in native byte order. Casts accept CPython 3.11's
//! native single-character formats `c b B ? h H i I l L q Q n N f d P`,
//! optionally prefixed by `@` ([`Format::native`]); `'u'` arrays export
//! format `'w'`, which memoryview can slice and copy but not unpack
//! ("memoryview: format w not supported"), and other exporters' formats
//! are reported as given.
//!
//! # Revoked exporters
//!
//! The owner of a native exporter (a host application lending its memory,
//! see `objects::native::BufferSource::revoked`) may withdraw it while
//! views are alive. From then on the exporter counts as released
//! memory: [`crate::objects::memoryview::PyMemoryView::mbuf`] refuses
//! every view of it, new views and contiguous buffers are refused, and a
//! [`ContiguousBuffer`] already held fails its next access, all with the
//! released-view error. The owner may then resize the memory, since no
//! view can reach it any more.
//!
//! # Released views
//!
//! A released memoryview has dropped its managed buffer; every operation
//! on it goes through [`crate::objects::memoryview::PyMemoryView::mbuf`],
//! the one guard that raises "operation forbidden on released memoryview
//! object".

use crate::exceptions::{new_err, not_implemented, type_error, value_error, ExcType, PyResult};
use crate::objects::array::PyArray;
use crate::objects::bytearray::PyByteArray;
use crate::objects::bytes::PyBytes;
use crate::objects::native::BufferSource;
use crate::value::Value;
use std::rc::Rc;

/// An object that can export its memory.
#[derive(Debug, Clone)]
pub enum Exporter {
    Bytes(Rc<PyBytes>),
    ByteArray(Rc<PyByteArray>),
    Array(Rc<PyArray>),
    /// Memory of a native object (see `objects::native::BufferSource`).
    Native(Rc<dyn BufferSource>),
}

impl Exporter {
    pub fn value(&self) -> Value {
        match self {
            Exporter::Bytes(b) => Value::Bytes(b.clone()),
            Exporter::ByteArray(b) => Value::ByteArray(b.clone()),
            Exporter::Array(a) => Value::Array(a.clone()),
            Exporter::Native(n) => n.owner(),
        }
    }

    /// Whether the exporter's owner withdrew its memory (see "Revoked
    /// exporters" above).
    pub fn revoked(&self) -> bool {
        matches!(self, Exporter::Native(n) if n.revoked())
    }

    pub fn readonly(&self) -> bool {
        match self {
            Exporter::Bytes(_) => true,
            Exporter::Native(n) => n.readonly(),
            _ => false,
        }
    }

    /// The item format of the exported memory.
    pub fn format(&self) -> Format {
        match self {
            Exporter::Array(a) => a.code.format(),
            Exporter::Native(n) => n.format(),
            _ => Format::UNSIGNED_BYTE,
        }
    }

    /// Runs `f` over the exporter's bytes.
    pub fn with<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match self {
            Exporter::Bytes(b) => f(&b.data),
            Exporter::ByteArray(b) => f(&b.data.borrow()),
            Exporter::Array(a) => f(&a.data.borrow()),
            Exporter::Native(n) => {
                let mut f = Some(f);
                let mut out = None;
                n.with_bytes(&mut |b| {
                    if let Some(f) = f.take() {
                        out = Some(f(b));
                    }
                });
                out.unwrap_or_else(|| f.take().map(|f| f(&[])).expect("callback not run"))
            }
        }
    }

    /// Runs `f` over the exporter's bytes, mutably; bytes are read-only.
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> PyResult<R> {
        match self {
            Exporter::Bytes(_) => Err(crate::exceptions::readonly_memory()),
            Exporter::ByteArray(b) => Ok(f(&mut b.data.borrow_mut())),
            Exporter::Array(a) => Ok(f(&mut a.data.borrow_mut())),
            Exporter::Native(n) => {
                let mut f = Some(f);
                let mut out = None;
                let writable = n.with_bytes_mut(&mut |b| {
                    if let Some(f) = f.take() {
                        out = Some(f(b));
                    }
                });
                match out {
                    Some(r) if writable => Ok(r),
                    _ => Err(crate::exceptions::readonly_memory()),
                }
            }
        }
    }

    fn add_export(&self) {
        match self {
            Exporter::Bytes(_) => {}
            Exporter::ByteArray(b) => b.exports.set(b.exports.get() + 1),
            Exporter::Array(a) => a.exports.set(a.exports.get() + 1),
            Exporter::Native(n) => n.add_export(),
        }
    }

    fn release_export(&self) {
        match self {
            Exporter::Bytes(_) => {}
            Exporter::ByteArray(b) => b.exports.set(b.exports.get().saturating_sub(1)),
            Exporter::Array(a) => a.exports.set(a.exports.get().saturating_sub(1)),
            Exporter::Native(n) => n.release_export(),
        }
    }

    /// The exporter behind a value, if it is one (memoryviews are not:
    /// they share their managed buffer instead, see [`export`]).
    pub fn of(v: &Value) -> Option<Exporter> {
        Some(match v {
            Value::Bytes(b) => Exporter::Bytes(b.clone()),
            Value::ByteArray(b) => Exporter::ByteArray(b.clone()),
            Value::Array(a) => Exporter::Array(a.clone()),
            Value::Native(o) => Exporter::Native(o.buffer(o)?),
            // A subclass of bytes or bytearray exports its value's memory.
            Value::Instance(i) => return Exporter::of(i.base.as_ref()?),
            _ => return None,
        })
    }
}

/// The instance attribute in which an object written in Python keeps the
/// view that is its buffer (pyview's `numpy.ndarray`: CPython 3.11 has no
/// Python-level buffer protocol). Consumers take that view as if they had
/// been given it, so its geometry and format are the object's.
pub const VIEW_ATTR: &str = "__pyview_buffer__";

/// The view an instance keeps under [`VIEW_ATTR`], if any.
pub fn exported_view(v: &Value) -> Option<Value> {
    let Value::Instance(i) = v else { return None };
    match i.attrs.borrow().get(VIEW_ATTR) {
        Some(m @ Value::MemoryView(_)) => Some(m.clone()),
        _ => None,
    }
}

/// Whether `v` supports the buffer protocol.
pub fn is_buffer(v: &Value) -> bool {
    matches!(v, Value::MemoryView(_)) || Exporter::of(v).is_some() || exported_view(v).is_some()
}

/// One export of an exporter, shared by all the views derived from it.
/// Its strong count is the number of live views; dropping the last one
/// releases the export.
#[derive(Debug)]
pub struct ManagedBuffer {
    pub exporter: Exporter,
}

impl ManagedBuffer {
    pub fn new(exporter: Exporter) -> Rc<ManagedBuffer> {
        exporter.add_export();
        Rc::new(ManagedBuffer { exporter })
    }
}

impl Drop for ManagedBuffer {
    fn drop(&mut self) {
        self.exporter.release_export();
    }
}

/// The format of one item: a struct-module code and its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Format {
    pub code: u8,
    pub size: usize,
}

impl Format {
    pub const UNSIGNED_BYTE: Format = Format {
        code: b'B',
        size: 1,
    };

    /// The native single-character formats of CPython 3.11's memoryview
    /// (`get_native_fmtchar`), with an optional `@`.
    pub fn native(s: &str) -> Option<Format> {
        let s = s.strip_prefix('@').unwrap_or(s);
        let &[c] = s.as_bytes() else { return None };
        let size = match c {
            b'c' | b'b' | b'B' | b'?' => 1,
            b'h' | b'H' => 2,
            b'i' | b'I' | b'f' => 4,
            b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
            _ => return None,
        };
        Some(Format { code: c, size })
    }

    /// One of the byte formats casts may convert from or to.
    pub fn is_byte(self) -> bool {
        matches!(self.code, b'B' | b'b' | b'c')
    }

    /// Reads one item; `None` for a code memoryview cannot unpack.
    pub fn unpack(self, b: &[u8]) -> Option<Value> {
        macro_rules! rd {
            ($t:ty) => {{
                let mut a = [0u8; std::mem::size_of::<$t>()];
                a.copy_from_slice(b.get(..std::mem::size_of::<$t>())?);
                <$t>::from_ne_bytes(a)
            }};
        }
        let first = *b.first()?;
        Some(match self.code {
            b'B' => Value::Int(first as i64),
            b'b' => Value::Int(first as i8 as i64),
            b'c' => Value::Bytes(Rc::new(PyBytes::new(vec![first]))),
            b'?' => Value::Bool(first != 0),
            b'h' => Value::Int(rd!(i16) as i64),
            b'H' => Value::Int(rd!(u16) as i64),
            b'i' => Value::Int(rd!(i32) as i64),
            b'I' => Value::Int(rd!(u32) as i64),
            b'l' | b'q' | b'n' => Value::Int(rd!(i64)),
            b'L' | b'Q' | b'N' | b'P' => {
                let v = rd!(u64);
                match i64::try_from(v) {
                    Ok(i) => Value::Int(i),
                    Err(_) => Value::BigInt(Rc::new(v.into())),
                }
            }
            b'f' => Value::Float(rd!(f32) as f64),
            b'd' => Value::Float(rd!(f64)),
            _ => return None,
        })
    }

    /// The item as an integer, for the integer formats (`?` included:
    /// bools add as ints); `None` for the others.
    pub fn int_at(self, b: &[u8]) -> Option<i128> {
        macro_rules! rd {
            ($t:ty) => {{
                let mut a = [0u8; std::mem::size_of::<$t>()];
                a.copy_from_slice(b.get(..std::mem::size_of::<$t>())?);
                <$t>::from_ne_bytes(a) as i128
            }};
        }
        Some(match self.code {
            b'B' => rd!(u8),
            b'?' => (rd!(u8) != 0) as i128,
            b'b' => rd!(i8),
            b'h' => rd!(i16),
            b'H' => rd!(u16),
            b'i' => rd!(i32),
            b'I' => rd!(u32),
            b'l' | b'q' | b'n' => rd!(i64),
            b'L' | b'Q' | b'N' | b'P' => rd!(u64),
            _ => return None,
        })
    }

    /// Packs one item with memoryview's checks and messages (CPython's
    /// `pack_single`: a wrong type is a `TypeError`, a value out of range a
    /// `ValueError`, both naming the format).
    pub fn pack(self, v: &Value, out: &mut [u8]) -> PyResult<()> {
        let fmt = self.code as char;
        let invalid_type = || type_error(format!("memoryview: invalid type for format '{fmt}'"));
        let invalid_value = || value_error(format!("memoryview: invalid value for format '{fmt}'"));
        let Some(out) = out.get_mut(..self.size) else {
            return Err(new_err(
                ExcType::SystemError,
                "buffer shorter than its item",
            ));
        };
        match self.code {
            b'f' | b'd' => {
                let x = match v {
                    Value::Float(f) => *f,
                    Value::Int(i) => *i as f64,
                    Value::Bool(b) => *b as i64 as f64,
                    Value::BigInt(b) => {
                        crate::format::bigint_to_f64(b).map_err(|_| invalid_value())?
                    }
                    _ => return Err(invalid_type()),
                };
                if self.code == b'f' {
                    out.copy_from_slice(&(crate::ops::stored_float(x) as f32).to_ne_bytes());
                } else {
                    out.copy_from_slice(&crate::ops::stored_float(x).to_ne_bytes());
                }
                Ok(())
            }
            b'c' => match v {
                Value::Bytes(b) if b.data.len() == 1 => {
                    out[0] = b.data[0];
                    Ok(())
                }
                Value::Bytes(_) => Err(invalid_value()),
                _ => Err(invalid_type()),
            },
            b'?' => {
                out[0] = crate::ops::truthy(v)? as u8;
                Ok(())
            }
            code if !b"bBhHiIlLqQnNP".contains(&code) => Err(not_implemented(format!(
                "memoryview: format {fmt} not supported"
            ))),
            code => {
                let n: i128 = match v {
                    Value::Int(i) => *i as i128,
                    Value::Bool(b) => *b as i128,
                    Value::BigInt(b) => num_traits::ToPrimitive::to_i128(&**b).unwrap_or(i128::MAX),
                    _ => return Err(invalid_type()),
                };
                let (lo, hi): (i128, i128) = match code {
                    b'b' => (i8::MIN.into(), i8::MAX.into()),
                    b'B' => (0, u8::MAX.into()),
                    b'h' => (i16::MIN.into(), i16::MAX.into()),
                    b'H' => (0, u16::MAX.into()),
                    b'i' => (i32::MIN.into(), i32::MAX.into()),
                    b'I' => (0, u32::MAX.into()),
                    b'l' | b'q' | b'n' => (i64::MIN.into(), i64::MAX.into()),
                    b'L' | b'Q' | b'N' => (0, u64::MAX.into()),
                    // A pointer takes any C long or unsigned long.
                    _ => (i64::MIN.into(), u64::MAX.into()),
                };
                if n < lo || n > hi {
                    return Err(invalid_value());
                }
                let bytes = (n as u64).to_ne_bytes();
                // Native little- or big-endian: take the low-order bytes.
                if cfg!(target_endian = "little") {
                    out.copy_from_slice(&bytes[..self.size]);
                } else {
                    out.copy_from_slice(&bytes[8 - self.size..]);
                }
                Ok(())
            }
        }
    }
}

/// IEEE 754 half precision to double.
pub fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let frac = (h & 0x3ff) as f64;
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 => {
            if frac == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        e => (1.0 + frac / 1024.0) * 2f64.powi(e - 15),
    }
}

/// Double to IEEE 754 half precision, rounding to nearest even.
pub fn f64_to_half(x: f64) -> u16 {
    let bits = (x as f32).to_bits();
    let sign = ((bits >> 16) & 0x8000) as u16;
    if x.is_nan() {
        return sign | 0x7e00;
    }
    let a = x.abs();
    if a >= 65520.0 {
        return sign | 0x7c00;
    }
    if a < 2f64.powi(-24) * 0.5 {
        return sign;
    }
    let (m, e) = frexp(a);
    // a = m * 2^e with m in [0.5, 1)
    let e = e - 1; // a = (2m) * 2^e, 2m in [1, 2)
    if e < -14 {
        let q = (a / 2f64.powi(-24)).round_ties_even() as u16;
        return sign | q;
    }
    let mant = ((2.0 * m - 1.0) * 1024.0).round_ties_even() as u32;
    let (mant, e) = if mant == 1024 { (0, e + 1) } else { (mant, e) };
    if e > 15 {
        return sign | 0x7c00;
    }
    sign | (((e + 15) as u16) << 10) | mant as u16
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// The bytes of any bytes-like object, copied out in C order (a
/// `PyBUF_FULL_RO` request: any view will do); `None` when `v` does not
/// support the buffer protocol.
pub fn to_vec(v: &Value) -> Option<PyResult<Vec<u8>>> {
    if let Some(m) = exported_view(v) {
        return to_vec(&m);
    }
    match v {
        Value::MemoryView(m) => Some(m.to_bytes()),
        _ => Exporter::of(v).map(|e| {
            if e.revoked() {
                return Err(crate::exceptions::released_view());
            }
            Ok(e.with(<[u8]>::to_vec))
        }),
    }
}

/// How many bytes [`to_vec`] would copy, found without copying; `None`
/// when `v` does not support the buffer protocol.
pub fn byte_len(v: &Value) -> Option<usize> {
    if let Some(m) = exported_view(v) {
        return byte_len(&m);
    }
    match v {
        Value::MemoryView(m) => Some(m.nbytes()),
        _ => Exporter::of(v).map(|e| if e.revoked() { 0 } else { e.with(<[u8]>::len) }),
    }
}

/// [`to_vec`] for a copy that becomes a Python object: the copy is first
/// requested against the memory cap (MemoryError before anything is
/// allocated), since the source may be a host's memory, not counted.
pub fn to_vec_checked(vm: &crate::interp::Vm, v: &Value) -> Option<PyResult<Vec<u8>>> {
    let n = byte_len(v)?;
    if let Err(e) = vm.check_alloc(n) {
        return Some(Err(e));
    }
    to_vec(v)
}

/// Like [`to_vec`] for consumers that ask for a simple buffer
/// (`PyBUF_SIMPLE`): a released view or one that is not C-contiguous is
/// refused with CPython's errors.
pub fn to_vec_contiguous(v: &Value) -> Option<PyResult<Vec<u8>>> {
    match ContiguousBuffer::readable(v) {
        Err(_) if !is_buffer(v) => None,
        r => Some(r.and_then(|b| b.with(<[u8]>::to_vec))),
    }
}

/// The C-contiguous bytes a function argument exposes through the buffer
/// protocol (CPython's `y*` and `w*` argument conversions): a whole
/// exporter, or the window of a C-contiguous memoryview. Reads and writes
/// go straight to the exporter's memory. It holds an export while alive,
/// so the exporter cannot resize under it.
#[derive(Debug)]
pub struct ContiguousBuffer {
    mbuf: Rc<ManagedBuffer>,
    /// The export of the memoryview this buffer was taken from, if any.
    _view: Option<crate::objects::memoryview::ViewExport>,
    start: usize,
    len: usize,
    readonly: bool,
    /// The item size of the source (a consumer like `frombytes` wants bytes).
    pub itemsize: usize,
}

/// Why a value offers no contiguous buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BufferFault {
    NotBuffer,
    Released,
    NotContiguous,
}

impl ContiguousBuffer {
    pub fn of(v: &Value) -> Result<ContiguousBuffer, BufferFault> {
        if let Some(m) = exported_view(v) {
            return ContiguousBuffer::of(&m);
        }
        if let Value::MemoryView(m) = v {
            let mbuf = m.mbuf().map_err(|_| BufferFault::Released)?;
            if !m.is_c_contiguous() {
                return Err(BufferFault::NotContiguous);
            }
            // An empty view may carry any offset; it names no byte.
            let len = m.nbytes();
            let start = if len == 0 { 0 } else { m.offset as usize };
            return Ok(ContiguousBuffer {
                mbuf,
                _view: Some(m.export().map_err(|_| BufferFault::Released)?),
                start,
                len,
                readonly: m.is_readonly(),
                itemsize: m.format.size,
            });
        }
        let exporter = Exporter::of(v).ok_or(BufferFault::NotBuffer)?;
        if exporter.revoked() {
            return Err(BufferFault::Released);
        }
        let len = exporter.with(|b| b.len());
        let readonly = exporter.readonly();
        let itemsize = exporter.format().size;
        Ok(ContiguousBuffer {
            mbuf: ManagedBuffer::new(exporter),
            _view: None,
            start: 0,
            len,
            readonly,
            itemsize,
        })
    }

    /// A readable buffer (`y*`), with CPython's errors.
    pub fn readable(v: &Value) -> PyResult<ContiguousBuffer> {
        ContiguousBuffer::of(v).map_err(|f| match f {
            BufferFault::NotBuffer => crate::exceptions::bytes_like_required(v.type_name()),
            BufferFault::Released => crate::exceptions::released_view(),
            BufferFault::NotContiguous => crate::exceptions::not_c_contiguous(),
        })
    }

    /// A writable buffer (`w*`): every failure is `TypeError: {what} must
    /// be read-write bytes-like object, not T`.
    pub fn writable(v: &Value, what: &str) -> PyResult<ContiguousBuffer> {
        match ContiguousBuffer::of(v) {
            Ok(b) if !b.readonly => Ok(b),
            _ => Err(crate::exceptions::read_write_required(what, v.type_name())),
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Runs `f` over the bytes.
    pub fn with<R>(&self, f: impl FnOnce(&[u8]) -> R) -> PyResult<R> {
        if self.mbuf.exporter.revoked() {
            return Err(crate::exceptions::released_view());
        }
        let range = self.start..self.start + self.len;
        self.mbuf
            .exporter
            .with(|b| b.get(range).map(f))
            .ok_or_else(outside_exporter)
    }

    /// Runs `f` over the bytes, mutably.
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> PyResult<R> {
        if self.readonly {
            return Err(crate::exceptions::readonly_memory());
        }
        if self.mbuf.exporter.revoked() {
            return Err(crate::exceptions::released_view());
        }
        let range = self.start..self.start + self.len;
        self.mbuf
            .exporter
            .with_mut(|b| b.get_mut(range).map(f))?
            .ok_or_else(outside_exporter)
    }
}

/// A broken invariant: a window past the end of its exporter.
fn outside_exporter() -> Box<crate::exceptions::PyErr> {
    crate::exceptions::new_err(
        crate::exceptions::ExcType::SystemError,
        "buffer outside its exporter's memory",
    )
}
