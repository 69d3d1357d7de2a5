//! The `struct` module: `pack`, `unpack`, `calcsize`, `pack_into`,
//! `unpack_from`, `iter_unpack`, the `Struct` class, its
//! `unpack_iterator`, and `struct.error`.
//!
//! Formats: an optional prefix (`@` native sizes and alignment, `=` `<`
//! `>` `!` standard sizes without padding), then codes
//! `x c b B ? h H i I l L q Q n N e f d s p P` with optional repeat counts
//! and whitespace between codes. Pack and unpack follow CPython 3.11 on a
//! 64-bit host, including which of `_struct.c`'s messages each code and
//! prefix reports (CPython reuses its native routines for standard codes
//! whose sizes match the native ones in the host's byte order, so `'<h'`
//! and `'>h'` word their range errors differently).
//!
//! `*_into`/`*_from` and `iter_unpack` take any C-contiguous buffer
//! through [`ContiguousBuffer`]: `pack_into` writes into the exporter's
//! memory, and an `unpack_iterator` keeps its buffer exported until it is
//! exhausted. User objects pack through `__index__`, `__float__` and
//! `__bool__`. There is no format cache: formats are parsed per call,
//! which is not observable.
//!
//! Invariant: a [`Layout`]'s codes lie inside `size` bytes, and `size`
//! never exceeds `isize::MAX`; every read and write of a field still goes
//! through checked slicing.

use super::{check_slot_no_args, clinic_args, index_value};
use crate::buffer::{f64_to_half, half_to_f64, ContiguousBuffer};
use crate::exceptions::{
    new_err, overflow_error, type_error, ExcType, PyErr, PyException, PyResult,
};
use crate::interp::Vm;
use crate::objects::bytes::PyBytes;
use crate::objects::function::Args;
use crate::objects::native::NativeObject;
use crate::ops;
use crate::value::Value;
use num_traits::ToPrimitive;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub const STRUCT_TYPE: &str = "_struct.Struct";
pub const ITER_TYPE: &str = "_struct.unpack_iterator";

const HOST_BIG: bool = cfg!(target_endian = "big");

fn struct_error(msg: impl Into<String>) -> Box<PyErr> {
    new_err(ExcType::StructError, msg)
}

/// `struct.error: bad char in struct format`
fn bad_char() -> Box<PyErr> {
    struct_error("bad char in struct format")
}

/// `struct.error: total struct size too long`
fn too_long() -> Box<PyErr> {
    struct_error("total struct size too long")
}

/// `struct.error: argument out of range`
fn out_of_range() -> Box<PyErr> {
    struct_error("argument out of range")
}

/// `struct.error: int too large to convert`
fn int_too_large() -> Box<PyErr> {
    struct_error("int too large to convert")
}

/// `struct.error: required argument is not an integer`
fn not_an_integer() -> Box<PyErr> {
    struct_error("required argument is not an integer")
}

/// `struct.error: required argument is not a float`
fn not_a_float() -> Box<PyErr> {
    struct_error("required argument is not a float")
}

/// `struct.error: 'i' format requires -2147483648 <= number <= 2147483647`
fn range_error(code: u8, size: usize, signed: bool) -> Box<PyErr> {
    let bits = 8 * size as u32;
    let code = code as char;
    if signed {
        let hi = (1i128 << (bits - 1)) - 1;
        struct_error(format!(
            "'{code}' format requires {} <= number <= {hi}",
            -hi - 1
        ))
    } else {
        let hi = (1u128 << bits) - 1;
        struct_error(format!("'{code}' format requires 0 <= number <= {hi}"))
    }
}

/// `OverflowError: float too large to pack with f format`, or for an int
/// argument `struct.error: int too large to convert`.
fn float_overflow(v: &Value, code: u8) -> Box<PyErr> {
    if matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
        int_too_large()
    } else {
        overflow_error(format!(
            "float too large to pack with {} format",
            code as char
        ))
    }
}

/// `struct.error: pack expected 2 items for packing (got 1)`
fn item_count(func: &str, expected: usize, got: usize) -> Box<PyErr> {
    struct_error(format!(
        "{func} expected {expected} items for packing (got {got})"
    ))
}

/// Size rules and byte order, from the format's first character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// `@` or no prefix: native sizes, alignment and byte order.
    Native,
    /// `=` `<` `>` `!`: standard sizes, no padding.
    Standard { big: bool },
}

