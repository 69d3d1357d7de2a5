//! Python values as the host sees them ([`Object`]) and the conversions
//! between them and Rust values ([`FromPy`], [`IntoPy`]).
//!
//! Conversions never run Python code: they accept the built-in types
//! listed on each impl and refuse everything else with a `TypeError`
//! worded like CPython's argument errors (`must be int, not str`).

use crate::host_buffer::HostBuffer;
use crate::native::Exception;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use pyview_vm::objects::dict::PyDict;
use pyview_vm::Value;
use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;
use std::rc::Rc;

/// A Python value held by the host: any object, from an int to a
/// function defined by a script. Cloning makes another reference to the
/// same object, as assignment does in Python.
///
/// An `Object` belongs to the interpreter that made it; it is `!Send`,
/// like the interpreter. Handing it to another interpreter works (it is
/// just a value) but shares the object between them.
///
/// ```
/// use pyview::{Interpreter, Object};
///
/// let mut py = Interpreter::new();
/// let point: Object = py.eval("(3, 4)")?;
/// assert_eq!(point.type_name(), "tuple");
/// let (x, y): (i64, i64) = point.extract()?;
/// assert_eq!(x * x + y * y, 25);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct Object(pub(crate) Value);

impl Object {
    /// Python's `None`.
    pub fn none() -> Object {
        Object(Value::None)
    }

    /// The name of the object's type, as `type(x).__name__` shows it for
    /// built-in types (`"int"`, `"list"`) and as error messages show it
    /// for others.
    pub fn type_name(&self) -> &str {
        self.0.type_name()
    }

    /// Whether this is `None`.
    pub fn is_none(&self) -> bool {
        self.0.is_none()
    }

    /// Whether the two are the same object (Python's `is`).
    pub fn is(&self, other: &Object) -> bool {
        self.0.is(&other.0)
    }

    /// Converts to a Rust value (see [`FromPy`]).
    pub fn extract<T: FromPy>(&self) -> Result<T, Exception> {
        T::from_py(self)
    }
}

/// Shows the object's `repr()` as far as it can be computed without
/// running Python code (user classes show the default
/// `<__main__.C object at 0x...>` form; use
/// [`Interpreter::repr`](crate::Interpreter::repr) for their `__repr__`).
impl std::fmt::Debug for Object {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&pyview_vm::ops::repr_simple(&self.0))
    }
}

/// Conversion from a Python value to a Rust value.
///
/// | Rust type | accepts |
/// |---|---|
/// | `i8` ... `i128`, `u8` ... `u128`, `isize`, `usize` | `int`, `bool` (`OverflowError` when out of range) |
/// | [`BigInt`] | `int`, `bool` |
/// | `f64`, `f32` | `float`, `int`, `bool` |
/// | `bool` | `bool` |
/// | `String` | `str` |
/// | [`Bytes`] | any bytes-like object (`bytes`, `bytearray`, `memoryview`, `array`, host buffers) |
/// | `Vec<T>` | `list`, `tuple`, and bytes-like objects (as their ints) |
/// | `HashMap<K, V>`, `BTreeMap<K, V>` | `dict` |
/// | `(A,)` ... up to 12 elements | a `tuple` (or `list`) of that length |
/// | `Option<T>` | `None`, or what `T` accepts |
/// | [`Object`] | anything |
/// | `()` | anything (the value is ignored) |
/// | [`HostBuffer`] | a host buffer handed to the script |
///
/// As the parameter type of a native function, an `Option<T>` at the end
/// of the parameter list makes the argument optional.
///
/// ```
/// use pyview::{Interpreter, Bytes};
/// use std::collections::HashMap;
///
/// let mut py = Interpreter::new();
/// let n: u8 = py.eval("200")?;
/// let words: Vec<String> = py.eval("'a b c'.split()")?;
/// let table: HashMap<String, f64> = py.eval("{'pi': 3.14}")?;
/// let raw: Bytes = py.eval("bytearray(b'xyz')")?;
/// let maybe: Option<i64> = py.eval("None")?;
/// assert_eq!((n, words.len(), table["pi"], raw.0, maybe), (200, 3, 3.14, b"xyz".to_vec(), None));
///
/// let err = py.eval::<u8>("300").unwrap_err();
/// assert_eq!(err.type_name(), "OverflowError");
/// let err = py.eval::<String>("42").unwrap_err();
/// assert_eq!(err.message(), "eval() result must be str, not int");
/// # Ok::<(), pyview::Error>(())
/// ```
pub trait FromPy: Sized {
    /// Converts `obj`, or explains why not.
    fn from_py(obj: &Object) -> Result<Self, Exception>;

