//! `set` and `frozenset`, with CPython's hash table layout so iteration
//! order (and so printing) matches: open addressing over a power-of-two
//! table, nine linear probes then perturbed jumps, resizing at 60% fill
//! (`Objects/setobject.c`). A set of small ints therefore prints sorted,
//! as in CPython; string order, random per run in CPython, is stable here.
//!
//! Invariant: `used <= fill < table.len()`, and every live entry is
//! reachable from its hash's probe sequence.

use crate::exceptions::PyResult;
use crate::ops;
use crate::value::Value;
use std::cell::RefCell;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Debug, Clone)]
enum Slot {
    Empty,
    Dummy,
    Active(i64, Value),
}

#[derive(Debug, Clone)]
pub struct SetTable {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            table: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

impl SetTable {
    pub fn len(&self) -> usize {
        self.used
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Index of the slot holding `key`, if present.
    pub(crate) fn find(&self, key: &Value, hash: i64) -> Option<usize> {
        self.probe(hash, |k| k.is(key) || ops::eq_simple(k, key))
    }

    /// Visits the entries stored under `hash` along its probe sequence
    /// until `hit` accepts one (its slot index) or the sequence ends.
    fn probe(&self, hash: i64, mut hit: impl FnMut(&Value) -> bool) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => return None,
                    Slot::Active(h, k) if *h == hash && hit(k) => return Some(j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// The members stored under `hash` (candidates for a key whose
    /// equality is decided by `__eq__`, see `Vm::set_key`).
    pub fn same_hash(&self, hash: i64) -> Vec<Value> {
        let mut out = Vec::new();
        self.probe(hash, |k| {
            out.push(k.clone());
            false
        });
        out
    }

    pub fn contains(&self, key: &Value) -> PyResult<bool> {
        let h = ops::hash(key)?;
        Ok(self.find(key, h).is_some())
    }

    pub fn add(&mut self, key: Value) -> PyResult<()> {
        let h = ops::hash(&key)?;
        self.add_hashed(key, h);
        Ok(())
    }

    fn add_hashed(&mut self, key: Value, hash: i64) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => {
                        match freeslot {
                            Some(f) => {
                                self.table[f] = Slot::Active(hash, key);
                                self.used += 1;
                            }
                            None => {
                                self.table[j] = Slot::Active(hash, key);
                                self.fill += 1;
                                self.used += 1;
                                if self.fill * 5 >= mask * 3 {
                                    let n = if self.used > 50000 {
                                        self.used * 2
                                    } else {
                                        self.used * 4
                                    };
                                    self.resize(n);
                                }
                            }
                        }
                        return;
                    }
                    Slot::Active(h, k) if *h == hash && (k.is(&key) || ops::eq_simple(k, &key)) => {
                        return
                    }
                    Slot::Dummy if freeslot.is_none() => freeslot = Some(j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn insert_clean(table: &mut [Slot], key: Value, hash: i64) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if let Slot::Empty = table[i] {
                table[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                if let Some(slot) = table[i + 1..=i + LINEAR_PROBES]
                    .iter_mut()
                    .find(|s| matches!(s, Slot::Empty))
                {
                    *slot = Slot::Active(hash, key);
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; size]);
        for s in old {
            if let Slot::Active(h, k) = s {
                Self::insert_clean(&mut self.table, k, h);
            }
        }
        self.fill = self.used;
    }

    /// Removes `key`; whether it was present.
    pub fn discard(&mut self, key: &Value) -> PyResult<bool> {
        let h = ops::hash(key)?;
        Ok(match self.find(key, h) {
            Some(i) => {
                self.table[i] = Slot::Dummy;
                self.used -= 1;
                true
            }
            None => false,
        })
    }

    /// `set.pop()`: the first entry from the search finger.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let n = self.table.len();
        let mut i = self.finger & (n - 1);
        loop {
            if let Slot::Active(..) = self.table[i] {
                let Slot::Active(_, k) = std::mem::replace(&mut self.table[i], Slot::Dummy) else {
                    return None;
                };
                self.used -= 1;
                self.finger = i + 1;
                return Some(k);
            }
            i = (i + 1) % n;
        }
    }

    pub fn clear(&mut self) {
        *self = SetTable::default();
    }

    pub fn items(&self) -> Vec<Value> {
        self.table
            .iter()
            .filter_map(|s| match s {
                Slot::Active(_, k) => Some(k.clone()),
                _ => None,
            })
            .collect()
    }

    /// Calls `f` on each item, in table order.
    pub(crate) fn each(&self, f: impl FnMut(&Value)) {
        self.table
            .iter()
            .filter_map(|s| match s {
                Slot::Active(_, k) => Some(k),
                _ => None,
            })
            .for_each(f);
    }

    pub(crate) fn entries(&self) -> Vec<(i64, Value)> {
        self.table
            .iter()
            .filter_map(|s| match s {
                Slot::Active(h, k) => Some((*h, k.clone())),
                _ => None,
            })
            .collect()
    }

    /// `self |= other` (CPython's `set_merge` for set operands).
    pub fn merge(&mut self, other: &SetTable) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.table.len() == other.table.len() && other.fill == other.used {
            self.table = other.table.clone();
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            for (h, k) in other.entries() {
                Self::insert_clean(&mut self.table, k, h);
            }
            self.fill = other.used;
            self.used = other.used;
            return;
        }
        for (h, k) in other.entries() {
            self.add_hashed(k, h);
        }
    }

    pub fn copy(&self) -> SetTable {
        let mut t = SetTable::default();
        t.merge(self);
        t
    }

    /// `self & other`: iterates the smaller table.
    pub fn intersection(&self, other: &SetTable) -> SetTable {
        let (big, small) = if other.len() > self.len() {
            (other, self)
        } else {
            (self, other)
        };
        let mut out = SetTable::default();
        for (h, k) in small.entries() {
            if big.find(&k, h).is_some() {
                out.add_hashed(k, h);
            }
        }
        out
    }

    /// `self - other`.
    pub fn difference(&self, other: &SetTable) -> SetTable {
        if (self.len() >> 2) > other.len() {
            let mut out = self.copy();
            for (h, k) in other.entries() {
                if let Some(i) = out.find(&k, h) {
                    out.table[i] = Slot::Dummy;
                    out.used -= 1;
                }
            }
            return out;
        }
        let mut out = SetTable::default();
        for (h, k) in self.entries() {
            if other.find(&k, h).is_none() {
                out.add_hashed(k, h);
            }
        }
        out
    }

    /// `self ^ other`: a copy of `other` updated with `self`.
    pub fn symmetric_difference(&self, other: &SetTable) -> SetTable {
        let mut out = other.copy();
        for (h, k) in self.entries() {
            match out.find(&k, h) {
                Some(i) => {
                    out.table[i] = Slot::Dummy;
                    out.used -= 1;
                }
                None => out.add_hashed(k, h),
            }
        }
        out
    }

    pub fn is_subset(&self, other: &SetTable) -> bool {
        self.len() <= other.len()
            && self
                .entries()
                .iter()
                .all(|(h, k)| other.find(k, *h).is_some())
    }

    /// frozenset's hash, consistent with equality.
    pub fn hash(&self) -> i64 {
        let mut acc: u64 = 0;
        for (h, _) in self.entries() {
            let h = h as u64;
            acc ^= ((h ^ (h << 16)) ^ 89869747).wrapping_mul(3644798167);
        }
        acc ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        // Disperses patterns of nested frozensets.
        acc ^= (acc >> 11) ^ (acc >> 25);
        acc = acc.wrapping_mul(69069).wrapping_add(907133923);
        let r = acc as i64;
        if r == -1 {
            590923713
        } else {
            r
        }
    }
}

#[derive(Debug, Default)]
pub struct PySet {
    pub table: RefCell<SetTable>,
    pub frozen: bool,
}

impl PySet {
    pub fn from_table(table: SetTable, frozen: bool) -> PySet {
        PySet {
            table: RefCell::new(table),
            frozen,
        }
    }
}

/// A set operand of an operator or method, as a table.
fn table_of(vm: &mut crate::interp::Vm, v: &Value) -> PyResult<SetTable> {
    match v {
        Value::Set(s) => Ok(s.table.borrow().clone()),
        other => {
            let mut t = SetTable::default();
            for item in vm.collect(other)? {
                let item = vm.set_key(&t, &item)?;
                t.add(item)?;
            }
            Ok(t)
        }
    }
}

pub fn new_value(table: SetTable, frozen: bool) -> Value {
    Value::Set(std::rc::Rc::new(PySet::from_table(table, frozen)))
}

/// `set(iterable)` / `frozenset(iterable)`.
pub fn construct(vm: &mut crate::interp::Vm, src: Option<&Value>, frozen: bool) -> PyResult<Value> {
    let table = match src {
        None => SetTable::default(),
        Some(Value::Set(s)) => s.table.borrow().copy(),
        Some(v) => {
            // Added as they come: an unhashable item stops the iteration.
            let mut t = SetTable::default();
            vm.for_each(v, |vm, item| {
                let item = vm.set_key(&t, &item)?;
                t.add(item)
            })?;
            t
        }
    };
    Ok(new_value(table, frozen))
}

pub fn repr_items(set: &PySet, items: &[String]) -> String {
    let inner = format!("{{{}}}", items.join(", "));
    match (set.frozen, items.is_empty()) {
        (false, true) => "set()".into(),
        (false, false) => inner,
        (true, true) => "frozenset()".into(),
        (true, false) => format!("frozenset({inner})"),
    }
}

use crate::exceptions::{new_err, type_error, ExcType};
use crate::interp::Vm;
use crate::objects::function::Args;

/// The methods a set has: the public names of CPython's `set.__dict__`.
pub fn methods() -> &'static [&'static str] {
    crate::type_dicts::public_names(crate::value::TypeId::Set)
}

/// The methods a frozenset has: those that leave the set unchanged.
pub fn frozenset_methods() -> &'static [&'static str] {
    crate::type_dicts::public_names(crate::value::TypeId::FrozenSet)
}

