//! `bytes`: an immutable byte string, and the methods it shares with
//! bytearray.
//!
//! Supports construction (`bytes(x)` in every form CPython accepts),
//! repr exactly as CPython, indexing and slicing (slices copy, as in
//! CPython), `+`, `*`, `%`, comparisons, `in`, iteration, and CPython
//! 3.11's complete method set with its argument forms and error texts:
//! each method is parsed the way CPython parses it (see [`Sig`]), which
//! decides the wording of argument errors, then runs an algorithm from
//! [`byteops`]. bytearray calls [`shared_method`] for everything but its
//! mutators. Not supported: returning `self` unchanged where CPython
//! does (only visible through `is`). Invariant: the data never changes
//! after construction, so views of it are always read-only.

use crate::buffer;
use crate::exceptions::{self, type_error, value_error, ExcType, PyResult};
use crate::interp::Vm;
use crate::objects::byteops;
use crate::objects::function::{Args, Slots};
use crate::objects::slice;
use crate::ops;
use crate::value::Value;
use num_traits::Signed;
use std::rc::Rc;

/// Bytes of an immutable bytes object. Short ones (record fields,
/// `to_bytes` results) live inside the object's own allocation.
pub type ByteData = smallvec::SmallVec<[u8; 16]>;

#[derive(Debug)]
pub struct PyBytes {
    pub data: ByteData,
    /// Made by filling new memory, as CPython's case methods, padding,
    /// `replace`, `to_bytes`, `tobytes` and copies of buffers do: such a
    /// one-byte result is a new object, not CPython's cached one (see
    /// `Value::is`).
    pub fresh: bool,
}

impl PyBytes {
    pub fn new(data: Vec<u8>) -> PyBytes {
        let data = if data.len() <= 16 {
            ByteData::from_slice(&data)
        } else {
            ByteData::from_vec(data)
        };
        PyBytes { data, fresh: false }
    }

    pub fn from_slice(data: &[u8]) -> PyBytes {
        PyBytes {
            data: ByteData::from_slice(data),
            fresh: false,
        }
    }
}

pub fn new_value(data: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(PyBytes::new(data)))
}

/// A bytes object built in new memory (one that is never CPython's cached
/// one-byte object).
/// `bytes(n)`: `n` zero bytes, new memory (never a cached object).
pub fn zeroed(vm: &Vm, n: usize) -> PyResult<Value> {
    vm.check_alloc(n)?;
    Ok(vm.new_bytes(PyBytes {
        data: ByteData::from_elem(0, n),
        fresh: true,
    }))
}

pub fn fresh_value(data: Vec<u8>) -> Value {
    let mut b = PyBytes::new(data);
    b.fresh = true;
    Value::Bytes(Rc::new(b))
}

/// `a + b` of two bytes objects, joined straight into a buffer of the
/// final size; an empty operand hands back the other, as in CPython.
pub fn concat(a: &Value, x: &PyBytes, b: &Value, y: &PyBytes) -> Value {
    if x.data.is_empty() {
        return b.clone();
    }
    if y.data.is_empty() {
        return a.clone();
    }
    Value::Bytes(Rc::new(PyBytes {
        data: joined(&x.data, &y.data),
        fresh: false,
    }))
}

/// `a + b` of two bytes objects the caller owns: a left operand nothing
/// else refers to (a temporary, as in `x + y + z`) is extended in place
/// rather than copied into a new object, which no one can tell apart.
/// Gives `b` back with the result.
pub fn concat_owned(mut a: Value, b: Value) -> (Value, Value) {
    let Value::Bytes(y) = &b else {
        unreachable!("concat_owned takes two bytes objects")
    };
    if let Value::Bytes(x) = &mut a {
        if !x.data.is_empty() && !y.data.is_empty() {
            if let Some(own) = Rc::get_mut(x) {
                own.data.extend_from_slice(&y.data);
                own.fresh = false;
                return (a, b);
            }
        }
    }
    let Value::Bytes(x) = &a else {
        unreachable!("concat_owned takes two bytes objects")
    };
    (concat(&a, x, &b, y), b)
}

/// `x` followed by `y` as byte data; a short result is assembled in place
/// (SmallVec's own extend is a per-byte loop).
fn joined(x: &[u8], y: &[u8]) -> ByteData {
    let n = x.len() + y.len();
    let mut inline = [0u8; 16];
    if n <= inline.len() {
        let (head, tail) = inline.split_at_mut(x.len());
        head.copy_from_slice(x);
        tail[..y.len()].copy_from_slice(y);
        return ByteData::from_buf_and_len(inline, n);
    }
    let mut v = Vec::with_capacity(n);
    v.extend_from_slice(x);
    v.extend_from_slice(y);
    ByteData::from_vec(v)
}

/// A bytes object copied from `data`, with no intermediate vector.
pub fn from_slice(data: &[u8]) -> Value {
    Value::Bytes(Rc::new(PyBytes::from_slice(data)))
}

