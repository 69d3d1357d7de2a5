//! The value representation shared by the whole VM.
//!
//! `Value` is a small enum: immediates (None, bool, small int, float) are
//! stored inline, everything else behind an `Rc`. Ints live in an `i64`
//! while they fit and move to a `BigInt` only when they do not (invariant:
//! `Value::BigInt` never holds a value that fits in `i64`).

use crate::exceptions::{ExcType, PyException};
use crate::objects::array::PyArray;
use crate::objects::bytearray::PyByteArray;
use crate::objects::bytes::PyBytes;
use crate::objects::class::{PyClass, PyInstance, PySuper, Wrapper};
use crate::objects::dict::PyDict;
use crate::objects::function::{BoundMethod, Builtin, PyFunction};
use crate::objects::iter::PyIter;
use crate::objects::memoryview::PyMemoryView;
use crate::objects::module::PyModule;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Debug)]
pub enum Value {
    None,
    Ellipsis,
    NotImplemented,
    Bool(bool),
    Int(i64),
    BigInt(Rc<BigInt>),
    Float(f64),
    Complex(f64, f64),
    Str(Rc<str>),
    Bytes(Rc<PyBytes>),
    ByteArray(Rc<PyByteArray>),
    MemoryView(Rc<PyMemoryView>),
    Array(Rc<PyArray>),
    List(Rc<crate::nested::PyList>),
    Tuple(Rc<[Value]>),
    Dict(Rc<PyDict>),
    Range(Rc<PyRange>),
    Slice(Rc<PySlice>),
    Function(Rc<PyFunction>),
    Builtin(Rc<Builtin>),
    BoundMethod(Rc<BoundMethod>),
    Module(Rc<PyModule>),
    Type(TypeId),
    Exception(Rc<PyException>),
    Iter(Rc<RefCell<PyIter>>),
    /// A shared variable of a closure (never visible to Python code).
    Cell(Rc<RefCell<Option<Value>>>),
    Stream(Stream),
    /// A type implemented in Rust outside this enum (see `objects::native`).
    Native(Rc<dyn crate::objects::native::NativeObject>),
    Class(Rc<PyClass>),
    Instance(Rc<PyInstance>),
    Wrapper(Rc<Wrapper>),
    Super(Rc<PySuper>),
    Set(Rc<crate::objects::set::PySet>),
    DictView(Rc<crate::objects::dict::DictView>),
}

/// `sys.stdout` / `sys.stderr`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
    /// `sys.stdin`: reads the host's input (`Vm::stdin`), refuses writes.
    Stdin,
}

#[derive(Debug)]
pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// A range beyond 64 bits, whose inline fields are then unused (see
    /// `objects::range`).
    pub big: Option<Box<crate::objects::range::BigRange>>,
}

