//! Walks over nested values that no depth of nesting can turn into a
//! stack overflow: repr, equality and dropping.
//!
//! repr() and `==` of containers go item by item through an explicit
//! worklist instead of recursing. Each value carries its nesting depth,
//! so a caller with an interpreter can still refuse to go deeper than the
//! recursion limit allows (CPython counts each level against it and
//! raises RecursionError); callers without one pass `usize::MAX`.
//!
//! Dropping is CPython's "trashcan": what a container freed inside the
//! drops of `TRASHCAN_DEPTH` other containers holds is not freed there
//! but put on a per-thread list, which the outermost drop empties in a
//! loop. Only the freeing of a container (its last reference gone) pays
//! for this, a thread-local counter; other drops cost nothing more,
//! except that of a tuple, which checks whether it is the last reference
//! to a tuple holding containers.

use crate::objects::class::PyInstance;
use crate::objects::dict::PyDict;
use crate::objects::set::PySet;
use crate::ops::{self, Piece};
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::rc::Rc;

/// Why an equality walk gave no answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EqStop {
    /// Values nested deeper than its budget.
    TooDeep,
    /// A pair only Python code can compare (a user instance).
    NeedsVm,
}

/// Why a repr was not finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReprStop {
    /// Nested deeper than its budget.
    TooDeep,
    /// Longer than the memory cap allows.
    TooLarge,
}

/// What a repr may write before it asks for room: small ones never ask.
const FREE_REPR: usize = 64 << 10;

/// The repr length a str, bytes or bytearray leaf is about to add, found
/// without building it (escapes counted; non-ASCII characters as they
/// are, which most of them stay); 0 for other values and short ones.
fn leaf_len(v: &Value) -> usize {
    fn escaped(b: u8) -> usize {
        match b {
            b'\\' | b'\'' | b'\t' | b'\n' | b'\r' => 2,
            0x20..=0x7e | 0x80.. => 1,
            _ => 4,
        }
    }
    fn bytes_len(data: &[u8]) -> usize {
        data.iter()
            .map(|&b| if b >= 0x80 { 4 } else { escaped(b) })
            .sum::<usize>()
            + 3
    }
    match v {
        Value::Str(s) if s.len() >= FREE_REPR => s.bytes().map(escaped).sum::<usize>() + 2,
        Value::Bytes(b) if b.data.len() >= FREE_REPR => bytes_len(&b.data),
        Value::ByteArray(b) if b.data.borrow().len() >= FREE_REPR => {
            bytes_len(&b.data.borrow()) + 12
        }
        _ => 0,
    }
}

