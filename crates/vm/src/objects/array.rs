//! `array.array`: a typed, resizable array of numbers and buffer exporter.
//!
//! Supports CPython 3.11's typecodes b B u h H i I l L q Q f d and all of
//! the type: construction from a list, tuple, bytes-like object, str (for
//! 'u'), array or any iterable, with CPython's checks in its order; the
//! methods `append buffer_info byteswap count extend frombytes fromlist
//! fromunicode index insert pop remove reverse tobytes tolist tounicode`
//! and the attributes `typecode itemsize`; indexing, slicing with any step
//! (copies), item and slice assignment and deletion; `+ * += *=`;
//! comparisons item by item between arrays of any typecodes; `in`,
//! iteration, `len`, repr; and the per-typecode `OverflowError` and
//! `TypeError` texts of `arraymodule.c`.
//!
//! Items are stored packed in native byte order ('u' as 4-byte code
//! points, exported to memoryview as format 'w'). A 'u' array can hold
//! code points that are not characters (filled from bytes): reading one
//! raises CPython's `ValueError`. Lone surrogates are stored as their code
//! point and read as strings holding them (see `crate::surrogates`).
//!
//! Invariant: while `exports > 0` the length never changes; every
//! resizing entry point calls [`PyArray::resize`] with the new length
//! (slice assignment makes CPython's stricter check itself), which also
//! replays CPython's over-allocation for `sys.getsizeof`.

use crate::buffer::Format;
use crate::exceptions::{self, overflow_error, type_error, value_error, PyResult};
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::objects::slice::{self, SliceIndices};
use crate::ops;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use pyview_syntax::ir::CmpOp;
use std::cell::{Cell, RefCell};
use std::cmp::Ordering;
use std::rc::Rc;

/// The typecodes, in the order CPython lists them.
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypeCode(pub u8);

fn unicode_item() -> Box<exceptions::PyErr> {
    type_error("array item must be unicode character")
}

fn bad_typecode() -> Box<exceptions::PyErr> {
    value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
}

/// A 'u' item as a char, with `chr()`'s error past U+10FFFF.
fn code_point(u: u32) -> PyResult<char> {
    crate::surrogates::from_code(u).ok_or_else(|| value_error("chr() arg not in range(0x110000)"))
}

impl TypeCode {
    pub fn itemsize(self) -> usize {
        match self.0 {
            b'b' | b'B' => 1,
            b'h' | b'H' => 2,
            b'u' | b'i' | b'I' | b'f' => 4,
            _ => 8,
        }
    }

    pub fn char(self) -> char {
        self.0 as char
    }

    /// The item format memoryview sees ('u' arrays export 'w').
    pub fn format(self) -> Format {
        Format {
            code: if self.0 == b'u' { b'w' } else { self.0 },
            size: self.itemsize(),
        }
    }

    pub fn is_float(self) -> bool {
        matches!(self.0, b'f' | b'd')
    }

    pub fn buffer_format(self) -> String {
        (self.format().code as char).to_string()
    }

    /// Packs one value with array's per-typecode checks and messages.
    pub fn pack(self, v: &Value, out: &mut Vec<u8>) -> PyResult<()> {
        match self.0 {
            b'f' | b'd' => {
                let x = match v {
                    Value::Float(f) => *f,
                    Value::Int(i) => *i as f64,
                    Value::Bool(b) => *b as i64 as f64,
                    Value::BigInt(b) => crate::format::bigint_to_f64(b)
                        .map_err(|_| overflow_error("int too large to convert to float"))?,
                    _ => {
                        return Err(type_error(format!(
                            "must be real number, not {}",
                            v.type_name()
                        )))
                    }
                };
                if self.0 == b'f' {
                    out.extend_from_slice(&(crate::ops::stored_float(x) as f32).to_ne_bytes());
                } else {
                    out.extend_from_slice(&crate::ops::stored_float(x).to_ne_bytes());
                }
                Ok(())
            }
            b'u' => {
                let Value::Str(s) = v else {
                    return Err(unicode_item());
                };
                let mut chars = s.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => {
                        out.extend_from_slice(&crate::surrogates::code(c).to_ne_bytes());
                        Ok(())
                    }
                    _ => Err(unicode_item()),
                }
            }
            code => {
                let small = match v {
                    Value::Int(i) => small_int_bits(code, *i),
                    Value::Bool(b) => small_int_bits(code, *b as i64),
                    _ => None,
                };
                let x = match (small, v) {
                    (Some(x), _) => x,
                    (None, Value::Int(i)) => array_int_range(code, &BigInt::from(*i))?,
                    (None, Value::BigInt(b)) => array_int_range(code, b)?,
                    _ => return Err(exceptions::not_an_index(v.type_name())),
                };
                let bytes = x.to_ne_bytes();
                let size = self.itemsize();
                if cfg!(target_endian = "little") {
                    out.extend_from_slice(&bytes[..size]);
                } else {
                    out.extend_from_slice(&bytes[8 - size..]);
                }
                Ok(())
            }
        }
    }

    /// Reads one item ('u' items that are not code points are errors).
    pub fn unpack(self, b: &[u8]) -> PyResult<Value> {
        if self.0 == b'u' {
            let mut a = [0u8; 4];
            a.copy_from_slice(b.get(..4).unwrap_or(&[0; 4]));
            let c = code_point(u32::from_ne_bytes(a))?;
            return Ok(Value::Str(c.to_string().into()));
        }
        self.format()
            .unpack(b)
            .ok_or_else(|| exceptions::new_err(exceptions::ExcType::SystemError, "bad array item"))
    }
}

