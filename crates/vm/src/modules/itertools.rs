//! The `itertools` module: `count`, `cycle`, `repeat`, `chain` (and
//! `chain.from_iterable`), `islice`, `accumulate`, `product`,
//! `permutations`, `combinations`, `combinations_with_replacement`,
//! `zip_longest`, `takewhile`, `dropwhile`, `filterfalse`, `compress`,
//! `starmap`, `groupby`, `pairwise` and `tee`.
//!
//! Every one is a lazy iterator that pulls from its sources only as it is
//! consumed, as CPython's are, except where CPython itself first
//! collects its input (`product`, `permutations`, `combinations`, and
//! `cycle`'s saved first pass). Invariant: no state borrow is held while
//! Python code runs (a source's `__next__`, a predicate, a key function),
//! so an iterator re-entered from that code cannot panic.

use crate::exceptions::{type_error, value_error, PyResult};
use crate::interp::Vm;
use crate::objects::function::{Args, Builtin};
use crate::objects::module::PyModule;
use crate::objects::native::NativeObject;
use crate::value::{TypeId, Value};
use pyview_syntax::ir::{BinOp, CmpOp};
use std::cell::RefCell;
use std::rc::Rc;

const TYPES: &[&str] = &[
    "itertools.accumulate",
    "itertools.chain",
    "itertools.combinations",
    "itertools.combinations_with_replacement",
    "itertools.compress",
    "itertools.count",
    "itertools.cycle",
    "itertools.dropwhile",
    "itertools.filterfalse",
    "itertools.groupby",
    "itertools.islice",
    "itertools.pairwise",
    "itertools.permutations",
    "itertools.product",
    "itertools.repeat",
    "itertools.starmap",
    "itertools.takewhile",
    "itertools.zip_longest",
];

pub fn module() -> Rc<PyModule> {
    let mut attrs: Vec<(&str, Value)> = TYPES
        .iter()
        .map(|t| (&t["itertools.".len()..], Value::Type(TypeId::Native(t))))
        .collect();
    attrs.push((
        "tee",
        crate::objects::function::builtin("tee", Some("itertools"), tee),
    ));
    attrs.sort_by(|a, b| a.0.cmp(b.0));
    PyModule::new("itertools", attrs)
}

/// `itertools.chain.from_iterable`, reached through the type's attributes.
pub fn type_attr(type_name: &str, name: &str) -> Option<Value> {
    if type_name == "itertools._tee" && name == "__copy__" {
        // `_tee.__copy__` taken from the class (as `copy.copy` does).
        return Some(crate::objects::function::builtin(
            "__copy__",
            Some("itertools"),
            |vm, args| {
                match args.pos.first() {
                Some(Value::Native(o)) if o.type_name() == "itertools._tee" => {
                    let rest = Args::new(args.pos[1..].to_vec());
                    o.call_method(vm, o, "__copy__", &rest)
                        .unwrap_or_else(|| Ok(Value::None))
                }
                Some(v) => Err(type_error(format!(
                    "descriptor '__copy__' for 'itertools._tee' objects doesn't apply to a '{}' object",
                    v.type_name()
                ))),
                None => Err(type_error(
                    "unbound method _tee.__copy__() needs an argument",
                )),
            }
            },
        ));
    }
    if type_name != "itertools.chain" || name != "from_iterable" {
        return None;
    }
    Some(Value::Builtin(Rc::new(Builtin {
        name: "from_iterable".into(),
        module: Some("itertools".into()),
        frame: None,
        level: crate::objects::function::CallLevel::Never,
        receiver: None,
        func: Rc::new(|vm: &mut Vm, args: &Args| {
            args.no_kwargs("chain.from_iterable")?;
            args.check_positional("from_iterable", 1, 1)?;
            let sources = vm.get_iter(&args.pos[0])?;
            Ok(new("itertools.chain", State::Chain { sources, cur: None }))
        }),
    })))
}

fn new(type_name: &'static str, state: State) -> Value {
    Value::Native(Rc::new(IterTool {
        type_name,
        state: RefCell::new(state),
    }))
}

/// `TypeError: starmap expected 2 arguments, got 1` for positional-only
/// constructors without keywords.
fn positional(args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    args.no_kwargs(name)?;
    args.check_positional(name, min, max)
}

fn non_negative(v: &Value, what: &str) -> PyResult<usize> {
    match v {
        Value::Int(n) if *n >= 0 => Ok(*n as usize),
        Value::Bool(b) => Ok(*b as usize),
        Value::Int(_) => Err(value_error(format!("{what} must be non-negative"))),
        other => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) | Value::Complex(..)
    ) || crate::dispatch::user_class(v).is_some()
}

