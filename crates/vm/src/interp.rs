//! The evaluator: a tree-walking interpreter over the IR.
//!
//! Names were resolved to slots by the front end: locals index the
//! frame's slot vector, globals index the module's global vector (falling
//! back to builtins through a per-slot cache), so no name is hashed while
//! running. Exceptions travel as `Err(Box<PyErr>)`; the innermost
//! expression that sees one records its span, and leaving a frame turns
//! that span into a traceback entry.

use crate::exceptions::{self, type_error, ExcType, PyErr, PyException, PyResult, TbEntry};
use crate::objects::function::{Args, BoundMethod, CallLevel, PyFunction};
use crate::objects::iter::{self, PyIter};
use crate::objects::{array, bytearray, bytes, dict, memoryview, slice};
use crate::ops;
use crate::value::{PySlice, Stream, TypeId, Value};
use pyview_syntax::ir::{self, CompKind, Expr, ExprKind, FPart, NameRef, Stmt, StmtKind, Target};
use pyview_syntax::source::LineIndex;
use pyview_syntax::GlobalTable;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// One compiled source text: a script, a `-c` string or a REPL input.
#[derive(Debug)]
pub struct CodeUnit {
    pub filename: Rc<str>,
    pub source: Rc<str>,
    pub lines: LineIndex,
    /// Whether tracebacks and warnings show this source's lines: CPython
    /// reads them back from the file, so `<stdin>`, `<string>` and code
    /// `exec` compiled from a string have none.
    pub shows_lines: bool,
}

impl CodeUnit {
    pub fn new(filename: &str, source: &str) -> Rc<CodeUnit> {
        Rc::new(CodeUnit {
            filename: filename.into(),
            source: source.into(),
            lines: LineIndex::new(source),
            shows_lines: !(filename.starts_with('<') && filename.ends_with('>')),
        })
    }

    /// Source compiled from a string (`exec`, `eval`, `compile`): no
    /// file holds its lines, whatever its file name.
    pub fn from_string(filename: &str, source: &str) -> Rc<CodeUnit> {
        Rc::new(CodeUnit {
            filename: filename.into(),
            source: source.into(),
            lines: LineIndex::new(source),
            shows_lines: false,
        })
    }
}

/// A module's global variables, indexed by the slots of its `GlobalTable`.
#[derive(Debug, Default)]
pub struct Globals {
    pub values: RefCell<Vec<Option<Value>>>,
    pub table: RefCell<GlobalTable>,
    /// Builtins found for global slots that hold no value.
    pub(crate) builtin_cache: RefCell<Vec<Option<Value>>>,
    /// The `Vm::builtins_gen` the cache was filled under.
    pub(crate) builtin_gen: std::cell::Cell<u64>,
    /// The namespace as a dict (`globals()`, `module.__dict__`), made on
    /// first use and kept in step with the slots (see `namespace`).
    pub(crate) dict: std::cell::OnceCell<Rc<crate::objects::dict::PyDict>>,
    /// For code `exec` runs with separate locals: the globals, where
    /// names missing here are looked up before the builtins.
    pub(crate) parent: RefCell<Option<Rc<Globals>>>,
    /// For code `exec`/`eval` runs over a mapping that is not a plain
    /// dict: the mapping its module-level names go through (see
    /// `namespace::NsMapping`). Such a namespace holds no values itself.
    pub(crate) mapping: std::cell::OnceCell<crate::namespace::NsMapping>,
}

impl Globals {
    pub fn get(&self, name: &str) -> Option<Value> {
        let slot = self.table.borrow().lookup(name)?;
        self.values.borrow().get(slot as usize).cloned().flatten()
    }

    pub fn set(&self, name: &str, v: Value) {
        let slot = self.table.borrow_mut().slot(name) as usize;
        {
            let mut vals = self.values.borrow_mut();
            if vals.len() <= slot {
                vals.resize(slot + 1, None);
            }
            vals[slot] = Some(v);
        }
        self.mirror(slot as u32);
    }
}

/// Where `print`, `sys.stdout` and `sys.stderr` write.
pub trait Output {
    fn write(&mut self, data: &[u8]);
    fn flush(&mut self) {}
}

pub use crate::limits::Limits;

/// The interpreter options CPython's command line sets, as `sys.flags`
/// reports them (a host leaves them at their defaults).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SysFlags {
    /// `-i`.
    pub inspect: bool,
    /// `-i`, or the prompt.
    pub interactive: bool,
    /// `-B` or `PYTHONDONTWRITEBYTECODE`.
    pub dont_write_bytecode: bool,
    /// `-s` (or `-I`).
    pub no_user_site: bool,
    /// `-S`.
    pub no_site: bool,
    /// `-E` (or `-I`).
    pub ignore_environment: bool,
    /// `-q`.
    pub quiet: bool,
    /// `-I`.
    pub isolated: bool,
    /// `-P` (or `-I`).
    pub safe_path: bool,
}

pub struct Vm {
    pub globals: Rc<Globals>,
    pub(crate) builtins: HashMap<&'static str, Value>,
    /// Whether a dict or set has been given a key whose `__eq__` is
    /// user code: from then on built-in keys look for such equal keys.
    pub(crate) user_keys_seen: bool,
    /// The cycle collector's state (see `collector`).
    pub(crate) gc: crate::collector::Collector,
    pub stdout: Box<dyn Output>,
    pub stderr: Box<dyn Output>,
    /// Which standard streams a script has closed (`sys.stdout.close()`),
    /// indexed by `Stream as usize`: their reads and writes then fail.
    pub(crate) closed_streams: [bool; 3],
    /// Where `input()` reads lines: the host's choice, none (end of file
    /// at once) by default.
    pub stdin: Option<Box<dyn std::io::BufRead>>,
    /// `sys.modules`: every module imported so far, by name.
    pub(crate) sys_modules: Rc<dict::PyDict>,
    /// `sys.path` as first created (`sys.path` itself is looked up at
    /// each import, so a script may replace the list).
    pub(crate) sys_path: Value,
    /// Which directories on `sys.path` `import` may read modules from (a
    /// host's choice: none in a sandbox).
    pub import_roots: crate::import::PathRoots,
    /// Where `open()` may read and write files (a host's choice: nowhere
    /// in a sandbox).
    pub file_roots: crate::import::PathRoots,
    /// The `builtins` module, made on first use.
    pub(crate) builtins_module: Option<Value>,
    /// Counts changes to the builtins (`builtins.x = ...`), so that the
    /// per-namespace caches of builtins know when they are stale.
    pub(crate) builtins_gen: u64,
    depth: u32,
    pub recursion_limit: u32,
    /// Set by an expression statement for the method call it is: CPython
    /// 3.11 quickens `list.append` whose result is discarded into an
    /// instruction without a recursion level.
    result_discarded: bool,
    pub argv: Vec<String>,
    /// The command-line options `sys.flags` reports.
    pub sys_flags: SysFlags,
    /// Exceptions being handled (innermost last), for `raise` and context.
    handling: Vec<Rc<PyException>>,
    pub limits: Limits,
    /// Containers whose repr is being built, against self-reference.
    pub(crate) repr_stack: Vec<usize>,
    /// The class of `object()` instances, made on first use.
    pub(crate) object_class: Option<Rc<crate::objects::class::PyClass>>,
    /// Subclasses of built-in sequences that have had a numeric slot for
    /// `+` or `*` (see `Vm::class_dunder_changed`).
    pub(crate) seq_slot_marks: Vec<(std::rc::Weak<crate::objects::class::PyClass>, ir::BinOp)>,
    /// The `sys` module once imported (`print` reads its `stdout`).
    pub(crate) sys_module: Option<Rc<crate::objects::module::PyModule>>,
    /// When the VM was created: the reference of `time.perf_counter()`.
    pub started: std::time::Instant,
    /// Set (by a SIGINT handler, say) to raise KeyboardInterrupt at the
    /// next loop iteration or call.
    pub interrupt: Arc<AtomicBool>,
    /// The handlers of `signal` and the signals waiting for them.
    pub(crate) signals: crate::modules::signal::SignalState,
    /// The children of `subprocess`, and whether the host allows them.
    pub processes: crate::modules::subprocess::ProcessTable,
    /// Operation budget, deadline and output cap of the current run.
    pub meter: crate::limits::Meter,
    /// Live large objects, for the memory cap.
    pub memory: RefCell<crate::limits::MemoryAccount>,
    /// Modules the host registered; `import` looks here first.
    pub(crate) host_modules: HashMap<String, Value>,
    /// Emptied argument vectors of finished builtin calls, reused so a
    /// call like `b.append(x)` in a loop allocates nothing for its args.
    arg_pool: Vec<Vec<Value>>,
    /// A slice object no one else holds, reused by `x[a:b]` (see
    /// `slice_value`).
    spare_slice: Option<Rc<PySlice>>,
    /// A released memoryview whose memory holds the next `m[a:b]`.
    spare_view: Option<Rc<memoryview::PyMemoryView>>,
    /// Short bytes objects no one refers to any more, whose memory holds
    /// new ones (`n.to_bytes(...)`, `bytes(n)` in record-building loops).
    spare_bytes: RefCell<Vec<Rc<bytes::PyBytes>>>,
    /// Emptied slot vectors of finished frames, reused as the argument
    /// (then slot) vectors of the next Python calls.
    frame_pool: Vec<Vec<Option<Value>>>,
    /// Class bodies handed to a replaced `builtins.__build_class__`, so
    /// the original can still run them.
    pub(crate) class_bodies: Vec<Rc<ir::ClassDef>>,
    /// Class bodies running over the mapping their metaclass's
    /// `__prepare__` returned, innermost last (see `typeobj`).
    pub(crate) live_ns: Vec<crate::typeobj::LiveNamespace>,
    /// Exit has reached the clearing of `__main__`: unraisable reports
    /// show no source lines from then on (as CPython's).
    pub(crate) clearing_modules: bool,
    /// Which interpreter of this thread made a generator (the queue of
    /// discarded generators is per thread; each closes only its own).
    pub(crate) gen_owner: u64,
    /// The arguments of a `gen.throw()` that a `yield from` passes as
    /// they are to its delegate's own `throw` (see `Vm::gen_throw`).
    pub(crate) raw_throw: Option<Vec<Value>>,
    /// Set when an async generator's body yields a value (not an
    /// `await` passing through): read and cleared by the awaitable that
    /// resumed it (`coroutine.rs`).
    pub(crate) agen_yielded: bool,
    /// The running frames (see `crate::stack`).
    pub(crate) stack: Vec<crate::stack::StackEntry>,
    /// The innermost frame's position: the statement it runs, or the
    /// call it makes.
    pub(crate) site: ir::Span,
    /// The sources run so far, by file name (see `modules::linecache`).
    pub(crate) sources: HashMap<Rc<str>, Rc<CodeUnit>>,
    /// Calls `atexit.register` queued, run at exit (see `modules::atexit`).
    pub(crate) atexit: Vec<crate::modules::atexit::ExitCall>,
}

impl Drop for Vm {
    fn drop(&mut self) {
        crate::generator::unregister_owner(self.gen_owner);
    }
}

/// What a comprehension has produced so far.
#[derive(Default)]
struct CompOut {
    items: Vec<Value>,
    dict: dict::PyDict,
    /// A set comprehension's items, added (and hashed) as they come.
    set: crate::objects::set::SetTable,
}

/// How a statement finished.
pub enum Flow {
    Normal,
    Break,
    Continue,
    Return(Value),
    /// A generator's `yield` (only produced inside generator bodies).
    Yielded(Value),
}

pub struct Frame<'a> {
    pub slots: Vec<Option<Value>>,
    pub names: &'a [Rc<str>],
    /// Free variables as (enclosing slot, own slot): reading an empty one
    /// is a NameError, not an UnboundLocalError.
    pub free: &'a [(u32, u32)],
    /// Code, globals and name are borrowed from the function (or module)
    /// the frame runs: a call clones no reference counts for them.
    pub code: &'a Rc<CodeUnit>,
    pub globals: &'a Rc<Globals>,
    /// The function's name for tracebacks (`<module>` at top level).
    pub name: &'a Rc<str>,
    /// Entries and loop iterations of this code so far: CPython quickens
    /// code on its 8th, and a quickened call of a fast-call built-in no
    /// longer counts against the recursion limit.
    pub clock: &'a Cell<u32>,
}

impl<'a> Frame<'a> {
    /// A frame running `fun` over `slots`.
    pub(crate) fn of_function(fun: &'a PyFunction, slots: Vec<Option<Value>>) -> Frame<'a> {
        let clock = &fun.def.warmup;
        clock.set(clock.get().saturating_add(1));
        Frame {
            slots,
            names: &fun.def.slot_names,
            free: &fun.def.freevars,
            code: &fun.code,
            globals: &fun.globals,
            name: &fun.def.name,
            clock,
        }
    }

    /// Counts one loop iteration on the quickening clock.
    #[inline]
    pub(crate) fn tick(&self) {
        self.clock.set(self.clock.get().saturating_add(1));
    }

    /// Whether CPython would still run this code unquickened.
    #[inline]
    pub(crate) fn is_cold(&self) -> bool {
        self.clock.get() < QUICKENING_WARMUP
    }
}

/// Entries (and loop iterations) after which CPython 3.11 quickens code.
const QUICKENING_WARMUP: u32 = 8;

/// Stack a Python call needs before it runs on a fresh segment (enough
/// for the deepest expression the parser accepts), and the segment size.
const STACK_RED_ZONE: usize = 4 * 1024 * 1024;
const STACK_SEGMENT: usize = 16 * 1024 * 1024;

/// Runs `f` (a Python frame) with enough stack, on a fresh segment when
/// needed, so that no recursion limit (nor the host thread's stack size)
/// can overflow the stack.
pub(crate) fn with_stack<R>(f: impl FnOnce() -> R) -> R {
    stacker::maybe_grow(STACK_RED_ZONE, STACK_SEGMENT, f)
}

/// Whether an error is a host limit, which Python code cannot handle.
pub fn is_limit(e: &PyErr) -> bool {
    e.exc.typ == ExcType::LimitExceeded
}

/// A keyword given twice in a call with `**`.
fn repeated_keyword(callee: &dyn Fn() -> String, name: &str) -> Box<PyErr> {
    type_error(format!(
        "{}() got multiple values for keyword argument '{name}'",
        callee()
    ))
}

/// `f() argument after * must be an iterable, not int`
fn star_not_iterable(callee: &dyn Fn() -> String, v: &Value) -> Box<PyErr> {
    type_error(format!(
        "{}() argument after * must be an iterable, not {}",
        callee(),
        v.type_name()
    ))
}

/// Records this frame's traceback entry for an exception that a `finally`
/// block or an `__exit__` is about to see (CPython has added it by then);
/// it goes on as raised again, adding no second entry here.
pub(crate) fn record_in_frame(f: &Frame, e: &mut PyErr) {
    if let Some(span) = e.loc.take() {
        e.exc.traceback.borrow_mut().push(TbEntry {
            code: f.code.clone(),
            span,
            func: f.name.clone(),
            globals: Some(f.globals.clone()),
        });
        e.reraise = true;
    }
}

fn located(mut e: Box<PyErr>, span: ir::Span) -> Box<PyErr> {
    if e.loc.is_none() && !e.reraise {
        e.loc = Some(span);
    }
    e
}

impl Vm {
    pub fn new(stdout: Box<dyn Output>, stderr: Box<dyn Output>) -> Vm {
        let mut vm = Vm {
            globals: Rc::new(Globals::default()),
            builtins: crate::builtins::table(),
            user_keys_seen: false,
            gc: Default::default(),
            stdout,
            stderr,
            closed_streams: [false; 3],
            stdin: None,
            sys_modules: Rc::default(),
            sys_path: Value::new_list(Vec::new()),
            import_roots: crate::import::PathRoots::Nowhere,
            file_roots: crate::import::PathRoots::Nowhere,
            builtins_module: None,
            builtins_gen: 0,
            depth: 0,
            recursion_limit: 1000,
            result_discarded: false,
            argv: vec![String::new()],
            sys_flags: SysFlags::default(),
            handling: Vec::new(),
            arg_pool: Vec::new(),
            spare_slice: None,
            spare_view: None,
            spare_bytes: RefCell::new(Vec::new()),
            frame_pool: Vec::new(),
            limits: Limits::default(),
            repr_stack: Vec::new(),
            object_class: None,
            seq_slot_marks: Vec::new(),
            sys_module: None,
            class_bodies: Vec::new(),
            live_ns: Vec::new(),
            clearing_modules: false,
            started: std::time::Instant::now(),
            interrupt: Arc::default(),
            signals: Default::default(),
            processes: Default::default(),
            meter: Default::default(),
            memory: Default::default(),
            host_modules: HashMap::new(),
            gen_owner: crate::generator::register_owner(),
            raw_throw: None,
            agen_yielded: false,
            stack: Vec::new(),
            site: ir::Span::default(),
            sources: HashMap::new(),
            atexit: Vec::new(),
        };
        vm.init_main_module();
        vm
    }

    /// Makes `module` importable as `name`, ahead of the built-in modules.
    pub fn add_module(&mut self, name: &str, module: Value) {
        self.forget_module(name);
        self.host_modules.insert(name.to_string(), module);
    }

    /// The evaluator's poll, once per loop iteration and call: raises
    /// KeyboardInterrupt once for each time the flag was set, and counts
    /// one operation against the host's limits (see `limits`).
    #[inline]
    pub fn check_interrupt(&mut self) -> PyResult<()> {
        if self.interrupt.load(Ordering::Relaxed) {
            return self.interrupted();
        }
        self.finalize_discarded();
        self.meter.tick()
    }

    /// Closes the generators discarded since the last check: before a
    /// call, so that what they print comes first, as in CPython.
    #[inline]
    pub fn finalize_discarded(&mut self) {
        if crate::generator::finalizers_pending() {
            self.run_finalizers();
        }
    }

    #[cold]
    #[inline(never)]
    fn interrupted(&mut self) -> PyResult<()> {
        self.take_interrupt()?;
        self.meter.tick()
    }

    /// Runs the handlers of the signals waiting if the interrupt flag is
    /// set, clearing it: the flag alone is the host's SIGINT (by default
    /// KeyboardInterrupt), with bits in `signals.pending` it is those
    /// signals (no operation is counted: for waits such as `time.sleep`).
    pub fn take_interrupt(&mut self) -> PyResult<()> {
        if self.interrupt.swap(false, Ordering::Relaxed) {
            let pending = crate::modules::signal::take_pending(self);
            if pending == 0 {
                return crate::modules::signal::deliver(self, 2);
            }
            for n in 1..crate::modules::signal::NSIG {
                let bit = 1u64 << (n - 1);
                if pending & bit != 0 {
                    if let Err(e) = crate::modules::signal::deliver(self, n) {
                        // The signals after it wait for the next check.
                        let rest = if n >= 64 {
                            0
                        } else {
                            pending & (u64::MAX << n)
                        };
                        if rest != 0 {
                            self.signals.pending.fetch_or(rest, Ordering::SeqCst);
                            self.interrupt.store(true, Ordering::Relaxed);
                        }
                        return Err(e);
                    }
                }
            }
        }
        Ok(())
    }

    /// Names of the builtins (for completion).
    pub fn builtin_names(&self) -> impl Iterator<Item = &str> {
        self.builtins.keys().copied()
    }

    /// Refuses, with MemoryError and before anything is allocated, a
    /// request for `bytes` that exceeds the memory cap alone or together
    /// with the live tracked objects (see `limits`).
    pub fn check_alloc(&self, bytes: usize) -> PyResult<()> {
        let admitted = match self.limits.max_alloc {
            // Asking the allocator first turns an impossible size into
            // MemoryError, where allocating it would abort.
            // Sizes below 1 MiB cannot fail that way; probing them would
            // cost an allocation per call.
            None => {
                bytes < 1 << 20
                    || (bytes <= usize::MAX >> 2
                        && Vec::<u8>::new().try_reserve_exact(bytes).is_ok())
            }
            Some(cap) => self.memory.borrow_mut().admit(bytes, cap),
        };
        if !admitted {
            return Err(crate::limits::memory_error());
        }
        Ok(())
    }

    /// `check_alloc` for growing a buffer of `capacity` bytes to `bytes`:
    /// without a memory cap, growth within the capacity allocates nothing,
    /// so there is no size to probe (probing one of over 1 MiB costs an
    /// allocation of that size per call).
    #[inline]
    pub fn check_buffer_growth(&self, bytes: usize, capacity: usize) -> PyResult<()> {
        if bytes <= capacity && self.limits.max_alloc.is_none() {
            return Ok(());
        }
        self.check_alloc(bytes)
    }

    /// A new bytes object, in a spare one's memory if there is one.
    pub fn new_bytes(&self, b: bytes::PyBytes) -> Value {
        if let Some(mut rc) = self.spare_bytes.borrow_mut().pop() {
            if let Some(slot) = Rc::get_mut(&mut rc) {
                *slot = b;
                return Value::Bytes(rc);
            }
        }
        Value::Bytes(Rc::new(b))
    }

    /// Drops `v`, keeping it for `new_bytes` if it is a short bytes object
    /// nothing else refers to.
    #[inline]
    fn recycle_bytes(&self, v: Value) {
        if let Value::Bytes(rc) = &v {
            if Rc::strong_count(rc) == 1 && Rc::weak_count(rc) == 0 && !rc.data.spilled() {
                let rc = rc.clone();
                drop(v);
                let mut spare = self.spare_bytes.borrow_mut();
                if spare.len() < 8 {
                    spare.push(rc);
                }
                return;
            }
        }
        forget_plain(v);
    }

    /// Refuses, as `check_alloc` does, a request for `items` new objects
    /// (the pieces of a split, the items of `tolist()`) holding `data`
    /// bytes between them: each costs its list slot and an object header.
    pub fn check_items(&self, items: usize, data: usize) -> PyResult<()> {
        self.check_alloc(
            items
                .saturating_mul(crate::limits::ITEM_COST)
                .saturating_add(data),
        )
    }

    /// Counts `v` towards the memory cap while it lives, if it is large.
    #[inline]
    pub fn track(&self, v: &Value) {
        if self.limits.max_alloc.is_some() {
            self.track_tracked(v);
        }
    }

    #[inline(never)]
    fn track_tracked(&self, v: &Value) {
        self.memory.borrow_mut().track(v);
    }

    pub(crate) fn depth_exceeded(&self) -> bool {
        self.depth >= self.recursion_limit
    }

    /// How many more levels of nesting the recursion limit allows (see
    /// `nested`).
    pub fn depth_left(&self) -> usize {
        self.recursion_limit.saturating_sub(self.depth) as usize
    }

