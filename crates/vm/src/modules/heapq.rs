//! The `_heapq` module: the heap functions CPython writes in C
//! (`heappush`, `heappop`, `heapreplace`, `heappushpop`, `heapify`), which
//! the Python-source `heapq` re-exports. Being built-ins, they add no
//! traceback frame of their own and take their arguments as C functions
//! do (`heappush expected 2 arguments, got 1`).
//!
//! The heap layout is CPython's: `sift_up` moves the smaller child up all
//! the way to a leaf and `sift_down` then bubbles the item back, so heaps
//! print the same. Items are compared with `<` only; a comparison that
//! changes the list's size raises CPython's RuntimeError.

use crate::exceptions::{self, type_error, PyResult};
use crate::interp::Vm;
use crate::nested::PyList;
use crate::objects::function::{builtin, Args};
use crate::objects::module::PyModule;
use crate::value::Value;
use pyview_syntax::ir::CmpOp;
use std::rc::Rc;

pub fn module() -> Rc<PyModule> {
    let f = |name, func| (name, builtin(name, Some("_heapq"), func));
    PyModule::new(
        "_heapq",
        vec![
            f("heapify", heapify),
            f("heappop", heappop),
            f("heappush", heappush),
            f("heappushpop", heappushpop),
            f("heapreplace", heapreplace),
        ],
    )
}

/// The heap argument: a list (or a list subclass's list). `what` is
/// "argument" or "argument 1", as CPython's messages differ.
fn heap_arg<'a>(v: &'a Value, func: &str, what: &str) -> PyResult<&'a Rc<PyList>> {
    match crate::dispatch::plain(v) {
        Value::List(l) => Ok(l),
        _ => Err(type_error(format!(
            "{func}() {what} must be list, not {}",
            v.type_name()
        ))),
    }
}

fn changed_size() -> Box<exceptions::PyErr> {
    exceptions::runtime_error("list changed size during iteration")
}

/// `heap[i]`, or the IndexError of a list a comparison shrank.
fn item(heap: &PyList, i: usize) -> PyResult<Value> {
    heap.borrow()
        .get(i)
        .cloned()
        .ok_or_else(|| exceptions::index_error("list index out of range"))
}

/// `heap[a] < heap[b]`, checking that the comparison left the size alone.
fn less(vm: &mut Vm, heap: &PyList, a: &Value, b: &Value, size: usize) -> PyResult<bool> {
    let r = vm.compare(CmpOp::Lt, a, b)?;
    if heap.borrow().len() != size {
        return Err(changed_size());
    }
    Ok(r)
}

/// Moves the item at `pos` towards the root (not above `start`) while it
/// is smaller than its parent.
fn sift_down(vm: &mut Vm, heap: &PyList, start: usize, mut pos: usize) -> PyResult<()> {
    let size = heap.borrow().len();
    let new = item(heap, pos)?;
    while pos > start {
        let parent_pos = (pos - 1) >> 1;
        let parent = item(heap, parent_pos)?;
        if !less(vm, heap, &new, &parent, size)? {
            break;
        }
        // The comparison may have reordered the list; take what is there.
        let mut h = heap.borrow_mut();
        let (Some(p), Some(_)) = (h.get(parent_pos).cloned(), h.get(pos)) else {
            return Err(changed_size());
        };
        h[pos] = p;
        h[parent_pos] = new.clone();
        pos = parent_pos;
    }
    Ok(())
}

/// Fills the hole at `pos` with the smaller child down to a leaf, then
/// lets the item there bubble back up.
fn sift_up(vm: &mut Vm, heap: &PyList, mut pos: usize) -> PyResult<()> {
    let end = heap.borrow().len();
    let start = pos;
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end {
            let (c, r) = (item(heap, child)?, item(heap, right)?);
            if !less(vm, heap, &c, &r, end)? {
                child = right;
            }
        }
        let mut h = heap.borrow_mut();
        if h.len() <= child.max(pos) {
            return Err(changed_size());
        }
        h.swap(pos, child);
        pos = child;
        child = 2 * pos + 1;
    }
    sift_down(vm, heap, start, pos)
}

fn heappush(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("_heapq.heappush")?;
    args.check_positional("heappush", 2, 2)?;
    let heap = heap_arg(&args.pos[0], "heappush", "argument 1")?;
    heap.borrow_mut().push(args.pos[1].clone());
    let last = heap.borrow().len() - 1;
    sift_down(vm, heap, 0, last)?;
    Ok(Value::None)
}

fn heappop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let heap = heap_arg(args.check_one("_heapq.heappop")?, "heappop", "argument")?;
    let last = heap
        .borrow_mut()
        .pop()
        .ok_or_else(|| exceptions::index_error("index out of range"))?;
    let smallest = match heap.borrow_mut().first_mut() {
        Some(first) => std::mem::replace(first, last),
        None => return Ok(last),
    };
    sift_up(vm, heap, 0)?;
    Ok(smallest)
}

fn heapreplace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("_heapq.heapreplace")?;
    args.check_positional("heapreplace", 2, 2)?;
    let heap = heap_arg(&args.pos[0], "heapreplace", "argument 1")?;
    let smallest = match heap.borrow_mut().first_mut() {
        Some(first) => std::mem::replace(first, args.pos[1].clone()),
        None => return Err(exceptions::index_error("index out of range")),
    };
    sift_up(vm, heap, 0)?;
    Ok(smallest)
}

fn heappushpop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("_heapq.heappushpop")?;
    args.check_positional("heappushpop", 2, 2)?;
    let heap = heap_arg(&args.pos[0], "heappushpop", "argument 1")?;
    let new = args.pos[1].clone();
    let size = heap.borrow().len();
    let Some(top) = heap.borrow().first().cloned() else {
        return Ok(new);
    };
    if !less(vm, heap, &top, &new, size)? {
        return Ok(new);
    }
    let smallest = match heap.borrow_mut().first_mut() {
        Some(first) => std::mem::replace(first, new),
        None => return Err(exceptions::index_error("index out of range")),
    };
    sift_up(vm, heap, 0)?;
    Ok(smallest)
}

fn heapify(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let heap = heap_arg(args.check_one("_heapq.heapify")?, "heapify", "argument")?;
    let n = heap.borrow().len();
    for i in (0..n / 2).rev() {
        sift_up(vm, heap, i)?;
    }
    Ok(Value::None)
}