/// What is left to write of a repr.
enum Todo {
    Text(std::borrow::Cow<'static, str>),
    /// A value at its nesting depth (the outermost is 1).
    Value(Value, usize),
    /// The end of a list or dict (see the cycle guard below).
    Leave(usize),
}

/// repr() of `v` without calling into Python code, refusing values
/// nested more than `budget` deep. A list or dict met again inside itself
/// is written `[...]` or `{...}`, as CPython does. Past a small size the
/// text grows only as `grant` allows (asked for more bytes each time, so
/// that a memory cap refuses a repr before it is built).
pub fn repr_within(
    v: &Value,
    budget: usize,
    grant: &mut dyn FnMut(usize) -> bool,
) -> Result<String, ReprStop> {
    let mut allowed = FREE_REPR;
    let mut room = |need: usize, allowed: &mut usize| {
        if need <= *allowed {
            return Ok(());
        }
        let more = (need - *allowed).max(*allowed);
        if !grant(more) {
            return Err(ReprStop::TooLarge);
        }
        *allowed += more;
        Ok(())
    };
    let mut out = String::new();
    let mut todo = vec![Todo::Value(v.clone(), 1)];
    // The lists and dicts being written (the path from the outermost).
    let mut open: HashSet<usize> = HashSet::new();
    let mut pieces = Vec::new();
    while let Some(step) = todo.pop() {
        let (v, depth) = match step {
            Todo::Text(s) => {
                room(out.len() + s.len(), &mut allowed)?;
                out.push_str(&s);
                continue;
            }
            Todo::Leave(p) => {
                open.remove(&p);
                continue;
            }
            Todo::Value(v, depth) => (v, depth),
        };
        if depth > budget {
            return Err(ReprStop::TooDeep);
        }
        room(out.len() + leaf_len(&v), &mut allowed)?;
        if let Value::List(_) | Value::Dict(_) = v {
            let p = v.ptr().unwrap_or(0);
            if !open.insert(p) {
                out.push_str(if let Value::List(_) = v {
                    "[...]"
                } else {
                    "{...}"
                });
                continue;
            }
            todo.push(Todo::Leave(p));
        }
        ops::repr_pieces(&v, &mut pieces);
        todo.extend(pieces.drain(..).rev().map(|piece| match piece {
            Piece::Text(s) => Todo::Text(s),
            Piece::Value(x) => Todo::Value(x, depth + 1),
        }));
    }
    Ok(out)
}

/// `a == b` without calling into Python code, refusing pairs nested more
/// than `budget` deep and pairs that need it.
pub fn eq_within(a: &Value, b: &Value, budget: usize) -> Result<bool, EqStop> {
    if budget == 0 {
        return Err(EqStop::TooDeep);
    }
    // The common case, a pair of non-containers, allocates nothing.
    let mut nested = Vec::new();
    if !ops::eq_step(a, b, &mut nested).ok_or(EqStop::NeedsVm)? {
        return Ok(false);
    }
    let mut todo: Vec<(Value, Value, usize)> = Vec::new();
    todo.extend(nested.drain(..).rev().map(|(x, y)| (x, y, 2)));
    while let Some((a, b, depth)) = todo.pop() {
        if depth > budget {
            return Err(EqStop::TooDeep);
        }
        if !ops::eq_step(&a, &b, &mut nested).ok_or(EqStop::NeedsVm)? {
            return Ok(false);
        }
        todo.extend(nested.drain(..).rev().map(|(x, y)| (x, y, depth + 1)));
    }
    Ok(true)
}

/// How many container drops may nest before the trashcan defers the rest.
const TRASHCAN_DEPTH: u32 = 64;

thread_local! {
    /// Container drops in progress on this thread.
    static DROPPING: Cell<u32> = const { Cell::new(0) };
    /// Whether `DEFERRED` holds anything (cheaper to ask than the list).
    static PENDING: Cell<bool> = const { Cell::new(false) };
    /// Values whose drop was deferred.
    static DEFERRED: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Whether a value may hold others that hold others (the chains the
/// trashcan is for).
fn nests(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Instance(_) | Value::Set(_)
    )
}

/// Drops `contents`, what a freed container held, one level deeper in the
/// count of nested drops; past `TRASHCAN_DEPTH`, its values (`values`
/// takes them out) are deferred to the outermost drop instead.
fn dispose<T>(contents: T, values: impl FnOnce(T) -> Vec<Value>) {
    let depth = DROPPING.get();
    if depth >= TRASHCAN_DEPTH {
        let values = values(contents);
        // During thread teardown the list may be gone: they drop here then.
        if DEFERRED.try_with(|d| d.borrow_mut().extend(values)).is_ok() {
            PENDING.set(true);
        }
        return;
    }
    DROPPING.set(depth + 1);
    drop(contents);
    DROPPING.set(depth);
    if depth == 0 && PENDING.get() {
        empty_trashcan();
    }
}

/// Drops values a freed object held (an exception group's members), one
/// level deeper in the count of nested drops, as containers' are.
pub(crate) fn dispose_values(values: Vec<Value>) {
    if !values.is_empty() {
        dispose(values, |v| v);
    }
}

/// Drops the deferred values, a batch at a time (each batch may defer
/// more, deeper down).
#[cold]
fn empty_trashcan() {
    DROPPING.set(1);
    loop {
        PENDING.set(false);
        let batch = DEFERRED
            .try_with(|d| std::mem::take(&mut *d.borrow_mut()))
            .unwrap_or_default();
        if batch.is_empty() {
            break;
        }
        drop(batch);
    }
    DROPPING.set(0);
}

/// A list's items. Freeing a list goes through the trashcan; the rest of
/// the time it is its `RefCell`. `alloc` replays CPython's capacity for
/// `sys.getsizeof`.
#[derive(Debug, Default)]
pub struct PyList {
    items: RefCell<Vec<Value>>,
    pub alloc: crate::objects::alloc::ListAlloc,
}

impl PyList {
    /// A list made at its exact size (`PyList_New`, a copy, a slice).
    pub fn new(items: Vec<Value>) -> PyList {
        let alloc = crate::objects::alloc::ListAlloc::exact(items.len());
        PyList::with_alloc(items, alloc)
    }

    pub fn with_alloc(items: Vec<Value>, alloc: crate::objects::alloc::ListAlloc) -> PyList {
        PyList {
            items: RefCell::new(items),
            alloc,
        }
    }

    /// Appends one item (`list.append`, a comprehension's step).
    pub fn push(&self, v: Value) {
        let mut items = self.items.borrow_mut();
        self.alloc.appends(items.len(), items.len() + 1);
        items.push(v);
    }

    /// `list.extend` and `+=` (see [`ListAlloc::extend`] for `hint`).
    ///
    /// [`ListAlloc::extend`]: crate::objects::alloc::ListAlloc::extend
    pub fn extend(&self, add: Vec<Value>, hint: Option<usize>) {
        let mut items = self.items.borrow_mut();
        self.alloc.extend(items.len(), add.len(), hint);
        items.extend(add);
    }
}

/// A list built by appending its items one by one (`splitlines`).
pub fn appended_list(items: Vec<Value>) -> Value {
    let alloc = crate::objects::alloc::ListAlloc::appended(items.len());
    Value::List(Rc::new(PyList::with_alloc(items, alloc)))
}

/// The list `str.split` and `bytes.split` return: made with room for
/// `maxsplit + 1` pieces, at most 12, and appended to past that.
pub fn split_list(items: Vec<Value>, maxsplit: i64) -> Value {
    const MAX_PREALLOC: usize = 12;
    let room = usize::try_from(maxsplit).map_or(MAX_PREALLOC, |m| m.min(MAX_PREALLOC - 1) + 1);
    let alloc = crate::objects::alloc::ListAlloc::exact(room);
    alloc.appends(room.min(items.len()), items.len());
    Value::List(Rc::new(PyList::with_alloc(items, alloc)))
}

impl std::ops::Deref for PyList {
    type Target = RefCell<Vec<Value>>;

    fn deref(&self) -> &RefCell<Vec<Value>> {
        &self.items
    }
}

impl Drop for PyList {
    fn drop(&mut self) {
        let mut items = std::mem::take(self.items.get_mut());
        if !items.is_empty() {
            // Last item first, as CPython's `list_dealloc` releases them
            // (the order `__del__` methods run in).
            items.reverse();
            dispose(items, |v| v);
        }
    }
}

impl Drop for PyDict {
    fn drop(&mut self) {
        let map = std::mem::take(self.map.get_mut());
        if !map.is_empty() {
            dispose(map, |m| {
                m.into_iter().flat_map(|(k, v)| [k.value, v]).collect()
            });
        }
    }
}

impl Drop for PyInstance {
    fn drop(&mut self) {
        crate::collector::untrack(self);
        crate::modules::weakref::instance_freed(self as *const PyInstance as usize);
        // An instance with `__del__` lives on, moved to a new object that
        // the interpreter finalizes at its next statement or call.
        if !self.finalized.get() && self.class().has_del() {
            let revived = PyInstance {
                class: RefCell::new(self.class()),
                attrs: RefCell::new(std::mem::take(self.attrs.get_mut())),
                base: self.base.take(),
                hash: self.hash.clone(),
                dict: RefCell::new(self.dict.get_mut().take()),
                finalized: Cell::new(true),
                gc_slot: Cell::new(crate::collector::UNTRACKED),
            };
            crate::generator::queue_del(revived);
        }
        let attrs = std::mem::take(self.attrs.get_mut());
        let base = self.base.take();
        if !attrs.is_empty() || base.is_some() {
            dispose((attrs, base), |(a, b)| a.into_values().chain(b).collect());
        }
    }
}

impl Drop for PySet {
    fn drop(&mut self) {
        let table = std::mem::take(self.table.get_mut());
        if table.len() != 0 {
            dispose(table, |t| t.items());
        }
    }
}

/// Tuples are `Rc<[Value]>`, with no type of their own to hook, so the
/// check is on the value: the last reference to a tuple that holds
/// containers.
impl Drop for Value {
    #[inline]
    fn drop(&mut self) {
        if let Value::Tuple(t) = self {
            if Rc::strong_count(t) == 1 {
                release_tuple(t);
            }
        }
    }
}

/// Out of line (and marked cold, which keeps the register saves it needs
/// out of every other drop), so that other drops stay as cheap as they
/// were.
#[cold]
#[inline(never)]
fn release_tuple(t: &mut Rc<[Value]>) {
    if !t.iter().any(nests) {
        return;
    }
    if let Some(items) = Rc::get_mut(t) {
        // Last item first, as CPython's `tupledealloc` releases them.
        let nested: Vec<Value> = items
            .iter_mut()
            .rev()
            .filter(|i| nests(i))
            .map(|i| std::mem::replace(i, Value::None))
            .collect();
        dispose(nested, |v| v);
    }
}
