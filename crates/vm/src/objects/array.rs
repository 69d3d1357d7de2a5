//! `array.array`: a typed, resizable array of numbers and buffer exporter.
//!
//! Supports typecodes b B u h H i I l L q Q f d; construction from a list,
//! bytes-like object, str (for 'u') or any iterable; repr; `tolist`,
//! `tobytes`, `frombytes`, `fromlist`, indexing, slicing (copies), item
//! assignment, `append`, `extend`, `pop`, `insert`, `count`, `index`,
//! `reverse`, `byteswap`, `buffer_info`, `itemsize`, `typecode`, `+`,
//! `*`, comparisons, iteration. Items are stored packed in native byte
//! order. Invariant: while `exports > 0` the length never changes; every
//! resizing entry point calls [`PyArray::check_resize`].

use crate::buffer::Format;
use crate::exceptions::{self, overflow_error, type_error, value_error, PyResult};
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::objects::slice;
use crate::ops;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypeCode(pub u8);

impl TypeCode {
    pub fn parse(c: &str) -> PyResult<TypeCode> {
        let mut chars = c.chars();
        match (chars.next(), chars.next()) {
            (Some(ch), None) if "bBuhHiIlLqQfd".contains(ch) => Ok(TypeCode(ch as u8)),
            _ if c.chars().count() != 1 => Err(type_error(
                "array() argument 1 must be a unicode character, not str".to_string(),
            )),
            _ => Err(value_error(
                "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)",
            )),
        }
    }

    pub fn itemsize(self) -> usize {
        match self.0 {
            b'b' | b'B' => 1,
            b'h' | b'H' => 2,
            b'u' | b'i' | b'I' | b'f' => 4,
            _ => 8,
        }
    }

    /// The item format memoryview sees ('u' arrays export 'w').
    pub fn format(self) -> Format {
        Format {
            code: if self.0 == b'u' { b'w' } else { self.0 },
            size: self.itemsize(),
        }
    }

    pub fn buffer_format(self) -> &'static str {
        match self.0 {
            b'b' => "b",
            b'B' => "B",
            b'u' => "w",
            b'h' => "h",
            b'H' => "H",
            b'i' => "i",
            b'I' => "I",
            b'l' => "l",
            b'L' => "L",
            b'q' => "q",
            b'Q' => "Q",
            b'f' => "f",
            _ => "d",
        }
    }

    pub fn is_float(self) -> bool {
        matches!(self.0, b'f' | b'd')
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
                    out.extend_from_slice(&(x as f32).to_ne_bytes());
                } else {
                    out.extend_from_slice(&x.to_ne_bytes());
                }
                Ok(())
            }
            b'u' => match v {
                Value::Str(s) if s.chars().count() == 1 => {
                    let c = s.chars().next().unwrap_or('\0');
                    out.extend_from_slice(&(c as u32).to_ne_bytes());
                    Ok(())
                }
                Value::Str(s) => Err(type_error(format!(
                    "array item must be unicode character, not a string of length {}",
                    s.chars().count()
                ))),
                _ => Err(type_error(format!(
                    "array item must be unicode character, not {}",
                    v.type_name()
                ))),
            },
            code => {
                let n: BigInt = match v {
                    Value::Int(i) => BigInt::from(*i),
                    Value::Bool(b) => BigInt::from(*b as i64),
                    Value::BigInt(b) => (**b).clone(),
                    _ => return Err(exceptions::not_an_index(v.type_name())),
                };
                let x = array_int_range(code, &n)?;
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

    pub fn unpack(self, b: &[u8]) -> Value {
        if self.0 == b'u' {
            let mut a = [0u8; 4];
            a.copy_from_slice(&b[..4]);
            let c = char::from_u32(u32::from_ne_bytes(a)).unwrap_or('\u{fffd}');
            return Value::Str(c.to_string().into());
        }
        self.format().unpack(b)
    }
}

#[derive(Debug)]
pub struct PyArray {
    pub code: TypeCode,
    pub data: RefCell<Vec<u8>>,
    pub exports: Cell<usize>,
}

impl PyArray {
    pub fn new(code: TypeCode, data: Vec<u8>) -> PyArray {
        PyArray {
            code,
            data: RefCell::new(data),
            exports: Cell::new(0),
        }
    }

    pub fn check_resize(&self) -> PyResult<()> {
        if self.exports.get() > 0 {
            return Err(exceptions::array_resize_exported());
        }
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.data.borrow().len() / self.code.itemsize()
    }

    pub fn get(&self, i: usize) -> Option<Value> {
        let n = self.code.itemsize();
        self.data
            .borrow()
            .get(i * n..i * n + n)
            .map(|b| self.code.unpack(b))
    }

    pub fn items(&self) -> Vec<Value> {
        let n = self.code.itemsize();
        self.data
            .borrow()
            .chunks_exact(n)
            .map(|b| self.code.unpack(b))
            .collect()
    }

