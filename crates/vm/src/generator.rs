//! Generators: a resumable executor for the bodies of generator functions
//! and generator expressions, and the generator methods.
//!
//! The ordinary evaluator recurses through nested blocks, which cannot be
//! suspended. A generator instead keeps an explicit stack of [`Level`]s,
//! one per compound statement it is inside (a loop with its iterator, a
//! `try` in a given phase, a `with` with its context manager, a `match`
//! case...). Only statements that contain a `yield` (marked by the front
//! end) are walked this way; everything else runs through the ordinary
//! evaluator. Every `yield` is a statement here: the front end rewrites
//! yields inside expressions (`print((yield))`, `a and (yield)`) into
//! `Yield` statements over hidden temporaries, so suspending never has to
//! keep half-evaluated expressions.
//!
//! `send`, `throw` and `close` follow CPython 3.11: a thrown exception is
//! raised at the suspended yield (or passed to the delegate of a
//! `yield from`), `close` throws `GeneratorExit`, and a `StopIteration`
//! escaping the body becomes `RuntimeError`. While suspended inside an
//! `except` block, the exception being handled is the generator's own: it
//! is taken off the interpreter's list on suspension and put back on
//! resumption.
//!
//! A suspended generator that is discarded inside a `try` or `with` is
//! closed, as CPython's reference counting closes it the moment its last
//! reference goes: dropping it queues its state (no interpreter is at
//! hand in `Drop`), and the evaluator closes what is queued at its next
//! statement, call or loop iteration ([`finalizers_pending`]). Errors
//! there are reported as CPython's "Exception ignored in" and dropped.

use crate::exceptions::{self, type_error, ExcType, PyErr, PyException, PyResult, TbEntry};
use crate::interp::{Flow, Frame, Vm};
use crate::objects::class::PyInstance;
use crate::objects::function::{Args, PyFunction};
use crate::value::{TypeId, Value};
use pyview_syntax::ir::{ExceptHandler, FunctionDef, Span, Stmt, StmtKind, YieldKind};
use std::cell::RefCell;
use std::rc::Rc;

/// `ValueError: generator already executing` (or coroutine...)
fn already_executing(what: &str) -> Box<PyErr> {
    exceptions::value_error(format!("{what} already executing"))
}

/// `RuntimeError: generator ignored GeneratorExit`
fn ignored_exit(what: &str) -> Box<PyErr> {
    exceptions::runtime_error(format!("{what} ignored GeneratorExit"))
}

/// `TypeError: can't send non-None value to a just-started generator`
fn send_to_new(what: &str) -> Box<PyErr> {
    type_error(format!(
        "can't send non-None value to a just-started {what}"
    ))
}

/// What a function's calls make: `generator`, `coroutine` (`async def`)
/// or `async_generator` (`async def` with a `yield`).
pub fn kind_of(def: &FunctionDef) -> &'static str {
    if def.is_coroutine {
        "coroutine"
    } else if def.is_async_gen {
        "async_generator"
    } else {
        "generator"
    }
}

/// The kind of generator in CPython's messages ("async generator").
fn kind_words(def: &FunctionDef) -> &'static str {
    if def.is_async_gen {
        "async generator"
    } else {
        kind_of(def)
    }
}

/// Which block of a compound statement a level runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sub {
    Body,
    OrElse,
    Handler(usize),
    Final,
    Case(usize),
}

/// What must happen once a `finally` block completes.
#[derive(Debug)]
enum Pending {
    Raise(Box<PyErr>),
    Return(Value),
    Break,
    Continue,
}

#[derive(Debug)]
enum Kind {
    Block,
    For(Value),
    While,
    TryBody,
    TryElse,
    Handler(Rc<PyException>),
    /// Running an `except*` clause (`Sub::Handler`), with the state of
    /// the handling (see `except_star`).
    StarHandler(Box<crate::except_star::Star>),
    Finally(Option<Pending>),
    With(Value),
    YieldFrom(Value),
}

#[derive(Debug)]
struct Level {
    /// Index of the compound statement in the parent level's block.
    stmt: usize,
    sub: Sub,
    /// Next statement to run in this level's block.
    idx: usize,
    kind: Kind,
}

#[derive(Debug)]
pub struct Generator {
    pub func: Rc<PyFunction>,
    slots: Vec<Option<Value>>,
    stack: Vec<Level>,
    /// The `yield` statement the generator is suspended at: its level and
    /// index in that level's block.
    resume_target: Option<(usize, usize)>,
    pub started: bool,
    pub finished: bool,
    pub running: bool,
    /// The value of `return v`, for `yield from` and `StopIteration`.
    pub return_value: Value,
    /// The interpreter that made it (`Vm::gen_owner`).
    owner: u64,
    /// `__name__` and `__qualname__` when they differ from the
    /// definition's (renamed function, or assigned on the generator).
    names: Option<Box<(Rc<str>, Rc<str>)>>,
}

impl Generator {
    pub fn new(func: Rc<PyFunction>, slots: Vec<Option<Value>>, owner: u64) -> Generator {
        Generator {
            slots,
            stack: vec![Level {
                stmt: 0,
                sub: Sub::Body,
                idx: 0,
                kind: Kind::Block,
            }],
            resume_target: None,
            started: false,
            finished: false,
            running: false,
            return_value: Value::None,
            names: Self::renamed(&func),
            func,
            owner,
        }
    }

    /// `gi_frame` (`cr_frame`, `ag_frame`): the frame as it is suspended,
    /// at the `yield` it waits in (its first line before it started),
    /// with its variables; None once it has finished.
    pub fn frame_object(&self) -> Value {
        if self.finished {
            return Value::None;
        }
        let at = match self.resume_target {
            Some((level, idx)) if self.started => block_of(&self.func.def, &self.stack, level)
                .get(idx)
                .map(|s| s.span),
            _ => None,
        };
        let site = at.unwrap_or_else(|| first_line(&self.func));
        let locals = crate::objects::dict::PyDict::default();
        for (name, slot) in self.func.def.slot_names.iter().zip(&self.slots) {
            let v = match slot {
                Some(Value::Cell(c)) => c.borrow().clone(),
                other => other.clone(),
            };
            if let Some(v) = v {
                let _ = locals.set(Value::Str(name.clone()), v);
            }
        }
        let info = crate::stack::FrameInfo::suspended(self.func.clone(), site);
        Value::Native(Rc::new(crate::objects::frame::FrameObject {
            info,
            back: None,
            locals: Some(Rc::new(locals)),
        }))
    }

    /// `gi_code` (`cr_code`, `ag_code`): its function's code object.
    pub fn code_object(&self) -> Value {
        crate::objects::function::CodeObject::shared(&self.func)
    }

    /// The names a renamed function passes to its generators.
    fn renamed(func: &PyFunction) -> Option<Box<(Rc<str>, Rc<str>)>> {
        let attrs = func.attrs.borrow();
        if attrs.is_empty() {
            return None;
        }
        let name = match attrs.get("__name__") {
            Some(Value::Str(s)) => s.clone(),
            _ => func.def.name.clone(),
        };
        Some(Box::new((name, func.qualname())))
    }

    /// `__name__`.
    pub fn name(&self) -> Rc<str> {
        match &self.names {
            Some(n) => n.0.clone(),
            None => self.func.def.name.clone(),
        }
    }

    /// `__qualname__`.
    pub fn qualname(&self) -> Rc<str> {
        match &self.names {
            Some(n) => n.1.clone(),
            None => self.func.def.qualname.clone(),
        }
    }

    /// Assigns `__name__` (`qualified` false) or `__qualname__`.
    pub fn rename(&mut self, qualified: bool, to: Rc<str>) {
        let (mut name, mut qualname) = (self.name(), self.qualname());
        if qualified {
            qualname = to;
        } else {
            name = to;
        }
        self.names = Some(Box::new((name, qualname)));
    }

    /// The iterator a suspended `yield from` delegates to.
    pub fn yield_from(&self) -> Option<Value> {
        match self.stack.last().map(|l| &l.kind) {
            Some(Kind::YieldFrom(it)) if !self.running => Some(it.clone()),
            _ => None,
        }
    }

    fn handled(&self) -> impl Iterator<Item = &Rc<PyException>> {
        self.stack.iter().filter_map(|l| handled_by(&l.kind))
    }
}

/// The exception a level's block runs handling: an `except` clause's, or
/// the one a `finally` block runs for.
fn handled_by(kind: &Kind) -> Option<&Rc<PyException>> {
    match kind {
        Kind::Handler(e) => Some(e),
        Kind::StarHandler(st) => Some(&st.current),
        Kind::Finally(Some(Pending::Raise(e))) => Some(&e.exc),
        _ => None,
    }
}

type Discarded = (u64, Rc<RefCell<Generator>>);

