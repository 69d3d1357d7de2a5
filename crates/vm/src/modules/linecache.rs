//! The `linecache` module: `getline`, `getlines`, `clearcache`,
//! `checkcache`, `updatecache` and `lazycache`, over the sources the
//! interpreter has run (scripts, imported modules, `exec` strings with a
//! file name), which it keeps by file name (`Vm::remember_source`).
//!
//! Not supported: reading a file the interpreter has not run (CPython
//! reads it from disk; a sandboxed host may allow no file access), and
//! the `cache` dict's entries (it stays empty).

use crate::exceptions::PyResult;
use crate::interp::{CodeUnit, Vm};
use crate::objects::function::{builtin, Args};
use crate::objects::module::PyModule;
use crate::value::Value;
use std::rc::Rc;

pub fn module() -> Rc<PyModule> {
    let fns: &[(&str, fn(&mut Vm, &Args) -> PyResult<Value>)] = &[
        ("getline", getline),
        ("getlines", getlines),
        ("updatecache", getlines),
        ("clearcache", nothing),
        ("checkcache", nothing),
        ("lazycache", lazycache),
    ];
    let mut attrs: Vec<(&str, Value)> = fns
        .iter()
        .map(|(name, f)| (*name, builtin(name, Some("linecache"), *f)))
        .collect();
    attrs.push(("cache", Value::Dict(Rc::default())));
    PyModule::new("linecache", attrs)
}

impl Vm {
    /// Keeps `code` as the source of its file for `linecache` and the
    /// source lines of warnings (see `CodeUnit::shows_lines`).
    pub(crate) fn remember_source(&mut self, code: &Rc<CodeUnit>) {
        if code.shows_lines {
            self.sources.insert(code.filename.clone(), code.clone());
        }
    }

    /// Line `lineno` (1-based, with its newline) of a source the
    /// interpreter has run.
    pub fn source_line(&self, filename: &str, lineno: i64) -> Option<String> {
        let lines = self.source_lines(filename)?;
        let i = usize::try_from(lineno).ok()?.checked_sub(1)?;
        lines.into_iter().nth(i)
    }

    fn source_lines(&self, filename: &str) -> Option<Vec<String>> {
        let code = self.sources.get(filename)?;
        let mut lines: Vec<String> = code
            .source
            .split_inclusive('\n')
            .map(String::from)
            .collect();
        if let Some(last) = lines.last_mut() {
            if !last.ends_with('\n') {
                last.push('\n');
            }
        }
        Some(lines)
    }
}

fn filename_arg(args: &Args, fname: &str, max: usize) -> PyResult<Option<Rc<str>>> {
    super::check_at_most(args, fname, max)?;
    Ok(match args.pos.first() {
        Some(Value::Str(s)) => Some(s.clone()),
        _ => None,
    })
}

/// `getline(filename, lineno, module_globals=None)`.
fn getline(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = super::clinic_args(
        args,
        "getline",
        0,
        &["filename", "lineno", "module_globals"],
        2,
    )?;
    let (Some(Value::Str(name)), Some(n)) = (&a[0], &a[1]) else {
        return Ok(Value::str(""));
    };
    let n = crate::ops::index_i64(n)?;
    Ok(Value::str(&vm.source_line(name, n).unwrap_or_default()))
}

/// `getlines(filename, module_globals=None)`.
fn getlines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let lines = match filename_arg(args, "getlines", 2)? {
        Some(name) => vm.source_lines(&name).unwrap_or_default(),
        None => Vec::new(),
    };
    Ok(Value::new_list(
        lines.iter().map(|l| Value::str(l)).collect(),
    ))
}

fn nothing(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    super::check_at_most(args, "checkcache", 1)?;
    Ok(Value::None)
}

fn lazycache(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_exact("lazycache", 2)?;
    Ok(Value::Bool(false))
}
