//! The `warnings` module: `warn`, `warn_explicit`, the filters
//! (`filterwarnings`, `simplefilter`, `resetwarnings`, `filters`),
//! `catch_warnings`, `showwarning`, `formatwarning` and `WarningMessage`,
//! with CPython's default filters and its once-per-location registries
//! (`__warningregistry__` in the warning's module).
//!
//! Most of it is Python (`py/warnings.py`). `warn` and `warn_explicit`
//! are native, as CPython's `_warnings` has them: `warn` finds the frame
//! `stacklevel` calls out (see `crate::stack`) for the file, line, module
//! and registry, and an "error" filter's exception is raised from the
//! native call, so a traceback ends at the user's `warn(...)` line rather
//! than inside the module. The interpreter's own warnings (`Vm::warn`)
//! take the same path.
//!
//! Not supported: `source` is kept but never printed (CPython prints the
//! allocation traceback with tracemalloc), and a filter's message and
//! module patterns understand the regular expressions `_Pattern` in the
//! Python part names, not the whole `re` syntax.

use crate::exceptions::{self, ExcType, PyResult};
use crate::interp::{Globals, Vm};
use crate::objects::function::{builtin, Args};
use crate::objects::module::PyModule;
use crate::value::{TypeId, Value};
use std::rc::Rc;

const SOURCE: &str = include_str!("py/warnings.py");

pub fn module(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    super::python_module(
        vm,
        "warnings",
        SOURCE,
        vec![
            ("warn", builtin("warn", Some("_warnings"), warn)),
            (
                "warn_explicit",
                builtin("warn_explicit", Some("_warnings"), warn_explicit),
            ),
        ],
    )
}

/// `warn(message, category=None, stacklevel=1, source=None)`.
fn warn(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = super::clinic_args(
        args,
        "warn",
        0,
        &["message", "category", "stacklevel", "source"],
        1,
    )?;
    let message = a[0].clone().unwrap_or(Value::None);
    let category = a[1].clone().unwrap_or(Value::None);
    let stacklevel = match &a[2] {
        Some(v) => crate::ops::index_i64(v)?,
        None => 1,
    };
    let source = a[3].clone().unwrap_or(Value::None);
    vm.warn_value(message, category, stacklevel, source)?;
    Ok(Value::None)
}

/// `warn_explicit(message, category, filename, lineno, module=None,
/// registry=None, module_globals=None, source=None)`.
fn warn_explicit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = super::clinic_args(
        args,
        "warn_explicit",
        0,
        &[
            "message",
            "category",
            "filename",
            "lineno",
            "module",
            "registry",
            "module_globals",
            "source",
        ],
        4,
    )?;
    let get = |i: usize| a[i].clone().unwrap_or(Value::None);
    if !matches!(get(2), Value::Str(_)) {
        return Err(exceptions::type_error(format!(
            "warn_explicit() argument 3 must be str, not {}",
            get(2).type_name()
        )));
    }
    if !matches!(get(5), Value::None | Value::Dict(_)) {
        return Err(exceptions::type_error("'registry' must be a dict or None"));
    }
    let parts = [get(0), get(1), get(2), get(3), get(4), get(5), get(7)];
    explicit(vm, parts)
}

/// Runs the Python part's filter logic over the seven values of
/// `_warn_explicit_impl`, raising the exception it returns.
fn explicit(vm: &mut Vm, parts: [Value; 7]) -> PyResult<Value> {
    let m = vm.import("warnings")?;
    let imp = vm.getattr(&m, "_warn_explicit_impl")?;
    match vm.call(&imp, Args::new(parts.into()))? {
        Value::None => Ok(Value::None),
        exc => Err(exceptions::err_from(vm.make_exception_pub(&exc)?)),
    }
}

/// The `__warningregistry__` dict of a module's namespace, made on first
/// use.
fn registry_of(globals: &Globals) -> Value {
    match globals.get("__warningregistry__") {
        Some(d @ Value::Dict(_)) => d,
        _ => {
            let d = Value::Dict(Rc::default());
            globals.set("__warningregistry__", d.clone());
            d
        }
    }
}

impl Vm {
    /// Issues a warning of built-in `category` from the interpreter itself,
    /// attributed to the innermost Python frame (CPython's
    /// `PyErr_WarnEx(category, message, 1)`).
    pub fn warn(&mut self, category: ExcType, message: &str) -> PyResult<()> {
        self.warn_value(
            Value::str(message),
            Value::Type(TypeId::Exception(category)),
            1,
            Value::None,
        )
    }

    /// `warnings.warn(message, category, stacklevel, source)`.
    pub fn warn_value(
        &mut self,
        message: Value,
        category: Value,
        stacklevel: i64,
        source: Value,
    ) -> PyResult<()> {
        let depth = usize::try_from(stacklevel.max(1) - 1).unwrap_or(usize::MAX);
        let (filename, lineno, module, registry) = match self.frame_at(depth) {
            Some(info) => {
                let globals = info.globals().global_namespace();
                let module = match globals.get("__name__") {
                    Some(v @ Value::Str(_)) => v,
                    _ => Value::str("<string>"),
                };
                let registry = registry_of(&globals);
                (
                    Value::Str(info.code().filename.clone()),
                    Value::from_usize(info.lineno()),
                    module,
                    registry,
                )
            }
            None => {
                let sys = self.import("sys")?;
                let registry = match &sys {
                    Value::Module(m) => registry_of(&m.ns),
                    _ => Value::None,
                };
                (
                    Value::str("sys"),
                    Value::Int(1),
                    Value::str("sys"),
                    registry,
                )
            }
        };
        explicit(
            self,
            [
                message, category, filename, lineno, module, registry, source,
            ],
        )
        .map(drop)
    }
}