impl Mode {
    fn big_endian(self) -> bool {
        match self {
            Mode::Native => HOST_BIG,
            Mode::Standard { big } => big,
        }
    }

    /// Whether CPython packs `code` with its native routine: always in
    /// native mode, and in the host's byte order for the codes whose
    /// standard and native sizes agree. Only the error messages differ.
    fn native_routine(self, code: u8) -> bool {
        match self {
            Mode::Native => true,
            Mode::Standard { big } => {
                big == HOST_BIG && matches!(code, b'h' | b'H' | b'i' | b'I' | b'q' | b'Q')
            }
        }
    }

    /// Item size and alignment of a code; `None` for a bad char.
    fn item(self, code: u8) -> Option<(usize, usize)> {
        let size = match (code, self) {
            (b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p', _) => return Some((1, 1)),
            (b'h' | b'H' | b'e', _) => 2,
            (b'i' | b'I' | b'f', _) => 4,
            (b'q' | b'Q' | b'd', _) => 8,
            (b'l' | b'L', Mode::Native) => 8,
            (b'l' | b'L', Mode::Standard { .. }) => 4,
            (b'n' | b'N' | b'P', Mode::Native) => 8,
            _ => return None,
        };
        let align = if self == Mode::Native { size } else { 1 };
        Some((size, align))
    }
}

/// One run of a format code.
#[derive(Debug, Clone, Copy)]
struct Code {
    code: u8,
    /// Byte offset of the first item.
    offset: usize,
    /// Bytes per item; for `s` and `p` the whole field.
    size: usize,
    /// Number of items (1 for `s` and `p`).
    repeat: usize,
}

/// A parsed format.
#[derive(Debug)]
pub struct Layout {
    mode: Mode,
    codes: Vec<Code>,
    /// Total size in bytes.
    size: usize,
    /// Values `pack` takes and `unpack` returns.
    nitems: usize,
}

impl Layout {
    pub fn parse(fmt: &[u8]) -> PyResult<Layout> {
        if fmt.contains(&0) {
            return Err(struct_error("embedded null character"));
        }
        let (mode, body) = match fmt.split_first() {
            Some((b'@', rest)) => (Mode::Native, rest),
            Some((b'=', rest)) => (Mode::Standard { big: HOST_BIG }, rest),
            Some((b'<', rest)) => (Mode::Standard { big: false }, rest),
            Some((b'>' | b'!', rest)) => (Mode::Standard { big: true }, rest),
            _ => (Mode::Native, fmt),
        };
        const MAX: usize = isize::MAX as usize;
        let mut layout = Layout {
            mode,
            codes: Vec::new(),
            size: 0,
            nitems: 0,
        };
        let mut chars = body.iter().copied().peekable();
        while let Some(mut c) = chars.next() {
            if crate::objects::byteops::is_space(c) {
                continue;
            }
            let mut num = 1usize;
            if c.is_ascii_digit() {
                num = (c - b'0') as usize;
                while let Some(d) = chars.next_if(u8::is_ascii_digit) {
                    num = num
                        .checked_mul(10)
                        .and_then(|n| n.checked_add((d - b'0') as usize))
                        .filter(|&n| n <= MAX)
                        .ok_or_else(too_long)?;
                }
                c = chars
                    .next()
                    .ok_or_else(|| struct_error("repeat count given without format specifier"))?;
            }
            let (item, align) = mode.item(c).ok_or_else(bad_char)?;
            let start = layout
                .size
                .checked_next_multiple_of(align)
                .filter(|&n| n <= MAX)
                .ok_or_else(too_long)?;
            let end = num
                .checked_mul(item)
                .and_then(|n| n.checked_add(start))
                .filter(|&n| n <= MAX)
                .ok_or_else(too_long)?;
            match c {
                b's' | b'p' => {
                    layout.codes.push(Code {
                        code: c,
                        offset: start,
                        size: num,
                        repeat: 1,
                    });
                    layout.nitems += 1;
                }
                b'x' => {}
                _ => {
                    if num > 0 {
                        layout.codes.push(Code {
                            code: c,
                            offset: start,
                            size: item,
                            repeat: num,
                        });
                    }
                    layout.nitems += num;
                }
            }
            layout.size = end;
        }
        Ok(layout)
    }

