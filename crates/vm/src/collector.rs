//! The cycle collector: frees groups of objects that refer only to each
//! other, which reference counting alone never frees.
//!
//! ## What it sees
//! Every user-class instance is registered (weakly) when it is made and
//! leaves the registry when it is freed; they are the seeds, taken in
//! creation order. From them the collector walks the containers objects
//! can form cycles through: instances (attributes, built-in base value,
//! `__dict__`), lists, tuples, dicts, sets and bound methods. Anything
//! else (functions, closures' cells, classes, generators, modules,
//! exceptions) is opaque: what it holds counts as a reference from
//! outside, so a cycle through it is kept (never wrongly freed). A cycle
//! without an instance in it (`l.append(l)`) is not found either.
//!
//! ## How it decides (CPython's `gc_collect_main`, trial deletion)
//! Each object found gets its reference count, less one for every
//! reference from another object found: what remains is held from
//! outside (a frame, a global, an opaque object), making the object and
//! all it reaches alive. The rest is garbage. Their `__del__` methods run
//! first (each once, in registration order, as PEP 442 finalizes); a
//! `__del__` may resurrect them, so the analysis is redone, and only what
//! is still garbage is cleared: instances lose their attributes, lists,
//! dicts and sets their items, which breaks the cycles and lets
//! reference counting free the objects.
//!
//! ## When it runs
//! `gc.collect()`, at exit before `__main__` is torn down (as CPython
//! collects there), and automatically, at the next statement boundary
//! once as many instances were made since the last collection as were
//! alive after it (and at least [`MIN_THRESHOLD`]), unless `gc.disable()`
//! turned that off.

use crate::interp::Vm;
use crate::objects::class::PyInstance;
use crate::value::Value;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

/// The fewest registrations between automatic collections.
const MIN_THRESHOLD: usize = 10_000;

/// `PyInstance::gc_slot` of an instance not in the registry.
pub const UNTRACKED: usize = usize::MAX;

thread_local! {
    /// The live instances of the thread's interpreters, each with its
    /// interpreter's id. An instance knows its place (`gc_slot`) and
    /// leaves as it is freed, the last entry moving into its place, so
    /// the registry never holds the memory of dead objects.
    static TRACKED: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
}

/// A registered instance: its interpreter's id, its number in creation
/// order, and the instance.
type Entry = (u64, u64, Weak<PyInstance>);

/// Takes a freed instance out of the registry (first thing in its drop,
/// so every other entry is of a live instance).
pub(crate) fn untrack(inst: &PyInstance) {
    let slot = inst.gc_slot.replace(UNTRACKED);
    if slot == UNTRACKED {
        return;
    }
    let _ = TRACKED.try_with(|t| {
        let Ok(mut t) = t.try_borrow_mut() else {
            return;
        };
        if slot >= t.len() {
            return;
        }
        drop(t.swap_remove(slot));
        if let Some(moved) = t.get(slot).and_then(|(_, _, w)| w.upgrade()) {
            moved.gc_slot.set(slot);
        }
    });
}

/// The collector's state, one per interpreter.
#[derive(Debug)]
pub struct Collector {
    /// Registrations of this interpreter's since the last collection.
    made: usize,
    /// Registrations ever (the creation order of the instances).
    seq: u64,
    /// The live instances at the last collection (the next one comes
    /// after as many new ones, and at least `MIN_THRESHOLD`).
    threshold: usize,
    /// `gc.isenabled()`: whether automatic collections run.
    pub enabled: bool,
    /// An automatic collection waits for the next statement boundary.
    pub(crate) due: bool,
    /// A collection is under way (a `__del__` calling `gc.collect()`
    /// finds nothing more to do).
    running: bool,
}

impl Default for Collector {
    fn default() -> Self {
        Collector {
            made: 0,
            seq: 0,
            threshold: MIN_THRESHOLD,
            enabled: true,
            due: false,
            running: false,
        }
    }
}

/// The objects a collection walks, each held once, with the references
/// among them counted.
struct Graph {
    nodes: Vec<Value>,
    /// Whether each node is garbage (not reachable from outside).
    garbage: Vec<bool>,
}