thread_local! {
    /// Suspended generators dropped inside a `try` or `with`, to close,
    /// with the interpreter that made each.
    static DISCARDED: RefCell<Vec<Discarded>> = const { RefCell::new(Vec::new()) };
    /// Whether `DISCARDED` holds anything (cheaper to ask than the list).
    static PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Whether never-awaited warnings are being issued: the first one
    /// imports `warnings`, whose statements must not issue the next.
    static WARNING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The interpreters alive on this thread, and the next one's number.
    static OWNERS: RefCell<(Vec<u64>, u64)> = const { RefCell::new((Vec::new(), 0)) };
    /// Instances freed whose `__del__` is still to run, with the
    /// interpreter that runs it.
    static DELS: RefCell<Vec<(u64, Rc<PyInstance>)>> = const { RefCell::new(Vec::new()) };
}

/// Queues a freed instance's `__del__` for the newest interpreter alive on
/// this thread (none: it is dropped without running).
pub(crate) fn queue_del(inst: PyInstance) {
    let owner = OWNERS
        .try_with(|o| o.try_borrow().ok().and_then(|o| o.0.last().copied()))
        .ok()
        .flatten();
    let Some(owner) = owner else {
        return;
    };
    let inst = Rc::new(inst);
    let queued = DELS.try_with(|d| match d.try_borrow_mut() {
        Ok(mut d) => {
            d.push((owner, inst.clone()));
            true
        }
        Err(_) => false,
    });
    if queued == Ok(true) {
        let _ = PENDING.try_with(|p| p.set(true));
    }
}

/// A number for a new interpreter, whose discarded generators it closes.
pub(crate) fn register_owner() -> u64 {
    OWNERS
        .try_with(|o| {
            let mut o = o.borrow_mut();
            o.1 += 1;
            let id = o.1;
            o.0.push(id);
            id
        })
        .unwrap_or(0)
}

/// Forgets an interpreter going away: its queued generators are dropped
/// unclosed, and those its values release are not queued.
pub(crate) fn unregister_owner(id: u64) {
    let _ = OWNERS.try_with(|o| o.borrow_mut().0.retain(|&x| x != id));
    let mine = DISCARDED
        .try_with(|d| {
            let mut d = d.borrow_mut();
            let (mine, rest): (Vec<_>, Vec<_>) = d.drain(..).partition(|(o, _)| *o == id);
            *d = rest;
            let _ = PENDING.try_with(|p| p.set(!d.is_empty()));
            mine
        })
        .unwrap_or_default();
    drop(mine);
    let dels = DELS
        .try_with(|d| {
            let mut d = d.borrow_mut();
            let (mine, rest): (Vec<_>, Vec<_>) = d.drain(..).partition(|(o, _)| *o == id);
            *d = rest;
            mine
        })
        .unwrap_or_default();
    drop(dels);
}

/// Asks the interpreter to run what is queued ([`Vm::run_finalizers`]).
pub(crate) fn mark_pending() {
    let _ = PENDING.try_with(|p| p.set(true));
}

/// Whether discarded generators wait to be closed ([`Vm::run_finalizers`]).
#[inline]
pub fn finalizers_pending() -> bool {
    PENDING.try_with(std::cell::Cell::get).unwrap_or(false)
}

impl Generator {
    /// Whether closing would run code: the generator is suspended inside a
    /// `try`, `with` or `yield from`.
    fn needs_close(&self) -> bool {
        self.started
            && !self.finished
            && !self.running
            && self
                .stack
                .iter()
                .any(|l| !matches!(l.kind, Kind::Block | Kind::For(_) | Kind::While))
    }
}

impl Drop for Generator {
    fn drop(&mut self) {
        let owner_alive = OWNERS
            .try_with(|o| o.borrow().0.contains(&self.owner))
            .unwrap_or(false);
        // A coroutine never started is reported ("never awaited").
        let unawaited = !self.started && !self.finished && self.func.def.is_coroutine;
        if !(self.needs_close() || unawaited) || !owner_alive {
            return;
        }
        let state = Generator {
            func: self.func.clone(),
            slots: std::mem::take(&mut self.slots),
            stack: std::mem::take(&mut self.stack),
            resume_target: self.resume_target.take(),
            started: !unawaited,
            finished: false,
            running: false,
            return_value: Value::None,
            owner: self.owner,
            names: self.names.take(),
        };
        let state = (self.owner, Rc::new(RefCell::new(state)));
        // During thread teardown the queue may be gone: nothing runs then.
        if DISCARDED.try_with(|d| d.borrow_mut().push(state)).is_ok() {
            let _ = PENDING.try_with(|p| p.set(true));
        }
    }
}

impl Vm {
    /// Closes the generators discarded while suspended (see the module
    /// docs), oldest first; an exception from one is printed to stderr as
    /// CPython's unraisable-exception report and dropped.
    #[cold]
    #[inline(never)]
    pub fn run_finalizers(&mut self) {
        self.collect_if_due();
        loop {
            let owner = self.gen_owner;
            let next = DISCARDED.try_with(|d| {
                let mut d = d.borrow_mut();
                let g = d
                    .iter()
                    .position(|(o, _)| *o == owner)
                    .map(|i| d.remove(i).1);
                if d.is_empty() {
                    let _ = PENDING.try_with(|p| p.set(false));
                }
                g
            });
            let Ok(Some(gen)) = next else {
                break;
            };
            if !gen.borrow().started {
                if WARNING.try_with(|w| w.replace(true)).unwrap_or(true) {
                    // Issued by the outer call, after the one it is in.
                    let _ = DISCARDED.try_with(|d| d.borrow_mut().insert(0, (owner, gen)));
                    break;
                }
                self.warn_never_awaited(&gen);
                let _ = WARNING.try_with(|w| w.set(false));
                continue;
            }
            self.close_unraisable(&gen);
        }
        loop {
            let owner = self.gen_owner;
            let next = DELS.try_with(|d| {
                let mut d = d.borrow_mut();
                let i = d.iter().position(|(o, _)| *o == owner)?;
                Some(d.remove(i).1)
            });
            let Ok(Some(inst)) = next else {
                break;
            };
            self.run_instance_del(Value::Instance(inst));
        }
        // Weak references' callbacks, once the `__del__`s have run.
        while let Some((callback, weak)) = crate::modules::weakref::next_due() {
            if let Err(e) = self.call(&callback, Args::new(vec![weak])) {
                if !crate::interp::is_limit(&e) {
                    let what = self.repr_of(&callback).unwrap_or_default();
                    self.report_unraisable(&format!("Exception ignored in: {what}"), &e);
                }
            }
        }
        let waiting = DISCARDED
            .try_with(|d| !d.borrow().is_empty())
            .unwrap_or(false)
            || DELS.try_with(|d| !d.borrow().is_empty()).unwrap_or(false)
            || crate::modules::weakref::any_due();
        let _ = PENDING.try_with(|p| p.set(waiting));
    }

    /// Runs an instance's `__del__`, reporting an exception from it as
    /// CPython's unraisable-exception hook does.
    pub(crate) fn run_instance_del(&mut self, obj: Value) {
        let Value::Instance(inst) = &obj else {
            return;
        };
        inst.finalized.set(true);
        let Some(method) = inst.class().lookup("__del__") else {
            return;
        };
        let Err(e) = self.call(&method, Args::new(vec![obj.clone()])) else {
            return;
        };
        if crate::interp::is_limit(&e) {
            return;
        }
        let what = self.repr_of(&method).unwrap_or_default();
        self.report_unraisable(&format!("Exception ignored in: {what}"), &e);
    }

    /// Writes an exception nothing can catch (from a finalizer, an exit
    /// call) to stderr under `heading`, as CPython's unraisable hook does.
    pub(crate) fn report_unraisable(&mut self, heading: &str, e: &PyErr) {
        let report = self.format_exception_alone(&e.exc);
        let text = format!("{heading}\n{report}");
        // What was printed before comes first, as from CPython.
        self.stdout.flush();
        let _ = self.write_text(crate::value::Stream::Stderr, &text);
    }

    /// Closes a generator the way a finalizer does: an exception is
    /// reported as unraisable and dropped.
    fn close_unraisable(&mut self, gen: &Rc<RefCell<Generator>>) {
        let Err(e) = self.gen_close(gen) else {
            return;
        };
        if crate::interp::is_limit(&e) {
            return;
        }
        let obj =
            crate::objects::iter::new_value(crate::objects::iter::PyIter::Generator(gen.clone()));
        let what = self.repr_of(&obj).unwrap_or_default();
        self.report_unraisable(&format!("Exception ignored in: {what}"), &e);
    }

