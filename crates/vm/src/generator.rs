//! Generators: a resumable executor for the bodies of generator functions.
//!
//! The ordinary evaluator recurses through nested blocks, which cannot be
//! suspended. A generator instead keeps an explicit stack of [`Level`]s,
//! one per compound statement it is inside (a loop with its iterator, a
//! `try` in a given phase, a `with` with its context manager...). Only
//! statements that contain a `yield` (marked by the front end) are walked
//! this way; everything else runs through the ordinary evaluator.
//! `yield` is supported as a statement (`yield v`, `x = yield v`,
//! `yield from it`), which is where tutorial code puts it.

use crate::exceptions::{self, type_error, ExcType, PyErr, PyException, PyResult, TbEntry};
use crate::interp::{Flow, Frame, Vm};
use crate::objects::function::{Args, PyFunction};
use crate::value::{TypeId, Value};
use pyview_syntax::ir::{FunctionDef, Stmt, StmtKind};
use std::rc::Rc;

/// Which block of a compound statement a level runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sub {
    Body,
    OrElse,
    Handler(usize),
    Final,
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
    /// The target of the `yield` the generator is suspended at.
    resume_target: Option<(usize, usize)>,
    pub started: bool,
    pub finished: bool,
    pub running: bool,
    /// The value of `return v`, for `yield from`.
    pub return_value: Value,
}

impl Generator {
    pub fn new(func: Rc<PyFunction>, slots: Vec<Option<Value>>) -> Generator {
        Generator {
            func,
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
        }
    }
}

fn sub_block(stmt: &Stmt, sub: Sub) -> &[Stmt] {
    match (&stmt.kind, sub) {
        (StmtKind::If(_, a, _), Sub::Body) => a,
        (StmtKind::If(_, _, b), Sub::OrElse) => b,
        (StmtKind::While(_, a, _), Sub::Body) => a,
        (StmtKind::While(_, _, b), Sub::OrElse) => b,
        (StmtKind::For(_, _, a, _), Sub::Body) => a,
        (StmtKind::For(_, _, _, b), Sub::OrElse) => b,
        (StmtKind::Try { body, .. }, Sub::Body) => body,
        (StmtKind::Try { orelse, .. }, Sub::OrElse) => orelse,
        (StmtKind::Try { handlers, .. }, Sub::Handler(i)) => &handlers[i].body,
        (StmtKind::Try { finalbody, .. }, Sub::Final) => finalbody,
        (StmtKind::With(_, body), Sub::Body) => body,
        _ => &[],
    }
}

/// The block of level `n`, walking down from the function body.
fn block_of<'a>(def: &'a FunctionDef, stack: &[Level], n: usize) -> &'a [Stmt] {
    let mut block: &[Stmt] = &def.body;
    for level in &stack[1..=n] {
        match block.get(level.stmt) {
            Some(s) => block = sub_block(s, level.sub),
            None => return &[],
        }
    }
    block
}

/// The compound statement that owns level `n` (n >= 1).
fn owner_of<'a>(def: &'a FunctionDef, stack: &[Level], n: usize) -> Option<&'a Stmt> {
    block_of(def, stack, n - 1).get(stack[n].stmt)
}

enum Step {
    Yield(Value),
    Return(Value),
}

