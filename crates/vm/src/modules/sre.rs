//! The `_sre` module: the matching engine under the Python-source `re`.
//!
//! `re` parses a pattern (with CPython's messages) and compiles it into a
//! list of instructions, each a list of ints; `_sre.compile(code, bytes,
//! ascii, ngroups)` decodes them into a `Program`, whose methods match a
//! subject with sre's semantics:
//!
//! - `match(string, pos, endpos, mode)`: mode 0 anchors at `pos`, 1 must
//!   also end at `endpos` (fullmatch), 2 searches; returns `None` or the
//!   tuple of group marks (`2 * (groups + 1)` offsets, -1 when unset)
//!   followed by `lastindex` (-1 for none).
//! - `scan(string, pos, endpos, limit)`: the successive matches that
//!   `findall`, `finditer`, `sub` and `split` walk (an empty match may
//!   follow a non-empty one at the same place, never another empty one),
//!   as a list of such tuples; `limit` 0 means all.
//! - `getbytes(obj)` (module level): the bytes of a bytes-like subject.
//!
//! The matcher backtracks over an explicit stack (choice points and the
//! undo records of marks and repeat counters), so no pattern or subject
//! can overflow the Rust stack. Single-character repeats (`a*`, `[^x]+?`,
//! `.*`) count characters and keep one choice point, as sre's REPEAT_ONE
//! does. A repeat past its minimum stops iterating when an iteration
//! ends where it began (sre's `last_ptr` rule). Atomic groups,
//! possessive repeats and lookarounds cut the choice points their body
//! left. Case-insensitive comparison uses the simple lower and upper case
//! mappings (ASCII only in ASCII mode and for bytes), which covers sre's
//! equivalence classes such as `s`/`ſ` and `k`/`K`.
//!
//! The matcher polls the interpreter's interrupt and operation limits
//! every 65536 steps, so a catastrophic pattern can be interrupted.

use crate::buffer;
use crate::exceptions::{type_error, value_error, PyResult};
use crate::interp::Vm;
use crate::objects::function::{builtin, Args};
use crate::objects::module::PyModule;
use crate::objects::native::NativeObject;
use crate::objects::str as pystr;
use crate::value::Value;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

pub fn module() -> Rc<PyModule> {
    PyModule::new(
        "_sre",
        vec![
            ("compile", builtin("compile", Some("_sre"), compile)),
            ("getbytes", builtin("getbytes", Some("_sre"), getbytes)),
            ("MAXREPEAT", Value::Int(UNBOUNDED)),
            ("MAXGROUPS", Value::Int(i32::MAX as i64 / 2)),
        ],
    )
}

/// The repeat bound that stands for "no upper bound".
const UNBOUNDED: i64 = 4294967295;

#[derive(Clone, Copy, Debug, PartialEq)]
enum At {
    Beginning,
    BeginningLine,
    End,
    EndLine,
    EndString,
    Boundary,
    NonBoundary,
}

