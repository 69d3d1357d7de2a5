//! `sys.getsizeof`: the sizes CPython 3.11 reports on 64-bit Linux.
//!
//! Exact for objects whose size follows from their value: ints (30-bit
//! digits), floats, complex numbers, None, str (by the widest character:
//! ASCII, Latin-1, UCS-2, UCS-4), bytes, tuples, ranges, slices, and
//! instances of classes that define `__sizeof__` (plus the 16-byte GC
//! header and, with a `__dict__`, 16 more, as CPython adds). Containers
//! whose memory depends on their history are sized as if built by adding
//! their items one by one from empty (dicts, sets) or in one go (lists as
//! a display or `list(iterable)` makes them, bytearrays with one spare
//! byte), so a list grown by `append` reports less than CPython's
//! over-allocated one. Functions, modules, generators and instances of plain classes
//! report CPython's fixed sizes; other objects a small constant.

use crate::exceptions::{self, type_error, value_error, PyResult};
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::value::{TypeId, Value};

/// The bytes CPython's cyclic GC puts before every tracked object.
const GC_HEADER: i64 = 16;

/// `sys.getsizeof(object[, default])`.
pub fn getsizeof(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let mut pos: Vec<&Value> = args.pos.iter().collect();
    let mut default = None;
    let mut unknown = None;
    for (k, v) in &args.kw {
        match &**k {
            "object" if pos.is_empty() => pos.push(v),
            "default" => default = Some(v),
            _ => unknown = unknown.or(Some(k)),
        }
    }
    // A missing object is reported before an unknown keyword.
    if let (Some(k), false) = (unknown, pos.is_empty()) {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for getsizeof()"
        )));
    }
    let (obj, default) = match pos[..] {
        [obj] => (obj, default),
        [obj, default] => (obj, Some(default)),
        [] => {
            return Err(type_error(
                "getsizeof() missing required argument 'object' (pos 1)",
            ))
        }
        _ => {
            return Err(type_error(format!(
                "getsizeof() takes at most 2 arguments ({} given)",
                pos.len()
            )))
        }
    };
    match size_of(vm, obj) {
        Ok(n) => Ok(Value::Int(n)),
        // The default stands in when `__sizeof__` fails with a TypeError.
        Err(e) if default.is_some() && e.exc.typ.is_subclass(exceptions::ExcType::TypeError) => {
            Ok(default.cloned().unwrap_or(Value::None))
        }
        Err(e) => Err(e),
    }
}

fn size_of(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let len = |v: &Value| crate::builtins::len_of(v).map(|n| n as i64);
    Ok(match v {
        Value::None | Value::Ellipsis | Value::NotImplemented => 16,
        Value::Bool(_) => 28,
        Value::Int(i) => int_size(64 - i.unsigned_abs().leading_zeros() as u64),
        Value::BigInt(b) => int_size(b.bits()),
        Value::Float(_) => 24,
        Value::Complex(..) => 32,
        Value::Str(s) => str_size(s),
        Value::Bytes(_) => 33 + len(v)?,
        // The object, then the storage CPython's growth rules left.
        Value::ByteArray(b) => 56 + b.alloc.get(b.len()) as i64,
        Value::List(l) => 56 + 8 * l.alloc.get(l.borrow().len()) as i64,
        Value::Array(a) => 80 + (a.alloc.get(a.len()) * a.code.itemsize()) as i64,
        // Three numbers (shape, strides, suboffsets) a dimension, room for
        // one at least.
        Value::MemoryView(m) => 160 + 24 * m.ndim().max(1) as i64,
        Value::Tuple(t) => 40 + 8 * t.len() as i64,
        Value::Dict(d) => dict_size(
            len(v)? as usize,
            d.keys().iter().all(|k| matches!(k, Value::Str(_))),
        ),
        Value::Set(_) => set_size(len(v)? as usize),
        Value::Range(_) => 48,
        Value::Slice(_) => 56,
        Value::Function(_) => 152,
        Value::Builtin(_) | Value::Module(_) => 72,
        Value::BoundMethod(_) => 64,
        // A subclass's instances add a `__weakref__` slot.
        Value::Exception(_) => match crate::dispatch::user_class(v) {
            Some(c) if !c.has_slots() => 96,
            _ => 88,
        },
        // Static built-in types; `array.array` is a heap type in 3.11.
        Value::Type(TypeId::Array) => 920,
        Value::Type(_) => 424,
        // A heap type; one whose instances get a `__dict__` managed by the
        // type (none of the built-in bases keeps its own, nor is of
        // variable size) also holds a shared keys table for 42 names.
        Value::Class(c) => {
            let own_dict = matches!(
                c.builtin_base,
                TypeId::Int
                    | TypeId::Bool
                    | TypeId::Bytes
                    | TypeId::Tuple
                    | TypeId::Type
                    | TypeId::Exception(_)
            );
            if c.has_slots() || own_dict {
                920
            } else {
                1688
            }
        }
        Value::Instance(i) if i.class().is_object => 16,
        // A generator holds its frame: the header, then a slot for each
        // local and cell and each entry of its value stack.
        Value::Iter(it) => match crate::objects::iter::generator_of(it) {
            Some(g) => {
                let def = &g.borrow().func.def;
                // Comprehension variables live in CPython's nested code.
                let locals = def.nslots as usize
                    - pyview_syntax::stack_depth::comprehension_slots(def).len();
                let slots = locals + pyview_syntax::stack_depth::stack_size(def);
                168 + 8 * slots as i64
            }
            None => match &*it.borrow() {
                crate::objects::iter::PyIter::Enumerate(..) => 72,
                crate::objects::iter::PyIter::Zip { .. } => 64,
                _ => 48,
            },
        },
        // A subclass of a built-in type: the base's size and what the
        // subclass adds (a managed `__dict__`, a `__weakref__` slot where
        // the base has none, a GC header where the base is not tracked).
        Value::Instance(i) if i.base.is_some() && !i.class().has_slots() => match &i.base {
            // Not the compact form: the object, then its own buffer of
            // code units and a NUL.
            Some(Value::Str(s)) => {
                let width = match s.chars().map(u32::from).max().unwrap_or(0) {
                    0..=0xff => 1,
                    0x100..=0xffff => 2,
                    _ => 4,
                };
                112 + width * (s.chars().count() as i64 + 1)
            }
            Some(base) => {
                size_of(vm, base)?
                    + match i.class().builtin_base {
                        TypeId::Tuple => 8,
                        TypeId::List | TypeId::Dict | TypeId::Bytes => 24,
                        TypeId::ByteArray | TypeId::Float | TypeId::Complex => 40,
                        _ => 16,
                    }
            }
            None => 56,
        },
        Value::Instance(i) => match i.class().lookup("__sizeof__") {
            // Instances with a `__dict__` keep two more pointers before it.
            Some(_) if i.class().has_slots() => user_sizeof(vm, v)? + GC_HEADER,
            Some(_) => user_sizeof(vm, v)? + GC_HEADER + 16,
            None if i.class().has_slots() => {
                let slots: usize = std::iter::once(&i.class())
                    .chain(i.class().mro().iter())
                    .map(|c| c.slots.as_ref().map_or(0, |s| s.len()))
                    .sum();
                GC_HEADER + 16 + 8 * slots as i64
            }
            // The object, its `__weakref__` and managed `__dict__`, and
            // the slots of slotted bases.
            None => {
                let slots: usize = std::iter::once(&i.class())
                    .chain(i.class().mro().iter())
                    .filter_map(|c| c.slots.as_ref())
                    .flatten()
                    .filter(|n| !matches!(&***n, "__dict__" | "__weakref__"))
                    .count();
                56 + 8 * slots as i64
            }
        },
        _ => 48,
    })
}

