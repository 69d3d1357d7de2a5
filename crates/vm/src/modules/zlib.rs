//! The `zlib` module over C zlib (through `flate2`'s zlib backend, built
//! from the bundled source): `compress`/`decompress`, `compressobj` and
//! `decompressobj` with CPython's objects, `crc32`, `adler32`, the
//! constants and `zlib.error`.
//!
//! The compressor is fed as CPython feeds it: output blocks of the sizes
//! of CPython's `_BlocksOutputBuffer` (32 KiB, 64 KiB, 256 KiB...), since
//! zlib's stored blocks (level 0) end where the output space does.
//! `flate2` fixes `memLevel` at 8 and the strategy at the default, so
//! other values are refused, and it has no `Z_BLOCK` flush or stream copy.

use super::binascii::bitwise_u32;
use crate::buffer::ContiguousBuffer;
use crate::exceptions::{new_err, type_error, value_error, ExcType, PyErr, PyResult};
use crate::interp::Vm;
use crate::objects::bytes::{c_int_arg, ssize_arg, PyBytes};
use crate::objects::function::{builtin, Args};
use crate::objects::module::PyModule;
use crate::objects::native::NativeObject;
use crate::value::{TypeId, Value};
use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

pub const COMPRESS_TYPE: &str = "zlib.Compress";
pub const DECOMPRESS_TYPE: &str = "zlib.Decompress";

/// The version of the bundled zlib that `libz-sys` builds.
const VERSION: &str = "1.3.2";
const MAX_WBITS: i64 = 15;
const DEF_BUF_SIZE: i64 = 16384;
const Z_NO_FLUSH: i64 = 0;
const Z_FINISH: i64 = 4;
/// zlib's return codes, as CPython's messages print them.
const Z_NEED_DICT: i64 = 2;
const Z_STREAM_ERROR: i64 = -2;
const Z_DATA_ERROR: i64 = -3;
const Z_BUF_ERROR: i64 = -5;

pub fn module() -> Rc<PyModule> {
    let fns: &[(&str, fn(&mut Vm, &Args) -> PyResult<Value>)] = &[
        ("adler32", adler32),
        ("compress", compress),
        ("compressobj", compressobj),
        ("crc32", crc32),
        ("decompress", decompress),
        ("decompressobj", decompressobj),
    ];
    let ints: &[(&str, i64)] = &[
        ("DEFLATED", 8),
        ("DEF_BUF_SIZE", DEF_BUF_SIZE),
        ("DEF_MEM_LEVEL", 8),
        ("MAX_WBITS", MAX_WBITS),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_BEST_SPEED", 1),
        ("Z_BLOCK", 5),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_FILTERED", 1),
        ("Z_FINISH", Z_FINISH),
        ("Z_FIXED", 4),
        ("Z_FULL_FLUSH", 3),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_NO_COMPRESSION", 0),
        ("Z_NO_FLUSH", Z_NO_FLUSH),
        ("Z_PARTIAL_FLUSH", 1),
        ("Z_RLE", 3),
        ("Z_SYNC_FLUSH", 2),
        ("Z_TREES", 6),
    ];
    let mut attrs: Vec<(&str, Value)> = ints.iter().map(|(n, v)| (*n, Value::Int(*v))).collect();
    attrs.push(("ZLIB_VERSION", Value::str(VERSION)));
    attrs.push(("ZLIB_RUNTIME_VERSION", Value::str(VERSION)));
    attrs.push(("error", Value::Type(TypeId::Exception(ExcType::ZlibError))));
    for (name, f) in fns {
        attrs.push((name, builtin(name, Some("zlib"), *f)));
    }
    PyModule::new("zlib", attrs)
}

fn bytes(data: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(PyBytes::new(data)))
}

/// `zlib.error: Error -3 while decompressing data: incorrect header check`:
/// zlib's own message when it gave one, else CPython's for the code.
fn zlib_error(code: i64, what: &str, msg: Option<&str>) -> Box<PyErr> {
    let msg = msg.or(match code {
        Z_BUF_ERROR => Some("incomplete or truncated stream"),
        Z_STREAM_ERROR => Some("inconsistent stream state"),
        Z_DATA_ERROR => Some("invalid input data"),
        _ => None,
    });
    let text = match msg {
        Some(m) => format!("Error {code} {what}: {m}"),
        None => format!("Error {code} {what}"),
    };
    new_err(ExcType::ZlibError, text)
}

