//! Coroutines, async generators and `await`.
//!
//! As in CPython, both are generators underneath: an `async def` body
//! runs on the generator executor (`generator.rs`), and `await x` is a
//! `yield from` over `x`'s awaitable iterator ([`Vm::awaitable_iter`]),
//! driven by whoever sends into the outermost coroutine (an event loop,
//! or a script's `coro.send(None)`). The generator's function says which
//! kind it is (`FunctionDef::is_coroutine` / `is_async_gen`).
//!
//! An async generator's `yield v` sets `Vm::agen_yielded`, which tells
//! the awaitable that resumed it ([`AGenOp`], what `__anext__`, `asend`,
//! `athrow` and `aclose` return) that the value is the generator's item,
//! to be returned to the awaiter, rather than something an `await`
//! inside passes out to the event loop.
//!
//! `async with` and `async for` are rewritten by the front end into
//! `await`s over the steps of [`Intrinsic`].
//!
//! Not done: `cr_origin`, the "coroutine is being awaited already" check,
//! `sys.set_asyncgen_hooks` (async generators discarded while suspended
//! are not finalized).

use crate::exceptions::{self, type_error, ExcType, PyErr, PyException, PyResult};
use crate::generator::{Generator, Resume};
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::objects::iter::{self, PyIter};
use crate::value::{TypeId, Value};
use pyview_syntax::ir::Intrinsic;
use std::cell::RefCell;
use std::rc::Rc;

/// One pass of an async generator: the awaitable `__anext__()`,
/// `asend(v)`, `athrow(...)` or `aclose()` return.
#[derive(Debug)]
pub struct AGenOp {
    pub gen: Rc<RefCell<Generator>>,
    pub mode: AMode,
    pub state: AState,
}

#[derive(Debug)]
pub enum AMode {
    Send(Value),
    Throw(Rc<PyException>),
    Close,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AState {
    Init,
    Iter,
    Done,
}

impl AGenOp {
    pub fn type_name(&self) -> &'static str {
        match self.mode {
            AMode::Send(_) => "async_generator_asend",
            _ => "async_generator_athrow",
        }
    }
}

/// What one step of an awaitable did.
pub enum AStep {
    Yield(Value),
    Return(Value),
}

fn stop_iteration(v: Value) -> Box<PyErr> {
    exceptions::err_from(PyException::new(
        ExcType::StopIteration,
        if v.is_none() { vec![] } else { vec![v] },
    ))
}

fn stop_async() -> Box<PyErr> {
    exceptions::err_from(PyException::new(ExcType::StopAsyncIteration, vec![]))
}

/// The generator of a coroutine or async generator object.
fn async_gen_of(v: &Value) -> Option<(Rc<RefCell<Generator>>, bool)> {
    let Value::Iter(i) = v else {
        return None;
    };
    let g = iter::generator_of(i)?;
    let def = g.borrow().func.def.clone();
    (def.is_coroutine || def.is_async_gen).then_some((g, def.is_coroutine))
}

/// Whether `iter()` refuses this iterator object: coroutines and async
/// generators are generators underneath, but not iterable.
pub fn refuses_iter(it: &PyIter) -> bool {
    match it {
        PyIter::Generator(g) => g
            .try_borrow()
            .is_ok_and(|g| g.func.def.is_coroutine || g.func.def.is_async_gen),
        _ => false,
    }
}

/// Whether the iterator is one of the awaitables of this module (stepped
/// by [`Vm::await_step`]).
pub fn is_await_iter(it: &PyIter) -> bool {
    matches!(
        it,
        PyIter::CoroWrapper(_) | PyIter::AGenOp(_) | PyIter::ANext(..)
    )
}