#[derive(Debug)]
pub struct PyArray {
    pub code: TypeCode,
    pub data: RefCell<Vec<u8>>,
    pub exports: Cell<usize>,
    pub alloc: crate::objects::alloc::ArrayAlloc,
}

impl PyArray {
    pub fn new(code: TypeCode, data: Vec<u8>) -> PyArray {
        PyArray {
            code,
            alloc: crate::objects::alloc::ArrayAlloc::exact(data.len() / code.itemsize()),
            data: RefCell::new(data),
            exports: Cell::new(0),
        }
    }

    /// CPython's `array_resize`, called before the data changes length
    /// (in items): refused while buffers are exported, else the
    /// allocation is recorded.
    pub fn resize(&self, new_len: usize) -> PyResult<()> {
        let len = self.len();
        if self.exports.get() > 0 && new_len != len {
            return Err(exceptions::array_resize_exported());
        }
        self.alloc.resize(len, new_len);
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.data.borrow().len() / self.code.itemsize()
    }

    pub fn get(&self, i: usize) -> PyResult<Option<Value>> {
        let n = self.code.itemsize();
        let data = self.data.borrow();
        match data.get(i * n..i * n + n) {
            Some(b) => self.code.unpack(b).map(Some),
            None => Ok(None),
        }
    }

    /// The sum of the items of an integer array (`sum(a)` without an
    /// int object per item); `None` for float and 'u' arrays, or when the
    /// total does not fit an i128.
    pub fn int_sum(&self) -> Option<i128> {
        let fmt = self.code.format();
        fmt.int_at(&[0; 8])?;
        let data = self.data.borrow();
        data.chunks_exact(fmt.size)
            .try_fold(0i128, |t, item| t.checked_add(fmt.int_at(item)?))
    }

    pub fn items(&self) -> PyResult<Vec<Value>> {
        // The usual codes, read without a dispatch on the code per item.
        macro_rules! read {
            ($t:ty, $wrap:expr) => {{
                const N: usize = std::mem::size_of::<$t>();
                let data = self.data.borrow();
                let read = |b: &[u8]| {
                    let mut a = [0u8; N];
                    a.copy_from_slice(b);
                    $wrap(<$t>::from_ne_bytes(a))
                };
                return Ok(data.chunks_exact(N).map(read).collect());
            }};
        }
        match self.code.0 {
            b'd' => read!(f64, Value::Float),
            b'q' | b'l' => read!(i64, Value::Int),
            b'i' => read!(i32, |x: i32| Value::Int(x as i64)),
            b'B' => read!(u8, |x: u8| Value::Int(x as i64)),
            _ => {}
        }
        let n = self.code.itemsize();
        let data = self.data.borrow().clone();
        data.chunks_exact(n).map(|b| self.code.unpack(b)).collect()
    }

    /// Appends packed items, growing the array.
    fn push_bytes(&self, add: &[u8]) -> PyResult<()> {
        self.resize(self.len() + add.len() / self.code.itemsize())?;
        self.data.borrow_mut().extend_from_slice(add);
        Ok(())
    }

    /// Appends one value (CPython's `ins1` at the end: type check first).
    fn push_value(&self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        if crate::dispatch::user_class(v).is_none() {
            // Packed straight into the array (no Python code can run), the
            // type error still first, as CPython checks it before resizing.
            let len = self.len();
            let mut data = self.data.borrow_mut();
            let before = data.len();
            let mut packed = self.code.pack(v, &mut data);
            if packed.is_ok() {
                if self.exports.get() > 0 {
                    packed = Err(exceptions::array_resize_exported());
                } else {
                    self.alloc.resize(len, len + 1);
                }
            }
            if packed.is_err() {
                data.truncate(before);
            }
            return packed;
        }
        let mut buf = Vec::with_capacity(8);
        pack_value(vm, self.code, v, &mut buf)?;
        self.push_bytes(&buf)
    }

    /// The text of a 'u' array (CPython's `tounicode`).
    pub fn tounicode(&self) -> PyResult<String> {
        let data = self.data.borrow();
        let mut s = String::with_capacity(data.len() / 4);
        for c in data.chunks_exact(4) {
            let u = u32::from_ne_bytes([c[0], c[1], c[2], c[3]]);
            let Some(ch) = crate::surrogates::from_code(u) else {
                return Err(value_error(format!(
                    "character U+{u:x} is not in range [U+0000; U+10ffff]"
                )));
            };
            s.push(ch);
        }
        Ok(s)
    }

    pub fn repr(&self) -> PyResult<String> {
        let tc = self.code.char();
        if self.len() == 0 {
            return Ok(format!("array('{tc}')"));
        }
        if self.code.0 == b'u' {
            let s = self.tounicode()?;
            return Ok(format!("array('{tc}', {})", crate::objects::str::repr(&s)));
        }
        let items: Vec<String> = self.items()?.iter().map(ops::repr_simple).collect();
        Ok(format!("array('{tc}', [{}])", items.join(", ")))
    }

    /// The items a slice selects, as a new array.
    fn slice_copy(&self, si: SliceIndices) -> Value {
        let n = self.code.itemsize();
        let data = self.data.borrow();
        let mut out = Vec::with_capacity(si.len * n);
        for i in si.iter() {
            out.extend_from_slice(data.get(i * n..i * n + n).unwrap_or(&[]));
        }
        new_from_items(self.code, out)
    }