impl Vm {
    /// Resumes a generator with `sent` (None for `next`); `Ok(None)` when
    /// it finishes.
    pub fn resume(
        &mut self,
        gen: &Rc<std::cell::RefCell<Generator>>,
        sent: Value,
    ) -> PyResult<Option<Value>> {
        let (func, mut slots, mut stack, target) = {
            let mut g = gen.borrow_mut();
            if g.running {
                return Err(exceptions::value_error("generator already executing"));
            }
            if g.finished {
                return Ok(None);
            }
            if !g.started && !sent.is_none() {
                return Err(type_error(
                    "can't send non-None value to a just-started generator",
                ));
            }
            g.started = true;
            g.running = true;
            (
                g.func.clone(),
                std::mem::take(&mut g.slots),
                std::mem::take(&mut g.stack),
                g.resume_target.take(),
            )
        };
        let def = func.def.clone();
        let mut frame = Frame {
            slots: std::mem::take(&mut slots),
            names: &def.slot_names,
            code: func.code.clone(),
            globals: func.globals.clone(),
            name: def.name.clone(),
        };
        let result = self.run_generator(&def, &mut frame, &mut stack, target, sent);
        let mut g = gen.borrow_mut();
        g.running = false;
        g.slots = std::mem::take(&mut frame.slots);
        match result {
            Ok((Step::Yield(v), at)) => {
                g.stack = stack;
                g.resume_target = at;
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
                Err(self.leave_frame_pub(e, &func.code, &def.name))
            }
        }
    }