/// Which byte-string type a shared method runs on: decides the type of
/// results and the names in messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Bytes,
    ByteArray,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Bytes => "bytes",
            Kind::ByteArray => "bytearray",
        }
    }

    pub fn make(self, data: Vec<u8>) -> Value {
        match self {
            Kind::Bytes => new_value(data),
            Kind::ByteArray => crate::objects::bytearray::new_value(data),
        }
    }

    /// [`Kind::make`] for results CPython fills into new memory.
    pub fn make_fresh(self, data: Vec<u8>) -> Value {
        match self {
            Kind::Bytes => fresh_value(data),
            Kind::ByteArray => crate::objects::bytearray::new_value(data),
        }
    }
}

/// `bytes(x)` / `bytearray(x)` argument handling: the new object's data.
pub fn from_args(vm: &mut Vm, args: &Args, kind: Kind) -> PyResult<Vec<u8>> {
    let what = kind.name();
    let slots = args.parse(what, &["source", "encoding", "errors"], 0, 0, 3)?;
    let encoding = crate::codecs::text_arg(what, "encoding", &slots[1])?;
    let errors = crate::codecs::text_arg(what, "errors", &slots[2])?;
    let without = |enc: bool| {
        type_error(if enc {
            "encoding without a string argument"
        } else {
            "errors without a string argument"
        })
    };
    let Some(source) = &slots[0] else {
        if encoding.is_some() || errors.is_some() {
            return Err(without(encoding.is_some()));
        }
        return Ok(Vec::new());
    };
    if let Value::Str(s) = source {
        let Some(enc) = encoding else {
            return Err(type_error("string argument without an encoding"));
        };
        return crate::codecs::encode(s, &enc, errors.as_deref().unwrap_or("strict"));
    }
    if encoding.is_some() || errors.is_some() {
        return Err(without(encoding.is_some()));
    }
    if kind == Kind::Bytes {
        if let Some(b) = dunder_bytes(vm, source)? {
            return Ok(b);
        }
    }
    // As CPython's: an `__index__` failing with TypeError falls through
    // to the buffer protocol and iteration.
    let source = &match crate::modules::index_value(vm, source) {
        Err(e) if e.exc.typ == ExcType::TypeError => source.clone(),
        r => r?,
    };
    if let Value::Int(_) | Value::Bool(_) | Value::BigInt(_) = source {
        let n = match source {
            Value::BigInt(_) => None,
            v => ops::index_i64(v).ok(),
        };
        let Some(n) = n else {
            return Err(exceptions::index_overflow(ExcType::OverflowError));
        };
        if n < 0 {
            return Err(value_error("negative count"));
        }
        vm.check_alloc(n as usize)?;
        return Ok(vec![0; n as usize]);
    }
    if let Some(v) = buffer::to_vec_checked(vm, source) {
        return v;
    }
    from_iterable(vm, source, kind)
}

/// A user object's `__bytes__()` result (`None` when it has none).
pub fn dunder_bytes(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<u8>>> {
    match vm.call_special(v, "__bytes__", vec![]) {
        None => Ok(None),
        Some(r) => match &r? {
            Value::Bytes(b) => Ok(Some(b.data.to_vec())),
            other => Err(type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                other.type_name()
            ))),
        },
    }
}

/// The bytes of an iterable of ints, with `bytes()`'s or `bytearray()`'s
/// messages ("cannot convert 'float' object to bytes").
pub fn from_iterable(vm: &mut Vm, source: &Value, kind: Kind) -> PyResult<Vec<u8>> {
    if matches!(source, Value::Float(_) | Value::None | Value::Complex(..))
        || !vm.is_iterable(source)
    {
        return Err(type_error(format!(
            "cannot convert '{}' object to {}",
            source.type_name(),
            kind.name()
        )));
    }
    let mut out = Vec::new();
    vm.for_each(source, |vm, item| {
        out.push(match kind {
            Kind::Bytes => item_byte(vm, &item, exceptions::bytes_range)?,
            Kind::ByteArray => item_byte(vm, &item, exceptions::byte_range)?,
        });
        Ok(())
    })?;
    Ok(out)
}

/// An int in range(0, 256); `range_err` for ints outside it (huge ones too).
pub fn item_byte(
    vm: &mut Vm,
    v: &Value,
    range_err: fn() -> Box<exceptions::PyErr>,
) -> PyResult<u8> {
    if let Value::Int(n) = v {
        return u8::try_from(*n).map_err(|_| range_err());
    }
    let v = &crate::modules::index_value(vm, v)?;
    let n = match v {
        Value::Int(_) | Value::Bool(_) => ops::index_i64(v)?,
        Value::BigInt(_) => -1,
        other => return Err(exceptions::not_an_index(other.type_name())),
    };
    u8::try_from(n).map_err(|_| range_err())
}

pub fn repr(data: &[u8]) -> String {
    let mut s = String::with_capacity(data.len() + 3);
    byteops::repr_bytes(data, &mut s);
    s
}