    /// Removes the items a slice selects.
    fn delete(&self, si: SliceIndices) {
        let n = self.code.itemsize();
        let mut drop = vec![false; self.len()];
        for i in si.iter() {
            if let Some(d) = drop.get_mut(i) {
                *d = true;
            }
        }
        let mut d = self.data.borrow_mut();
        let kept: Vec<u8> = d
            .chunks_exact(n)
            .zip(&drop)
            .filter(|(_, &gone)| !gone)
            .flat_map(|(c, _)| c.iter().copied())
            .collect();
        *d = kept;
    }
}

/// `PyFloat_AsDouble` of a user object: its `__float__` (which must
/// return a float), else its `__index__`, else "must be real number".
pub(crate) fn user_float(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match vm.call_special(v, "__float__", vec![]) {
        Some(r) => match r? {
            f @ Value::Float(_) => Ok(f),
            other => Err(type_error(format!(
                "{}.__float__ returned non-float (type {})",
                v.type_name(),
                other.type_name()
            ))),
        },
        None => match crate::modules::index_value(vm, v)? {
            n if crate::dispatch::user_class(&n).is_some() => Err(type_error(format!(
                "must be real number, not {}",
                v.type_name()
            ))),
            n => Ok(n),
        },
    }
}

/// Packs one value, converting a user object first as `arraymodule.c`'s
/// setters do (`__index__` for integer codes, `__float__` for float ones).
fn pack_value(vm: &mut Vm, code: TypeCode, v: &Value, out: &mut Vec<u8>) -> PyResult<()> {
    if crate::dispatch::user_class(v).is_none() || code.0 == b'u' {
        return code.pack(v, out);
    }
    let v = if code.is_float() {
        user_float(vm, v)?
    } else {
        crate::modules::index_value(vm, v)?
    };
    code.pack(&v, out)
}

pub fn new_from_items(code: TypeCode, data: Vec<u8>) -> Value {
    Value::Array(Rc::new(PyArray::new(code, data)))
}

/// `array.array(typecode[, initializer])`, with CPython's checks in its
/// order (the typecode's validity is checked last).
pub fn construct(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(type_error("array.array() takes no keyword arguments"));
    }
    match args.pos.len() {
        0 => return Err(type_error("array() takes at least 1 argument (0 given)")),
        1 | 2 => {}
        n => {
            return Err(type_error(format!(
                "array() takes at most 2 arguments ({n} given)"
            )))
        }
    }
    let c = match &args.pos[0] {
        Value::Str(s) if s.chars().count() == 1 => s.chars().next().unwrap_or(' '),
        v => {
            return Err(crate::exceptions::bad_argument(
                "array",
                "argument 1",
                "a unicode character",
                v,
            ))
        }
    };
    let init = args.pos.get(1);
    if let Some(init) = init.filter(|_| c != 'u') {
        match init {
            Value::Str(_) => {
                return Err(type_error(format!(
                    "cannot use a str to initialize an array with typecode '{c}'"
                )))
            }
            Value::Array(a) if a.code.0 == b'u' => {
                return Err(type_error(format!(
                    "cannot use a unicode array to initialize an array with typecode '{c}'"
                )))
            }
            _ => {}
        }
    }
    let direct = match init {
        None => true,
        Some(Value::List(_) | Value::Tuple(_) | Value::Bytes(_) | Value::ByteArray(_)) => true,
        Some(Value::Str(_)) => c == 'u',
        Some(Value::Array(a)) => a.code.char() == c,
        Some(_) => false,
    };
    let iterable = match init {
        Some(v) if !direct => Some(vm.get_iter(v)?),
        _ => None,
    };
    if !c.is_ascii() || !TYPECODES.contains(c) {
        return Err(bad_typecode());
    }
    let code = TypeCode(c as u8);
    let arr = Rc::new(PyArray::new(code, Vec::new()));
    match init {
        Some(v @ (Value::List(_) | Value::Tuple(_))) => {
            let items = vm.collect(v)?;
            let mut data = Vec::with_capacity(items.len() * code.itemsize());
            for it in &items {
                pack_value(vm, code, it, &mut data)?;
            }
            *arr.data.borrow_mut() = data;
            arr.alloc.set_exact(items.len());
        }
        Some(v @ (Value::Bytes(_) | Value::ByteArray(_))) => {
            let b = crate::buffer::to_vec(v).unwrap_or(Ok(Vec::new()))?;
            if !b.len().is_multiple_of(code.itemsize()) {
                return Err(value_error("bytes length not a multiple of item size"));
            }
            if !b.is_empty() {
                arr.resize(b.len() / code.itemsize())?;
            }
            *arr.data.borrow_mut() = b;
        }
        Some(Value::Str(s)) if direct => {
            let mut out = Vec::with_capacity(s.len() * 4);
            for ch in s.chars() {
                out.extend_from_slice(&crate::surrogates::code(ch).to_ne_bytes());
            }
            if !out.is_empty() {
                arr.resize(out.len() / 4)?;
            }
            *arr.data.borrow_mut() = out;
        }
        Some(Value::Array(a)) if direct => {
            let d = a.data.borrow().clone();
            arr.alloc.set_exact(d.len() / code.itemsize());
            *arr.data.borrow_mut() = d;
        }
        _ => {}
    }
    if let Some(it) = iterable {
        // A range is walked without its iterator (the same items).
        let source = match init {
            Some(r @ Value::Range(_)) => r,
            _ => &it,
        };
        vm.for_each(source, |vm, item| arr.push_value(vm, &item))?;
    }
    Ok(Value::Array(arr))
}

