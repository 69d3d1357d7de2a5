//! Iterator objects over the built-in containers.

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
    List(Rc<RefCell<Vec<Value>>>, usize),
    Tuple(Rc<[Value]>, usize),
    /// Byte offset into the string.
    Str(Rc<str>, usize),
    Bytes(Rc<crate::objects::bytes::PyBytes>, usize),
    ByteArray(Rc<crate::objects::bytearray::PyByteArray>, usize),
    MemoryView(Rc<crate::objects::memoryview::PyMemoryView>, usize),
    Array(Rc<crate::objects::array::PyArray>, usize),
    /// A snapshot (dict keys, values and items).
    Values(&'static str, Vec<Value>, usize),
    Enumerate(Value, Value),
    Zip(Vec<Value>),
    Reversed(Vec<Value>),
    /// Old-style iteration through `__getitem__` with 0, 1, 2...
    SeqIndex(Value, i64),
    Generator(Rc<RefCell<crate::generator::Generator>>),
    Exhausted(&'static str),
}

impl PyIter {
    pub fn type_name(&self) -> &'static str {
        match self {
            PyIter::Range { .. } => "range_iterator",
            PyIter::List(..) => "list_iterator",
            PyIter::Tuple(..) => "tuple_iterator",
            PyIter::Str(..) => "str_ascii_iterator",
            PyIter::Bytes(..) => "bytes_iterator",
            PyIter::ByteArray(..) => "bytearray_iterator",
            PyIter::MemoryView(..) => "memory_iterator",
            PyIter::Array(..) => "array.arrayiterator",
            PyIter::Values(n, ..) => n,
            PyIter::Enumerate(..) => "enumerate",
            PyIter::Zip(..) => "zip",
            PyIter::Reversed(..) => "list_reverseiterator",
            PyIter::SeqIndex(..) => "iterator",
            PyIter::Generator(_) => "generator",
            PyIter::Exhausted(n) => n,
        }
    }

    pub fn is_generator(&self) -> bool {
        matches!(self, PyIter::Generator(_))
    }

    pub fn range(r: &PyRange) -> PyIter {
        PyIter::Range {
            next: r.start,
            left: r.len(),
            step: r.step,
        }
    }
}

pub fn new_value(it: PyIter) -> Value {
    Value::Iter(Rc::new(RefCell::new(it)))
}

/// Advances an iterator object; `Ok(None)` when exhausted.
pub fn next(vm: &mut Vm, it: &Rc<RefCell<PyIter>>) -> PyResult<Option<Value>> {
    // Sub-iterators (enumerate, zip) are advanced without holding our borrow.
    let sub = match &*it.borrow() {
        PyIter::Enumerate(inner, _) => Some(vec![inner.clone()]),
        PyIter::Zip(inners) => Some(inners.clone()),
        _ => None,
    };
    if let Some(inners) = sub {
        let mut items = Vec::with_capacity(inners.len());
        for inner in &inners {
            match vm.next(inner)? {
                Some(v) => items.push(v),
                None => return Ok(None),
            }
        }
        let mut b = it.borrow_mut();
        return Ok(Some(match &mut *b {
            PyIter::Enumerate(_, count) => {
                let n = count.clone();
                *count = crate::ops::add_int(&n, 1);
                Value::new_tuple(vec![n, items.pop().unwrap_or(Value::None)])
            }
            _ => {
                if items.is_empty() {
                    return Ok(None);
                }
                Value::new_tuple(items)
            }
        }));
    }
    if let Some(g) = generator_of(it) {
        return vm.resume(&g, Value::None);
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
        PyIter::Range { next, left, step } => {
            if *left <= 0 {
                return Ok(None);
            }
            let v = *next;
            *left -= 1;
            *next = next.wrapping_add(*step);
            Some(Value::Int(v))
        }
        PyIter::List(l, i) => {
            let v = l.borrow().get(*i).cloned();
            *i += 1;
            v
        }
        PyIter::Tuple(t, i) => {
            let v = t.get(*i).cloned();
            *i += 1;
            v
        }
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
        PyIter::MemoryView(m, i) => {
            let v = m.item(*i)?;
            *i += 1;
            v
        }
        PyIter::Array(a, i) => {
            let v = a.get(*i)?;
            *i += 1;
            v
        }
        PyIter::Values(_, items, i) => {
            let v = items.get(*i).cloned();
            *i += 1;
            v
        }
        PyIter::Reversed(items) => items.pop(),
        PyIter::Exhausted(_)
        | PyIter::Enumerate(..)
        | PyIter::Zip(..)
        | PyIter::SeqIndex(..)
        | PyIter::Generator(_) => None,
    })
}

/// The generator inside an iterator object, if it is one.
pub fn generator_of(it: &Rc<RefCell<PyIter>>) -> Option<Rc<RefCell<crate::generator::Generator>>> {
    match &*it.borrow() {
        PyIter::Generator(g) => Some(g.clone()),
        _ => None,
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