/// `data[key]` for bytes (`what` names the type in the index error);
/// `this` is the bytes object itself, the result of a slice of all of it.
pub fn getitem(data: &[u8], key: &Value, kind: Kind, this: Option<&Value>) -> PyResult<Value> {
    if let Some(i) = index_key(key)? {
        return slice::index(i, data.len())
            .and_then(|j| data.get(j))
            .map(|&c| Value::Int(c as i64))
            .ok_or_else(|| match kind {
                Kind::Bytes => exceptions::index_error("index out of range"),
                Kind::ByteArray => exceptions::index_out_of_range("bytearray"),
            });
    }
    if let Value::Slice(s) = key {
        let si = slice::adjust(s, data.len())?;
        if let (Some(this), true) = (this, si.is_whole(data.len())) {
            return Ok(this.clone());
        }
        if let (Kind::Bytes, 1) = (kind, si.step) {
            let start = si.start.max(0) as usize;
            let part = data.get(start..start + si.len).unwrap_or_default();
            return Ok(from_slice(part));
        }
        let out = si.iter().filter_map(|i| data.get(i).copied()).collect();
        return Ok(kind.make_fresh(out));
    }
    Err(type_error(format!(
        "{} indices must be integers or slices, not {}",
        match kind {
            Kind::Bytes => "byte",
            Kind::ByteArray => "bytearray",
        },
        key.type_name()
    )))
}

/// An integer subscript; ints too large for an index raise CPython's
/// IndexError ("cannot fit 'int' into an index-sized integer").
pub fn index_key(key: &Value) -> PyResult<Option<i64>> {
    match key {
        Value::BigInt(_) => Err(exceptions::index_overflow(ExcType::IndexError)),
        k => Ok(slice::as_index(k)),
    }
}

/// A bytes-like argument, copied out.
pub fn buffer_arg(v: &Value) -> PyResult<Vec<u8>> {
    buffer::to_vec(v).unwrap_or_else(|| Err(exceptions::bytes_like_required(v.type_name())))
}

fn opt_buffer_arg(v: &Option<Value>) -> PyResult<Option<Vec<u8>>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => buffer_arg(v).map(Some),
    }
}

/// An index-sized argument (`Py_ssize_t`), through `__index__`.
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Int(i) = v {
        return Ok(*i);
    }
    ops::index_i64(&crate::modules::index_value(vm, v)?)
}

/// A C `int` argument (`_PyLong_AsInt`), through `__index__`.
pub(crate) fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let too_big = || exceptions::c_overflow("int");
    match &crate::modules::index_value(vm, v)? {
        Value::BigInt(_) => Err(too_big()),
        v => {
            let n = ops::index_i64(v)?;
            i32::try_from(n).map_err(|_| too_big())?;
            Ok(n)
        }
    }
}

/// A `start`/`end` argument (`_PyEval_SliceIndex`): None, or an int
/// clamped to the ssize_t range.
fn slice_index(vm: &mut Vm, v: &Option<Value>) -> PyResult<Option<i64>> {
    let v = match v {
        Some(v) if crate::dispatch::user_class(v).is_some() => {
            if !has_index(v) {
                return Err(slice_index_error());
            }
            Some(crate::modules::index_value(vm, v)?)
        }
        v => v.clone(),
    };
    match &v {
        None | Some(Value::None) => Ok(None),
        Some(Value::BigInt(b)) => Ok(Some(if b.is_negative() { i64::MIN } else { i64::MAX })),
        Some(v @ (Value::Int(_) | Value::Bool(_))) => Ok(Some(ops::index_i64(v)?)),
        Some(_) => Err(slice_index_error()),
    }
}

/// Whether `v` is a user object with `__index__`.
fn has_index(v: &Value) -> bool {
    crate::dispatch::user_class(v).is_some_and(|c| c.lookup("__index__").is_some())
}

fn slice_index_error() -> Box<exceptions::PyErr> {
    type_error("slice indices must be integers or None or have an __index__ method")
}

/// `start`/`end` resolved against `len` like CPython's `ADJUST_INDICES`:
/// `end` is clamped into `0..=len`, `start` only from below, so a start
/// past the end leaves an empty (or negative) window.
fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = end.saturating_add(len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = start.saturating_add(len).max(0);
    }
    (start, end)
}

/// The needle of find/count/index/`in`: a byte value (an int or an
/// object with `__index__`) or a bytes-like object.
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            Ok(vec![item_byte(vm, v, exceptions::byte_range)?])
        }
        v if has_index(v) => Ok(vec![item_byte(vm, v, exceptions::byte_range)?]),
        _ => buffer::to_vec(v).unwrap_or_else(|| {
            Err(type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                v.type_name()
            )))
        }),
    }
}

/// `x in data` for bytes-like containers: an int is a byte value (huge
/// ones are out of range), anything else must be bytes-like.
pub fn contains(vm: &mut Vm, data: &[u8], item: &Value) -> PyResult<bool> {
    let sub = match item {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            vec![item_byte(vm, item, exceptions::byte_range)?]
        }
        v if has_index(v) => vec![item_byte(vm, v, exceptions::byte_range)?],
        v => buffer_arg(v)?,
    };
    Ok(byteops::find(data, &sub).is_some())
}

/// The two byte strings to compare when CPython's bytes or bytearray rich
/// comparison decides `a <op> b` (trying `a`'s, then `b`'s reflected):
/// bytes against bytes, and bytearray against any buffer, raw bytes
/// whatever the formats. A memoryview on the left decides equality
/// itself, so it only defers to a bytearray for ordering.
pub fn comparable_bytes(
    a: &Value,
    b: &Value,
    ordering: bool,
) -> Option<PyResult<(Vec<u8>, Vec<u8>)>> {
    let applies = match (a, b) {
        (Value::Bytes(_), Value::Bytes(_)) => true,
        (Value::ByteArray(_), other) => simple_buffer(other),
        (Value::MemoryView(_), Value::ByteArray(_)) => ordering && simple_buffer(a),
        (other, Value::ByteArray(_)) => simple_buffer(other),
        _ => false,
    };
    if !applies {
        return None;
    }
    let x = buffer::to_vec(a)?;
    let y = buffer::to_vec(b)?;
    Some(x.and_then(|x| Ok((x, y?))))
}