pub fn getattr(this: &Rc<PyArray>, name: &str) -> Option<PyResult<Value>> {
    Some(Ok(match name {
        "typecode" => Value::Str(this.code.char().to_string().into()),
        "itemsize" => Value::from_usize(this.code.itemsize()),
        _ => return None,
    }))
}

/// A method without keyword arguments (`array.pop() takes no keyword
/// arguments`).
fn no_kwargs(name: &str, args: &Args) -> PyResult<()> {
    args.no_kwargs(&format!("array.{name}"))
}

/// A method taking exactly one argument.
fn one_arg<'a>(name: &str, args: &'a Args) -> PyResult<&'a Value> {
    no_kwargs(name, args)?;
    args.check_exact(&format!("array.{name}"), 1)?;
    Ok(&args.pos[0])
}

/// A method taking no argument.
fn no_args(name: &str, args: &Args) -> PyResult<()> {
    no_kwargs(name, args)?;
    args.check_exact(&format!("array.{name}"), 0)
}

/// A `Py_ssize_t` argument (ints and objects with `__index__`).
fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    ops::index_i64(&crate::modules::index_value(vm, v)?)
}

/// A bound of `index(x, start, stop)` (CPython's
/// `_PyEval_SliceIndexNotNone`, clamping huge ints).
fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match &crate::modules::index_value(vm, v)? {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(b) => Ok(if b.is_negative() { i64::MIN } else { i64::MAX }),
        _ => Err(type_error(
            "slice indices must be integers or have an __index__ method",
        )),
    }
}

