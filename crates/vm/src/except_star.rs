//! `try` statements with `except*` clauses (PEP 654), as CPython 3.11
//! runs them.
//!
//! The raised exception is handled here in this frame. Each clause's type
//! is evaluated and checked in order (even once nothing is left to
//! match); a clause whose type matches part of what is left runs with
//! that part bound (a lone exception is matched wrapped in
//! `ExceptionGroup('', (exc,))`), and the part no clause matched so far
//! goes on to the next. While a clause runs, its part is the exception
//! being handled, and it stays so for the clauses after it. Afterwards
//! what the clauses raised, what they re-raised with a bare `raise` and
//! what no clause matched are combined by CPython's rules (see
//! `exception_group::reraise`) into what leaves the statement, if
//! anything, raised again without a traceback entry for this frame;
//! `else` and `finally` run as for `except`.
//!
//! A re-raise is told from a new raise as CPython tells it: the handled
//! part itself, with the traceback, cause and context it was bound with
//! (`raise e` adds a traceback entry, so it is a new raise).
//!
//! The steps are methods over a [`Star`] state, so that the generator
//! executor, which suspends inside clauses, runs them the same way.

use crate::exceptions::{self, PyErr, PyException, PyResult, TbEntry};
use crate::interp::{is_limit, Flow, Frame, Vm};
use crate::objects::exception_group;
use crate::value::Value;
use pyview_syntax::ir::{ExceptHandler, Stmt};
use std::rc::Rc;

/// The traceback, cause and context a handled part was bound with.
#[derive(Debug)]
struct Metadata {
    frames: usize,
    cause: Option<*const PyException>,
    context: Option<*const PyException>,
}

impl Metadata {
    fn of(e: &PyException) -> Metadata {
        Metadata {
            frames: e.traceback.borrow().len(),
            cause: e.cause.borrow().as_ref().map(Rc::as_ptr),
            context: e.context.borrow().as_ref().map(Rc::as_ptr),
        }
    }

    fn same(&self, e: &PyException) -> bool {
        let now = Metadata::of(e);
        now.frames == self.frames && now.cause == self.cause && now.context == self.context
    }
}

/// Where the handling of one raised exception by `except*` clauses is.
#[derive(Debug)]
pub struct Star {
    orig: Rc<PyException>,
    /// What no clause has matched yet.
    left: Option<Rc<PyException>>,
    /// What the clauses raised so far, each marked when it is a re-raise.
    raised: Vec<(Rc<PyException>, bool)>,
    /// The exception being handled: the part the last clause that ran
    /// got, or the original one.
    pub current: Rc<PyException>,
    /// The next clause to try.
    next: usize,
    /// The part the running clause got, as it was bound.
    bound: Option<(Rc<PyException>, Metadata)>,
}