    /// Runs `f` one level deeper, counted against the recursion limit as
    /// CPython counts C code that recurses (repr, comparisons, native
    /// calls): past the limit, RecursionError "maximum recursion depth
    /// exceeded{context}". The level runs on a fresh stack segment when
    /// the thread's stack runs low, so the count, not the stack, bounds it.
    pub fn nested<R>(
        &mut self,
        context: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<R>,
    ) -> PyResult<R> {
        if self.depth >= self.recursion_limit {
            return Err(exceptions::recursion_error(context));
        }
        self.depth += 1;
        let r = with_stack(|| f(self));
        self.depth -= 1;
        r
    }

    /// COMPARE_OP's PyObject_RichCompare takes a level against the
    /// recursion limit (identity and membership tests take none; what
    /// the compared values do takes its own levels).
    #[inline]
    fn compare_level(&self, op: ir::CmpOp) -> PyResult<()> {
        if self.depth >= self.recursion_limit
            && !matches!(
                op,
                ir::CmpOp::Is | ir::CmpOp::IsNot | ir::CmpOp::In | ir::CmpOp::NotIn
            )
        {
            return Err(exceptions::recursion_error(exceptions::IN_COMPARISON));
        }
        Ok(())
    }

    pub(crate) fn enter_call(&mut self) {
        self.depth += 1;
    }

    pub(crate) fn leave_call(&mut self) {
        self.depth -= 1;
    }

    pub(crate) fn assign_pub(&mut self, f: &mut Frame, t: &Target, v: Value) -> PyResult<()> {
        self.assign(f, t, v)
    }

    pub(crate) fn unbind_pub(&mut self, f: &mut Frame, n: NameRef) -> PyResult<()> {
        self.unbind(f, n)
    }

    pub(crate) fn make_function_pub(
        &mut self,
        f: &mut Frame,
        def: &Rc<ir::FunctionDef>,
    ) -> PyResult<Value> {
        self.make_function(f, def, &[], &[])
    }

    pub(crate) fn store_pub(&mut self, f: &mut Frame, n: NameRef, v: Value) -> PyResult<()> {
        self.store(f, n, v)
    }

    pub(crate) fn eval_items_pub(
        &mut self,
        f: &mut Frame,
        items: &[ir::Arg],
    ) -> PyResult<Vec<Value>> {
        self.eval_items(f, items)
    }

    /// Evaluated keyword arguments (`**` unpacking included).
    pub(crate) fn eval_args_pub(
        &mut self,
        f: &mut Frame,
        kws: &[ir::Keyword],
        callee: &dyn Fn() -> String,
    ) -> PyResult<Vec<(Rc<str>, Value)>> {
        Ok(self.eval_args(f, &[], kws, callee)?.kw)
    }

    pub(crate) fn exception_matches_pub(
        &mut self,
        e: &Rc<PyException>,
        kind: &Value,
    ) -> PyResult<bool> {
        self.exception_matches(e, kind)
    }

    pub(crate) fn push_handling(&mut self, e: Rc<PyException>) {
        self.handling.push(e);
    }

    pub(crate) fn pop_handling(&mut self) {
        self.handling.pop();
    }

    /// The exception being handled now (`sys.exception()`).
    pub(crate) fn handled_exception(&self) -> Option<Rc<PyException>> {
        self.handling.last().cloned()
    }

    /// An interactive expression statement's value: to `sys.displayhook`.
    pub fn display(&mut self, v: Value) -> PyResult<()> {
        if let Some(sys) = &self.sys_module {
            let hook = sys
                .get("displayhook")
                .ok_or_else(|| exceptions::runtime_error("lost sys.displayhook"))?;
            let own = matches!(&hook, Value::Builtin(b)
                if &*b.name == "displayhook" && b.module.as_deref() == Some("sys"));
            if !own {
                return self.call(&hook, Args::new(vec![v])).map(drop);
            }
        }
        self.display_value(v)
    }

    /// The built-in `sys.displayhook`: echoes a non-None value's repr and
    /// binds `_`.
    pub fn display_value(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        // As CPython: `_` is None while the repr runs (and if it fails).
        self.builtins.insert("_", Value::None);
        self.globals.builtin_cache.borrow_mut().clear();
        let mut text = self.repr_of(&v)?;
        text.push('\n');
        self.write_text(Stream::Stdout, &text)?;
        self.builtins.insert("_", v);
        // `_` may be cached for a global slot.
        self.globals.builtin_cache.borrow_mut().clear();
        Ok(())
    }

    pub fn builtin(&self, name: &str) -> Option<Value> {
        self.builtins.get(name).cloned()
    }

    /// Whether `m` is the `builtins` module, whose attributes are the
    /// names every namespace falls back to.
    pub(crate) fn is_builtins_module(&self, m: &Rc<crate::objects::module::PyModule>) -> bool {
        matches!(&self.builtins_module, Some(Value::Module(b)) if Rc::ptr_eq(b, m))
    }

    /// `builtins.name = v` (or `del builtins.name` for `None`): the name
    /// resolves to the new value everywhere from now on.
    pub(crate) fn set_builtin(&mut self, name: &str, v: Option<Value>) {
        match v {
            Some(v) => match self.builtins.get_mut(name) {
                Some(slot) => *slot = v,
                None => {
                    // Names are few (those a script assigns), each kept once.
                    let key: &'static str = Box::leak(name.to_string().into_boxed_str());
                    self.builtins.insert(key, v);
                }
            },
            None => {
                self.builtins.remove(name);
            }
        }
        self.builtins_gen += 1;
    }

    /// Runs a lowered module in this VM's globals.
    pub fn run_module(&mut self, module: &ir::Module, code: Rc<CodeUnit>) -> PyResult<()> {
        self.exec_module(module, code, false).map(drop)
    }

    /// Runs a lowered module whose last statement is an expression
    /// statement, and returns that expression's value (`eval`).
    pub fn eval_module(&mut self, module: &ir::Module, code: Rc<CodeUnit>) -> PyResult<Value> {
        self.exec_module(module, code, true)
    }

    fn exec_module(
        &mut self,
        module: &ir::Module,
        code: Rc<CodeUnit>,
        want_value: bool,
    ) -> PyResult<Value> {
        let globals = self.globals.clone();
        self.exec_module_in(globals, module, code, want_value)
    }

    /// Runs a lowered module (compiled against `globals.table`) in the
    /// namespace `globals`: an imported module, or `exec`/`eval` code.
    /// A leading docstring becomes `__doc__`, as CPython stores it.
    pub(crate) fn exec_module_in(
        &mut self,
        globals: Rc<Globals>,
        module: &ir::Module,
        code: Rc<CodeUnit>,
        want_value: bool,
    ) -> PyResult<Value> {
        self.remember_source(&code);
        self.print_compile_warnings(module, &code)?;
        let doc = crate::namespace::docstring(module).filter(|_| !want_value);
        if globals.mapping.get().is_some() {
            self.start_mapped(&globals, doc, module.annotations)?;
        } else {
            if let Some(doc) = doc {
                globals.set("__doc__", doc);
            }
            if module.annotations && globals.get("__annotations__").is_none() {
                globals.set("__annotations__", Value::Dict(Rc::default()));
            }
        }
        {
            let n = globals.table.borrow().names.len();
            let mut vals = globals.values.borrow_mut();
            if vals.len() < n {
                vals.resize(n, None);
            }
        }
        let clock = Cell::new(1);
        let name: Rc<str> = "<module>".into();
        let mut frame = Frame {
            slots: vec![None; module.nslots as usize],
            names: &module.slot_names,
            free: &[],
            code: &code,
            globals: &globals,
            name: &name,
            clock: &clock,
        };
        for &c in &module.cell_slots {
            frame.slots[c as usize] = Some(Value::Cell(Rc::new(RefCell::new(None))));
        }
        let (body, last) = match module.body.split_last() {
            Some((last, body)) if want_value => match &last.kind {
                StmtKind::Expr(e) => (body, Some((e, last.span))),
                _ => (&module.body[..], None),
            },
            _ => (&module.body[..], None),
        };
        self.depth += 1;
        self.push_code_frame(&code, &globals, &name);
        let r = self.exec_block(&mut frame, body).and_then(|_| match last {
            Some((e, span)) => {
                self.site = span;
                self.eval(&mut frame, e).map_err(|err| located(err, span))
            }
            None => Ok(Value::None),
        });
        self.pop_frame();
        self.depth -= 1;
        match r {
            Ok(v) => Ok(v),
            Err(e) => Err(self.leave_frame(e, &code, &globals, "<module>")),
        }
    }

    /// Calls `m`, giving a built-in that sees its caller's frame (such as
    /// `sys._getframe`) the frame `f`.
    fn call_seeing_frame(&mut self, f: &mut Frame, m: &Value, args: Args) -> PyResult<Value> {
        match m {
            Value::Builtin(b) => match b.frame {
                Some(frame_fn) => {
                    let r = frame_fn(self, f, &args);
                    self.recycle_args(args);
                    r
                }
                None => self.call(m, args),
            },
            _ => self.call(m, args),
        }
    }

    /// Records the traceback entry of a frame the exception leaves.
    pub(crate) fn leave_frame_pub(
        &mut self,
        e: Box<PyErr>,
        code: &Rc<CodeUnit>,
        globals: &Rc<Globals>,
        func: &str,
    ) -> Box<PyErr> {
        self.leave_frame(e, code, globals, func)
    }

    fn leave_frame(
        &mut self,
        mut e: Box<PyErr>,
        code: &Rc<CodeUnit>,
        globals: &Rc<Globals>,
        func: &str,
    ) -> Box<PyErr> {
        if let Some(span) = e.loc.take() {
            e.exc.traceback.borrow_mut().push(TbEntry {
                code: code.clone(),
                span,
                func: func.into(),
                globals: Some(globals.clone()),
            });
        }
        e.reraise = false;
        e
    }

    // ----- statements -----

    pub fn exec_block(&mut self, f: &mut Frame, stmts: &[Stmt]) -> PyResult<Flow> {
        for s in stmts {
            self.site = s.span;
            match self.exec_stmt(f, s) {
                Ok(Flow::Normal) => self.finalize_discarded(),
                Ok(flow) => return Ok(flow),
                Err(e) => {
                    // What the failed statement discarded is finalized
                    // while its line is current, as CPython's unwinding
                    // drops it.
                    if !is_limit(&e) {
                        self.finalize_discarded();
                    }
                    return Err(located(e, s.span));
                }
            }
        }
        Ok(Flow::Normal)
    }

    fn exec_stmt(&mut self, f: &mut Frame, s: &Stmt) -> PyResult<Flow> {
        match &s.kind {
            StmtKind::Expr(e) => {
                self.result_discarded = matches!(e.kind, ExprKind::CallMethod(..));
                self.eval(f, e)?;
            }
            StmtKind::Display(e) => {
                let v = self.eval(f, e)?;
                self.display(v)?;
            }
            StmtKind::Assign(targets, value) => {
                let v = self.eval(f, value)?;
                // One target (the usual case) takes the value itself.
                if let [t] = &targets[..] {
                    return self.assign(f, t, v).map(|()| Flow::Normal);
                }
                for t in targets {
                    self.assign(f, t, v.clone())?;
                }
            }
            StmtKind::ClassFetch(i, g) => {
                let v = match self.class_local(f, *i)? {
                    Some(v) => v,
                    None => self
                        .load(f, NameRef::Global(*g))
                        .map_err(|e| located(e, s.span))?,
                };
                f.slots[*i as usize] = Some(v);
            }
            StmtKind::AugAssign(target, op, value) => {
                self.aug_assign(f, target, *op, value, s.span)?
            }
            StmtKind::If(test, body, orelse) => {
                let b = self.eval_cond(f, test, s.span)?;
                return self.exec_block(f, if b { body } else { orelse });
            }
            StmtKind::While(test, body, orelse) => loop {
                self.check_interrupt()?;
                if !self.eval_cond(f, test, s.span)? {
                    return self.exec_block(f, orelse);
                }
                match self.exec_block(f, body)? {
                    Flow::Break => break,
                    Flow::Return(v) => return Ok(Flow::Return(v)),
                    _ => f.tick(),
                }
            },
            StmtKind::For(target, iter_e, body, orelse) => {
                return self.exec_for(f, target, iter_e, body, orelse, s.span)
            }
            StmtKind::Break => return Ok(Flow::Break),
            StmtKind::Continue => return Ok(Flow::Continue),
            StmtKind::Return(v) => {
                let v = match v {
                    Some(e) => self.eval(f, e)?,
                    None => Value::None,
                };
                return Ok(Flow::Return(v));
            }
            StmtKind::Pass => {}
            StmtKind::FunctionDef {
                target,
                func,
                defaults,
                kw_defaults,
                decorators,
                annotations,
            } => {
                let decos = decorators
                    .iter()
                    .map(|d| self.eval(f, d))
                    .collect::<PyResult<Vec<_>>>()?;
                let mut v = self.make_function(f, func, defaults, kw_defaults)?;
                if !annotations.is_empty() {
                    let d = dict::PyDict::default();
                    for (name, e) in annotations {
                        let a = self.eval(f, e)?;
                        d.set(Value::Str(name.clone()), a)?;
                    }
                    if let Value::Function(fun) = &v {
                        fun.attrs
                            .borrow_mut()
                            .insert("__annotations__".into(), Value::Dict(Rc::new(d)));
                    }
                }
                // A decorator's failure is located at its expression.
                for (d, e) in decos.iter().zip(decorators).rev() {
                    v = self
                        .call(d, Args::new(vec![v]))
                        .map_err(|err| located(err, e.span))?;
                }
                self.store(f, *target, v)?;
            }
            StmtKind::Import(name, target, leaf) => {
                let m = self.import_stmt(f, name, *leaf)?;
                self.store(f, *target, m)?;
            }
            StmtKind::ImportFrom(module, names) => self.import_from(f, module, names)?,
            StmtKind::ImportStar(module) => self.import_star(f, module)?,
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(f, t)?;
                }
            }
            StmtKind::Raise(exc, cause) => {
                return Err(self.raise(f, exc.as_ref(), cause.as_ref(), s.span)?)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => return self.exec_try(f, body, handlers, orelse, finalbody),
            StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => return self.exec_try_star(f, body, handlers, orelse, finalbody),
            StmtKind::Assert(test, msg) => {
                if !self.eval_cond(f, test, s.span)? {
                    let args = match msg {
                        Some(m) => vec![self.eval(f, m)?],
                        None => vec![],
                    };
                    let e = exceptions::err_from(PyException::new(ExcType::AssertionError, args));
                    return Err(match crate::traceback::assert_location(test) {
                        Some(span) => located(e, span),
                        None => e,
                    });
                }
            }
            StmtKind::With(items, body) => return self.exec_with(f, items, body, s.span),
            StmtKind::Match(subject, cases) => return self.exec_match(f, subject, cases),
            StmtKind::Yield { .. } => {
                return Err(exceptions::runtime_error(
                    "'yield' reached outside a generator",
                ));
            }
            StmtKind::ClassDef {
                target,
                class,
                bases,
                keywords,
                decorators,
            } => self.exec_class_stmt(f, *target, class, bases, keywords, decorators)?,
        }
        Ok(Flow::Normal)
    }

    fn exec_for(
        &mut self,
        f: &mut Frame,
        target: &Target,
        iter_e: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
        span: ir::Span,
    ) -> PyResult<Flow> {
        let iterable = self.eval(f, iter_e)?;
        macro_rules! run_body {
            ($item:expr) => {{
                self.check_interrupt()?;
                self.assign(f, target, $item)?;
                match self.exec_block(f, body)? {
                    Flow::Break => return Ok(Flow::Normal),
                    Flow::Return(v) => return Ok(Flow::Return(v)),
                    _ => f.tick(),
                }
            }};
        }
        match &iterable {
            Value::Range(r) if r.big.is_none() => {
                let n = r.len();
                for k in 0..n {
                    run_body!(Value::Int(r.get(k)));
                }
            }
            Value::List(l) => {
                let mut i = 0;
                loop {
                    let item = l.borrow().get(i).cloned();
                    let Some(item) = item else { break };
                    i += 1;
                    run_body!(item);
                }
            }
            _ => {
                let it = self.get_iter(&iterable).map_err(|e| located(e, span))?;
                while let Some(item) = self.next(&it).map_err(|e| located(e, span))? {
                    run_body!(item);
                }
            }
        }
        self.exec_block(f, orelse)
    }