impl Vm {
    /// Registers a new instance with the collector.
    pub(crate) fn track_instance(&mut self, inst: &Rc<PyInstance>) {
        let owner = self.gen_owner;
        let gc = &mut self.gc;
        gc.seq += 1;
        let seq = gc.seq;
        let _ = TRACKED.try_with(|t| {
            if let Ok(mut t) = t.try_borrow_mut() {
                inst.gc_slot.set(t.len());
                t.push((owner, seq, Rc::downgrade(inst)));
            }
        });
        gc.made += 1;
        if gc.made >= gc.threshold && gc.enabled && !gc.due {
            gc.due = true;
            crate::generator::mark_pending();
        }
    }

    /// Runs a collection that has come due (from the finalizer queue).
    pub(crate) fn collect_if_due(&mut self) {
        if self.gc.due {
            self.gc.due = false;
            self.collect_cycles();
        }
    }

    /// A full collection: the number of unreachable objects freed.
    pub fn collect_cycles(&mut self) -> usize {
        if self.gc.running {
            return 0;
        }
        self.gc.running = true;
        let graph = self.garbage_graph();
        let to_finalize: Vec<Value> = graph
            .garbage()
            .filter(
                |v| matches!(v, Value::Instance(i) if !i.finalized.get() && i.class().has_del()),
            )
            .cloned()
            .collect();
        let finalized = !to_finalize.is_empty();
        for v in to_finalize {
            self.run_instance_del(v);
        }
        // A `__del__` may have made some of them reachable again.
        let graph = if finalized {
            // Only what was garbage before: a cycle a `__del__` just made
            // waits for the next collection, to be finalized first.
            let before: std::collections::HashSet<usize> =
                graph.garbage().filter_map(Value::ptr).collect();
            drop(graph);
            let mut graph = self.garbage_graph();
            for (v, g) in graph.nodes.iter().zip(graph.garbage.iter_mut()) {
                *g = *g && v.ptr().is_some_and(|p| before.contains(&p));
            }
            graph
        } else {
            graph
        };
        // CPython counts what is still garbage after the finalizers.
        let found = graph.garbage().count();
        let mut contents: Vec<Value> = Vec::new();
        for v in graph.garbage() {
            clear(v, &mut contents);
        }
        drop(graph);
        drop(contents);
        let owner = self.gen_owner;
        let live = TRACKED
            .try_with(|t| t.borrow().iter().filter(|(o, _, _)| *o == owner).count())
            .unwrap_or(0);
        self.gc.made = 0;
        self.gc.threshold = live.max(MIN_THRESHOLD);
        self.gc.running = false;
        found
    }

    /// Finds the tracked objects and what they reach, and which of them
    /// nothing outside holds.
    fn garbage_graph(&mut self) -> Graph {
        let mut nodes: Vec<Value> = Vec::new();
        let mut index: HashMap<usize, usize> = HashMap::new();
        fn add(v: Value, nodes: &mut Vec<Value>, index: &mut HashMap<usize, usize>) {
            if let Some(p) = node_ptr(&v) {
                if let std::collections::hash_map::Entry::Vacant(e) = index.entry(p) {
                    e.insert(nodes.len());
                    nodes.push(v);
                }
            }
        }
        let owner = self.gen_owner;
        let seeds: Vec<Rc<PyInstance>> = TRACKED
            .try_with(|t| {
                let mut seeds: Vec<(u64, Rc<PyInstance>)> = t
                    .borrow()
                    .iter()
                    .filter(|(o, _, _)| *o == owner)
                    .filter_map(|(_, n, w)| Some((*n, w.upgrade()?)))
                    .collect();
                seeds.sort_by_key(|(n, _)| *n);
                seeds.into_iter().map(|(_, i)| i).collect()
            })
            .unwrap_or_default();
        for i in seeds {
            add(Value::Instance(i), &mut nodes, &mut index);
        }
        let mut i = 0;
        while i < nodes.len() {
            let mut children = Vec::new();
            each_child(&nodes[i], |c| {
                if node_ptr(c).is_some() {
                    children.push(c.clone());
                }
            });
            for c in children {
                add(c, &mut nodes, &mut index);
            }
            i += 1;
        }
        // What each holds beyond the references among the nodes (and the
        // one `nodes` itself holds).
        let mut outside: Vec<isize> = nodes.iter().map(|v| strong_count(v) as isize - 1).collect();
        let mut visible = vec![true; nodes.len()];
        for (i, v) in nodes.iter().enumerate() {
            visible[i] = each_child(v, |c| {
                if let Some(j) = node_ptr(c).and_then(|p| index.get(&p)) {
                    outside[*j] -= 1;
                }
            });
        }
        let mut alive = vec![false; nodes.len()];
        let mut stack: Vec<usize> = (0..nodes.len())
            .filter(|&i| outside[i] > 0 || !visible[i])
            .collect();
        while let Some(i) = stack.pop() {
            if alive[i] {
                continue;
            }
            alive[i] = true;
            each_child(&nodes[i], |c| {
                if let Some(&j) = node_ptr(c).and_then(|p| index.get(&p)) {
                    if !alive[j] {
                        stack.push(j);
                    }
                }
            });
        }
        Graph {
            nodes,
            garbage: alive.into_iter().map(|a| !a).collect(),
        }
    }
}

