//! The `binascii` module: `hexlify`/`b2a_hex` (with `sep` and
//! `bytes_per_sep`), `unhexlify`/`a2b_hex`, `b2a_base64` (`newline`),
//! `a2b_base64` (`strict_mode`), `crc32`, `crc_hqx`, and the exceptions
//! `Error` (a ValueError) and `Incomplete`. The uu and quoted-printable
//! codecs (`a2b_uu`, `b2a_qp`, ...) are not provided.
//!
//! Binary arguments go through the buffer protocol as CPython's `y*`
//! conversion does ([`ContiguousBuffer::readable`]): any C-contiguous
//! exporter or view, with CPython's errors for the rest. The `a2b`
//! functions also take an ASCII str, and refuse everything else with one
//! message (CPython's `ascii_buffer` converter). The codecs are plain
//! functions over `&[u8]`, kept here since only this module uses them.

use super::index_value;
use crate::buffer::ContiguousBuffer;
use crate::exceptions::{new_err, not_an_index, type_error, value_error, ExcType, PyErr, PyResult};
use crate::interp::Vm;
use crate::objects::bytes::{c_int_arg, hex_sep, PyBytes};
use crate::objects::function::{builtin, Args};
use crate::objects::module::PyModule;
use crate::value::{TypeId, Value};
use num_integer::Integer;
use std::rc::Rc;

pub fn module() -> Rc<PyModule> {
    let fns: &[(&str, fn(&mut Vm, &Args) -> PyResult<Value>)] = &[
        ("a2b_base64", a2b_base64),
        ("a2b_hex", a2b_hex),
        ("b2a_base64", b2a_base64),
        ("b2a_hex", b2a_hex),
        ("crc32", crc32),
        ("crc_hqx", crc_hqx),
        ("hexlify", hexlify),
        ("unhexlify", unhexlify),
    ];
    let mut attrs = vec![
        (
            "Error",
            Value::Type(TypeId::Exception(ExcType::BinasciiError)),
        ),
        (
            "Incomplete",
            Value::Type(TypeId::Exception(ExcType::BinasciiIncomplete)),
        ),
    ];
    for (name, f) in fns {
        attrs.push((name, builtin(name, Some("binascii"), *f)));
    }
    PyModule::new("binascii", attrs)
}

/// `binascii.Error: Incorrect padding` and the module's other errors.
fn error(msg: impl Into<String>) -> Box<PyErr> {
    new_err(ExcType::BinasciiError, msg)
}

fn bytes(data: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(PyBytes::new(data)))
}

/// Runs `f` over the data of an `a2b` function: an ASCII str or a
/// C-contiguous buffer. Any other value, a released or non-contiguous
/// view included, is the same TypeError, as in CPython.
fn with_ascii<R>(v: &Value, f: impl FnOnce(&[u8]) -> R) -> PyResult<R> {
    let text = match v {
        Value::Str(s) => Some(s),
        Value::Instance(i) => match &i.base {
            Some(Value::Str(s)) => Some(s),
            _ => None,
        },
        _ => None,
    };
    if let Some(s) = text {
        if !s.is_ascii() {
            return Err(value_error(
                "string argument should contain only ASCII characters",
            ));
        }
        return Ok(f(s.as_bytes()));
    }
    let buf = ContiguousBuffer::of(v).map_err(|_| {
        type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            v.type_name()
        ))
    })?;
    buf.with(f)
}

/// An `unsigned int` argument converted bitwise (`crc32`'s start value):
/// any int, taken modulo 2**32.
pub(crate) fn bitwise_u32(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    match &index_value(vm, v)? {
        Value::Int(i) => Ok(*i as u32),
        Value::Bool(b) => Ok(*b as u32),
        Value::BigInt(b) => {
            let low = b.mod_floor(&num_bigint::BigInt::from(1u64 << 32));
            Ok(num_traits::ToPrimitive::to_u32(&low).unwrap_or(0))
        }
        other => Err(not_an_index(other.type_name())),
    }
}