    fn exec_try(
        &mut self,
        f: &mut Frame,
        body: &[Stmt],
        handlers: &[ir::ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> PyResult<Flow> {
        let mut result = self.exec_block(f, body);
        if matches!(&result, Err(e) if is_limit(e)) {
            // Host limits pass every handler and skip `finally`.
            return result;
        }
        if let Err(e) = result {
            result = Err(e);
            let mut caught = None;
            // An error while matching (an undefined exception name, a
            // non-class) replaces the exception; `finally` still runs.
            let mut match_error = None;
            if let Err(e) = &result {
                if !handlers.is_empty() {
                    e.exc.normalize();
                }
                for h in handlers {
                    let matches = match &h.kind {
                        None => Ok(true),
                        // A type that cannot be caught is reported at the
                        // whole handler, as CPython's CHECK_EXC_MATCH.
                        Some(k) => self.eval(f, k).and_then(|kv| {
                            self.exception_matches(&e.exc, &kv)
                                .map_err(|e| located(e, h.span))
                        }),
                    };
                    match matches {
                        Ok(false) => {}
                        Ok(true) => {
                            caught = Some(h);
                            break;
                        }
                        Err(new) => {
                            match_error = Some(new);
                            break;
                        }
                    }
                }
            }
            if let Some(new) = match_error {
                if let Err(old) = &result {
                    if let Some(span) = old.loc {
                        old.exc.traceback.borrow_mut().push(TbEntry {
                            code: f.code.clone(),
                            span,
                            func: f.name.clone(),
                            globals: Some(f.globals.clone()),
                        });
                    }
                    if !Rc::ptr_eq(&new.exc, &old.exc) && new.exc.context.borrow().is_none() {
                        *new.exc.context.borrow_mut() = Some(old.exc.clone());
                    }
                }
                result = Err(new);
            } else if let Some(h) = caught {
                let Err(mut e) = result else { unreachable!() };
                // The exception is handled here: this frame's entry is recorded now.
                if let Some(span) = e.loc.take() {
                    e.exc.traceback.borrow_mut().push(TbEntry {
                        code: f.code.clone(),
                        span,
                        func: f.name.clone(),
                        globals: Some(f.globals.clone()),
                    });
                }
                let exc = e.exc.clone();
                // Raised (implicitly, in a callee) while a caller was handling
                // another exception: that one is its context.
                if let Some(outer) = self.handling.last() {
                    if !Rc::ptr_eq(outer, &exc) && exc.context.borrow().is_none() {
                        *exc.context.borrow_mut() = Some(outer.clone());
                    }
                }
                if let Some(n) = h.name {
                    self.store(f, n, Value::Exception(exc.clone()))?;
                }
                // Raised while another exception was being handled (and
                // caught before leaving that handler): that one is its
                // context, as CPython sets it when raising.
                if let Some(outer) = self.handling.last() {
                    exceptions::set_context(&exc, outer);
                }
                self.handling.push(exc.clone());
                let r = self.exec_block(f, &h.body);
                self.handling.pop();
                if let Some(n) = h.name {
                    self.unbind_handler_name(f, n)?;
                }
                result = r.map_err(|mut new| {
                    if !Rc::ptr_eq(&new.exc, &exc) && new.exc.context.borrow().is_none() {
                        *new.exc.context.borrow_mut() = Some(exc.clone());
                    }
                    if Rc::ptr_eq(&new.exc, &exc) && new.loc.is_none() {
                        new.loc = None;
                    }
                    new
                });
            }
        } else if let Ok(Flow::Normal) = result {
            result = self.exec_block(f, orelse);
        }
        self.exec_finally(f, result, finalbody)
    }

    /// Runs a `finally` block after its `try` ended with `result`, which
    /// it replaces if it raises, returns or breaks.
    pub(crate) fn exec_finally(
        &mut self,
        f: &mut Frame,
        result: PyResult<Flow>,
        finalbody: &[Stmt],
    ) -> PyResult<Flow> {
        if !finalbody.is_empty() {
            let mut pending = result;
            // An exception in flight is being handled while `finally` runs:
            // an exception raised in the block gets it as its context.
            let in_flight = match &mut pending {
                Err(e) if !is_limit(e) => {
                    record_in_frame(f, e);
                    Some(e.exc.clone())
                }
                _ => None,
            };
            if let Some(exc) = &in_flight {
                exc.normalize();
                self.handling.push(exc.clone());
            }
            let r = self.exec_block(f, finalbody);
            if in_flight.is_some() {
                self.handling.pop();
            }
            match r {
                Ok(Flow::Normal) => return pending,
                Ok(other) => return Ok(other),
                Err(new) => {
                    if let (Some(exc), Err(old)) = (&in_flight, pending) {
                        // The replaced exception never leaves this frame:
                        // its entry for the frame is recorded here.
                        if let Some(span) = old.loc {
                            exc.traceback.borrow_mut().push(TbEntry {
                                code: f.code.clone(),
                                span,
                                func: f.name.clone(),
                                globals: Some(f.globals.clone()),
                            });
                        }
                        if !Rc::ptr_eq(&new.exc, exc) && new.exc.context.borrow().is_none() {
                            *new.exc.context.borrow_mut() = Some(exc.clone());
                        }
                    }
                    return Err(new);
                }
            }
        }
        result
    }

    /// `with` items entered one by one; CPython locates the protocol
    /// errors and the `__enter__`/`__exit__` calls at the whole statement.
    fn exec_with(
        &mut self,
        f: &mut Frame,
        items: &[ir::WithItem],
        body: &[Stmt],
        span: ir::Span,
    ) -> PyResult<Flow> {
        let Some((first, rest)) = items.split_first() else {
            return self.exec_block(f, body);
        };
        let ctx = self.eval(f, &first.ctx)?;
        let has_enter = self.has_method(&ctx, "__enter__");
        if !has_enter || !self.has_method(&ctx, "__exit__") {
            return Err(located(
                exceptions::not_context_manager(ctx.type_name(), has_enter),
                span,
            ));
        }
        let entered = self
            .call_method(&ctx, "__enter__", Args::default())
            .map_err(|e| located(e, span))?;
        if let Some(t) = &first.target {
            self.assign(f, t, entered)?;
        }
        let r = if rest.is_empty() {
            self.exec_block(f, body)
        } else {
            self.exec_with(f, rest, body, span)
        };
        if matches!(&r, Err(e) if is_limit(e)) {
            return r;
        }
        let mut r = r;
        let exit_args = match &mut r {
            Err(e) => {
                record_in_frame(f, e);
                vec![
                    self.type_of(&Value::Exception(e.exc.clone())),
                    Value::Exception(e.exc.clone()),
                    crate::traceback::TracebackObject::of(&e.exc),
                ]
            }
            Ok(_) => vec![Value::None, Value::None, Value::None],
        };
        // `__exit__` runs while the body's exception is being handled.
        let in_flight = r.as_ref().err().map(|e| e.exc.clone());
        if let Some(exc) = &in_flight {
            exc.normalize();
            self.handling.push(exc.clone());
        }
        let exited = self.call_method(&ctx, "__exit__", Args::new(exit_args));
        if in_flight.is_some() {
            self.handling.pop();
        }
        let suppress = match exited {
            Ok(v) => v,
            Err(new) => {
                if let Err(old) = r {
                    // The replaced exception never leaves this frame.
                    if let Some(loc) = old.loc {
                        old.exc.traceback.borrow_mut().push(TbEntry {
                            code: f.code.clone(),
                            span: loc,
                            func: f.name.clone(),
                            globals: Some(f.globals.clone()),
                        });
                    }
                    if !Rc::ptr_eq(&new.exc, &old.exc) && new.exc.context.borrow().is_none() {
                        *new.exc.context.borrow_mut() = Some(old.exc.clone());
                    }
                }
                return Err(located(new, span));
            }
        };
        if r.is_err() && self.truthy(&suppress)? {
            return Ok(Flow::Normal);
        }
        r
    }

    fn raise(
        &mut self,
        f: &mut Frame,
        exc: Option<&Expr>,
        cause: Option<&Expr>,
        span: ir::Span,
    ) -> PyResult<Box<PyErr>> {
        let Some(exc) = exc else {
            return match self.handling.last() {
                Some(e) => {
                    // A bare `raise` continues the exception from where this
                    // frame caught it: the entry recorded then is reopened,
                    // not repeated at the `raise`. Caught elsewhere (in a
                    // caller, or raised again by `except*`), it gets no
                    // entry for this frame, as in CPython.
                    let mut tb = e.traceback.borrow_mut();
                    let reopened = match tb.last() {
                        Some(t) if Rc::ptr_eq(&t.code, f.code) && t.func == *f.name => {
                            tb.pop().map(|t| t.span)
                        }
                        _ => None,
                    };
                    drop(tb);
                    Ok(Box::new(PyErr {
                        exc: e.clone(),
                        reraise: reopened.is_none(),
                        loc: reopened,
                    }))
                }
                None => Ok(located(
                    exceptions::runtime_error("No active exception to reraise"),
                    span,
                )),
            };
        };
        let v = self.eval(f, exc)?;
        let e = self.make_exception(&v)?;
        if let Some(c) = cause {
            let cv = self.eval(f, c)?;
            let cause_exc = match cv {
                Value::None => None,
                other => Some(self.make_exception(&other).map_err(|e| {
                    if e.exc.typ == ExcType::TypeError {
                        type_error("exception causes must derive from BaseException")
                    } else {
                        e
                    }
                })?),
            };
            *e.cause.borrow_mut() = cause_exc;
            e.suppress_context.set(true);
        }
        if let Some(h) = self.handling.last() {
            exceptions::replace_context(&e, h);
        }
        Ok(located(exceptions::err_from(e), span))
    }

    /// An exception instance from `raise X` / `raise X(...)`.
    pub(crate) fn make_exception_pub(&mut self, v: &Value) -> PyResult<Rc<PyException>> {
        self.make_exception(v)
    }

    fn make_exception(&mut self, v: &Value) -> PyResult<Rc<PyException>> {
        match v {
            Value::Exception(e) => Ok(e.clone()),
            Value::Type(TypeId::Exception(t)) => {
                crate::objects::exception_group::instantiate(self, *t, None, &[])
            }
            Value::Class(c) if c.exception_base().is_some() => {
                match &self.instantiate(c, Args::default())? {
                    Value::Exception(e) => Ok(e.clone()),
                    _ => Err(type_error("exceptions must derive from BaseException")),
                }
            }
            _ => Err(type_error("exceptions must derive from BaseException")),
        }
    }

    fn exception_matches(&mut self, e: &Rc<PyException>, kind: &Value) -> PyResult<bool> {
        fn is_exception_class(k: &Value) -> bool {
            match k {
                Value::Type(TypeId::Exception(_)) => true,
                Value::Class(c) => c.exception_base().is_some(),
                _ => false,
            }
        }
        fn cannot_catch() -> Box<PyErr> {
            type_error("catching classes that do not inherit from BaseException is not allowed")
        }
        match kind {
            // A class with two exception bases is made as one of them.
            Value::Type(TypeId::Exception(t)) => Ok(match &e.class() {
                Some(c) => self.is_subclass(&Value::Class(c.clone()), kind),
                None => e.typ.is_subclass(*t),
            }),
            Value::Class(c) if c.exception_base().is_some() => {
                Ok(e.class().is_some_and(|ec| ec.is_subclass(c)))
            }
            Value::Tuple(items) => {
                // Every item must be an exception class (not a nested
                // tuple), even after one that matches.
                if !items.iter().all(is_exception_class) {
                    return Err(cannot_catch());
                }
                for k in items.iter() {
                    if self.exception_matches(e, k)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(cannot_catch()),
        }
    }

    fn aug_assign(
        &mut self,
        f: &mut Frame,
        target: &Target,
        op: ir::BinOp,
        value: &Expr,
        span: ir::Span,
    ) -> PyResult<()> {
        match target {
            Target::Name(n, nspan) => {
                let cur = self.load(f, *n).map_err(|e| located(e, *nspan))?;
                let rhs = self.eval(f, value)?;
                let r = match int_fast_path(op, &cur, &rhs) {
                    Some(v) => v,
                    None => self.inplace(op, &cur, &rhs).map_err(|e| located(e, span))?,
                };
                self.store(f, *n, r)?;
                // `buf += n.to_bytes(...) + ...`: the record is done with.
                self.recycle_bytes(rhs);
                forget_plain(cur);
            }
            Target::Subscript(obj, key, tspan) => {
                let o = self.eval(f, obj)?;
                let k = self.eval(f, key)?;
                let cur = self.getitem(&o, &k).map_err(|e| located(e, *tspan))?;
                let rhs = self.eval(f, value)?;
                let r = match int_fast_path(op, &cur, &rhs) {
                    Some(v) => v,
                    None => self.inplace(op, &cur, &rhs).map_err(|e| located(e, span))?,
                };
                self.setitem(&o, &k, r).map_err(|e| located(e, *tspan))?;
                forget_plain(rhs);
                forget_plain(cur);
                forget_plain(k);
            }
            Target::Attribute(obj, name, tspan) => {
                let o = self.eval(f, obj)?;
                let cur = self.getattr(&o, name).map_err(|e| located(e, *tspan))?;
                let rhs = self.eval(f, value)?;
                let r = self.inplace(op, &cur, &rhs).map_err(|e| located(e, span))?;
                self.setattr(&o, name, r).map_err(|e| located(e, *tspan))?;
            }
            Target::Unpack(_, _, tspan) => {
                return Err(located(
                    exceptions::new_err(
                        ExcType::SyntaxError,
                        "illegal expression for augmented assignment",
                    ),
                    *tspan,
                ))
            }
        }
        Ok(())
    }

    // ----- names -----

    #[inline]
    fn load(&mut self, f: &Frame, n: NameRef) -> PyResult<Value> {
        match n {
            NameRef::Local(i) => match &f.slots[i as usize] {
                Some(v) => Ok(v.clone()),
                None => Err(exceptions::unbound_local(&f.names[i as usize])),
            },
            NameRef::Cell(i) => match &f.slots[i as usize] {
                Some(Value::Cell(c)) => match &*c.borrow() {
                    Some(v) => Ok(v.clone()),
                    None => Err(self.unbound_cell(f, i)),
                },
                _ => Err(self.unbound_cell(f, i)),
            },
            NameRef::Global(g) => self
                .load_global(f.globals, g)
                .map_err(|e| self.suggest_name(f, g, e)),
        }
    }

    /// The error for reading an empty cell: a free variable is a
    /// NameError (with CPython's suggestion), the frame's own cell an
    /// UnboundLocalError.
    #[cold]
    fn unbound_cell(&self, f: &Frame, i: u32) -> Box<PyErr> {
        let name = f.names[i as usize].clone();
        if f.free.iter().any(|&(_, own)| own == i) {
            self.suggest_for(f, &name, exceptions::unbound_free(&name))
        } else {
            exceptions::unbound_local(&name)
        }
    }

    /// Adds CPython's "Did you mean" to a NameError: locals, then
    /// globals, then builtins.
    fn suggest_name(&self, f: &Frame, g: u32, e: Box<PyErr>) -> Box<PyErr> {
        if e.exc.typ != ExcType::NameError {
            return e;
        }
        let Some(name) = f.globals.table.borrow().names.get(g as usize).cloned() else {
            return e;
        };
        self.suggest_for(f, &name, e)
    }

    fn suggest_for(&self, f: &Frame, name: &str, e: Box<PyErr>) -> Box<PyErr> {
        let locals: Vec<&str> = f
            .names
            .iter()
            .zip(&f.slots)
            .filter(|(_, v)| match v {
                Some(Value::Cell(c)) => c.borrow().is_some(),
                v => v.is_some(),
            })
            .map(|(n, _)| &**n)
            .collect();
        let storage = f.globals.storage();
        let table = storage.table.borrow();
        let values = storage.values.borrow();
        let globals: Vec<&str> = table
            .names
            .iter()
            .enumerate()
            .filter(|(i, _)| values.get(*i).is_some_and(Option::is_some))
            .map(|(_, n)| &**n)
            .collect();
        let mut builtins: Vec<&str> = self.builtins.keys().copied().collect();
        builtins.sort_unstable();
        let s = (!f.name.starts_with('<'))
            .then(|| crate::suggestions::suggest(name, locals))
            .flatten()
            .or_else(|| crate::suggestions::suggest(name, globals))
            .or_else(|| crate::suggestions::suggest(name, builtins));
        *e.exc.suggestion.borrow_mut() = s;
        e
    }

    /// The `__builtins__` of the globals proper when it is not the builtins
    /// module or its dict (as `eval(src, {"__builtins__": {}})` gives):
    /// names missing from the globals are then looked up there only.
    pub(crate) fn custom_builtins(&self, globals: &Globals) -> Option<Value> {
        if let Some(p) = &*globals.parent.borrow() {
            return self.custom_builtins(p);
        }
        let b = globals.get("__builtins__")?;
        let own = match &self.builtins_module {
            Some(Value::Module(m)) => m,
            _ => return None,
        };
        match &b {
            Value::Module(m) if Rc::ptr_eq(m, own) => None,
            Value::Dict(d) if Rc::ptr_eq(d, &own.dict()) => None,
            _ => Some(b),
        }
    }

    /// `name` looked up in a namespace's own `__builtins__`, as CPython's
    /// LOAD_GLOBAL does: a dict or module by key, anything else subscripted.
    fn load_custom_builtin(&mut self, custom: Value, name: &str) -> PyResult<Value> {
        let found = match &custom {
            Value::Dict(d) => d.get(&Value::str(name))?,
            Value::Module(m) => m.dict().get(&Value::str(name))?,
            other => {
                return Err(type_error(format!(
                    "'{}' object is not subscriptable",
                    other.type_name()
                )))
            }
        };
        found.ok_or_else(|| exceptions::name_not_defined(name))
    }

    fn load_global(&mut self, globals: &Globals, g: u32) -> PyResult<Value> {
        if let Some(Some(v)) = globals.values.borrow().get(g as usize) {
            return Ok(v.clone());
        }
        if globals.builtin_gen.get() != self.builtins_gen {
            globals.builtin_cache.borrow_mut().clear();
            globals.builtin_gen.set(self.builtins_gen);
        }
        if let Some(Some(v)) = globals.builtin_cache.borrow().get(g as usize) {
            return Ok(v.clone());
        }
        if globals.mapping.get().is_some() {
            return self.load_mapped(globals, g);
        }
        let name = globals
            .table
            .borrow()
            .names
            .get(g as usize)
            .cloned()
            .unwrap_or_else(|| "?".into());
        if let Some(v) = globals.enclosing_get(&name) {
            return Ok(v);
        }
        if let Some(custom) = self.custom_builtins(globals) {
            return self.load_custom_builtin(custom, &name);
        }
        match self.builtins.get(&*name) {
            // An enclosing namespace may bind the name later: no caching.
            Some(v) if globals.parent.borrow().is_some() => Ok(v.clone()),
            Some(v) => {
                let mut cache = globals.builtin_cache.borrow_mut();
                if cache.len() <= g as usize {
                    cache.resize(g as usize + 1, None);
                }
                cache[g as usize] = Some(v.clone());
                Ok(v.clone())
            }
            None => Err(exceptions::name_not_defined(&name)),
        }
    }

    #[inline]
    fn store(&mut self, f: &mut Frame, n: NameRef, v: Value) -> PyResult<()> {
        match n {
            NameRef::Local(i) if !self.live_ns.is_empty() => return self.store_live(f, i, v),
            NameRef::Global(g) if f.globals.mapping.get().is_some() => {
                return self.store_mapped(f, g, v)
            }
            _ => {}
        }
        store_slot(f, n, v);
        Ok(())
    }

    /// A global slot's name in a namespace run over a mapping.
    fn mapped_name(globals: &Globals, g: u32) -> Rc<str> {
        globals
            .table
            .borrow()
            .names
            .get(g as usize)
            .cloned()
            .unwrap_or_else(|| "?".into())
    }

    /// LOAD_NAME over a mapping: its `__getitem__`, then (on KeyError)
    /// the globals' own dict and the builtins.
    #[cold]
    #[inline(never)]
    fn load_mapped(&mut self, globals: &Globals, g: u32) -> PyResult<Value> {
        let Some(map) = globals.mapping.get().map(|m| m.map.clone()) else {
            return Err(exceptions::name_not_defined(&Self::mapped_name(globals, g)));
        };
        let name = Value::Str(Self::mapped_name(globals, g));
        match self.getitem(&map, &name) {
            Ok(v) => return Ok(v),
            Err(e) if e.exc.typ == ExcType::KeyError => {}
            Err(e) => return Err(e),
        }
        let parent = globals.parent.borrow().clone();
        match parent {
            Some(p) => self.load_global(&p.storage(), g),
            None => Err(exceptions::name_not_defined(&Self::mapped_name(globals, g))),
        }
    }

    /// STORE_NAME over a mapping (its `__setitem__`); a function's
    /// `global` name is STORE_GLOBAL, into the globals' own dict.
    #[cold]
    #[inline(never)]
    fn store_mapped(&mut self, f: &Frame, g: u32, v: Value) -> PyResult<()> {
        let name = Self::mapped_name(f.globals, g);
        match f.globals.mapping.get() {
            Some(m) if crate::namespace::is_module_level(f) => {
                let map = m.map.clone();
                self.setitem(&map, &Value::Str(name), v)
            }
            _ => {
                f.globals.storage().set(&name, v);
                Ok(())
            }
        }
    }

    /// DELETE_NAME over a mapping (its `__delitem__`, any error being
    /// NameError); a function's `global` name is DELETE_GLOBAL.
    #[cold]
    #[inline(never)]
    fn delete_mapped(&mut self, f: &Frame, g: u32) -> PyResult<()> {
        let name = Self::mapped_name(f.globals, g);
        match f.globals.mapping.get() {
            Some(m) if crate::namespace::is_module_level(f) => {
                let map = m.map.clone();
                // Any failure is the NameError, as CPython's DELETE_NAME has it.
                self.delitem(&map, &Value::Str(name.clone()))
                    .map_err(|_| exceptions::name_not_defined(&name))
            }
            _ => match f.globals.storage().remove(&name) {
                true => Ok(()),
                false => Err(exceptions::name_not_defined(&name)),
            },
        }
    }

    /// The prepared namespace a class body's own name `i` is bound in
    /// (when `f` runs a class body whose metaclass prepared one).
    fn live_slot(&self, f: &Frame, i: u32) -> Option<Value> {
        let l = self.live_ns.last()?;
        let mine = std::ptr::eq(l.names, f.names.as_ptr()) && l.own(i);
        mine.then(|| l.ns.clone())
    }

    /// Binding a local while some class body runs over a prepared
    /// namespace: its own names go through the mapping's `__setitem__`
    /// (STORE_NAME); the slot keeps the value for `x += ...` and `del x`.
    #[cold]
    fn store_live(&mut self, f: &mut Frame, i: u32, v: Value) -> PyResult<()> {
        if let Some(ns) = self.live_slot(f, i) {
            let name = Value::Str(f.names[i as usize].clone());
            self.setitem(&ns, &name, v.clone())?;
        }
        f.slots[i as usize] = Some(v);
        Ok(())
    }

    /// Reading a class body's name from its prepared namespace
    /// (LOAD_NAME): `None` when the body has none or the mapping lacks
    /// the name (the caller falls back to the globals); slot `i` is
    /// `ir::NO_SLOT` for names the body never binds, global slot `g`.
    #[cold]
    fn load_live(&mut self, f: &Frame, i: u32, g: u32) -> PyResult<Option<Value>> {
        let Some(l) = self.live_ns.last() else {
            return Ok(None);
        };
        if !std::ptr::eq(l.names, f.names.as_ptr()) {
            return Ok(None);
        }
        let ns = l.ns.clone();
        let name = match f.names.get(i as usize) {
            Some(n) => n.clone(),
            None => match f.globals.table.borrow().names.get(g as usize) {
                Some(n) => n.clone(),
                None => return Ok(None),
            },
        };
        if let Value::Dict(d) = &ns {
            return d.get(&Value::Str(name));
        }
        match self.getitem(&ns, &Value::Str(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.exc.typ == ExcType::KeyError => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `locals()` in a class body running over a prepared namespace: the
    /// mapping itself. As CPython syncs the frame's cells into it first,
    /// the still-empty `__class__` cell (when methods use it) is deleted
    /// from it.
    pub(crate) fn prepared_namespace(&mut self, f: &Frame) -> PyResult<Option<Value>> {
        let Some(l) = self.live_ns.last() else {
            return Ok(None);
        };
        if !std::ptr::eq(l.names, f.names.as_ptr()) {
            return Ok(None);
        }
        let ns = l.ns.clone();
        let class_cell = f.names.first().is_some_and(|n| &**n == "__class__");
        if let (true, Some(Some(Value::Cell(c)))) = (class_cell, f.slots.first()) {
            if Rc::strong_count(c) > 1 {
                let key = Value::Str(f.names[0].clone());
                match self.delitem(&ns, &key) {
                    Err(e) if e.exc.typ != ExcType::KeyError => return Err(e),
                    _ => {}
                }
            }
        }
        Ok(Some(ns))
    }

    /// The end of `except E as name:`, which CPython compiles as
    /// `name = None; del name` (a prepared namespace sees both).
    pub(crate) fn unbind_handler_name(&mut self, f: &mut Frame, n: NameRef) -> PyResult<()> {
        if let NameRef::Global(g) = n {
            if f.globals.mapping.get().is_some() {
                self.store_mapped(f, g, Value::None)?;
                return self.delete_mapped(f, g);
            }
        }
        if let NameRef::Local(i) = n {
            if !self.live_ns.is_empty() && self.live_slot(f, i).is_some() {
                self.store_live(f, i, Value::None)?;
            }
        }
        self.unbind(f, n)
    }

    /// A class body's own name as `del name` first checks it: from its
    /// prepared namespace when it runs over one, else from its slot.
    fn class_local(&mut self, f: &Frame, i: u32) -> PyResult<Option<Value>> {
        if !self.live_ns.is_empty() && self.live_slot(f, i).is_some() {
            return self.load_live(f, i, ir::NO_SLOT);
        }
        Ok(f.slots.get(i as usize).cloned().flatten())
    }

    /// The check before a class body's `del name`: DELETE_NAME on a
    /// prepared namespace asks the mapping itself (its `__delitem__`).
    fn class_del_check(&mut self, f: &Frame, i: u32) -> PyResult<Option<Value>> {
        if !self.live_ns.is_empty() && self.live_slot(f, i).is_some() {
            return Ok(Some(Value::None));
        }
        Ok(f.slots.get(i as usize).cloned().flatten())
    }

    fn unbind(&mut self, f: &mut Frame, n: NameRef) -> PyResult<()> {
        match n {
            NameRef::Local(i) => {
                if !self.live_ns.is_empty() {
                    if let Some(ns) = self.live_slot(f, i) {
                        let name = f.names[i as usize].clone();
                        self.delitem(&ns, &Value::Str(name.clone())).map_err(|e| {
                            match e.exc.typ {
                                ExcType::KeyError => exceptions::name_not_defined(&name),
                                _ => e,
                            }
                        })?;
                    }
                }
                f.slots[i as usize] = None
            }
            NameRef::Cell(i) => {
                if let Some(Value::Cell(c)) = &f.slots[i as usize] {
                    *c.borrow_mut() = None;
                }
            }
            NameRef::Global(g) => {
                if let Some(v) = f.globals.values.borrow_mut().get_mut(g as usize) {
                    *v = None;
                }
                f.globals.mirror(g);
            }
        }
        Ok(())
    }

    fn assign(&mut self, f: &mut Frame, t: &Target, v: Value) -> PyResult<()> {
        match t {
            Target::Name(n, span) => self.store(f, *n, v).map_err(|e| located(e, *span)),
            Target::Subscript(obj, key, span) => {
                let o = self.eval(f, obj)?;
                let k = self.eval(f, key)?;
                let r = self.setitem(&o, &k, v).map_err(|e| located(e, *span));
                forget_plain(k);
                r
            }
            Target::Attribute(obj, name, span) => {
                let o = self.eval(f, obj)?;
                self.setattr(&o, name, v).map_err(|e| located(e, *span))
            }
            Target::Unpack(targets, star, span) => {
                let items = self
                    .unpack(&v, targets.len(), *star)
                    .map_err(|e| located(e, *span))?;
                for (t, item) in targets.iter().zip(items) {
                    self.assign(f, t, item)?;
                }
                Ok(())
            }
        }
    }

    fn unpack(&mut self, v: &Value, n: usize, star: Option<usize>) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::Tuple(t) => t.to_vec(),
            Value::List(l) => l.borrow().clone(),
            other => {
                // A class that sets `__iter__ = None` gets iter()'s error.
                let declared = crate::dispatch::user_class(other)
                    .and_then(|c| c.lookup("__iter__"))
                    .is_some();
                if !declared && !self.is_iterable(other) {
                    return Err(type_error(format!(
                        "cannot unpack non-iterable {} object",
                        other.type_name()
                    )));
                }
                if star.is_some() {
                    self.collect(other)?
                } else {
                    // As CPython, one item past the targets is enough to
                    // refuse (an endless iterator does not hang).
                    let it = self.get_iter(other)?;
                    let mut items = Vec::with_capacity(n + 1);
                    while items.len() <= n {
                        match self.next(&it)? {
                            Some(x) => items.push(x),
                            None => break,
                        }
                    }
                    items
                }
            }
        };
        match star {
            None => {
                if items.len() > n {
                    return Err(exceptions::value_error(format!(
                        "too many values to unpack (expected {n})"
                    )));
                }
                if items.len() < n {
                    return Err(exceptions::value_error(format!(
                        "not enough values to unpack (expected {n}, got {})",
                        items.len()
                    )));
                }
                Ok(items)
            }
            Some(s) => {
                let after = n - s - 1;
                if items.len() < n - 1 {
                    return Err(exceptions::value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        n - 1,
                        items.len()
                    )));
                }
                let mut out: Vec<Value> = items[..s].to_vec();
                out.push(Value::new_list(items[s..items.len() - after].to_vec()));
                out.extend_from_slice(&items[items.len() - after..]);
                Ok(out)
            }
        }
    }

    fn delete(&mut self, f: &mut Frame, t: &Target) -> PyResult<()> {
        match t {
            Target::Name(NameRef::Global(g), span) if f.globals.mapping.get().is_some() => {
                self.delete_mapped(f, *g).map_err(|e| located(e, *span))
            }
            Target::Name(n, span) => {
                let live = match n {
                    NameRef::Local(i) if !self.live_ns.is_empty() => {
                        self.live_slot(f, *i).is_some()
                    }
                    _ => false,
                };
                if !live {
                    self.load(f, *n).map_err(|e| located(e, *span))?;
                }
                self.unbind(f, *n).map_err(|e| located(e, *span))
            }
            Target::Subscript(obj, key, span) => {
                let o = self.eval(f, obj)?;
                let k = self.eval(f, key)?;
                self.delitem(&o, &k).map_err(|e| located(e, *span))
            }
            Target::Attribute(obj, name, span) => {
                let o = self.eval(f, obj)?;
                self.delattr(&o, name).map_err(|e| located(e, *span))
            }
            Target::Unpack(ts, _, _) => {
                for t in ts {
                    self.delete(f, t)?;
                }
                Ok(())
            }
        }
    }

    fn make_function(
        &mut self,
        f: &mut Frame,
        def: &Rc<ir::FunctionDef>,
        defaults: &[Expr],
        kw_defaults: &[(Rc<str>, Expr)],
    ) -> PyResult<Value> {
        let defaults = defaults
            .iter()
            .map(|d| self.eval(f, d))
            .collect::<PyResult<Vec<_>>>()?;
        let mut kwd = Vec::new();
        for (k, e) in kw_defaults {
            kwd.push((k.clone(), self.eval(f, e)?));
        }
        let closure = def
            .freevars
            .iter()
            .map(|&(outer, _)| match &f.slots[outer as usize] {
                Some(Value::Cell(c)) => c.clone(),
                _ => Rc::new(RefCell::new(None)),
            })
            .collect();
        Ok(Value::Function(Rc::new(PyFunction {
            def: def.clone(),
            code: f.code.clone(),
            globals: f.globals.for_functions(),
            defaults: RefCell::new(defaults.into()),
            kw_defaults: RefCell::new(kwd.into()),
            closure,
            closure_view: Default::default(),
            attrs: Default::default(),
        })))
    }

    // ----- expressions -----

    // Inlined into the statement loop: keeping it out of line costs the
    // hottest paths (a small-int `while` loop) about 5% of instructions.
    #[inline(always)]
    pub fn eval(&mut self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        // Leaves are most of what is evaluated: they skip the large frame
        // of `eval_inner`.
        match &e.kind {
            ExprKind::Name(NameRef::Local(i)) => {
                if let Some(Some(v)) = f.slots.get(*i as usize) {
                    return Ok(clone_value(v));
                }
            }
            ExprKind::Name(NameRef::Global(g)) | ExprKind::GlobalName(g) => {
                if let Some(Some(v)) = f.globals.values.borrow().get(*g as usize) {
                    return Ok(clone_value(v));
                }
            }
            ExprKind::Const(ir::Const::Int(i)) => return Ok(Value::Int(*i)),
            ExprKind::Const(c) if !matches!(c, ir::Const::Bytes(_)) => return Ok(const_value(c)),
            // Small-int arithmetic on leaves (`i & 0xFF`, `off + 2`) needs
            // none of the general machinery either.
            ExprKind::BinOp(a, op, b) => {
                if let (Some(x), Some(y)) = (leaf_int(f, a), leaf_int(f, b)) {
                    if let Some(v) = int_op(*op, x, y) {
                        return Ok(Value::Int(v));
                    }
                }
            }
            _ => {}
        }
        match self.eval_inner(f, e) {
            Ok(v) => Ok(v),
            Err(err) => Err(located(err, e.span)),
        }
    }

    fn eval_inner(&mut self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        Ok(match &e.kind {
            ExprKind::Const(c) => const_value(c),
            ExprKind::Name(n) => self.load(f, *n)?,
            ExprKind::ClassName(i, g) => {
                if !self.live_ns.is_empty() {
                    if let Some(v) = self.load_live(f, *i, *g)? {
                        return Ok(v);
                    }
                    if self.live_slot(f, *i).is_some() {
                        return self.load(f, NameRef::Global(*g));
                    }
                }
                match f.slots.get(*i as usize) {
                    Some(Some(v)) => v.clone(),
                    _ => self.load(f, NameRef::Global(*g))?,
                }
            }
            ExprKind::GlobalName(g) => {
                if let Some(Some(v)) = f.globals.values.borrow().get(*g as usize) {
                    return Ok(v.clone());
                }
                if f.globals.mapping.get().is_some() {
                    let globals = f.globals.for_functions();
                    return self.load_global(&globals, *g);
                }
                self.load(f, NameRef::Global(*g))?
            }
            ExprKind::ClassLocal(i) => match self.class_del_check(f, *i)? {
                Some(v) => v,
                _ => {
                    let name = f.names.get(*i as usize).cloned().unwrap_or_default();
                    let e = exceptions::name_not_defined(&name);
                    return Err(self.suggest_for(f, &name, e));
                }
            },
            ExprKind::BinOp(a, op, b) => {
                let x = self.eval(f, a)?;
                let y = self.eval(f, b)?;
                if let Some(v) = int_fast_path(*op, &x, &y) {
                    forget_plain(x);
                    forget_plain(y);
                    return Ok(v);
                }
                if let (ir::BinOp::Add, Value::Bytes(_), Value::Bytes(_), None) =
                    (op, &x, &y, self.limits.max_alloc)
                {
                    let (r, y) = bytes::concat_owned(x, y);
                    self.recycle_bytes(y);
                    return Ok(r);
                }
                self.binary(*op, &x, &y)?
            }
            ExprKind::Unary(op, a) => {
                let x = self.eval(f, a)?;
                let special = match op {
                    ir::UnaryOp::Neg => Some("__neg__"),
                    ir::UnaryOp::Pos => Some("__pos__"),
                    ir::UnaryOp::Invert => Some("__invert__"),
                    ir::UnaryOp::Not => None,
                };
                if let Some(r) = special.and_then(|n| self.call_special(&x, n, vec![])) {
                    return r;
                }
                match op {
                    ir::UnaryOp::Not => Value::Bool(!self.truthy(&x)?),
                    ir::UnaryOp::Neg => ops::unary_neg(crate::dispatch::plain(&x))?,
                    ir::UnaryOp::Pos => ops::unary_pos(crate::dispatch::plain(&x))?,
                    ir::UnaryOp::Invert => ops::unary_invert(crate::dispatch::plain(&x))?,
                }
            }
            ExprKind::BoolOp(is_and, values) => {
                // The last operand is the value, whatever its truth.
                let Some((last, first)) = values.split_last() else {
                    return Ok(Value::None);
                };
                for v in first {
                    let x = self.eval(f, v)?;
                    if self.truthy(&x)? != *is_and {
                        return Ok(x);
                    }
                }
                self.eval(f, last)?
            }
            ExprKind::Compare(left, rest) => {
                // `a < b < c` is `a < b and b < c`: the first false
                // result, else the last (results may be any object).
                let mut a = self.eval(f, left)?;
                let mut result = Value::Bool(true);
                for (i, (op, right)) in rest.iter().enumerate() {
                    let b = self.eval(f, right)?;
                    self.compare_level(*op)?;
                    result = match (&a, &b) {
                        (Value::Int(x), Value::Int(y)) => match int_compare(*op, *x, *y) {
                            Some(t) => Value::Bool(t),
                            None => Value::Bool(self.compare(*op, &a, &b)?),
                        },
                        _ => self.rich_compare(*op, &a, &b)?,
                    };
                    let holds = match &result {
                        Value::Bool(t) => *t,
                        _ if i + 1 == rest.len() => break,
                        other => self.truthy(other)?,
                    };
                    if !holds {
                        break;
                    }
                    a = b;
                }
                result
            }
            ExprKind::IfExp(test, body, orelse) => {
                if self.eval_cond(f, test, e.span)? {
                    self.eval(f, body)?
                } else {
                    self.eval(f, orelse)?
                }
            }
            ExprKind::Call(func, args, kws) => {
                let fv = self.eval(f, func)?;
                let callee = || crate::objects::function::function_str(&fv);
                match &fv {
                    Value::Function(fun)
                        if kws.is_empty()
                            && fun.takes_args_direct(args.len())
                            && !args.iter().any(|a| a.starred) =>
                    {
                        let slots = self.slot_vec(fun.def.nslots as usize);
                        self.call_direct(f, fun, slots, args, e.span)?
                    }
                    Value::Builtin(b) => {
                        let args = self.eval_args(f, args, kws, &callee)?;
                        self.finalize_discarded();
                        self.site = e.span;
                        // `globals()`, `locals()`, `eval`, `exec`... see
                        // the caller's frame.
                        let run = |vm: &mut Vm, f: &mut Frame| match b.frame {
                            Some(frame_fn) => frame_fn(vm, f, &args),
                            None => match crate::dispatch::plain_args(&args) {
                                Some(plain) if vm.native_reads_plain(b, &args) => {
                                    (b.func.clone())(vm, &plain)
                                }
                                _ => (b.func.clone())(vm, &args),
                            },
                        };
                        let r = if b.level.counts(f.is_cold()) {
                            self.nested(exceptions::IN_CALL, |vm| run(vm, f))
                        } else {
                            run(self, f)
                        };
                        self.recycle_args(args);
                        let r = r?;
                        self.track(&r);
                        r
                    }
                    Value::Type(t) => {
                        let args = self.eval_args(f, args, kws, &callee)?;
                        self.site = e.span;
                        if type_call_level(*t, &args).counts(f.is_cold()) {
                            self.nested(exceptions::IN_CALL, |vm| vm.construct(*t, args))?
                        } else {
                            self.construct(*t, args)?
                        }
                    }
                    _ => {
                        let args = self.eval_args(f, args, kws, &callee)?;
                        self.finalize_discarded();
                        self.site = e.span;
                        self.call(&fv, args)?
                    }
                }
            }
            // As CPython's LOAD_METHOD, the method is looked up before the
            // arguments are evaluated (`x.missing(f())` does not call f).
            ExprKind::CallMethod(obj, name, args, kws, attr_span, seen) => {
                let discarded = std::mem::take(&mut self.result_discarded);
                let o = self.eval(f, obj)?;
                let plain = match &o {
                    Value::Instance(inst) => crate::dispatch::plain_method(inst, name),
                    _ => None,
                };
                if let Some(fun) = plain {
                    return self.call_plain_method(f, fun, o, args, kws, e.span);
                }
                let key = receiver_key(&o);
                let bound = if key != 0 && seen.0.get() == key {
                    None
                } else {
                    let m = self.getattr(&o, name).map_err(|e| located(e, *attr_span))?;
                    seen.0.set(key);
                    // Fixed by the receiver's key and the name: decided once.
                    seen.1
                        .set(crate::objects::function::method_takes_level(&o, name));
                    Some(m).filter(|_| key == 0)
                };
                let args = self.eval_args(f, args, kws, &|| {
                    crate::objects::function::method_str(&o, name)
                })?;
                self.finalize_discarded();
                self.site = e.span;
                if let Some(m) = bound {
                    self.call_seeing_frame(f, &m, args)?
                } else {
                    if let Value::ByteArray(ba) = &o {
                        if let Some(r) = self.quick_method(ba, name, &args, seen.1.get()) {
                            self.recycle_args(args);
                            return r;
                        }
                    }
                    let quick_append = discarded
                        && !f.is_cold()
                        && &**name == "append"
                        && matches!(o, Value::List(_));
                    let r = if !quick_append && seen.1.get() {
                        self.nested(exceptions::IN_CALL, |vm| {
                            vm.dispatch_method(&o, name, &args).transpose()
                        })
                        .transpose()
                    } else {
                        self.dispatch_method(&o, name, &args)
                    };
                    match r {
                        Some(r) => {
                            self.recycle_args(args);
                            r?
                        }
                        None => {
                            let m = self.getattr(&o, name).map_err(|e| located(e, *attr_span))?;
                            self.call_seeing_frame(f, &m, args)?
                        }
                    }
                }
            }
            ExprKind::Attribute(obj, name) => {
                let o = self.eval(f, obj)?;
                self.getattr(&o, name)?
            }
            ExprKind::Subscript(obj, key) => {
                let o = self.eval(f, obj)?;
                if let (ExprKind::Slice(lo, hi, None), true) = (
                    &key.kind,
                    matches!(
                        o,
                        Value::Bytes(_) | Value::ByteArray(_) | Value::MemoryView(_)
                    ),
                ) {
                    return self.slice_unit(f, &o, lo, hi);
                }
                if let ExprKind::Slice(lo, hi, step) = &key.kind {
                    // The slice object lives only for the subscript, unless
                    // a `__getitem__` keeps it: then it is not reused.
                    let mut k = self.slice_value(f, lo, hi, step)?;
                    let r = self.getitem(&o, &k);
                    if let Value::Slice(sl) = &mut k {
                        if let Some(s) = Rc::get_mut(sl) {
                            s.start = Value::None;
                            s.stop = Value::None;
                            s.step = Value::None;
                            self.spare_slice = Some(sl.clone());
                        }
                    }
                    return r;
                }
                let k = self.eval(f, key)?;
                self.getitem(&o, &k)?
            }
            ExprKind::Slice(lo, hi, step) => self.slice_value(f, lo, hi, step)?,
            ExprKind::Tuple(items) => Value::new_tuple(self.eval_items(f, items)?),
            ExprKind::List(items) => {
                let out = self.eval_items(f, items)?;
                let alloc = crate::objects::alloc::ListAlloc::display(
                    out.len(),
                    items.iter().all(|a| a.value.is_folded_const()),
                    items.iter().any(|a| a.starred),
                );
                Value::List(Rc::new(crate::nested::PyList::with_alloc(out, alloc)))
            }
            ExprKind::Set(items) => {
                // As CPython builds it: the items before the first starred
                // one are evaluated, then added; the others are added as
                // they come (all of them in a display of over 30 items).
                let mut t = crate::objects::set::SetTable::default();
                let batch = match items.iter().position(|a| a.starred) {
                    Some(i) => i,
                    None if items.len() > 30 => 0,
                    None => items.len(),
                };
                let mut values = Vec::with_capacity(batch);
                for (i, a) in items.iter().enumerate() {
                    let v = self.eval(f, &a.value)?;
                    if i < batch {
                        values.push(v);
                        if i + 1 == batch {
                            for v in values.drain(..) {
                                let v = self.set_key(&t, &v)?;
                                t.add(v)?;
                            }
                        }
                        continue;
                    }
                    // CPython's SET_UPDATE: the plain iteration error.
                    let added = if a.starred {
                        self.collect(&v)?
                    } else {
                        vec![v]
                    };
                    for v in added {
                        let v = self.set_key(&t, &v)?;
                        t.add(v)?;
                    }
                }
                // A display of over two constants is a frozenset constant
                // in CPython: built from the items, rebuilt in its own
                // order when the compiler merges constants, then copied.
                if items.len() > 2
                    && items
                        .iter()
                        .all(|a| !a.starred && a.value.is_folded_const())
                {
                    let mut rebuilt = crate::objects::set::SetTable::default();
                    for v in t.items() {
                        rebuilt.add(v)?;
                    }
                    t = crate::objects::set::SetTable::default();
                    t.merge(&rebuilt);
                }
                crate::objects::set::new_value(t, false)
            }
            ExprKind::Dict(items) => {
                // As CPython's BUILD_MAP: each run of `key: value` items is
                // evaluated, then stored (errors are the display's); runs
                // of 16 and more are cut into parts of 17, whose items
                // are stored as they come, before the rest.
                let d = dict::PyDict::default();
                let mut run: Vec<(Value, Value)> = Vec::new();
                let mut at_once = 0;
                for (i, (k, v)) in items.iter().enumerate() {
                    match k {
                        Some(k) => {
                            if i == 0 || items[i - 1].0.is_none() {
                                let len = items[i..].iter().take_while(|p| p.0.is_some()).count();
                                at_once = if len % 17 == 16 { len } else { len - len % 17 };
                            }
                            let kv = self.eval(f, k)?;
                            let vv = self.eval(f, v)?;
                            if at_once > 0 {
                                at_once -= 1;
                                let kv = self.dict_key(&d, &kv)?;
                                d.set(kv, vv)?;
                                continue;
                            }
                            run.push((kv, vv));
                            if !matches!(items.get(i + 1), Some((Some(_), _))) {
                                for (kv, vv) in run.drain(..) {
                                    let kv = self.dict_key(&d, &kv)?;
                                    d.set(kv, vv)?;
                                }
                            }
                        }
                        None => {
                            let m = self.eval(f, v)?;
                            let Some(entries) = dict::mapping_items(self, &m)? else {
                                return Err(type_error(format!(
                                    "'{}' object is not a mapping",
                                    m.type_name()
                                )));
                            };
                            for (k, v) in entries {
                                let k = self.dict_key(&d, &k)?;
                                d.set(k, v)?;
                            }
                        }
                    }
                }
                Value::Dict(Rc::new(d))
            }
            // CPython formats a lone `{s}` or `{s!s}` of a str as itself.
            ExprKind::FString(parts) => match &parts[..] {
                [FPart::Value {
                    value,
                    conversion: conversion @ (None | Some('s')),
                    spec,
                }] if spec.as_ref().is_none_or(Vec::is_empty) => match self.eval(f, value)? {
                    v @ Value::Str(_) => v,
                    v => Value::Str(self.fstring_value(f, *conversion, spec, v, e.span)?.into()),
                },
                _ => Value::Str(self.fstring(f, parts, e.span)?.into()),
            },
            ExprKind::Comprehension(c) => self.comprehension(f, c, e.span)?,
            ExprKind::GenExpr(def, iter) => self.make_genexpr(f, def, iter)?,
            ExprKind::Lambda(def, defaults, kw) => self.make_function(f, def, defaults, kw)?,
            ExprKind::Intrinsic(op, args) => {
                let args = args
                    .iter()
                    .map(|a| self.eval(f, a))
                    .collect::<PyResult<Vec<_>>>()?;
                self.intrinsic(*op, args)?
            }
            ExprKind::Super(class_ref, self_ref) => {
                let class = self.load(f, *class_ref)?;
                let Value::Class(_) = class else {
                    return Err(exceptions::runtime_error(
                        "super(): __class__ cell not found",
                    ));
                };
                let Some(self_ref) = self_ref else {
                    return Err(exceptions::runtime_error("super(): no arguments"));
                };
                let obj = self.load(f, *self_ref)?;
                self.make_super(class, Some(obj))?
            }
            ExprKind::NamedExpr(n, value) => {
                let v = self.eval(f, value)?;
                self.store(f, *n, v.clone())?;
                v
            }
        })
    }

    /// `o[lo:hi]` of a bytes, bytearray or memoryview: with int-or-None
    /// bounds, no slice object is made (none of these types lets Python
    /// code see it); other bounds take the general way.
    fn slice_unit(
        &mut self,
        f: &mut Frame,
        o: &Value,
        lo: &Option<Box<Expr>>,
        hi: &Option<Box<Expr>>,
    ) -> PyResult<Value> {
        let start = match lo {
            Some(e) => self.eval(f, e)?,
            None => Value::None,
        };
        let stop = match hi {
            Some(e) => self.eval(f, e)?,
            None => Value::None,
        };
        if let (Some(a), Some(b)) = (slice::unit_bound(&start), slice::unit_bound(&stop)) {
            match o {
                Value::Bytes(d) => {
                    let (at, n) = slice::adjust_unit(a, b, d.data.len());
                    if n == d.data.len() {
                        return Ok(o.clone());
                    }
                    return Ok(bytes::from_slice(&d.data[at..at + n]));
                }
                Value::ByteArray(d) => {
                    let data = d.data.borrow();
                    let (at, n) = slice::adjust_unit(a, b, data.len());
                    return Ok(bytearray::new_value(data[at..at + n].to_vec()));
                }
                Value::MemoryView(m) => {
                    if let Some(r) = m.slice_unit(a, b, self.spare_view.take()) {
                        return r;
                    }
                }
                _ => {}
            }
        }
        let k = Value::Slice(Rc::new(PySlice {
            start,
            stop,
            step: Value::None,
        }));
        self.getitem(o, &k)
    }

    /// `ba.append(n)` of a byte, without the dispatch by name (as CPython's
    /// specialized method-descriptor call): `None` for every other call.
    /// The method's recursion level (`level`) is only checked, as nothing
    /// it does can call back into Python code.
    #[inline(never)]
    fn quick_method(
        &self,
        ba: &bytearray::PyByteArray,
        name: &str,
        args: &Args,
        level: bool,
    ) -> Option<PyResult<Value>> {
        let [Value::Int(x)] = &args.pos[..] else {
            return None;
        };
        if !args.kw.is_empty()
            || !(0..256).contains(x)
            || name != "append"
            || self.limits.max_alloc.is_some()
            || (level && self.depth >= self.recursion_limit)
        {
            return None;
        }
        Some(ba.resize(ba.len() + 1).map(|()| {
            ba.data.borrow_mut().push(*x as u8);
            Value::None
        }))
    }

    /// `a:b:c` as a slice object: the spare one if there is one, saving
    /// an allocation per `x[a:b]`.
    fn slice_value(
        &mut self,
        f: &mut Frame,
        lo: &Option<Box<Expr>>,
        hi: &Option<Box<Expr>>,
        step: &Option<Box<Expr>>,
    ) -> PyResult<Value> {
        let mut get = |x: &Option<Box<Expr>>| -> PyResult<Value> {
            match x {
                Some(e) => self.eval(f, e),
                None => Ok(Value::None),
            }
        };
        let (start, stop, step) = (get(lo)?, get(hi)?, get(step)?);
        if let Some(mut sl) = self.spare_slice.take() {
            if let Some(s) = Rc::get_mut(&mut sl) {
                s.start = start;
                s.stop = stop;
                s.step = step;
                return Ok(Value::Slice(sl));
            }
        }
        Ok(Value::Slice(Rc::new(PySlice { start, stop, step })))
    }

    fn eval_items(&mut self, f: &mut Frame, items: &[ir::Arg]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(items.len());
        self.eval_items_into(f, items, &mut out, None)?;
        Ok(out)
    }

    /// An empty slot vector with room for `n` slots, from the pool of
    /// finished frames' vectors when one is big enough.
    #[inline]
    fn slot_vec(&mut self, n: usize) -> Vec<Option<Value>> {
        match self.frame_pool.pop() {
            Some(v) if v.capacity() >= n => v,
            _ => Vec::with_capacity(n),
        }
    }

    /// Gives a finished frame's slot vector back, emptied, for `slot_vec`.
    fn recycle_slots(&mut self, mut slots: Vec<Option<Value>>) {
        if slots.capacity() <= 64 && self.frame_pool.len() < 64 {
            // First slot first, the order CPython clears a frame's locals
            // in (visible through `__del__`).
            for v in slots.drain(..).flatten() {
                forget_plain(v);
            }
            self.frame_pool.push(slots);
        }
    }

    fn recycle_args(&mut self, args: Args) {
        let mut pos = args.pos;
        // `int.from_bytes(m[a:b], ...)`: the view is done with here.
        if let (Some(Value::MemoryView(_)), None) = (pos.first(), &self.spare_view) {
            // First, as clearing the list would drop it.
            let v = pos.remove(0);
            if let Value::MemoryView(m) = &v {
                let m = m.clone();
                drop(v);
                self.spare_view = memoryview::PyMemoryView::into_spare(m);
            }
        }
        if pos.capacity() <= 8 && self.arg_pool.len() < 16 {
            pos.clear();
            self.arg_pool.push(pos);
        }
    }

    /// Evaluates items with `*` unpacking into `out`; `callee` names the
    /// function called, for the error of a call's one `*` argument (CPython
    /// gathers anything more into a list first, whose error it gives).
    fn eval_items_into(
        &mut self,
        f: &mut Frame,
        items: &[ir::Arg],
        out: &mut Vec<Value>,
        callee: Option<&dyn Fn() -> String>,
    ) -> PyResult<()> {
        for a in items {
            let v = self.eval(f, &a.value)?;
            if a.starred {
                if !self.is_iterable(&v) {
                    let e = match callee.filter(|_| items.len() == 1) {
                        Some(c) => star_not_iterable(c, &v),
                        None => type_error(format!(
                            "Value after * must be an iterable, not {}",
                            v.type_name()
                        )),
                    };
                    return Err(e);
                }
                out.extend(self.collect(&v)?);
            } else {
                out.push(v);
            }
        }
        Ok(())
    }

    /// Evaluates a call's arguments; `callee` names the function for
    /// errors (`__main__.f() got multiple values for keyword argument 'x'`).
    fn eval_args(
        &mut self,
        f: &mut Frame,
        args: &[ir::Arg],
        kws: &[ir::Keyword],
        callee: &dyn Fn() -> String,
    ) -> PyResult<Args> {
        let mut pos = self.arg_pool.pop().unwrap_or_default();
        // The common call: plain positional arguments only.
        if kws.is_empty() && !args.iter().any(|a| a.starred) {
            pos.reserve(args.len());
            for a in args {
                pos.push(self.eval(f, &a.value)?);
            }
            return Ok(Args {
                pos,
                kw: Vec::new(),
            });
        }
        // A lone `*x` is checked after the keywords, where CPython's
        // CALL_FUNCTION_EX makes it a tuple. Errors of `*` are the whole
        // call's or display's.
        let lone_star = match args {
            [a] if a.starred && !kws.is_empty() => Some(self.eval(f, &a.value)?),
            _ => {
                self.eval_items_into(f, args, &mut pos, Some(callee))?;
                None
            }
        };
        let mut kw: Vec<(Rc<str>, Value)> = Vec::with_capacity(kws.len());
        // With a `**` anywhere, names are merged at run time (a repeated
        // literal name is a SyntaxError otherwise), whichever comes first.
        let merged = kws.iter().any(|k| k.name.is_none());
        for k in kws {
            let v = self.eval(f, &k.value)?;
            match &k.name {
                Some(n) if merged && kw.iter().any(|(k, _)| k == n) => {
                    return Err(repeated_keyword(callee, n));
                }
                Some(n) => kw.push((n.clone(), v)),
                None => {
                    let Some(entries) = dict::mapping_items(self, &v)? else {
                        return Err(type_error(format!(
                            "{}() argument after ** must be a mapping, not {}",
                            callee(),
                            v.type_name()
                        )));
                    };
                    for (key, val) in entries {
                        let Value::Str(s) = crate::dispatch::plain(&key) else {
                            return Err(type_error("keywords must be strings"));
                        };
                        if kw.iter().any(|(k, _)| k == s) {
                            return Err(repeated_keyword(callee, s));
                        }
                        kw.push((s.clone(), val));
                    }
                }
            }
        }
        if let Some(v) = lone_star {
            if !self.is_iterable(&v) {
                return Err(star_not_iterable(callee, &v));
            }
            pos.extend(self.collect(&v)?);
        }
        Ok(Args { pos, kw })
    }

    /// An f-string's text; `span` is the whole f-string, where CPython
    /// reports a failed conversion or format of any of its fields.
    fn fstring(&mut self, f: &mut Frame, parts: &[FPart], span: ir::Span) -> PyResult<String> {
        let mut out = String::new();
        for p in parts {
            match p {
                FPart::Lit(s) => out.push_str(s),
                FPart::Value {
                    value,
                    conversion,
                    spec,
                } => {
                    let v = self.eval(f, value)?;
                    out.push_str(&self.fstring_value(f, *conversion, spec, v, span)?);
                }
            }
        }
        Ok(out)
    }

    /// One `{value!conversion:spec}` of an f-string, `v` being the value.
    fn fstring_value(
        &mut self,
        f: &mut Frame,
        conversion: Option<char>,
        spec: &Option<Vec<FPart>>,
        v: Value,
        span: ir::Span,
    ) -> PyResult<String> {
        let v = match conversion {
            Some('r') => self.repr_of(&v).map(|s| Value::Str(s.into())),
            Some('s') => self.str_of(&v).map(|s| Value::Str(s.into())),
            Some('a') => self
                .repr_of(&v)
                .map(|s| Value::Str(crate::codecs::escape_non_ascii(&s).into())),
            _ => Ok(v),
        }
        .map_err(|e| located(e, span))?;
        let spec = match spec {
            Some(s) => self.fstring(f, s, span)?,
            None => String::new(),
        };
        self.format_levels(&v, spec.is_empty())
            .map_err(|e| located(e, span))?;
        crate::objects::str::format_value(self, &v, &spec).map_err(|e| located(e, span))
    }

    /// PyObject_Format's levels against the recursion limit for a
    /// built-in value (a user class's `__format__` counts its own): none
    /// for a str without a spec, PyObject_Str's for an int without one;
    /// else the call of the value's `__format__` method, inside which a
    /// float, complex or bool without a spec takes PyObject_Str's.
    pub(crate) fn format_levels(&self, v: &Value, no_spec: bool) -> PyResult<()> {
        use exceptions::{IN_CALL, IN_STR};
        let levels: &[&str] = match v {
            Value::Str(_) if no_spec => &[],
            Value::Int(_) | Value::BigInt(_) if no_spec => &[IN_STR],
            Value::Float(_) | Value::Complex(..) | Value::Bool(_) if no_spec => &[IN_CALL, IN_STR],
            Value::Int(_)
            | Value::BigInt(_)
            | Value::Bool(_)
            | Value::Float(_)
            | Value::Complex(..)
            | Value::Str(_) => &[IN_CALL],
            _ => &[],
        };
        match levels.get(self.depth_left()) {
            Some(context) => Err(exceptions::recursion_error(context)),
            None => Ok(()),
        }
    }

    fn comprehension(
        &mut self,
        f: &mut Frame,
        c: &ir::Comprehension,
        span: ir::Span,
    ) -> PyResult<Value> {
        for &cell in &c.fresh_cells {
            if let Some(slot) = f.slots.get_mut(cell as usize) {
                *slot = Some(Value::Cell(Rc::new(RefCell::new(None))));
            }
        }
        let first = self.eval(f, &c.clauses[0].iter)?;
        // CPython locates the GET_ITER of every clause at the whole
        // comprehension.
        let first_it = self.get_iter(&first).map_err(|e| located(e, span))?;
        let mut out = CompOut::default();
        let name = match c.kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
        };
        // CPython calls the comprehension as a function: a frame of its
        // own against the recursion limit.
        self.check_call().map_err(|e| located(e, span))?;
        self.depth += 1;
        self.push_comprehension_frame(f.code, f.globals, name, span);
        let r = self.comp_loop(f, c, 0, Some(first_it), &mut out, span);
        self.pop_frame();
        self.depth -= 1;
        // The comprehension's own variables end with it (`locals()`).
        for clause in &c.clauses {
            clear_hidden(f, &clause.target);
        }
        let CompOut {
            items: out,
            dict: dict_out,
            set: set_out,
        } = out;
        let result = r.map(|()| match c.kind {
            CompKind::List => {
                let alloc = crate::objects::alloc::ListAlloc::appended(out.len());
                Value::List(Rc::new(crate::nested::PyList::with_alloc(out, alloc)))
            }
            CompKind::Dict => Value::Dict(Rc::new(dict_out)),
            CompKind::Set => crate::objects::set::new_value(set_out, false),
        });
        let result = match result {
            Ok(v) => v,
            Err(e) => {
                let mut e = self.leave_frame(e, f.code, f.globals, name);
                e.loc = Some(span);
                return Err(e);
            }
        };
        self.track(&result);
        Ok(result)
    }

    /// The truth of a test CPython compiles to jumps (`if`, `while`, a
    /// conditional expression, `assert`, a comprehension's `if`): it jumps
    /// on each operand of `and`, `or`, `not` and conditional expressions
    /// without making the value. A failed `__bool__` is reported at the
    /// last comparison jumped on before the operand in the code, or at `at`.
    pub(crate) fn eval_cond(&mut self, f: &mut Frame, test: &Expr, at: ir::Span) -> PyResult<bool> {
        self.cond_from(f, test, at, None)
    }

    fn cond_from(
        &mut self,
        f: &mut Frame,
        test: &Expr,
        at: ir::Span,
        prev: Option<ir::Span>,
    ) -> PyResult<bool> {
        use crate::traceback::assert_location as last_compare;
        match &test.kind {
            ExprKind::Unary(ir::UnaryOp::Not, a) => Ok(!self.cond_from(f, a, at, prev)?),
            ExprKind::BoolOp(is_and, values) => {
                let mut prev = prev;
                for v in values {
                    if self.cond_from(f, v, at, prev)? != *is_and {
                        return Ok(!*is_and);
                    }
                    prev = last_compare(v).or(prev);
                }
                Ok(*is_and)
            }
            ExprKind::IfExp(t, body, orelse) => {
                let after_test = last_compare(t).or(prev);
                if self.cond_from(f, t, at, prev)? {
                    self.cond_from(f, body, at, after_test)
                } else {
                    let after_body = last_compare(body).or(after_test);
                    self.cond_from(f, orelse, at, after_body)
                }
            }
            // `if i < n:` on ints decides without making a bool object.
            ExprKind::Compare(left, rest) if rest.len() == 1 => {
                let (op, right) = &rest[0];
                let a = self.eval(f, left)?;
                let b = self.eval(f, right)?;
                if f.is_cold() || !quickened_jump(*op, &a, &b) {
                    self.compare_level(*op).map_err(|e| located(e, test.span))?;
                } else if let Some(t) = jump_compare(*op, &a, &b) {
                    // Decided as the quickened instruction decides it,
                    // without a level against the recursion limit.
                    return Ok(t);
                }
                if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                    if let Some(t) = int_compare(*op, *x, *y) {
                        forget_plain(a);
                        forget_plain(b);
                        return Ok(t);
                    }
                }
                let v = self
                    .rich_compare(*op, &a, &b)
                    .map_err(|e| located(e, test.span))?;
                self.truthy(&v).map_err(|e| located(e, test.span))
            }
            ExprKind::Compare(..) => {
                let v = self.eval(f, test)?;
                self.truthy(&v).map_err(|e| located(e, test.span))
            }
            _ => {
                let v = self.eval(f, test)?;
                self.truthy(&v).map_err(|e| located(e, prev.unwrap_or(at)))
            }
        }
    }

    fn comp_loop(
        &mut self,
        f: &mut Frame,
        c: &ir::Comprehension,
        idx: usize,
        it: Option<Value>,
        out: &mut CompOut,
        span: ir::Span,
    ) -> PyResult<()> {
        let Some(clause) = c.clauses.get(idx) else {
            self.check_interrupt()?;
            let v = self.eval(f, &c.elt)?;
            if let Some(val) = &c.value {
                let vv = self.eval(f, val)?;
                let v = self.dict_key(&out.dict, &v).map_err(|e| located(e, span))?;
                out.dict.set(v, vv).map_err(|e| located(e, span))?;
            } else if c.kind == CompKind::Set {
                let v = self.set_key(&out.set, &v).map_err(|e| located(e, span))?;
                out.set.add(v).map_err(|e| located(e, span))?;
            } else {
                self.check_growth(&out.items, 1)?;
                out.items.push(v);
            }
            return Ok(());
        };
        let it = match it {
            Some(it) => it,
            None => {
                let v = self.eval(f, &clause.iter)?;
                self.get_iter(&v).map_err(|e| located(e, span))?
            }
        };
        'items: while let Some(item) = self.next(&it).map_err(|e| located(e, span))? {
            self.assign(f, &clause.target, item)?;
            for cond in &clause.ifs {
                if !self.eval_cond(f, cond, span)? {
                    continue 'items;
                }
            }
            self.comp_loop(f, c, idx + 1, None, out, span)?;
        }
        Ok(())
    }