#[derive(Clone, Copy, Debug)]
enum Cat {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

#[derive(Clone, Debug)]
enum Item {
    Lit(u32),
    Range(u32, u32),
    Cat(Cat),
}

#[derive(Clone, Debug)]
struct Set {
    negate: bool,
    items: Vec<Item>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum RepKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum LookKind {
    Ahead,
    NotAhead,
    Behind,
    NotBehind,
}

#[derive(Clone, Debug)]
enum Inst {
    Fail,
    Success,
    Lit(u32),
    /// Case-insensitive literal, stored lowered.
    LitI(u32),
    NotLit(u32),
    NotLitI(u32),
    Any,
    AnyAll,
    Set(usize),
    SetI(usize),
    At(At),
    Mark(usize),
    Split(usize, usize),
    Jmp(usize),
    RepInit(usize),
    RepLoop {
        r: usize,
        min: u64,
        max: u64,
        greedy: bool,
        exit: usize,
    },
    /// A repeat of the single-character instruction that follows.
    RepOne {
        min: u64,
        max: u64,
        kind: RepKind,
        next: usize,
    },
    Atomic,
    AtomicEnd,
    Look {
        kind: LookKind,
        width: usize,
        end: usize,
    },
    LookEnd,
    Backref(usize),
    BackrefI(usize),
    Exists(usize, usize),
}

#[derive(Debug)]
struct Program {
    insts: Vec<Inst>,
    sets: Vec<Set>,
    bytes: bool,
    ascii: bool,
    ngroups: usize,
    nreps: usize,
    /// Scratch state reused between matches.
    scratch: RefCell<Scratch>,
}

#[derive(Debug, Default)]
struct Scratch {
    stack: Vec<Bt>,
    marks: Vec<isize>,
    reps: Vec<(u64, usize)>,
}

/// A backtracking record: a choice point, an undo record, or the barrier
/// an atomic group or lookaround body runs above.
#[derive(Clone, Copy, Debug)]
enum Bt {
    Choice {
        pc: usize,
        pos: usize,
    },
    Mark {
        slot: usize,
        old: isize,
        lastindex: isize,
    },
    Counter {
        r: usize,
        count: u64,
        last: usize,
    },
    /// Greedy single-character repeat: retry with one character fewer.
    Fewer {
        next: usize,
        min_pos: usize,
        pos: usize,
    },
    /// Lazy single-character repeat: retry with one character more.
    More {
        next: usize,
        item: usize,
        pos: usize,
        count: u64,
        max: u64,
    },
    /// Lazy loop: retry with one more iteration.
    Iterate {
        r: usize,
        body: usize,
        pos: usize,
    },
    Barrier {
        look: Option<LookKind>,
        pos: usize,
        end: usize,
    },
}

impl Bt {
    fn is_undo(&self) -> bool {
        matches!(self, Bt::Mark { .. } | Bt::Counter { .. })
    }
}

fn bad_code() -> Box<crate::exceptions::PyErr> {
    value_error("invalid SRE code")
}

fn int_of(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => Err(bad_code()),
    }
}

fn ints_of(v: &Value) -> PyResult<Vec<i64>> {
    let items: Vec<Value> = match v {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        _ => return Err(bad_code()),
    };
    items.iter().map(int_of).collect()
}

fn as_usize(i: i64) -> PyResult<usize> {
    usize::try_from(i).map_err(|_| bad_code())
}

fn as_u32(i: i64) -> PyResult<u32> {
    u32::try_from(i).map_err(|_| bad_code())
}

fn bound(i: i64) -> u64 {
    if !(0..UNBOUNDED).contains(&i) {
        u64::MAX
    } else {
        i as u64
    }
}

fn cat_of(k: i64) -> PyResult<Cat> {
    Ok(match k {
        0 => Cat::Digit,
        1 => Cat::NotDigit,
        2 => Cat::Space,
        3 => Cat::NotSpace,
        4 => Cat::Word,
        5 => Cat::NotWord,
        _ => return Err(bad_code()),
    })
}

/// `_sre.compile(code, bytes, ascii, ngroups)`.
fn compile(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_exact("compile", 4)?;
    let code: Vec<Value> = match &args.pos[0] {
        Value::List(l) => l.borrow().clone(),
        _ => return Err(bad_code()),
    };
    let bytes = int_of(&args.pos[1])? != 0;
    let ascii = int_of(&args.pos[2])? != 0;
    let ngroups = as_usize(int_of(&args.pos[3])?)?;
    let n = code.len();
    let target = |i: i64| -> PyResult<usize> {
        let t = as_usize(i)?;
        if t < n {
            Ok(t)
        } else {
            Err(bad_code())
        }
    };
    let slot = |i: i64| -> PyResult<usize> {
        let s = as_usize(i)?;
        if s < 2 * (ngroups + 1) {
            Ok(s)
        } else {
            Err(bad_code())
        }
    };
    let mut insts = Vec::with_capacity(n);
    let mut sets = Vec::new();
    let mut nreps = 0;
    for (idx, c) in code.iter().enumerate() {
        let a = ints_of(c)?;
        let arg = |i: usize| a.get(i).copied().ok_or_else(bad_code);
        let inst = match arg(0)? {
            0 => Inst::Fail,
            1 => Inst::Success,
            2 => Inst::Lit(as_u32(arg(1)?)?),
            3 => Inst::LitI(fold(as_u32(arg(1)?)?, ascii)),
            4 => Inst::NotLit(as_u32(arg(1)?)?),
            5 => Inst::NotLitI(fold(as_u32(arg(1)?)?, ascii)),
            6 => Inst::Any,
            7 => Inst::AnyAll,
            op @ (8 | 9) => {
                let negate = arg(1)? != 0;
                let mut items = Vec::new();
                let mut i = 2;
                while i + 2 < a.len() {
                    items.push(match a[i] {
                        0 => Item::Lit(as_u32(a[i + 1])?),
                        1 => Item::Range(as_u32(a[i + 1])?, as_u32(a[i + 2])?),
                        2 => Item::Cat(cat_of(a[i + 1])?),
                        _ => return Err(bad_code()),
                    });
                    i += 3;
                }
                sets.push(Set { negate, items });
                if op == 8 {
                    Inst::Set(sets.len() - 1)
                } else {
                    Inst::SetI(sets.len() - 1)
                }
            }
            10 => Inst::At(match arg(1)? {
                0 => At::Beginning,
                1 => At::BeginningLine,
                2 => At::End,
                3 => At::EndLine,
                4 => At::EndString,
                5 => At::Boundary,
                6 => At::NonBoundary,
                _ => return Err(bad_code()),
            }),
            11 => Inst::Mark(slot(arg(1)?)?),
            12 => Inst::Split(target(arg(1)?)?, target(arg(2)?)?),
            13 => Inst::Jmp(target(arg(1)?)?),
            14 => {
                let r = as_usize(arg(1)?)?;
                nreps = nreps.max(r + 1);
                Inst::RepInit(r)
            }
            15 => {
                let r = as_usize(arg(1)?)?;
                nreps = nreps.max(r + 1);
                Inst::RepLoop {
                    r,
                    min: bound(arg(2)?),
                    max: bound(arg(3)?),
                    greedy: arg(4)? != 0,
                    exit: target(arg(5)?)?,
                }
            }
            16 => {
                // The repeated item must be a single-character instruction.
                let item = code.get(idx + 1).map(ints_of).transpose()?;
                if !matches!(item.as_deref(), Some([2..=9, ..])) {
                    return Err(bad_code());
                }
                Inst::RepOne {
                    min: bound(arg(1)?),
                    max: bound(arg(2)?),
                    kind: match arg(3)? {
                        0 => RepKind::Greedy,
                        1 => RepKind::Lazy,
                        _ => RepKind::Possessive,
                    },
                    next: target(arg(4)?)?,
                }
            }
            17 => Inst::Atomic,
            18 => Inst::AtomicEnd,
            19 => Inst::Look {
                kind: match arg(1)? {
                    0 => LookKind::Ahead,
                    1 => LookKind::NotAhead,
                    2 => LookKind::Behind,
                    _ => LookKind::NotBehind,
                },
                width: as_usize(arg(2)?)?,
                end: target(arg(3)?)?,
            },
            20 => Inst::LookEnd,
            21 => Inst::Backref(as_usize(arg(1)?)?.min(ngroups + 1)),
            22 => Inst::BackrefI(as_usize(arg(1)?)?.min(ngroups + 1)),
            23 => Inst::Exists(as_usize(arg(1)?)?.min(ngroups + 1), target(arg(2)?)?),
            _ => return Err(bad_code()),
        };
        insts.push(inst);
    }
    if insts.is_empty() {
        return Err(bad_code());
    }
    Ok(Value::Native(Rc::new(Program {
        insts,
        sets,
        bytes,
        ascii,
        ngroups,
        nreps,
        scratch: RefCell::new(Scratch::default()),
    })))
}

/// `_sre.getbytes(obj)`: a bytes-like subject's bytes.
fn getbytes(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_exact("getbytes", 1)?;
    match buffer::to_vec(&args.pos[0]) {
        Some(v) => Ok(Value::Bytes(Rc::new(crate::objects::bytes::PyBytes::new(
            v?,
        )))),
        None => Err(type_error(format!(
            "expected string or bytes-like object, got '{}'",
            args.pos[0].type_name()
        ))),
    }
}

fn simple_lower(c: u32) -> u32 {
    match char::from_u32(c) {
        Some(ch) => {
            let mut it = ch.to_lowercase();
            match (it.next(), it.next()) {
                (Some(l), None) => l as u32,
                // Only U+0130 lowers to two characters; its simple
                // mapping is the first.
                (Some(l), Some(_)) => l as u32,
                _ => c,
            }
        }
        None => c,
    }
}

fn simple_upper(c: u32) -> u32 {
    match char::from_u32(c) {
        Some(ch) => {
            let mut it = ch.to_uppercase();
            match (it.next(), it.next()) {
                (Some(u), None) => u as u32,
                _ => c,
            }
        }
        None => c,
    }
}

/// The form case-insensitive literals are compared in.
fn fold(c: u32, ascii: bool) -> u32 {
    if ascii || c < 128 {
        if (b'A' as u32..=b'Z' as u32).contains(&c) {
            c + 32
        } else {
            c
        }
    } else {
        simple_lower(c)
    }
}

/// Whether `c` equals the folded literal `lit` ignoring case.
fn eq_ignore(c: u32, lit: u32, ascii: bool) -> bool {
    if fold(c, ascii) == lit {
        return true;
    }
    if ascii {
        return false;
    }
    // Characters whose lower forms differ but whose upper forms agree
    // (s and long s, i and dotless i, mu and micro sign).
    c >= 128 && simple_upper(c) == simple_upper(lit)
        || lit >= 128 && simple_upper(lit) == simple_upper(c)
}

fn is_word(c: u32, ascii: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        b.is_ascii_alphanumeric() || b == b'_'
    } else if ascii {
        false
    } else {
        char::from_u32(c).is_some_and(|ch| {
            pystr::is_alpha(ch)
                || pystr::is_decimal(ch)
                || pystr::is_digit(ch)
                || pystr::is_numeric(ch)
        })
    }
}

