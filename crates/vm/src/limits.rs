//! Resource limits a host puts on an interpreter: an operation budget, a
//! wall-clock deadline, an output cap, and a memory cap.
//!
//! # Operations and time
//!
//! The evaluator *polls* once per loop iteration (`for`, `while`,
//! comprehensions, and the loops of built-ins that consume iterables) and
//! once per Python function call; one poll is one *operation*. A poll
//! costs a decrement and a compare ([`Meter::tick`]); every
//! [`CHUNK`] polls (or sooner, when fewer operations are left) the slow
//! path settles the budget and reads the clock. A spent budget, a passed
//! deadline or an exceeded output cap raises `pyview.LimitExceeded`, an
//! exception that no `except` clause matches and that skips `finally`
//! blocks and `__exit__` methods, so Python code cannot outlive the
//! limit. The state is sticky: once tripped, every later poll raises
//! again until the host starts a new run ([`Meter::start`]).
//!
//! # Memory
//!
//! Every request for a large block (building or growing bytes, bytearray,
//! array, list, tuple, str or int) goes through [`Vm::check_alloc`] first,
//! which refuses it with `MemoryError` when it alone exceeds the cap or
//! when it would push the live total over it, before anything is
//! allocated. The live total is kept by [`MemoryAccount`]: objects of at
//! least [`TRACK_MIN`] bytes are remembered through weak references, and
//! their current sizes are summed again (dead ones dropped) whenever the
//! running estimate says the cap might be crossed. Smaller objects, dicts,
//! sets and the interpreter's own structures are not counted, so the cap
//! bounds large data rather than the whole heap.
//!
//! [`Vm::check_alloc`]: crate::interp::Vm::check_alloc

use crate::exceptions::{self, ExcType, PyErr, PyException};
use crate::objects::array::PyArray;
use crate::objects::bytearray::PyByteArray;
use crate::objects::bytes::PyBytes;
use crate::value::Value;
use num_bigint::BigInt;
use std::collections::HashMap;
use std::rc::{Rc, Weak};
use std::time::{Duration, Instant};

/// Polls between two settlements of the budget and clock.
pub const CHUNK: u32 = 1024;

/// Objects smaller than this are not tracked for the memory total.
pub const TRACK_MIN: usize = 4096;

/// What a new small object costs beyond its data, for requests that make
/// many at once: its slot in a list and an allocation header.
pub const ITEM_COST: usize = std::mem::size_of::<Value>() + 32;

/// Which limit stopped the code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitKind {
    Operations,
    Deadline,
    Output,
}

/// Resource limits checked while running.
#[derive(Debug, Clone, Default)]
pub struct Limits {
    /// Memory cap in bytes: the largest single request, and the live total
    /// of tracked objects.
    pub max_alloc: Option<usize>,
    /// Operations (polls) allowed per run.
    pub max_ops: Option<u64>,
    /// Wall-clock time allowed per run.
    pub timeout: Option<Duration>,
    /// Bytes `print`, `sys.stdout` and `sys.stderr` may write per run.
    pub max_output: Option<usize>,
    /// The highest recursion limit `sys.setrecursionlimit` may set.
    pub max_recursion: Option<u32>,
}

/// The per-run counters behind the operation budget, the deadline and the
/// output cap.
#[derive(Debug)]
pub struct Meter {
    /// Polls left before the slow path runs (0: the next poll runs it).
    countdown: u32,
    /// Size of the current chunk (polls granted at the last settlement).
    chunk: u32,
    /// Operations settled before the current chunk.
    settled: u64,
    max_ops: Option<u64>,
    deadline: Option<Instant>,
    timeout: Option<Duration>,
    output: usize,
    max_output: Option<usize>,
    tripped: Option<LimitKind>,
}

impl Default for Meter {
    fn default() -> Meter {
        Meter {
            countdown: CHUNK,
            chunk: CHUNK,
            settled: 0,
            max_ops: None,
            deadline: None,
            timeout: None,
            output: 0,
            max_output: None,
            tripped: None,
        }
    }
}