    // ----- calls -----

    pub fn call(&mut self, func: &Value, args: Args) -> PyResult<Value> {
        match func {
            Value::Function(fun) => self.call_function(fun, args),
            Value::Builtin(b) => {
                let run = |vm: &mut Vm| match crate::dispatch::plain_args(&args) {
                    Some(plain) if vm.native_reads_plain(b, &args) => (b.func.clone())(vm, &plain),
                    _ => (b.func.clone())(vm, &args),
                };
                // Native code calls natives through their generic entry.
                let r = if b.level.counts(true) {
                    self.nested(exceptions::IN_CALL, run)?
                } else {
                    run(self)?
                };
                self.track(&r);
                Ok(r)
            }
            Value::BoundMethod(m) => match &m.func {
                Value::Function(fun) => {
                    let mut pos = Vec::with_capacity(args.pos.len() + 1);
                    pos.push(m.this.clone());
                    pos.extend(args.pos);
                    self.call_function(fun, Args { pos, kw: args.kw })
                }
                Value::None => {
                    let this = m.this.clone();
                    let name = m.name.clone();
                    self.call_method(&this, &name, args)
                }
                other => {
                    let mut pos = Vec::with_capacity(args.pos.len() + 1);
                    pos.push(m.this.clone());
                    pos.extend(args.pos);
                    let other = other.clone();
                    self.call(&other, Args { pos, kw: args.kw })
                }
            },
            Value::Type(t) => {
                if type_call_level(*t, &args).counts(true) {
                    self.nested(exceptions::IN_CALL, |vm| vm.construct(*t, args))
                } else {
                    self.construct(*t, args)
                }
            }
            Value::Class(c) => {
                let c = c.clone();
                self.call_class(&c, args)
            }
            Value::Wrapper(w) => match crate::objects::descriptor::call(self, w, args) {
                Some(r) => r,
                None => Err(exceptions::not_callable(func.type_name())),
            },
            Value::Native(_) if self.has_method(func, "__call__") => self
                .native_call(func, &args)
                .unwrap_or_else(|| Err(exceptions::not_callable(func.type_name()))),
            other => match crate::dispatch::user_class(other).and_then(|c| c.lookup("__call__")) {
                // Through CPython's generic call path, one level.
                Some(f) => self.nested(exceptions::IN_CALL, |vm| {
                    let mut pos = vec![other.clone()];
                    pos.extend(args.pos);
                    vm.call(&f, Args { pos, kw: args.kw })
                }),
                None => Err(exceptions::not_callable(other.type_name())),
            },
        }
    }