    pub fn repr(&self) -> PyResult<String> {
        let tc = self.code.0 as char;
        if self.len() == 0 {
            return Ok(format!("array('{tc}')"));
        }
        if self.code.0 == b'u' {
            let s: String = self
                .items()
                .iter()
                .map(|v| {
                    if let Value::Str(s) = v {
                        s.to_string()
                    } else {
                        String::new()
                    }
                })
                .collect();
            return Ok(format!("array('{tc}', {})", crate::objects::str::repr(&s)));
        }
        let items: Vec<String> = self.items().iter().map(ops::repr_simple).collect();
        Ok(format!("array('{tc}', [{}])", items.join(", ")))
    }

    fn pack_all(&self, vm: &mut Vm, src: &Value) -> PyResult<Vec<u8>> {
        let mut out = Vec::new();
        let code = self.code;
        vm.for_each(src, |_, item| code.pack(&item, &mut out))?;
        Ok(out)
    }

    /// `getitem` for a slice: a new array.
    pub fn slice(&self, s: &crate::value::PySlice) -> PyResult<Value> {
        let n = self.code.itemsize();
        let si = slice::adjust(s, self.len())?;
        let data = self.data.borrow();
        let mut out = Vec::with_capacity(si.len * n);
        for i in si.iter() {
            out.extend_from_slice(&data[i * n..i * n + n]);
        }
        Ok(Value::Array(Rc::new(PyArray::new(self.code, out))))
    }
}

/// `array.array(typecode[, initializer])`.
pub fn construct(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(type_error("array.array() takes no keyword arguments"));
    }
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(type_error(format!(
            "array() takes at most 2 arguments ({} given)",
            args.pos.len()
        )));
    }
    let code = match &args.pos[0] {
        Value::Str(s) => TypeCode::parse(s)?,
        v => {
            return Err(type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                v.type_name()
            )))
        }
    };
    let arr = PyArray::new(code, Vec::new());
    if let Some(init) = args.pos.get(1) {
        let data = match init {
            Value::Str(s) => {
                if code.0 != b'u' {
                    return Err(type_error(format!(
                        "cannot use a str to initialize an array with typecode '{}'",
                        code.0 as char
                    )));
                }
                let mut out = Vec::new();
                for c in s.chars() {
                    out.extend_from_slice(&(c as u32).to_ne_bytes());
                }
                out
            }
            Value::Bytes(_) | Value::ByteArray(_) | Value::MemoryView(_) => {
                let b = crate::buffer::to_vec(init).unwrap_or(Ok(Vec::new()))?;
                if b.len() % code.itemsize() != 0 {
                    return Err(value_error("bytes length not a multiple of item size"));
                }
                b
            }
            Value::Array(a) if a.code != code && (a.code.0 == b'u' || code.0 == b'u') => {
                return Err(type_error(format!(
                    "cannot use a unicode array to initialize an array with typecode '{}'",
                    code.0 as char
                )))
            }
            v => arr.pack_all(vm, v)?,
        };
        *arr.data.borrow_mut() = data;
    }
    Ok(Value::Array(Rc::new(arr)))
}

pub fn getattr(this: &Rc<PyArray>, name: &str) -> Option<PyResult<Value>> {
    Some(Ok(match name {
        "typecode" => Value::Str((this.code.0 as char).to_string().into()),
        "itemsize" => Value::from_usize(this.code.itemsize()),
        _ => return None,
    }))
}

