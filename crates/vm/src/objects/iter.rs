//! Iterator objects: over the built-in containers, and the lazy ones the
//! builtins make (`enumerate`, `zip`, `map`, `filter`, `iter(f, sentinel)`,
//! `reversed`), which advance their sources only as they are consumed.

use crate::exceptions::PyResult;
use crate::interp::Vm;
use crate::value::{PyRange, Value};
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
pub enum PyIter {
    Range {
        next: i64,
        left: i64,
        step: i64,
    },
    /// Over a range beyond 64 bits, forwards or reversed.
    LongRange(crate::objects::range::LongRangeIter),
    List(Rc<crate::nested::PyList>, usize),
    Tuple(Rc<[Value]>, usize),
    /// Byte offset into the string.
    Str(Rc<str>, usize),
    Bytes(Rc<crate::objects::bytes::PyBytes>, usize),
    ByteArray(Rc<crate::objects::bytearray::PyByteArray>, usize),
    MemoryView(Rc<crate::objects::memoryview::PyMemoryView>, usize),
    Array(Rc<crate::objects::array::PyArray>, usize),
    /// A snapshot of items.
    Values(&'static str, Vec<Value>, usize),
    /// A set's items as they were, and the size the set must keep.
    Set {
        set: Rc<crate::objects::set::PySet>,
        items: Vec<Value>,
        pos: usize,
        len: usize,
    },
    /// A live dict: the next position and the size it must keep.
    Dict {
        dict: Rc<crate::objects::dict::PyDict>,
        kind: crate::objects::dict::ViewKind,
        pos: usize,
        len: usize,
    },
    Enumerate(Value, Value),
    /// The source iterators; `strict` checks they end together.
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    /// `map(func, *iterables)`.
    Map(Value, Vec<Value>),
    /// `filter(func, iterable)`; a `None` func keeps truthy items.
    Filter(Value, Value),
    /// `iter(func, sentinel)`.
    Callable(Value, Value),
    /// The type name and the items still to give, last first (for
    /// immutable sequences).
    Reversed(&'static str, Vec<Value>),
    /// `reversed(list)`: the index of the next item; the list is live.
    ListReversed(Rc<crate::nested::PyList>, usize),
    /// `reversed(seq)` through `__getitem__` with len-1, len-2, ... 0
    /// (mutable built-in sequences and user classes): the next index.
    SeqReversed(Value, i64),
    /// Old-style iteration through `__getitem__` with 0, 1, 2...
    SeqIndex(Value, i64),
    /// A generator, coroutine or async generator (its function says).
    Generator(Rc<RefCell<crate::generator::Generator>>),
    /// `coro.__await__()`.
    CoroWrapper(Rc<RefCell<crate::generator::Generator>>),
    /// The awaitable of `__anext__`, `asend`, `athrow` or `aclose`.
    AGenOp(Box<crate::coroutine::AGenOp>),
    /// `anext(ai, default)`: the awaitable's iterator and the default.
    ANext(Value, Value),
    /// Another iterator object (of a user class), advanced as is: what a
    /// generator expression's loop receives, since its `for` over it must
    /// not call `__iter__` a second time.
    Delegate(Value),
    Exhausted(&'static str),
}

impl PyIter {
    pub fn type_name(&self) -> &'static str {
        match self {
            PyIter::Range { .. } => "range_iterator",
            PyIter::LongRange(_) => "longrange_iterator",
            PyIter::List(..) => "list_iterator",
            PyIter::Tuple(..) => "tuple_iterator",
            PyIter::Str(..) => "str_ascii_iterator",
            PyIter::Bytes(..) => "bytes_iterator",
            PyIter::ByteArray(..) => "bytearray_iterator",
            PyIter::MemoryView(..) => "memory_iterator",
            PyIter::Array(..) => "array.arrayiterator",
            PyIter::Values(n, ..) => n,
            PyIter::Set { .. } => "set_iterator",
            PyIter::Dict { kind, .. } => match kind {
                crate::objects::dict::ViewKind::Keys => "dict_keyiterator",
                crate::objects::dict::ViewKind::Values => "dict_valueiterator",
                crate::objects::dict::ViewKind::Items => "dict_itemiterator",
            },
            PyIter::Enumerate(..) => "enumerate",
            PyIter::Zip { .. } => "zip",
            PyIter::Map(..) => "map",
            PyIter::Filter(..) => "filter",
            PyIter::Callable(..) => "callable_iterator",
            PyIter::Reversed(n, _) => n,
            PyIter::ListReversed(..) => "list_reverseiterator",
            PyIter::SeqReversed(..) => "reversed",
            PyIter::SeqIndex(..) => "iterator",
            PyIter::Generator(g) => g
                .try_borrow()
                .map_or("generator", |g| crate::generator::kind_of(&g.func.def)),
            PyIter::CoroWrapper(_) => "coroutine_wrapper",
            PyIter::AGenOp(op) => op.type_name(),
            PyIter::ANext(..) => "anext_awaitable",
            PyIter::Delegate(_) => "iterator",
            PyIter::Exhausted(n) => n,
        }
    }

    /// What `__length_hint__` answers: the items still to come, for the
    /// iterators over built-in containers that have the method in CPython
    /// (`None` for the others). A container that changed size under a
    /// set or dict iterator answers 0, as CPython's does.
    pub fn length_hint(&self) -> Option<usize> {
        Some(match self {
            PyIter::Range { left, .. } => usize::try_from(*left).unwrap_or(0),
            PyIter::List(l, i) => l.borrow().len().saturating_sub(*i),
            PyIter::ListReversed(l, i) => {
                if *i <= l.borrow().len() {
                    *i
                } else {
                    0
                }
            }
            PyIter::Tuple(t, i) => t.len().saturating_sub(*i),
            PyIter::Str(s, i) => s.get(*i..).map_or(0, |r| r.chars().count()),
            PyIter::Bytes(b, i) => b.data.len().saturating_sub(*i),
            PyIter::ByteArray(b, i) => b.data.borrow().len().saturating_sub(*i),
            PyIter::Values(_, items, i) => items.len().saturating_sub(*i),
            PyIter::Reversed(_, items) => items.len(),
            PyIter::Set { set, pos, len, .. } => {
                if set.table.borrow().len() == *len {
                    len.saturating_sub(*pos)
                } else {
                    0
                }
            }
            PyIter::Dict { dict, pos, len, .. } => {
                if dict.map.borrow().len() == *len {
                    len.saturating_sub(*pos)
                } else {
                    0
                }
            }
            PyIter::Exhausted(
                "list_iterator"
                | "tuple_iterator"
                | "range_iterator"
                | "str_ascii_iterator"
                | "bytes_iterator"
                | "bytearray_iterator"
                | "list_reverseiterator"
                | "set_iterator"
                | "dict_keyiterator"
                | "dict_valueiterator"
                | "dict_itemiterator"
                | "iterator"
                | "reversed",
            ) => 0,
            _ => return None,
        })
    }

    pub fn is_generator(&self) -> bool {
        matches!(self, PyIter::Generator(_))
    }

    pub fn range(r: &PyRange) -> PyIter {
        if let Some(b) = &r.big {
            return PyIter::LongRange(crate::objects::range::LongRangeIter::new(b, false));
        }
        PyIter::Range {
            next: r.start,
            left: r.len(),
            step: r.step,
        }
    }

    /// `reversed(r)` of a range beyond 64 bits.
    pub fn range_reversed(r: &PyRange) -> PyIter {
        match &r.big {
            Some(b) => PyIter::LongRange(crate::objects::range::LongRangeIter::new(b, true)),
            None => PyIter::Exhausted("longrange_iterator"),
        }
    }
}

pub fn new_value(it: PyIter) -> Value {
    Value::Iter(Rc::new(RefCell::new(it)))
}

/// Advances an iterator object; `Ok(None)` when exhausted.
pub fn next(vm: &mut Vm, it: &Rc<RefCell<PyIter>>) -> PyResult<Option<Value>> {
    // The iterators over built-in containers run no Python code: one
    // borrow serves them (the common case of a `for` loop).
    {
        let mut b = it.borrow_mut();
        match &mut *b {
            PyIter::Range { next, left, step } => {
                if *left <= 0 {
                    return Ok(None);
                }
                let v = *next;
                *left -= 1;
                *next = next.wrapping_add(*step);
                return Ok(Some(Value::Int(v)));
            }
            PyIter::LongRange(it) => return Ok(it.advance()),
            PyIter::List(l, i) => {
                let v = l.borrow().get(*i).cloned();
                *i += 1;
                return Ok(v);
            }
            PyIter::Tuple(t, i) => {
                let v = t.get(*i).cloned();
                *i += 1;
                return Ok(v);
            }
            PyIter::Array(a, i) => {
                let v = a.get(*i)?;
                *i += 1;
                return Ok(v);
            }
            PyIter::MemoryView(m, i) => {
                let v = m.item(*i)?;
                *i += 1;
                return Ok(v);
            }
            _ => {}
        }
    }
    // Lazy iterators run Python code: their sources are advanced without
    // holding our borrow.
    let lazy = match &*it.borrow() {
        PyIter::Enumerate(inner, count) => Some(Lazy::Enumerate(inner.clone(), count.clone())),
        PyIter::Zip { its, strict } => Some(Lazy::Zip(its.clone(), *strict)),
        PyIter::Map(f, its) => Some(Lazy::Map(f.clone(), its.clone())),
        PyIter::Filter(f, inner) => Some(Lazy::Filter(f.clone(), inner.clone())),
        PyIter::Callable(f, sentinel) => Some(Lazy::Callable(f.clone(), sentinel.clone())),
        PyIter::Delegate(inner) => Some(Lazy::Delegate(inner.clone())),
        _ => None,
    };
    if let Some(lazy) = lazy {
        // A StopIteration out of the function a lazy iterator calls ends
        // it, as an exhausted source does.
        return match next_lazy(vm, it, lazy) {
            Err(e) if e.exc.typ == crate::exceptions::ExcType::StopIteration => Ok(None),
            r => r,
        };
    }
    if let Some(g) = generator_of(it) {
        return vm.resume(&g, crate::generator::Resume::Send(Value::None));
    }
    if let Some(r) = vm.await_next(it) {
        return r;
    }
    let rev = match &*it.borrow() {
        PyIter::SeqReversed(obj, i) => Some((obj.clone(), *i)),
        _ => None,
    };
    if let Some((obj, i)) = rev {
        if i < 0 {
            return Ok(None);
        }
        return match vm.getitem(&obj, &Value::Int(i)) {
            Ok(v) => {
                if let PyIter::SeqReversed(_, n) = &mut *it.borrow_mut() {
                    *n -= 1;
                }
                Ok(Some(v))
            }
            Err(e)
                if matches!(
                    e.exc.typ,
                    crate::exceptions::ExcType::IndexError
                        | crate::exceptions::ExcType::StopIteration
                ) =>
            {
                *it.borrow_mut() = PyIter::Exhausted("reversed");
                Ok(None)
            }
            Err(e) => Err(e),
        };
    }
    let seq = match &*it.borrow() {
        PyIter::SeqIndex(obj, i) => Some((obj.clone(), *i)),
        _ => None,
    };
    if let Some((obj, i)) = seq {
        return match vm.getitem(&obj, &Value::Int(i)) {
            Ok(v) => {
                if let PyIter::SeqIndex(_, n) = &mut *it.borrow_mut() {
                    *n += 1;
                }
                Ok(Some(v))
            }
            Err(e)
                if matches!(
                    e.exc.typ,
                    crate::exceptions::ExcType::IndexError
                        | crate::exceptions::ExcType::StopIteration
                ) =>
            {
                *it.borrow_mut() = PyIter::Exhausted("iterator");
                Ok(None)
            }
            Err(e) => Err(e),
        };
    }
    let mut b = it.borrow_mut();
    Ok(match &mut *b {
        PyIter::Str(s, i) => {
            let c = s[*i..].chars().next();
            c.map(|c| {
                *i += c.len_utf8();
                Value::Str(c.to_string().into())
            })
        }
        PyIter::Bytes(bs, i) => {
            let v = bs.data.get(*i).map(|&c| Value::Int(c as i64));
            *i += 1;
            v
        }
        PyIter::ByteArray(bs, i) => {
            let v = bs.data.borrow().get(*i).map(|&c| Value::Int(c as i64));
            *i += 1;
            v
        }
        PyIter::Values(_, items, i) => {
            let v = items.get(*i).cloned();
            *i += 1;
            v
        }
        PyIter::Set {
            set,
            items,
            pos,
            len,
        } => {
            if set.table.borrow().len() != *len {
                // Stays broken, as CPython's iterator does.
                *len = usize::MAX;
                return Err(crate::exceptions::runtime_error(
                    "Set changed size during iteration",
                ));
            }
            let v = items.get(*pos).cloned();
            *pos += 1;
            v
        }
        PyIter::Reversed(_, items) => items.pop(),
        PyIter::ListReversed(l, i) => {
            // Counts down from where it was made; a list that shrank
            // below the index ends it, as CPython's does.
            let v = match i.checked_sub(1) {
                Some(k) => l.borrow().get(k).cloned(),
                None => None,
            };
            *i = if v.is_some() { *i - 1 } else { 0 };
            v
        }
        PyIter::Dict {
            dict,
            kind,
            pos,
            len,
        } => {
            let map = dict.map.borrow();
            if map.len() != *len {
                // Stays broken, as CPython's iterator does.
                *len = usize::MAX;
                return Err(crate::exceptions::runtime_error(
                    "dictionary changed size during iteration",
                ));
            }
            let entry = map.get_index(*pos);
            *pos += 1;
            entry.map(|(k, v)| match kind {
                crate::objects::dict::ViewKind::Keys => k.value.clone(),
                crate::objects::dict::ViewKind::Values => v.clone(),
                crate::objects::dict::ViewKind::Items => {
                    Value::new_tuple(vec![k.value.clone(), v.clone()])
                }
            })
        }
        PyIter::Exhausted(_)
        | PyIter::Range { .. }
        | PyIter::LongRange(_)
        | PyIter::List(..)
        | PyIter::Tuple(..)
        | PyIter::Array(..)
        | PyIter::MemoryView(..)
        | PyIter::Enumerate(..)
        | PyIter::Zip { .. }
        | PyIter::Map(..)
        | PyIter::Filter(..)
        | PyIter::Callable(..)
        | PyIter::SeqIndex(..)
        | PyIter::SeqReversed(..)
        | PyIter::Generator(_)
        | PyIter::CoroWrapper(_)
        | PyIter::AGenOp(_)
        | PyIter::ANext(..)
        | PyIter::Delegate(_) => None,
    })
}

/// The generator inside an iterator object, if it is one.
pub fn generator_of(it: &Rc<RefCell<PyIter>>) -> Option<Rc<RefCell<crate::generator::Generator>>> {
    match &*it.borrow() {
        PyIter::Generator(g) => Some(g.clone()),
        _ => None,
    }
}

/// The attributes of generator objects (`gi_running`...).
pub fn getattr(it: &Rc<RefCell<PyIter>>, name: &str) -> Option<Value> {
    let g = generator_of(it)?;
    let g = g.borrow();
    if let Some(attr) = crate::coroutine::getattr(&g, name) {
        return attr;
    }
    Some(match name {
        "gi_running" => Value::Bool(g.running),
        "gi_suspended" => Value::Bool(g.started && !g.finished && !g.running),
        "gi_yieldfrom" => g.yield_from().unwrap_or(Value::None),
        "gi_frame" => g.frame_object(),
        "gi_code" => g.code_object(),
        "__name__" => Value::Str(g.name()),
        "__qualname__" => Value::Str(g.qualname()),
        _ => return None,
    })
}

/// `gen.__name__ = v` (or `__qualname__`) on a generator.
pub fn set_generator_name(it: &Rc<RefCell<PyIter>>, name: &str, v: &Value) -> PyResult<()> {
    match (generator_of(it), v) {
        (Some(g), Value::Str(s)) => {
            g.borrow_mut().rename(name == "__qualname__", s.clone());
            Ok(())
        }
        _ => Err(crate::exceptions::name_must_be_str(name)),
    }
}

/// What a finished generator returned (`None` for other iterators).
pub fn generator_return(v: &Value) -> Value {
    match v {
        Value::Iter(i) => match generator_of(i) {
            Some(g) => g.borrow().return_value.clone(),
            None => Value::None,
        },
        _ => Value::None,
    }
}

/// A lazy iterator's state, cloned out of its cell while it runs.
enum Lazy {
    Enumerate(Value, Value),
    Zip(Vec<Value>, bool),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    Callable(Value, Value),
    Delegate(Value),
}

fn next_lazy(vm: &mut Vm, it: &Rc<RefCell<PyIter>>, lazy: Lazy) -> PyResult<Option<Value>> {
    match lazy {
        Lazy::Enumerate(inner, count) => {
            let Some(v) = vm.next(&inner)? else {
                return Ok(None);
            };
            if let PyIter::Enumerate(_, c) = &mut *it.borrow_mut() {
                *c = crate::ops::add_int(&count, 1);
            }
            Ok(Some(Value::new_tuple(vec![count, v])))
        }
        Lazy::Zip(its, strict) => {
            if its.is_empty() {
                return Ok(None);
            }
            let mut items = Vec::with_capacity(its.len());
            for (i, inner) in its.iter().enumerate() {
                match vm.next(inner)? {
                    Some(v) => items.push(v),
                    None if !strict => return Ok(None),
                    None => {
                        *it.borrow_mut() = PyIter::Exhausted("zip");
                        return zip_strict_end(vm, &its, i);
                    }
                }
            }
            Ok(Some(Value::new_tuple(items)))
        }
        Lazy::Map(f, its) => {
            let mut items = Vec::with_capacity(its.len());
            for inner in &its {
                match vm.next(inner)? {
                    Some(v) => items.push(v),
                    None => return Ok(None),
                }
            }
            vm.call(&f, crate::objects::function::Args::new(items))
                .map(Some)
        }
        Lazy::Filter(f, inner) => {
            while let Some(v) = vm.next(&inner)? {
                let keep = if f.is_none() {
                    vm.truthy(&v)?
                } else {
                    let r = vm.call(&f, crate::objects::function::Args::new(vec![v.clone()]))?;
                    vm.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
            Ok(None)
        }
        Lazy::Delegate(inner) => vm.next(&inner),
        Lazy::Callable(f, sentinel) => {
            let v = match vm.call(&f, crate::objects::function::Args::default()) {
                Ok(v) => v,
                Err(e) if e.exc.typ == crate::exceptions::ExcType::StopIteration => {
                    *it.borrow_mut() = PyIter::Exhausted("callable_iterator");
                    return Ok(None);
                }
                Err(e) => return Err(e),
            };
            if v.is(&sentinel) || vm.compare(pyview_syntax::ir::CmpOp::Eq, &v, &sentinel)? {
                *it.borrow_mut() = PyIter::Exhausted("callable_iterator");
                return Ok(None);
            }
            Ok(Some(v))
        }
    }
}

/// `zip(..., strict=True)` after argument `short` (0-based) ran out: the
/// others must be exhausted too.
fn zip_strict_end(vm: &mut Vm, its: &[Value], short: usize) -> PyResult<Option<Value>> {
    let before = |i: usize| {
        if i == 1 {
            "argument 1".to_string()
        } else {
            format!("arguments 1-{i}")
        }
    };
    if short > 0 {
        return Err(crate::exceptions::value_error(format!(
            "zip() argument {} is shorter than {}",
            short + 1,
            before(short)
        )));
    }
    for (i, inner) in its.iter().enumerate().skip(1) {
        if vm.next(inner)?.is_some() {
            return Err(crate::exceptions::value_error(format!(
                "zip() argument {} is longer than {}",
                i + 1,
                before(i)
            )));
        }
    }
    Ok(None)
}

/// An iterator over a dict's keys, values or items that notices resizing.
pub fn dict_iter(
    dict: &Rc<crate::objects::dict::PyDict>,
    kind: crate::objects::dict::ViewKind,
) -> Value {
    let len = dict.map.borrow().len();
    new_value(PyIter::Dict {
        dict: dict.clone(),
        kind,
        pos: 0,
        len,
    })
}

/// The sequence and position of an iterator over a list, tuple, str,
/// bytes or bytearray (the position in items, characters for a str), for
/// `__reduce__`; `None` for other iterators.
pub fn seq_position(it: &PyIter) -> Option<(Value, usize)> {
    Some(match it {
        PyIter::List(l, i) => (Value::List(l.clone()), *i),
        PyIter::Tuple(t, i) => (Value::Tuple(t.clone()), *i),
        PyIter::Str(s, i) => (
            Value::Str(s.clone()),
            s.get(..*i).map_or(0, |p| p.chars().count()),
        ),
        PyIter::Bytes(b, i) => (Value::Bytes(b.clone()), *i),
        PyIter::ByteArray(b, i) => (Value::ByteArray(b.clone()), *i),
        _ => return None,
    })
}

/// What `__reduce__` of an exhausted sequence iterator names instead of
/// its sequence (pyview marks exhaustion by a position past the end):
/// an empty list for a list's, an empty tuple for the others (as
/// CPython's).
pub fn seq_exhausted(it: &PyIter) -> Option<Value> {
    match it {
        PyIter::List(l, i) if *i > l.borrow().len() => Some(Value::new_list(Vec::new())),
        PyIter::Tuple(t, i) if *i > t.len() => Some(Value::new_tuple(Vec::new())),
        PyIter::Bytes(b, i) if *i > b.data.len() => Some(Value::new_tuple(Vec::new())),
        PyIter::ByteArray(b, i) if *i > b.data.borrow().len() => Some(Value::new_tuple(Vec::new())),
        _ => None,
    }
}

/// `it.__setstate__(n)` for those iterators: the position, clamped to the
/// sequence (a str's counted in characters).
pub fn set_seq_position(it: &mut PyIter, n: i64) {
    let clamp = |len: usize| usize::try_from(n.max(0)).unwrap_or(usize::MAX).min(len);
    match it {
        PyIter::List(l, i) => *i = clamp(l.borrow().len()),
        PyIter::Tuple(t, i) => *i = clamp(t.len()),
        PyIter::Str(s, i) => {
            let k = clamp(usize::MAX);
            *i = s.char_indices().nth(k).map_or(s.len(), |(b, _)| b);
        }
        PyIter::Bytes(b, i) => *i = clamp(b.data.len()),
        PyIter::ByteArray(b, i) => *i = clamp(b.data.borrow().len()),
        _ => {}
    }
}