    /// Calls the built-in type `t`.
    fn construct(&mut self, t: TypeId, args: Args) -> PyResult<Value> {
        // An int subclass's own `__int__` is its `nb_int`, which `int(x)`
        // calls before reading the value.
        if let (TypeId::Int, [x], true) = (t, &args.pos[..], args.kw.is_empty()) {
            if crate::dispatch::user_class(x).is_some_and(|c| c.lookup("__int__").is_some())
                && crate::dispatch::base_value(x).is_some()
            {
                if let Some(r) = self.call_special(x, "__int__", vec![]) {
                    let r = r?;
                    return match crate::ops::as_bigint(&r) {
                        Some(n) => Ok(Value::from_bigint(n)),
                        None => Err(type_error(format!(
                            "__int__ returned non-int (type {})",
                            r.type_name()
                        ))),
                    };
                }
            }
        }
        let args = match crate::dispatch::plain_args(&args) {
            Some(plain) if crate::dispatch::constructor_reads_plain(t) => plain,
            _ => args,
        };
        let r = if t == TypeId::Type {
            crate::builtins::construct(self, t, args)?
        } else {
            let r = crate::builtins::construct_ref(self, t, &args);
            self.recycle_args(args);
            r?
        };
        self.track(&r);
        Ok(r)
    }

    pub fn call_function(&mut self, fun: &Rc<PyFunction>, args: Args) -> PyResult<Value> {
        self.check_call()?;
        let def = &fun.def;
        if args.kw.is_empty() && fun.takes_args_direct(args.pos.len()) {
            let mut slots = self.slot_vec(def.nslots as usize);
            slots.extend(args.pos.into_iter().map(Some));
            return self.run_direct(fun, slots);
        }
        let np = def.params.len();
        let simple = args.kw.is_empty()
            && def.vararg.is_none()
            && def.kwarg.is_none()
            && def.kwonly.is_empty()
            && args.pos.len() <= np
            && np - args.pos.len() <= fun.ndefaults();
        let mut slots: Vec<Option<Value>> = vec![None; def.nslots as usize];
        for &c in &def.cell_slots {
            slots[c as usize] = Some(Value::Cell(Rc::new(RefCell::new(None))));
        }
        for (k, &(_, mine)) in def.freevars.iter().enumerate() {
            slots[mine as usize] = Some(Value::Cell(fun.closure[k].clone()));
        }
        let mut frame = Frame::of_function(fun, slots);
        if simple {
            // Positional arguments only: bind directly, then fill defaults.
            let given = args.pos.len();
            for (p, v) in def.params.iter().zip(args.pos) {
                store_slot(&mut frame, p.slot, v);
            }
            let defaults = fun.defaults_for(np);
            let first_default = np - defaults.len();
            for i in given..np {
                store_slot(
                    &mut frame,
                    def.params[i].slot,
                    defaults[i - first_default].clone(),
                );
            }
        } else {
            self.bind_args(fun, &mut frame, args)?;
        }
        if def.is_generator {
            let slots = std::mem::take(&mut frame.slots);
            return Ok(self.make_generator(fun, slots));
        }
        self.run_frame(fun, &mut frame)
    }

    /// `obj.name(args)` where the method is a Python function of obj's
    /// class: the call binds `obj` as its first argument without making
    /// a bound method object.
    fn call_plain_method(
        &mut self,
        f: &mut Frame,
        fun: Rc<PyFunction>,
        obj: Value,
        args: &[ir::Arg],
        kws: &[ir::Keyword],
        site: ir::Span,
    ) -> PyResult<Value> {
        if kws.is_empty()
            && fun.takes_args_direct(args.len() + 1)
            && !args.iter().any(|a| a.starred)
        {
            let mut slots = self.slot_vec(fun.def.nslots as usize);
            slots.push(Some(obj));
            return self.call_direct(f, &fun, slots, args, site);
        }
        let callee = || crate::objects::function::function_str(&Value::Function(fun.clone()));
        let mut args = self.eval_args(f, args, kws, &callee)?;
        args.pos.insert(0, obj);
        self.finalize_discarded();
        self.site = site;
        self.call_function(&fun, args)
    }

    /// Calls `fun` (see `PyFunction::takes_args_direct`) with plain
    /// positional arguments evaluated into its slot vector (sized for the
    /// whole frame) after what `slots` already holds; the vector goes back
    /// to the pool if an argument or the call check fails.
    #[inline]
    fn call_direct(
        &mut self,
        f: &mut Frame,
        fun: &Rc<PyFunction>,
        mut slots: Vec<Option<Value>>,
        args: &[ir::Arg],
        site: ir::Span,
    ) -> PyResult<Value> {
        for a in args {
            match self.eval(f, &a.value) {
                Ok(v) => slots.push(Some(v)),
                Err(e) => {
                    self.recycle_slots(slots);
                    return Err(e);
                }
            }
        }
        if let Err(e) = self.check_call() {
            self.recycle_slots(slots);
            return Err(e);
        }
        self.site = site;
        self.run_direct(fun, slots)
    }