    /// Whether a native function may be called without this argument
    /// (only `Option<T>` says yes).
    #[doc(hidden)]
    fn optional() -> bool {
        false
    }
}

/// Conversion from a Rust value to a Python value.
///
/// | Rust type | becomes |
/// |---|---|
/// | `()` | `None` |
/// | `bool` | `bool` |
/// | every integer type, [`BigInt`] | `int` (of any size) |
/// | `f64`, `f32` | `float` |
/// | `String`, `&str`, `char` | `str` |
/// | [`Bytes`] | `bytes` |
/// | `Vec<T>`, `&[T]` | `list` |
/// | `HashMap<K, V>`, `BTreeMap<K, V>` | `dict` (a key that is not hashable in Python fails with `TypeError`) |
/// | `(A,)` ... up to 12 elements | `tuple` |
/// | `Option<T>` | `None` or the value |
/// | [`Object`], `&Object` | itself |
/// | [`HostBuffer`], `&HostBuffer` | the buffer object scripts see |
/// | `Result<T, Exception>` | the value, or the exception raised |
///
/// ```
/// use pyview::{Interpreter, Bytes};
/// use std::collections::BTreeMap;
///
/// let mut py = Interpreter::new();
/// py.set("big", 1u128 << 100)?;
/// py.set("blob", Bytes(vec![0, 255]))?;
/// py.set("ages", BTreeMap::from([("ann", 31), ("bob", 27)]))?;
/// py.set("pair", ("x", Some(1.5)))?;
/// assert_eq!(py.eval::<String>("repr((big, blob, ages, pair))")?,
///            "(1267650600228229401496703205376, b'\\x00\\xff', {'ann': 31, 'bob': 27}, ('x', 1.5))");
/// # Ok::<(), pyview::Error>(())
/// ```
pub trait IntoPy {
    /// Converts `self`; fails only for values Python cannot hold (such
    /// as an unhashable dict key).
    fn into_py(self) -> Result<Object, Exception>;
}

/// Bytes, as Python's `bytes`: a newtype so that `Vec<u8>` can keep
/// meaning a list of ints.
///
/// ```
/// use pyview::{Interpreter, Bytes};
///
/// let mut py = Interpreter::new();
/// py.set("data", Bytes(b"abc".to_vec()))?;
/// let Bytes(up) = py.eval("data.upper()")?;
/// assert_eq!(up, b"ABC");
/// # Ok::<(), pyview::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Bytes(pub Vec<u8>);

impl From<Vec<u8>> for Bytes {
    fn from(v: Vec<u8>) -> Bytes {
        Bytes(v)
    }
}

impl From<&[u8]> for Bytes {
    fn from(v: &[u8]) -> Bytes {
        Bytes(v.to_vec())
    }
}

fn ok(v: Value) -> Result<Object, Exception> {
    Ok(Object(v))
}

// ----- FromPy -----

impl FromPy for Object {
    fn from_py(obj: &Object) -> Result<Self, Exception> {
        Ok(obj.clone())
    }
}

impl FromPy for () {
    fn from_py(_: &Object) -> Result<Self, Exception> {
        Ok(())
    }
}

/// An int as a `BigInt`, or the mismatch error.
fn int_of(obj: &Object) -> Result<BigInt, Exception> {
    match &obj.0 {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        _ => Err(Exception::mismatch("int", obj)),
    }
}

macro_rules! int_from_py {
    ($($t:ty => $cname:literal),* $(,)?) => {$(
        impl FromPy for $t {
            fn from_py(obj: &Object) -> Result<Self, Exception> {
                let fits = match &obj.0 {
                    Value::Int(i) => <$t>::try_from(*i).ok(),
                    Value::Bool(b) => <$t>::try_from(*b as i64).ok(),
                    _ => None,
                };
                if let Some(n) = fits {
                    return Ok(n);
                }
                let big = int_of(obj)?;
                <$t>::try_from(&big).map_err(|_| {
                    if big.sign() == num_bigint::Sign::Minus && <$t>::MIN == 0 {
                        Exception::overflow_error("can't convert negative int to unsigned")
                    } else {
                        Exception::overflow_error(concat!(
                            "Python int too large to convert to ", $cname
                        ))
                    }
                })
            }
        }

        impl IntoPy for $t {
            fn into_py(self) -> Result<Object, Exception> {
                match i64::try_from(self) {
                    Ok(i) => ok(Value::Int(i)),
                    Err(_) => ok(Value::from_bigint(BigInt::from(self))),
                }
            }
        }
    )*};
}