fn adler32(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("adler32", "adler32", 1, 2)?;
    let buf = ContiguousBuffer::readable(&args.pos[0])?;
    let start = match args.pos.get(1) {
        Some(v) => bitwise_u32(vm, v)?,
        None => 1,
    };
    let sum = buf.with(|b| {
        const MOD: u32 = 65521;
        let (mut a, mut s) = (start & 0xffff, start >> 16);
        // 5552 bytes is the most that cannot overflow a u32 between
        // reductions (zlib's NMAX).
        for chunk in b.chunks(5552) {
            for &x in chunk {
                a += u32::from(x);
                s += a;
            }
            a %= MOD;
            s %= MOD;
        }
        (s << 16) | a
    })?;
    Ok(Value::Int(i64::from(sum)))
}

fn crc32(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    super::binascii::crc32_of("crc32", vm, args)
}

/// How deflate or inflate wraps its stream, from `wbits`.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Wrap {
    Zlib,
    Raw,
    Gzip,
    /// Inflate only: a zlib or a gzip header, whichever comes.
    Auto,
}

/// deflateInit2's reading of `wbits`; `None` where zlib refuses it (a
/// window of 8 is taken as 9, and only with the zlib header).
fn deflate_wbits(wbits: i64) -> Option<(Wrap, u8)> {
    let (wrap, bits) = match wbits {
        -15..=-9 => (Wrap::Raw, -wbits),
        8..=15 => (Wrap::Zlib, wbits.max(9)),
        25..=31 => (Wrap::Gzip, wbits - 16),
        _ => return None,
    };
    Some((wrap, bits as u8))
}

/// inflateInit2's reading of `wbits` (0 takes the window from the zlib
/// header: 15 accepts every header). `flate2` takes windows of 9 to 15,
/// so 8 is read as 9.
fn inflate_wbits(wbits: i64) -> Option<(Wrap, u8)> {
    let (wrap, bits) = match wbits {
        -15..=-8 => (Wrap::Raw, -wbits),
        0 => (Wrap::Zlib, 15),
        8..=15 => (Wrap::Zlib, wbits),
        16 => (Wrap::Gzip, 15),
        24..=31 => (Wrap::Gzip, wbits - 16),
        32 => (Wrap::Auto, 15),
        40..=47 => (Wrap::Auto, wbits - 32),
        _ => return None,
    };
    Some((wrap, bits.max(9) as u8))
}

fn new_deflater(level: i64, wrap: Wrap, bits: u8) -> Compress {
    let level = Compression::new(if level < 0 { 6 } else { level as u32 });
    match wrap {
        Wrap::Gzip => Compress::new_gzip(level, bits),
        _ => Compress::new_with_window_bits(level, wrap == Wrap::Zlib, bits),
    }
}

/// An inflater for `wrap`; an `Auto` one is made once the first byte
/// shows which header the data has.
fn new_inflater(wrap: Wrap, bits: u8, first: Option<u8>) -> Decompress {
    match wrap {
        Wrap::Gzip => Decompress::new_gzip(bits),
        Wrap::Auto if first == Some(0x1f) => Decompress::new_gzip(bits),
        Wrap::Raw => Decompress::new_with_window_bits(false, bits),
        _ => Decompress::new_with_window_bits(true, bits),
    }
}

/// The sizes of the output blocks CPython's compressors write into.
const BLOCK_SIZES: [usize; 17] = [
    32 << 10,
    64 << 10,
    256 << 10,
    1 << 20,
    4 << 20,
    8 << 20,
    16 << 20,
    16 << 20,
    32 << 20,
    32 << 20,
    32 << 20,
    32 << 20,
    64 << 20,
    64 << 20,
    128 << 20,
    128 << 20,
    256 << 20,
];