    /// What every call checks before it binds its arguments: a pending
    /// interrupt, then the recursion limit.
    #[inline]
    fn check_call(&mut self) -> PyResult<()> {
        self.check_interrupt()?;
        if self.depth >= self.recursion_limit {
            return Err(exceptions::new_err(
                ExcType::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        Ok(())
    }

    /// Runs `fun` (see `PyFunction::takes_args_direct`) with `slots`
    /// holding its positional arguments: defaults fill the parameters
    /// not given, and the vector becomes the frame's slots.
    fn run_direct(
        &mut self,
        fun: &Rc<PyFunction>,
        mut slots: Vec<Option<Value>>,
    ) -> PyResult<Value> {
        let def = &fun.def;
        let np = def.params.len();
        if slots.len() < np {
            let defaults = fun.defaults_for(np);
            let first_default = np - defaults.len();
            for i in slots.len()..np {
                slots.push(defaults.get(i - first_default).cloned());
            }
        }
        slots.resize(def.nslots as usize, None);
        let mut frame = Frame::of_function(fun, slots);
        let r = self.run_frame(fun, &mut frame);
        self.recycle_slots(std::mem::take(&mut frame.slots));
        r
    }

    /// Runs a bound frame of `fun` to its return value.
    #[inline(always)]
    fn run_frame(&mut self, fun: &Rc<PyFunction>, frame: &mut Frame) -> PyResult<Value> {
        let def = &fun.def;
        self.depth += 1;
        self.push_function_frame(fun);
        // Deep recursion continues on fresh stack segments, so that no
        // recursion limit (nor the host thread's stack size) can overflow.
        let r = with_stack(|| self.exec_block(frame, &def.body));
        self.pop_frame();
        self.depth -= 1;
        match r {
            Ok(Flow::Return(v)) => Ok(v),
            Ok(_) => Ok(Value::None),
            Err(e) => Err(self.leave_frame(e, &fun.code, &fun.globals, &def.name)),
        }
    }

    fn bind_args(&mut self, fun: &PyFunction, frame: &mut Frame, args: Args) -> PyResult<()> {
        let def = &fun.def;
        let name = crate::objects::function::QualnameOf(fun);
        let np = def.params.len();
        let Args { pos, kw } = args;
        let npos = pos.len();
        let mut bound: Vec<bool> = vec![false; np];
        let mut extra = Vec::new();
        for (i, v) in pos.into_iter().enumerate() {
            if i < np {
                store_slot(frame, def.params[i].slot, v);
                bound[i] = true;
            } else {
                extra.push(v);
            }
        }
        // As CPython's initialize_locals: keywords are bound (and refused)
        // before too many positional arguments are reported.
        let too_many = !extra.is_empty() && def.vararg.is_none();
        let kw_given = if too_many {
            kw.iter()
                .filter(|(k, _)| def.kwonly.iter().any(|p| &p.name == k))
                .count()
        } else {
            0
        };
        if let Some(va) = &def.vararg {
            store_slot(frame, va.slot, Value::new_tuple(extra));
        }
        let mut kwargs_dict = def.kwarg.as_ref().map(|_| dict::PyDict::default());
        let mut kw_bound: Vec<bool> = vec![false; def.kwonly.len()];
        let is_posonly = |k: &str| def.params.iter().take(def.posonly).any(|p| &*p.name == k);
        for (k, v) in &kw {
            let k = k.clone();
            let v = v.clone();
            if let Some(i) = def.params.iter().position(|p| p.name == k) {
                if i < def.posonly {
                    if let Some(d) = &mut kwargs_dict {
                        d.set(Value::Str(k.clone()), v)?;
                        continue;
                    }
                } else {
                    if bound[i] {
                        return Err(type_error(format!(
                            "{name}() got multiple values for argument '{k}'"
                        )));
                    }
                    store_slot(frame, def.params[i].slot, v);
                    bound[i] = true;
                    continue;
                }
            } else if let Some(i) = def.kwonly.iter().position(|p| p.name == k) {
                store_slot(frame, def.kwonly[i].slot, v);
                kw_bound[i] = true;
                continue;
            } else if let Some(d) = &mut kwargs_dict {
                d.set(Value::Str(k.clone()), v)?;
                continue;
            }
            let posonly: Vec<&str> = kw
                .iter()
                .filter(|(k, _)| is_posonly(k))
                .map(|(k, _)| &**k)
                .collect();
            if !posonly.is_empty() {
                return Err(type_error(format!(
                    "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                    posonly.join(", ")
                )));
            }
            return Err(type_error(format!(
                "{name}() got an unexpected keyword argument '{k}'"
            )));
        }
        if too_many {
            let required = np - fun.ndefaults().min(np);
            return Err(crate::exceptions::too_many_positional(
                &name.to_string(),
                required,
                np,
                npos,
                kw_given,
            ));
        }
        let defaults = fun.defaults_for(np);
        let first_default = np - defaults.len();
        let mut missing = Vec::new();
        for (i, &is_bound) in bound.iter().enumerate() {
            if !is_bound {
                if i >= first_default {
                    store_slot(
                        frame,
                        def.params[i].slot,
                        defaults[i - first_default].clone(),
                    );
                } else {
                    missing.push(def.params[i].name.clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{name}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        let mut missing_kw = Vec::new();
        for (i, p) in def.kwonly.iter().enumerate() {
            if !kw_bound[i] {
                let found = fun
                    .kw_defaults
                    .borrow()
                    .iter()
                    .find(|(k, _)| *k == p.name)
                    .map(|(_, v)| v.clone());
                match found {
                    Some(v) => store_slot(frame, p.slot, v),
                    None => missing_kw.push(p.name.clone()),
                }
            }
        }
        if !missing_kw.is_empty() {
            return Err(type_error(format!(
                "{name}() missing {} required keyword-only argument{}: {}",
                missing_kw.len(),
                if missing_kw.len() == 1 { "" } else { "s" },
                name_list(&missing_kw)
            )));
        }
        if let (Some(kp), Some(d)) = (&def.kwarg, kwargs_dict) {
            store_slot(frame, kp.slot, Value::Dict(Rc::new(d)));
        }
        Ok(())
    }

    /// `obj.name(args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: Args) -> PyResult<Value> {
        match self.dispatch_method(obj, name, &args) {
            Some(r) => r,
            None => {
                let m = self.getattr(obj, name)?;
                self.call(&m, args)
            }
        }
    }

    /// Calls a method of a built-in type by name; `None` when the type has
    /// no such built-in method (attribute lookup decides then). Under a
    /// memory cap, growing a container is a request first, and the result
    /// and the receiver are tracked after.
    fn dispatch_method(&mut self, obj: &Value, name: &str, args: &Args) -> Option<PyResult<Value>> {
        if self.limits.max_alloc.is_none() {
            return self.dispatch_builtin_method(obj, name, args);
        }
        self.dispatch_method_capped(obj, name, args)
    }

    #[inline(never)]
    fn dispatch_method_capped(
        &mut self,
        obj: &Value,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        if let Some(n) = crate::limits::growth_request(obj, name, &args.pos) {
            if let Err(e) = self.check_alloc(n) {
                return Some(Err(e));
            }
        }
        let r = self.dispatch_builtin_method(obj, name, args);
        if let Some(Ok(v)) = &r {
            self.track(v);
            self.track(obj);
        }
        r
    }

    fn dispatch_builtin_method(
        &mut self,
        obj: &Value,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        let prepared = match self.prepare_method_args(obj, name, args) {
            Ok(p) => p,
            Err(e) => return Some(Err(e)),
        };
        let args = prepared.as_ref().unwrap_or(args);
        match obj {
            Value::Str(s) => crate::objects::str::call_method(self, s, name, args),
            Value::Bytes(b) => bytes::call_method(self, &b.clone(), name, args),
            Value::ByteArray(b) => bytearray::call_method(self, b, name, args),
            Value::MemoryView(m) => memoryview::call_method(self, m, name, args),
            Value::Array(a) => array::call_method(self, a, name, args),
            Value::List(l) => crate::builtins::list_method(self, l, name, args),
            Value::Tuple(t) => crate::builtins::tuple_method(self, t, name, args),
            Value::Range(r) => crate::builtins::range_method(self, r, name, args),
            Value::Slice(sl) => crate::builtins::slice_method(self, sl, name, args),
            Value::Dict(d) if !d.is_plain() => {
                match crate::modules::collections::dict_method(self, d, name, args) {
                    Some(r) => Some(r),
                    None => crate::builtins::dict_method(self, d, name, args),
                }
            }
            Value::Dict(d) => crate::builtins::dict_method(self, d, name, args),
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                crate::builtins::int_method(self, obj, name, args)
            }
            Value::Float(x) => crate::builtins::float_method(*x, name, args),
            Value::Complex(r, i) => crate::objects::complex::call_method(*r, *i, name, args),
            Value::Type(t) => crate::builtins::type_method(self, *t, name, args),
            Value::Stream(s) => self.stream_method(*s, name, args),
            Value::Native(o) => o.call_method(self, o, name, args),
            Value::Iter(i) => self.iter_method(obj, i, name, args),
            Value::Set(s) => crate::objects::set::call_method(self, s, name, args),
            Value::DictView(v) => crate::objects::dict::DictView::call_method(v, self, name, args),
            _ => None,
        }
    }

    fn iter_method(
        &mut self,
        obj: &Value,
        it: &Rc<RefCell<PyIter>>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        if let Some(r) = self.async_method(obj, it, name, args) {
            return Some(r);
        }
        let stop = |v: Value| {
            exceptions::err_from(PyException::new(
                ExcType::StopIteration,
                if v.is_none() { vec![] } else { vec![v] },
            ))
        };
        Some(match name {
            "__iter__" => Ok(obj.clone()),
            "__reduce__" | "__setstate__" if iter::seq_position(&it.borrow()).is_some() => {
                let qual = format!("{}.{name}", it.borrow().type_name());
                if name == "__reduce__" {
                    args.check_none(&qual).map(|()| {
                        let iter_fn = self.builtin("iter").unwrap_or(Value::None);
                        if let Some(empty) = iter::seq_exhausted(&it.borrow()) {
                            return Value::new_tuple(vec![iter_fn, Value::new_tuple(vec![empty])]);
                        }
                        let (seq, at) =
                            iter::seq_position(&it.borrow()).unwrap_or((Value::None, 0));
                        Value::new_tuple(vec![
                            self.builtin("iter").unwrap_or(Value::None),
                            Value::new_tuple(vec![seq]),
                            Value::from_usize(at),
                        ])
                    })
                } else {
                    args.check_one(&qual).and_then(|v| {
                        let n = match crate::ops::as_bigint(v) {
                            Some(n) => num_traits::ToPrimitive::to_i64(&n).unwrap_or(
                                if num_traits::Signed::is_negative(&n) {
                                    i64::MIN
                                } else {
                                    i64::MAX
                                },
                            ),
                            None => return Err(type_error("an integer is required")),
                        };
                        iter::set_seq_position(&mut it.borrow_mut(), n);
                        Ok(Value::None)
                    })
                }
            }
            "__length_hint__" => {
                let seq = match &*it.borrow() {
                    PyIter::SeqIndex(seq, i) => Some((seq.clone(), *i, false)),
                    PyIter::SeqReversed(seq, i) => Some((seq.clone(), *i, true)),
                    _ => None,
                };
                if let Some((seq, i, reversed)) = seq {
                    let qual = if reversed { "reversed" } else { "iterator" };
                    if let Err(e) = args.check_none(&format!("{qual}.__length_hint__")) {
                        return Some(Err(e));
                    }
                    return Some(self.seq_iter_length_hint(&seq, i, reversed));
                }
                let n = it.borrow().length_hint()?;
                args.check_none(&format!("{}.__length_hint__", it.borrow().type_name()))
                    .map(|()| Value::from_usize(n))
            }
            "__next__" => match self.next(obj) {
                Ok(Some(v)) => Ok(v),
                Ok(None) => Err(stop(iter::generator_return(obj))),
                Err(e) => Err(e),
            },
            "send" => {
                let g = iter::generator_of(it)?;
                if args.pos.len() != 1 || !args.kw.is_empty() {
                    return Some(Err(type_error(format!(
                        "generator.send() takes exactly one argument ({} given)",
                        args.pos.len() + args.kw.len()
                    ))));
                }
                let v = args.pos[0].clone();
                match self.resume(&g, crate::generator::Resume::Send(v)) {
                    Ok(Some(v)) => Ok(v),
                    Ok(None) => Err(stop(iter::generator_return(obj))),
                    Err(e) => Err(e),
                }
            }
            "close" => {
                let g = iter::generator_of(it)?;
                self.gen_close(&g)
            }
            "throw" => {
                let g = iter::generator_of(it)?;
                self.gen_throw(&g, args)
            }
            _ => return None,
        })
    }

    /// `__length_hint__` of an iterator over a user sequence (CPython's
    /// seqiter and reversed): what remains by the sequence's `len()` now,
    /// NotImplemented for a sequence without `__len__`.
    fn seq_iter_length_hint(&mut self, seq: &Value, at: i64, reversed: bool) -> PyResult<Value> {
        if !self.has_method(seq, "__len__") {
            return Ok(if reversed {
                Value::from_usize(0)
            } else {
                Value::NotImplemented
            });
        }
        let len = i64::try_from(self.len_of(seq)?).unwrap_or(i64::MAX);
        let left = if reversed {
            if len < at + 1 {
                0
            } else {
                at + 1
            }
        } else {
            (len - at).max(0)
        };
        Ok(Value::Int(left))
    }

    fn stream_method(&mut self, s: Stream, name: &str, args: &Args) -> Option<PyResult<Value>> {
        if self.closed_streams[s as usize] && name != "close" {
            // CPython's write and flush end the message with a period,
            // the other methods do not.
            let dot = if matches!(name, "write" | "flush") {
                "."
            } else {
                ""
            };
            if crate::modules::sys::STREAM_METHODS.contains(&name) {
                return Some(Err(crate::exceptions::new_err(
                    ExcType::ValueError,
                    format!("I/O operation on closed file{dot}"),
                )));
            }
        }
        Some(match name {
            "close" => args.check_none("close").map(|()| {
                match s {
                    Stream::Stdout => self.stdout.flush(),
                    Stream::Stderr => self.stderr.flush(),
                    Stream::Stdin => {}
                }
                self.closed_streams[s as usize] = true;
                Value::None
            }),
            "write" => (|| {
                args.check_exact("write", 1)?;
                let Value::Str(text) = &args.pos[0] else {
                    return Err(type_error(format!(
                        "write() argument must be str, not {}",
                        args.pos[0].type_name()
                    )));
                };
                self.write_text(s, text)?;
                Ok(Value::from_usize(text.chars().count()))
            })(),
            "flush" => {
                match s {
                    Stream::Stdout => self.stdout.flush(),
                    Stream::Stderr => self.stderr.flush(),
                    Stream::Stdin => {}
                }
                Ok(Value::None)
            }
            _ => return crate::modules::sys::stream_method(self, s, name, args),
        })
    }

    /// Prints a module's compile-time `SyntaxWarning`s to stderr as
    /// CPython's `warnings` module shows them: the source line follows
    /// when there is a file to read it from (not for `<string>`).
    pub(crate) fn print_compile_warnings(
        &mut self,
        module: &ir::Module,
        code: &CodeUnit,
    ) -> PyResult<()> {
        for w in &module.warnings {
            let mut text = format!("{}:{}: SyntaxWarning: {}\n", code.filename, w.lineno, w.msg);
            if code.shows_lines {
                let line = code.lines.line_text(&code.source, w.lineno);
                text.push_str(&format!("  {}\n", line.trim()));
            }
            self.write_text(Stream::Stderr, &text)?;
        }
        Ok(())
    }

    /// Writes text to `sys.stdout` or `sys.stderr`, encoded as CPython's
    /// streams encode it (see [`crate::codecs::stdout_bytes`]): on an
    /// encoding error nothing is written.
    pub fn write_text(&mut self, s: Stream, text: &str) -> PyResult<()> {
        if !crate::surrogates::may_contain(text) {
            return self.write_stream(s, text.as_bytes());
        }
        match s {
            Stream::Stdout => self.write_stream(s, &crate::codecs::stdout_bytes(text)?),
            Stream::Stderr => self.write_stream(s, &crate::codecs::stderr_bytes(text)),
            Stream::Stdin => Err(crate::modules::sys::not_writable()),
        }
    }

    /// Writes to `sys.stdout` or `sys.stderr`, within the output cap.
    pub fn write_stream(&mut self, s: Stream, data: &[u8]) -> PyResult<()> {
        if self.closed_streams[s as usize] {
            return Err(crate::exceptions::new_err(
                ExcType::ValueError,
                "I/O operation on closed file.",
            ));
        }
        let (allowed, within) = self.meter.output_allowance(data.len());
        let data = data.get(..allowed).unwrap_or(data);
        match s {
            Stream::Stdout => self.stdout.write(data),
            Stream::Stderr => self.stderr.write(data),
            Stream::Stdin => return Err(crate::modules::sys::not_writable()),
        }
        within
    }

    pub fn has_method(&self, obj: &Value, name: &str) -> bool {
        if let Some(c) = crate::dispatch::user_class(obj) {
            return c.lookup(name).is_some();
        }
        crate::builtins::method_names(obj).contains(&name)
    }

    pub fn getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        if matches!(name, "__doc__" | "__text_signature__") {
            if let Some(v) = crate::docs::lookup(self, obj, name) {
                return Ok(v);
            }
        }
        self.getattr_inner(obj, name).inspect_err(|e| {
            // The innermost lookup that fails names the attribute and
            // the object, and is the one suggestions are for.
            if e.exc.typ == ExcType::AttributeError && !e.exc.attrs.borrow().contains_key("name") {
                let mut attrs = e.exc.attrs.borrow_mut();
                attrs.insert("name".into(), Value::str(name));
                attrs.insert("obj".into(), obj.clone());
                e.exc.suggestion_pending.set(true);
            }
        })
    }

    /// Finds the suggestion of an AttributeError raised by a failed
    /// lookup, once a report is about to print it.
    pub(crate) fn settle_suggestion(&mut self, exc: &PyException) {
        if !exc.suggestion_pending.replace(false) {
            return;
        }
        let (name, obj) = {
            let attrs = exc.attrs.borrow();
            match (attrs.get("name"), attrs.get("obj")) {
                (Some(Value::Str(n)), Some(o)) => (n.clone(), o.clone()),
                _ => return,
            }
        };
        let names = self.attribute_names(&obj);
        *exc.suggestion.borrow_mut() =
            crate::suggestions::suggest(&name, names.iter().map(String::as_str));
    }

    /// Names `dir(obj)` lists, sorted, for suggestions (none when that
    /// fails, as CPython).
    fn attribute_names(&mut self, obj: &Value) -> Vec<String> {
        let Ok(list) = crate::builtins::b_dir(self, &Args::new(vec![obj.clone()])) else {
            return Vec::new();
        };
        let Ok(items) = self.collect(&list) else {
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|v| match v {
                Value::Str(s) => Some(s.to_string()),
                _ => None,
            })
            .collect()
    }

    fn getattr_inner(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        if let Value::Class(c) = obj {
            let c = c.clone();
            return self.class_getattr(&c, name);
        }
        if let Some(c) = crate::dispatch::user_class(obj) {
            let c = c.clone();
            return self.instance_getattr(obj, &c, name);
        }
        let found = match obj {
            Value::Super(s) => {
                let s = s.clone();
                return self.super_getattr(obj, &s, name);
            }
            Value::Wrapper(w) => crate::objects::descriptor::getattr(self, obj, w, name),
            Value::Module(m) => match m.get(name) {
                Some(v) => return Ok(v),
                None if name == "__name__" => return Ok(Value::Str(m.name.clone())),
                None if self.complete_module(&m.clone())? => return self.getattr(obj, name),
                None if name == "__dict__" => return Ok(Value::Dict(m.dict())),
                // PEP 562: the module's own `__getattr__` for the rest.
                None => match m.get("__getattr__") {
                    Some(hook) => return self.call(&hook, Args::new(vec![Value::str(name)])),
                    None => return Err(exceptions::module_no_attribute(m, name)),
                },
            },
            _ if name == "__class__" => Some(Ok(self.type_of(obj))),
            Value::MemoryView(m) => memoryview::getattr(m, name),
            Value::Stream(s) => {
                crate::modules::sys::stream_attr(*s, name, self.closed_streams[*s as usize])
            }
            Value::Native(o) => o.getattr(self, name),
            Value::Array(a) => array::getattr(a, name),
            Value::Exception(e) => match e.attrs.borrow().get(name) {
                Some(v) => Some(Ok(v.clone())),
                None => self.exception_attr(obj, &e.clone(), name),
            },
            Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_)
                if name == "__call__" =>
            {
                Some(Ok(crate::objects::function::call_wrapper(obj)))
            }
            Value::Function(fun) => crate::objects::function::function_attr(fun, name).map(Ok),
            Value::Builtin(b) => crate::objects::function::builtin_attr(b, name).map(Ok),
            Value::BoundMethod(m) => crate::objects::function::method_attr(m, name).map(Ok),
            Value::Iter(it) => iter::getattr(it, name).map(Ok),
            Value::DictView(v) if name == "mapping" => {
                Some(Ok(crate::objects::mappingproxy::of_dict(v.dict.clone())))
            }
            Value::Ellipsis | Value::NotImplemented if name == "__reduce__" => {
                let f = crate::builtins::type_attr(obj.type_id(), name);
                f.map(|func| {
                    Ok(Value::BoundMethod(Rc::new(BoundMethod {
                        this: obj.clone(),
                        func,
                        name: name.into(),
                    })))
                })
            }
            Value::Type(t) if name == "__name__" => Some(Ok(Value::str(t.short_name()))),
            Value::Type(t) if name == "__module__" => Some(Ok(Value::str(
                t.name().rsplit_once('.').map_or("builtins", |(m, _)| m),
            ))),
            Value::Type(t) => self.builtin_type_attr(*t, name).map(Ok),
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => match name {
                "real" | "numerator" => Some(Ok(match obj {
                    Value::Bool(b) => Value::Int(*b as i64),
                    o => o.clone(),
                })),
                "imag" => Some(Ok(Value::Int(0))),
                "denominator" => Some(Ok(Value::Int(1))),
                _ => None,
            },
            Value::Float(x) => match name {
                "real" => Some(Ok(Value::Float(*x))),
                "imag" => Some(Ok(Value::Float(0.0))),
                _ => None,
            },
            Value::Complex(r, i) => match name {
                "real" => Some(Ok(Value::Float(*r))),
                "imag" => Some(Ok(Value::Float(*i))),
                _ => None,
            },
            Value::Dict(d) if !d.is_plain() => crate::modules::collections::dict_attr(d, name),
            Value::Range(r) if r.big.is_some() => r
                .big
                .as_ref()
                .and_then(|b| crate::objects::range::attr(b, name))
                .map(Ok),
            Value::Range(r) => match name {
                "start" => Some(Ok(Value::Int(r.start))),
                "stop" => Some(Ok(Value::Int(r.stop))),
                "step" => Some(Ok(Value::Int(r.step))),
                _ => None,
            },
            Value::Slice(s) => match name {
                "start" => Some(Ok(s.start.clone())),
                "stop" => Some(Ok(s.stop.clone())),
                "step" => Some(Ok(s.step.clone())),
                _ => None,
            },
            _ => None,
        };
        if let Some(r) = found {
            return r;
        }
        if self.has_method(obj, name) {
            return Ok(Value::BoundMethod(Rc::new(BoundMethod {
                this: obj.clone(),
                func: Value::None,
                name: name.into(),
            })));
        }
        if let (Value::Type(_), "__abstractmethods__") = (obj, name) {
            return Err(exceptions::attribute_error(name));
        }
        if let Value::Type(t) = obj {
            return Err(exceptions::attribute_error(format!(
                "type object '{}' has no attribute '{name}'",
                t.short_name()
            )));
        }
        if let Some(m) = crate::dispatch::value_slot_method(obj, None, name) {
            return Ok(crate::objects::function::bound_to(m, obj));
        }
        // Every built-in type has its own `__repr__` (`Ellipsis.__repr__()`
        // is 'Ellipsis'); `object.__repr__` is the generic form.
        if name == "__repr__" {
            let this = obj.clone();
            let m = crate::objects::function::closure("__repr__", move |vm, args| {
                args.check_none("__repr__")?;
                Ok(Value::Str(vm.repr_of(&this)?.into()))
            });
            return Ok(crate::objects::function::bound_to(m, obj));
        }
        if let Some(m) = crate::dispatch::object_slot_method(obj, name) {
            return Ok(crate::objects::function::bound_to(m, obj));
        }
        // Built-in types keep no docstrings but exceptions'.
        if name == "__doc__" {
            return Ok(match obj.type_id() {
                t @ TypeId::Exception(_) => crate::builtins::type_attr(t, name),
                _ => None,
            }
            .unwrap_or(Value::None));
        }
        Err(exceptions::no_attribute(obj.type_name(), name))
    }

    pub fn setattr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        if let Value::Class(c) = obj {
            let c = c.clone();
            return self.class_setattr(&c, name, v);
        }
        if let Some(c) = crate::dispatch::user_class(obj) {
            let c = c.clone();
            return self.instance_setattr(obj, &c, name, v);
        }
        match obj {
            Value::Type(t) => Err(type_error(format!(
                "cannot set '{name}' attribute of immutable type '{}'",
                t.short_name()
            ))),
            Value::Wrapper(w)
                if crate::objects::descriptor::setattr(w, name, v.clone()).is_some() =>
            {
                crate::objects::descriptor::setattr(w, name, v).unwrap_or(Ok(()))
            }
            Value::Module(m) => {
                if self.is_builtins_module(m) {
                    self.set_builtin(name, Some(v.clone()));
                }
                m.set(name, v);
                Ok(())
            }
            Value::Function(f) => crate::objects::function::set_function_attr(f, name, v),
            Value::Iter(it)
                if matches!(name, "__name__" | "__qualname__")
                    && crate::objects::iter::generator_of(it).is_some() =>
            {
                crate::objects::iter::set_generator_name(it, name, &v)
            }
            Value::Dict(d) if name == "default_factory" && !d.is_plain() => {
                crate::modules::collections::set_default_factory(d, v)
            }
            Value::Exception(e) => crate::dispatch::exception_setattr(self, e, name, v),
            Value::Native(o) if o.setattr(name, &v).is_some() => {
                o.setattr(name, &v).unwrap_or(Ok(()))
            }
            _ => Err(crate::dispatch::builtin_value_attr_error(
                self,
                obj,
                name,
                Some(&v),
            )),
        }
    }

    // ----- subscripts -----

    /// Converts user objects with `__index__` used as subscripts or slice
    /// bounds into ints, so the built-in sequences see plain indices.
    fn index_key(&mut self, key: &Value) -> PyResult<Option<Value>> {
        // The common subscripts, ints and slices of ints, need nothing.
        let plain = |v: &Value| matches!(v, Value::Int(_) | Value::None | Value::Bool(_));
        match key {
            Value::Int(_) => return Ok(None),
            Value::Slice(sl) if plain(&sl.start) && plain(&sl.stop) && plain(&sl.step) => {
                return Ok(None)
            }
            _ => {}
        }
        let user_index = |v: &Value| {
            crate::dispatch::user_class(v).is_some_and(|c| c.lookup("__index__").is_some())
        };
        let int_base = |v: &Value| {
            matches!(
                crate::dispatch::base_value(v),
                Some(Value::Int(_) | Value::BigInt(_))
            )
        };
        let has_index = |v: &Value| user_index(v) || int_base(v);
        match key {
            v if int_base(v) && !user_index(v) => Ok(Some(crate::dispatch::plain(v).clone())),
            v if has_index(v) => {
                let r = self
                    .call_special(v, "__index__", vec![])
                    .unwrap_or(Ok(Value::None))?;
                match r {
                    Value::Int(_) | Value::BigInt(_) => Ok(Some(r)),
                    Value::Bool(b) => Ok(Some(Value::Int(b as i64))),
                    other => Err(type_error(format!(
                        "__index__ returned non-int (type {})",
                        other.type_name()
                    ))),
                }
            }
            Value::Slice(sl)
                if has_index(&sl.start) || has_index(&sl.stop) || has_index(&sl.step) =>
            {
                let mut conv = |v: &Value| -> PyResult<Value> {
                    Ok(match self.index_key(v)? {
                        Some(i) => i,
                        None => v.clone(),
                    })
                };
                Ok(Some(Value::Slice(Rc::new(PySlice {
                    start: conv(&sl.start)?,
                    stop: conv(&sl.stop)?,
                    step: conv(&sl.step)?,
                }))))
            }
            _ => Ok(None),
        }
    }

    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        // Built-in sequences indexed by an int skip the checks for
        // subclasses, `__index__` keys and native types below.
        match (obj, key) {
            (Value::List(l), Value::Int(i)) => {
                let l = l.borrow();
                return slice::index(*i, l.len())
                    .map(|j| clone_value(&l[j]))
                    .ok_or_else(|| exceptions::index_out_of_range("list"));
            }
            (Value::Tuple(t), Value::Int(i)) => {
                return slice::index(*i, t.len())
                    .map(|j| clone_value(&t[j]))
                    .ok_or_else(|| exceptions::index_out_of_range("tuple"));
            }
            (Value::MemoryView(m), Value::Int(_)) => return m.getitem(key),
            (Value::Bytes(b), Value::Int(_)) => {
                return bytes::getitem(&b.data, key, bytes::Kind::Bytes, Some(obj))
            }
            (Value::ByteArray(b), Value::Int(_)) => {
                return bytes::getitem(&b.data.borrow(), key, bytes::Kind::ByteArray, None)
            }
            (Value::MemoryView(m), Value::Slice(s)) if plain_bounds(s) => return m.getitem(key),
            (Value::Bytes(b), Value::Slice(s)) if plain_bounds(s) => {
                return bytes::getitem(&b.data, key, bytes::Kind::Bytes, Some(obj))
            }
            _ => {}
        }
        if crate::dispatch::user_class(obj).is_none() {
            if let Some(k) = self.index_key(key)? {
                return self.getitem(obj, &k);
            }
        }
        if crate::dispatch::user_class(obj).is_some() {
            match self.call_special(obj, "__getitem__", vec![key.clone()]) {
                Some(r) => return r,
                None => match crate::dispatch::base_value(obj) {
                    Some(_) => return self.on_base(obj, |vm, b| vm.base_getitem(obj, b, key)),
                    // A class whose metaclass has no `__getitem__`.
                    None if matches!(obj, Value::Class(_)) => {}
                    None => return Err(exceptions::not_subscriptable(obj.type_name())),
                },
            }
        }
        if let Value::Class(c) = obj {
            if let Some(f) = c.lookup("__class_getitem__") {
                let f = self.descr_get(&f, None, obj)?;
                return self.call(&f, Args::new(vec![key.clone()]));
            }
            // A subclass of `list`, `dict`... inherits their generic alias.
            if c.builtin_base != TypeId::Type
                && crate::objects::generic_alias::takes_parameters(c.builtin_base)
            {
                return Ok(crate::objects::generic_alias::alias(obj.clone(), key));
            }
            return Err(type_error(format!(
                "type '{}' is not subscriptable",
                c.name()
            )));
        }
        if let Value::Native(o) = obj {
            if let Some(t) = o.as_tuple() {
                return self.getitem(&t, key);
            }
            if let Some(r) = self.native_special(obj, "__getitem__", || vec![key.clone()]) {
                return r;
            }
        }
        // An int too large for an index is refused before any bounds check.
        if matches!(key, Value::BigInt(_))
            && matches!(obj, Value::List(_) | Value::Tuple(_) | Value::Str(_))
        {
            return Err(exceptions::index_overflow(ExcType::IndexError));
        }
        let idx = slice::as_index(key);
        match obj {
            Value::List(l) => {
                if let Some(i) = idx {
                    let l = l.borrow();
                    return slice::index(i, l.len())
                        .map(|j| l[j].clone())
                        .ok_or_else(|| exceptions::index_out_of_range("list"));
                }
                if let Value::Slice(s) = key {
                    let l = l.borrow();
                    let si = slice::adjust(s, l.len())?;
                    return Ok(Value::new_list(si.iter().map(|i| l[i].clone()).collect()));
                }
                Err(type_error(format!(
                    "list indices must be integers or slices, not {}",
                    key.type_name()
                )))
            }
            Value::Tuple(t) => {
                if let Some(i) = idx {
                    return slice::index(i, t.len())
                        .map(|j| t[j].clone())
                        .ok_or_else(|| exceptions::index_out_of_range("tuple"));
                }
                if let Value::Slice(s) = key {
                    let si = slice::adjust(s, t.len())?;
                    if si.is_whole(t.len()) {
                        return Ok(obj.clone());
                    }
                    return Ok(Value::new_tuple(si.iter().map(|i| t[i].clone()).collect()));
                }
                Err(type_error(format!(
                    "tuple indices must be integers or slices, not {}",
                    key.type_name()
                )))
            }
            Value::Str(s) => crate::objects::str::getitem(obj, s, key),
            Value::Bytes(b) => bytes::getitem(&b.data, key, bytes::Kind::Bytes, Some(obj)),
            Value::ByteArray(b) => {
                bytes::getitem(&b.data.borrow(), key, bytes::Kind::ByteArray, None)
            }
            Value::MemoryView(m) => m.getitem(key),
            Value::Array(a) => array::getitem(a, key),
            Value::Dict(d) => match d.get(&self.dict_key(d, key)?)? {
                Some(v) => Ok(v),
                None if !d.is_plain() => crate::modules::collections::missing(self, d, key),
                None => Err(exceptions::err_from(PyException::new(
                    ExcType::KeyError,
                    vec![key.clone()],
                ))),
            },
            Value::Range(r) if r.big.is_some() => crate::objects::range::getitem(r, key),
            Value::Range(r) => {
                if let Some(i) = idx {
                    return slice::index(i, r.len() as usize)
                        .map(|j| Value::Int(r.get(j as i64)))
                        .ok_or_else(|| exceptions::index_error("range object index out of range"));
                }
                if let Value::Slice(s) = key {
                    // The bounds map through the range, as CPython's do
                    // (`range(4)[1::2]` is `range(1, 4, 2)`).
                    let si = slice::adjust(s, r.len() as usize)?;
                    let at = |i: isize| (r.start as i128) + (i as i128) * (r.step as i128);
                    let step = (r.step as i128) * (si.step as i128);
                    let fit = |v: i128| i64::try_from(v).ok();
                    return match (fit(at(si.start)), fit(at(si.stop)), fit(step)) {
                        (Some(start), Some(stop), Some(step)) => {
                            Ok(Value::Range(Rc::new(crate::value::PyRange {
                                start,
                                stop,
                                step,
                                big: None,
                            })))
                        }
                        _ => crate::objects::range::getitem(r, key),
                    };
                }
                Err(type_error(format!(
                    "range indices must be integers or slices, not {}",
                    key.type_name()
                )))
            }
            Value::Type(t) => crate::objects::generic_alias::class_getitem(*t, key),
            other => Err(exceptions::not_subscriptable(other.type_name())),
        }
    }

    pub fn setitem(&mut self, obj: &Value, key: &Value, v: Value) -> PyResult<()> {
        if let (Value::List(l), Value::Int(i)) = (obj, key) {
            let mut items = l.borrow_mut();
            let j = slice::index(*i, items.len())
                .ok_or_else(|| exceptions::index_error("list assignment index out of range"))?;
            // The old item goes after the list is released (its `__del__`
            // may look at the list).
            let old = std::mem::replace(&mut items[j], v);
            drop(items);
            drop(old);
            return Ok(());
        }
        match (obj, key) {
            (Value::MemoryView(m), Value::Int(_)) => return m.setitem(self, key, &v),
            (Value::ByteArray(b), Value::Int(_)) => {
                return bytearray::setitem(self, b, key, Some(&v))
            }
            _ => {}
        }
        if crate::dispatch::user_class(obj).is_none() {
            if let Some(k) = self.index_key(key)? {
                return self.setitem(obj, &k, v);
            }
        }
        if let Some(cls) = crate::dispatch::user_class(obj) {
            return match self.call_special(obj, "__setitem__", vec![key.clone(), v.clone()]) {
                Some(r) => r.map(|_| ()),
                None if crate::dispatch::base_value(obj).is_some() => {
                    self.on_base(obj, |vm, b| vm.setitem(b, key, v))
                }
                // A class with `__delitem__` alone has the mapping slot,
                // which looks `__setitem__` up (CPython's vectorcall_method).
                None if cls.lookup("__delitem__").is_some() => {
                    Err(exceptions::new_err(ExcType::AttributeError, "__setitem__"))
                }
                None => Err(type_error(format!(
                    "'{}' object does not support item assignment",
                    obj.type_name()
                ))),
            };
        }
        if let Some(r) = self.native_special(obj, "__setitem__", || vec![key.clone(), v.clone()]) {
            return r.map(|_| ());
        }
        if matches!(key, Value::BigInt(_)) && matches!(obj, Value::List(_)) {
            return Err(exceptions::index_overflow(ExcType::IndexError));
        }
        let idx = slice::as_index(key);
        match obj {
            Value::List(l) => {
                if let Some(i) = idx {
                    let mut l = l.borrow_mut();
                    let n = l.len();
                    let j = slice::index(i, n).ok_or_else(|| {
                        exceptions::index_error("list assignment index out of range")
                    })?;
                    l[j] = v;
                    return Ok(());
                }
                if let Value::Slice(s) = key {
                    let items = if let Value::List(src) = &v {
                        src.borrow().clone()
                    } else {
                        if !self.is_iterable(&v) {
                            return Err(type_error("can only assign an iterable"));
                        }
                        self.collect(&v)?
                    };
                    let list = l;
                    let mut l = l.borrow_mut();
                    let si = slice::adjust(s, l.len())?;
                    if si.step == 1 {
                        let start = si.start as usize;
                        let new_len = l.len() - si.len + items.len();
                        if new_len == 0 {
                            list.alloc.clear();
                        } else if new_len != l.len() {
                            list.alloc.resize(l.len(), new_len);
                        }
                        let removed: Vec<Value> = l.splice(start..start + si.len, items).collect();
                        drop(l);
                        // Released last to first, as CPython does (`__del__` order).
                        removed.into_iter().rev().for_each(drop);
                        return Ok(());
                    }
                    if items.len() != si.len {
                        return Err(exceptions::value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            items.len(),
                            si.len
                        )));
                    }
                    for (i, it) in si.iter().zip(items) {
                        l[i] = it;
                    }
                    return Ok(());
                }
                Err(type_error(format!(
                    "list indices must be integers or slices, not {}",
                    key.type_name()
                )))
            }
            Value::ByteArray(b) => bytearray::setitem(self, b, key, Some(&v)),
            Value::MemoryView(m) => m.setitem(self, key, &v),
            Value::Array(a) => array::setitem(self, a, key, Some(&v)),
            Value::Dict(d) => {
                let k = self.dict_key(d, key)?;
                d.set(k, v)
            }
            other => Err(type_error(format!(
                "'{}' object does not support item assignment",
                other.type_name()
            ))),
        }
    }

    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        if crate::dispatch::user_class(obj).is_none() {
            if let Some(k) = self.index_key(key)? {
                return self.delitem(obj, &k);
            }
        }
        if let Some(cls) = crate::dispatch::user_class(obj) {
            return match self.call_special(obj, "__delitem__", vec![key.clone()]) {
                Some(r) => r.map(|_| ()),
                None if crate::dispatch::base_value(obj).is_some() => {
                    self.on_base(obj, |vm, b| vm.delitem(b, key))
                }
                None if cls.lookup("__setitem__").is_some() => {
                    Err(exceptions::new_err(ExcType::AttributeError, "__delitem__"))
                }
                // A class statement's type has sequence slots: given an
                // index, PySequence_DelItem's wording; `object` itself has
                // none.
                None => {
                    let index = slice::as_index(key).is_some()
                        || matches!(key, Value::BigInt(_))
                        || crate::dispatch::user_class(key)
                            .is_some_and(|c| c.lookup("__index__").is_some());
                    Err(type_error(format!(
                        "'{}' object {} support item deletion",
                        obj.type_name(),
                        if !cls.is_object && index {
                            "doesn't"
                        } else {
                            "does not"
                        }
                    )))
                }
            };
        }
        if let Some(r) = self.native_special(obj, "__delitem__", || vec![key.clone()]) {
            return r.map(|_| ());
        }
        if matches!(key, Value::BigInt(_)) && matches!(obj, Value::List(_)) {
            return Err(exceptions::index_overflow(ExcType::IndexError));
        }
        let idx = slice::as_index(key);
        match obj {
            Value::List(l) => {
                let list = l;
                let mut l = l.borrow_mut();
                if let Some(i) = idx {
                    let j = slice::index(i, l.len()).ok_or_else(|| {
                        exceptions::index_error("list assignment index out of range")
                    })?;
                    list.alloc.remove(l.len(), 1);
                    l.remove(j);
                    return Ok(());
                }
                if let Value::Slice(s) = key {
                    let si = slice::adjust(s, l.len())?;
                    if si.step == 1 {
                        list.alloc.remove(l.len(), si.len);
                    } else if si.len > 0 {
                        let n = l.len() - si.len;
                        list.alloc.resize(n, n);
                    }
                    let removed: Vec<Value> = if si.step == 1 {
                        let start = si.start as usize;
                        // CPython releases a plain slice's items last to first.
                        l.drain(start..start + si.len).rev().collect()
                    } else {
                        // An extended slice's items go first to last.
                        let mut order: Vec<usize> = si.iter().collect();
                        order.sort_unstable();
                        let mut gone = vec![false; l.len()];
                        for &i in &order {
                            gone[i] = true;
                        }
                        let mut taken: Vec<Option<Value>> = Vec::with_capacity(l.len());
                        let mut kept = Vec::with_capacity(l.len() - order.len());
                        for (i, v) in std::mem::take(&mut *l).into_iter().enumerate() {
                            if gone[i] {
                                taken.push(Some(v));
                            } else {
                                taken.push(None);
                                kept.push(v);
                            }
                        }
                        *l = kept;
                        order.iter().filter_map(|&i| taken[i].take()).collect()
                    };
                    drop(l);
                    removed.into_iter().for_each(drop);
                    return Ok(());
                }
                Err(type_error(format!(
                    "list indices must be integers or slices, not {}",
                    key.type_name()
                )))
            }
            Value::ByteArray(b) => bytearray::setitem(self, b, key, None),
            Value::Array(a) => array::setitem(self, a, key, None),
            Value::Dict(d) => {
                let k = dict::Key::new(self.dict_key(d, key)?)?;
                match d.remove(&k) {
                    Some(_) => Ok(()),
                    None => Err(exceptions::err_from(PyException::new(
                        ExcType::KeyError,
                        vec![key.clone()],
                    ))),
                }
            }
            Value::MemoryView(m) => m.delitem(),
            other => {
                // An immutable sequence given an index answers with
                // PySequence_DelItem's wording.
                let seq = idx.is_some()
                    && matches!(
                        other,
                        Value::Str(_)
                            | Value::Bytes(_)
                            | Value::Tuple(_)
                            | Value::Range(_)
                            | Value::Set(_)
                    );
                Err(type_error(format!(
                    "'{}' object {} support item deletion",
                    other.type_name(),
                    if seq { "doesn't" } else { "does not" }
                )))
            }
        }
    }

    // ----- iteration -----

    pub fn is_iterable(&self, v: &Value) -> bool {
        if let Some(c) = crate::dispatch::user_class(v) {
            // `__iter__ = None` declares the class not iterable.
            if let Some(i) = c.lookup("__iter__") {
                return !i.is_none();
            }
            return crate::dispatch::base_value(v).is_some_and(|b| self.is_iterable(b))
                || c.lookup("__getitem__").is_some();
        }
        matches!(
            v,
            Value::Str(_)
                | Value::Bytes(_)
                | Value::ByteArray(_)
                | Value::MemoryView(_)
                | Value::Array(_)
                | Value::List(_)
                | Value::Tuple(_)
                | Value::Dict(_)
                | Value::Range(_)
                | Value::Iter(_)
                | Value::Set(_)
                | Value::DictView(_)
        ) || matches!(v, Value::Native(o) if o.iter(o).is_some())
    }

    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(c) = crate::dispatch::user_class(v) {
            if let Some(i) = c.lookup("__iter__") {
                if i.is_none() {
                    return Err(exceptions::not_iterable(v.type_name()));
                }
                let it = self
                    .call_special(v, "__iter__", vec![])
                    .unwrap_or(Ok(Value::None))?;
                if crate::dispatch::user_class(&it).is_some_and(|c| c.lookup("__next__").is_none())
                    || (crate::dispatch::user_class(&it).is_none()
                        && !matches!(it, Value::Iter(_))
                        && !matches!(&it, Value::Native(o) if o.method_names().contains(&"__next__")))
                {
                    return Err(type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        it.type_name()
                    )));
                }
                return Ok(it);
            }
            // An instance of a subclass of an iterator type is its own
            // iterator (its `__next__` may be overridden).
            if let Some(Value::Iter(_)) = crate::dispatch::base_value(v) {
                return Ok(v.clone());
            }
            if crate::dispatch::base_value(v).is_some() {
                return self.on_base(v, |vm, b| vm.get_iter(b));
            }
            if c.lookup("__getitem__").is_some() {
                return Ok(iter::new_value(PyIter::SeqIndex(v.clone(), 0)));
            }
            return Err(exceptions::not_iterable(v.type_name()));
        }
        Ok(iter::new_value(match v {
            Value::Iter(i) if crate::coroutine::refuses_iter(&i.borrow()) => {
                return Err(exceptions::not_iterable(v.type_name()))
            }
            Value::Iter(_) => return Ok(v.clone()),
            Value::Range(r) => PyIter::range(r),
            Value::List(l) => PyIter::List(l.clone(), 0),
            Value::Tuple(t) => PyIter::Tuple(t.clone(), 0),
            Value::Str(s) => PyIter::Str(s.clone(), 0),
            Value::Bytes(b) => PyIter::Bytes(b.clone(), 0),
            Value::ByteArray(b) => PyIter::ByteArray(b.clone(), 0),
            Value::MemoryView(m) => {
                m.check_iterable()?;
                PyIter::MemoryView(m.clone(), 0)
            }
            Value::Array(a) => PyIter::Array(a.clone(), 0),
            Value::Dict(d) => return Ok(iter::dict_iter(d, dict::ViewKind::Keys)),
            Value::Set(s) => {
                let items = s.table.borrow().items();
                PyIter::Set {
                    set: s.clone(),
                    len: items.len(),
                    items,
                    pos: 0,
                }
            }
            Value::DictView(dv) => return Ok(iter::dict_iter(&dv.dict, dv.kind)),
            // A text stream yields its lines until `readline` gives "".
            Value::Stream(s) => {
                if *s != Stream::Stdin {
                    return Err(exceptions::new_err(
                        ExcType::UnsupportedOperation,
                        "not readable",
                    ));
                }
                PyIter::Callable(self.getattr(v, "readline")?, Value::str(""))
            }
            Value::Native(o) => {
                return o
                    .iter(o)
                    .unwrap_or_else(|| Err(exceptions::not_iterable(v.type_name())))
            }
            other => return Err(exceptions::not_iterable(other.type_name())),
        }))
    }

    /// Advances an iterator made by `get_iter`.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(i) => iter::next(self, i),
            v if crate::dispatch::user_class(v).is_some() => {
                match self.call_special(v, "__next__", vec![]) {
                    Some(Ok(v)) => Ok(Some(v)),
                    Some(Err(e)) if e.exc.typ == ExcType::StopIteration => Ok(None),
                    Some(Err(e)) => Err(e),
                    None => match crate::dispatch::base_value(v) {
                        Some(b @ Value::Iter(_)) => {
                            let b = b.clone();
                            self.next(&b)
                        }
                        _ => Err(exceptions::not_an_iterator(v.type_name())),
                    },
                }
            }
            Value::Native(o) => o
                .next(self, o)
                .unwrap_or_else(|| Err(exceptions::not_an_iterator(it.type_name()))),
            other => Err(exceptions::not_an_iterator(other.type_name())),
        }
    }

    /// Calls `f` on every item of an iterable.
    pub fn for_each(
        &mut self,
        v: &Value,
        mut f: impl FnMut(&mut Vm, Value) -> PyResult<()>,
    ) -> PyResult<()> {
        self.for_each_until(v, |vm, item| {
            f(vm, item)?;
            Ok(false)
        })
    }

    /// Calls `f` on items until it returns true.
    pub fn for_each_until(
        &mut self,
        v: &Value,
        mut f: impl FnMut(&mut Vm, Value) -> PyResult<bool>,
    ) -> PyResult<()> {
        match v {
            Value::List(l) => {
                let mut i = 0;
                loop {
                    let item = l.borrow().get(i).cloned();
                    let Some(item) = item else { break };
                    self.check_interrupt()?;
                    if f(self, item)? {
                        break;
                    }
                    i += 1;
                }
            }
            Value::Tuple(t) => {
                for item in t.iter() {
                    self.check_interrupt()?;
                    if f(self, item.clone())? {
                        break;
                    }
                }
            }
            Value::Range(r) if r.big.is_none() => {
                for k in 0..r.len() {
                    self.check_interrupt()?;
                    if f(self, Value::Int(r.get(k)))? {
                        break;
                    }
                }
            }
            _ => {
                if let Some(r) = self.drive_genexpr(v, &mut f) {
                    return r;
                }
                let it = self.get_iter(v)?;
                while let Some(item) = self.next(&it)? {
                    self.check_interrupt()?;
                    if f(self, item)? {
                        break;
                    }
                }
            }
        }
        Ok(())
    }

    /// Before `items` grows by `extra`: when the vector must reallocate,
    /// the new block is a request against the memory cap.
    pub fn check_growth<T>(&self, items: &Vec<T>, extra: usize) -> PyResult<()> {
        let need = items.len().saturating_add(extra);
        if need <= items.capacity() {
            return Ok(());
        }
        let new_cap = need.max(items.capacity().saturating_mul(2));
        self.check_alloc(new_cap.saturating_mul(std::mem::size_of::<T>()))
    }

    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => Ok(l.borrow().clone()),
            Value::Tuple(t) => Ok(t.to_vec()),
            _ => {
                let mut out = Vec::new();
                if let Value::Range(r) = v {
                    let n = crate::objects::range::len(r)?;
                    self.check_growth(&out, n)?;
                    out.reserve_exact(n);
                }
                self.for_each(v, |vm, item| {
                    vm.check_growth(&out, 1)?;
                    out.push(item);
                    Ok(())
                })?;
                Ok(out)
            }
        }
    }

    // ----- conversions -----

    #[inline]
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        // Conditions are mostly comparison results.
        if let Value::Bool(b) = v {
            return Ok(*b);
        }
        if let Some(r) = self.truthy_special(v) {
            return r;
        }
        if let Value::NotImplemented = v {
            self.warn(
                ExcType::DeprecationWarning,
                "NotImplemented should not be used in a boolean context",
            )?;
        }
        ops::truthy(v)
    }

    /// repr(), calling `__repr__` of user instances, also inside containers.
    /// Each level of a value that holds others counts against the
    /// recursion limit, as in CPython.
    pub fn repr_of(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::DictView(_)
            | Value::Instance(_)
            | Value::Native(_)
            | Value::Exception(_) => self.nested(exceptions::IN_REPR, |vm| {
                vm.repr_level(v, vm.depth_left() + 1)
            }),
            _ => self.repr_level(v, self.depth_left()),
        }
    }

    /// repr of a value that needs no Python code, its length a request
    /// against the memory cap as it grows.
    fn repr_capped(&self, v: &Value, budget: usize) -> PyResult<String> {
        if self.limits.max_alloc.is_none() {
            return ops::to_repr_within(v, budget, &mut |_| true);
        }
        ops::to_repr_within(v, budget, &mut |n| self.check_alloc(n).is_ok())
    }

    /// repr_of() of one value; `budget` is how deep the rest may nest.
    fn repr_level(&mut self, v: &Value, budget: usize) -> PyResult<String> {
        if let Some(r) = self.repr_special(v) {
            return r;
        }
        if let Some(r) = self.native_special(v, "__repr__", Vec::new) {
            return r.and_then(|s| ops::to_str(&s));
        }
        if let Value::Dict(d) = v {
            if !d.is_plain() {
                return crate::modules::collections::dict_repr(self, d);
            }
        }
        // An exception's arguments, a bound method's object, a slice's
        // bounds: values that hold others without a cycle to guard.
        if matches!(
            v,
            Value::Exception(_) | Value::BoundMethod(_) | Value::Slice(_)
        ) && needs_vm_repr(v)
        {
            let mut pieces = Vec::new();
            ops::repr_pieces(v, &mut pieces);
            let mut out = String::new();
            for p in pieces {
                match p {
                    ops::Piece::Text(t) => out.push_str(&t),
                    ops::Piece::Value(x) => out.push_str(&self.repr_of(&x)?),
                }
            }
            return Ok(out);
        }
        let items = match v {
            Value::List(l) => Some(("[", "]", l.borrow().clone())),
            Value::Tuple(t) => Some(("(", ")", t.to_vec())),
            _ => None,
        };
        match items {
            Some((open, close, items)) if items.iter().any(needs_vm_repr) => {
                let p = v.ptr().unwrap_or(0);
                if self.repr_stack.contains(&p) {
                    return Ok(format!("{open}...{close}"));
                }
                self.repr_stack.push(p);
                let parts: PyResult<Vec<String>> = items.iter().map(|i| self.repr_of(i)).collect();
                self.repr_stack.pop();
                let parts = parts?;
                if open == "(" && parts.len() == 1 {
                    return Ok(format!("({},)", parts[0]));
                }
                Ok(format!("{open}{}{close}", parts.join(", ")))
            }
            _ => match v {
                Value::Set(s) if s.table.borrow().items().iter().any(needs_vm_repr) => {
                    let p = v.ptr().unwrap_or(0);
                    if self.repr_stack.contains(&p) {
                        return Ok(format!("{}(...)", v.type_name()));
                    }
                    let items = s.table.borrow().items();
                    self.repr_stack.push(p);
                    let parts: PyResult<Vec<String>> =
                        items.iter().map(|i| self.repr_of(i)).collect();
                    self.repr_stack.pop();
                    Ok(crate::objects::set::repr_items(s, &parts?))
                }
                Value::DictView(dv) if dv.items().iter().any(needs_vm_repr) => {
                    let items = dv.items();
                    let parts: PyResult<Vec<String>> =
                        items.iter().map(|i| self.repr_of(i)).collect();
                    Ok(format!("{}([{}])", dv.type_name(), parts?.join(", ")))
                }
                Value::Dict(d)
                    if d.map
                        .borrow()
                        .iter()
                        .any(|(k, v)| needs_vm_repr(&k.value) || needs_vm_repr(v)) =>
                {
                    let entries: Vec<(Value, Value)> = d
                        .map
                        .borrow()
                        .iter()
                        .map(|(k, v)| (k.value.clone(), v.clone()))
                        .collect();
                    let p = v.ptr().unwrap_or(0);
                    if self.repr_stack.contains(&p) {
                        return Ok("{...}".into());
                    }
                    self.repr_stack.push(p);
                    let mut parts = Vec::new();
                    for (k, val) in &entries {
                        let r = self
                            .repr_of(k)
                            .and_then(|k| Ok(format!("{k}: {}", self.repr_of(val)?)));
                        match r {
                            Ok(s) => parts.push(s),
                            Err(e) => {
                                self.repr_stack.pop();
                                return Err(e);
                            }
                        }
                    }
                    self.repr_stack.pop();
                    Ok(format!("{{{}}}", parts.join(", ")))
                }
                _ => self.repr_capped(v, budget),
            },
        }
    }

    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        if let Some(r) = self.str_special(v) {
            return r;
        }
        if let Value::Exception(e) = v {
            return self.exception_str(e);
        }
        match v {
            Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::DictView(_)
            | Value::BoundMethod(_)
            | Value::Slice(_) => self.repr_of(v),
            Value::Native(o) if o.method_names().contains(&"__str__") => {
                match o.call_method(self, o, "__str__", &Args::default()) {
                    Some(Ok(s)) => ops::to_str(&s),
                    Some(Err(e)) => Err(e),
                    None => self.repr_of(v),
                }
            }
            Value::Native(o) if o.method_names().contains(&"__repr__") => self.repr_of(v),
            // Their str is their repr, which may be four times as long.
            Value::Bytes(_) | Value::ByteArray(_) => self.repr_of(v),
            Value::Str(_) => ops::to_str(v),
            // PyObject_Str's level against the recursion limit.
            _ if self.depth_exceeded() => Err(exceptions::recursion_error(exceptions::IN_STR)),
            _ => ops::to_str(v),
        }
    }

    /// `str.format(*args, **kwargs)`.
    pub fn str_format(&mut self, template: &str, args: &Args) -> PyResult<String> {
        crate::objects::strformat::format(self, template, args)
    }
}

