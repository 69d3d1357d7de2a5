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
//! ([`export`]) creates one [`ManagedBuffer`] (CPython's
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
//! # Resizing while exported
//!
//! Views store byte offsets into the exporter's memory, so its memory must
//! not move or shrink while any export is live. A bytearray or array whose
//! export count is non-zero refuses every operation that would change its
//! length, with CPython's `BufferError` ("Existing exports of data: object
//! cannot be re-sized", "cannot resize an array that is exporting
//! buffers"); writes that keep the length (item and equal-length slice
//! assignment) stay allowed. bytes never resize. Because the counts are
//! exact, every view's offsets stay in bounds; accesses still go through
//! checked slicing, so a broken invariant raises `SystemError` rather than
//! panicking.
//!
//! # Released views
//!
//! A released memoryview has dropped its managed buffer; every operation
//! on it goes through [`crate::objects::memoryview::PyMemoryView::mbuf`],
//! the one guard that raises "operation forbidden on released memoryview
//! object".

use crate::exceptions::{type_error, value_error, PyResult};
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
            _ => return None,
        })
    }
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

    /// Native-mode formats memoryview understands (with an optional `@`).
    pub fn parse(s: &str) -> Option<Format> {
        let s = s.strip_prefix('@').unwrap_or(s);
        let &[c] = s.as_bytes() else { return None };
        let size = match c {
            b'c' | b'b' | b'B' | b'?' => 1,
            b'h' | b'H' | b'e' => 2,
            b'i' | b'I' | b'f' => 4,
            b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
            _ => return None,
        };
        Some(Format { code: c, size })
    }

    pub fn name(self) -> String {
        (self.code as char).to_string()
    }

    /// Reads one item.
    pub fn unpack(self, b: &[u8]) -> Value {
        macro_rules! rd {
            ($t:ty) => {{
                let mut a = [0u8; std::mem::size_of::<$t>()];
                a.copy_from_slice(&b[..std::mem::size_of::<$t>()]);
                <$t>::from_ne_bytes(a)
            }};
        }
        if b.len() < self.size {
            return Value::None;
        }
        match self.code {
            b'B' => Value::Int(b[0] as i64),
            b'b' => Value::Int(b[0] as i8 as i64),
            b'c' => Value::Bytes(Rc::new(PyBytes::new(vec![b[0]]))),
            b'?' => Value::Bool(b[0] != 0),
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
            b'e' => Value::Float(half_to_f64(rd!(u16))),
            _ => Value::None,
        }
    }

    /// Writes one item with memoryview's checks and messages.
    pub fn pack(self, v: &Value, out: &mut [u8]) -> PyResult<()> {
        let fmt = self.code as char;
        let invalid_type = || type_error(format!("memoryview: invalid type for format '{fmt}'"));
        let invalid_value = || value_error(format!("memoryview: invalid value for format '{fmt}'"));
        if out.len() < self.size {
            return Err(crate::exceptions::new_err(
                crate::exceptions::ExcType::SystemError,
                "buffer shorter than its item",
            ));
        }
        match self.code {
            b'f' | b'd' | b'e' => {
                let x = match v {
                    Value::Float(f) => *f,
                    Value::Int(i) => *i as f64,
                    Value::Bool(b) => *b as i64 as f64,
                    Value::BigInt(b) => {
                        crate::format::bigint_to_f64(b).map_err(|_| invalid_value())?
                    }
                    _ => return Err(invalid_type()),
                };
                match self.code {
                    b'f' => out[..4].copy_from_slice(&(x as f32).to_ne_bytes()),
                    b'd' => out[..8].copy_from_slice(&x.to_ne_bytes()),
                    _ => out[..2].copy_from_slice(&f64_to_half(x).to_ne_bytes()),
                }
                Ok(())
            }
            b'c' => match v {
                Value::Bytes(b) if b.data.len() == 1 => {
                    out[0] = b.data[0];
                    Ok(())
                }
                _ => Err(invalid_value()),
            },
            b'?' => {
                out[0] = crate::ops::truthy_simple(v).ok_or_else(invalid_type)? as u8;
                Ok(())
            }
            _ => {
                let n: i128 = match v {
                    Value::Int(i) => *i as i128,
                    Value::Bool(b) => *b as i128,
                    Value::BigInt(b) => num_traits::ToPrimitive::to_i128(&**b).unwrap_or(i128::MAX),
                    _ => return Err(invalid_type()),
                };
                let (lo, hi): (i128, i128) = match self.code {
                    b'b' => (i8::MIN as i128, i8::MAX as i128),
                    b'B' => (0, u8::MAX as i128),
                    b'h' => (i16::MIN as i128, i16::MAX as i128),
                    b'H' => (0, u16::MAX as i128),
                    b'i' => (i32::MIN as i128, i32::MAX as i128),
                    b'I' => (0, u32::MAX as i128),
                    b'l' | b'q' | b'n' => (i64::MIN as i128, i64::MAX as i128),
                    _ => (0, u64::MAX as i128),
                };
                if n < lo || n > hi {
                    return Err(invalid_value());
                }
                let bytes = (n as u64).to_ne_bytes();
                // Native little- or big-endian: take the low-order bytes.
                if cfg!(target_endian = "little") {
                    out[..self.size].copy_from_slice(&bytes[..self.size]);
                } else {
                    out[..self.size].copy_from_slice(&bytes[8 - self.size..]);
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

/// The bytes of any bytes-like object, copied out (C order for views);
/// `None` when `v` does not support the buffer protocol.
pub fn to_vec(v: &Value) -> Option<PyResult<Vec<u8>>> {
    match v {
        Value::MemoryView(m) => Some(m.to_bytes()),
        _ => Exporter::of(v).map(|e| Ok(e.with(<[u8]>::to_vec))),
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
    start: usize,
    len: usize,
    readonly: bool,
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
        if let Value::MemoryView(m) = v {
            let mbuf = m.mbuf().map_err(|_| BufferFault::Released)?;
            if !m.is_c_contiguous() {
                return Err(BufferFault::NotContiguous);
            }
            let start = usize::try_from(m.offset).map_err(|_| BufferFault::NotContiguous)?;
            return Ok(ContiguousBuffer {
                mbuf,
                start,
                len: m.nbytes(),
                readonly: m.readonly,
            });
        }
        let exporter = Exporter::of(v).ok_or(BufferFault::NotBuffer)?;
        let len = exporter.with(|b| b.len());
        let readonly = exporter.readonly();
        Ok(ContiguousBuffer {
            mbuf: ManagedBuffer::new(exporter),
            start: 0,
            len,
            readonly,
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
