//! The `atexit` module: functions to call when the interpreter finishes.
//!
//! `register(func, *args, **kwargs)` queues a call; at exit (after the
//! script's own traceback, if any, and before `__main__` is cleared) the
//! calls run last registered first, as CPython's `Py_FinalizeEx` runs them.
//! An exception from one, `SystemExit` included, is reported as
//! "Exception ignored in atexit callback: ..." and the rest still run; the
//! exit code does not change. `unregister(func)` drops every call of a
//! function equal to `func`; `_run_exitfuncs`, `_clear` and `_ncallbacks`
//! are the module's private helpers. The queue lives in the `Vm`
//! (`Vm::atexit`), so the host's `Interpreter::finalize` runs it too.
//!
//! Not replicated: `_ncallbacks()` counts the calls queued by the script
//! only (CPython's also counts one its `site` module registers, and slots
//! left by `unregister`).

use crate::exceptions::{arg_count, type_error, PyResult};
use crate::interp::Vm;
use crate::objects::function::{builtin, Args};
use crate::objects::module::PyModule;
use crate::value::Value;
use std::rc::Rc;

/// One queued call: the function, its positional and keyword arguments.
pub(crate) struct ExitCall {
    func: Value,
    args: Vec<Value>,
    kwargs: Vec<(Rc<str>, Value)>,
}

pub fn module() -> Rc<PyModule> {
    PyModule::new(
        "atexit",
        vec![
            ("register", builtin("register", Some("atexit"), register)),
            (
                "unregister",
                builtin("unregister", Some("atexit"), unregister),
            ),
            (
                "_run_exitfuncs",
                builtin("_run_exitfuncs", Some("atexit"), run_exitfuncs),
            ),
            ("_clear", builtin("_clear", Some("atexit"), clear)),
            (
                "_ncallbacks",
                builtin("_ncallbacks", Some("atexit"), ncallbacks),
            ),
        ],
    )
}

fn register(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some((func, rest)) = args.pos.split_first() else {
        return Err(arg_count("register()", "at least 1 argument", 0));
    };
    if !crate::builtins::is_callable(func) {
        return Err(type_error("the first argument must be callable"));
    }
    vm.atexit.push(ExitCall {
        func: func.clone(),
        args: rest.to_vec(),
        kwargs: args.kw.clone(),
    });
    Ok(func.clone())
}

fn unregister(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let func = args.check_one("atexit.unregister")?;
    // Compared with `==` as CPython does, which may run Python code: take
    // the queue out while comparing so that code cannot change it under us.
    let queued = std::mem::take(&mut vm.atexit);
    let mut kept = Vec::with_capacity(queued.len());
    let mut failure = None;
    for call in queued {
        if failure.is_none() {
            match crate::ops::eq(vm, &call.func, func) {
                Ok(true) => continue,
                Ok(false) => {}
                Err(e) => failure = Some(e),
            }
        }
        kept.push(call);
    }
    kept.append(&mut vm.atexit);
    vm.atexit = kept;
    match failure {
        Some(e) => Err(e),
        None => Ok(Value::None),
    }
}

fn run_exitfuncs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_none("atexit._run_exitfuncs")?;
    vm.run_atexit();
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_none("atexit._clear")?;
    vm.atexit.clear();
    Ok(Value::None)
}

fn ncallbacks(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_none("atexit._ncallbacks")?;
    Ok(Value::Int(vm.atexit.len() as i64))
}

impl Vm {
    /// Runs the queued exit calls, last registered first, each once.
    pub(crate) fn run_atexit(&mut self) {
        while let Some(call) = self.atexit.pop() {
            let args = Args {
                pos: call.args,
                kw: call.kwargs,
            };
            let Err(e) = self.call(&call.func, args) else {
                continue;
            };
            if crate::interp::is_limit(&e) {
                return;
            }
            let what = self.repr_of(&call.func).unwrap_or_default();
            self.report_unraisable(&format!("Exception ignored in atexit callback: {what}"), &e);
        }
    }
}