impl PyRange {
    /// The length of a range that fits 64 bits; for a big one, its length
    /// capped at `i64::MAX` (exact up to that, so 0 for an empty one).
    pub fn len(&self) -> i64 {
        if let Some(b) = &self.big {
            return num_traits::ToPrimitive::to_i64(&b.len).unwrap_or(i64::MAX);
        }
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        n as i64
    }

    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

#[derive(Debug)]
pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// Built-in types, as values of `type(x)` and names like `int`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TypeId {
    Object,
    NoneType,
    Ellipsis,
    NotImplementedType,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    MemoryView,
    Array,
    List,
    Tuple,
    Dict,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Type,
    Exception(ExcType),
    Iterator(&'static str),
    Cell,
    Native(&'static str),
    /// A user class (its name); `type(x)` of instances is `Value::Class`.
    User(&'static str),
    StaticMethod,
    ClassMethod,
    Property,
    Super,
    Set,
    FrozenSet,
}

impl TypeId {
    pub fn name(self) -> &'static str {
        match self {
            TypeId::Object => "object",
            TypeId::NoneType => "NoneType",
            TypeId::Ellipsis => "ellipsis",
            TypeId::NotImplementedType => "NotImplementedType",
            TypeId::Bool => "bool",
            TypeId::Int => "int",
            TypeId::Float => "float",
            TypeId::Complex => "complex",
            TypeId::Str => "str",
            TypeId::Bytes => "bytes",
            TypeId::ByteArray => "bytearray",
            TypeId::MemoryView => "memoryview",
            TypeId::Array => "array.array",
            TypeId::List => "list",
            TypeId::Tuple => "tuple",
            TypeId::Dict => "dict",
            TypeId::Range => "range",
            TypeId::Slice => "slice",
            TypeId::Function => "function",
            TypeId::BuiltinFunction => "builtin_function_or_method",
            TypeId::Method => "method",
            TypeId::Module => "module",
            TypeId::Type => "type",
            TypeId::Exception(e) => e.name(),
            TypeId::Iterator(n) => n,
            TypeId::Cell => "cell",
            TypeId::Native(n) | TypeId::User(n) => n,
            TypeId::StaticMethod => "staticmethod",
            TypeId::ClassMethod => "classmethod",
            TypeId::Property => "property",
            TypeId::Super => "super",
            TypeId::Set => "set",
            TypeId::FrozenSet => "frozenset",
        }
    }

    /// The name as `type.__name__` gives it (without a module prefix).
    pub fn short_name(self) -> &'static str {
        match self {
            TypeId::Array => "array",
            TypeId::Native(n) | TypeId::Iterator(n) => n.rsplit('.').next().unwrap_or(n),
            TypeId::Exception(e) => e.short_name(),
            t => t.name(),
        }
    }

    pub fn is_subtype(self, other: TypeId) -> bool {
        if self == other || other == TypeId::Object {
            return true;
        }
        match (self, other) {
            (TypeId::Bool, TypeId::Int) => true,
            (TypeId::Native(n), TypeId::Dict) => crate::objects::dict::is_dict_type(n),
            (TypeId::Native(n), TypeId::Tuple) => crate::objects::structseq::is_structseq_type(n),
            (TypeId::Exception(a), TypeId::Exception(b)) => a.is_subclass(b),
            _ => false,
        }
    }
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(s.into())
    }