/// Runs deflate over `input` with `flush` until it stops filling its
/// output, as CPython's loops do: the output space given to each call is
/// what remains of the current block. The error is zlib's message.
fn deflate_all(
    vm: &Vm,
    z: &mut Compress,
    input: &[u8],
    flush: FlushCompress,
) -> PyResult<Result<(Vec<u8>, Status), Option<String>>> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut block = 0;
    loop {
        let size = BLOCK_SIZES[block.min(BLOCK_SIZES.len() - 1)];
        block += 1;
        vm.check_alloc(out.len().saturating_add(size))?;
        let start = out.len();
        out.resize(start + size, 0);
        let mut filled = start;
        while filled < out.len() {
            let (in0, out0) = (z.total_in(), z.total_out());
            let r = z.compress(&input[pos..], &mut out[filled..], flush);
            pos += (z.total_in() - in0) as usize;
            filled += (z.total_out() - out0) as usize;
            let status = match r {
                Ok(s) => s,
                Err(e) => return Ok(Err(e.message().map(str::to_string))),
            };
            if filled < out.len() {
                out.truncate(filled);
                return Ok(Ok((out, status)));
            }
        }
    }
}

fn compress(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = super::clinic_args(args, "compress", 1, &["level", "wbits"], 1)?;
    let buf = ContiguousBuffer::readable(a[0].as_ref().unwrap_or(&Value::None))?;
    let level = match &a[1] {
        Some(v) => c_int_arg(vm, v)?,
        None => -1,
    };
    let wbits = match &a[2] {
        Some(v) => c_int_arg(vm, v)?,
        None => MAX_WBITS,
    };
    let (wrap, bits) = match deflate_wbits(wbits) {
        Some(w) if (-1..=9).contains(&level) => w,
        _ => return Err(new_err(ExcType::ZlibError, "Bad compression level")),
    };
    let mut z = new_deflater(level, wrap, bits);
    let data = buf.with(|b| b.to_vec())?;
    match deflate_all(vm, &mut z, &data, FlushCompress::Finish)? {
        Ok((out, _)) => Ok(bytes(out)),
        Err(msg) => Err(zlib_error(
            Z_STREAM_ERROR,
            "while compressing data",
            msg.as_deref(),
        )),
    }
}

/// A `zdict` argument: any buffer, else CPython's TypeError.
fn zdict_arg(v: &Value) -> PyResult<Vec<u8>> {
    let buf = ContiguousBuffer::of(v)
        .map_err(|_| type_error("zdict argument must support the buffer protocol"))?;
    buf.with(|b| b.to_vec())
}

fn compressobj(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let names = ["level", "method", "wbits", "memLevel", "strategy", "zdict"];
    let a = super::clinic_args(args, "compressobj", 0, &names, 0)?;
    let mut ints = [-1, 8, MAX_WBITS, 8, 0];
    for (slot, v) in ints.iter_mut().zip(&a) {
        if let Some(v) = v {
            *slot = c_int_arg(vm, v)?;
        }
    }
    let [level, method, wbits, mem_level, strategy] = ints;
    let zdict = match &a[5] {
        Some(v) => Some(ContiguousBuffer::readable(v)?.with(|b| b.to_vec())?),
        None => None,
    };
    let valid = (-1..=9).contains(&level)
        && method == 8
        && (1..=9).contains(&mem_level)
        && (0..=4).contains(&strategy);
    let (wrap, bits) = match deflate_wbits(wbits) {
        Some(w) if valid => w,
        _ => return Err(value_error("Invalid initialization option")),
    };
    if mem_level != 8 || strategy != 0 {
        return Err(new_err(
            ExcType::ZlibError,
            "pyview's zlib supports only memLevel=8 and strategy=Z_DEFAULT_STRATEGY",
        ));
    }
    let mut z = new_deflater(level, wrap, bits);
    if let Some(d) = &zdict {
        if let Err(e) = z.set_dictionary(d) {
            return Err(zlib_error(
                Z_STREAM_ERROR,
                "while setting zdict",
                e.message(),
            ));
        }
    }
    Ok(Value::Native(Rc::new(ZCompress {
        z: RefCell::new(Some(z)),
    })))
}

/// A `zlib.Compress` object; `None` once `flush(Z_FINISH)` ended it.
#[derive(Debug)]
struct ZCompress {
    z: RefCell<Option<Compress>>,
}