/// Whether `v` gives a `PyBUF_SIMPLE` buffer: a live, C-contiguous view
/// or any other exporter.
fn simple_buffer(v: &Value) -> bool {
    if let Some(m) = buffer::exported_view(v) {
        return simple_buffer(&m);
    }
    match v {
        Value::MemoryView(m) => !m.is_released() && m.is_c_contiguous(),
        v => buffer::Exporter::of(v).is_some(),
    }
}

/// How CPython parses a method's arguments, which decides the wording of
/// its argument errors.
#[derive(Clone, Copy, Debug)]
enum Sig {
    /// `METH_NOARGS`: "bytes.upper() takes no arguments (1 given)".
    NoArgs,
    /// `METH_O`: "bytes.join() takes exactly one argument (0 given)".
    One,
    /// Positional-only clinic with `min..=max` arguments: "center expected
    /// at least 1 argument, got 0".
    Positional(usize, usize),
    /// `PyArg_ParseTuple` of (sub, start, end): "find() takes at least 1
    /// argument (0 given)".
    Finds,
    /// Clinic with keywords: parameter names, how many are positional-only,
    /// how many are required.
    Keywords(&'static [&'static str], usize, usize),
}

/// The methods bytes and bytearray share, with their signatures.
const SHARED: &[(&str, Sig)] = &[
    ("capitalize", Sig::NoArgs),
    ("center", Sig::Positional(1, 2)),
    ("count", Sig::Finds),
    ("decode", Sig::Keywords(&["encoding", "errors"], 0, 0)),
    ("endswith", Sig::Finds),
    ("expandtabs", Sig::Keywords(&["tabsize"], 0, 0)),
    ("find", Sig::Finds),
    ("fromhex", Sig::One),
    ("hex", Sig::Keywords(&["sep", "bytes_per_sep"], 0, 0)),
    ("index", Sig::Finds),
    ("isalnum", Sig::NoArgs),
    ("isalpha", Sig::NoArgs),
    ("isascii", Sig::NoArgs),
    ("isdigit", Sig::NoArgs),
    ("islower", Sig::NoArgs),
    ("isspace", Sig::NoArgs),
    ("istitle", Sig::NoArgs),
    ("isupper", Sig::NoArgs),
    ("join", Sig::One),
    ("ljust", Sig::Positional(1, 2)),
    ("lower", Sig::NoArgs),
    ("lstrip", Sig::Positional(0, 1)),
    ("maketrans", Sig::Positional(2, 2)),
    ("partition", Sig::One),
    ("removeprefix", Sig::One),
    ("removesuffix", Sig::One),
    ("replace", Sig::Positional(2, 3)),
    ("rfind", Sig::Finds),
    ("rindex", Sig::Finds),
    ("rjust", Sig::Positional(1, 2)),
    ("rpartition", Sig::One),
    ("rsplit", Sig::Keywords(&["sep", "maxsplit"], 0, 0)),
    ("rstrip", Sig::Positional(0, 1)),
    ("split", Sig::Keywords(&["sep", "maxsplit"], 0, 0)),
    ("splitlines", Sig::Keywords(&["keepends"], 0, 0)),
    ("startswith", Sig::Finds),
    ("strip", Sig::Positional(0, 1)),
    ("swapcase", Sig::NoArgs),
    ("title", Sig::NoArgs),
    ("translate", Sig::Keywords(&["table", "delete"], 1, 1)),
    ("upper", Sig::NoArgs),
    ("zfill", Sig::One),
];

/// Every method name of bytes (for attribute lookup; kept in step with
/// [`SHARED`] by a test): the public names of CPython's `bytes.__dict__`.
pub fn methods() -> &'static [&'static str] {
    crate::type_dicts::public_names(crate::value::TypeId::Bytes)
}

/// Attributes of the `bytes` and `bytearray` type objects themselves.
pub const CLASS_METHODS: &[&str] = &["fromhex", "maketrans"];

/// Parses `args` as `sig` prescribes: one slot per parameter.
fn parse_sig(kind: Kind, name: &str, sig: Sig, args: &Args) -> PyResult<Slots> {
    let qualname = format!("{}.{name}", kind.name());
    let pos = |n: usize| -> Slots {
        let mut v: Slots = args.pos.iter().cloned().map(Some).collect();
        v.resize(n.max(v.len()), None);
        v
    };
    match sig {
        Sig::NoArgs => {
            args.no_kwargs(&qualname)?;
            args.check_exact(&qualname, 0)?;
            Ok(Slots::new())
        }
        Sig::One => {
            args.no_kwargs(&qualname)?;
            args.check_exact(&qualname, 1)?;
            Ok(pos(1))
        }
        Sig::Positional(min, max) => {
            args.no_kwargs(&qualname)?;
            args.check_positional(name, min, max)?;
            Ok(pos(max))
        }
        Sig::Finds => {
            args.no_kwargs(&qualname)?;
            args.check_tuple(name, 1, 3)?;
            Ok(pos(3))
        }
        Sig::Keywords(names, posonly, required) => {
            args.parse(name, names, posonly, required, names.len())
        }
    }
}