    pub fn from_bigint(b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    pub fn from_usize(n: usize) -> Value {
        Value::Int(n as i64)
    }

    pub fn new_list(v: Vec<Value>) -> Value {
        Value::List(Rc::new(crate::nested::PyList::new(v)))
    }

    pub fn new_tuple(v: Vec<Value>) -> Value {
        Value::Tuple(v.into())
    }

    pub fn type_id(&self) -> TypeId {
        match self {
            Value::None => TypeId::NoneType,
            Value::Ellipsis => TypeId::Ellipsis,
            Value::NotImplemented => TypeId::NotImplementedType,
            Value::Bool(_) => TypeId::Bool,
            Value::Int(_) | Value::BigInt(_) => TypeId::Int,
            Value::Float(_) => TypeId::Float,
            Value::Complex(..) => TypeId::Complex,
            Value::Str(_) => TypeId::Str,
            Value::Bytes(_) => TypeId::Bytes,
            Value::ByteArray(_) => TypeId::ByteArray,
            Value::MemoryView(_) => TypeId::MemoryView,
            Value::Array(_) => TypeId::Array,
            Value::List(_) => TypeId::List,
            Value::Tuple(_) => TypeId::Tuple,
            Value::Dict(d) => d.type_id(),
            Value::Range(_) => TypeId::Range,
            Value::Slice(_) => TypeId::Slice,
            Value::Function(_) => TypeId::Function,
            Value::Builtin(b) => match &b.receiver {
                Some(r) if crate::objects::descriptor::is_method_wrapper(r, &b.name) => {
                    TypeId::Native(crate::objects::descriptor::METHOD_WRAPPER_TYPE)
                }
                _ => TypeId::BuiltinFunction,
            },
            Value::BoundMethod(m) => {
                if matches!(m.func, Value::Function(_)) {
                    TypeId::Method
                } else if crate::objects::descriptor::is_method_wrapper(&m.this, &m.name) {
                    TypeId::Native(crate::objects::descriptor::METHOD_WRAPPER_TYPE)
                } else if matches!(m.this, Value::Type(TypeId::Bytes | TypeId::ByteArray))
                    && !crate::objects::bytes::CLASS_METHODS.contains(&&*m.name)
                {
                    // An instance method taken from its type (as `ops::repr`
                    // shows it).
                    TypeId::Native(crate::objects::descriptor::METHOD_TYPE)
                } else {
                    TypeId::BuiltinFunction
                }
            }
            Value::Module(_) => TypeId::Module,
            Value::Type(_) => TypeId::Type,
            Value::Exception(e) => match &e.class() {
                Some(c) => TypeId::User(c.static_name()),
                None => TypeId::Exception(e.typ),
            },
            Value::Iter(it) => TypeId::Iterator(it.borrow().type_name()),
            Value::Cell(_) => TypeId::Cell,
            // The same type as the text files `open` makes.
            Value::Stream(_) => TypeId::Native(crate::modules::TEXT_TYPE),
            Value::Native(o) => TypeId::Native(o.type_name()),
            Value::Class(c) => match &c.metaclass {
                Some(m) => TypeId::User(m.static_name()),
                None => TypeId::Type,
            },
            Value::Instance(i) if i.class().is_object => TypeId::Object,
            Value::Instance(i) => TypeId::User(i.class().static_name()),
            Value::Wrapper(w) => w.type_id(),
            Value::Super(_) => TypeId::Super,
            Value::DictView(v) => TypeId::Iterator(v.type_name()),
            Value::Set(s) => {
                if s.frozen {
                    TypeId::FrozenSet
                } else {
                    TypeId::Set
                }
            }
        }
    }

    /// The type's name as CPython's error messages show it.
    pub fn type_name(&self) -> &'static str {
        match self.type_id() {
            // A class CPython writes in Python, so its messages show its
            // bare name.
            TypeId::Native(crate::objects::dict::COUNTER) => "Counter",
            t => t.name(),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity (`is`).
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) | (NotImplemented, NotImplemented) => true,
            (Bool(a), Bool(b)) => a == b,
            // Small ints are cached by CPython; others compare by value here.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            // CPython caches empty and one-character strings, empty and
            // one-byte bytes (those not filled into new memory), and the
            // empty tuple.
            (Str(a), Str(b)) => Rc::ptr_eq(a, b) || (a.len() <= 1 && a == b),
            (Bytes(a), Bytes(b)) => {
                Rc::ptr_eq(a, b)
                    || (a.data.is_empty() && b.data.is_empty())
                    || (a.data.len() == 1 && !a.fresh && !b.fresh && a.data == b.data)
            }
            (Tuple(a), Tuple(b)) => Rc::ptr_eq(a, b) || (a.is_empty() && b.is_empty()),
            (Type(a), Type(b)) => a == b,
            (Stream(a), Stream(b)) => a == b,
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// Address of the heap object, for `id()` and reprs.
    pub fn ptr(&self) -> Option<usize> {
        Some(match self {
            Value::BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Bytes(r) => Rc::as_ptr(r) as usize,
            Value::ByteArray(r) => Rc::as_ptr(r) as usize,
            Value::MemoryView(r) => Rc::as_ptr(r) as usize,
            Value::Array(r) => Rc::as_ptr(r) as usize,
            Value::List(r) => Rc::as_ptr(r) as usize,
            Value::Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Dict(r) => Rc::as_ptr(r) as usize,
            Value::Range(r) => Rc::as_ptr(r) as usize,
            Value::Slice(r) => Rc::as_ptr(r) as usize,
            Value::Function(r) => Rc::as_ptr(r) as usize,
            Value::Builtin(r) => Rc::as_ptr(r) as usize,
            Value::BoundMethod(r) => Rc::as_ptr(r) as usize,
            Value::Module(r) => Rc::as_ptr(r) as usize,
            Value::Exception(r) => Rc::as_ptr(r) as usize,
            Value::Iter(r) => Rc::as_ptr(r) as usize,
            Value::Cell(r) => Rc::as_ptr(r) as usize,
            Value::Native(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Class(r) => Rc::as_ptr(r) as usize,
            Value::Instance(r) => Rc::as_ptr(r) as usize,
            Value::Wrapper(r) => Rc::as_ptr(r) as usize,
            Value::Super(r) => Rc::as_ptr(r) as usize,
            Value::Set(r) => Rc::as_ptr(r) as usize,
            Value::DictView(r) => Rc::as_ptr(r) as usize,
            _ => return None,
        })
    }
}