impl Meter {
    /// Starts a run under `limits`: a fresh budget, deadline and output
    /// allowance.
    pub fn start(&mut self, limits: &Limits) {
        *self = Meter {
            max_ops: limits.max_ops,
            timeout: limits.timeout,
            deadline: limits.timeout.and_then(|t| Instant::now().checked_add(t)),
            max_output: limits.max_output,
            ..Meter::default()
        };
        self.refill();
    }

    /// Operations performed since [`Meter::start`].
    pub fn operations(&self) -> u64 {
        self.settled + u64::from(self.chunk - self.countdown)
    }

    /// Bytes written since [`Meter::start`].
    pub fn output(&self) -> usize {
        self.output
    }

    /// The limit that stopped the run, if one did.
    pub fn tripped(&self) -> Option<LimitKind> {
        self.tripped
    }

    /// One operation: the hot path is a compare and a decrement.
    #[inline]
    pub fn tick(&mut self) -> Result<(), Box<PyErr>> {
        if self.countdown == 0 {
            return self.settle();
        }
        self.countdown -= 1;
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn settle(&mut self) -> Result<(), Box<PyErr>> {
        if let Some(kind) = self.tripped {
            return Err(self.limit_error(kind));
        }
        self.settled += u64::from(self.chunk);
        self.chunk = 0;
        if self.max_ops.is_some_and(|max| self.settled >= max) {
            return Err(self.trip(LimitKind::Operations));
        }
        if self.deadline.is_some_and(|d| Instant::now() >= d) {
            return Err(self.trip(LimitKind::Deadline));
        }
        self.refill();
        // This poll is the first operation of the new chunk.
        self.countdown -= 1;
        Ok(())
    }

    fn refill(&mut self) {
        let left = self
            .max_ops
            .map_or(u64::from(CHUNK), |max| max.saturating_sub(self.settled));
        self.chunk = left.clamp(1, u64::from(CHUNK)) as u32;
        self.countdown = self.chunk;
    }

    /// Whether the deadline has passed (checked by blocking calls such as
    /// `time.sleep`, which also wait no longer than [`Meter::remaining`]).
    pub fn check_deadline(&mut self) -> Result<(), Box<PyErr>> {
        if let Some(kind) = self.tripped {
            return Err(self.limit_error(kind));
        }
        if self.deadline.is_some_and(|d| Instant::now() >= d) {
            return Err(self.trip(LimitKind::Deadline));
        }
        Ok(())
    }

    /// Time left before the deadline.
    pub fn remaining(&self) -> Option<Duration> {
        self.deadline
            .map(|d| d.saturating_duration_since(Instant::now()))
    }

    /// Accounts `n` bytes of output; `Ok(allowed)` is how many of them may
    /// still be written, and the cap trips once they are not all allowed.
    pub fn output_allowance(&mut self, n: usize) -> (usize, Result<(), Box<PyErr>>) {
        if let Some(kind) = self.tripped {
            return (0, Err(self.limit_error(kind)));
        }
        let Some(max) = self.max_output else {
            self.output = self.output.saturating_add(n);
            return (n, Ok(()));
        };
        let room = max.saturating_sub(self.output);
        if n <= room {
            self.output += n;
            return (n, Ok(()));
        }
        self.output = max;
        (room, Err(self.trip(LimitKind::Output)))
    }

    fn trip(&mut self, kind: LimitKind) -> Box<PyErr> {
        self.tripped = Some(kind);
        self.countdown = 0;
        self.limit_error(kind)
    }

    /// The uncatchable error that reports `kind`.
    pub fn limit_error(&self, kind: LimitKind) -> Box<PyErr> {
        let msg = match kind {
            LimitKind::Operations => format!(
                "operation budget exhausted ({} operations)",
                self.max_ops.unwrap_or_default()
            ),
            LimitKind::Deadline => format!(
                "time limit exceeded ({:?})",
                self.timeout.unwrap_or_default()
            ),
            LimitKind::Output => format!(
                "output limit exceeded ({} bytes)",
                self.max_output.unwrap_or_default()
            ),
        };
        exceptions::err_from(PyException::new(
            ExcType::LimitExceeded,
            vec![Value::Str(msg.into())],
        ))
    }
}

/// A tracked object, held weakly.
#[derive(Debug)]
enum Tracked {
    Bytes(Weak<PyBytes>),
    ByteArray(Weak<PyByteArray>),
    Array(Weak<PyArray>),
    List(Weak<crate::nested::PyList>),
    Tuple(Weak<[Value]>),
    Str(Weak<str>),
    Int(Weak<BigInt>),
}

impl Tracked {
    /// The object's current size, `None` once it is gone.
    fn size(&self) -> Option<usize> {
        let value_size = std::mem::size_of::<Value>();
        Some(match self {
            Tracked::Bytes(w) => w.upgrade()?.data.len(),
            Tracked::ByteArray(w) => w.upgrade()?.data.borrow().capacity(),
            Tracked::Array(w) => w.upgrade()?.data.borrow().capacity(),
            Tracked::List(w) => w.upgrade()?.borrow().capacity() * value_size,
            Tracked::Tuple(w) => w.upgrade()?.len() * value_size,
            Tracked::Str(w) => w.upgrade()?.len(),
            Tracked::Int(w) => (w.upgrade()?.bits() / 8) as usize,
        })
    }
}

/// The memory cap's bookkeeping: large objects by address, and a running
/// estimate of their total size that errs high (it adds every request and
/// is corrected by a sweep).
#[derive(Debug, Default)]
pub struct MemoryAccount {
    tracked: HashMap<usize, Tracked>,
    estimate: usize,
}

impl MemoryAccount {
    /// Whether `request` more bytes fit under `cap`; sweeps the tracked
    /// objects when the estimate says they might not.
    pub fn admit(&mut self, request: usize, cap: usize) -> bool {
        if request > cap {
            return false;
        }
        if self.estimate.saturating_add(request) > cap {
            self.sweep();
            if self.estimate.saturating_add(request) > cap {
                return false;
            }
        }
        self.estimate += request;
        true
    }