impl Vm {
    pub(crate) fn exec_try_star(
        &mut self,
        f: &mut Frame,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> PyResult<Flow> {
        let result = match self.exec_block(f, body) {
            // Host limits pass every handler and skip `finally`.
            Err(e) if is_limit(&e) => return Err(e),
            Err(e) => self.exec_star_handlers(f, e, handlers),
            Ok(Flow::Normal) => self.exec_block(f, orelse),
            other => other,
        };
        if matches!(&result, Err(e) if is_limit(e)) {
            return result;
        }
        self.exec_finally(f, result, finalbody)
    }

    fn exec_star_handlers(
        &mut self,
        f: &mut Frame,
        err: Box<PyErr>,
        handlers: &[ExceptHandler],
    ) -> PyResult<Flow> {
        let mut st = self.star_start(f, err);
        while let Some(i) = self.star_next(f, handlers, &mut st)? {
            let Some(h) = handlers.get(i) else { break };
            match self.exec_block(f, &h.body) {
                Ok(Flow::Normal) => self.star_clause_done(f, h, &mut st, None)?,
                // `break`, `continue` and `return` cannot leave an
                // `except*` block (the front end refuses them).
                Ok(flow) => {
                    self.star_abandon(f, h);
                    return Ok(flow);
                }
                Err(e) => self.star_clause_done(f, h, &mut st, Some(e))?,
            }
        }
        self.star_finish(st)
    }

    /// Begins handling `err`, raised in the `try` body: its entry for this
    /// frame is recorded, and it is the exception being handled.
    pub(crate) fn star_start(&mut self, f: &Frame, mut err: Box<PyErr>) -> Star {
        record_frame(f, &mut err);
        let orig = err.exc.clone();
        self.push_handling(orig.clone());
        Star {
            orig: orig.clone(),
            left: Some(orig.clone()),
            raised: Vec::new(),
            current: orig,
            next: 0,
            bound: None,
        }
    }

    /// Tries the clauses from the next one on: the index of the first
    /// that matches part of what is left (its name bound, its part now
    /// the exception being handled), or `None` when none is left. An
    /// error in a clause's type ends the handling: it replaces the
    /// exception, which becomes its context.
    pub(crate) fn star_next(
        &mut self,
        f: &mut Frame,
        handlers: &[ExceptHandler],
        st: &mut Star,
    ) -> PyResult<Option<usize>> {
        while let Some(h) = handlers.get(st.next) {
            let i = st.next;
            st.next += 1;
            let Some(k) = &h.kind else { continue };
            // An invalid clause type is reported at the whole handler (as
            // CPython's CHECK_EG_MATCH), an error evaluating it at the type.
            let matched = self.eval(f, k).and_then(|kind| {
                exception_group::check_except_star_type(self, &kind)
                    .and_then(|()| match &st.left {
                        Some(exc) => exception_group::match_clause(self, exc, &kind),
                        None => Ok(None),
                    })
                    .map_err(|mut e| {
                        e.loc.get_or_insert(h.span);
                        e
                    })
            });
            let (part, rest) = match matched {
                Ok(Some(m)) => m,
                Ok(None) => continue,
                Err(mut e) => {
                    e.loc.get_or_insert(k.span);
                    if !is_limit(&e) {
                        exceptions::set_context(&e.exc, &st.current);
                    }
                    self.pop_handling();
                    return Err(e);
                }
            };
            st.left = rest;
            st.current = part.clone();
            self.pop_handling();
            self.push_handling(part.clone());
            if let Some(n) = h.name {
                self.store_pub(f, n, Value::Exception(part.clone()))?;
            }
            let meta = Metadata::of(&part);
            st.bound = Some((part, meta));
            return Ok(Some(i));
        }
        Ok(None)
    }

    /// Clause `h` ended, raising `err` if it did: what it raised is kept
    /// (a host limit ends the handling).
    pub(crate) fn star_clause_done(
        &mut self,
        f: &mut Frame,
        h: &ExceptHandler,
        st: &mut Star,
        err: Option<Box<PyErr>>,
    ) -> PyResult<()> {
        if let Some(n) = h.name {
            self.unbind_handler_name(f, n)?;
        }
        let bound = st.bound.take();
        let Some(mut e) = err else { return Ok(()) };
        if is_limit(&e) {
            self.pop_handling();
            return Err(e);
        }
        // Raised while the clause's part was being handled: that part is
        // its context, as for `except`.
        if let Some((part, _)) = &bound {
            if !Rc::ptr_eq(&e.exc, part) && e.exc.context.borrow().is_none() {
                *e.exc.context.borrow_mut() = Some(part.clone());
            }
        }
        record_frame(f, &mut e);
        let again =
            bound.is_some_and(|(part, meta)| Rc::ptr_eq(&e.exc, &part) && meta.same(&e.exc));
        st.raised.push((e.exc, again));
        Ok(())
    }

    /// Clause `h` left with a flow that is not an exception: the handling
    /// is dropped.
    pub(crate) fn star_abandon(&mut self, f: &mut Frame, h: &ExceptHandler) {
        if let Some(n) = h.name {
            // The error leaving the handler is the one that propagates.
            let _ = self.unbind_pub(f, n);
        }
        self.pop_handling();
    }

    /// No clause is left: what leaves the statement, if anything.
    pub(crate) fn star_finish(&mut self, st: Star) -> PyResult<Flow> {
        self.pop_handling();
        let mut raised = st.raised;
        raised.extend(st.left.map(|rest| (rest, true)));
        match exception_group::reraise(self, &st.orig, raised)? {
            None => Ok(Flow::Normal),
            Some(exc) => Err(Box::new(PyErr {
                exc,
                loc: None,
                reraise: true,
            })),
        }
    }
}

/// Records `err`'s entry for this frame now: it stops here, to be raised
/// again (or not) as part of what the statement raises.
fn record_frame(f: &Frame, err: &mut PyErr) {
    if let Some(span) = err.loc.take() {
        err.exc.traceback.borrow_mut().push(TbEntry {
            code: f.code.clone(),
            span,
            func: f.name.clone(),
            globals: Some(f.globals.clone()),
        });
    }
}