int_from_py! {
    i8 => "C signed char", u8 => "C unsigned char",
    i16 => "C short", u16 => "C unsigned short",
    i32 => "C int", u32 => "C unsigned int",
    i64 => "C long", u64 => "C unsigned long",
    i128 => "a 128-bit int", u128 => "an unsigned 128-bit int",
    isize => "C ssize_t", usize => "C size_t",
}

impl FromPy for BigInt {
    fn from_py(obj: &Object) -> Result<Self, Exception> {
        int_of(obj)
    }
}

impl FromPy for f64 {
    fn from_py(obj: &Object) -> Result<Self, Exception> {
        match &obj.0 {
            Value::Float(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(*b as i64 as f64),
            Value::BigInt(b) => pyview_vm::format::bigint_to_f64(b)
                .map_err(|_| Exception::overflow_error("int too large to convert to float")),
            _ => Err(Exception::mismatch("float", obj)),
        }
    }
}

impl FromPy for f32 {
    fn from_py(obj: &Object) -> Result<Self, Exception> {
        f64::from_py(obj).map(|f| f as f32)
    }
}

impl FromPy for bool {
    fn from_py(obj: &Object) -> Result<Self, Exception> {
        match &obj.0 {
            Value::Bool(b) => Ok(*b),
            _ => Err(Exception::mismatch("bool", obj)),
        }
    }
}

impl FromPy for String {
    fn from_py(obj: &Object) -> Result<Self, Exception> {
        match &obj.0 {
            // A lone surrogate has no UTF-8 form: UnicodeEncodeError, as
            // CPython's C API raises.
            Value::Str(s) => match pyview_vm::codecs::utf8_strict(s) {
                Ok(_) => Ok(s.to_string()),
                Err(e) => Err(Exception::from_err(e)),
            },
            _ => Err(Exception::mismatch("str", obj)),
        }
    }
}

impl FromPy for Bytes {
    fn from_py(obj: &Object) -> Result<Self, Exception> {
        match pyview_vm::buffer::to_vec(&obj.0) {
            Some(r) => r.map(Bytes).map_err(Exception::from_err),
            None => Err(Exception::mismatch("bytes-like object", obj)),
        }
    }
}

impl<T: FromPy> FromPy for Vec<T> {
    fn from_py(obj: &Object) -> Result<Self, Exception> {
        let items: Vec<Value> = match &obj.0 {
            Value::List(l) => l.borrow().clone(),
            Value::Tuple(t) => t.to_vec(),
            v => match pyview_vm::buffer::to_vec(v) {
                Some(r) => r
                    .map_err(Exception::from_err)?
                    .into_iter()
                    .map(|b| Value::Int(b.into()))
                    .collect(),
                None => return Err(Exception::mismatch("list", obj)),
            },
        };
        items
            .into_iter()
            .enumerate()
            .map(|(i, v)| T::from_py(&Object(v)).map_err(|e| e.inside(|| format!("[{i}]"))))
            .collect()
    }
}

/// One entry of a dict, converted; a mismatch says which key.
fn entry<K: FromPy, V: FromPy>(k: Value, v: Value) -> Result<(K, V), Exception> {
    let key = K::from_py(&Object(k.clone()))
        .map_err(|e| e.inside(|| format!(" key {}", pyview_vm::ops::repr_simple(&k))))?;
    let value = V::from_py(&Object(v))
        .map_err(|e| e.inside(|| format!("[{}]", pyview_vm::ops::repr_simple(&k))))?;
    Ok((key, value))
}

fn dict_items(obj: &Object) -> Result<Vec<(Value, Value)>, Exception> {
    match &obj.0 {
        Value::Dict(d) => Ok(d
            .map
            .borrow()
            .iter()
            .map(|(k, v)| (k.value.clone(), v.clone()))
            .collect()),
        _ => Err(Exception::mismatch("dict", obj)),
    }
}

impl<K: FromPy + Eq + Hash, V: FromPy, S: std::hash::BuildHasher + Default> FromPy
    for HashMap<K, V, S>
{
    fn from_py(obj: &Object) -> Result<Self, Exception> {
        dict_items(obj)?
            .into_iter()
            .map(|(k, v)| entry(k, v))
            .collect()
    }
}

impl<K: FromPy + Ord, V: FromPy> FromPy for BTreeMap<K, V> {
    fn from_py(obj: &Object) -> Result<Self, Exception> {
        dict_items(obj)?
            .into_iter()
            .map(|(k, v)| entry(k, v))
            .collect()
    }
}

impl<T: FromPy> FromPy for Option<T> {
    fn from_py(obj: &Object) -> Result<Self, Exception> {
        if obj.is_none() {
            return Ok(None);
        }
        T::from_py(obj).map(Some).map_err(|e| e.or_none())
    }