fn is_digit(c: u32, ascii: bool) -> bool {
    if c < 128 {
        (b'0' as u32..=b'9' as u32).contains(&c)
    } else {
        !ascii && char::from_u32(c).is_some_and(pystr::is_decimal)
    }
}

fn is_space(c: u32, ascii: bool) -> bool {
    if c < 128 {
        matches!(c, 9..=13 | 32) || (!ascii && (0x1c..=0x1f).contains(&c))
    } else {
        !ascii && char::from_u32(c).is_some_and(pystr::is_space)
    }
}

fn in_cat(cat: Cat, c: u32, ascii: bool) -> bool {
    match cat {
        Cat::Digit => is_digit(c, ascii),
        Cat::NotDigit => !is_digit(c, ascii),
        Cat::Space => is_space(c, ascii),
        Cat::NotSpace => !is_space(c, ascii),
        Cat::Word => is_word(c, ascii),
        Cat::NotWord => !is_word(c, ascii),
    }
}

impl Set {
    fn contains_raw(&self, c: u32, ascii: bool) -> bool {
        self.items.iter().any(|it| match *it {
            Item::Lit(l) => l == c,
            Item::Range(lo, hi) => lo <= c && c <= hi,
            Item::Cat(cat) => in_cat(cat, c, ascii),
        })
    }