    /// What CPython's exit does to the suspended generators `__main__`
    /// still holds: its collector closes them with the variables intact,
    /// those bound to variables first (in definition order), then those
    /// inside containers (lists, tuples, dicts, sets, instances).
    pub fn finalize_main(&mut self) {
        self.run_atexit();
        self.finalize_discarded();
        // CPython collects the garbage cycles before it clears `__main__`.
        self.collect_cycles();
        self.finalize_discarded();
        self.clearing_modules = true;
        let values = self.main_values();
        let suspended = |v: &Value| match v {
            Value::Iter(i) => crate::objects::iter::generator_of(i)
                .filter(|g| g.try_borrow().is_ok_and(|g| g.needs_close())),
            _ => None,
        };
        let unawaited = |v: &Value| match v {
            Value::Iter(i) => crate::objects::iter::generator_of(i).filter(|g| {
                g.try_borrow()
                    .is_ok_and(|g| g.func.def.is_coroutine && !g.started && !g.finished)
            }),
            _ => None,
        };
        let mut later = Vec::new();
        for v in &values {
            if let Some(g) = unawaited(v) {
                // CPython's finalization warns with no frame to name.
                g.borrow_mut().finished = true;
                let text = format!(
                    "sys:1: RuntimeWarning: coroutine '{}' was never awaited\n",
                    g.borrow().qualname()
                );
                self.stdout.flush();
                let _ = self.write_text(crate::value::Stream::Stderr, &text);
                continue;
            }
            match suspended(v) {
                Some(g) => self.close_unraisable(&g),
                None => later.push(v.clone()),
            }
        }
        // The containers, walked breadth first, each visited once.
        let mut seen = std::collections::HashSet::new();
        let mut queue: std::collections::VecDeque<Value> = later.into();
        while let Some(v) = queue.pop_front() {
            if let Some(g) = suspended(&v) {
                self.close_unraisable(&g);
                continue;
            }
            let Some(p) = v.ptr() else { continue };
            if !seen.insert(p) {
                continue;
            }
            match &v {
                Value::List(l) => queue.extend(l.borrow().iter().cloned()),
                Value::Tuple(t) => queue.extend(t.iter().cloned()),
                Value::Dict(d) => queue.extend(d.map.borrow().values().cloned()),
                Value::Set(s) => queue.extend(s.table.borrow().items()),
                Value::Instance(i) => queue.extend(i.attrs.borrow().values().cloned()),
                _ => {}
            }
        }
        self.finalize_discarded();
        self.finalize_main_dels();
        // A host may go on using the interpreter.
        self.clearing_modules = false;
    }

    /// The values `__main__`'s variables hold, in definition order.
    fn main_values(&self) -> Vec<Value> {
        self.globals
            .values
            .borrow()
            .iter()
            .flatten()
            .cloned()
            .collect()
    }

    /// The `__del__` CPython runs at exit as it clears `__main__`: first of
    /// the instances the variables hold and those their attributes hold
    /// (depth first, variables in definition order), then of those inside
    /// lists, tuples, dicts and sets. The objects stay alive (the
    /// interpreter stays usable); each `__del__` runs once.
    fn finalize_main_dels(&mut self) {
        let values = self.main_values();
        let mut seen = std::collections::HashSet::new();
        let mut containers = Vec::new();
        for phase in 0..2 {
            let roots = if phase == 0 { &values } else { &containers };
            let mut stack: Vec<Value> = roots.iter().rev().cloned().collect();
            let mut found = Vec::new();
            while let Some(v) = stack.pop() {
                let Some(p) = v.ptr() else { continue };
                let children: Vec<Value> = match &v {
                    Value::Instance(i) => i.attrs.borrow().values().cloned().collect(),
                    Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_)
                        if phase == 0 =>
                    {
                        found.push(v.clone());
                        continue;
                    }
                    // Sequences release their items last first.
                    Value::List(l) => l.borrow().iter().rev().cloned().collect(),
                    Value::Tuple(t) => t.iter().rev().cloned().collect(),
                    Value::Dict(d) => d.map.borrow().values().cloned().collect(),
                    Value::Set(s) => s.table.borrow().items(),
                    _ => continue,
                };
                if !seen.insert(p) {
                    continue;
                }
                if let Value::Instance(i) = &v {
                    if !i.finalized.get() && i.class().has_del() {
                        self.run_instance_del(v.clone());
                        self.finalize_discarded();
                    }
                }
                stack.extend(children.into_iter().rev());
            }
            containers = found;
        }
    }
}

/// How a generator is resumed.
pub enum Resume {
    /// `next()` (None) or `send(v)`.
    Send(Value),
    /// `throw()` or `close()`: raised at the suspended yield.
    Throw(Box<PyErr>),
}

/// What a delegate of `yield from` did when resumed.
enum Delegate {
    Yielded(Value),
    Returned(Value),
}

fn located(mut e: Box<PyErr>, span: Span) -> Box<PyErr> {
    if e.loc.is_none() && !e.reraise {
        e.loc = Some(span);
    }
    e
}

fn sub_block(stmt: &Stmt, sub: Sub) -> &[Stmt] {
    match (&stmt.kind, sub) {
        (StmtKind::If(_, a, _), Sub::Body) => a,
        (StmtKind::If(_, _, b), Sub::OrElse) => b,
        (StmtKind::While(_, a, _), Sub::Body) => a,
        (StmtKind::While(_, _, b), Sub::OrElse) => b,
        (StmtKind::For(_, _, a, _), Sub::Body) => a,
        (StmtKind::For(_, _, _, b), Sub::OrElse) => b,
        (StmtKind::Try { body, .. } | StmtKind::TryStar { body, .. }, Sub::Body) => body,
        (StmtKind::Try { orelse, .. } | StmtKind::TryStar { orelse, .. }, Sub::OrElse) => orelse,
        (StmtKind::Try { handlers, .. } | StmtKind::TryStar { handlers, .. }, Sub::Handler(i)) => {
            handlers.get(i).map_or(&[], |h| &h.body[..])
        }
        (StmtKind::Try { finalbody, .. } | StmtKind::TryStar { finalbody, .. }, Sub::Final) => {
            finalbody
        }
        (StmtKind::With(_, body), Sub::Body) => body,
        (StmtKind::Match(_, cases), Sub::Case(i)) => cases.get(i).map_or(&[], |c| &c.body[..]),
        _ => &[],
    }
}

/// The block of level `n`, walking down from the function body.
fn block_of<'a>(def: &'a FunctionDef, stack: &[Level], n: usize) -> &'a [Stmt] {
    let mut block: &[Stmt] = &def.body;
    for level in stack.get(1..=n).unwrap_or_default() {
        match block.get(level.stmt) {
            Some(s) => block = sub_block(s, level.sub),
            None => return &[],
        }
    }
    block
}

/// The compound statement that owns level `n` (n >= 1).
fn owner_of<'a>(def: &'a FunctionDef, stack: &[Level], n: usize) -> Option<&'a Stmt> {
    let level = stack.get(n)?;
    block_of(def, stack, n.checked_sub(1)?).get(level.stmt)
}

/// The `as` name of the `except` clause a handler level runs.
fn handler_name(owner: Option<&Stmt>, sub: Sub) -> Option<pyview_syntax::ir::NameRef> {
    star_clause(owner, sub).and_then(|h| h.name)
}

/// The `except` or `except*` clause a handler level runs.
fn star_clause(owner: Option<&Stmt>, sub: Sub) -> Option<&ExceptHandler> {
    match (owner.map(|s| &s.kind), sub) {
        (
            Some(StmtKind::Try { handlers, .. } | StmtKind::TryStar { handlers, .. }),
            Sub::Handler(i),
        ) => handlers.get(i),
        _ => None,
    }
}

/// Sets `new`'s context to `old` (the exception it replaces), as
/// raising while handling does.
fn chain(new: &PyErr, old: &PyErr) {
    if !Rc::ptr_eq(&new.exc, &old.exc) && new.exc.context.borrow().is_none() {
        *new.exc.context.borrow_mut() = Some(old.exc.clone());
    }
}

enum Step {
    Yield(Value),
    Return(Value),
}

/// A `StopIteration` leaving a generator's body becomes a RuntimeError
/// (PEP 479), caused by it; so does a `StopAsyncIteration` leaving an
/// async generator's.
fn escaped(e: Box<PyErr>, def: &FunctionDef) -> Box<PyErr> {
    let stop = if e.exc.typ.is_subclass(ExcType::StopIteration) {
        "StopIteration"
    } else if def.is_async_gen && e.exc.typ.is_subclass(ExcType::StopAsyncIteration) {
        "StopAsyncIteration"
    } else {
        return e;
    };
    let r = PyException::new(
        ExcType::RuntimeError,
        vec![Value::str(&format!("{} raised {stop}", kind_words(def)))],
    );
    *r.cause.borrow_mut() = Some(e.exc.clone());
    *r.context.borrow_mut() = Some(e.exc.clone());
    r.suppress_context.set(true);
    exceptions::err_from(r)
}