    fn optional() -> bool {
        true
    }
}

impl FromPy for HostBuffer {
    fn from_py(obj: &Object) -> Result<Self, Exception> {
        HostBuffer::from_value(&obj.0).ok_or_else(|| Exception::mismatch("HostBuffer", obj))
    }
}

macro_rules! tuples {
    ($($n:literal: ($($t:ident $i:tt),+);)*) => {$(
        impl<$($t: FromPy),+> FromPy for ($($t,)+) {
            fn from_py(obj: &Object) -> Result<Self, Exception> {
                let items: Vec<Value> = match &obj.0 {
                    Value::Tuple(t) => t.to_vec(),
                    Value::List(l) => l.borrow().clone(),
                    _ => return Err(Exception::mismatch("tuple", obj)),
                };
                if items.len() != $n {
                    return Err(Exception::mismatch_text(
                        &format!("a tuple of {} items", $n),
                        &items.len().to_string(),
                    ));
                }
                Ok(($($t::from_py(&Object(items[$i].clone()))
                    .map_err(|e| e.inside(|| format!("[{}]", $i)))?,)+))
            }
        }

        impl<$($t: IntoPy),+> IntoPy for ($($t,)+) {
            fn into_py(self) -> Result<Object, Exception> {
                ok(Value::new_tuple(vec![$(self.$i.into_py()?.0),+]))
            }
        }
    )*};
}

tuples! {
    1: (A 0);
    2: (A 0, B 1);
    3: (A 0, B 1, C 2);
    4: (A 0, B 1, C 2, D 3);
    5: (A 0, B 1, C 2, D 3, E 4);
    6: (A 0, B 1, C 2, D 3, E 4, F 5);
    7: (A 0, B 1, C 2, D 3, E 4, F 5, G 6);
    8: (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
    9: (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
    10: (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
    11: (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
    12: (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);
}

// ----- IntoPy -----

impl IntoPy for Object {
    fn into_py(self) -> Result<Object, Exception> {
        Ok(self)
    }
}

impl IntoPy for &Object {
    fn into_py(self) -> Result<Object, Exception> {
        Ok(self.clone())
    }
}

impl IntoPy for () {
    fn into_py(self) -> Result<Object, Exception> {
        ok(Value::None)
    }
}

impl IntoPy for bool {
    fn into_py(self) -> Result<Object, Exception> {
        ok(Value::Bool(self))
    }
}

impl IntoPy for BigInt {
    fn into_py(self) -> Result<Object, Exception> {
        ok(Value::from_bigint(self))
    }
}

impl IntoPy for &BigInt {
    fn into_py(self) -> Result<Object, Exception> {
        match self.to_i64() {
            Some(i) => ok(Value::Int(i)),
            None => ok(Value::BigInt(Rc::new(self.clone()))),
        }
    }
}

impl IntoPy for f64 {
    fn into_py(self) -> Result<Object, Exception> {
        ok(Value::Float(self))
    }
}

impl IntoPy for f32 {
    fn into_py(self) -> Result<Object, Exception> {
        ok(Value::Float(self as f64))
    }
}

impl IntoPy for String {
    fn into_py(self) -> Result<Object, Exception> {
        ok(Value::Str(self.into()))
    }
}

impl IntoPy for &String {
    fn into_py(self) -> Result<Object, Exception> {
        ok(Value::str(self))
    }
}

impl IntoPy for &str {
    fn into_py(self) -> Result<Object, Exception> {
        ok(Value::str(self))
    }
}

impl IntoPy for char {
    fn into_py(self) -> Result<Object, Exception> {
        ok(Value::Str(self.to_string().into()))
    }
}

impl IntoPy for Bytes {
    fn into_py(self) -> Result<Object, Exception> {
        ok(pyview_vm::objects::bytes::new_value(self.0))
    }
}

impl<T: IntoPy> IntoPy for Vec<T> {
    fn into_py(self) -> Result<Object, Exception> {
        let items = self
            .into_iter()
            .map(|v| v.into_py().map(|o| o.0))
            .collect::<Result<Vec<_>, _>>()?;
        ok(Value::new_list(items))
    }
}

impl<T: IntoPy + Clone> IntoPy for &[T] {
    fn into_py(self) -> Result<Object, Exception> {
        self.to_vec().into_py()
    }
}

fn dict_of<K: IntoPy, V: IntoPy>(pairs: impl Iterator<Item = (K, V)>) -> Result<Object, Exception> {
    let d = PyDict::default();
    for (k, v) in pairs {
        d.set(k.into_py()?.0, v.into_py()?.0)
            .map_err(Exception::from_err)?;
    }
    ok(Value::Dict(Rc::new(d)))
}

/// Entries in the map's iteration order (unspecified for `HashMap`).
impl<K: IntoPy, V: IntoPy, S> IntoPy for HashMap<K, V, S> {
    fn into_py(self) -> Result<Object, Exception> {
        dict_of(self.into_iter())
    }
}

/// Entries in key order.
impl<K: IntoPy, V: IntoPy> IntoPy for BTreeMap<K, V> {
    fn into_py(self) -> Result<Object, Exception> {
        dict_of(self.into_iter())
    }
}

impl<T: IntoPy> IntoPy for Option<T> {
    fn into_py(self) -> Result<Object, Exception> {
        match self {
            Some(v) => v.into_py(),
            None => ok(Value::None),
        }
    }
}

impl<T: IntoPy> IntoPy for Result<T, Exception> {
    fn into_py(self) -> Result<Object, Exception> {
        self?.into_py()
    }
}

impl IntoPy for HostBuffer {
    fn into_py(self) -> Result<Object, Exception> {
        ok(self.value())
    }
}

impl IntoPy for &HostBuffer {
    fn into_py(self) -> Result<Object, Exception> {
        ok(self.value())
    }
}

/// Positional arguments for a call from Rust: `()`, a tuple of up to 12
/// [`IntoPy`] values, or a `Vec<Object>`.
///
/// ```
/// use pyview::{Interpreter, IntoPy, Object};
///
/// let mut py = Interpreter::new();
/// py.run("def f(*args):\n    return len(args)", "<demo>")?;
/// assert_eq!(py.call::<usize>("f", ())?, 0);
/// assert_eq!(py.call::<usize>("f", (1, "two", 3.0))?, 3);
/// let many: Vec<Object> = (0..20).map(|i| i.into_py()).collect::<Result<_, _>>().unwrap();
/// assert_eq!(py.call::<usize>("f", many)?, 20);
/// # Ok::<(), pyview::Error>(())
/// ```
pub trait IntoArgs {
    /// The converted arguments.
    fn into_args(self) -> Result<Vec<Object>, Exception>;
}

impl IntoArgs for () {
    fn into_args(self) -> Result<Vec<Object>, Exception> {
        Ok(Vec::new())
    }
}

impl IntoArgs for Vec<Object> {
    fn into_args(self) -> Result<Vec<Object>, Exception> {
        Ok(self)
    }
}

impl IntoArgs for &[Object] {
    fn into_args(self) -> Result<Vec<Object>, Exception> {
        Ok(self.to_vec())
    }
}

macro_rules! tuple_args {
    ($(($($t:ident $i:tt),+);)*) => {$(
        impl<$($t: IntoPy),+> IntoArgs for ($($t,)+) {
            fn into_args(self) -> Result<Vec<Object>, Exception> {
                Ok(vec![$(self.$i.into_py()?),+])
            }
        }
    )*};
}

tuple_args! {
    (A 0);
    (A 0, B 1);
    (A 0, B 1, C 2);
    (A 0, B 1, C 2, D 3);
    (A 0, B 1, C 2, D 3, E 4);
    (A 0, B 1, C 2, D 3, E 4, F 5);
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6);
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);
}