    fn contains(&self, c: u32, ascii: bool) -> bool {
        self.contains_raw(c, ascii) != self.negate
    }

    fn contains_ignore(&self, c: u32, ascii: bool) -> bool {
        let hit = if ascii {
            let lo = fold(c, true);
            let up = if (b'a' as u32..=b'z' as u32).contains(&c) {
                c - 32
            } else {
                c
            };
            self.contains_raw(c, true) || self.contains_raw(lo, true) || self.contains_raw(up, true)
        } else {
            let lo = simple_lower(c);
            let up = simple_upper(c);
            self.contains_raw(c, false)
                || self.contains_raw(lo, false)
                || self.contains_raw(up, false)
                || self.contains_raw(simple_upper(lo), false)
                || self.contains_raw(simple_lower(up), false)
        };
        hit != self.negate
    }
}

/// The subject of one match: its characters and the bounds.
struct Subject<'a> {
    s: &'a [u32],
    end: usize,
}

impl Program {
    /// Whether single-character instruction `pc` accepts `c`.
    #[inline]
    fn one(&self, pc: usize, c: u32) -> bool {
        match self.insts[pc] {
            Inst::Lit(l) => c == l,
            Inst::LitI(l) => eq_ignore(c, l, self.ascii),
            Inst::NotLit(l) => c != l,
            Inst::NotLitI(l) => !eq_ignore(c, l, self.ascii),
            Inst::Any => c != '\n' as u32,
            Inst::AnyAll => true,
            Inst::Set(i) => self.sets[i].contains(c, self.ascii),
            Inst::SetI(i) => self.sets[i].contains_ignore(c, self.ascii),
            _ => false,
        }
    }

    fn at(&self, kind: At, sub: &Subject, pos: usize) -> bool {
        let s = sub.s;
        let end = sub.end;
        let nl = '\n' as u32;
        match kind {
            At::Beginning => pos == 0,
            At::BeginningLine => pos == 0 || s[pos - 1] == nl,
            At::End => pos == end || (pos + 1 == end && s[pos] == nl),
            At::EndLine => pos == end || s[pos] == nl,
            At::EndString => pos == end,
            At::Boundary | At::NonBoundary => {
                // sre: neither matches in an empty subject.
                if end == 0 {
                    return false;
                }
                let before = pos > 0 && is_word(s[pos - 1], self.ascii);
                let here = pos < end && is_word(s[pos], self.ascii);
                (before != here) == (kind == At::Boundary)
            }
        }
    }

