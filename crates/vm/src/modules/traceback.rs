//! The `traceback` module: `print_exc`, `format_exc`, `print_exception`,
//! `format_exception`, `format_exception_only`, `print_tb`, `format_tb`,
//! `extract_tb`, `format_list`, `print_list`, `print_last`,
//! `clear_frames`, and the `FrameSummary`, `StackSummary` and
//! `TracebackException` classes, in Python (`py/traceback.py`) over three
//! native helpers that reuse the interpreter's own report printer
//! (`crate::traceback`), so the text is the one an uncaught exception
//! prints, cut into the strings CPython's functions return.
//!
//! The running stack (`extract_stack`, `format_stack`, `print_stack`,
//! `walk_stack`) comes from `sys._getframe` (see `crate::stack`).
//!
//! A traceback's frames (`tb_frame`, `walk_tb`) have no local variables
//! (see `objects::frame`); no `capture_locals`. `FrameSummary.line` comes from `linecache`, which
//! knows only the files pyview has run.

use crate::exceptions::{type_error, PyException, PyResult};
use crate::interp::Vm;
use crate::objects::function::{builtin, Args};
use crate::objects::module::PyModule;
use crate::traceback::{frame_summary, PartsOptions, TracebackObject};
use crate::value::Value;
use std::rc::Rc;

const SOURCE: &str = include_str!("py/traceback.py");

pub fn module(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    super::python_module(
        vm,
        "traceback",
        SOURCE,
        vec![
            ("_format", builtin("_format", Some("traceback"), format)),
            ("_frames", builtin("_frames", Some("traceback"), frames)),
        ],
    )
}

fn exception_arg(v: Option<&Value>) -> PyResult<Rc<PyException>> {
    match v {
        Some(Value::Exception(e)) => Ok(e.clone()),
        _ => Err(type_error("an exception is required")),
    }
}

/// The frames of a traceback object (innermost first), `None` for none.
fn tb_frames(v: Option<&Value>) -> PyResult<Vec<crate::exceptions::TbEntry>> {
    match v {
        None | Some(Value::None) => Ok(Vec::new()),
        Some(Value::Native(o)) => match o.as_any().downcast_ref::<TracebackObject>() {
            Some(t) => Ok(t.frames()),
            None => Err(type_error("a traceback is required")),
        },
        Some(other) => Err(type_error(format!(
            "'{}' object is not a traceback",
            other.type_name()
        ))),
    }
}

fn limit_arg(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) => Ok(Some(*n)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(other) => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// `_format(exc, tb, limit, chain, only)`: the strings of the report.
fn format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let exc = exception_arg(args.pos.first())?;
    let flag = |vm: &mut Vm, i: usize| match args.pos.get(i) {
        Some(v) => vm.truthy(v),
        None => Ok(false),
    };
    let only = flag(vm, 4)?;
    let chain = flag(vm, 3)?;
    let opts = PartsOptions {
        tb: if only {
            None
        } else {
            Some(tb_frames(args.pos.get(1))?)
        },
        limit: limit_arg(args.pos.get(2))?,
        chain,
        only,
    };
    let parts = vm.format_exception_parts(&exc, opts);
    Ok(Value::new_list(
        parts.iter().map(|s| Value::str(s)).collect(),
    ))
}

/// `_frames(tb, limit)`: `(filename, lineno, name, line, text)` for each
/// frame, outermost first.
fn frames(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let mut entries = tb_frames(args.pos.first())?;
    entries.reverse();
    match limit_arg(args.pos.get(1))? {
        None => {}
        Some(n) if n >= 0 => entries.truncate(usize::try_from(n).unwrap_or(usize::MAX)),
        Some(n) => {
            let keep = usize::try_from(n.unsigned_abs()).unwrap_or(usize::MAX);
            let skip = entries.len().saturating_sub(keep);
            entries.drain(..skip);
        }
    }
    let items = entries
        .iter()
        .map(|e| {
            let (file, lineno, name, line, text) = frame_summary(e);
            // The positions a FrameSummary carries: the end line and the
            // UTF-8 byte columns, as CPython's co_positions gives them.
            let lines = &e.code.lines;
            let end_line = lines.line(e.span.end);
            let col = |line: usize, at: u32| {
                Value::from_usize(at.saturating_sub(lines.line_start(line)) as usize)
            };
            Value::new_tuple(vec![
                Value::Str(file),
                Value::from_usize(lineno),
                Value::Str(name),
                Value::str(&line),
                Value::str(&text),
                Value::from_usize(end_line),
                col(lineno, e.span.start),
                col(end_line, e.span.end),
            ])
        })
        .collect();
    Ok(Value::new_list(items))
}