pub fn construct(vm: &mut Vm, type_name: &str, args: &Args) -> Option<PyResult<Value>> {
    let t = *TYPES.iter().find(|t| **t == type_name)?;
    let short = &t["itertools.".len()..];
    Some((|| -> PyResult<Value> {
        let state = match short {
            "count" => {
                let a = args.parse("count", &["start", "step"], 0, 0, 2)?;
                let start = a[0].clone().unwrap_or(Value::Int(0));
                let step = a[1].clone().unwrap_or(Value::Int(1));
                if !is_number(&start) || !is_number(&step) {
                    return Err(type_error("a number is required"));
                }
                State::Count { next: start, step }
            }
            "cycle" => {
                positional(args, "cycle", 1, 1)?;
                State::Cycle {
                    it: Some(vm.get_iter(&args.pos[0])?),
                    saved: Vec::new(),
                    idx: 0,
                }
            }
            "repeat" => {
                let a = args.parse("repeat", &["object", "times"], 0, 1, 2)?;
                let times = match &a[1] {
                    None => None,
                    Some(Value::Int(n)) => Some((*n).max(0)),
                    Some(other) => {
                        return Err(type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            other.type_name()
                        )))
                    }
                };
                State::Repeat {
                    obj: a[0].clone().unwrap_or(Value::None),
                    left: times,
                }
            }
            "chain" => {
                args.no_kwargs("chain")?;
                let sources = vm.get_iter(&Value::new_tuple(args.pos.clone()))?;
                State::Chain { sources, cur: None }
            }
            "islice" => islice(vm, args)?,
            "accumulate" => {
                let a = args.parse("accumulate", &["iterable", "func", "initial"], 0, 1, 2)?;
                let func = a[1].clone().filter(|f| !f.is_none());
                State::Accumulate {
                    it: vm.get_iter(a[0].as_ref().unwrap_or(&Value::None))?,
                    func,
                    total: None,
                    initial: a[2].clone().filter(|v| !v.is_none()),
                }
            }
            "product" => {
                let repeat = match args.kwarg("repeat") {
                    None => 1,
                    Some(v) => match v {
                        Value::Int(n) if n < 0 => {
                            return Err(value_error("repeat argument cannot be negative"))
                        }
                        v => non_negative(&v, "repeat")?,
                    },
                };
                if let Some((k, _)) = args.kw.iter().find(|(k, _)| &**k != "repeat") {
                    return Err(type_error(format!(
                        "product() got an unexpected keyword argument '{k}'"
                    )));
                }
                let mut pools = Vec::new();
                for a in &args.pos {
                    pools.push(vm.collect(a)?);
                }
                let pools: Vec<Vec<Value>> = (0..repeat).flat_map(|_| pools.clone()).collect();
                State::Product {
                    indices: None,
                    done: pools.iter().any(|p| p.is_empty()),
                    pools,
                }
            }
            "permutations" => {
                let a = args.parse("permutations", &["iterable", "r"], 0, 1, 2)?;
                let pool = vm.collect(a[0].as_ref().unwrap_or(&Value::None))?;
                let r = match &a[1] {
                    None | Some(Value::None) => pool.len(),
                    Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
                        non_negative(v, "r")?
                    }
                    Some(_) => return Err(type_error("Expected int as r")),
                };
                let n = pool.len();
                State::Permutations {
                    indices: (0..n).collect(),
                    cycles: (0..r.min(n)).map(|i| n - i).collect(),
                    r,
                    first: true,
                    done: r > n,
                    pool,
                }
            }
            "combinations" | "combinations_with_replacement" => {
                let a = args.parse(short, &["iterable", "r"], 0, 2, 2)?;
                let pool = vm.collect(a[0].as_ref().unwrap_or(&Value::None))?;
                let r = non_negative(a[1].as_ref().unwrap_or(&Value::None), "r")?;
                let repl = short == "combinations_with_replacement";
                State::Combinations {
                    indices: if repl { vec![0; r] } else { (0..r).collect() },
                    first: true,
                    done: if repl {
                        pool.is_empty() && r > 0
                    } else {
                        r > pool.len()
                    },
                    repl,
                    pool,
                }
            }
            "zip_longest" => {
                let mut fill = Value::None;
                for (k, v) in &args.kw {
                    if &**k != "fillvalue" {
                        return Err(type_error(
                            "zip_longest() got an unexpected keyword argument",
                        ));
                    }
                    fill = v.clone();
                }
                let mut its = Vec::new();
                for a in &args.pos {
                    its.push(Some(vm.get_iter(a)?));
                }
                State::ZipLongest {
                    active: its.len(),
                    its,
                    fill,
                }
            }
            "takewhile" | "dropwhile" | "filterfalse" | "starmap" => {
                positional(args, short, 2, 2)?;
                let func = args.pos[0].clone();
                let it = vm.get_iter(&args.pos[1])?;
                match short {
                    "takewhile" => State::TakeWhile {
                        pred: func,
                        it,
                        done: false,
                    },
                    "dropwhile" => State::DropWhile {
                        pred: func,
                        it,
                        dropping: true,
                    },
                    "filterfalse" => State::FilterFalse { pred: func, it },
                    _ => State::StarMap { func, it },
                }
            }
            "compress" => {
                let a = args.parse("compress", &["data", "selectors"], 0, 2, 2)?;
                State::Compress {
                    data: vm.get_iter(a[0].as_ref().unwrap_or(&Value::None))?,
                    selectors: vm.get_iter(a[1].as_ref().unwrap_or(&Value::None))?,
                }
            }
            "pairwise" => {
                positional(args, "pairwise", 1, 1)?;
                State::Pairwise {
                    it: vm.get_iter(&args.pos[0])?,
                    last: None,
                }
            }
            "groupby" => {
                let a = args.parse("groupby", &["iterable", "key"], 0, 1, 2)?;
                State::GroupBy(Rc::new(RefCell::new(GroupBy {
                    it: vm.get_iter(a[0].as_ref().unwrap_or(&Value::None))?,
                    key: a[1].clone().filter(|k| !k.is_none()),
                    tgtkey: None,
                    currkey: None,
                    currvalue: None,
                    generation: 0,
                })))
            }
            _ => return Err(type_error(format!("cannot create '{t}' instances"))),
        };
        Ok(new(t, state))
    })())
}