impl Graph {
    /// The nodes that are garbage, in order.
    fn garbage(&self) -> impl Iterator<Item = &Value> {
        self.nodes
            .iter()
            .zip(&self.garbage)
            .filter(|(_, g)| **g)
            .map(|(v, _)| v)
    }
}

/// The identity of a value the collector walks into.
fn node_ptr(v: &Value) -> Option<usize> {
    match v {
        Value::Instance(_)
        | Value::List(_)
        | Value::Tuple(_)
        | Value::Dict(_)
        | Value::Set(_)
        | Value::BoundMethod(_)
        | Value::Native(_) => v.ptr(),
        _ => None,
    }
}

fn strong_count(v: &Value) -> usize {
    match v {
        Value::Instance(r) => Rc::strong_count(r),
        Value::List(r) => Rc::strong_count(r),
        Value::Tuple(r) => Rc::strong_count(r),
        Value::Dict(r) => Rc::strong_count(r),
        Value::Set(r) => Rc::strong_count(r),
        Value::BoundMethod(r) => Rc::strong_count(r),
        Value::Native(r) => Rc::strong_count(r),
        _ => 0,
    }
}

/// Calls `f` on every value `v` holds; false when `v` is borrowed for a
/// change and its contents cannot be read now.
fn each_child(v: &Value, mut f: impl FnMut(&Value)) -> bool {
    match v {
        Value::Instance(i) => {
            let (Ok(attrs), Ok(dict)) = (i.attrs.try_borrow(), i.dict.try_borrow()) else {
                return false;
            };
            attrs.values().for_each(&mut f);
            if let Some(b) = &i.base {
                f(b);
            }
            if let Some(d) = &*dict {
                f(&Value::Dict(d.clone()));
            }
        }
        Value::List(l) => match l.try_borrow() {
            Ok(items) => items.iter().for_each(f),
            Err(_) => return false,
        },
        Value::Tuple(t) => t.iter().for_each(f),
        Value::Dict(d) => match d.map.try_borrow() {
            Ok(map) => map.iter().for_each(|(k, v)| {
                f(&k.value);
                f(v);
            }),
            Err(_) => return false,
        },
        Value::Set(s) => match s.table.try_borrow() {
            Ok(t) => t.each(f),
            Err(_) => return false,
        },
        Value::BoundMethod(m) => {
            f(&m.this);
            f(&m.func);
        }
        Value::Native(n) => n.each_child(&mut f),
        _ => {}
    }
    true
}

/// Takes out what a garbage object holds (into `out`, dropped once no
/// borrow is held), breaking the cycles it is part of.
fn clear(v: &Value, out: &mut Vec<Value>) {
    match v {
        Value::Instance(i) => {
            if let Ok(mut attrs) = i.attrs.try_borrow_mut() {
                out.extend(std::mem::take(&mut *attrs).into_values());
            }
            if let Ok(mut dict) = i.dict.try_borrow_mut() {
                out.extend(dict.take().map(Value::Dict));
            }
        }
        Value::List(l) => {
            if let Ok(mut items) = l.try_borrow_mut() {
                out.append(&mut items);
            }
        }
        // A namespace's dict is a module's, never garbage of ours to clear.
        Value::Dict(d) if d.namespace().is_none() => {
            if let Ok(mut map) = d.map.try_borrow_mut() {
                out.extend(
                    std::mem::take(&mut *map)
                        .into_iter()
                        .flat_map(|(k, v)| [k.value, v]),
                );
            }
        }
        Value::Set(s) => {
            if let Ok(mut t) = s.table.try_borrow_mut() {
                out.extend(std::mem::take(&mut *t).items());
            }
        }
        _ => {}
    }
}