    /// Recomputes the estimate from the live tracked objects.
    pub fn sweep(&mut self) {
        let mut total = 0usize;
        self.tracked.retain(|_, t| match t.size() {
            Some(n) => {
                total = total.saturating_add(n);
                true
            }
            None => false,
        });
        self.estimate = total;
    }

    /// The live total of tracked objects.
    pub fn live(&mut self) -> usize {
        self.sweep();
        self.estimate
    }

    /// Remembers `v` if it is a large object of a tracked type.
    pub fn track(&mut self, v: &Value) {
        let entry = match v {
            Value::Bytes(b) if b.data.len() >= TRACK_MIN => Tracked::Bytes(Rc::downgrade(b)),
            Value::ByteArray(b) if b.data.borrow().capacity() >= TRACK_MIN => {
                Tracked::ByteArray(Rc::downgrade(b))
            }
            Value::Array(a) if a.data.borrow().capacity() >= TRACK_MIN => {
                Tracked::Array(Rc::downgrade(a))
            }
            Value::List(l) if l.borrow().capacity() * std::mem::size_of::<Value>() >= TRACK_MIN => {
                Tracked::List(Rc::downgrade(l))
            }
            Value::Tuple(t) if t.len() * std::mem::size_of::<Value>() >= TRACK_MIN => {
                Tracked::Tuple(Rc::downgrade(t))
            }
            Value::Str(s) if s.len() >= TRACK_MIN => Tracked::Str(Rc::downgrade(s)),
            Value::BigInt(b) if b.bits() / 8 >= TRACK_MIN as u64 => Tracked::Int(Rc::downgrade(b)),
            _ => return,
        };
        if let Some(addr) = v.ptr() {
            self.tracked.insert(addr, entry);
        }
    }
}

/// `MemoryError` for a refused request (CPython raises it without a
/// message).
pub fn memory_error() -> Box<PyErr> {
    exceptions::memory_error("")
}

/// The bytes a value's data occupies, for the types the cap tracks.
pub fn data_size(v: &Value) -> Option<usize> {
    let value_size = std::mem::size_of::<Value>();
    Some(match v {
        Value::Bytes(b) => b.data.len(),
        Value::ByteArray(b) => b.data.borrow().len(),
        Value::Array(a) => a.data.borrow().len(),
        Value::List(l) => l.borrow().len().saturating_mul(value_size),
        Value::Tuple(t) => t.len().saturating_mul(value_size),
        Value::Str(s) => s.len(),
        Value::Int(_) | Value::Bool(_) => 8,
        Value::BigInt(b) => (b.bits() / 8) as usize + 8,
        _ => return None,
    })
}

fn int_bits(v: &Value) -> Option<u64> {
    match v {
        Value::Int(i) => Some(64 - i.unsigned_abs().leading_zeros() as u64),
        Value::Bool(_) => Some(1),
        Value::BigInt(b) => Some(b.bits()),
        _ => None,
    }
}

/// The size of the new object `a <op> b` makes, when it can be large:
/// sequence concatenation and int multiplication, powers and shifts
/// (repetition checks its own size).
pub fn binary_request(op: pyview_syntax::ir::BinOp, a: &Value, b: &Value) -> Option<usize> {
    use pyview_syntax::ir::BinOp;
    let bytes = |bits: u64| usize::try_from(bits / 8).unwrap_or(usize::MAX);
    match op {
        BinOp::Add if std::mem::discriminant(a) == std::mem::discriminant(b) => match a {
            Value::Int(_) | Value::BigInt(_) => None,
            _ => Some(data_size(a)?.saturating_add(data_size(b)?)),
        },
        BinOp::Mul => Some(bytes(int_bits(a)?.saturating_add(int_bits(b)?))),
        BinOp::Pow => {
            let e = match b {
                Value::Int(e) if *e >= 0 => *e as u64,
                Value::BigInt(_) if int_bits(a)? > 1 => u64::MAX,
                _ => return None,
            };
            Some(bytes(int_bits(a)?.saturating_mul(e)))
        }
        BinOp::LShift => {
            let s = match b {
                Value::Int(s) if *s >= 0 => *s as u64,
                Value::BigInt(_) => u64::MAX,
                _ => return None,
            };
            Some(bytes(int_bits(a)?.saturating_add(s)))
        }
        _ => None,
    }
}

/// The size a container reaches when `name` grows it with `args`
/// (`append`, `extend`, `insert`, ...), when it must reallocate for it.
pub fn growth_request(receiver: &Value, name: &str, args: &[Value]) -> Option<usize> {
    let (len, cap, item) = match receiver {
        Value::List(l) => {
            let l = l.borrow();
            (l.len(), l.capacity(), std::mem::size_of::<Value>())
        }
        Value::ByteArray(b) => {
            let b = b.data.borrow();
            (b.len(), b.capacity(), 1)
        }
        Value::Array(a) => {
            let d = a.data.borrow();
            (d.len(), d.capacity(), a.code.format().size)
        }
        _ => return None,
    };
    let extra = match name {
        "append" | "insert" => item,
        "extend" | "frombytes" | "fromlist" => match args.first() {
            Some(v) => data_size(v)?,
            None => return None,
        },
        _ => return None,
    };
    let (len, cap) = (len.saturating_mul(item), cap.saturating_mul(item));
    let need = len.saturating_add(extra);
    (need > cap).then(|| need.max(cap.saturating_mul(2)))
}