pub fn call_method(
    vm: &mut Vm,
    this: &Rc<PyArray>,
    name: &str,
    args: &Args,
) -> Option<PyResult<Value>> {
    let n = this.code.itemsize();
    Some(match name {
        "append" => one_arg(name, args).and_then(|v| this.push_value(vm, v).map(|_| Value::None)),
        "extend" => (|| {
            if args.pos.len() + args.kw.len() > 1 {
                return Err(type_error(format!(
                    "extend() takes at most 1 argument ({} given)",
                    args.pos.len() + args.kw.len()
                )));
            }
            let Some(src) = args.pos.first() else {
                return Err(type_error(
                    "extend() takes exactly 1 positional argument (0 given)",
                ));
            };
            extend(vm, this, src)?;
            Ok(Value::None)
        })(),
        "fromlist" => (|| {
            let Value::List(l) = one_arg(name, args)? else {
                return Err(type_error("arg must be list"));
            };
            let items = l.borrow().clone();
            if items.is_empty() {
                return Ok(Value::None);
            }
            this.resize(this.len() + items.len())?;
            let mut add = Vec::with_capacity(items.len() * n);
            for it in &items {
                pack_value(vm, this.code, it, &mut add)?;
            }
            this.push_bytes(&add)?;
            Ok(Value::None)
        })(),
        "frombytes" => (|| {
            let src = one_arg(name, args)?;
            // The buffer is held (an export) meanwhile, so `a.frombytes(a)` cannot grow `a`.
            let buf = crate::buffer::ContiguousBuffer::readable(src)?;
            if buf.itemsize != 1 {
                return Err(type_error("a bytes-like object is required"));
            }
            let data = buf.with(<[u8]>::to_vec)?;
            if !data.len().is_multiple_of(n) {
                return Err(value_error("bytes length not a multiple of item size"));
            }
            this.push_bytes(&data)?;
            drop(buf);
            Ok(Value::None)
        })(),
        "fromunicode" => (|| {
            let Value::Str(s) = one_arg(name, args)? else {
                return Err(type_error(format!(
                    "fromunicode() argument must be str, not {}",
                    args.pos[0].type_name()
                )));
            };
            if this.code.0 != b'u' {
                return Err(value_error(
                    "fromunicode() may only be called on unicode type arrays",
                ));
            }
            let mut add = Vec::with_capacity(s.len() * 4);
            for ch in s.chars() {
                add.extend_from_slice(&crate::surrogates::code(ch).to_ne_bytes());
            }
            this.push_bytes(&add)?;
            Ok(Value::None)
        })(),
        "tofile" => (|| {
            let f = one_arg(name, args)?;
            // CPython writes blocks of 64 KiB, each a bytes object.
            let data = this.data.borrow().clone();
            let write = vm.getattr(f, "write")?;
            for block in data.chunks(64 * 1024) {
                vm.call(
                    &write,
                    Args::new(vec![crate::objects::bytes::new_value(block.to_vec())]),
                )?;
            }
            Ok(Value::None)
        })(),
        "fromfile" => (|| {
            no_kwargs(name, args)?;
            if args.pos.len() != 2 {
                return Err(type_error(format!(
                    "fromfile() takes exactly 2 positional arguments ({} given)",
                    args.pos.len()
                )));
            }
            let count = match &args.pos[1] {
                Value::Int(i) => *i,
                Value::Bool(b) => i64::from(*b),
                Value::BigInt(_) => {
                    return Err(overflow_error(
                        "Python int too large to convert to C ssize_t",
                    ))
                }
                v => return Err(exceptions::not_an_index(v.type_name())),
            };
            if count < 0 {
                return Err(value_error("negative count"));
            }
            let nbytes = usize::try_from(count)
                .ok()
                .and_then(|c| c.checked_mul(n))
                .filter(|&b| b <= isize::MAX as usize)
                .ok_or_else(|| exceptions::memory_error(""))?;
            let read = vm.getattr(&args.pos[0], "read")?;
            let got = vm.call(&read, Args::new(vec![Value::from_usize(nbytes)]))?;
            let Value::Bytes(b) = &got else {
                return Err(type_error("read() didn't return bytes"));
            };
            let data = b.data.to_vec();
            let whole = data.len() - data.len() % n;
            this.push_bytes(&data[..whole])?;
            if data.len() != nbytes {
                return Err(crate::exceptions::new_err(
                    crate::exceptions::ExcType::EOFError,
                    "read() didn't return enough bytes",
                ));
            }
            Ok(Value::None)
        })(),
        "tobytes" => no_args(name, args)
            .map(|_| crate::objects::bytes::new_value(this.data.borrow().clone())),
        "tolist" => no_args(name, args).and_then(|_| {
            vm.check_items(this.len(), 0)?;
            Ok(Value::new_list(this.items()?))
        }),
        "tounicode" => no_args(name, args).and_then(|_| {
            if this.code.0 != b'u' {
                return Err(value_error(
                    "tounicode() may only be called on unicode type arrays",
                ));
            }
            Ok(Value::Str(this.tounicode()?.into()))
        }),
        "pop" => (|| {
            no_kwargs(name, args)?;
            if args.pos.len() > 1 {
                return Err(type_error(format!(
                    "pop expected at most 1 argument, got {}",
                    args.pos.len()
                )));
            }
            let i = match args.pos.first() {
                Some(v) => ssize_arg(vm, v)?,
                None => -1,
            };
            let len = this.len();
            if len == 0 {
                return Err(exceptions::index_error("pop from empty array"));
            }
            let Some(i) = slice::index(i, len) else {
                return Err(exceptions::index_error("pop index out of range"));
            };
            let v = this.get(i)?.unwrap_or(Value::None);
            this.resize(len - 1)?;
            this.data.borrow_mut().drain(i * n..i * n + n);
            Ok(v)
        })(),
        "insert" => (|| {
            no_kwargs(name, args)?;
            args.check_exact_n("insert", 2)?;
            let i = ssize_arg(vm, &args.pos[0])?;
            let mut buf = Vec::with_capacity(n);
            pack_value(vm, this.code, &args.pos[1], &mut buf)?;
            let len = this.len();
            this.resize(len + 1)?;
            let len = len as i64;
            let i = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
            this.data.borrow_mut().splice(i * n..i * n, buf);
            Ok(Value::None)
        })(),
        "count" => (|| {
            let x = one_arg(name, args)?;
            let mut count = 0;
            for it in this.items()? {
                if vm.compare(CmpOp::Eq, &it, x)? {
                    count += 1;
                }
            }
            Ok(Value::from_usize(count))
        })(),
        "index" => (|| {
            no_kwargs(name, args)?;
            match args.pos.len() {
                0 => return Err(type_error("index expected at least 1 argument, got 0")),
                1..=3 => {}
                k => {
                    return Err(type_error(format!(
                        "index expected at most 3 arguments, got {k}"
                    )))
                }
            }
            let len = this.len() as i64;
            let mut start = match args.pos.get(1) {
                Some(v) => slice_bound(vm, v)?,
                None => 0,
            };
            let mut stop = match args.pos.get(2) {
                Some(v) => slice_bound(vm, v)?,
                None => i64::MAX,
            };
            if start < 0 {
                start = start.saturating_add(len).max(0);
            }
            if stop < 0 {
                stop = stop.saturating_add(len);
            }
            let mut i = start;
            while i < stop && i < this.len() as i64 {
                if let Some(it) = this.get(i as usize)? {
                    if vm.compare(CmpOp::Eq, &it, &args.pos[0])? {
                        return Ok(Value::Int(i));
                    }
                }
                i += 1;
            }
            Err(value_error("array.index(x): x not in array"))
        })(),
        "remove" => (|| {
            let x = one_arg(name, args)?;
            for (i, it) in this.items()?.iter().enumerate() {
                if vm.compare(CmpOp::Eq, it, x)? {
                    this.resize(this.len() - 1)?;
                    this.data.borrow_mut().drain(i * n..i * n + n);
                    return Ok(Value::None);
                }
            }
            Err(value_error("array.remove(x): x not in array"))
        })(),
        "reverse" => no_args(name, args).map(|_| {
            let mut d = this.data.borrow_mut();
            let items: Vec<u8> = d.chunks_exact(n).rev().flatten().copied().collect();
            *d = items;
            Value::None
        }),
        "byteswap" => no_args(name, args).map(|_| {
            for c in this.data.borrow_mut().chunks_exact_mut(n) {
                c.reverse();
            }
            Value::None
        }),
        "buffer_info" => no_args(name, args).map(|_| {
            let addr = this.data.borrow().as_ptr() as usize;
            Value::new_tuple(vec![Value::Int(addr as i64), Value::from_usize(this.len())])
        }),
        _ => return None,
    })
}