/// An int: a 24-byte header and one 4-byte digit per 30 bits (at least one).
fn int_size(bits: u64) -> i64 {
    24 + 4 * bits.div_ceil(30).max(1) as i64
}

/// A str: its header by kind, then one unit per character and, for the
/// one-byte kinds, a terminating NUL.
fn str_size(s: &str) -> i64 {
    let n = s.chars().count() as i64;
    match s.chars().map(u32::from).max().unwrap_or(0) {
        0..=0x7f => 49 + n,
        0x80..=0xff => 73 + n,
        0x100..=0xffff => 74 + 2 * n,
        _ => 76 + 4 * n,
    }
}

/// A dict filled by insertion: the object, then a keys table of 2**k
/// slots (indices as narrow as the table allows) holding two thirds of
/// that in entries (16 bytes with only str keys, else 24); it grows to
/// three times its fill when full.
fn dict_size(n: usize, str_keys: bool) -> i64 {
    if n == 0 {
        return 64;
    }
    let usable = |log2: u32| (2usize << log2) / 3;
    let mut log2 = 3;
    while n > usable(log2) {
        log2 = (usable(log2) * 3).next_power_of_two().trailing_zeros();
    }
    let slots = 1i64 << log2;
    let width = match log2 {
        ..8 => 1,
        8..16 => 2,
        16..32 => 4,
        _ => 8,
    };
    let entry = if str_keys { 16 } else { 24 };
    64 + 32 + slots * width + usable(log2) as i64 * entry
}

/// A set filled by `add`: 8 slots inside the object, then a table of 16
/// bytes a slot, grown to above four times its fill at three fifths full.
fn set_size(n: usize) -> i64 {
    let mut table = 8usize;
    for fill in 1..=n {
        if fill * 5 >= (table - 1) * 3 {
            table = (fill * 4 + 1).next_power_of_two().max(8);
        }
    }
    if table == 8 {
        216
    } else {
        216 + 16 * table as i64
    }
}

/// An instance's own `__sizeof__`, which must give a non-negative int.
fn user_sizeof(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let n = vm.call_method(v, "__sizeof__", Args::new(vec![]))?;
    let n = match n {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        Value::BigInt(_) => {
            return Err(exceptions::overflow_error(
                "Python int too large to convert to C ssize_t",
            ))
        }
        _ => return Err(type_error("an integer is required")),
    };
    if n < 0 {
        return Err(value_error("__sizeof__() should return >= 0"));
    }
    Ok(n)
}

/// `x.__sizeof__()` of a built-in value or a plain instance: what
/// `sys.getsizeof` reports without the GC header of the types the
/// cyclic GC tracks (and, for instances, the two pointers before them).
pub fn own_size(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Instance(i) = v {
        if let Some(base) = &i.base {
            // The base type's own `__sizeof__` (`int.__sizeof__(I(5))`).
            return own_size(vm, base);
        }
        if !i.class().is_object {
            let slots: usize = std::iter::once(&i.class())
                .chain(i.class().mro().iter())
                .filter_map(|c| c.slots.as_ref())
                .flatten()
                .filter(|n| !matches!(&***n, "__dict__" | "__weakref__"))
                .count();
            let own = if i.class().has_slots() { 16 } else { 24 };
            return Ok(own + 8 * slots as i64);
        }
    }
    let gc = matches!(
        v,
        Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Slice(_)
            | Value::MemoryView(_)
            | Value::Function(_)
            | Value::Builtin(_)
            | Value::Module(_)
            | Value::BoundMethod(_)
            | Value::Exception(_)
            | Value::Iter(_)
            | Value::Class(_)
    );
    Ok(size_of(vm, v)? - if gc { GC_HEADER } else { 0 })
}