fn hexlify(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    hex_encode(vm, args, "hexlify")
}

fn b2a_hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    hex_encode(vm, args, "b2a_hex")
}

/// `hexlify(data, sep=..., bytes_per_sep=1)`: arguments are converted in
/// CPython's order (data, bytes_per_sep, then the separator's checks).
fn hex_encode(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let a = super::clinic_args(args, name, 0, &["data", "sep", "bytes_per_sep"], 1)?;
    let buf = ContiguousBuffer::readable(a[0].as_ref().unwrap_or(&Value::None))?;
    let per = match &a[2] {
        Some(v) => c_int_arg(vm, v)?,
        None => 1,
    };
    let sep = match &a[1] {
        Some(v) => Some(hex_sep(v, true)?),
        None => None,
    };
    vm.check_alloc(buf.len().saturating_mul(3))?;
    let out = buf.with(|b| crate::objects::byteops::hex_bytes(b, sep, per))?;
    Ok(bytes(out))
}

fn unhexlify(_: &mut Vm, args: &Args) -> PyResult<Value> {
    hex_decode(args, "unhexlify")
}

fn a2b_hex(_: &mut Vm, args: &Args) -> PyResult<Value> {
    hex_decode(args, "a2b_hex")
}

fn hex_decode(args: &Args, name: &str) -> PyResult<Value> {
    let v = args.check_one(&format!("binascii.{name}"))?;
    with_ascii(v, unhex)?.map(bytes)
}

/// Pairs of hex digits, nothing else (no whitespace, unlike
/// `bytes.fromhex`); an odd length is reported before any bad digit.
fn unhex(s: &[u8]) -> PyResult<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return Err(error("Odd-length string"));
    }
    let digit = |c: u8| (c as char).to_digit(16);
    s.chunks_exact(2)
        .map(|p| match (digit(p[0]), digit(p[1])) {
            (Some(hi), Some(lo)) => Ok((hi << 4 | lo) as u8),
            _ => Err(error("Non-hexadecimal digit found")),
        })
        .collect()
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The value of each base64 character; 0xff for the others.
const B64_VALUE: [u8; 256] = {
    let mut t = [0xffu8; 256];
    let mut i = 0;
    while i < 64 {
        t[B64[i] as usize] = i as u8;
        i += 1;
    }
    t
};

/// `b2a_base64(data, /, *, newline=True)`
fn b2a_base64(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.parse("b2a_base64", &["", "newline"], 1, 1, 1)?;
    let buf = ContiguousBuffer::readable(a[0].as_ref().unwrap_or(&Value::None))?;
    let newline = match &a[1] {
        Some(v) => c_int_arg(vm, v)? != 0,
        None => true,
    };
    vm.check_alloc(buf.len() / 3 * 4 + 5)?;
    let out = buf.with(|b| base64_encode(b, newline))?;
    Ok(bytes(out))
}

fn base64_encode(data: &[u8], newline: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        let chars = [n >> 18, n >> 12, n >> 6, n].map(|i| B64[(i & 63) as usize]);
        // One input byte gives two characters, two give three.
        let used = chunk.len() + 1;
        out.extend_from_slice(&chars[..used]);
        out.resize(out.len() + 4 - used, b'=');
    }
    if newline {
        out.push(b'\n');
    }
    out
}

/// `a2b_base64(data, /, *, strict_mode=False)`
fn a2b_base64(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.parse("a2b_base64", &["", "strict_mode"], 1, 1, 1)?;
    let none = Value::None;
    let data = a[0].as_ref().unwrap_or(&none);
    let strict = match &a[1] {
        Some(v) => c_int_arg(vm, v)? != 0,
        None => false,
    };
    with_ascii(data, |s| base64_decode(s, strict))?.map(bytes)
}