/// `islice(iterable, stop)` / `islice(iterable, start, stop[, step])`.
fn islice(vm: &mut Vm, args: &Args) -> PyResult<State> {
    positional(args, "islice", 2, 4)?;
    let index = |v: &Value, msg: &str| -> PyResult<Option<usize>> {
        match v {
            Value::None => Ok(None),
            Value::Int(n) if *n >= 0 => Ok(Some(*n as usize)),
            Value::Bool(b) => Ok(Some(*b as usize)),
            _ => Err(value_error(msg.to_string())),
        }
    };
    const STOP: &str =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const INDICES: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (start, stop, step) = match &args.pos[1..] {
        [stop] => (0, index(stop, STOP)?, 1),
        [start, stop, rest @ ..] => {
            let stop = index(stop, INDICES)?;
            let start = index(start, INDICES)?.unwrap_or(0);
            let step = match rest.first() {
                None | Some(Value::None) => 1,
                Some(Value::Int(n)) if *n > 0 => *n as usize,
                Some(_) => {
                    return Err(value_error(
                        "Step for islice() must be a positive integer or None.",
                    ))
                }
            };
            (start, stop, step)
        }
        [] => unreachable_islice()?,
    };
    Ok(State::ISlice {
        it: Some(vm.get_iter(&args.pos[0])?),
        next: start,
        stop,
        step,
        pos: 0,
    })
}

fn unreachable_islice() -> PyResult<(usize, Option<usize>, usize)> {
    Err(type_error("islice expected at least 2 arguments, got 1"))
}

/// `tee(iterable, n=2)`: `n` iterators over one shared buffer.
fn tee(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    positional(args, "tee", 1, 2)?;
    let n = match args.pos.get(1) {
        None => 2,
        Some(Value::Int(n)) if *n < 0 => return Err(value_error("n must be >= 0")),
        Some(v) => non_negative(v, "n")?,
    };
    let shared = Rc::new(RefCell::new(TeeBuffer {
        it: vm.get_iter(&args.pos[0])?,
        items: Vec::new(),
        done: false,
    }));
    Ok(Value::new_tuple(
        (0..n)
            .map(|_| {
                new(
                    "itertools._tee",
                    State::Tee {
                        shared: shared.clone(),
                        pos: 0,
                    },
                )
            })
            .collect(),
    ))
}

#[derive(Debug)]
struct TeeBuffer {
    it: Value,
    items: Vec<Value>,
    done: bool,
}

#[derive(Debug)]
struct GroupBy {
    it: Value,
    key: Option<Value>,
    tgtkey: Option<Value>,
    currkey: Option<Value>,
    currvalue: Option<Value>,
    /// Bumped when the groupby advances to a new group; a grouper whose
    /// generation is older is exhausted.
    generation: u64,
}