/// `a.extend(iterable)`: an array of the same kind at once, anything
/// else item by item (items before a bad one stay appended, as in CPython).
fn extend(vm: &mut Vm, this: &Rc<PyArray>, src: &Value) -> PyResult<()> {
    if let Value::Array(o) = src {
        if o.code != this.code {
            return Err(type_error("can only extend with array of same kind"));
        }
        let add = o.data.borrow().clone();
        return this.push_bytes(&add);
    }
    let it = vm.get_iter(src)?;
    vm.for_each(&it, |vm, item| this.push_value(vm, &item))
}

/// `a[key]`.
pub fn getitem(this: &PyArray, key: &Value) -> PyResult<Value> {
    match key {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let i = index_key(key)?;
            slice::index(i, this.len())
                .map(|j| this.get(j))
                .transpose()?
                .flatten()
                .ok_or_else(|| exceptions::index_out_of_range("array"))
        }
        Value::Slice(s) => Ok(this.slice_copy(slice::adjust(s, this.len())?)),
        _ => Err(type_error("array indices must be integers")),
    }
}

fn index_key(key: &Value) -> PyResult<i64> {
    match key {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => Err(exceptions::index_error(
            "cannot fit 'int' into an index-sized integer",
        )),
    }
}

/// `a[key] = value`, or `del a[key]` when `value` is `None`, following
/// CPython's `array_ass_subscr`.
pub fn setitem(vm: &mut Vm, this: &PyArray, key: &Value, value: Option<&Value>) -> PyResult<()> {
    let n = this.code.itemsize();
    let len = this.len();
    let si = match key {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let Some(i) = slice::index(index_key(key)?, len) else {
                return Err(exceptions::index_error(
                    "array assignment index out of range",
                ));
            };
            let Some(value) = value else {
                return delete_slice(this, unit_slice(i));
            };
            let mut buf = Vec::with_capacity(n);
            pack_value(vm, this.code, value, &mut buf)?;
            this.data.borrow_mut()[i * n..i * n + n].copy_from_slice(&buf);
            return Ok(());
        }
        Value::Slice(s) => slice::adjust(s, len)?,
        _ => return Err(type_error("array indices must be integers")),
    };
    let Some(value) = value else {
        return delete_slice(this, si);
    };
    let Value::Array(src) = value else {
        return Err(type_error(format!(
            "can only assign array (not \"{}\") to array slice",
            value.type_name()
        )));
    };
    if src.code != this.code {
        return Err(type_error("bad argument type for built-in operation"));
    }
    let items = src.data.borrow().clone();
    let needed = items.len() / n;
    // CPython refuses any deletion, or change of length, up front.
    if (needed == 0 || si.len != needed) && this.exports.get() > 0 {
        return Err(exceptions::array_resize_exported());
    }
    if si.step == 1 {
        this.alloc.resize(len, len - si.len + needed);
        let start = si.start as usize * n;
        this.data
            .borrow_mut()
            .splice(start..start + si.len * n, items);
        return Ok(());
    }
    if needed == 0 {
        this.alloc.resize(len, len - si.len);
        this.delete(si);
        return Ok(());
    }
    if needed != si.len {
        return Err(value_error(format!(
            "attempt to assign array of size {needed} to extended slice of size {}",
            si.len
        )));
    }
    let mut d = this.data.borrow_mut();
    for (k, i) in si.iter().enumerate() {
        d[i * n..i * n + n].copy_from_slice(&items[k * n..k * n + n]);
    }
    Ok(())
}

fn unit_slice(i: usize) -> SliceIndices {
    SliceIndices {
        start: i as isize,
        stop: i as isize + 1,
        step: 1,
        len: 1,
    }
}

fn delete_slice(this: &PyArray, si: SliceIndices) -> PyResult<()> {
    if this.exports.get() > 0 {
        return Err(exceptions::array_resize_exported());
    }
    this.alloc.resize(this.len(), this.len() - si.len);
    this.delete(si);
    Ok(())
}

/// `a + b`.
pub fn concat(a: &PyArray, b: &Value) -> PyResult<Value> {
    let Value::Array(b) = b else {
        return Err(type_error(format!(
            "can only append array (not \"{}\") to array",
            b.type_name()
        )));
    };
    if a.code != b.code {
        return Err(type_error("bad argument type for built-in operation"));
    }
    let mut v = a.data.borrow().clone();
    v.extend_from_slice(&b.data.borrow());
    Ok(new_from_items(a.code, v))
}

/// `a += b`.
pub fn inplace_concat(a: &Rc<PyArray>, b: &Value) -> PyResult<()> {
    let Value::Array(o) = b else {
        return Err(type_error(format!(
            "can only extend array with array (not \"{}\")",
            b.type_name()
        )));
    };
    if o.code != a.code {
        return Err(type_error("can only extend with array of same kind"));
    }
    let add = o.data.borrow().clone();
    a.push_bytes(&add)
}

/// `a *= n`, given the repeated bytes (CPython resizes only when the
/// length changes).
pub fn inplace_repeat(a: &PyArray, n: i64, repeated: Vec<u8>) -> PyResult<()> {
    let len = a.len();
    let new_len = if len > 0 && n > 0 {
        repeated.len() / a.code.itemsize()
    } else {
        0
    };
    a.resize(new_len)?;
    *a.data.borrow_mut() = repeated;
    Ok(())
}