/// The fill byte of center/ljust/rjust: a bytes or bytearray of length 1.
fn fill_arg(name: &str, v: &Option<Value>) -> PyResult<u8> {
    let b = match v {
        None => return Ok(b' '),
        Some(Value::Bytes(b)) => b.data.to_vec(),
        Some(Value::ByteArray(b)) => b.data.borrow().clone(),
        Some(_) => Vec::new(),
    };
    match b.as_slice() {
        [c] => Ok(*c),
        _ => Err(exceptions::bad_argument(
            name,
            "argument 2",
            "a byte string of length 1",
            v.as_ref().unwrap_or(&Value::None),
        )),
    }
}

/// A width argument of center/ljust/rjust/zfill (negative means none).
fn width_arg(vm: &mut Vm, v: &Option<Value>) -> PyResult<usize> {
    let w = match v {
        Some(v) => ssize_arg(vm, v)?,
        None => 0,
    };
    Ok(usize::try_from(w).unwrap_or(0))
}

/// `memoryview.hex(sep, bytes_per_sep)`: arguments are checked before
/// the view's data is read.
pub fn hex_method(
    vm: &mut Vm,
    data: impl FnOnce() -> PyResult<Vec<u8>>,
    args: &Args,
) -> PyResult<Value> {
    let slots = args.parse("hex", &["sep", "bytes_per_sep"], 0, 0, 2)?;
    hex_parsed(vm, data, &slots)
}

fn hex_parsed(
    vm: &mut Vm,
    data: impl FnOnce() -> PyResult<Vec<u8>>,
    a: &[Option<Value>],
) -> PyResult<Value> {
    // CPython converts bytes_per_sep first, the separator last.
    let per = match a.get(1).and_then(Option::as_ref) {
        Some(v) => c_int_arg(vm, v)?,
        None => 1,
    };
    let data = data()?;
    let sep = match a.first().and_then(Option::as_ref) {
        None => None,
        Some(v) => Some(hex_sep(v, false)?),
    };
    Ok(Value::str(&byteops::hex(&data, sep, per)))
}