/// Whether `await v` can take `v` (CPython's check for `am_await`).
fn can_await(v: &Value) -> bool {
    if let Some(c) = crate::dispatch::user_class(v) {
        return c.lookup("__await__").is_some();
    }
    match v {
        Value::Iter(i) => {
            let b = i.borrow();
            is_await_iter(&b)
                || matches!(&*b, PyIter::Generator(g)
                    if g.try_borrow().is_ok_and(|g| g.func.def.is_coroutine || g.func.def.iterable_coroutine.get()))
        }
        _ => false,
    }
}

impl Vm {
    /// The iterator `await v` delegates to: a coroutine itself, a
    /// generator marked by `types.coroutine`, or what `__await__` returns.
    pub(crate) fn awaitable_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Iter(i) = v {
            if can_await(v) {
                return Ok(Value::Iter(i.clone()));
            }
        }
        if crate::dispatch::user_class(v).is_some_and(|c| c.lookup("__await__").is_some()) {
            let it = self
                .call_special(v, "__await__", vec![])
                .unwrap_or(Ok(Value::None))?;
            if async_gen_of(&it).is_some_and(|(_, coro)| coro) {
                // The coroutine goes here, at the `await` ("never awaited").
                drop(it);
                self.finalize_discarded();
                return Err(type_error("__await__() returned a coroutine"));
            }
            let is_iter = match &it {
                Value::Iter(_) => true,
                _ => {
                    crate::dispatch::user_class(&it).is_some_and(|c| c.lookup("__next__").is_some())
                }
            };
            if !is_iter {
                return Err(type_error(format!(
                    "__await__() returned non-iterator of type '{}'",
                    it.type_name()
                )));
            }
            return Ok(it);
        }
        Err(type_error(format!(
            "object {} can't be used in 'await' expression",
            v.type_name()
        )))
    }

    /// Steps one of this module's awaitables (`None` for other iterators).
    pub(crate) fn await_step(
        &mut self,
        it: &Rc<RefCell<PyIter>>,
        how: Resume,
    ) -> Option<PyResult<AStep>> {
        let what = match &*it.borrow() {
            PyIter::CoroWrapper(g) => Some(Ok(g.clone())),
            PyIter::ANext(inner, default) => Some(Err((inner.clone(), default.clone()))),
            PyIter::AGenOp(_) => None,
            _ => return None,
        };
        let Some(what) = what else {
            return Some(self.agen_step(it, how));
        };
        Some(match what {
            Ok(g) => self.coro_step(&g, how),
            Err((inner, default)) => match self.delegate_pub(&inner, how) {
                Ok(Ok(v)) => Ok(AStep::Yield(v)),
                Ok(Err(v)) => Ok(AStep::Return(v)),
                Err(e) if e.exc.typ == ExcType::StopAsyncIteration => Ok(AStep::Return(default)),
                Err(e) => Err(e),
            },
        })
    }

    /// Resumes a coroutine for its `__await__` iterator.
    fn coro_step(&mut self, g: &Rc<RefCell<Generator>>, how: Resume) -> PyResult<AStep> {
        if let Resume::Throw(e) = &how {
            if e.exc.typ == ExcType::GeneratorExit {
                self.gen_close(g)?;
            }
        }
        Ok(match self.resume(g, how)? {
            Some(v) => AStep::Yield(v),
            None => AStep::Return(g.borrow().return_value.clone()),
        })
    }

    /// One step of `__anext__`/`asend`/`athrow`/`aclose`'s awaitable.
    fn agen_step(&mut self, it: &Rc<RefCell<PyIter>>, how: Resume) -> PyResult<AStep> {
        let (gen, state, first, close, is_send) = {
            let b = it.borrow();
            let PyIter::AGenOp(op) = &*b else {
                return Err(stop_async());
            };
            let first = match &op.mode {
                AMode::Send(v) => Resume::Send(v.clone()),
                AMode::Throw(e) => Resume::Throw(exceptions::err_from(e.clone())),
                AMode::Close => Resume::Throw(exceptions::err_from(PyException::new(
                    ExcType::GeneratorExit,
                    vec![],
                ))),
            };
            (
                op.gen.clone(),
                op.state,
                first,
                matches!(op.mode, AMode::Close),
                matches!(op.mode, AMode::Send(_)),
            )
        };
        let set_state = |s: AState| {
            if let PyIter::AGenOp(op) = &mut *it.borrow_mut() {
                op.state = s;
            }
        };
        if state == AState::Done {
            return Err(exceptions::runtime_error(if is_send {
                "cannot reuse already awaited __anext__()/asend()"
            } else {
                "cannot reuse already awaited aclose()/athrow()"
            }));
        }
        let how = match (state, how) {
            (AState::Init, Resume::Send(v)) if v.is_none() => first,
            (AState::Init, Resume::Send(_)) if !is_send => {
                return Err(exceptions::runtime_error(
                    "can't send non-None value to a just-started coroutine",
                ))
            }
            (_, how) => how,
        };
        if state == AState::Init && !is_send {
            let g = gen.borrow();
            if g.finished || (close && !g.started) {
                drop(g);
                if close {
                    gen.borrow_mut().finished = true;
                    set_state(AState::Done);
                    return Ok(AStep::Return(Value::None));
                }
            }
        }
        set_state(AState::Iter);
        self.agen_yielded = false;
        let r = self.resume(&gen, how);
        let item = std::mem::take(&mut self.agen_yielded);
        match r {
            Ok(Some(v)) if item => {
                set_state(AState::Done);
                if close {
                    return Err(exceptions::runtime_error(
                        "async generator ignored GeneratorExit",
                    ));
                }
                Ok(AStep::Return(v))
            }
            Ok(Some(v)) => Ok(AStep::Yield(v)),
            Ok(None) => {
                set_state(AState::Done);
                if close {
                    return Ok(AStep::Return(Value::None));
                }
                Err(stop_async())
            }
            Err(e) => {
                set_state(AState::Done);
                if close
                    && matches!(
                        e.exc.typ,
                        ExcType::GeneratorExit | ExcType::StopAsyncIteration
                    )
                {
                    return Ok(AStep::Return(Value::None));
                }
                Err(e)
            }
        }
    }

    /// `x.send(v)`, `next(x)`, `x.throw(...)` of an awaitable iterator,
    /// whose return value is a StopIteration's.
    fn await_call(&mut self, it: &Rc<RefCell<PyIter>>, how: Resume) -> PyResult<Value> {
        match self.await_step(it, how) {
            Some(Ok(AStep::Yield(v))) => Ok(v),
            Some(Ok(AStep::Return(v))) => Err(stop_iteration(v)),
            Some(Err(e)) => Err(e),
            None => Err(stop_iteration(Value::None)),
        }
    }

    /// `next()` of one of this module's awaitables.
    pub(crate) fn await_next(
        &mut self,
        it: &Rc<RefCell<PyIter>>,
    ) -> Option<PyResult<Option<Value>>> {
        Some(match self.await_step(it, Resume::Send(Value::None))? {
            Ok(AStep::Yield(v)) => Ok(Some(v)),
            Ok(AStep::Return(v)) if v.is_none() => Ok(None),
            Ok(AStep::Return(v)) => Err(stop_iteration(v)),
            Err(e) => Err(e),
        })
    }

    /// The exception `throw(...)` arguments describe.
    fn thrown(&mut self, what: &str, args: &Args) -> PyResult<Box<PyErr>> {
        if !args.kw.is_empty() {
            return Err(type_error(format!("{what}() takes no keyword arguments")));
        }
        let (typ, val) = match &args.pos[..] {
            [t] => (t.clone(), None),
            [t, v] | [t, v, _] => (t.clone(), Some(v.clone()).filter(|v| !v.is_none())),
            [] => return Err(type_error("throw expected at least 1 argument, got 0")),
            _ => {
                return Err(type_error(format!(
                    "throw expected at most 3 arguments, got {}",
                    args.pos.len()
                )))
            }
        };
        let exc = match (&typ, val) {
            (Value::Exception(e), None) => e.clone(),
            (Value::Exception(_), Some(_)) => {
                return Err(type_error(
                    "instance exception may not have a separate value",
                ))
            }
            (Value::Type(TypeId::Exception(_)), v) => {
                let v = self.call(&typ, Args::new(v.into_iter().collect()))?;
                self.make_exception_pub(&v)?
            }
            (Value::Class(c), v) if c.exception_base().is_some() => {
                let v = self.call(&typ, Args::new(v.into_iter().collect()))?;
                self.make_exception_pub(&v)?
            }
            (other, _) => {
                return Err(type_error(format!(
                    "exceptions must be classes or instances deriving from BaseException, not {}",
                    other.type_name()
                )))
            }
        };
        Ok(exceptions::err_from(exc))
    }

    /// The methods of coroutines, async generators and their awaitables.
    /// `None` when `it` is none of them (or lacks the method).
    pub(crate) fn async_method(
        &mut self,
        obj: &Value,
        it: &Rc<RefCell<PyIter>>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        if is_await_iter(&it.borrow()) {
            return Some(match name {
                "__await__" | "__iter__" => Ok(obj.clone()),
                "__next__" => self.await_call(it, Resume::Send(Value::None)),
                "send" => match &args.pos[..] {
                    [v] => self.await_call(it, Resume::Send(v.clone())),
                    _ => Err(type_error(format!(
                        "send() takes exactly one argument ({} given)",
                        args.pos.len()
                    ))),
                },
                "throw" => match self.thrown("throw", args) {
                    Ok(e) => self.await_call(it, Resume::Throw(e)),
                    Err(e) => Err(e),
                },
                "close" => {
                    let g = match &*it.borrow() {
                        PyIter::CoroWrapper(g) => Some(g.clone()),
                        _ => None,
                    };
                    if let PyIter::AGenOp(op) = &mut *it.borrow_mut() {
                        op.state = AState::Done;
                    }
                    match g {
                        Some(g) => self.gen_close(&g),
                        None => Ok(Value::None),
                    }
                }
                _ => return None,
            });
        }
        let (gen, coro) = async_gen_of(obj)?;
        if coro {
            return Some(match name {
                "__await__" => Ok(iter::new_value(PyIter::CoroWrapper(gen))),
                "send" | "throw" | "close" => return None,
                _ => return Some(Err(no_attr(obj, name))),
            });
        }
        let op = |mode| {
            Ok(iter::new_value(PyIter::AGenOp(Box::new(AGenOp {
                gen: gen.clone(),
                mode,
                state: AState::Init,
            }))))
        };
        Some(match name {
            "__aiter__" => Ok(obj.clone()),
            "__anext__" => op(AMode::Send(Value::None)),
            "asend" => match &args.pos[..] {
                [v] => op(AMode::Send(v.clone())),
                _ => Err(type_error(format!(
                    "async_generator.asend() takes exactly one argument ({} given)",
                    args.pos.len()
                ))),
            },
            "athrow" => match self.thrown("athrow", args) {
                Ok(e) => op(AMode::Throw(e.exc.clone())),
                Err(e) => Err(e),
            },
            "aclose" => op(AMode::Close),
            _ => Err(no_attr(obj, name)),
        })
    }

    /// The value of a step of `async with` / `async for`.
    pub(crate) fn intrinsic(&mut self, op: Intrinsic, args: Vec<Value>) -> PyResult<Value> {
        let arg = args.first().cloned().unwrap_or(Value::None);
        match op {
            Intrinsic::StopAsync => Ok(Value::Type(TypeId::Exception(ExcType::StopAsyncIteration))),
            Intrinsic::AIter => {
                let ai = if async_gen_of(&arg).is_some_and(|(_, coro)| !coro) {
                    arg.clone()
                } else if crate::dispatch::user_class(&arg)
                    .is_some_and(|c| c.lookup("__aiter__").is_some())
                {
                    self.call_special(&arg, "__aiter__", vec![])
                        .unwrap_or(Ok(Value::None))?
                } else {
                    return Err(type_error(format!(
                        "'async for' requires an object with __aiter__ method, got {}",
                        arg.type_name()
                    )));
                };
                if !has_anext(&ai) {
                    return Err(type_error(format!(
                        "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                        ai.type_name()
                    )));
                }
                Ok(ai)
            }
            Intrinsic::ANext => {
                let aw = self.anext_of(&arg)?;
                if !can_await(&aw) {
                    return Err(type_error(format!(
                        "'async for' received an invalid object from __anext__: {}",
                        aw.type_name()
                    )));
                }
                Ok(aw)
            }
            Intrinsic::AEnter => {
                let class = crate::dispatch::user_class(&arg);
                let has = |n: &str| class.as_ref().is_some_and(|c| c.lookup(n).is_some());
                if !has("__aenter__") {
                    return Err(type_error(format!(
                        "'{}' object does not support the asynchronous context manager protocol",
                        arg.type_name()
                    )));
                }
                if !has("__aexit__") {
                    return Err(type_error(format!(
                        "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                        arg.type_name()
                    )));
                }
                let aw = self
                    .call_special(&arg, "__aenter__", vec![])
                    .unwrap_or(Ok(Value::None))?;
                if !can_await(&aw) {
                    return Err(type_error(format!(
                        "'async with' received an object from __aenter__ that does not implement __await__: {}",
                        aw.type_name()
                    )));
                }
                Ok(aw)
            }
            Intrinsic::AExit => {
                let exc = match args.get(1) {
                    Some(Value::Bool(true)) => self.handled_exception(),
                    _ => None,
                };
                let exit_args = match exc {
                    Some(e) => {
                        let v = Value::Exception(e.clone());
                        vec![
                            self.type_of(&v),
                            v,
                            crate::traceback::TracebackObject::of(&e),
                        ]
                    }
                    None => vec![Value::None, Value::None, Value::None],
                };
                let aw = self
                    .call_special(&arg, "__aexit__", exit_args)
                    .unwrap_or(Ok(Value::None))?;
                if !can_await(&aw) {
                    return Err(type_error(format!(
                        "'async with' received an object from __aexit__ that does not implement __await__: {}",
                        aw.type_name()
                    )));
                }
                Ok(aw)
            }
        }
    }

    /// `type(ai).__anext__(ai)`.
    fn anext_of(&mut self, ai: &Value) -> PyResult<Value> {
        if let Some((gen, false)) = async_gen_of(ai) {
            return Ok(iter::new_value(PyIter::AGenOp(Box::new(AGenOp {
                gen,
                mode: AMode::Send(Value::None),
                state: AState::Init,
            }))));
        }
        match self.call_special(ai, "__anext__", vec![]) {
            Some(r) => r,
            None => Err(type_error(format!(
                "'{}' object is not an async iterator",
                ai.type_name()
            ))),
        }
    }

    /// The "coroutine ... was never awaited" warning for a coroutine
    /// discarded before it started.
    pub(crate) fn warn_never_awaited(&mut self, gen: &Rc<RefCell<Generator>>) {
        gen.borrow_mut().finished = true;
        let msg = format!("coroutine '{}' was never awaited", gen.borrow().qualname());
        let source = iter::new_value(PyIter::Generator(gen.clone()));
        let r = self.warn_value(
            Value::str(&msg),
            Value::Type(TypeId::Exception(ExcType::RuntimeWarning)),
            1,
            source,
        );
        if let Err(e) = r {
            if !crate::interp::is_limit(&e) {
                self.report_unraisable("Exception ignored in: <coroutine>", &e);
            }
        }
    }
}