pub fn call_method(
    vm: &mut Vm,
    this: &Rc<PyArray>,
    name: &str,
    args: &Args,
) -> Option<PyResult<Value>> {
    let n = this.code.itemsize();
    Some(match name {
        "append" => (|| {
            args.check_exact("array.append", 1)?;
            let mut buf = Vec::with_capacity(8);
            this.code.pack(&args.pos[0], &mut buf)?;
            this.check_resize()?;
            this.data.borrow_mut().extend_from_slice(&buf);
            Ok(Value::None)
        })(),
        "extend" => (|| {
            args.check_exact("array.extend", 1)?;
            let add = match &args.pos[0] {
                Value::Array(o) => {
                    if o.code != this.code {
                        return Err(type_error("can only extend with array of same kind"));
                    }
                    o.data.borrow().clone()
                }
                v => this.pack_all(vm, v)?,
            };
            this.check_resize()?;
            this.data.borrow_mut().extend_from_slice(&add);
            Ok(Value::None)
        })(),
        "fromlist" => (|| {
            args.check_exact("array.fromlist", 1)?;
            let Value::List(l) = &args.pos[0] else {
                return Err(type_error("arg must be list"));
            };
            let items = l.borrow().clone();
            let mut add = Vec::new();
            for it in &items {
                this.code.pack(it, &mut add)?;
            }
            this.check_resize()?;
            this.data.borrow_mut().extend_from_slice(&add);
            Ok(Value::None)
        })(),
        "frombytes" => (|| {
            args.check_exact("array.frombytes", 1)?;
            let b = crate::buffer::to_vec(&args.pos[0])
                .unwrap_or_else(|| Err(exceptions::bytes_like_required(args.pos[0].type_name())))?;
            if b.len() % n != 0 {
                return Err(value_error("bytes length not a multiple of item size"));
            }
            this.check_resize()?;
            this.data.borrow_mut().extend_from_slice(&b);
            Ok(Value::None)
        })(),
        "tobytes" => (|| {
            args.check_exact("array.tobytes", 0)?;
            Ok(crate::objects::bytes::new_value(this.data.borrow().clone()))
        })(),
        "tolist" => (|| {
            args.check_exact("array.tolist", 0)?;
            Ok(Value::new_list(this.items()))
        })(),
        "pop" => (|| {
            args.check_max("pop", 1)?;
            let i = match args.pos.first() {
                Some(v) => ops::index_i64(v)?,
                None => -1,
            };
            let len = this.len();
            if len == 0 {
                return Err(exceptions::index_error("pop from empty array"));
            }
            let Some(i) = slice::index(i, len) else {
                return Err(exceptions::index_error("pop index out of range"));
            };
            let v = this.get(i).unwrap_or(Value::None);
            this.check_resize()?;
            this.data.borrow_mut().drain(i * n..i * n + n);
            Ok(v)
        })(),
        "insert" => (|| {
            args.check_exact_n("insert", 2)?;
            let i = ops::index_i64(&args.pos[0])?;
            let mut buf = Vec::new();
            this.code.pack(&args.pos[1], &mut buf)?;
            this.check_resize()?;
            let len = this.len() as i64;
            let i = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
            let mut d = this.data.borrow_mut();
            d.splice(i * n..i * n, buf);
            Ok(Value::None)
        })(),
        "count" | "index" | "remove" => (|| {
            args.check_exact(&format!("array.{name}"), 1)?;
            let items = this.items();
            let mut found = None;
            let mut count = 0;
            for (i, it) in items.iter().enumerate() {
                if ops::eq(vm, it, &args.pos[0])? {
                    count += 1;
                    found.get_or_insert(i);
                }
            }
            match name {
                "count" => Ok(Value::from_usize(count)),
                "index" => found
                    .map(Value::from_usize)
                    .ok_or_else(|| value_error("array.index(x): x not in array")),
                _ => {
                    let Some(i) = found else {
                        return Err(value_error("array.remove(x): x not in array"));
                    };
                    this.check_resize()?;
                    this.data.borrow_mut().drain(i * n..i * n + n);
                    Ok(Value::None)
                }
            }
        })(),
        "reverse" => (|| {
            args.check_exact("array.reverse", 0)?;
            let mut d = this.data.borrow_mut();
            let items: Vec<Vec<u8>> = d.chunks_exact(n).rev().map(<[u8]>::to_vec).collect();
            *d = items.concat();
            Ok(Value::None)
        })(),
        "byteswap" => (|| {
            args.check_exact("array.byteswap", 0)?;
            for c in this.data.borrow_mut().chunks_exact_mut(n) {
                c.reverse();
            }
            Ok(Value::None)
        })(),
        "buffer_info" => {
            let addr = this.data.borrow().as_ptr() as usize;
            Ok(Value::new_tuple(vec![
                Value::Int(addr as i64),
                Value::from_usize(this.len()),
            ]))
        }
        "tounicode" => (|| {
            if this.code.0 != b'u' {
                return Err(value_error(
                    "tounicode() may only be called on unicode type arrays",
                ));
            }
            let s: String = this
                .items()
                .iter()
                .map(|v| {
                    if let Value::Str(s) = v {
                        s.to_string()
                    } else {
                        String::new()
                    }
                })
                .collect();
            Ok(Value::Str(s.into()))
        })(),
        _ => return None,
    })
}

/// Item assignment `a[i] = v` (slices handled by the caller).
pub fn setitem(this: &PyArray, i: i64, v: &Value) -> PyResult<()> {
    let n = this.code.itemsize();
    let Some(i) = slice::index(i, this.len()) else {
        return Err(exceptions::index_error(
            "array assignment index out of range",
        ));
    };
    let mut buf = Vec::with_capacity(8);
    this.code.pack(v, &mut buf)?;
    this.data.borrow_mut()[i * n..i * n + n].copy_from_slice(&buf);
    Ok(())
}

pub fn new_from_items(code: TypeCode, data: Vec<u8>) -> Value {
    Value::Array(Rc::new(PyArray::new(code, data)))
}

/// Checks an int against a typecode's range with the messages of
/// CPython's `arraymodule.c`, which converts through a C long (or
/// unsigned long, or long long) first and then narrows; returns the
/// value's low 64 bits.
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