impl NativeObject for ZCompress {
    fn type_name(&self) -> &'static str {
        COMPRESS_TYPE
    }

    fn method_names(&self) -> &'static [&'static str] {
        &["compress", "flush"]
    }

    fn call_method(
        &self,
        vm: &mut Vm,
        _this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        Some(match name {
            "compress" => self.compress(vm, args),
            "flush" => self.flush(vm, args),
            _ => return None,
        })
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl ZCompress {
    fn compress(&self, vm: &mut Vm, args: &Args) -> PyResult<Value> {
        args.check_posonly("compress", "compress", 1, 1)?;
        let buf = ContiguousBuffer::readable(&args.pos[0])?;
        let data = buf.with(|b| b.to_vec())?;
        let mut state = self.z.borrow_mut();
        let what = "while compressing data";
        let Some(z) = state.as_mut() else {
            return Err(zlib_error(Z_STREAM_ERROR, what, None));
        };
        match deflate_all(vm, z, &data, FlushCompress::None)? {
            Ok((out, _)) => Ok(bytes(out)),
            Err(msg) => Err(zlib_error(Z_STREAM_ERROR, what, msg.as_deref())),
        }
    }

    fn flush(&self, vm: &mut Vm, args: &Args) -> PyResult<Value> {
        args.check_posonly("flush", "flush", 0, 1)?;
        let mode = match args.pos.first() {
            Some(v) => c_int_arg(vm, v)?,
            None => Z_FINISH,
        };
        if mode == Z_NO_FLUSH {
            return Ok(bytes(Vec::new()));
        }
        let what = "while flushing";
        let flush = match mode {
            1 => FlushCompress::Partial,
            2 => FlushCompress::Sync,
            3 => FlushCompress::Full,
            Z_FINISH => FlushCompress::Finish,
            _ => return Err(zlib_error(Z_STREAM_ERROR, what, None)),
        };
        let mut state = self.z.borrow_mut();
        let Some(z) = state.as_mut() else {
            return Err(zlib_error(Z_STREAM_ERROR, what, None));
        };
        match deflate_all(vm, z, &[], flush)? {
            Ok((out, status)) => {
                if flush == FlushCompress::Finish && status == Status::StreamEnd {
                    *state = None;
                }
                Ok(bytes(out))
            }
            Err(msg) => Err(zlib_error(Z_STREAM_ERROR, what, msg.as_deref())),
        }
    }
}

/// How one run of inflate over some input ended.
enum Inflated {
    /// Ran out of input or of output space (`Z_OK`/`Z_BUF_ERROR`).
    Paused,
    End,
    /// zlib's code and message.
    Failed(i64, Option<String>),
}

/// An inflater and its settings: an `Auto` one is made at the first byte.
struct Inflater {
    z: Option<Decompress>,
    wrap: Wrap,
    bits: u8,
    zdict: Option<Vec<u8>>,
}

impl std::fmt::Debug for Inflater {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Inflater")
            .field("wrap", &self.wrap)
            .finish()
    }
}

impl Inflater {
    fn new(wrap: Wrap, bits: u8, zdict: Option<Vec<u8>>) -> Result<Inflater, Box<PyErr>> {
        let mut inf = Inflater {
            z: None,
            wrap,
            bits,
            zdict,
        };
        if wrap != Wrap::Auto {
            let mut z = new_inflater(wrap, bits, None);
            // A raw stream has no header to ask for the dictionary.
            if let (Wrap::Raw, Some(d)) = (wrap, &inf.zdict) {
                if let Err(e) = z.set_dictionary(d) {
                    return Err(zlib_error(Z_DATA_ERROR, "while setting zdict", e.message()));
                }
            }
            inf.z = Some(z);
        }
        Ok(inf)
    }