    /// Packs `values` (exactly `nitems` of them) through `put`, which
    /// receives each item's offset and bytes, in order.
    fn pack(
        &self,
        vm: &mut Vm,
        values: &[Value],
        put: &mut dyn FnMut(usize, &[u8]) -> PyResult<()>,
    ) -> PyResult<()> {
        let mut values = values.iter();
        let mut scratch = Vec::new();
        for c in &self.codes {
            for k in 0..c.repeat {
                let v = values
                    .next()
                    .ok_or_else(|| item_count("pack", self.nitems, 0))?;
                let offset = c.offset + k * c.size;
                if c.code == b'p' && c.size == 0 {
                    // CPython stores the length byte (255) even in a
                    // zero-size field: it lands on the next field's byte.
                    string_arg(v, b'p')?;
                    if offset < self.size {
                        put(offset, &[0xff])?;
                    }
                    continue;
                }
                let v = convert_user_value(vm, c.code, v)?;
                scratch.clear();
                scratch.resize(c.size, 0);
                self.pack_item(c.code, &v, &mut scratch)?;
                put(offset, &scratch)?;
            }
        }
        Ok(())
    }

    fn pack_item(&self, code: u8, v: &Value, out: &mut [u8]) -> PyResult<()> {
        let big = self.mode.big_endian();
        match code {
            b'c' => match v {
                Value::Bytes(b) if b.data.len() == 1 => out[0] = b.data[0],
                _ => {
                    return Err(struct_error(
                        "char format requires a bytes object of length 1",
                    ))
                }
            },
            b's' => {
                let data = string_arg(v, code)?;
                let n = data.len().min(out.len());
                out[..n].copy_from_slice(&data[..n]);
            }
            b'p' => {
                let data = string_arg(v, code)?;
                let n = data.len().min(out.len() - 1);
                out[1..1 + n].copy_from_slice(&data[..n]);
                out[0] = n.min(255) as u8;
            }
            b'?' => out[0] = ops::truthy(v)? as u8,
            b'e' => {
                let x = float_arg(v)?;
                let h = f64_to_half(x);
                if x.is_finite() && h & 0x7fff == 0x7c00 {
                    return Err(float_overflow(v, code));
                }
                put_bytes(out, h as u128, big);
            }
            b'f' => {
                let x = crate::ops::stored_float(float_arg(v)?);
                let y = x as f32;
                if self.mode != Mode::Native && y.is_infinite() && x.is_finite() {
                    return Err(float_overflow(v, code));
                }
                put_bytes(out, y.to_bits() as u128, big);
            }
            b'd' => put_bytes(
                out,
                crate::ops::stored_float(float_arg(v)?).to_bits() as u128,
                big,
            ),
            _ => {
                let n = self.check_int(code, out.len(), v)?;
                put_bytes(out, n as u128, big);
            }
        }
        Ok(())
    }

    /// An integer argument checked for `code` with the message CPython's
    /// routine for it reports.
    fn check_int(&self, code: u8, size: usize, v: &Value) -> PyResult<i128> {
        // `None`: beyond i128, so out of every range.
        let n: Option<i128> = match v {
            Value::Int(i) => Some(*i as i128),
            Value::Bool(b) => Some(*b as i128),
            Value::BigInt(b) => b.to_i128(),
            _ => return Err(not_an_integer()),
        };
        let fits_long = n.filter(|n| i64::try_from(*n).is_ok());
        let fits_ulong = n.filter(|n| u64::try_from(*n).is_ok());
        let long = || fits_long.ok_or_else(out_of_range);
        let ulong = || fits_ulong.ok_or_else(out_of_range);
        let native = self.mode.native_routine(code);
        let named = |lo: i128, hi: i128, name: &str, n: i128| {
            if n < lo || n > hi {
                Err(struct_error(format!(
                    "{name} format requires {lo} <= number <= {hi}"
                )))
            } else {
                Ok(n)
            }
        };
        match code {
            b'b' => named(-128, 127, "byte", long()?),
            b'B' => named(0, 255, "ubyte", long()?),
            b'h' if native => named(-32768, 32767, "short", long()?),
            b'H' if native => named(0, 65535, "ushort", long()?),
            // A pointer takes any value a C long or unsigned long holds.
            b'P' => n
                .filter(|n| *n >= i64::MIN as i128 && *n <= u64::MAX as i128)
                .ok_or_else(int_too_large),
            b'q' if !native => fits_long.ok_or_else(int_too_large),
            b'Q' if !native => fits_ulong.ok_or_else(int_too_large),
            b'h' | b'i' | b'l' | b'q' | b'n' => {
                let n = long()?;
                if size < 8 && (n < -(1i128 << (8 * size - 1)) || n >= 1i128 << (8 * size - 1)) {
                    return Err(range_error(code, size, true));
                }
                Ok(n)
            }
            _ => {
                let n = ulong()?;
                if size < 8 && n >= 1i128 << (8 * size) {
                    return Err(range_error(code, size, false));
                }
                Ok(n)
            }
        }
    }

