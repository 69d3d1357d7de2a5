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
//! anything; `else` and `finally` run as for `except`.
//!
//! A re-raise is told from a new raise as CPython tells it: the handled
//! part itself, with the traceback, cause and context it was bound with
//! (`raise e` adds a traceback entry, so it is a new raise).

use crate::exceptions::{self, PyErr, PyException, PyResult, TbEntry};
use crate::interp::{is_limit, Flow, Frame, Vm};
use crate::objects::exception_group;
use crate::value::Value;
use pyview_syntax::ir::{ExceptHandler, Stmt};
use std::rc::Rc;

/// The traceback, cause and context a handled part was bound with.
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

    /// The `except*` clauses run on `err`, the exception the body raised:
    /// what is left to raise, if anything.
    fn exec_star_handlers(
        &mut self,
        f: &mut Frame,
        mut err: Box<PyErr>,
        handlers: &[ExceptHandler],
    ) -> PyResult<Flow> {
        record_frame(f, &mut err);
        let orig = err.exc.clone();
        self.push_handling(orig.clone());
        let outcome = self.run_clauses(f, &orig, handlers);
        self.pop_handling();
        let raised = match outcome {
            Ok(Ok(raised)) => raised,
            Ok(Err(flow)) => return Ok(flow),
            Err(e) => return Err(e),
        };
        match exception_group::reraise(self, &orig, raised)? {
            None => Ok(Flow::Normal),
            Some(exc) => Err(Box::new(PyErr {
                exc,
                loc: None,
                reraise: true,
            })),
        }
    }

    /// Runs the clauses: what they raised (each marked true when it is a
    /// re-raise) and last what none matched; or the flow a clause left
    /// with, or an error that replaces everything (a bad clause type).
    #[allow(clippy::type_complexity)]
    fn run_clauses(
        &mut self,
        f: &mut Frame,
        orig: &Rc<PyException>,
        handlers: &[ExceptHandler],
    ) -> PyResult<Result<Vec<(Rc<PyException>, bool)>, Flow>> {
        let mut left = Some(orig.clone());
        let mut raised = Vec::new();
        // The exception being handled: an error in a clause's type has
        // it as its context.
        let mut current = orig.clone();
        for h in handlers {
            let Some(k) = &h.kind else { continue };
            let at = |mut e: Box<PyErr>| {
                e.loc.get_or_insert(k.span);
                if !is_limit(&e) {
                    exceptions::set_context(&e.exc, &current);
                }
                e
            };
            let matched = self.eval(f, k).and_then(|kind| {
                exception_group::check_except_star_type(self, &kind)?;
                match &left {
                    Some(exc) => exception_group::match_clause(self, exc, &kind),
                    None => Ok(None),
                }
            });
            let Some((part, rest)) = matched.map_err(at)? else {
                continue;
            };
            left = rest;
            current = part.clone();
            // The part is the exception being handled from here on.
            self.pop_handling();
            self.push_handling(part.clone());
            if let Some(n) = h.name {
                self.store_pub(f, n, Value::Exception(part.clone()));
            }
            let bound = Metadata::of(&part);
            let r = self.exec_block(f, &h.body);
            if let Some(n) = h.name {
                self.unbind_pub(f, n);
            }
            match r {
                Ok(Flow::Normal) => {}
                // `break`, `continue` and `return` cannot leave an
                // `except*` block (the front end refuses them).
                Ok(flow) => return Ok(Err(flow)),
                Err(e) if is_limit(&e) => return Err(e),
                Err(mut e) => {
                    record_frame(f, &mut e);
                    let again = Rc::ptr_eq(&e.exc, &part) && bound.same(&e.exc);
                    raised.push((e.exc, again));
                }
            }
        }
        raised.extend(left.map(|rest| (rest, true)));
        Ok(Ok(raised))
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
        });
    }
}