#[derive(Debug)]
enum State {
    Count {
        next: Value,
        step: Value,
    },
    Cycle {
        /// The source, until it is exhausted.
        it: Option<Value>,
        saved: Vec<Value>,
        idx: usize,
    },
    Repeat {
        obj: Value,
        left: Option<i64>,
    },
    Chain {
        sources: Value,
        cur: Option<Value>,
    },
    ISlice {
        it: Option<Value>,
        /// Index of the next item to give.
        next: usize,
        stop: Option<usize>,
        step: usize,
        /// Items consumed from the source so far.
        pos: usize,
    },
    Accumulate {
        it: Value,
        func: Option<Value>,
        total: Option<Value>,
        initial: Option<Value>,
    },
    Product {
        pools: Vec<Vec<Value>>,
        indices: Option<Vec<usize>>,
        done: bool,
    },
    Permutations {
        pool: Vec<Value>,
        r: usize,
        indices: Vec<usize>,
        cycles: Vec<usize>,
        first: bool,
        done: bool,
    },
    Combinations {
        pool: Vec<Value>,
        indices: Vec<usize>,
        repl: bool,
        first: bool,
        done: bool,
    },
    ZipLongest {
        its: Vec<Option<Value>>,
        fill: Value,
        active: usize,
    },
    TakeWhile {
        pred: Value,
        it: Value,
        done: bool,
    },
    DropWhile {
        pred: Value,
        it: Value,
        dropping: bool,
    },
    FilterFalse {
        pred: Value,
        it: Value,
    },
    StarMap {
        func: Value,
        it: Value,
    },
    Compress {
        data: Value,
        selectors: Value,
    },
    Pairwise {
        it: Value,
        last: Option<Value>,
    },
    GroupBy(Rc<RefCell<GroupBy>>),
    Grouper {
        parent: Rc<RefCell<GroupBy>>,
        tgtkey: Value,
        generation: u64,
    },
    Tee {
        shared: Rc<RefCell<TeeBuffer>>,
        pos: usize,
    },
}

#[derive(Debug)]
struct IterTool {
    type_name: &'static str,
    state: RefCell<State>,
}

/// What one step needs from the state, taken out so that no borrow is
/// held while Python code runs.
enum Need {
    Done,
    Give(Value),
    Pull(Value),
}