    /// Unpacks `data` (exactly `size` bytes).
    fn unpack(&self, data: &[u8]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(self.nitems.min(data.len() + 1));
        let big = self.mode.big_endian();
        for c in &self.codes {
            for k in 0..c.repeat {
                let offset = c.offset + k * c.size;
                let b = data.get(offset..offset + c.size).ok_or_else(|| {
                    new_err(ExcType::SystemError, "struct field outside its buffer")
                })?;
                out.push(unpack_item(c.code, b, big)?);
            }
        }
        Ok(out)
    }
}

/// Writes the low `out.len()` bytes of `n` in the given order.
fn put_bytes(out: &mut [u8], n: u128, big: bool) {
    let le = n.to_le_bytes();
    let size = out.len().min(16);
    out[..size].copy_from_slice(&le[..size]);
    if big {
        out[..size].reverse();
    }
}

/// Reads `b` as an unsigned number in the given order.
fn get_bytes(b: &[u8], big: bool) -> u128 {
    let mut n = 0u128;
    let mut push = |byte: &u8| n = (n << 8) | *byte as u128;
    if big {
        b.iter().for_each(&mut push);
    } else {
        b.iter().rev().for_each(&mut push);
    }
    n
}

fn unpack_item(code: u8, b: &[u8], big: bool) -> PyResult<Value> {
    let bytes = |d: &[u8]| Value::Bytes(Rc::new(PyBytes::new(d.to_vec())));
    Ok(match code {
        b'c' | b's' => bytes(b),
        b'p' => {
            let Some((&n, rest)) = b.split_first() else {
                return Err(new_err(
                    ExcType::SystemError,
                    "Negative size passed to PyBytes_FromStringAndSize",
                ));
            };
            bytes(&rest[..(n as usize).min(rest.len())])
        }
        b'?' => Value::Bool(b.iter().any(|&x| x != 0)),
        b'e' => Value::Float(half_to_f64(get_bytes(b, big) as u16)),
        b'f' => Value::Float(f32::from_bits(get_bytes(b, big) as u32) as f64),
        b'd' => Value::Float(f64::from_bits(get_bytes(b, big) as u64)),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let bits = 8 * b.len() as u32;
            let raw = get_bytes(b, big);
            // Sign-extend from the item's width.
            let n = ((raw << (128 - bits)) as i128) >> (128 - bits);
            Value::Int(n as i64)
        }
        _ => {
            let n = get_bytes(b, big) as u64;
            match i64::try_from(n) {
                Ok(i) => Value::Int(i),
                Err(_) => Value::BigInt(Rc::new(n.into())),
            }
        }
    })
}

/// A user object as the value `code` packs: `__index__` for integer
/// codes, `__float__` (else `__index__`) for float codes, its truth for
/// `?`. Other values are returned as they are.
fn convert_user_value(vm: &mut Vm, code: u8, v: &Value) -> PyResult<Value> {
    if crate::dispatch::user_class(v).is_none() {
        return Ok(v.clone());
    }
    match code {
        b'?' => Ok(Value::Bool(vm.truthy(v)?)),
        b'c' | b's' | b'p' => Ok(v.clone()),
        b'e' | b'f' | b'd' => {
            // Every failure, the method's own errors included, becomes
            // the struct error (CPython replaces whatever was raised).
            let r = match vm.call_special(v, "__float__", vec![]) {
                Some(r) => r.ok().filter(|x| matches!(x, Value::Float(_))),
                None => vm
                    .call_special(v, "__index__", vec![])
                    .and_then(Result::ok)
                    .filter(|x| matches!(x, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))),
            };
            r.ok_or_else(not_a_float)
        }
        _ => match index_value(vm, v)? {
            Value::Instance(_) | Value::Exception(_) => Err(not_an_integer()),
            n => Ok(n),
        },
    }
}