/// The items of an integer or 'u' array as numbers, for CPython's fast
/// path comparing two arrays of the same typecode without making objects
/// ('u' items compare as the signed `wchar_t` they are stored as).
fn raw_items(a: &PyArray) -> Option<Vec<i128>> {
    let code = a.code;
    if code.is_float() {
        return None;
    }
    let n = code.itemsize();
    let data = a.data.borrow();
    Some(
        data.chunks_exact(n)
            .map(|c| match code.0 {
                b'u' => i32::from_ne_bytes([c[0], c[1], c[2], c[3]]) as i128,
                _ => match &code.format().unpack(c) {
                    Some(Value::Int(i)) => *i as i128,
                    Some(Value::BigInt(b)) => b.to_i128().unwrap_or(0),
                    _ => 0,
                },
            })
            .collect(),
    )
}

fn fast_path(a: &PyArray, b: &PyArray) -> Option<(Vec<i128>, Vec<i128>)> {
    if a.code != b.code {
        return None;
    }
    Some((raw_items(a)?, raw_items(b)?))
}

/// `a == b` between arrays: same length and equal items, read pairwise
/// up to the first difference (so an unreadable 'u' item raises only if
/// it is reached, as in CPython).
pub fn equals(a: &PyArray, b: &PyArray) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    if let Some((x, y)) = fast_path(a, b) {
        return Ok(x == y);
    }
    for i in 0..a.len() {
        let (Some(p), Some(q)) = (a.get(i)?, b.get(i)?) else {
            break;
        };
        if !ops::eq_simple(&p, &q) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Ordering between arrays: the first differing items decide, else the
/// lengths (CPython's `array_richcompare`).
pub fn compare(vm: &mut Vm, op: CmpOp, a: &PyArray, b: &PyArray) -> PyResult<Option<Ordering>> {
    if let Some((x, y)) = fast_path(a, b) {
        return Ok(Some(x.cmp(&y)));
    }
    // Items are read only up to the shorter length.
    for i in 0..a.len().min(b.len()) {
        let (Some(p), Some(q)) = (a.get(i)?, b.get(i)?) else {
            break;
        };
        if !ops::eq(vm, &p, &q)? {
            return ops::compare(vm, op, &p, &q);
        }
    }
    Ok(Some(a.len().cmp(&b.len())))
}

/// `x in a`.
pub fn contains(vm: &mut Vm, a: &PyArray, x: &Value) -> PyResult<bool> {
    let mut i = 0;
    while let Some(it) = a.get(i)? {
        if vm.compare(CmpOp::Eq, &it, x)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

/// Checks an int against a typecode's range with the messages of
/// CPython's `arraymodule.c`, which converts through a C long (or
/// unsigned long, or long long) first and then narrows; returns the
/// value's low 64 bits.
/// A machine int's bits for integer typecode `code` when it is in range
/// (the common case); `None` sends it down [`array_int_range`]'s checks.
fn small_int_bits(code: u8, i: i64) -> Option<u64> {
    let ok = match code {
        b'b' => i8::try_from(i).is_ok(),
        b'B' => u8::try_from(i).is_ok(),
        b'h' => i16::try_from(i).is_ok(),
        b'H' => u16::try_from(i).is_ok(),
        b'i' => i32::try_from(i).is_ok(),
        b'I' => u32::try_from(i).is_ok(),
        b'l' | b'q' => true,
        _ => i >= 0,
    };
    ok.then_some(i as u64)
}

fn array_int_range(code: u8, n: &BigInt) -> PyResult<u64> {
    let big = |m: &str| overflow_error(m.to_string());
    let as_long = || {
        n.to_i64()
            .ok_or_else(|| big("Python int too large to convert to C long"))
    };
    let within = |v: i64, lo: i64, hi: i64, name: &str| -> PyResult<()> {
        if v < lo {
            Err(overflow_error(format!("{name} is less than minimum")))
        } else if v > hi {
            Err(overflow_error(format!("{name} is greater than maximum")))
        } else {
            Ok(())
        }
    };
    let v: u64 = match code {
        b'b' => {
            let v = as_long()?;
            within(v, i16::MIN as i64, i16::MAX as i64, "signed short integer")?;
            within(v, i8::MIN as i64, i8::MAX as i64, "signed char")?;
            v as u64
        }
        b'B' => {
            let v = as_long()?;
            within(v, 0, u8::MAX as i64, "unsigned byte integer")?;
            v as u64
        }
        b'h' => {
            let v = as_long()?;
            within(v, i16::MIN as i64, i16::MAX as i64, "signed short integer")?;
            v as u64
        }
        b'H' => {
            let v = as_long()?;
            within(v, i32::MIN as i64, i32::MAX as i64, "signed integer")?;
            within(v, 0, u16::MAX as i64, "unsigned short")?;
            v as u64
        }
        b'i' => {
            let v = as_long()?;
            within(v, i32::MIN as i64, i32::MAX as i64, "signed integer")?;
            v as u64
        }
        b'l' => as_long()? as u64,
        b'I' | b'L' => {
            if n.is_negative() {
                return Err(big("can't convert negative value to unsigned int"));
            }
            let v = n
                .to_u64()
                .ok_or_else(|| big("Python int too large to convert to C unsigned long"))?;
            if code == b'I' && v > u32::MAX as u64 {
                return Err(big("unsigned int is greater than maximum"));
            }
            v
        }
        b'q' => n.to_i64().ok_or_else(|| big("int too big to convert"))? as u64,
        _ => {
            if n.is_negative() {
                return Err(big("can't convert negative int to unsigned"));
            }
            n.to_u64().ok_or_else(|| big("int too big to convert"))?
        }
    };
    Ok(v)
}

/// CPython's machine format code of an array item as this machine stores
/// it (the `machine_format_code` enum of `arraymodule.c`), which protocol
/// 3 pickles carry with the raw bytes.
pub fn mformat_code(code: TypeCode) -> i64 {
    let big = i64::from(cfg!(target_endian = "big"));
    match code.0 {
        b'B' => 0,
        b'b' => 1,
        b'H' => 2 + big,
        b'h' => 4 + big,
        b'I' => 6 + big,
        b'i' => 8 + big,
        b'L' | b'Q' => 10 + big,
        b'l' | b'q' => 12 + big,
        b'f' => 14 + big,
        b'd' => 16 + big,
        _ => 20 + big,
    }
}

/// The items a machine format code describes, decoded from `data`.
fn decode_mformat(mformat: i64, data: &[u8]) -> PyResult<Vec<Value>> {
    // (item size, kind: 0 unsigned, 1 signed, 2 float, 3 code point)
    let (size, kind) = match mformat {
        0 => (1, 0),
        1 => (1, 1),
        2..=5 => (2, (mformat - 2) / 2),
        6..=9 => (4, (mformat - 6) / 2),
        10..=13 => (8, (mformat - 10) / 2),
        14 | 15 => (4, 2),
        16 | 17 => (8, 2),
        18 | 19 => (2, 3),
        _ => (4, 3),
    };
    let big = size > 1 && mformat % 2 == 1;
    if !data.len().is_multiple_of(size) {
        return Err(value_error("string length not a multiple of item size"));
    }
    let mut out = Vec::with_capacity(data.len() / size);
    for chunk in data.chunks_exact(size) {
        let mut b = [0u8; 8];
        if big {
            for (i, &x) in chunk.iter().rev().enumerate() {
                b[i] = x;
            }
        } else {
            b[..size].copy_from_slice(chunk);
        }
        let raw = u64::from_le_bytes(b);
        out.push(match kind {
            0 => Value::from_bigint(BigInt::from(raw)),
            1 => {
                let shift = 64 - 8 * size as u32;
                Value::Int(((raw << shift) as i64) >> shift)
            }
            2 if size == 4 => Value::Float(f64::from(f32::from_bits(raw as u32))),
            2 => Value::Float(f64::from_bits(raw)),
            _ => Value::str(&code_point(raw as u32)?.to_string()),
        });
    }
    Ok(out)
}

/// `array._array_reconstructor(arraytype, typecode, mformat_code, items)`,
/// what protocol 3 pickles of arrays call, with CPython's checks.
pub fn reconstructor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("_array_reconstructor")?;
    args.check_exact("_array_reconstructor", 4)?;
    let arraytype = &args.pos[0];
    if !matches!(arraytype, Value::Type(_) | Value::Class(_)) {
        return Err(type_error(format!(
            "first argument must be a type object, not {}",
            arraytype.type_name()
        )));
    }
    let is_array = match arraytype {
        Value::Type(t) => *t == crate::value::TypeId::Array,
        Value::Class(c) => c.builtin_base == crate::value::TypeId::Array,
        _ => false,
    };
    if !is_array {
        return Err(type_error(format!(
            "{} is not a subtype of array.array",
            match arraytype {
                Value::Type(t) => t.short_name().to_string(),
                Value::Class(c) => c.name().to_string(),
                _ => String::new(),
            }
        )));
    }
    let code = match &args.pos[1] {
        Value::Str(s) if s.chars().count() == 1 => s.chars().next().unwrap_or(' '),
        v => {
            return Err(crate::exceptions::bad_argument(
                "_array_reconstructor",
                "argument 2",
                "a unicode character",
                v,
            ))
        }
    };
    if !TYPECODES.contains(code) {
        return Err(value_error("second argument must be a valid type code"));
    }
    let mformat = match &args.pos[2] {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        v => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            )))
        }
    };
    if !(0..=21).contains(&mformat) {
        return Err(value_error(
            "third argument must be a valid machine format code.",
        ));
    }
    let Value::Bytes(items) = &args.pos[3] else {
        return Err(type_error(format!(
            "fourth argument should be bytes, not {}",
            args.pos[3].type_name()
        )));
    };
    let mut code = TypeCode(code as u8);
    let init = if mformat == mformat_code(code) {
        args.pos[3].clone()
    } else {
        if mformat <= 13 {
            // Integers come back in the last integer typecode of their
            // size and signedness, whatever typecode was asked for.
            let (size, signed) = match mformat {
                0 | 1 => (1, mformat == 1),
                _ => (1 << ((mformat - 2) / 4 + 1), (mformat - 2) % 4 >= 2),
            };
            if let Some(c) = TYPECODES.bytes().rev().find(|&c| {
                let t = TypeCode(c);
                !t.is_float()
                    && c != b'u'
                    && t.itemsize() == size
                    && c.is_ascii_lowercase() == signed
            }) {
                code = TypeCode(c);
            }
        }
        let mut data = Vec::new();
        for v in decode_mformat(mformat, &items.data)? {
            code.pack(&v, &mut data)?;
        }
        crate::objects::bytes::new_value(data)
    };
    vm.call(
        arraytype,
        Args::new(vec![Value::str(&code.char().to_string()), init]),
    )
}