impl IterTool {
    fn state(&self) -> PyResult<std::cell::RefMut<'_, State>> {
        self.state
            .try_borrow_mut()
            .map_err(|_| value_error("generator already executing"))
    }

    fn step(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        // Kinds that run no Python code are handled in place.
        {
            let mut st = self.state()?;
            match &mut *st {
                State::Repeat { obj, left } => {
                    return Ok(match left {
                        Some(0) => None,
                        Some(n) => {
                            *n -= 1;
                            Some(obj.clone())
                        }
                        None => Some(obj.clone()),
                    })
                }
                State::Product {
                    pools,
                    indices,
                    done,
                } => return Ok(product_next(pools, indices, done)),
                State::Permutations {
                    pool,
                    r,
                    indices,
                    cycles,
                    first,
                    done,
                } => return Ok(permutations_next(pool, *r, indices, cycles, first, done)),
                State::Combinations {
                    pool,
                    indices,
                    repl,
                    first,
                    done,
                } => return Ok(combinations_next(pool, indices, *repl, first, done)),
                _ => {}
            }
        }
        self.step_pulling(vm)
    }

    fn step_pulling(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let kind = self.type_name;
        match kind {
            "itertools.count" => {
                let (cur, step) = match &*self.state()? {
                    State::Count { next, step } => (next.clone(), step.clone()),
                    _ => return Ok(None),
                };
                let nxt = vm.binary(BinOp::Add, &cur, &step)?;
                if let State::Count { next, .. } = &mut *self.state()? {
                    *next = nxt;
                }
                Ok(Some(cur))
            }
            "itertools.cycle" => loop {
                let need = match &mut *self.state()? {
                    State::Cycle { it: Some(it), .. } => Need::Pull(it.clone()),
                    State::Cycle { saved, idx, .. } => {
                        if saved.is_empty() {
                            Need::Done
                        } else {
                            let v = saved[*idx % saved.len()].clone();
                            *idx = (*idx + 1) % saved.len();
                            Need::Give(v)
                        }
                    }
                    _ => Need::Done,
                };
                match need {
                    Need::Done => return Ok(None),
                    Need::Give(v) => return Ok(Some(v)),
                    Need::Pull(it) => {
                        let got = vm.next(&it)?;
                        if let State::Cycle { it, saved, .. } = &mut *self.state()? {
                            match got {
                                Some(v) => {
                                    saved.push(v.clone());
                                    return Ok(Some(v));
                                }
                                None => *it = None,
                            }
                        }
                    }
                }
            },
            "itertools.chain" => loop {
                let (sources, cur) = match &*self.state()? {
                    State::Chain { sources, cur } => (sources.clone(), cur.clone()),
                    _ => return Ok(None),
                };
                match cur {
                    Some(c) => {
                        if let Some(v) = vm.next(&c)? {
                            return Ok(Some(v));
                        }
                        if let State::Chain { cur, .. } = &mut *self.state()? {
                            *cur = None;
                        }
                    }
                    None => {
                        let Some(src) = vm.next(&sources)? else {
                            return Ok(None);
                        };
                        // A source that is not iterable ends the chain
                        // (CPython drops its sources).
                        let it = match vm.get_iter(&src) {
                            Ok(it) => it,
                            Err(e) => {
                                *self.state()? = State::Repeat {
                                    obj: Value::None,
                                    left: Some(0),
                                };
                                return Err(e);
                            }
                        };
                        if let State::Chain { cur, .. } = &mut *self.state()? {
                            *cur = Some(it);
                        }
                    }
                }
            },
            "itertools.islice" => loop {
                let (it, want) = match &*self.state()? {
                    State::ISlice {
                        it: Some(it),
                        next,
                        stop,
                        pos,
                        ..
                    } => {
                        if stop.is_some_and(|s| *next >= s) {
                            (None, false)
                        } else {
                            (Some(it.clone()), pos == next)
                        }
                    }
                    _ => (None, false),
                };
                let Some(it) = it else {
                    // The source is dropped once the slice is done.
                    if let State::ISlice { it, .. } = &mut *self.state()? {
                        *it = None;
                    }
                    return Ok(None);
                };
                let got = vm.next(&it)?;
                let mut st = self.state()?;
                let State::ISlice {
                    it: src,
                    next,
                    step,
                    pos,
                    ..
                } = &mut *st
                else {
                    return Ok(None);
                };
                let Some(v) = got else {
                    *src = None;
                    return Ok(None);
                };
                *pos += 1;
                if want {
                    *next += *step;
                    return Ok(Some(v));
                }
            },
            "itertools.accumulate" => {
                let (it, func, total, initial) = match &mut *self.state()? {
                    State::Accumulate {
                        it,
                        func,
                        total,
                        initial,
                    } => (it.clone(), func.clone(), total.clone(), initial.take()),
                    _ => return Ok(None),
                };
                if let Some(init) = initial {
                    self.set_total(init.clone())?;
                    return Ok(Some(init));
                }
                let Some(v) = vm.next(&it)? else {
                    return Ok(None);
                };
                let new_total = match (total, func) {
                    (None, _) => v,
                    (Some(t), None) => vm.binary(BinOp::Add, &t, &v)?,
                    (Some(t), Some(f)) => vm.call(&f, Args::new(vec![t, v]))?,
                };
                self.set_total(new_total.clone())?;
                Ok(Some(new_total))
            }
            "itertools.zip_longest" => {
                let (its, fill, active) = match &*self.state()? {
                    State::ZipLongest { its, fill, active } => (its.clone(), fill.clone(), *active),
                    _ => return Ok(None),
                };
                if its.is_empty() || active == 0 {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(its.len());
                let mut left = active;
                for (i, it) in its.iter().enumerate() {
                    let v = match it {
                        None => fill.clone(),
                        Some(it) => match vm.next(it)? {
                            Some(v) => v,
                            None => {
                                left -= 1;
                                if let State::ZipLongest { its, active, .. } = &mut *self.state()? {
                                    its[i] = None;
                                    *active = left;
                                }
                                if left == 0 {
                                    return Ok(None);
                                }
                                fill.clone()
                            }
                        },
                    };
                    out.push(v);
                }
                Ok(Some(Value::new_tuple(out)))
            }
            "itertools.takewhile" => {
                let (pred, it) = match &*self.state()? {
                    State::TakeWhile {
                        pred,
                        it,
                        done: false,
                    } => (pred.clone(), it.clone()),
                    _ => return Ok(None),
                };
                let Some(v) = vm.next(&it)? else {
                    return Ok(None);
                };
                let r = vm.call(&pred, Args::new(vec![v.clone()]))?;
                if vm.truthy(&r)? {
                    return Ok(Some(v));
                }
                if let State::TakeWhile { done, .. } = &mut *self.state()? {
                    *done = true;
                }
                Ok(None)
            }
            "itertools.dropwhile" => {
                let (pred, it, dropping) = match &*self.state()? {
                    State::DropWhile { pred, it, dropping } => {
                        (pred.clone(), it.clone(), *dropping)
                    }
                    _ => return Ok(None),
                };
                loop {
                    let Some(v) = vm.next(&it)? else {
                        return Ok(None);
                    };
                    if !dropping {
                        return Ok(Some(v));
                    }
                    let r = vm.call(&pred, Args::new(vec![v.clone()]))?;
                    if !vm.truthy(&r)? {
                        if let State::DropWhile { dropping, .. } = &mut *self.state()? {
                            *dropping = false;
                        }
                        return Ok(Some(v));
                    }
                }
            }
            "itertools.filterfalse" => {
                let (pred, it) = match &*self.state()? {
                    State::FilterFalse { pred, it } => (pred.clone(), it.clone()),
                    _ => return Ok(None),
                };
                loop {
                    let Some(v) = vm.next(&it)? else {
                        return Ok(None);
                    };
                    let keep = if pred.is_none() {
                        !vm.truthy(&v)?
                    } else {
                        let r = vm.call(&pred, Args::new(vec![v.clone()]))?;
                        !vm.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            "itertools.starmap" => {
                let (func, it) = match &*self.state()? {
                    State::StarMap { func, it } => (func.clone(), it.clone()),
                    _ => return Ok(None),
                };
                let Some(v) = vm.next(&it)? else {
                    return Ok(None);
                };
                let items = vm.collect(&v)?;
                vm.call(&func, Args::new(items)).map(Some)
            }
            "itertools.compress" => {
                let (data, selectors) = match &*self.state()? {
                    State::Compress { data, selectors } => (data.clone(), selectors.clone()),
                    _ => return Ok(None),
                };
                loop {
                    let Some(d) = vm.next(&data)? else {
                        return Ok(None);
                    };
                    let Some(s) = vm.next(&selectors)? else {
                        return Ok(None);
                    };
                    if vm.truthy(&s)? {
                        return Ok(Some(d));
                    }
                }
            }
            "itertools.pairwise" => {
                let (it, last) = match &*self.state()? {
                    State::Pairwise { it, last } => (it.clone(), last.clone()),
                    _ => return Ok(None),
                };
                let first = match last {
                    Some(v) => v,
                    None => match vm.next(&it)? {
                        Some(v) => v,
                        None => return Ok(None),
                    },
                };
                let Some(second) = vm.next(&it)? else {
                    return Ok(None);
                };
                if let State::Pairwise { last, .. } = &mut *self.state()? {
                    *last = Some(second.clone());
                }
                Ok(Some(Value::new_tuple(vec![first, second])))
            }
            "itertools.groupby" => {
                let parent = match &*self.state()? {
                    State::GroupBy(g) => g.clone(),
                    _ => return Ok(None),
                };
                groupby_next(vm, &parent)
            }
            "itertools._grouper" => {
                let (parent, tgtkey, generation) = match &*self.state()? {
                    State::Grouper {
                        parent,
                        tgtkey,
                        generation,
                    } => (parent.clone(), tgtkey.clone(), *generation),
                    _ => return Ok(None),
                };
                grouper_next(vm, &parent, &tgtkey, generation)
            }
            "itertools._tee" => {
                let (shared, pos) = match &*self.state()? {
                    State::Tee { shared, pos } => (shared.clone(), *pos),
                    _ => return Ok(None),
                };
                let buffered = shared.borrow().items.get(pos).cloned();
                let v = match buffered {
                    Some(v) => v,
                    None => {
                        let (it, done) = {
                            let s = shared.borrow();
                            (s.it.clone(), s.done)
                        };
                        if done {
                            return Ok(None);
                        }
                        match vm.next(&it)? {
                            Some(v) => {
                                shared.borrow_mut().items.push(v.clone());
                                v
                            }
                            None => {
                                shared.borrow_mut().done = true;
                                return Ok(None);
                            }
                        }
                    }
                };
                if let State::Tee { pos, .. } = &mut *self.state()? {
                    *pos += 1;
                }
                Ok(Some(v))
            }
            _ => Ok(None),
        }
    }

    fn set_total(&self, v: Value) -> PyResult<()> {
        if let State::Accumulate { total, .. } = &mut *self.state()? {
            *total = Some(v);
        }
        Ok(())
    }

    fn repr(&self, vm: &mut Vm, addr: usize) -> PyResult<String> {
        let st = match &*self.state()? {
            State::Count { next, step } => Some((next.clone(), Some(step.clone()))),
            State::Repeat { obj, left } => Some((obj.clone(), left.map(Value::Int))),
            _ => None,
        };
        let short = &self.type_name["itertools.".len()..];
        match st {
            Some((first, second)) => {
                let mut s = format!("{short}({}", vm.repr_of(&first)?);
                match second {
                    Some(Value::Int(1)) if short == "count" => {}
                    Some(v) => s.push_str(&format!(", {}", vm.repr_of(&v)?)),
                    None => {}
                }
                s.push(')');
                Ok(s)
            }
            None => Ok(format!("<{} object at {addr:#x}>", self.type_name)),
        }
    }
}

fn product_next(
    pools: &[Vec<Value>],
    indices: &mut Option<Vec<usize>>,
    done: &mut bool,
) -> Option<Value> {
    if *done {
        return None;
    }
    match indices {
        None => *indices = Some(vec![0; pools.len()]),
        Some(idx) => {
            // Advance the odometer from the rightmost pool.
            let mut i = pools.len();
            loop {
                if i == 0 {
                    *done = true;
                    return None;
                }
                i -= 1;
                idx[i] += 1;
                if idx[i] < pools[i].len() {
                    break;
                }
                idx[i] = 0;
            }
        }
    }
    let idx = indices.as_ref()?;
    Some(Value::new_tuple(
        idx.iter().zip(pools).map(|(&i, p)| p[i].clone()).collect(),
    ))
}

fn permutations_next(
    pool: &[Value],
    r: usize,
    indices: &mut [usize],
    cycles: &mut [usize],
    first: &mut bool,
    done: &mut bool,
) -> Option<Value> {
    if *done {
        return None;
    }
    let n = pool.len();
    let take = |indices: &[usize]| {
        Some(Value::new_tuple(
            indices[..r].iter().map(|&i| pool[i].clone()).collect(),
        ))
    };
    if *first {
        *first = false;
        return take(indices);
    }
    if n == 0 {
        *done = true;
        return None;
    }
    for i in (0..r).rev() {
        cycles[i] -= 1;
        if cycles[i] == 0 {
            indices[i..].rotate_left(1);
            cycles[i] = n - i;
        } else {
            let j = cycles[i];
            indices.swap(i, n - j);
            return take(indices);
        }
    }
    *done = true;
    None
}

fn combinations_next(
    pool: &[Value],
    indices: &mut [usize],
    repl: bool,
    first: &mut bool,
    done: &mut bool,
) -> Option<Value> {
    if *done {
        return None;
    }
    let take = |indices: &[usize]| {
        Some(Value::new_tuple(
            indices.iter().map(|&i| pool[i].clone()).collect(),
        ))
    };
    if *first {
        *first = false;
        return take(indices);
    }
    let (n, r) = (pool.len(), indices.len());
    // The rightmost index that can still move up.
    let movable = (0..r).rev().find(|&i| {
        if repl {
            indices[i] != n - 1
        } else {
            indices[i] != i + n - r
        }
    });
    let Some(i) = movable else {
        *done = true;
        return None;
    };
    if repl {
        let v = indices[i] + 1;
        for slot in &mut indices[i..] {
            *slot = v;
        }
    } else {
        indices[i] += 1;
        for j in i + 1..r {
            indices[j] = indices[j - 1] + 1;
        }
    }
    take(indices)
}

/// Takes the next item of the groupby's source and its key.
fn groupby_step(vm: &mut Vm, g: &Rc<RefCell<GroupBy>>) -> PyResult<bool> {
    let (it, key) = {
        let g = g.borrow();
        (g.it.clone(), g.key.clone())
    };
    let Some(v) = vm.next(&it)? else {
        return Ok(false);
    };
    let k = match key {
        Some(f) => vm.call(&f, Args::new(vec![v.clone()]))?,
        None => v.clone(),
    };
    let mut g = g.borrow_mut();
    g.currvalue = Some(v);
    g.currkey = Some(k);
    Ok(true)
}

fn groupby_next(vm: &mut Vm, g: &Rc<RefCell<GroupBy>>) -> PyResult<Option<Value>> {
    g.borrow_mut().generation += 1;
    // Skip the rest of the current group.
    loop {
        let (cur, tgt) = {
            let gb = g.borrow();
            (gb.currkey.clone(), gb.tgtkey.clone())
        };
        match (cur, tgt) {
            (Some(_), None) => break,
            (Some(c), Some(t)) => {
                if !vm.compare(CmpOp::Eq, &t, &c)? {
                    break;
                }
            }
            (None, _) => {}
        }
        if !groupby_step(vm, g)? {
            return Ok(None);
        }
    }
    let (key, generation) = {
        let mut gb = g.borrow_mut();
        gb.tgtkey = gb.currkey.clone();
        (gb.currkey.clone().unwrap_or(Value::None), gb.generation)
    };
    let grouper = new(
        "itertools._grouper",
        State::Grouper {
            parent: g.clone(),
            tgtkey: key.clone(),
            generation,
        },
    );
    Ok(Some(Value::new_tuple(vec![key, grouper])))
}

fn grouper_next(
    vm: &mut Vm,
    g: &Rc<RefCell<GroupBy>>,
    tgtkey: &Value,
    generation: u64,
) -> PyResult<Option<Value>> {
    if g.borrow().generation != generation {
        return Ok(None);
    }
    if g.borrow().currvalue.is_none() && !groupby_step(vm, g)? {
        return Ok(None);
    }
    let cur = g.borrow().currkey.clone().unwrap_or(Value::None);
    if !vm.compare(CmpOp::Eq, tgtkey, &cur)? {
        return Ok(None);
    }
    Ok(g.borrow_mut().currvalue.take())
}

impl IterTool {
    /// `__reduce__` of the kinds that pickle: the type, the arguments
    /// that make an equal iterator, and the state `__setstate__` takes.
    fn reduce(&self, vm: &mut Vm, cls: Value) -> PyResult<Value> {
        let tuple = Value::new_tuple;
        let state = self.state()?;
        Ok(match &*state {
            State::TakeWhile { pred, it, done } => tuple(vec![
                cls,
                tuple(vec![pred.clone(), it.clone()]),
                Value::Int(i64::from(*done)),
            ]),
            State::DropWhile { pred, it, dropping } => tuple(vec![
                cls,
                tuple(vec![pred.clone(), it.clone()]),
                Value::Int(i64::from(!*dropping)),
            ]),
            State::FilterFalse { pred, it } => {
                tuple(vec![cls, tuple(vec![pred.clone(), it.clone()])])
            }
            State::ISlice {
                it: Some(it),
                next,
                stop,
                step,
                pos,
            } => tuple(vec![
                cls,
                tuple(vec![
                    it.clone(),
                    // CPython keeps the next index at most the stop.
                    Value::from_usize(stop.map_or(*next, |s| (*next).min(s))),
                    stop.map_or(Value::None, Value::from_usize),
                    Value::from_usize(*step),
                ]),
                Value::from_usize(*pos),
            ]),
            State::ISlice { it: None, .. } => {
                drop(state);
                let empty = vm.get_iter(&Value::new_list(Vec::new()))?;
                tuple(vec![cls, tuple(vec![empty, Value::Int(0)]), Value::Int(0)])
            }
            _ => {
                return Err(type_error(format!(
                    "cannot pickle '{}' object",
                    self.type_name
                )))
            }
        })
    }

    /// `__setstate__(state)` of the kinds `reduce` handles.
    fn setstate(&self, args: &Args) -> PyResult<Value> {
        args.check_posonly("__setstate__", "__setstate__", 1, 1)?;
        let flag = match &args.pos[0] {
            Value::Int(i) => *i,
            Value::Bool(b) => i64::from(*b),
            other => return Err(crate::exceptions::not_an_index(other.type_name())),
        };
        match &mut *self.state()? {
            State::TakeWhile { done, .. } => *done = flag != 0,
            State::DropWhile { dropping, .. } => *dropping = flag == 0,
            State::ISlice { pos, .. } => *pos = usize::try_from(flag).unwrap_or(0),
            _ => {}
        }
        Ok(Value::None)
    }
}

impl NativeObject for IterTool {
    fn type_name(&self) -> &'static str {
        self.type_name
    }

    fn method_names(&self) -> &'static [&'static str] {
        if matches!(
            self.type_name,
            "itertools.takewhile"
                | "itertools.dropwhile"
                | "itertools.filterfalse"
                | "itertools.islice"
        ) {
            &[
                "__next__",
                "__iter__",
                "__repr__",
                "__reduce__",
                "__setstate__",
            ]
        } else if self.type_name == "itertools._tee" {
            &["__next__", "__iter__", "__repr__", "__copy__"]
        } else {
            &["__next__", "__iter__", "__repr__"]
        }
    }

    fn call_method(
        &self,
        vm: &mut Vm,
        this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        Some(match name {
            "__next__" => super::check_slot_no_args(args, name).and_then(|_| {
                self.step(vm)?.ok_or_else(|| {
                    crate::exceptions::err_from(crate::exceptions::PyException::new(
                        crate::exceptions::ExcType::StopIteration,
                        vec![],
                    ))
                })
            }),
            "__iter__" => {
                super::check_slot_no_args(args, name).map(|_| Value::Native(this.clone()))
            }
            "__repr__" => {
                let addr = Value::Native(this.clone()).ptr().unwrap_or(0);
                self.repr(vm, addr).map(|s| Value::str(&s))
            }
            "__reduce__" => super::check_slot_no_args(args, name).and_then(|_| {
                let cls = vm.type_of(&Value::Native(this.clone()));
                self.reduce(vm, cls)
            }),
            "__setstate__" => self.setstate(args),
            // A copy of a tee iterator shares its buffer and starts where
            // the original stands.
            "__copy__" if self.type_name == "itertools._tee" => {
                let given = args.pos.len() + args.kw.len();
                if given > 0 {
                    return Some(Err(type_error(format!(
                        "_tee.__copy__() takes no arguments ({given} given)"
                    ))));
                }
                (|| match &*self.state()? {
                    State::Tee { shared, pos } => Ok(new(
                        "itertools._tee",
                        State::Tee {
                            shared: shared.clone(),
                            pos: *pos,
                        },
                    )),
                    _ => Ok(Value::None),
                })()
            }
            _ => return None,
        })
    }

    fn iter(&self, this: &Rc<dyn NativeObject>) -> Option<PyResult<Value>> {
        Some(Ok(Value::Native(this.clone())))
    }

    fn next(&self, vm: &mut Vm, _this: &Rc<dyn NativeObject>) -> Option<PyResult<Option<Value>>> {
        Some(self.step(vm))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