/// The bytes of an `s` or `p` argument: bytes or bytearray only.
fn string_arg(v: &Value, code: u8) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.data.to_vec()),
        Value::ByteArray(b) => Ok(b.data.borrow().clone()),
        _ => Err(struct_error(format!(
            "argument for '{}' must be a bytes object",
            code as char
        ))),
    }
}

fn float_arg(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => crate::format::bigint_to_f64(b).map_err(|_| not_a_float()),
        _ => Err(not_a_float()),
    }
}

/// The bytes of a format argument (`Struct(format)`).
fn format_bytes(v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Str(s) => crate::objects::str::encode(s, "ascii", "strict"),
        Value::Bytes(b) => Ok(b.data.to_vec()),
        other => Err(type_error(format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            other.type_name()
        ))),
    }
}

/// A `Struct` object: a parsed format.
#[derive(Debug)]
pub struct PyStruct {
    layout: Rc<Layout>,
    format: Rc<str>,
}

impl PyStruct {
    fn new(fmt: &Value) -> PyResult<PyStruct> {
        let bytes = format_bytes(fmt)?;
        let layout = Layout::parse(&bytes)?;
        Ok(PyStruct {
            layout: Rc::new(layout),
            format: String::from_utf8_lossy(&bytes).into(),
        })
    }

    /// The struct for a module-level function's format argument. CPython
    /// looks formats up in a cache first, so unhashable ones fail there.
    fn for_module(fmt: &Value) -> PyResult<PyStruct> {
        ops::hash(fmt)?;
        PyStruct::new(fmt)
    }

    fn pack(&self, vm: &mut Vm, values: &[Value]) -> PyResult<Value> {
        let l = &self.layout;
        if values.len() != l.nitems {
            return Err(item_count("pack", l.nitems, values.len()));
        }
        vm.check_alloc(l.size)?;
        let mut out = Vec::new();
        out.try_reserve_exact(l.size)
            .map_err(|_| crate::exceptions::memory_error(""))?;
        out.resize(l.size, 0);
        l.pack(vm, values, &mut |off, bytes| {
            if let Some(dst) = out.get_mut(off..off + bytes.len()) {
                dst.copy_from_slice(bytes);
            }
            Ok(())
        })?;
        Ok(Value::Bytes(Rc::new(PyBytes::new(out))))
    }

    fn unpack(&self, vm: &Vm, buffer: &Value) -> PyResult<Value> {
        let buf = ContiguousBuffer::readable(buffer)?;
        let size = self.layout.size;
        if buf.len() != size {
            return Err(struct_error(format!(
                "unpack requires a buffer of {size} bytes"
            )));
        }
        // A count (`'10000000b'`) makes that many objects from few bytes.
        vm.check_items(self.layout.nitems, 0)?;
        Ok(Value::new_tuple(buf.with(|b| self.layout.unpack(b))??))
    }