    /// Inflates `input` into `out` (at most `max` bytes more when not
    /// 0); returns how it ended and how much input it used.
    fn run(
        &mut self,
        vm: &Vm,
        input: &[u8],
        out: &mut Vec<u8>,
        max: usize,
        bufsize: usize,
        flush: FlushDecompress,
    ) -> PyResult<(Inflated, usize)> {
        if self.z.is_none() {
            if input.is_empty() {
                return Ok((Inflated::Paused, 0));
            }
            self.z = Some(new_inflater(self.wrap, self.bits, input.first().copied()));
        }
        let z = self.z.as_mut().expect("made above");
        let mut pos = 0;
        let start = out.len();
        let mut chunk = bufsize.max(1);
        loop {
            let room = if max > 0 {
                (max - (out.len() - start)).min(chunk)
            } else {
                chunk
            };
            if room == 0 {
                return Ok((Inflated::Paused, pos));
            }
            vm.check_alloc(out.len().saturating_add(room))?;
            let filled = out.len();
            out.resize(filled + room, 0);
            let (in0, out0) = (z.total_in(), z.total_out());
            let r = z.decompress(&input[pos..], &mut out[filled..], flush);
            pos += (z.total_in() - in0) as usize;
            let made = (z.total_out() - out0) as usize;
            out.truncate(filled + made);
            match r {
                Ok(Status::StreamEnd) => return Ok((Inflated::End, pos)),
                Ok(_) if made < room => return Ok((Inflated::Paused, pos)),
                Ok(_) => chunk = chunk.saturating_mul(2).min(1 << 26),
                Err(e) => match (e.needs_dictionary(), &self.zdict) {
                    (Some(_), Some(d)) => {
                        if let Err(e) = z.set_dictionary(d) {
                            return Err(zlib_error(
                                Z_DATA_ERROR,
                                "while setting zdict",
                                e.message(),
                            ));
                        }
                    }
                    (Some(_), None) => return Ok((Inflated::Failed(Z_NEED_DICT, None), pos)),
                    (None, _) => {
                        let msg = e.message().map(str::to_string);
                        return Ok((Inflated::Failed(Z_DATA_ERROR, msg), pos));
                    }
                },
            }
        }
    }
}

fn decompress(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = super::clinic_args(args, "decompress", 1, &["wbits", "bufsize"], 1)?;
    let buf = ContiguousBuffer::readable(a[0].as_ref().unwrap_or(&Value::None))?;
    let wbits = match &a[1] {
        Some(v) => c_int_arg(vm, v)?,
        None => MAX_WBITS,
    };
    let bufsize = match &a[2] {
        Some(v) => ssize_arg(vm, v)?,
        None => DEF_BUF_SIZE,
    };
    if bufsize < 0 {
        return Err(value_error("bufsize must be non-negative"));
    }
    let Some((wrap, bits)) = inflate_wbits(wbits) else {
        return Err(zlib_error(
            Z_STREAM_ERROR,
            "while preparing to decompress data",
            None,
        ));
    };
    let data = buf.with(|b| b.to_vec())?;
    let mut inf = Inflater::new(wrap, bits, None)?;
    let mut out = Vec::new();
    let what = "while decompressing data";
    let (end, _) = inf.run(
        vm,
        &data,
        &mut out,
        0,
        bufsize as usize,
        FlushDecompress::Finish,
    )?;
    match end {
        Inflated::End => Ok(bytes(out)),
        Inflated::Paused => Err(zlib_error(Z_BUF_ERROR, what, None)),
        Inflated::Failed(code, msg) => Err(zlib_error(code, what, msg.as_deref())),
    }
}

fn decompressobj(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = super::clinic_args(args, "decompressobj", 0, &["wbits", "zdict"], 0)?;
    let wbits = match &a[0] {
        Some(v) => c_int_arg(vm, v)?,
        None => MAX_WBITS,
    };
    let zdict = match &a[1] {
        Some(v) => Some(zdict_arg(v)?),
        None => None,
    };
    let Some((wrap, bits)) = inflate_wbits(wbits) else {
        return Err(value_error("Invalid initialization option"));
    };
    Ok(Value::Native(Rc::new(ZDecompress {
        state: RefCell::new(DState {
            inf: Inflater::new(wrap, bits, zdict)?,
            unused_data: Vec::new(),
            unconsumed_tail: Vec::new(),
            eof: false,
        }),
    })))
}

#[derive(Debug)]
struct DState {
    inf: Inflater,
    unused_data: Vec<u8>,
    unconsumed_tail: Vec<u8>,
    eof: bool,
}