fn has_anext(v: &Value) -> bool {
    if let Some(c) = crate::dispatch::user_class(v) {
        return c.lookup("__anext__").is_some();
    }
    async_gen_of(v).is_some_and(|(_, coro)| !coro)
}

fn no_attr(obj: &Value, name: &str) -> Box<PyErr> {
    exceptions::new_err(
        ExcType::AttributeError,
        format!("'{}' object has no attribute '{name}'", obj.type_name()),
    )
}

/// The attributes of coroutines and async generators (`cr_running`...).
pub fn getattr(g: &Generator, name: &str) -> Option<Option<Value>> {
    let def = &g.func.def;
    let prefix = if def.is_coroutine {
        "cr_"
    } else if def.is_async_gen {
        "ag_"
    } else {
        return None;
    };
    let Some(attr) = name.strip_prefix(prefix) else {
        return Some(match name {
            "__name__" => Some(Value::Str(g.name())),
            "__qualname__" => Some(Value::Str(g.qualname())),
            _ => None,
        });
    };
    Some(match attr {
        "running" => Some(Value::Bool(g.running)),
        "suspended" if def.is_coroutine => {
            Some(Value::Bool(g.started && !g.finished && !g.running))
        }
        "await" => Some(g.yield_from().unwrap_or(Value::None)),
        "frame" => Some(g.frame_object()),
        "code" => Some(g.code_object()),
        _ => None,
    })
}