/// The separator of `hex()`: one character, as str or bytes. It must be
/// ASCII when the result is text; `binascii.hexlify` (`bytes_out`) takes
/// any byte, or a str character below U+0100.
pub(crate) fn hex_sep(v: &Value, bytes_out: bool) -> PyResult<u8> {
    let len = crate::builtins::len_of(v)?;
    if len != 1 {
        return Err(value_error("sep must be length 1."));
    }
    let c = match v {
        Value::Str(s) => s.chars().next().map_or(0x100, |c| c as u32),
        Value::Bytes(b) => b.data.first().map_or(0x100, |&c| c as u32),
        _ => return Err(type_error("sep must be str or bytes.")),
    };
    u8::try_from(c)
        .ok()
        .filter(|c| bytes_out || c.is_ascii())
        .ok_or_else(|| value_error("sep must be ASCII."))
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)`.
pub fn fromhex(kind: Kind, args: &Args) -> PyResult<Value> {
    let slots = parse_sig(kind, "fromhex", Sig::One, args)?;
    let Some(Value::Str(s)) = &slots[0] else {
        return Err(exceptions::bad_argument(
            "fromhex",
            "argument",
            "str",
            slots[0].as_ref().unwrap_or(&Value::None),
        ));
    };
    let data = byteops::fromhex(s).map_err(|pos| {
        value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    })?;
    Ok(kind.make(data))
}

/// `bytes.maketrans(frm, to)` (a bytes object for both types).
pub fn maketrans(kind: Kind, args: &Args) -> PyResult<Value> {
    let slots = parse_sig(kind, "maketrans", Sig::Positional(2, 2), args)?;
    let (Some(frm), Some(to)) = (&slots[0], &slots[1]) else {
        return Err(type_error("maketrans expected 2 arguments"));
    };
    let (frm, to) = (buffer_arg(frm)?, buffer_arg(to)?);
    if frm.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    Ok(new_value(byteops::maketrans(&frm, &to)))
}

/// `bytes.name(...)` called on the type: class methods, or an unbound
/// method whose first argument is the receiver.
pub fn type_method(vm: &mut Vm, kind: Kind, name: &str, args: &Args) -> Option<PyResult<Value>> {
    match name {
        "fromhex" => return Some(fromhex(kind, args)),
        "maketrans" => return Some(maketrans(kind, args)),
        _ => {}
    }
    let is_method = match kind {
        Kind::Bytes => methods().contains(&name),
        Kind::ByteArray => crate::objects::bytearray::methods().contains(&name),
    };
    if !is_method {
        return None;
    }
    let Some(this) = args.pos.first().cloned() else {
        return Some(Err(type_error(format!(
            "unbound method {}.{name}() needs an argument",
            kind.name()
        ))));
    };
    let matches_kind = matches!(
        (&this, kind),
        (Value::Bytes(_), Kind::Bytes) | (Value::ByteArray(_), Kind::ByteArray)
    );
    if !matches_kind {
        return Some(Err(type_error(format!(
            "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
            kind.name(),
            this.type_name()
        ))));
    }
    let rest = Args {
        pos: args.pos[1..].to_vec(),
        kw: args.kw.clone(),
    };
    Some(vm.call_method(&this, name, rest))
}

/// A method of a bytes object.
pub fn call_method(
    vm: &mut Vm,
    this: &Rc<PyBytes>,
    name: &str,
    args: &Args,
) -> Option<PyResult<Value>> {
    let whole = Value::Bytes(this.clone());
    if name == "__bytes__" {
        return Some(
            args.check_posonly("__bytes__", "__bytes__", 0, 0)
                .map(|_| whole),
        );
    }
    shared_method(vm, Kind::Bytes, &this.data, Some(&whole), name, args)
}

/// The methods bytes and bytearray share, run over `data`; `None` when
/// there is no such method. `this` is the receiver when it is an exact
/// bytes object: like CPython, a method whose result would equal it hands
/// it back instead of a copy (visible through `is`); bytearray methods and
/// subclasses always build a new object.
pub fn shared_method(
    vm: &mut Vm,
    kind: Kind,
    data: &[u8],
    this: Option<&Value>,
    name: &str,
    args: &Args,
) -> Option<PyResult<Value>> {
    let &(_, sig) = SHARED.iter().find(|(n, _)| *n == name)?;
    let recv = Receiver { kind, data, this };
    Some(parse_sig(kind, name, sig, args).and_then(|a| run(vm, recv, name, &a)))
}

/// The receiver of a shared method (see [`shared_method`]).
#[derive(Clone, Copy)]
struct Receiver<'a> {
    kind: Kind,
    data: &'a [u8],
    this: Option<&'a Value>,
}

impl Receiver<'_> {
    /// The result for bytes equal to the receiver's: the receiver itself
    /// when it may be shared, a new object otherwise.
    fn unchanged(self) -> Value {
        match self.this {
            Some(v) => v.clone(),
            None => self.kind.make(self.data.to_vec()),
        }
    }

    /// `part` as a result: the receiver itself when `part` spans all of it.
    fn part(self, part: &[u8]) -> Value {
        if part.len() == self.data.len() {
            self.unchanged()
        } else {
            self.kind.make(part.to_vec())
        }
    }
}

fn bool_value(b: bool) -> PyResult<Value> {
    Ok(Value::Bool(b))
}

/// Runs shared method `name` on parsed arguments `a`.
fn run(vm: &mut Vm, recv: Receiver, name: &str, a: &[Option<Value>]) -> PyResult<Value> {
    let (kind, data) = (recv.kind, recv.data);
    let arg = |i: usize| a.get(i).cloned().flatten();
    let list = |parts: Vec<&[u8]>| {
        crate::nested::appended_list(parts.into_iter().map(|p| kind.make(p.to_vec())).collect())
    };
    match name {
        "capitalize" => Ok(kind.make_fresh(byteops::capitalize(data))),
        "swapcase" => Ok(kind.make_fresh(byteops::swapcase(data))),
        "title" => Ok(kind.make_fresh(byteops::title(data))),
        "upper" => Ok(kind.make_fresh(data.to_ascii_uppercase())),
        "lower" => Ok(kind.make_fresh(data.to_ascii_lowercase())),
        "isalnum" => bool_value(byteops::all_nonempty(data, u8::is_ascii_alphanumeric)),
        "isalpha" => bool_value(byteops::all_nonempty(data, u8::is_ascii_alphabetic)),
        "isdigit" => bool_value(byteops::all_nonempty(data, u8::is_ascii_digit)),
        "isspace" => bool_value(byteops::all_nonempty(data, |c| byteops::is_space(*c))),
        "isascii" => bool_value(data.is_ascii()),
        "islower" => bool_value(byteops::islower(data)),
        "isupper" => bool_value(byteops::isupper(data)),
        "istitle" => bool_value(byteops::istitle(data)),
        "count" | "find" | "rfind" | "index" | "rindex" => {
            // CPython converts start and end before the needle.
            let (start, end) =
                adjust_indices(slice_index(vm, &a[1])?, slice_index(vm, &a[2])?, data.len());
            let sub = needle(vm, a[0].as_ref().unwrap_or(&Value::None))?;
            let hay = if end - start >= sub.len() as i64 {
                data.get(start as usize..end as usize)
            } else {
                None
            };
            if name == "count" {
                return Ok(Value::from_usize(
                    hay.map_or(0, |h| byteops::count(h, &sub, usize::MAX)),
                ));
            }
            let found = hay.and_then(|h| {
                if name.starts_with('r') {
                    byteops::rfind(h, &sub)
                } else {
                    byteops::find(h, &sub)
                }
            });
            match found {
                Some(p) => Ok(Value::Int(p as i64 + start)),
                None if name.ends_with("find") => Ok(Value::Int(-1)),
                None => Err(value_error("subsection not found")),
            }
        }
        "startswith" | "endswith" => {
            let first = arg(0).unwrap_or(Value::None);
            let (start, end) =
                adjust_indices(slice_index(vm, &a[1])?, slice_index(vm, &a[2])?, data.len());
            let test = |p: &[u8]| -> bool {
                if end - start < p.len() as i64 {
                    return false;
                }
                let (s, e) = (start as usize, end as usize);
                let window = if name == "startswith" {
                    data.get(s..s + p.len())
                } else {
                    data.get(e - p.len()..e)
                };
                window == Some(p)
            };
            if let Value::Tuple(items) = &first {
                for it in items.iter() {
                    if test(&buffer_arg(it)?) {
                        return bool_value(true);
                    }
                }
                return bool_value(false);
            }
            let p = buffer::to_vec(&first).unwrap_or_else(|| {
                Err(type_error(format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {}",
                    first.type_name()
                )))
            })?;
            bool_value(test(&p))
        }
        "center" | "ljust" | "rjust" => {
            let width = width_arg(vm, &a[0])?;
            let fill = fill_arg(name, &a[1])?;
            if width <= data.len() {
                return Ok(recv.unchanged());
            }
            vm.check_alloc(width)?;
            let marg = width - data.len();
            let (l, r) = match name {
                "center" => byteops::center_margins(data.len(), width),
                "ljust" => (0, marg),
                _ => (marg, 0),
            };
            Ok(kind.make_fresh(byteops::pad(data, l, r, fill)))
        }
        "zfill" => {
            let width = width_arg(vm, &a[0])?;
            if width <= data.len() {
                return Ok(recv.unchanged());
            }
            vm.check_alloc(width)?;
            Ok(kind.make_fresh(byteops::zfill(data, width)))
        }
        "strip" | "lstrip" | "rstrip" => {
            let chars = opt_buffer_arg(&a[0])?;
            let (l, r) = (name != "rstrip", name != "lstrip");
            Ok(recv.part(byteops::strip(data, chars.as_deref(), l, r)))
        }
        "split" | "rsplit" => {
            let max = match &a[1] {
                Some(v) => ssize_arg(vm, v)?,
                None => -1,
            };
            let sep = opt_buffer_arg(&a[0])?;
            if sep.as_deref() == Some(&[][..]) {
                return Err(value_error("empty separator"));
            }
            // The pieces are counted before any is made.
            let pieces = byteops::splits(data, sep.as_deref(), max, name == "rsplit").count();
            vm.check_items(pieces, data.len())?;
            let parts = if name == "split" {
                byteops::split(data, sep.as_deref(), max)
            } else {
                byteops::rsplit(data, sep.as_deref(), max)
            };
            // CPython shares the receiver only when nothing was split off:
            // a whitespace split stopped by maxsplit copies.
            if let [only] = parts[..] {
                if sep.is_some() || !data.iter().any(|&c| byteops::is_space(c)) {
                    return Ok(crate::nested::split_list(vec![recv.part(only)], max));
                }
            }
            let parts = parts.into_iter().map(|p| kind.make(p.to_vec())).collect();
            Ok(crate::nested::split_list(parts, max))
        }
        "splitlines" => {
            let keep = match &a[0] {
                Some(v) => c_int_arg(vm, v)? != 0,
                None => false,
            };
            let lines = byteops::splitlines(data, keep);
            vm.check_items(lines.len(), data.len())?;
            match lines[..] {
                [only] => Ok(crate::nested::appended_list(vec![recv.part(only)])),
                ref parts => Ok(list(parts.to_vec())),
            }
        }
        "partition" | "rpartition" => {
            let sep_obj = arg(0).unwrap_or(Value::None);
            let sep = buffer_arg(&sep_obj)?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let found = if name == "partition" {
                byteops::find(data, &sep)
            } else {
                byteops::rfind(data, &sep)
            };
            let empty = || kind.make(Vec::new());
            let whole = || recv.unchanged();
            let parts = match found {
                Some(p) => {
                    // bytes hands back the separator object itself.
                    let sep_value = match kind {
                        Kind::Bytes => sep_obj,
                        Kind::ByteArray => kind.make(sep.clone()),
                    };
                    vec![
                        kind.make(data[..p].to_vec()),
                        sep_value,
                        kind.make(data.get(p + sep.len()..).unwrap_or_default().to_vec()),
                    ]
                }
                None if name == "partition" => vec![whole(), empty(), empty()],
                None => vec![empty(), empty(), whole()],
            };
            Ok(Value::new_tuple(parts))
        }
        "removeprefix" | "removesuffix" => {
            let affix = buffer_arg(&arg(0).unwrap_or(Value::None))?;
            let out = if name == "removeprefix" {
                data.strip_prefix(&affix[..])
            } else {
                data.strip_suffix(&affix[..])
            };
            Ok(out.map_or_else(|| recv.unchanged(), |o| kind.make(o.to_vec())))
        }
        "replace" => {
            let old = buffer_arg(&arg(0).unwrap_or(Value::None))?;
            let new = buffer_arg(&arg(1).unwrap_or(Value::None))?;
            let count = match &a[2] {
                Some(v) => ssize_arg(vm, v)?,
                None => -1,
            };
            let n = byteops::count_limit(data, &old, count);
            if n == 0 || (old.is_empty() && new.is_empty()) {
                return Ok(recv.unchanged());
            }
            let size = (data.len() as u128 + n as u128 * new.len() as u128)
                .saturating_sub(n as u128 * old.len() as u128);
            vm.check_alloc(usize::try_from(size).unwrap_or(usize::MAX))?;
            Ok(kind.make_fresh(byteops::replace(data, &old, &new, count)))
        }
        "expandtabs" => {
            let tabsize = match &a[0] {
                Some(v) => c_int_arg(vm, v)?,
                None => 8,
            };
            let size = byteops::expandtabs_len(data, tabsize).unwrap_or(usize::MAX);
            vm.check_alloc(size)?;
            Ok(kind.make_fresh(byteops::expandtabs(data, tabsize)))
        }
        "translate" => {
            let table = match arg(0) {
                None | Some(Value::None) => None,
                Some(t) => {
                    let t = buffer_arg(&t)?;
                    if t.len() != 256 {
                        return Err(value_error("translation table must be 256 characters long"));
                    }
                    Some(t)
                }
            };
            let delete = match arg(1) {
                Some(d) => buffer_arg(&d)?,
                None => Vec::new(),
            };
            let out = byteops::translate(data, table.as_deref(), &delete);
            Ok(if out == data {
                recv.unchanged()
            } else {
                kind.make_fresh(out)
            })
        }
        "join" => join(vm, kind, || data.to_vec(), &arg(0).unwrap_or(Value::None)),
        "decode" => {
            let (enc, errors) = crate::codecs::enc_errors("decode", &a[0], &a[1])?;
            if data.len() >= crate::limits::TRACK_MIN {
                vm.check_alloc(crate::codecs::decoded_bound(data.len(), &enc, &errors))?;
            }
            Ok(Value::Str(
                crate::codecs::decode(data, &enc, &errors)?.into(),
            ))
        }
        "hex" => hex_parsed(vm, || Ok(data.to_vec()), a),
        "fromhex" => fromhex(kind, &Args::new(vec![arg(0).unwrap_or(Value::None)])),
        "maketrans" => maketrans(
            kind,
            &Args::new(vec![
                arg(0).unwrap_or(Value::None),
                arg(1).unwrap_or(Value::None),
            ]),
        ),
        _ => Err(exceptions::no_attribute(kind.name(), name)),
    }
}

/// `sep.join(iterable)` for a bytearray separator, which is read only
/// after the iterable has run (see [`join`]).
pub fn join_method(
    vm: &mut Vm,
    kind: Kind,
    args: &Args,
    sep: impl FnOnce() -> Vec<u8>,
) -> PyResult<Value> {
    let a = parse_sig(kind, "join", Sig::One, args)?;
    join(vm, kind, sep, a[0].as_ref().unwrap_or(&Value::None))
}

/// `sep.join(iterable)`: the items must all be bytes-like. The separator
/// is taken after the iterable is consumed, as CPython does.
fn join(
    vm: &mut Vm,
    kind: Kind,
    sep: impl FnOnce() -> Vec<u8>,
    iterable: &Value,
) -> PyResult<Value> {
    if !vm.is_iterable(iterable) {
        return Err(type_error("can only join an iterable"));
    }
    let items = vm.collect(iterable)?;
    // CPython hands back a lone exact bytes item itself.
    if let (Kind::Bytes, [item @ Value::Bytes(_)]) = (kind, &items[..]) {
        return Ok(item.clone());
    }
    let sep = sep();
    // The size first, so that nothing is copied for a refused request.
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, item) in items.iter().enumerate() {
        match buffer::byte_len(item) {
            Some(n) => total = total.saturating_add(n),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    item.type_name()
                )))
            }
        }
    }
    vm.check_alloc(total)?;
    let mut out = Vec::with_capacity(total);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&buffer::to_vec(item).unwrap_or(Ok(Vec::new()))?);
    }
    Ok(kind.make_fresh(out))
}

/// The data of `int.from_bytes`'s argument (`PyObject_Bytes`): a
/// `__bytes__` result, a bytes-like object, or an iterable of ints (not str).
pub fn from_bytes_source(vm: &mut Vm, src: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = dunder_bytes(vm, src)? {
        return Ok(b);
    }
    if let Some(b) = buffer::to_vec(src) {
        return b;
    }
    if matches!(
        src,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Str(_)
    ) {
        return Err(type_error(format!(
            "cannot convert '{}' object to bytes",
            src.type_name()
        )));
    }
    from_iterable(vm, src, Kind::Bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn method_lists_agree() {
        let mut shared: Vec<&str> = SHARED.iter().map(|(n, _)| *n).collect();
        // `__bytes__` is bytes' own (see `call_method`).
        let mut listed: Vec<&str> = methods()
            .iter()
            .copied()
            .filter(|n| *n != "__bytes__")
            .collect();
        shared.sort_unstable();
        listed.sort_unstable();
        assert_eq!(shared, listed);
        for n in methods().iter().filter(|n| **n != "__bytes__") {
            assert!(crate::objects::bytearray::methods().contains(n), "{n}");
        }
    }

    #[test]
    fn big_ints_do_not_overflow() {
        assert_eq!(adjust_indices(Some(i64::MIN), Some(i64::MAX), 3), (0, 3));
        assert_eq!(
            adjust_indices(Some(i64::MAX), Some(i64::MIN), 3),
            (i64::MAX, 0)
        );
    }
}