    /// Tries to match at `start`; on success the marks hold the groups
    /// (group 0 included) and the result is `lastindex`.
    #[allow(clippy::too_many_arguments)]
    fn run(
        &self,
        vm: &mut Vm,
        sc: &mut Scratch,
        sub: &Subject,
        start: usize,
        full: bool,
        must_advance: bool,
        steps: &mut u32,
    ) -> PyResult<Option<isize>> {
        let s = sub.s;
        let end = sub.end;
        let Scratch { stack, marks, reps } = sc;
        stack.clear();
        marks.clear();
        marks.resize(2 * (self.ngroups + 1), -1);
        reps.clear();
        reps.resize(self.nreps, (0, usize::MAX));
        let mut lastindex: isize = -1;
        let mut pc = 0usize;
        let mut pos = start;
        loop {
            *steps = steps.wrapping_add(1);
            if *steps & 0xffff == 0 {
                vm.check_interrupt()?;
            }
            let ok = match self.insts[pc] {
                Inst::Fail => false,
                Inst::Success => {
                    if (full && pos != end) || (must_advance && pos == start) {
                        false
                    } else {
                        marks[0] = start as isize;
                        marks[1] = pos as isize;
                        return Ok(Some(lastindex));
                    }
                }
                Inst::Lit(_)
                | Inst::LitI(_)
                | Inst::NotLit(_)
                | Inst::NotLitI(_)
                | Inst::Any
                | Inst::AnyAll
                | Inst::Set(_)
                | Inst::SetI(_) => {
                    if pos < end && self.one(pc, s[pos]) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::At(kind) => {
                    pc += 1;
                    self.at(kind, sub, pos)
                }
                Inst::Mark(slot) => {
                    stack.push(Bt::Mark {
                        slot,
                        old: marks[slot],
                        lastindex,
                    });
                    marks[slot] = pos as isize;
                    if slot & 1 == 1 {
                        lastindex = (slot / 2) as isize;
                    }
                    pc += 1;
                    true
                }
                Inst::Split(a, b) => {
                    stack.push(Bt::Choice { pc: b, pos });
                    pc = a;
                    true
                }
                Inst::Jmp(t) => {
                    pc = t;
                    true
                }
                Inst::RepInit(r) => {
                    let (count, last) = reps[r];
                    stack.push(Bt::Counter { r, count, last });
                    reps[r] = (0, usize::MAX);
                    pc += 1;
                    true
                }
                Inst::RepLoop {
                    r,
                    min,
                    max,
                    greedy,
                    exit,
                } => {
                    let (count, last) = reps[r];
                    if count < min {
                        // sre only records where an iteration began
                        // (for its empty-iteration check) past the minimum.
                        stack.push(Bt::Counter { r, count, last });
                        reps[r] = (count + 1, last);
                        pc += 1;
                    } else {
                        let more = count < max && pos != last;
                        if !more {
                            pc = exit;
                        } else if greedy {
                            stack.push(Bt::Choice { pc: exit, pos });
                            stack.push(Bt::Counter { r, count, last });
                            reps[r] = (count + 1, pos);
                            pc += 1;
                        } else {
                            stack.push(Bt::Iterate {
                                r,
                                body: pc + 1,
                                pos,
                            });
                            pc = exit;
                        }
                    }
                    true
                }
                Inst::RepOne {
                    min,
                    max,
                    kind,
                    next,
                } => {
                    let item = pc + 1;
                    if kind == RepKind::Lazy {
                        let mut n = 0u64;
                        while n < min {
                            if pos < end && self.one(item, s[pos]) {
                                pos += 1;
                                n += 1;
                            } else {
                                break;
                            }
                        }
                        if n < min {
                            false
                        } else {
                            if n < max {
                                stack.push(Bt::More {
                                    next,
                                    item,
                                    pos,
                                    count: n,
                                    max,
                                });
                            }
                            pc = next;
                            true
                        }
                    } else {
                        let from = pos;
                        let limit = if max == u64::MAX {
                            end
                        } else {
                            end.min(pos.saturating_add(usize::try_from(max).unwrap_or(usize::MAX)))
                        };
                        while pos < limit && self.one(item, s[pos]) {
                            pos += 1;
                        }
                        let n = (pos - from) as u64;
                        if n < min {
                            false
                        } else {
                            let min_pos = from + min as usize;
                            if kind == RepKind::Greedy && pos > min_pos {
                                stack.push(Bt::Fewer { next, min_pos, pos });
                            }
                            pc = next;
                            true
                        }
                    }
                }
                Inst::Atomic => {
                    stack.push(Bt::Barrier {
                        look: None,
                        pos,
                        end: 0,
                    });
                    pc += 1;
                    true
                }
                Inst::AtomicEnd => {
                    cut(stack);
                    pc += 1;
                    true
                }
                Inst::Look {
                    kind,
                    width,
                    end: after,
                } => {
                    let behind = matches!(kind, LookKind::Behind | LookKind::NotBehind);
                    if behind && pos < width {
                        pc = after;
                        kind == LookKind::NotBehind
                    } else {
                        stack.push(Bt::Barrier {
                            look: Some(kind),
                            pos,
                            end: after,
                        });
                        if behind {
                            pos -= width;
                        }
                        pc += 1;
                        true
                    }
                }
                Inst::LookEnd => {
                    let b = barrier_index(stack);
                    let (look, saved, after) = match stack[b] {
                        Bt::Barrier { look, pos, end } => (look, pos, end),
                        _ => (None, pos, pc + 1),
                    };
                    let behind = matches!(look, Some(LookKind::Behind | LookKind::NotBehind));
                    if behind && pos != saved {
                        false
                    } else {
                        match look {
                            Some(LookKind::NotAhead | LookKind::NotBehind) => {
                                // The body matched: undo what it did, then fail.
                                while let Some(bt) = stack.pop() {
                                    match bt {
                                        Bt::Mark {
                                            slot,
                                            old,
                                            lastindex: li,
                                        } => {
                                            marks[slot] = old;
                                            lastindex = li;
                                        }
                                        Bt::Counter { r, count, last } => reps[r] = (count, last),
                                        Bt::Barrier { .. } => break,
                                        _ => {}
                                    }
                                }
                                false
                            }
                            _ => {
                                cut(stack);
                                pos = saved;
                                pc = after;
                                true
                            }
                        }
                    }
                }
                Inst::Backref(g) | Inst::BackrefI(g) => {
                    let ignore = matches!(self.insts[pc], Inst::BackrefI(_));
                    let (a, b) = (marks.get(2 * g), marks.get(2 * g + 1));
                    match (a, b) {
                        (Some(&a), Some(&b)) if a >= 0 && b >= a => {
                            let (a, b) = (a as usize, b as usize);
                            let n = b - a;
                            if pos + n > end {
                                false
                            } else {
                                let same = (0..n).all(|k| {
                                    let (x, y) = (s[a + k], s[pos + k]);
                                    x == y
                                        || ignore && eq_ignore(y, fold(x, self.ascii), self.ascii)
                                });
                                if same {
                                    pos += n;
                                    pc += 1;
                                }
                                same
                            }
                        }
                        _ => false,
                    }
                }
                Inst::Exists(g, no) => {
                    let set = marks.get(2 * g).is_some_and(|&a| a >= 0)
                        && marks.get(2 * g + 1).is_some_and(|&b| b >= 0);
                    pc = if set { pc + 1 } else { no };
                    true
                }
            };
            if ok {
                continue;
            }
            // Backtrack to the latest choice point, undoing on the way.
            loop {
                let Some(bt) = stack.pop() else {
                    return Ok(None);
                };
                match bt {
                    Bt::Choice { pc: p, pos: q } => {
                        pc = p;
                        pos = q;
                        break;
                    }
                    Bt::Mark {
                        slot,
                        old,
                        lastindex: li,
                    } => {
                        marks[slot] = old;
                        lastindex = li;
                    }
                    Bt::Counter { r, count, last } => reps[r] = (count, last),
                    Bt::Fewer {
                        next,
                        min_pos,
                        pos: p,
                    } => {
                        let mut q = p - 1;
                        // Skip positions where a following literal cannot match.
                        if let Inst::Lit(l) = self.insts[next] {
                            while q > min_pos && (q >= end || s[q] != l) {
                                q -= 1;
                            }
                        }
                        if q > min_pos {
                            stack.push(Bt::Fewer {
                                next,
                                min_pos,
                                pos: q,
                            });
                        }
                        pc = next;
                        pos = q;
                        break;
                    }
                    Bt::More {
                        next,
                        item,
                        pos: p,
                        count,
                        max,
                    } => {
                        if p < end && self.one(item, s[p]) {
                            if count + 1 < max {
                                stack.push(Bt::More {
                                    next,
                                    item,
                                    pos: p + 1,
                                    count: count + 1,
                                    max,
                                });
                            }
                            pc = next;
                            pos = p + 1;
                            break;
                        }
                    }
                    Bt::Iterate { r, body, pos: p } => {
                        let (count, last) = reps[r];
                        stack.push(Bt::Counter { r, count, last });
                        reps[r] = (count + 1, p);
                        pc = body;
                        pos = p;
                        break;
                    }
                    Bt::Barrier {
                        look,
                        pos: p,
                        end: after,
                    } => {
                        if matches!(look, Some(LookKind::NotAhead | LookKind::NotBehind)) {
                            // The body failed: the negative lookaround holds.
                            pc = after;
                            pos = p;
                            break;
                        }
                    }
                }
            }
        }
    }

    /// Finds a match starting at `pos` (or later when `search`); returns
    /// the marks and `lastindex`.
    #[allow(clippy::too_many_arguments)]
    fn find(
        &self,
        vm: &mut Vm,
        sub: &Subject,
        pos: usize,
        full: bool,
        search: bool,
        must_advance: bool,
    ) -> PyResult<Option<(Vec<isize>, isize)>> {
        let mut sc = match self.scratch.try_borrow_mut() {
            Ok(mut sc) => std::mem::take(&mut *sc),
            Err(_) => Scratch::default(),
        };
        let mut steps = 0u32;
        let mut result = None;
        // A leading literal lets the search skip ahead.
        let first = match self.insts.first() {
            Some(Inst::Lit(l)) => Some(*l),
            _ => None,
        };
        let anchored = matches!(self.insts.first(), Some(Inst::At(At::Beginning)));
        let mut start = pos;
        loop {
            if let (true, Some(l)) = (search, first) {
                while start < sub.end && sub.s[start] != l {
                    start += 1;
                }
                if start >= sub.end {
                    break;
                }
            }
            let adv = must_advance && start == pos;
            match self.run(vm, &mut sc, sub, start, full, adv, &mut steps) {
                Err(e) => {
                    self.give_back(sc);
                    return Err(e);
                }
                Ok(Some(li)) => {
                    result = Some((sc.marks.clone(), li));
                    break;
                }
                Ok(None) => {}
            }
            if !search || start >= sub.end || (anchored && start > 0) {
                break;
            }
            start += 1;
        }
        self.give_back(sc);
        Ok(result)
    }

    fn give_back(&self, mut sc: Scratch) {
        if let Ok(mut slot) = self.scratch.try_borrow_mut() {
            // Keep the buffers, not a huge stack.
            if sc.stack.capacity() > 1 << 16 {
                sc.stack = Vec::new();
            }
            *slot = sc;
        }
    }

    /// The characters of a subject, checked against the pattern's kind.
    /// The last str converted is remembered, so that a loop matching at
    /// successive positions of one long string converts it once.
    fn subject(&self, v: &Value) -> PyResult<Rc<[u32]>> {
        match v {
            Value::Str(s) => {
                if self.bytes {
                    return Err(type_error(
                        "cannot use a bytes pattern on a string-like object",
                    ));
                }
                LAST_SUBJECT.with(|last| {
                    let mut last = last.borrow_mut();
                    if let Some((k, chars)) = &*last {
                        if Rc::ptr_eq(k, s) {
                            return Ok(chars.clone());
                        }
                    }
                    let chars: Rc<[u32]> = s.chars().map(|c| c as u32).collect();
                    if s.len() >= 64 {
                        *last = Some((s.clone(), chars.clone()));
                    }
                    Ok(chars)
                })
            }
            _ => match buffer::to_vec(v) {
                Some(b) => {
                    let b = b?;
                    if !self.bytes {
                        return Err(type_error(
                            "cannot use a string pattern on a bytes-like object",
                        ));
                    }
                    Ok(b.into_iter().map(u32::from).collect())
                }
                None => Err(type_error(format!(
                    "expected string or bytes-like object, got '{}'",
                    v.type_name()
                ))),
            },
        }
    }
}

thread_local! {
    /// The last long str subject and its characters.
    static LAST_SUBJECT: RefCell<Option<(Rc<str>, Rc<[u32]>)>> = const { RefCell::new(None) };
}

/// The index of the innermost barrier.
fn barrier_index(stack: &[Bt]) -> usize {
    stack
        .iter()
        .rposition(|b| matches!(b, Bt::Barrier { .. }))
        .unwrap_or(0)
}

/// Drops the choice points above the innermost barrier and the barrier
/// itself, keeping the undo records.
fn cut(stack: &mut Vec<Bt>) {
    let Some(b) = stack.iter().rposition(|b| matches!(b, Bt::Barrier { .. })) else {
        return;
    };
    let mut w = b;
    for i in b + 1..stack.len() {
        if stack[i].is_undo() {
            stack[w] = stack[i];
            w += 1;
        }
    }
    stack.truncate(w);
}

/// A match as `re` sees it: the marks, `lastindex`, then the clamped
/// `pos` and `endpos` of the call.
fn marks_value(marks: &[isize], lastindex: isize, pos: usize, end: usize) -> Value {
    let mut v: Vec<Value> = marks.iter().map(|&m| Value::Int(m as i64)).collect();
    v.push(Value::Int(lastindex as i64));
    v.push(Value::from_usize(pos));
    v.push(Value::from_usize(end));
    Value::new_tuple(v)
}

/// Output text of the subject's kind.
enum Out {
    Str(String),
    Bytes(Vec<u8>),
}

impl Out {
    fn push_chars(&mut self, s: &[u32]) {
        match self {
            Out::Str(o) => o.extend(s.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))),
            Out::Bytes(o) => o.extend(s.iter().map(|&c| c as u8)),
        }
    }

    fn value(self) -> Value {
        match self {
            Out::Str(o) => Value::str(&o),
            Out::Bytes(o) => Value::Bytes(Rc::new(crate::objects::bytes::PyBytes::new(o))),
        }
    }
}