/// `aiter(x)`.
pub fn b_aiter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("aiter", "aiter", 1, 1)?;
    let v = &args.pos[0];
    let ai = if async_gen_of(v).is_some_and(|(_, coro)| !coro) {
        v.clone()
    } else {
        match vm.call_special(v, "__aiter__", vec![]) {
            Some(r) => r?,
            None => {
                return Err(type_error(format!(
                    "'{}' object is not an async iterable",
                    v.type_name()
                )))
            }
        }
    };
    if !has_anext(&ai) {
        return Err(type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            ai.type_name()
        )));
    }
    Ok(ai)
}

/// `anext(ai[, default])`.
pub fn b_anext(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("anext", "anext", 1, 2)?;
    let ai = &args.pos[0];
    if !has_anext(ai) {
        return Err(type_error(format!(
            "'{}' object is not an async iterator",
            ai.type_name()
        )));
    }
    let aw = vm.anext_of(ai)?;
    match args.pos.get(1) {
        None => Ok(aw),
        Some(d) => {
            let it = vm.awaitable_iter(&aw)?;
            Ok(iter::new_value(PyIter::ANext(it, d.clone())))
        }
    }
}

/// The methods of coroutines, async generators and their awaitables.
pub fn method_names(it: &PyIter) -> Option<&'static [&'static str]> {
    if is_await_iter(it) {
        return Some(&[
            "__await__",
            "__iter__",
            "__next__",
            "send",
            "throw",
            "close",
        ]);
    }
    let PyIter::Generator(g) = it else {
        return None;
    };
    let g = g.try_borrow().ok()?;
    if g.func.def.is_coroutine {
        Some(&["__await__", "send", "throw", "close"])
    } else if g.func.def.is_async_gen {
        Some(&["__aiter__", "__anext__", "asend", "athrow", "aclose"])
    } else {
        None
    }
}

/// `types.coroutine(func)`: a generator function's generators become
/// awaitable; other callables are returned as they are.
pub fn types_coroutine(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("coroutine", "coroutine", 1, 1)?;
    let f = &args.pos[0];
    match f {
        Value::Function(fun)
            if fun.def.is_generator && !fun.def.is_coroutine && !fun.def.is_async_gen =>
        {
            fun.def.iterable_coroutine.set(true);
        }
        Value::Function(_) => {}
        _ if crate::builtins::is_callable(f) => {}
        _ => return Err(type_error("types.coroutine() expects a callable")),
    }
    Ok(f.clone())
}