/// The first line of a function (from its first decorator), as a span
/// covering the whole line so that tracebacks show no carets.
fn first_line(func: &PyFunction) -> Span {
    let code = &func.code;
    let line = code.lines.line(func.def.span.start);
    let start = code.lines.line_start(line);
    let len = code.lines.line_text(&code.source, line).trim_end().len();
    Span {
        start,
        end: start.saturating_add(u32::try_from(len).unwrap_or(0)),
    }
}

fn stop_iteration(v: Value) -> Box<PyErr> {
    exceptions::err_from(PyException::new(
        ExcType::StopIteration,
        if v.is_none() { vec![] } else { vec![v] },
    ))
}

impl Vm {
    /// Resumes a generator; `Ok(None)` when it finishes (its return value
    /// is then in `return_value`).
    pub fn resume(&mut self, gen: &Rc<RefCell<Generator>>, how: Resume) -> PyResult<Option<Value>> {
        let (func, mut stack, target, slots) = {
            let mut g = gen.borrow_mut();
            if g.running {
                return Err(already_executing(kind_words(&g.func.def)));
            }
            if g.finished && g.func.def.is_coroutine {
                return Err(exceptions::runtime_error(
                    "cannot reuse already awaited coroutine",
                ));
            }
            if g.finished {
                return match how {
                    // The return value is delivered once: a finished
                    // generator stops with no value afterwards.
                    Resume::Send(_) => {
                        g.return_value = Value::None;
                        Ok(None)
                    }
                    Resume::Throw(e) => Err(e),
                };
            }
            if !g.started {
                match how {
                    Resume::Send(ref v) if !v.is_none() => {
                        return Err(send_to_new(kind_words(&g.func.def)))
                    }
                    Resume::Throw(e) => {
                        // Raised on entry, before the body runs: at the
                        // function's first line, as a whole.
                        g.finished = true;
                        let func = g.func.clone();
                        drop(g);
                        let e = located(e, first_line(&func));
                        let e = self.leave_frame_pub(e, &func.code, &func.globals, &func.def.name);
                        return Err(escaped(e, &func.def));
                    }
                    Resume::Send(_) => {}
                }
            }
            g.started = true;
            g.running = true;
            (
                g.func.clone(),
                std::mem::take(&mut g.stack),
                g.resume_target.take(),
                std::mem::take(&mut g.slots),
            )
        };
        let def = func.def.clone();
        let mut frame = Frame::of_function(&func, slots);
        // The exceptions its suspended `except` blocks handle are current
        // again while it runs.
        for l in &stack {
            if let Some(e) = handled_by(&l.kind) {
                self.push_handling(e.clone());
            }
        }
        self.push_function_frame(&func);
        let result = self.run_generator(&def, &mut frame, &mut stack, target, how);
        self.pop_frame();
        let mut g = gen.borrow_mut();
        g.running = false;
        g.slots = std::mem::take(&mut frame.slots);
        match result {
            Ok((Step::Yield(v), at)) => {
                g.stack = stack;
                g.resume_target = at;
                for _ in g.handled() {
                    self.pop_handling();
                }
                Ok(Some(v))
            }
            Ok((Step::Return(v), _)) => {
                g.finished = true;
                g.return_value = v;
                Ok(None)
            }
            Err(e) => {
                g.finished = true;
                drop(g);
                let e = self.leave_frame_pub(e, &func.code, &func.globals, &def.name);
                Err(escaped(e, &def))
            }
        }
    }