fn clamp(v: &Value, len: usize) -> PyResult<usize> {
    let i = int_of(v)?;
    Ok(if i < 0 { 0 } else { (i as usize).min(len) })
}

impl Program {
    fn out(&self) -> Out {
        if self.bytes {
            Out::Bytes(Vec::new())
        } else {
            Out::Str(String::new())
        }
    }

    /// `s[a:b]` as a str or bytes value.
    fn slice(&self, s: &[u32], a: usize, b: usize) -> Value {
        let mut o = self.out();
        o.push_chars(&s[a..b]);
        o.value()
    }

    /// Group `g` of a match, or `None` when it did not take part.
    fn group(&self, s: &[u32], marks: &[isize], g: usize) -> Option<Value> {
        let (a, b) = (marks[2 * g], marks[2 * g + 1]);
        (a >= 0 && b >= a).then(|| self.slice(s, a as usize, b as usize))
    }

    /// Calls `f` on the successive matches `findall`, `finditer`, `sub`
    /// and `split` walk, up to `limit` of them (0: all).
    fn each(
        &self,
        vm: &mut Vm,
        sub: &Subject,
        mut pos: usize,
        limit: i64,
        f: &mut dyn FnMut(&[isize], isize) -> PyResult<()>,
    ) -> PyResult<usize> {
        let mut n = 0usize;
        let mut must_advance = false;
        while pos <= sub.end && (limit <= 0 || (n as i64) < limit) {
            match self.find(vm, sub, pos, false, true, must_advance)? {
                Some((marks, li)) => {
                    let (a, b) = (marks[0] as usize, marks[1] as usize);
                    f(&marks, li)?;
                    n += 1;
                    must_advance = a == b;
                    pos = b;
                }
                None => break,
            }
        }
        Ok(n)
    }
}