/// Binds `n` in `f` directly: parameters, and frames that run over no
/// prepared namespace.
#[inline]
fn store_slot(f: &mut Frame, n: NameRef, v: Value) {
    match n {
        NameRef::Local(i) => {
            if let Some(old) = f.slots[i as usize].replace(v) {
                forget_plain(old);
            }
        }
        NameRef::Cell(i) => {
            if let Some(Value::Cell(c)) = &f.slots[i as usize] {
                *c.borrow_mut() = Some(v);
            }
        }
        NameRef::Global(g) => {
            let old = {
                let mut vals = f.globals.values.borrow_mut();
                if vals.len() <= g as usize {
                    vals.resize(g as usize + 1, None);
                }
                vals[g as usize].replace(v)
            };
            if let Some(old) = old {
                forget_plain(old);
            }
            if f.globals.dict.get().is_some() {
                f.globals.mirror(g);
            }
        }
    }
}

/// A slice whose bounds are ints or None: it needs no `__index__` call.
#[inline]
fn plain_bounds(s: &PySlice) -> bool {
    [&s.start, &s.stop, &s.step]
        .iter()
        .all(|v| matches!(v, Value::Int(_) | Value::None))
}

/// Unbinds the hidden slots of a comprehension's target.
fn clear_hidden(f: &mut Frame, t: &Target) {
    match t {
        Target::Name(NameRef::Local(i), _) => {
            if let Some(slot) = f.slots.get_mut(*i as usize) {
                *slot = None;
            }
        }
        Target::Unpack(ts, _, _) => ts.iter().for_each(|t| clear_hidden(f, t)),
        _ => {}
    }
}