    fn run_generator(
        &mut self,
        def: &FunctionDef,
        f: &mut Frame,
        stack: &mut Vec<Level>,
        target: Option<(usize, usize)>,
        how: Resume,
    ) -> PyResult<(Step, Option<(usize, usize)>)> {
        if self.depth_exceeded() {
            return Err(exceptions::new_err(
                ExcType::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        self.enter_call();
        let r = crate::interp::with_stack(|| self.gen_loop(def, f, stack, target, how));
        self.leave_call();
        r
    }

    fn gen_loop(
        &mut self,
        def: &FunctionDef,
        f: &mut Frame,
        stack: &mut Vec<Level>,
        target: Option<(usize, usize)>,
        how: Resume,
    ) -> PyResult<(Step, Option<(usize, usize)>)> {
        let delegating = matches!(
            stack.last(),
            Some(Level {
                kind: Kind::YieldFrom(_),
                ..
            })
        );
        // What the delegate of a suspended `yield from` receives first.
        let mut input = None;
        // The top level's block, while the stack keeps its shape.
        let mut cur: Option<&[Stmt]> = None;
        match how {
            _ if delegating => input = Some(how),
            Resume::Send(sent) => {
                // Deliver the sent value to the suspended `x = yield v`.
                if let Some((lvl, idx)) = target {
                    let block = block_of(def, stack, lvl);
                    if lvl + 1 == stack.len() {
                        cur = Some(block);
                    }
                    if let Some(StmtKind::Yield {
                        target: Some(t), ..
                    }) = block.get(idx).map(|s| &s.kind)
                    {
                        if let Err(e) = self.assign_pub(f, t, sent) {
                            cur = None;
                            if let Some(step) = self.gen_unwind(def, f, stack, Pending::Raise(e))? {
                                return Ok((step, None));
                            }
                        }
                    }
                }
            }
            Resume::Throw(e) => {
                let at = target.and_then(|(lvl, idx)| block_of(def, stack, lvl).get(idx));
                let e = match at {
                    Some(s) => located(e, s.span),
                    None => e,
                };
                if let Some(step) = self.gen_unwind(def, f, stack, Pending::Raise(e))? {
                    return Ok((step, None));
                }
            }
        }
        loop {
            let Some(top) = stack.len().checked_sub(1) else {
                return Ok((Step::Return(Value::None), None));
            };
            if let Kind::YieldFrom(it) = &stack[top].kind {
                cur = None;
                let it = it.clone();
                let how = input.take().unwrap_or(Resume::Send(Value::None));
                let at = owner_of(def, stack, top);
                let span = at.map(|s| s.span);
                let r = self.delegate(&it, how);
                let ret = match r {
                    Ok(Delegate::Yielded(v)) => return Ok((Step::Yield(v), None)),
                    Ok(Delegate::Returned(v)) => v,
                    Err(e) => {
                        stack.pop();
                        let e = match span {
                            Some(s) => located(e, s),
                            None => e,
                        };
                        if let Some(step) = self.gen_unwind(def, f, stack, Pending::Raise(e))? {
                            return Ok((step, None));
                        }
                        continue;
                    }
                };
                stack.pop();
                if let Some(StmtKind::Yield {
                    target: Some(t), ..
                }) = at.map(|s| &s.kind)
                {
                    if let Err(e) = self.assign_pub(f, t, ret) {
                        if let Some(step) = self.gen_unwind(def, f, stack, Pending::Raise(e))? {
                            return Ok((step, None));
                        }
                    }
                }
                continue;
            }
            let block = match cur {
                Some(b) => b,
                None => *cur.insert(block_of(def, stack, top)),
            };
            let idx = stack[top].idx;
            let Some(stmt) = block.get(idx) else {
                let shape = (stack.len(), stack[top].sub);
                if let Some(step) = self.gen_block_done(def, f, stack)? {
                    return Ok((step, None));
                }
                // A loop going round keeps its level (and block).
                if stack.last().map(|l| (stack.len(), l.sub)) != Some(shape) {
                    cur = None;
                }
                continue;
            };
            stack[top].idx += 1;
            let outcome = if stmt.yields {
                cur = None;
                self.gen_enter(f, stack, stmt, idx)
                    .map_err(|e| located(e, stmt.span))
            } else {
                self.exec_block(f, std::slice::from_ref(stmt)).map(Some)
            };
            let pending = match outcome {
                Ok(None) | Ok(Some(Flow::Normal)) => continue,
                Ok(Some(Flow::Yielded(v))) => return Ok((Step::Yield(v), Some((top, idx)))),
                Ok(Some(Flow::Break)) => Pending::Break,
                Ok(Some(Flow::Continue)) => Pending::Continue,
                Ok(Some(Flow::Return(v))) => Pending::Return(v),
                Err(e) => Pending::Raise(e),
            };
            let shape = (stack.len(), stack[top].sub);
            if let Some(step) = self.gen_unwind(def, f, stack, pending)? {
                return Ok((step, None));
            }
            if stack.last().map(|l| (stack.len(), l.sub)) != Some(shape) {
                cur = None;
            }
        }
    }

    /// Resumes an awaitable's iterator: `Ok(v)` yielded, `Err(v)` returned.
    pub(crate) fn delegate_pub(
        &mut self,
        it: &Value,
        how: Resume,
    ) -> PyResult<Result<Value, Value>> {
        Ok(match self.delegate(it, how)? {
            Delegate::Yielded(v) => Ok(v),
            Delegate::Returned(v) => Err(v),
        })
    }

    /// Resumes the delegate of a `yield from`.
    fn delegate(&mut self, it: &Value, how: Resume) -> PyResult<Delegate> {
        if let Value::Iter(i) = it {
            if crate::coroutine::is_await_iter(&i.borrow()) {
                return match self.await_step(i, how) {
                    Some(Ok(crate::coroutine::AStep::Yield(v))) => Ok(Delegate::Yielded(v)),
                    Some(Ok(crate::coroutine::AStep::Return(v))) => Ok(Delegate::Returned(v)),
                    Some(Err(e)) => Err(e),
                    None => Ok(Delegate::Returned(Value::None)),
                };
            }
            if let Some(g) = crate::objects::iter::generator_of(i) {
                return match how {
                    Resume::Throw(e) if e.exc.typ == ExcType::GeneratorExit => {
                        // Closing: the delegate is closed, then the
                        // GeneratorExit goes on at the `yield from`.
                        self.gen_close(&g)?;
                        Err(e)
                    }
                    how => Ok(match self.resume(&g, how)? {
                        Some(v) => Delegate::Yielded(v),
                        None => Delegate::Returned(g.borrow().return_value.clone()),
                    }),
                };
            }
        }
        let (name, args) = match how {
            // A user iterator's StopIteration carries the return value.
            Resume::Send(v) if v.is_none() && crate::dispatch::user_class(it).is_some() => {
                ("__next__", vec![])
            }
            Resume::Send(v) if v.is_none() => {
                return Ok(match self.next(it)? {
                    Some(v) => Delegate::Yielded(v),
                    None => Delegate::Returned(Value::None),
                })
            }
            Resume::Send(v) => ("send", vec![v]),
            Resume::Throw(e) if e.exc.typ == ExcType::GeneratorExit => {
                if self.has_method(it, "close") {
                    self.call_method(it, "close", Args::default())?;
                }
                return Err(e);
            }
            Resume::Throw(e) if !self.has_method(it, "throw") => return Err(e),
            Resume::Throw(e) => {
                let args = match self.raw_throw.take() {
                    Some(raw) => raw,
                    None => vec![Value::Exception(e.exc.clone())],
                };
                ("throw", args)
            }
        };
        match self.call_method(it, name, Args::new(args)) {
            Ok(v) => Ok(Delegate::Yielded(v)),
            Err(e) if e.exc.typ == ExcType::StopIteration => {
                let v = e.exc.args.borrow().first().cloned().unwrap_or(Value::None);
                Ok(Delegate::Returned(v))
            }
            Err(e) => Err(e),
        }
    }

    /// Starts a statement that contains a yield: pushes its level.
    fn gen_enter(
        &mut self,
        f: &mut Frame,
        stack: &mut Vec<Level>,
        stmt: &Stmt,
        idx: usize,
    ) -> PyResult<Option<Flow>> {
        let level = |sub, kind| Level {
            stmt: idx,
            sub,
            idx: 0,
            kind,
        };
        match &stmt.kind {
            StmtKind::Yield { value, kind, .. } => {
                let v = match value {
                    Some(e) => self.eval(f, e)?,
                    None => Value::None,
                };
                if *kind == YieldKind::Value {
                    return Ok(Some(Flow::Yielded(v)));
                }
                self.yield_other(stack, stmt, idx, *kind, v)
            }
            StmtKind::If(test, _, _) => {
                let sub = if self.eval_cond(f, test, stmt.span)? {
                    Sub::Body
                } else {
                    Sub::OrElse
                };
                stack.push(level(sub, Kind::Block));
                Ok(None)
            }
            StmtKind::While(test, _, _) => {
                self.check_interrupt()?;
                if self.eval_cond(f, test, stmt.span)? {
                    stack.push(level(Sub::Body, Kind::While));
                } else {
                    stack.push(level(Sub::OrElse, Kind::Block));
                }
                Ok(None)
            }
            StmtKind::For(target, iter_e, _, _) => {
                let v = self.eval(f, iter_e)?;
                let it = self.get_iter(&v).map_err(|e| located(e, stmt.span))?;
                match self.next(&it).map_err(|e| located(e, stmt.span))? {
                    Some(item) => {
                        self.check_interrupt()?;
                        self.assign_pub(f, target, item)?;
                        stack.push(level(Sub::Body, Kind::For(it)));
                    }
                    None => stack.push(level(Sub::OrElse, Kind::Block)),
                }
                Ok(None)
            }
            StmtKind::Try { .. } | StmtKind::TryStar { .. } => {
                stack.push(level(Sub::Body, Kind::TryBody));
                Ok(None)
            }
            StmtKind::With(items, _) => {
                // The front end gives a `with` around a yield one item.
                let Some(item) = items.first() else {
                    return Ok(None);
                };
                let ctx = self.eval(f, &item.ctx)?;
                let has_enter = self.has_method(&ctx, "__enter__");
                if !has_enter || !self.has_method(&ctx, "__exit__") {
                    return Err(located(
                        exceptions::not_context_manager(ctx.type_name(), has_enter),
                        stmt.span,
                    ));
                }
                let entered = self
                    .call_method(&ctx, "__enter__", Args::default())
                    .map_err(|e| located(e, stmt.span))?;
                stack.push(level(Sub::Body, Kind::With(ctx)));
                if let Some(t) = &item.target {
                    self.assign_pub(f, t, entered)?;
                }
                Ok(None)
            }
            StmtKind::Match(subject, cases) => {
                let v = self.eval(f, subject)?;
                for (i, case) in cases.iter().enumerate() {
                    if !self.match_pattern(f, &case.pattern, &v)? {
                        continue;
                    }
                    if let Some(g) = &case.guard {
                        let t = self.eval(f, g)?;
                        if !self.truthy(&t)? {
                            continue;
                        }
                    }
                    stack.push(level(Sub::Case(i), Kind::Block));
                    break;
                }
                Ok(None)
            }
            _ => self.exec_block(f, std::slice::from_ref(stmt)).map(Some),
        }
    }

    /// A `yield` of an async generator, `yield from` or `await`: kept
    /// out of line so that a plain `yield` stays short.
    #[inline(never)]
    fn yield_other(
        &mut self,
        stack: &mut Vec<Level>,
        stmt: &Stmt,
        idx: usize,
        kind: YieldKind,
        v: Value,
    ) -> PyResult<Option<Flow>> {
        let it = match kind {
            YieldKind::Value => return Ok(Some(Flow::Yielded(v))),
            YieldKind::AsyncValue => {
                self.agen_yielded = true;
                return Ok(Some(Flow::Yielded(v)));
            }
            YieldKind::From => self.get_iter(&v)?,
            YieldKind::Await => {
                // Where a coroutine `__await__` returned is reported.
                self.site = stmt.span;
                self.awaitable_iter(&v)?
            }
        };
        stack.push(Level {
            stmt: idx,
            sub: Sub::Body,
            idx: 0,
            kind: Kind::YieldFrom(it),
        });
        Ok(None)
    }

    /// The top level's block ran to its end.
    fn gen_block_done(
        &mut self,
        def: &FunctionDef,
        f: &mut Frame,
        stack: &mut Vec<Level>,
    ) -> PyResult<Option<Step>> {
        let Some(top) = stack.len().checked_sub(1).filter(|&t| t > 0) else {
            stack.clear();
            return Ok(Some(Step::Return(Value::None)));
        };
        let owner = owner_of(def, stack, top);
        let span = owner.map_or_else(Span::default, |s| s.span);
        if matches!(stack[top].kind, Kind::For(_) | Kind::While) {
            // A loop iteration: the evaluator's poll, as in `exec_for`.
            if let Err(e) = self.check_interrupt() {
                return self.gen_unwind(def, f, stack, Pending::Raise(e));
            }
        }
        match &mut stack[top].kind {
            Kind::For(it) => {
                let it = it.clone();
                let next = match self.next(&it) {
                    Ok(n) => n,
                    Err(e) => {
                        return self.gen_unwind(def, f, stack, Pending::Raise(located(e, span)))
                    }
                };
                match next {
                    Some(item) => {
                        if let Some(StmtKind::For(target, ..)) = owner.map(|s| &s.kind) {
                            if let Err(e) = self.assign_pub(f, target, item) {
                                let e = located(e, span);
                                return self.gen_unwind(def, f, stack, Pending::Raise(e));
                            }
                        }
                        stack[top].idx = 0;
                    }
                    None => {
                        stack[top].sub = Sub::OrElse;
                        stack[top].idx = 0;
                        stack[top].kind = Kind::Block;
                    }
                }
            }
            Kind::While => {
                let (test, at) = match owner {
                    Some(
                        s @ Stmt {
                            kind: StmtKind::While(t, ..),
                            ..
                        },
                    ) => (t, s.span),
                    _ => {
                        stack.pop();
                        return Ok(None);
                    }
                };
                let t = match self.eval_cond(f, test, at) {
                    Ok(t) => t,
                    Err(e) => return self.gen_unwind(def, f, stack, Pending::Raise(e)),
                };
                stack[top].idx = 0;
                if !t {
                    stack[top].sub = Sub::OrElse;
                    stack[top].kind = Kind::Block;
                }
            }
            Kind::TryBody => {
                stack[top].sub = Sub::OrElse;
                stack[top].idx = 0;
                stack[top].kind = Kind::TryElse;
            }
            Kind::StarHandler(_) => {
                let r = match star_clause(owner, stack[top].sub) {
                    Some(h) => self.star_step(f, owner, &mut stack[top], Some((h, None))),
                    None => Ok(()),
                };
                if let Err(e) = r {
                    return self.gen_unwind(def, f, stack, Pending::Raise(e));
                }
            }
            Kind::TryElse | Kind::Handler(_) => {
                if let Kind::Handler(_) = stack[top].kind {
                    self.pop_handling();
                    if let Some(n) = handler_name(owner, stack[top].sub) {
                        self.unbind_pub(f, n)?;
                    }
                }
                stack[top].sub = Sub::Final;
                stack[top].idx = 0;
                stack[top].kind = Kind::Finally(None);
            }
            Kind::Finally(pending) => {
                let pending = pending.take();
                if let Some(Pending::Raise(_)) = &pending {
                    self.pop_handling();
                }
                stack.pop();
                if let Some(p) = pending {
                    return self.gen_unwind(def, f, stack, p);
                }
            }
            Kind::With(ctx) => {
                let ctx = ctx.clone();
                stack.pop();
                let args = Args::new(vec![Value::None, Value::None, Value::None]);
                if let Err(e) = self.call_method(&ctx, "__exit__", args) {
                    // CPython locates `__exit__` at the whole statement.
                    return self.gen_unwind(def, f, stack, Pending::Raise(located(e, span)));
                }
            }
            Kind::Block | Kind::YieldFrom(_) => {
                stack.pop();
            }
        }
        Ok(None)
    }

    /// Propagates a break, continue, return or exception outwards through
    /// the levels; `Some(step)` when it leaves the generator.
    fn gen_unwind(
        &mut self,
        def: &FunctionDef,
        f: &mut Frame,
        stack: &mut Vec<Level>,
        mut pending: Pending,
    ) -> PyResult<Option<Step>> {
        if let Pending::Raise(e) = pending {
            if crate::interp::is_limit(&e) {
                // Host limits skip handlers, `finally` and `__exit__`.
                for level in stack.drain(..) {
                    if handled_by(&level.kind).is_some() {
                        self.pop_handling();
                    }
                }
                return Err(e);
            }
            pending = Pending::Raise(e);
        }
        while let Some(top) = stack.len().checked_sub(1) {
            if top == 0 {
                stack.pop();
                break;
            }
            let owner = owner_of(def, stack, top);
            match (&stack[top].kind, &pending) {
                (Kind::For(_) | Kind::While, Pending::Break) => {
                    stack.pop();
                    return Ok(None);
                }
                (Kind::For(_) | Kind::While, Pending::Continue) => {
                    let n = block_of(def, stack, top).len();
                    stack[top].idx = n;
                    return Ok(None);
                }
                (Kind::TryBody, Pending::Raise(_))
                    if matches!(owner.map(|s| &s.kind), Some(StmtKind::TryStar { .. })) =>
                {
                    let Pending::Raise(e) = pending else {
                        break;
                    };
                    let st = self.star_start(f, e);
                    stack[top].kind = Kind::StarHandler(Box::new(st));
                    match self.star_step(f, owner, &mut stack[top], None) {
                        Ok(()) => return Ok(None),
                        Err(e) => {
                            stack.pop();
                            pending = Pending::Raise(e);
                        }
                    }
                }
                (Kind::StarHandler(_), Pending::Raise(_)) => {
                    let Pending::Raise(e) = pending else {
                        break;
                    };
                    let Some(h) = star_clause(owner, stack[top].sub) else {
                        stack.pop();
                        pending = Pending::Raise(e);
                        continue;
                    };
                    match self.star_step(f, owner, &mut stack[top], Some((h, Some(e)))) {
                        Ok(()) => return Ok(None),
                        Err(e) => {
                            stack.pop();
                            pending = Pending::Raise(e);
                        }
                    }
                }
                (Kind::StarHandler(_), _) => {
                    // `break`, `continue` and `return` cannot leave an
                    // `except*` block; a flow that does drops the handling.
                    if let Some(h) = star_clause(owner, stack[top].sub) {
                        self.star_abandon(f, h);
                    }
                    self.enter_finally(f, &mut stack[top], Some(pending));
                    return Ok(None);
                }
                (Kind::TryBody, Pending::Raise(_)) => {
                    let Pending::Raise(e) = pending else {
                        break;
                    };
                    let Some(StmtKind::Try {
                        handlers,
                        finalbody,
                        ..
                    }) = owner.map(|s| &s.kind)
                    else {
                        stack.pop();
                        pending = Pending::Raise(e);
                        continue;
                    };
                    let found = match self.find_handler(f, handlers, &e.exc) {
                        Ok(found) => found,
                        Err(new) => {
                            // A failing `except` clause replaces the
                            // exception, which becomes its context.
                            let e = self.record_here(f, e);
                            chain(&new, &e);
                            if !finalbody.is_empty() {
                                self.enter_finally(f, &mut stack[top], Some(Pending::Raise(new)));
                                return Ok(None);
                            }
                            stack.pop();
                            pending = Pending::Raise(new);
                            continue;
                        }
                    };
                    match found {
                        Some(i) => {
                            let e = self.record_here(f, e);
                            let exc = e.exc.clone();
                            if let Some(n) = handlers.get(i).and_then(|h| h.name) {
                                self.store_pub(f, n, Value::Exception(exc.clone()))?;
                            }
                            self.push_handling(exc.clone());
                            stack[top].sub = Sub::Handler(i);
                            stack[top].idx = 0;
                            stack[top].kind = Kind::Handler(exc);
                            return Ok(None);
                        }
                        None if !finalbody.is_empty() => {
                            self.enter_finally(f, &mut stack[top], Some(Pending::Raise(e)));
                            return Ok(None);
                        }
                        None => {
                            stack.pop();
                            pending = Pending::Raise(e);
                        }
                    }
                }
                (Kind::TryBody | Kind::TryElse | Kind::Handler(_), _) => {
                    if let Kind::Handler(exc) = &stack[top].kind {
                        let exc = exc.clone();
                        self.pop_handling();
                        if let Some(n) = handler_name(owner, stack[top].sub) {
                            self.unbind_pub(f, n)?;
                        }
                        if let Pending::Raise(new) = &pending {
                            if !Rc::ptr_eq(&new.exc, &exc) && new.exc.context.borrow().is_none() {
                                *new.exc.context.borrow_mut() = Some(exc);
                            }
                        }
                    }
                    let has_final = matches!(
                        owner.map(|s| &s.kind),
                        Some(StmtKind::Try { finalbody, .. } | StmtKind::TryStar { finalbody, .. })
                            if !finalbody.is_empty()
                    );
                    if has_final {
                        self.enter_finally(f, &mut stack[top], Some(pending));
                        return Ok(None);
                    }
                    stack.pop();
                }
                (Kind::Finally(Some(Pending::Raise(_))), Pending::Raise(_)) => {
                    // Raised in a `finally` run for an exception, which
                    // becomes the context (and ends its traceback here).
                    if let Some(Level {
                        kind: Kind::Finally(Some(Pending::Raise(old))),
                        ..
                    }) = stack.pop()
                    {
                        self.pop_handling();
                        let old = self.record_here(f, old);
                        if let Pending::Raise(new) = &pending {
                            chain(new, &old);
                        }
                    }
                }
                (Kind::With(ctx), _) => {
                    let ctx = ctx.clone();
                    stack.pop();
                    let args = match &mut pending {
                        Pending::Raise(e) => {
                            crate::interp::record_in_frame(f, e);
                            vec![
                                self.type_of(&Value::Exception(e.exc.clone())),
                                Value::Exception(e.exc.clone()),
                                crate::traceback::TracebackObject::of(&e.exc),
                            ]
                        }
                        _ => vec![Value::None, Value::None, Value::None],
                    };
                    let r = self
                        .call_method(&ctx, "__exit__", Args::new(args))
                        .and_then(|r| self.truthy(&r));
                    match r {
                        Ok(true) if matches!(pending, Pending::Raise(_)) => return Ok(None),
                        Ok(_) => {}
                        Err(new) => {
                            let new = match owner {
                                Some(s) => located(new, s.span),
                                None => new,
                            };
                            if let Pending::Raise(old) = pending {
                                let old = self.record_here(f, old);
                                chain(&new, &old);
                            }
                            pending = Pending::Raise(new);
                        }
                    }
                }
                _ => {
                    if let Some(Level {
                        kind: Kind::Finally(Some(Pending::Raise(_))),
                        ..
                    }) = stack.pop()
                    {
                        self.pop_handling();
                    }
                }
            }
        }
        match pending {
            Pending::Raise(e) => Err(e),
            Pending::Return(v) => Ok(Some(Step::Return(v))),
            _ => Ok(Some(Step::Return(Value::None))),
        }
    }

    /// Moves an `except*` level on: the clause that ran ended (`done`,
    /// with what it raised, if anything; `None` when none ran yet), then
    /// the next matching clause runs, or the `finally` block with what
    /// the statement raises, if anything. An error is a host limit that
    /// ended the handling.
    fn star_step(
        &mut self,
        f: &mut Frame,
        owner: Option<&Stmt>,
        level: &mut Level,
        done: Option<(&ExceptHandler, Option<Box<PyErr>>)>,
    ) -> PyResult<()> {
        let Some(StmtKind::TryStar { handlers, .. }) = owner.map(|s| &s.kind) else {
            return Ok(());
        };
        let Kind::StarHandler(st) = &mut level.kind else {
            return Ok(());
        };
        if let Some((h, err)) = done {
            self.star_clause_done(f, h, st, err)?;
        }
        let next = self.star_next(f, handlers, st);
        let next = match next {
            Ok(n) => n,
            Err(e) => {
                self.enter_finally(f, level, Some(Pending::Raise(e)));
                return Ok(());
            }
        };
        if let Some(i) = next {
            level.sub = Sub::Handler(i);
            level.idx = 0;
            return Ok(());
        }
        let Kind::StarHandler(st) = std::mem::replace(&mut level.kind, Kind::Finally(None)) else {
            return Ok(());
        };
        level.sub = Sub::Final;
        level.idx = 0;
        if let Err(e) = self.star_finish(*st) {
            self.enter_finally(f, level, Some(Pending::Raise(e)));
        }
        Ok(())
    }

    /// The `except` clause of a `try` that matches `exc`.
    fn find_handler(
        &mut self,
        f: &mut Frame,
        handlers: &[pyview_syntax::ir::ExceptHandler],
        exc: &Rc<PyException>,
    ) -> PyResult<Option<usize>> {
        for (i, h) in handlers.iter().enumerate() {
            let matches = match &h.kind {
                None => true,
                Some(k) => {
                    let kv = self.eval(f, k)?;
                    self.exception_matches_pub(exc, &kv)
                        .map_err(|e| located(e, h.span))?
                }
            };
            if matches {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    /// Records this frame's traceback entry for an exception handled (or
    /// replaced) here.
    /// Moves a `try` level on to its `finally` block, run for `pending`:
    /// an exception in flight has this frame's entry and is being handled.
    fn enter_finally(&mut self, f: &Frame, level: &mut Level, pending: Option<Pending>) {
        let mut pending = pending;
        if let Some(Pending::Raise(e)) = &mut pending {
            crate::interp::record_in_frame(f, e);
            self.push_handling(e.exc.clone());
        }
        level.sub = Sub::Final;
        level.idx = 0;
        level.kind = Kind::Finally(pending);
    }

    fn record_here(&mut self, f: &Frame, mut e: Box<PyErr>) -> Box<PyErr> {
        if let Some(span) = e.loc.take() {
            e.exc.traceback.borrow_mut().push(TbEntry {
                code: f.code.clone(),
                span,
                func: f.name.clone(),
                globals: Some(f.globals.clone()),
            });
        }
        e
    }

    /// `gen.send(v)` (or `next` for other iterators).
    pub fn gen_send(&mut self, it: &Value, v: Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(i) => match crate::objects::iter::generator_of(i) {
                Some(g) => self.resume(&g, Resume::Send(v)),
                None => self.next(it),
            },
            _ => self.next(it),
        }
    }

    /// `gen.close()`: raises GeneratorExit at the suspended yield.
    pub fn gen_close(&mut self, gen: &Rc<RefCell<Generator>>) -> PyResult<Value> {
        {
            let mut g = gen.borrow_mut();
            if g.running {
                return Err(already_executing(kind_words(&g.func.def)));
            }
            if g.finished {
                return Ok(Value::None);
            }
            if !g.started {
                g.finished = true;
                return Ok(Value::None);
            }
        }
        let exit = exceptions::err_from(PyException::new(ExcType::GeneratorExit, vec![]));
        match self.resume(gen, Resume::Throw(exit)) {
            Ok(Some(_)) => Err(ignored_exit(kind_words(&gen.borrow().func.def))),
            Ok(None) => Ok(Value::None),
            Err(e) if matches!(e.exc.typ, ExcType::GeneratorExit | ExcType::StopIteration) => {
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }

    /// `gen.throw(value)`, `gen.throw(type[, value[, traceback]])`.
    pub fn gen_throw(&mut self, gen: &Rc<RefCell<Generator>>, args: &Args) -> PyResult<Value> {
        if !args.kw.is_empty() {
            return Err(type_error("generator.throw() takes no keyword arguments"));
        }
        let n = args.pos.len();
        let (typ, val, tb) = match &args.pos[..] {
            [t] => (t, None, None),
            [t, v] => (t, Some(v), None),
            [t, v, tb] => (t, Some(v), Some(tb)),
            [] => {
                return Err(type_error("throw expected at least 1 argument, got 0"));
            }
            _ => {
                return Err(type_error(format!(
                    "throw expected at most 3 arguments, got {n}"
                )))
            }
        };
        // A `yield from` whose innermost delegate is not a generator but
        // has a `throw` gets the arguments as they are (CPython checks
        // them only where the exception is raised).
        if self.delegates_to_user_throw(gen) && !self.is_generator_exit(typ) {
            self.raw_throw = Some(args.pos.clone());
            let placeholder = exceptions::err_from(PyException::new(ExcType::TypeError, vec![]));
            let r = self.resume(gen, Resume::Throw(placeholder));
            self.raw_throw = None;
            return match r? {
                Some(v) => Ok(v),
                None => Err(stop_iteration(gen.borrow().return_value.clone())),
            };
        }
        let tb = tb.filter(|tb| !tb.is_none());
        if tb.is_some_and(|tb| !crate::traceback::is_traceback(tb)) {
            return Err(type_error(
                "throw() third argument must be a traceback object",
            ));
        }
        let val = val.filter(|v| !v.is_none());
        let exc = match typ {
            Value::Exception(e) => {
                if val.is_some() {
                    return Err(type_error(
                        "instance exception may not have a separate value",
                    ));
                }
                e.clone()
            }
            // CPython makes the instance lazily, once the generator runs
            // again: an error in making it is raised inside the generator.
            Value::Type(TypeId::Exception(_)) => match self.exception_of(typ, val) {
                Ok(e) => e,
                Err(e) => e.exc,
            },
            Value::Class(c) if c.exception_base().is_some() => match self.exception_of(typ, val) {
                Ok(e) => e,
                Err(e) => e.exc,
            },
            other => {
                return Err(type_error(format!(
                    "exceptions must be classes or instances deriving from BaseException, not {}",
                    other.type_name()
                )))
            }
        };
        // The exception is raised with the traceback given.
        if let Some(tb) = tb {
            crate::dispatch::set_traceback(&exc, tb)?;
        }
        match self.resume(gen, Resume::Throw(exceptions::err_from(exc)))? {
            Some(v) => Ok(v),
            None => Err(stop_iteration(gen.borrow().return_value.clone())),
        }
    }

    /// Whether the innermost delegate of `gen`'s suspended `yield from`
    /// chain is an object with its own `throw` (not a generator).
    fn delegates_to_user_throw(&mut self, gen: &Rc<RefCell<Generator>>) -> bool {
        let mut it = gen.borrow().yield_from();
        // A chain of generators is bounded by the objects alive; the cap
        // only guards against a pathological cycle.
        for _ in 0..10_000 {
            let Some(d) = it else { return false };
            if let Value::Iter(i) = &d {
                if crate::coroutine::is_await_iter(&i.borrow()) {
                    return false;
                }
                if let Some(g) = crate::objects::iter::generator_of(i) {
                    it = g.borrow().yield_from();
                    continue;
                }
            }
            return crate::dispatch::user_class(&d).is_some() && self.has_method(&d, "throw");
        }
        false
    }

    /// Whether a `throw()` argument is GeneratorExit (class or instance),
    /// which closes a delegate rather than being thrown into it.
    fn is_generator_exit(&self, v: &Value) -> bool {
        match v {
            Value::Exception(e) => e.typ == ExcType::GeneratorExit,
            Value::Type(TypeId::Exception(t)) => *t == ExcType::GeneratorExit,
            _ => false,
        }
    }

    /// An instance of exception class `typ` made from `val` as CPython
    /// normalises `(type, value)`: `val` itself if an instance, else
    /// `typ(*val)` for a tuple, else `typ(val)`.
    fn exception_of(&mut self, typ: &Value, val: Option<&Value>) -> PyResult<Rc<PyException>> {
        if let Some(Value::Exception(e)) = val {
            if self.exception_matches_pub(e, typ)? {
                return Ok(e.clone());
            }
        }
        let args = match val {
            None => vec![],
            Some(Value::Tuple(items)) => items.to_vec(),
            Some(v) => vec![v.clone()],
        };
        let v = self.call(typ, Args::new(args))?;
        if !matches!(v, Value::Exception(_)) {
            let what = self.repr_of(typ)?;
            return Err(type_error(format!(
                "calling {what} should have returned an instance of BaseException, not {}",
                v.type_name()
            )));
        }
        self.make_exception_pub(&v)
    }

    /// Creates the generator object for a call of a generator function.
    pub(crate) fn make_generator(
        &mut self,
        fun: &Rc<PyFunction>,
        slots: Vec<Option<Value>>,
    ) -> Value {
        crate::objects::iter::new_value(crate::objects::iter::PyIter::Generator(Rc::new(
            RefCell::new(Generator::new(fun.clone(), slots, self.gen_owner)),
        )))
    }

    /// Evaluates a generator expression: its first iterable now (an error
    /// there is raised here, at the whole expression), the rest lazily.
    pub(crate) fn make_genexpr(
        &mut self,
        f: &mut Frame,
        def: &Rc<FunctionDef>,
        iter: &pyview_syntax::ir::Expr,
    ) -> PyResult<Value> {
        let v = self.eval(f, iter)?;
        let it = match self.get_iter(&v).map_err(|e| located(e, def.span))? {
            it @ Value::Iter(_) => it,
            other => crate::objects::iter::new_value(crate::objects::iter::PyIter::Delegate(other)),
        };
        let func = self.make_function_pub(f, def)?;
        match &func {
            Value::Function(fun) => self.call_function(fun, Args::new(vec![it])),
            _ => Ok(Value::None),
        }
    }
}

/// One `for` clause of a generator expression, as its lowering shaped it:
/// `for target in iter:` then `if not cond: continue` per condition.
struct Clause<'a> {
    stmt: &'a Stmt,
    target: &'a pyview_syntax::ir::Target,
    iter: &'a pyview_syntax::ir::Expr,
    conds: Vec<&'a pyview_syntax::ir::Expr>,
}

/// The clauses and element of a generator expression's body, or `None`
/// if it does not have the shape the front end gives them.
fn genexpr_shape(def: &FunctionDef) -> Option<(Vec<Clause<'_>>, &pyview_syntax::ir::Expr)> {
    let mut clauses = Vec::new();
    let mut block: &[Stmt] = &def.body;
    loop {
        match block {
            [stmt @ Stmt {
                kind: StmtKind::For(target, iter, body, orelse),
                ..
            }] if orelse.is_empty() => {
                let mut conds = Vec::new();
                let mut rest: &[Stmt] = body;
                while let [Stmt {
                    kind: StmtKind::If(cond, then, skip),
                    ..
                }, tail @ ..] = rest
                {
                    if !then.is_empty()
                        || !matches!(
                            &skip[..],
                            [Stmt {
                                kind: StmtKind::Continue,
                                ..
                            }]
                        )
                    {
                        return None;
                    }
                    conds.push(cond);
                    rest = tail;
                }
                clauses.push(Clause {
                    stmt,
                    target,
                    iter,
                    conds,
                });
                block = rest;
            }
            [Stmt {
                kind:
                    StmtKind::Yield {
                        value: Some(elt),
                        target: None,
                        kind: YieldKind::Value,
                    },
                ..
            }] if !clauses.is_empty() => return Some((clauses, elt)),
            _ => return None,
        }
    }
}

/// Why a driven generator expression stopped early.
enum Stop {
    /// An error of its own body.
    Body(Box<PyErr>),
    /// An error of the consumer, passed on untouched.
    Sink(Box<PyErr>),
}

impl Vm {
    /// Feeds the items of a generator expression straight to `sink` (which
    /// returns true to stop), running its loops in place instead of
    /// resuming it once per item. Only for one that has not started and
    /// that nothing else refers to, so no one can tell the difference:
    /// items are still made one at a time, between the sink's calls, and
    /// errors carry the same `<genexpr>` frame. `None` when not applicable.
    pub(crate) fn drive_genexpr(
        &mut self,
        v: &Value,
        sink: &mut dyn FnMut(&mut Vm, Value) -> PyResult<bool>,
    ) -> Option<PyResult<()>> {
        let Value::Iter(i) = v else {
            return None;
        };
        if Rc::strong_count(i) != 1 {
            return None;
        }
        let gen = crate::objects::iter::generator_of(i)?;
        let func = gen.borrow().func.clone();
        let def = func.def.clone();
        if &*def.name != "<genexpr>" {
            return None;
        }
        let (clauses, elt) = genexpr_shape(&def)?;
        let slots = {
            let mut g = gen.borrow_mut();
            if g.started {
                return None;
            }
            // Run here to its end (or dropped when the sink stops it).
            g.started = true;
            g.finished = true;
            std::mem::take(&mut g.slots)
        };
        let mut frame = Frame::of_function(&func, slots);
        if self.depth_exceeded() {
            return Some(Err(exceptions::new_err(
                ExcType::RecursionError,
                "maximum recursion depth exceeded",
            )));
        }
        self.enter_call();
        self.push_function_frame(&func);
        self.site = elt.span;
        let r = crate::interp::with_stack(|| self.genexpr_loop(&mut frame, &clauses, elt, sink));
        self.pop_frame();
        self.leave_call();
        Some(match r {
            Ok(()) => Ok(()),
            Err(Stop::Sink(e)) => Err(e),
            Err(Stop::Body(e)) => {
                let e = self.leave_frame_pub(e, &func.code, &func.globals, &def.name);
                Err(escaped(e, &def))
            }
        })
    }

    fn genexpr_loop(
        &mut self,
        f: &mut Frame,
        clauses: &[Clause],
        elt: &pyview_syntax::ir::Expr,
        sink: &mut dyn FnMut(&mut Vm, Value) -> PyResult<bool>,
    ) -> Result<(), Stop> {
        let mut its: Vec<Value> = Vec::with_capacity(clauses.len());
        let first = clauses.first().map(|c| self.eval(f, c.iter));
        match first {
            Some(Ok(v)) => its.push(v),
            Some(Err(e)) => return Err(Stop::Body(e)),
            None => return Ok(()),
        }
        while let Some(it) = its.last() {
            let depth = its.len() - 1;
            let Some(clause) = clauses.get(depth) else {
                break;
            };
            let at = clause.stmt.span;
            let item = match self.next(it) {
                Ok(Some(item)) => item,
                Ok(None) => {
                    its.pop();
                    continue;
                }
                Err(e) => return Err(Stop::Body(located(e, at))),
            };
            self.check_interrupt().map_err(Stop::Body)?;
            self.assign_pub(f, clause.target, item)
                .map_err(|e| Stop::Body(located(e, at)))?;
            let mut keep = true;
            for cond in &clause.conds {
                let t = self.eval(f, cond).map_err(Stop::Body)?;
                if !self
                    .truthy(&t)
                    .map_err(|e| Stop::Body(located(e, cond.span)))?
                {
                    keep = false;
                    break;
                }
            }
            if !keep {
                continue;
            }
            if let Some(next) = clauses.get(depth + 1) {
                let v = self.eval(f, next.iter).map_err(Stop::Body)?;
                let it = self
                    .get_iter(&v)
                    .map_err(|e| Stop::Body(located(e, next.stmt.span)))?;
                its.push(it);
                continue;
            }
            let v = self
                .eval(f, elt)
                .map_err(|e| Stop::Body(located(e, elt.span)))?;
            // The consumer runs at its own depth, as when pulling.
            self.leave_call();
            let r = sink(self, v);
            self.enter_call();
            if r.map_err(Stop::Sink)? {
                break;
            }
        }
        Ok(())
    }
}