pub fn call_method(
    vm: &mut Vm,
    this: &std::rc::Rc<PySet>,
    name: &str,
    args: &Args,
) -> Option<PyResult<Value>> {
    if !methods().contains(&name) {
        return None;
    }
    let kind = if this.frozen { "frozenset" } else { "set" };
    if this.frozen && !frozenset_methods().contains(&name) {
        return None;
    }
    if !args.kw.is_empty() {
        return Some(Err(type_error(format!(
            "{kind}.{name}() takes no keyword arguments"
        ))));
    }
    Some((|| {
        let one = |n: &str| -> PyResult<Value> {
            args.check_exact(&format!("{kind}.{n}"), 1)?;
            Ok(args.pos[0].clone())
        };
        Ok(match name {
            "add" => {
                let v = one("add")?;
                this.table.borrow_mut().add(v)?;
                Value::None
            }
            "discard" => {
                let v = one("discard")?;
                this.table.borrow_mut().discard(&v)?;
                Value::None
            }
            "remove" => {
                let v = one("remove")?;
                if !this.table.borrow_mut().discard(&v)? {
                    return Err(new_err(ExcType::KeyError, "").with_args(vec![v]));
                }
                Value::None
            }
            "pop" => {
                args.check_exact("set.pop", 0)?;
                match this.table.borrow_mut().pop() {
                    Some(v) => v,
                    None => return Err(new_err(ExcType::KeyError, "pop from an empty set")),
                }
            }
            "clear" => {
                this.table.borrow_mut().clear();
                Value::None
            }
            "copy" => new_value(this.table.borrow().copy(), this.frozen),
            "update" | "union" => {
                let mut t = if name == "union" {
                    this.table.borrow().copy()
                } else {
                    SetTable::default()
                };
                for a in &args.pos {
                    let o = table_of(vm, a)?;
                    if name == "union" {
                        t.merge(&o);
                    } else {
                        this.table.borrow_mut().merge(&o);
                    }
                }
                if name == "union" {
                    new_value(t, this.frozen)
                } else {
                    Value::None
                }
            }
            "intersection" | "difference" | "intersection_update" | "difference_update" => {
                let mut t = this.table.borrow().copy();
                for a in &args.pos {
                    let o = table_of(vm, a)?;
                    t = if name.starts_with("intersection") {
                        t.intersection(&o)
                    } else {
                        t.difference(&o)
                    };
                }
                if name.ends_with("_update") {
                    *this.table.borrow_mut() = t;
                    Value::None
                } else {
                    new_value(t, this.frozen)
                }
            }
            "symmetric_difference" | "symmetric_difference_update" => {
                let o = table_of(vm, &one(name)?)?;
                let t = this.table.borrow().symmetric_difference(&o);
                if name.ends_with("_update") {
                    *this.table.borrow_mut() = t;
                    Value::None
                } else {
                    new_value(t, this.frozen)
                }
            }
            "issubset" => {
                let o = table_of(vm, &one("issubset")?)?;
                Value::Bool(this.table.borrow().is_subset(&o))
            }
            "issuperset" => {
                let o = table_of(vm, &one("issuperset")?)?;
                Value::Bool(o.is_subset(&this.table.borrow()))
            }
            "isdisjoint" => {
                let o = table_of(vm, &one("isdisjoint")?)?;
                Value::Bool(this.table.borrow().intersection(&o).len() == 0)
            }
            _ => return Err(type_error("unknown set method")),
        })
    })())
}

/// `a <op> b` for sets: `|`, `&`, `-`, `^`; `None` if not a set operation.
pub fn binary(op: pyview_syntax::ir::BinOp, a: &Value, b: &Value) -> Option<Value> {
    use pyview_syntax::ir::BinOp;
    let (Value::Set(x), Value::Set(y)) = (a, b) else {
        return None;
    };
    let (x, y) = (x.table.borrow(), y.table.borrow());
    let t = match op {
        BinOp::BitOr => {
            let mut t = x.copy();
            t.merge(&y);
            t
        }
        BinOp::BitAnd => x.intersection(&y),
        BinOp::Sub => x.difference(&y),
        BinOp::BitXor => x.symmetric_difference(&y),
        _ => return None,
    };
    let frozen = matches!(a, Value::Set(s) if s.frozen);
    Some(new_value(t, frozen))
}