fn name_list(names: &[Rc<str>]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

pub fn const_value(c: &ir::Const) -> Value {
    match c {
        ir::Const::None => Value::None,
        ir::Const::Bool(b) => Value::Bool(*b),
        ir::Const::Int(i) => Value::Int(*i),
        ir::Const::BigInt(b) => Value::BigInt(b.clone()),
        ir::Const::Float(f) => Value::Float(*f),
        ir::Const::Complex(r, i) => Value::Complex(*r, *i),
        ir::Const::Str(s) => Value::Str(s.clone()),
        ir::Const::Bytes(b) => Value::Bytes(Rc::new(bytes::PyBytes::new(b.to_vec()))),
        ir::Const::Ellipsis => Value::Ellipsis,
    }
}

/// Whether repr() of a value may run Python code.
pub(crate) fn needs_vm_repr(v: &Value) -> bool {
    needs_vm_repr_within(v, 0)
}

/// Deep (or self-containing) containers answer true, so that the VM's
/// repr, which guards against cycles, renders them.
fn needs_vm_repr_within(v: &Value, depth: u32) -> bool {
    if depth > 32 {
        return true;
    }
    let inner = |v: &Value| needs_vm_repr_within(v, depth + 1);
    match v {
        Value::Instance(_) => true,
        Value::Exception(e) => e.has_class() || e.args.borrow().iter().any(inner),
        Value::BoundMethod(m) => inner(&m.this),
        Value::Slice(s) => inner(&s.start) || inner(&s.stop) || inner(&s.step),
        Value::Class(c) => c.metaclass.is_some(),
        Value::Native(o) => o.method_names().contains(&"__repr__"),
        Value::Dict(d) if !d.is_plain() => true,
        Value::List(l) => l.borrow().iter().any(inner),
        Value::Tuple(t) => t.iter().any(inner),
        Value::Set(s) => s.table.borrow().items().iter().any(inner),
        Value::DictView(dv) => dv.items().iter().any(inner),
        Value::Dict(d) => d
            .map
            .borrow()
            .iter()
            .any(|(k, v)| inner(&k.value) || inner(v)),
        _ => false,
    }
}

/// A comparison of two small ints, or `None` for `in`/`not in`, which
/// take the general path for their error.
#[inline]
/// Whether CPython 3.11's quickened code compares `a` and `b` before a
/// jump without PyObject_RichCompare (and its recursion level): two
/// single-digit ints, two floats, or two strs tested for (in)equality.
fn quickened_jump(op: ir::CmpOp, a: &Value, b: &Value) -> bool {
    const DIGIT: u64 = 1 << 30;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.unsigned_abs() < DIGIT && y.unsigned_abs() < DIGIT,
        (Value::Float(_), Value::Float(_)) => true,
        (Value::Str(_), Value::Str(_)) => matches!(op, ir::CmpOp::Eq | ir::CmpOp::NotEq),
        _ => false,
    }
}

/// The comparisons [`quickened_jump`] allows, but of ints (which
/// `int_compare` decides).
fn jump_compare(op: ir::CmpOp, a: &Value, b: &Value) -> Option<bool> {
    use ir::CmpOp::*;
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => Some(match op {
            Eq => x == y,
            NotEq => x != y,
            Lt => x < y,
            LtE => x <= y,
            Gt => x > y,
            GtE => x >= y,
            _ => return None,
        }),
        (Value::Str(x), Value::Str(y)) => match op {
            Eq => Some(x == y),
            NotEq => Some(x != y),
            _ => None,
        },
        _ => None,
    }
}

fn int_compare(op: ir::CmpOp, x: i64, y: i64) -> Option<bool> {
    Some(match op {
        ir::CmpOp::Lt => x < y,
        ir::CmpOp::LtE => x <= y,
        ir::CmpOp::Gt => x > y,
        ir::CmpOp::GtE => x >= y,
        // Small ints have no identity of their own (compatibility.md).
        ir::CmpOp::Eq | ir::CmpOp::Is => x == y,
        ir::CmpOp::NotEq | ir::CmpOp::IsNot => x != y,
        _ => return None,
    })
}

/// A key for the kind of built-in receiver whose methods a call site may
/// remember (see `ir::SeenReceiver`): values with the same key have the
/// same methods. 0 for receivers that are looked up at every call.
fn receiver_key(v: &Value) -> u32 {
    match v {
        Value::Str(_) => 1,
        Value::Bytes(_) => 2,
        Value::ByteArray(_) => 3,
        Value::MemoryView(_) => 4,
        Value::Array(_) => 5,
        Value::List(_) => 6,
        Value::Tuple(_) => 7,
        Value::Range(_) => 8,
        Value::Slice(_) => 9,
        Value::Dict(d) => match *d.kind.borrow() {
            crate::objects::dict::DictKind::Dict => 10,
            crate::objects::dict::DictKind::OrderedDict => 20,
            crate::objects::dict::DictKind::DefaultDict(_) => 21,
            crate::objects::dict::DictKind::Counter => 22,
        },
        Value::Int(_) | Value::BigInt(_) => 11,
        Value::Bool(_) => 12,
        Value::Float(_) => 13,
        Value::Complex(..) => 14,
        Value::Set(s) if s.frozen => 15,
        Value::Set(_) => 16,
        Value::Type(t) => 0x8000_0000 | (hash32(t) & 0x7fff_ffff),
        // A native type's methods are its static name list: the list's
        // address tells the types apart.
        Value::Native(o) => (o.method_names().as_ptr() as usize as u32 & 0x3fff_ffff).max(23),
        Value::Stream(_) => 18,
        // Iterators of one kind (generators, list iterators...) share
        // their methods.
        Value::Iter(i) => match i.try_borrow() {
            Ok(it) => 0x4000_0000 | (hash32(&std::mem::discriminant(&*it)) & 0x3fff_ffff),
            Err(_) => 0,
        },
        _ => 0,
    }
}

/// A cheap 32-bit hash for `receiver_key`.
fn hash32(v: &impl std::hash::Hash) -> u32 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    v.hash(&mut h);
    h.finish() as u32
}

/// Clones a value on a hot path: a small int is copied in place rather
/// than through the out-of-line clone of every variant.
#[inline(always)]
fn clone_value(v: &Value) -> Value {
    match v {
        Value::Int(i) => Value::Int(*i),
        v => v.clone(),
    }
}

/// Lets go of a value on a hot path: an int, float, bool or None holds
/// nothing to release, so its drop glue (an out-of-line call that
/// dispatches on every variant) is skipped.
#[inline(always)]
fn forget_plain(v: Value) {
    if matches!(
        v,
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None
    ) {
        std::mem::forget(v);
    } else {
        drop(v);
    }
}

/// Small-int arithmetic without dispatch: `None` when the operands are not
/// both `int` or the result needs the general path (overflow, division).
#[inline(always)]
fn int_fast_path(op: ir::BinOp, a: &Value, b: &Value) -> Option<Value> {
    let (x, y) = match (a, b) {
        (Value::Int(x), Value::Int(y)) => (x, y),
        (Value::Float(x), Value::Float(y)) => return float_fast_path(op, *x, *y),
        (Value::Float(x), Value::Int(y)) => return float_fast_path(op, *x, *y as f64),
        (Value::Int(x), Value::Float(y)) => return float_fast_path(op, *x as f64, *y),
        _ => return None,
    };
    int_op(op, *x, *y).map(Value::Int)
}

/// The value of a leaf expression (a bound local or global, or an int
/// constant) when it is a small int; `None` sends the caller the general way.
#[inline(always)]
fn leaf_int(f: &Frame, e: &Expr) -> Option<i64> {
    match &e.kind {
        ExprKind::Const(ir::Const::Int(i)) => Some(*i),
        ExprKind::Name(NameRef::Local(i)) => match f.slots.get(*i as usize) {
            Some(Some(Value::Int(v))) => Some(*v),
            _ => None,
        },
        ExprKind::Name(NameRef::Global(g)) | ExprKind::GlobalName(g) => {
            match f.globals.values.borrow().get(*g as usize) {
                Some(Some(Value::Int(v))) => Some(*v),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `x <op> y` of small ints, when the result is a small int and no error.
#[inline(always)]
fn int_op(op: ir::BinOp, x: i64, y: i64) -> Option<i64> {
    let (x, y) = (&x, &y);
    let r = match op {
        ir::BinOp::Add => x.checked_add(*y)?,
        ir::BinOp::Sub => x.checked_sub(*y)?,
        ir::BinOp::Mul => x.checked_mul(*y)?,
        ir::BinOp::BitAnd => x & y,
        ir::BinOp::BitOr => x | y,
        ir::BinOp::BitXor => x ^ y,
        // Python's `%` takes the divisor's sign, `//` rounds down; a zero
        // divisor (and `MIN // -1`) take the general path.
        ir::BinOp::Mod => {
            let r = x.checked_rem(*y)?;
            if r != 0 && (r < 0) != (*y < 0) {
                r + y
            } else {
                r
            }
        }
        ir::BinOp::FloorDiv => {
            let q = x.checked_div(*y)?;
            if q * y != *x && (*x < 0) != (*y < 0) {
                q - 1
            } else {
                q
            }
        }
        // Negative counts raise (general path); a left shift that would
        // lose bits becomes a big int there.
        ir::BinOp::RShift if *y >= 0 => x >> (*y).min(63),
        ir::BinOp::LShift if (0..63).contains(y) => {
            let r = x << y;
            if r >> y != *x {
                return None;
            }
            r
        }
        _ => return None,
    };
    Some(r)
}

/// `+ - *` with a float operand (an int one converted as CPython does, to
/// the nearest double); the other operators take the general path for
/// their zero-division and overflow errors.
#[inline]
fn float_fast_path(op: ir::BinOp, x: f64, y: f64) -> Option<Value> {
    Some(Value::Float(ops::new_float(match op {
        ir::BinOp::Add => x + y,
        ir::BinOp::Sub => x - y,
        ir::BinOp::Mul => x * y,
        _ => return None,
    })))
}

/// How calling the built-in type `t` counts against the recursion limit in
/// CPython 3.11: types without a vectorcall entry go through the generic
/// call path (one level), and quickened code calls `str(x)` directly.
fn type_call_level(t: TypeId, args: &Args) -> CallLevel {
    match t {
        TypeId::Str if args.pos.len() == 1 && args.kw.is_empty() => CallLevel::Cold,
        // Types without a vectorcall entry go through tp_call.
        TypeId::Str
        | TypeId::Int
        | TypeId::Bytes
        | TypeId::ByteArray
        | TypeId::Complex
        | TypeId::MemoryView
        | TypeId::Object
        | TypeId::Slice
        | TypeId::Iterator("zip" | "reversed")
        | TypeId::Exception(_) => CallLevel::Always,
        _ => CallLevel::Never,
    }
}