/// Base64 decoding as CPython's: outside strict mode, characters outside
/// the alphabet are skipped and decoding stops at the padding that ends
/// a group (whatever follows is ignored); strict mode refuses both, and
/// padding that starts the data or is followed by data characters.
fn base64_decode(s: &[u8], strict: bool) -> PyResult<Vec<u8>> {
    if strict && s.first() == Some(&b'=') {
        return Err(error("Leading padding not allowed"));
    }
    let mut out = Vec::with_capacity(s.len() / 4 * 3 + 3);
    // Characters of the current group seen, their bits, and pads since
    // the last data character.
    let mut pos = 0u32;
    let mut acc = 0u32;
    let mut pads = 0u32;
    let mut padding_started = false;
    for (i, &c) in s.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if pos >= 2 {
                pads += 1;
                if pos + pads >= 4 {
                    if strict && i + 1 < s.len() {
                        return Err(error("Excess data after padding"));
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let v = B64_VALUE[c as usize];
        if v == 0xff {
            if strict {
                return Err(error("Only base64 data is allowed"));
            }
            continue;
        }
        if strict && padding_started {
            return Err(error("Discontinuous padding not allowed"));
        }
        pads = 0;
        acc = acc << 6 | u32::from(v);
        pos += 1;
        if pos > 1 {
            // Each character after the first of a group completes a byte.
            let shift = 2 * (4 - pos);
            out.push((acc >> shift) as u8);
            acc &= (1 << shift) - 1;
        }
        if pos == 4 {
            pos = 0;
        }
    }
    match pos {
        0 => Ok(out),
        1 => Err(error(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
            out.len() / 3 * 4 + 1
        ))),
        _ => Err(error("Incorrect padding")),
    }
}

/// The CRC-32 of zlib (reflected polynomial 0xEDB88320), one entry a byte.
const CRC32_TABLE: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

/// `crc32(data, crc=0, /)`
fn crc32(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crc32_of("binascii.crc32", vm, args)
}

/// `crc32(data, crc=0, /)` of `binascii` and `zlib`, whose argument errors
/// name the function as `func` (`binascii.crc32`, `crc32`).
pub(crate) fn crc32_of(func: &str, vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly(func, "crc32", 1, 2)?;
    let buf = ContiguousBuffer::readable(&args.pos[0])?;
    let start = match args.pos.get(1) {
        Some(v) => bitwise_u32(vm, v)?,
        None => 0,
    };
    let crc = buf.with(|b| crc32_update(start, b))?;
    Ok(Value::Int(i64::from(crc)))
}

/// The CRC-32 of `b` continued from `start` (shared with `zlib.crc32`).
pub(crate) fn crc32_update(start: u32, b: &[u8]) -> u32 {
    !b.iter().fold(!start, |c, &x| {
        CRC32_TABLE[((c ^ u32::from(x)) & 0xff) as usize] ^ (c >> 8)
    })
}

/// CRC-CCITT (polynomial 0x1021, not reflected), one entry a byte.
const CRC_HQX_TABLE: [u16; 256] = {
    let mut t = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = (i as u16) << 8;
        let mut k = 0;
        while k < 8 {
            c = if c & 0x8000 != 0 {
                (c << 1) ^ 0x1021
            } else {
                c << 1
            };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

/// `crc_hqx(data, crc, /)`: the start value is taken modulo 2**16.
fn crc_hqx(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("binascii.crc_hqx", "crc_hqx", 2, 2)?;
    let buf = ContiguousBuffer::readable(&args.pos[0])?;
    let start = bitwise_u32(vm, &args.pos[1])? as u16;
    let crc = buf.with(|b| {
        b.iter().fold(start, |c, &x| {
            (c << 8) ^ CRC_HQX_TABLE[usize::from((c >> 8) ^ u16::from(x))]
        })
    })?;
    Ok(Value::Int(i64::from(crc)))
}