impl NativeObject for Program {
    fn type_name(&self) -> &'static str {
        "_sre.Program"
    }

    fn method_names(&self) -> &'static [&'static str] {
        &["match", "scan", "findall", "sub"]
    }

    fn call_method(
        &self,
        vm: &mut Vm,
        _this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        Some(match name {
            "match" => (|| {
                args.check_exact("match", 4)?;
                let s = self.subject(&args.pos[0])?;
                let pos = clamp(&args.pos[1], s.len())?;
                let end = clamp(&args.pos[2], s.len())?;
                if pos > end {
                    return Ok(Value::None);
                }
                let mode = int_of(&args.pos[3])?;
                let sub = Subject { s: &s, end };
                Ok(
                    match self.find(vm, &sub, pos, mode == 1, mode == 2, false)? {
                        Some((marks, li)) => marks_value(&marks, li, pos, end),
                        None => Value::None,
                    },
                )
            })(),
            "scan" => (|| {
                args.check_exact("scan", 4)?;
                let s = self.subject(&args.pos[0])?;
                let pos = clamp(&args.pos[1], s.len())?;
                let end = clamp(&args.pos[2], s.len())?;
                let limit = int_of(&args.pos[3])?;
                let sub = Subject { s: &s, end };
                let mut out = Vec::new();
                self.each(vm, &sub, pos, limit, &mut |marks, li| {
                    out.push(marks_value(marks, li, pos, end));
                    Ok(())
                })?;
                Ok(Value::new_list(out))
            })(),
            // findall(string, pos, endpos): the matches, the group or the
            // tuples of groups ('' for a group that did not take part).
            "findall" => (|| {
                args.check_exact("findall", 3)?;
                let s = self.subject(&args.pos[0])?;
                let pos = clamp(&args.pos[1], s.len())?;
                let end = clamp(&args.pos[2], s.len())?;
                let sub = Subject { s: &s, end };
                let mut out = Vec::new();
                let g = self.ngroups;
                let empty = || self.out().value();
                self.each(vm, &sub, pos, 0, &mut |marks, _| {
                    out.push(match g {
                        0 => self.slice(&s, marks[0] as usize, marks[1] as usize),
                        1 => self.group(&s, marks, 1).unwrap_or_else(empty),
                        _ => Value::new_tuple(
                            (1..=g)
                                .map(|i| self.group(&s, marks, i).unwrap_or_else(empty))
                                .collect(),
                        ),
                    });
                    Ok(())
                })?;
                Ok(Value::new_list(out))
            })(),
            // sub(string, pieces, count): the replacement built from
            // literal pieces (of the subject's kind) and group numbers;
            // returns (result, number of matches).
            "sub" => (|| {
                args.check_exact("sub", 3)?;
                let s = self.subject(&args.pos[0])?;
                let pieces: Vec<Value> = match &args.pos[1] {
                    Value::List(l) => l.borrow().clone(),
                    _ => return Err(bad_code()),
                };
                enum Piece {
                    Lit(Vec<u32>),
                    Group(usize),
                }
                let mut parts = Vec::with_capacity(pieces.len());
                for p in &pieces {
                    parts.push(match (p, self.bytes) {
                        (Value::Int(g), _) => {
                            let g = as_usize(*g)?;
                            if g > self.ngroups {
                                return Err(bad_code());
                            }
                            Piece::Group(g)
                        }
                        (Value::Str(t), false) => Piece::Lit(t.chars().map(|c| c as u32).collect()),
                        (Value::Bytes(b), true) => {
                            Piece::Lit(b.data.iter().map(|&c| u32::from(c)).collect())
                        }
                        _ => return Err(bad_code()),
                    });
                }
                let count = int_of(&args.pos[2])?;
                let sub = Subject {
                    s: &s,
                    end: s.len(),
                };
                let mut out = self.out();
                let mut last = 0usize;
                let n = self.each(vm, &sub, 0, count, &mut |marks, _| {
                    let (a, b) = (marks[0] as usize, marks[1] as usize);
                    out.push_chars(&s[last..a]);
                    for p in &parts {
                        match p {
                            Piece::Lit(t) => out.push_chars(t),
                            Piece::Group(g) => {
                                let (x, y) = (marks[2 * g], marks[2 * g + 1]);
                                if x >= 0 && y >= x {
                                    out.push_chars(&s[x as usize..y as usize]);
                                }
                            }
                        }
                    }
                    last = b;
                    Ok(())
                })?;
                out.push_chars(&s[last..]);
                Ok(Value::new_tuple(vec![out.value(), Value::from_usize(n)]))
            })(),
            _ => return None,
        })
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}