impl DState {
    /// CPython's `save_unconsumed_input`: input after the end of the
    /// stream joins `unused_data`; input left because the output limit
    /// was reached becomes `unconsumed_tail` (emptied once all is used).
    fn save_unconsumed(&mut self, rest: &[u8], ended: bool) {
        if ended {
            self.unused_data.extend_from_slice(rest);
            self.unconsumed_tail.clear();
        } else if !rest.is_empty() || !self.unconsumed_tail.is_empty() {
            self.unconsumed_tail = rest.to_vec();
        }
    }
}

/// A `zlib.Decompress` object.
#[derive(Debug)]
struct ZDecompress {
    state: RefCell<DState>,
}

impl NativeObject for ZDecompress {
    fn type_name(&self) -> &'static str {
        DECOMPRESS_TYPE
    }

    fn getattr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        let s = self.state.borrow();
        Some(Ok(match name {
            "unused_data" => bytes(s.unused_data.clone()),
            "unconsumed_tail" => bytes(s.unconsumed_tail.clone()),
            "eof" => Value::Bool(s.eof),
            _ => return None,
        }))
    }

    fn setattr(&self, name: &str, _v: &Value) -> Option<PyResult<()>> {
        matches!(name, "unused_data" | "unconsumed_tail" | "eof")
            .then(|| Err(crate::exceptions::attribute_error("readonly attribute")))
    }

    fn method_names(&self) -> &'static [&'static str] {
        &["decompress", "flush"]
    }

    fn call_method(
        &self,
        vm: &mut Vm,
        _this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        Some(match name {
            "decompress" => self.decompress(vm, args),
            "flush" => self.flush(vm, args),
            _ => return None,
        })
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl ZDecompress {
    fn decompress(&self, vm: &mut Vm, args: &Args) -> PyResult<Value> {
        let a = super::clinic_args(args, "decompress", 1, &["max_length"], 1)?;
        let buf = ContiguousBuffer::readable(a[0].as_ref().unwrap_or(&Value::None))?;
        let max = match &a[1] {
            Some(v) => ssize_arg(vm, v)?,
            None => 0,
        };
        if max < 0 {
            return Err(value_error("max_length must be non-negative"));
        }
        let data = buf.with(|b| b.to_vec())?;
        let mut s = self.state.borrow_mut();
        let mut out = Vec::new();
        let (end, used) = if s.eof {
            // zlib answers Z_STREAM_END again without reading anything.
            (Inflated::End, 0)
        } else {
            // The output grows from one default buffer, whatever the limit.
            let bufsize = DEF_BUF_SIZE as usize;
            s.inf.run(
                vm,
                &data,
                &mut out,
                max as usize,
                bufsize,
                FlushDecompress::Sync,
            )?
        };
        let ended = matches!(end, Inflated::End);
        s.save_unconsumed(&data[used..], ended);
        match end {
            Inflated::End => s.eof = true,
            Inflated::Paused => {}
            Inflated::Failed(code, msg) => {
                return Err(zlib_error(code, "while decompressing data", msg.as_deref()))
            }
        }
        Ok(bytes(out))
    }

    fn flush(&self, vm: &mut Vm, args: &Args) -> PyResult<Value> {
        args.check_posonly("flush", "flush", 0, 1)?;
        let length = match args.pos.first() {
            Some(v) => ssize_arg(vm, v)?,
            None => DEF_BUF_SIZE,
        };
        if length <= 0 {
            return Err(value_error("length must be greater than zero"));
        }
        let mut s = self.state.borrow_mut();
        let data = std::mem::take(&mut s.unconsumed_tail);
        let mut out = Vec::new();
        if s.eof {
            s.save_unconsumed(&data, true);
            return Ok(bytes(out));
        }
        let (end, used) = s.inf.run(
            vm,
            &data,
            &mut out,
            0,
            (length as usize).min(1 << 26),
            FlushDecompress::Finish,
        )?;
        let ended = matches!(end, Inflated::End);
        // flush() leaves the tail as it was when nothing was used.
        s.unconsumed_tail = data.clone();
        s.save_unconsumed(&data[used..], ended);
        if ended {
            s.eof = true;
        }
        Ok(bytes(out))
    }
}