    fn unpack_from(&self, vm: &mut Vm, buffer: &Value, offset: &Option<Value>) -> PyResult<Value> {
        let buf = ContiguousBuffer::readable(buffer)?;
        let offset = match offset {
            Some(v) => ops::index_i64(&index_value(vm, v)?)?,
            None => 0,
        };
        let size = self.layout.size;
        let start = self.start(offset, buf.len(), "not enough data to unpack")?;
        if buf.len().checked_sub(start).is_none_or(|left| left < size) {
            return Err(struct_error(format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {start} (actual buffer size is {})",
                size as u128 + start as u128,
                buf.len()
            )));
        }
        vm.check_items(self.layout.nitems, 0)?;
        Ok(Value::new_tuple(buf.with(|b| {
            self.layout
                .unpack(b.get(start..start + size).unwrap_or_default())
        })??))
    }

    /// Resolves a possibly negative offset into a buffer of `len` bytes,
    /// with `_struct.c`'s checks (`what` words the first one).
    fn start(&self, offset: i64, len: usize, what: &str) -> PyResult<usize> {
        let size = self.layout.size as i128;
        let off = offset as i128;
        if off >= 0 {
            return Ok(offset as usize);
        }
        if off + size > 0 {
            return Err(struct_error(format!(
                "{what} {size} bytes at offset {offset}"
            )));
        }
        if off + (len as i128) < 0 {
            return Err(struct_error(format!(
                "offset {offset} out of range for {len}-byte buffer"
            )));
        }
        Ok((off + len as i128) as usize)
    }

    /// `pack_into(buffer, offset, *values)`; `args` is everything after
    /// the format.
    fn pack_into(&self, vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
        let l = &self.layout;
        if args.len() != l.nitems + 2 {
            return Err(match args.len() {
                0 => struct_error("pack_into expected buffer argument"),
                1 => struct_error("pack_into expected offset argument"),
                n => item_count("pack_into", l.nitems, n - 2),
            });
        }
        let buf = ContiguousBuffer::writable(&args[0], "argument")?;
        let offset = match &index_value(vm, &args[1])? {
            Value::BigInt(_) => {
                return Err(crate::exceptions::index_error(
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
            v => ops::index_i64(v)?,
        };
        let start = self.start(offset, buf.len(), "no space to pack")?;
        if buf
            .len()
            .checked_sub(start)
            .is_none_or(|left| left < l.size)
        {
            return Err(struct_error(format!(
                "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {start} (actual buffer size is {})",
                l.size as u128 + start as u128,
                l.size,
                buf.len()
            )));
        }
        // As in CPython the field is zeroed first and items are written
        // one by one, so an error leaves the earlier items in place.
        buf.with_mut(|b| {
            if let Some(dst) = b.get_mut(start..start + l.size) {
                dst.fill(0);
            }
        })?;
        l.pack(vm, &args[2..], &mut |off, bytes| {
            let at = start + off;
            buf.with_mut(|b| {
                if let Some(dst) = b.get_mut(at..at + bytes.len()) {
                    dst.copy_from_slice(bytes);
                }
            })
        })?;
        Ok(Value::None)
    }

    fn iter_unpack(&self, buffer: &Value) -> PyResult<Value> {
        let size = self.layout.size;
        if size == 0 {
            return Err(struct_error(
                "cannot iteratively unpack with a struct of length 0",
            ));
        }
        let buf = ContiguousBuffer::readable(buffer)?;
        if buf.len() % size != 0 {
            return Err(struct_error(format!(
                "iterative unpacking requires a buffer of a multiple of {size} bytes"
            )));
        }
        Ok(Value::Native(Rc::new(UnpackIter {
            layout: self.layout.clone(),
            buf: RefCell::new(Some(buf)),
            index: Cell::new(0),
        })))
    }
}

const STRUCT_METHODS: &[&str] = &["pack", "unpack", "pack_into", "unpack_from", "iter_unpack"];

impl NativeObject for PyStruct {
    fn type_name(&self) -> &'static str {
        STRUCT_TYPE
    }

    fn getattr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        match name {
            "format" => Some(Ok(Value::Str(self.format.clone()))),
            "size" => Some(Ok(Value::from_usize(self.layout.size))),
            _ => None,
        }
    }

    fn method_names(&self) -> &'static [&'static str] {
        STRUCT_METHODS
    }

    fn call_method(
        &self,
        vm: &mut Vm,
        _this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        let one = |args: &Args, method: &str| -> PyResult<Value> {
            let qual = format!("Struct.{method}");
            args.no_kwargs(&qual)?;
            args.check_exact(&qual, 1)?;
            Ok(args.pos[0].clone())
        };
        Some(match name {
            "pack" => args
                .no_kwargs("Struct.pack")
                .and_then(|_| self.pack(vm, &args.pos)),
            "unpack" => one(args, name).and_then(|b| self.unpack(vm, &b)),
            "iter_unpack" => one(args, name).and_then(|b| self.iter_unpack(&b)),
            "pack_into" => args
                .no_kwargs("Struct.pack_into")
                .and_then(|_| self.pack_into(vm, &args.pos)),
            "unpack_from" => clinic_args(args, "unpack_from", 0, &["buffer", "offset"], 1)
                .and_then(|a| self.unpack_from(vm, a[0].as_ref().unwrap_or(&Value::None), &a[1])),
            _ => return None,
        })
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The iterator `iter_unpack` returns. It holds its buffer until exhausted.
#[derive(Debug)]
struct UnpackIter {
    layout: Rc<Layout>,
    buf: RefCell<Option<ContiguousBuffer>>,
    /// Byte offset of the next item.
    index: Cell<usize>,
}

impl NativeObject for UnpackIter {
    fn type_name(&self) -> &'static str {
        ITER_TYPE
    }

    fn method_names(&self) -> &'static [&'static str] {
        &["__length_hint__", "__next__", "__iter__"]
    }

    fn call_method(
        &self,
        vm: &mut Vm,
        this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        let checked = if name == "__length_hint__" {
            let qual = format!("unpack_iterator.{name}");
            args.no_kwargs(&qual)
                .and_then(|_| args.check_exact(&qual, 0))
        } else {
            check_slot_no_args(args, name)
        };
        if let Err(e) = checked {
            return Some(Err(e));
        }
        Some(match name {
            "__length_hint__" => {
                let left = match &*self.buf.borrow() {
                    Some(b) => (b.len() - self.index.get().min(b.len())) / self.layout.size,
                    None => 0,
                };
                Ok(Value::from_usize(left))
            }
            "__iter__" => Ok(Value::Native(this.clone())),
            "__next__" => match self.next(vm, this)? {
                Ok(Some(v)) => Ok(v),
                Ok(None) => Err(crate::exceptions::err_from(PyException::new(
                    ExcType::StopIteration,
                    vec![],
                ))),
                Err(e) => Err(e),
            },
            _ => return None,
        })
    }

    fn iter(&self, this: &Rc<dyn NativeObject>) -> Option<PyResult<Value>> {
        Some(Ok(Value::Native(this.clone())))
    }

    fn next(&self, _vm: &mut Vm, _this: &Rc<dyn NativeObject>) -> Option<PyResult<Option<Value>>> {
        let mut slot = self.buf.borrow_mut();
        let Some(buf) = slot.as_ref() else {
            return Some(Ok(None));
        };
        let start = self.index.get();
        let size = self.layout.size;
        if start >= buf.len() {
            // Exhausted: give the buffer back, as CPython does.
            *slot = None;
            return Some(Ok(None));
        }
        self.index.set(start + size);
        let item = buf.with(|b| {
            self.layout
                .unpack(b.get(start..start + size).unwrap_or_default())
        });
        Some(match item {
            Ok(Ok(values)) => Ok(Some(Value::new_tuple(values))),
            Ok(Err(e)) | Err(e) => Err(e),
        })
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `Struct(format)`.
pub fn construct(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = clinic_args(args, "Struct", 0, &["format"], 1)?;
    let fmt = a[0].clone().unwrap_or(Value::None);
    Ok(Value::Native(Rc::new(PyStruct::new(&fmt)?)))
}

/// `unpack_iterator()`: CPython 3.11's message, typo included.
pub fn construct_iter() -> PyResult<Value> {
    Err(type_error("Cannot create 'unpack_iterator objects"))
}

/// `TypeError: _struct.pack() takes no keyword arguments`
fn no_kwargs(args: &Args, func: &str) -> PyResult<()> {
    args.no_kwargs(&format!("_struct.{func}"))
}

/// `TypeError: unpack expected 2 arguments, got 1`
fn exact(args: &Args, func: &str, n: usize) -> PyResult<()> {
    no_kwargs(args, func)?;
    args.check_exact_n(func, n)
}

/// The format argument of `pack` and `pack_into`.
fn leading_format(args: &Args) -> PyResult<PyStruct> {
    let fmt = args
        .pos
        .first()
        .ok_or_else(|| type_error("missing format argument"))?;
    PyStruct::for_module(fmt)
}

pub fn pack(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_kwargs(args, "pack")?;
    leading_format(args)?.pack(vm, &args.pos[1..])
}

pub fn pack_into(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_kwargs(args, "pack_into")?;
    leading_format(args)?.pack_into(vm, &args.pos[1..])
}

pub fn unpack(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exact(args, "unpack", 2)?;
    PyStruct::for_module(&args.pos[0])?.unpack(vm, &args.pos[1])
}

pub fn iter_unpack(_: &mut Vm, args: &Args) -> PyResult<Value> {
    exact(args, "iter_unpack", 2)?;
    PyStruct::for_module(&args.pos[0])?.iter_unpack(&args.pos[1])
}

pub fn unpack_from(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = clinic_args(args, "unpack_from", 1, &["buffer", "offset"], 2)?;
    let s = PyStruct::for_module(a[0].as_ref().unwrap_or(&Value::None))?;
    s.unpack_from(vm, a[1].as_ref().unwrap_or(&Value::None), &a[2])
}

pub fn calcsize(_: &mut Vm, args: &Args) -> PyResult<Value> {
    no_kwargs(args, "calcsize")?;
    args.check_exact("_struct.calcsize", 1)?;
    let s = PyStruct::for_module(&args.pos[0])?;
    Ok(Value::from_usize(s.layout.size))
}