    fn run_generator(
        &mut self,
        def: &FunctionDef,
        f: &mut Frame,
        stack: &mut Vec<Level>,
        target: Option<(usize, usize)>,
        sent: Value,
    ) -> PyResult<(Step, Option<(usize, usize)>)> {
        if self.depth_exceeded() {
            return Err(exceptions::new_err(
                ExcType::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        self.enter_call();
        let r = crate::interp::with_stack(|| self.gen_loop(def, f, stack, target, sent));
        self.leave_call();
        r
    }

    fn gen_loop(
        &mut self,
        def: &FunctionDef,
        f: &mut Frame,
        stack: &mut Vec<Level>,
        target: Option<(usize, usize)>,
        mut sent: Value,
    ) -> PyResult<(Step, Option<(usize, usize)>)> {
        // Deliver the sent value to the suspended `x = yield v`.
        if let Some((lvl, idx)) = target {
            if let Some(StmtKind::Yield {
                target: Some(t), ..
            }) = block_of(def, stack, lvl).get(idx).map(|s| &s.kind)
            {
                if let Err(e) = self.assign_pub(f, t, sent.clone()) {
                    self.gen_unwind(def, f, stack, Pending::Raise(e))?;
                }
            }
            sent = Value::None;
        }
        loop {
            let Some(top) = stack.len().checked_sub(1) else {
                return Ok((Step::Return(Value::None), None));
            };
            if let Kind::YieldFrom(it) = &stack[top].kind {
                let it = it.clone();
                let r = match (&it, sent.is_none()) {
                    (Value::Iter(i), false) if i.borrow().is_generator() => {
                        self.gen_send(&it, sent.clone())
                    }
                    _ => self.next(&it),
                };
                sent = Value::None;
                match r {
                    Ok(Some(v)) => return Ok((Step::Yield(v), None)),
                    Ok(None) => {
                        let ret = crate::objects::iter::generator_return(&it);
                        stack.pop();
                        let parent = stack.len() - 1;
                        let idx = stack[parent].idx - 1;
                        if let Some(StmtKind::Yield {
                            target: Some(t), ..
                        }) = block_of(def, stack, parent).get(idx).map(|s| &s.kind)
                        {
                            if let Err(e) = self.assign_pub(f, t, ret) {
                                if let Some(step) =
                                    self.gen_unwind(def, f, stack, Pending::Raise(e))?
                                {
                                    return Ok((step, None));
                                }
                            }
                        }
                        continue;
                    }
                    Err(e) => {
                        stack.pop();
                        if let Some(step) = self.gen_unwind(def, f, stack, Pending::Raise(e))? {
                            return Ok((step, None));
                        }
                        continue;
                    }
                }
            }
            let block = block_of(def, stack, top);
            let idx = stack[top].idx;
            let Some(stmt) = block.get(idx) else {
                if let Some(step) = self.gen_block_done(def, f, stack)? {
                    return Ok((step, None));
                }
                continue;
            };
            stack[top].idx += 1;
            let outcome = if stmt.yields {
                self.gen_enter(def, f, stack, stmt, idx)
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
            if let Some(step) = self.gen_unwind(def, f, stack, pending)? {
                return Ok((step, None));
            }
        }
    }

    /// Starts a statement that contains a yield: pushes its level.
    fn gen_enter(
        &mut self,
        def: &FunctionDef,
        f: &mut Frame,
        stack: &mut Vec<Level>,
        stmt: &Stmt,
        idx: usize,
    ) -> PyResult<Option<Flow>> {
        let _ = def;
        let level = |sub, kind| Level {
            stmt: idx,
            sub,
            idx: 0,
            kind,
        };
        match &stmt.kind {
            StmtKind::Yield { value, from, .. } => {
                let v = match value {
                    Some(e) => self.eval(f, e)?,
                    None => Value::None,
                };
                if *from {
                    let it = self.get_iter(&v)?;
                    stack.push(Level {
                        stmt: idx,
                        sub: Sub::Body,
                        idx: 0,
                        kind: Kind::YieldFrom(it),
                    });
                    return Ok(None);
                }
                Ok(Some(Flow::Yielded(v)))
            }
            StmtKind::If(test, _, _) => {
                let t = self.eval(f, test)?;
                let sub = if self.truthy(&t)? {
                    Sub::Body
                } else {
                    Sub::OrElse
                };
                stack.push(level(sub, Kind::Block));
                Ok(None)
            }
            StmtKind::While(test, _, _) => {
                let t = self.eval(f, test)?;
                if self.truthy(&t)? {
                    stack.push(level(Sub::Body, Kind::While));
                } else {
                    stack.push(level(Sub::OrElse, Kind::Block));
                }
                Ok(None)
            }
            StmtKind::For(target, iter_e, _, _) => {
                let v = self.eval(f, iter_e)?;
                let it = self.get_iter(&v)?;
                match self.next(&it)? {
                    Some(item) => {
                        self.assign_pub(f, target, item)?;
                        stack.push(level(Sub::Body, Kind::For(it)));
                    }
                    None => stack.push(level(Sub::OrElse, Kind::Block)),
                }
                Ok(None)
            }
            StmtKind::Try { .. } => {
                stack.push(level(Sub::Body, Kind::TryBody));
                Ok(None)
            }
            StmtKind::With(items, _) => {
                if items.len() != 1 {
                    return Err(exceptions::not_implemented(
                        "a 'with' statement with several items around 'yield' is not supported yet",
                    ));
                }
                let ctx = self.eval(f, &items[0].ctx)?;
                let entered = self.call_method(&ctx, "__enter__", Args::default())?;
                if let Some(t) = &items[0].target {
                    self.assign_pub(f, t, entered)?;
                }
                stack.push(level(Sub::Body, Kind::With(ctx)));
                Ok(None)
            }
            _ => self.exec_block(f, std::slice::from_ref(stmt)).map(Some),
        }
    }

    /// The top level's block ran to its end.
    fn gen_block_done(
        &mut self,
        def: &FunctionDef,
        f: &mut Frame,
        stack: &mut Vec<Level>,
    ) -> PyResult<Option<Step>> {
        let top = stack.len() - 1;
        if top == 0 {
            stack.pop();
            return Ok(Some(Step::Return(Value::None)));
        }
        let owner = owner_of(def, stack, top);
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
                    Err(e) => return self.gen_unwind(def, f, stack, Pending::Raise(e)),
                };
                match next {
                    Some(item) => {
                        if let Some(StmtKind::For(target, ..)) = owner.map(|s| &s.kind) {
                            if let Err(e) = self.assign_pub(f, target, item) {
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
                let test = match owner.map(|s| &s.kind) {
                    Some(StmtKind::While(t, ..)) => t,
                    _ => {
                        stack.pop();
                        return Ok(None);
                    }
                };
                let t = match self.eval(f, test).and_then(|t| self.truthy(&t)) {
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
            Kind::TryElse | Kind::Handler(_) => {
                if let Kind::Handler(_) = stack[top].kind {
                    self.pop_handling();
                }
                stack[top].sub = Sub::Final;
                stack[top].idx = 0;
                stack[top].kind = Kind::Finally(None);
            }
            Kind::Finally(pending) => {
                let pending = pending.take();
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
                    return self.gen_unwind(def, f, stack, Pending::Raise(e));
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
                    if let Kind::Handler(_) = level.kind {
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
                return match pending {
                    Pending::Raise(e) => Err(e),
                    Pending::Return(v) => Ok(Some(Step::Return(v))),
                    _ => Ok(Some(Step::Return(Value::None))),
                };
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
                (Kind::TryBody, Pending::Raise(_)) => {
                    let Pending::Raise(mut e) = pending else {
                        unreachable!()
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
                    let mut found = None;
                    for (i, h) in handlers.iter().enumerate() {
                        let matches = match &h.kind {
                            None => true,
                            Some(k) => {
                                let kv = self.eval(f, k)?;
                                self.exception_matches_pub(&e.exc, &kv)?
                            }
                        };
                        if matches {
                            found = Some(i);
                            break;
                        }
                    }
                    match found {
                        Some(i) => {
                            if let Some(span) = e.loc.take() {
                                e.exc.traceback.borrow_mut().push(TbEntry {
                                    code: f.code.clone(),
                                    span,
                                    func: f.name.clone(),
                                });
                            }
                            let exc = e.exc.clone();
                            if let Some(n) = handlers[i].name {
                                self.store_pub(f, n, Value::Exception(exc.clone()));
                            }
                            self.push_handling(exc.clone());
                            stack[top].sub = Sub::Handler(i);
                            stack[top].idx = 0;
                            stack[top].kind = Kind::Handler(exc);
                            return Ok(None);
                        }
                        None if !finalbody.is_empty() => {
                            stack[top].sub = Sub::Final;
                            stack[top].idx = 0;
                            stack[top].kind = Kind::Finally(Some(Pending::Raise(e)));
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
                        if let Pending::Raise(new) = &pending {
                            if !Rc::ptr_eq(&new.exc, &exc) && new.exc.context.borrow().is_none() {
                                *new.exc.context.borrow_mut() = Some(exc);
                            }
                        }
                    }
                    let has_final = matches!(
                        owner.map(|s| &s.kind),
                        Some(StmtKind::Try { finalbody, .. }) if !finalbody.is_empty()
                    );
                    if has_final {
                        stack[top].sub = Sub::Final;
                        stack[top].idx = 0;
                        stack[top].kind = Kind::Finally(Some(pending));
                        return Ok(None);
                    }
                    stack.pop();
                }
                (Kind::With(ctx), _) => {
                    let ctx = ctx.clone();
                    stack.pop();
                    let args = match &pending {
                        Pending::Raise(e) => vec![
                            Value::Type(TypeId::Exception(e.exc.typ)),
                            Value::Exception(e.exc.clone()),
                            Value::None,
                        ],
                        _ => vec![Value::None, Value::None, Value::None],
                    };
                    let r = self.call_method(&ctx, "__exit__", Args::new(args))?;
                    if matches!(pending, Pending::Raise(_)) && self.truthy(&r)? {
                        return Ok(None);
                    }
                }
                _ => {
                    stack.pop();
                }
            }
        }
        match pending {
            Pending::Raise(e) => Err(e),
            Pending::Return(v) => Ok(Some(Step::Return(v))),
            _ => Ok(Some(Step::Return(Value::None))),
        }
    }

    /// `gen.send(v)`.
    pub fn gen_send(&mut self, it: &Value, v: Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(i) => match crate::objects::iter::generator_of(i) {
                Some(g) => self.resume(&g, v),
                None => self.next(it),
            },
            _ => self.next(it),
        }
    }

    /// Creates the generator object for a call of a generator function.
    pub(crate) fn make_generator(
        &mut self,
        fun: &Rc<PyFunction>,
        slots: Vec<Option<Value>>,
    ) -> Value {
        crate::objects::iter::new_value(crate::objects::iter::PyIter::Generator(Rc::new(
            std::cell::RefCell::new(Generator::new(fun.clone(), slots)),
        )))
    }
}
