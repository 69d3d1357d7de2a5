//! Callables: Python functions, native functions and bound methods, and
//! the argument bundle native code receives.

use crate::exceptions::{type_error, PyResult};
use crate::interp::{CodeUnit, Globals, Vm};
use crate::value::Value;
use pyview_syntax::ir::FunctionDef;
use std::cell::RefCell;
use std::rc::Rc;

/// A function defined in Python.
#[derive(Debug)]
pub struct PyFunction {
    pub def: Rc<FunctionDef>,
    pub code: Rc<CodeUnit>,
    pub globals: Rc<Globals>,
    pub defaults: Vec<Value>,
    pub kw_defaults: Vec<(Rc<str>, Value)>,
    pub closure: Vec<Rc<RefCell<Option<Value>>>>,
}

pub type NativeFn = dyn Fn(&mut Vm, &Args) -> PyResult<Value>;

/// A function implemented in Rust.
pub struct Builtin {
    pub name: Rc<str>,
    /// The module it belongs to, for its repr (`None` for builtins).
    pub module: Option<Rc<str>>,
    pub func: Rc<NativeFn>,
}

impl std::fmt::Debug for Builtin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<built-in function {}>", self.name)
    }
}

/// `obj.method` taken without calling it. `func` is a Python function, or
/// `None` for a method of a built-in type dispatched by `name`.
#[derive(Debug)]
pub struct BoundMethod {
    pub this: Value,
    pub func: Value,
    pub name: Rc<str>,
}

/// Positional and keyword arguments of a call.
#[derive(Debug, Default, Clone)]
pub struct Args {
    pub pos: Vec<Value>,
    pub kw: Vec<(Rc<str>, Value)>,
}

impl Args {
    pub fn new(pos: Vec<Value>) -> Args {
        Args {
            pos,
            kw: Vec::new(),
        }
    }

    /// Argument `i` given positionally or by keyword `name`.
    pub fn get(&self, i: usize, name: &str) -> Option<Value> {
        self.pos.get(i).cloned().or_else(|| {
            self.kw
                .iter()
                .find(|(k, _)| &**k == name)
                .map(|(_, v)| v.clone())
        })
    }

    pub fn kwarg(&self, name: &str) -> Option<Value> {
        self.kw
            .iter()
            .find(|(k, _)| &**k == name)
            .map(|(_, v)| v.clone())
    }

    /// A str argument, with CPython's message for other types.
    pub fn get_str(&self, i: usize, name: &str) -> PyResult<Option<String>> {
        match self.get(i, name) {
            None => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s.to_string())),
            Some(v) => Err(type_error(format!(
                "argument '{name}' must be str, not {}",
                v.type_name()
            ))),
        }
    }

    /// `f() takes no arguments (1 given)` / `f() takes exactly one argument (0 given)`.
    pub fn check_exact(&self, func: &str, n: usize) -> PyResult<()> {
        let given = self.pos.len() + self.kw.len();
        if given == n {
            return Ok(());
        }
        Err(match n {
            0 => type_error(format!("{func}() takes no arguments ({given} given)")),
            1 => type_error(format!(
                "{func}() takes exactly one argument ({given} given)"
            )),
            _ => type_error(format!("{func} expected {n} arguments, got {given}")),
        })
    }

    /// `insert expected 2 arguments, got 1`.
    pub fn check_exact_n(&self, func: &str, n: usize) -> PyResult<()> {
        let given = self.pos.len() + self.kw.len();
        if given == n {
            return Ok(());
        }
        Err(type_error(format!(
            "{func} expected {n} arguments, got {given}"
        )))
    }

    /// `f() takes at most 2 arguments (3 given)`.
    pub fn check_max(&self, func: &str, n: usize) -> PyResult<()> {
        let given = self.pos.len() + self.kw.len();
        if given <= n {
            return Ok(());
        }
        Err(type_error(format!(
            "{func}() takes at most {n} argument{} ({given} given)",
            if n == 1 { "" } else { "s" }
        )))
    }

    /// Positional-only clinic functions (`_PyArg_CheckPositional`):
    /// `center expected at least 1 argument, got 0`.
    pub fn check_positional(&self, func: &str, min: usize, max: usize) -> PyResult<()> {
        let n = self.pos.len();
        let (bound, what) = if n < min {
            (min, if min == max { "" } else { "at least " })
        } else if n > max {
            (max, if min == max { "" } else { "at most " })
        } else {
            return Ok(());
        };
        Err(type_error(format!(
            "{func} expected {what}{bound} argument{}, got {n}",
            if bound == 1 { "" } else { "s" }
        )))
    }

    /// `PyArg_ParseTuple`-style counts: `find() takes at least 1 argument (0 given)`.
    pub fn check_tuple(&self, func: &str, min: usize, max: usize) -> PyResult<()> {
        let n = self.pos.len();
        let (bound, what) = if n < min {
            (min, if min == max { "exactly" } else { "at least" })
        } else if n > max {
            (max, if min == max { "exactly" } else { "at most" })
        } else {
            return Ok(());
        };
        Err(type_error(format!(
            "{func}() takes {what} {bound} argument{} ({n} given)",
            if bound == 1 { "" } else { "s" }
        )))
    }

    /// Argument Clinic parsing of a function that takes keywords
    /// (`_PyArg_UnpackKeywords`), with CPython's error texts. `names` are
    /// the parameters in order: the first `posonly` positional-only, the
    /// first `required` required, at most `maxpos` given positionally.
    /// Returns one slot per parameter.
    pub fn parse(
        &self,
        func: &str,
        names: &[&str],
        posonly: usize,
        required: usize,
        maxpos: usize,
    ) -> PyResult<Vec<Option<Value>>> {
        let nargs = self.pos.len();
        // Positional arguments only, in range: nothing to check by name.
        if self.kw.is_empty() && nargs >= required && nargs <= maxpos.min(names.len()) {
            let mut out: Vec<Option<Value>> = Vec::with_capacity(names.len());
            out.extend(self.pos.iter().cloned().map(Some));
            out.resize(names.len(), None);
            return Ok(out);
        }
        let total = nargs + self.kw.len();
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        if total > names.len() {
            return Err(type_error(format!(
                "{func}() takes at most {} {}argument{} ({total} given)",
                names.len(),
                if nargs == 0 { "keyword " } else { "" },
                plural(names.len())
            )));
        }
        if nargs > maxpos {
            return Err(type_error(if maxpos == 0 {
                format!("{func}() takes no positional arguments")
            } else {
                format!(
                    "{func}() takes {} {maxpos} positional argument{} ({nargs} given)",
                    if required < maxpos {
                        "at most"
                    } else {
                        "exactly"
                    },
                    plural(maxpos)
                )
            }));
        }
        // Only required positional-only parameters are counted here; a
        // missing positional-or-keyword one is reported by name below.
        let minpos = posonly.min(required);
        if nargs < minpos {
            return Err(type_error(format!(
                "{func}() takes {} {minpos} positional argument{} ({nargs} given)",
                if minpos < maxpos {
                    "at least"
                } else {
                    "exactly"
                },
                plural(minpos)
            )));
        }
        let mut out: Vec<Option<Value>> = Vec::with_capacity(names.len());
        out.extend(self.pos.iter().cloned().map(Some));
        for (i, name) in names.iter().enumerate().skip(nargs) {
            let v = if i >= posonly { self.kwarg(name) } else { None };
            if v.is_none() && i < required {
                return Err(type_error(format!(
                    "{func}() missing required argument '{name}' (pos {})",
                    i + 1
                )));
            }
            out.push(v);
        }
        for (i, name) in names.iter().enumerate().take(nargs).skip(posonly) {
            if self.kwarg(name).is_some() {
                return Err(type_error(format!(
                    "argument for {func}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
        }
        if let Some((k, _)) = self
            .kw
            .iter()
            .find(|(k, _)| !names.iter().skip(posonly).any(|n| *n == &**k))
        {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for {func}()"
            )));
        }
        Ok(out)
    }

    pub fn no_kwargs(&self, func: &str) -> PyResult<()> {
        if self.kw.is_empty() {
            Ok(())
        } else {
            Err(type_error(format!("{func}() takes no keyword arguments")))
        }
    }

    /// A method without parameters: `list.copy() takes no arguments (1 given)`.
    pub fn check_none(&self, qualname: &str) -> PyResult<()> {
        self.no_kwargs(qualname)?;
        if self.pos.is_empty() {
            return Ok(());
        }
        Err(type_error(format!(
            "{qualname}() takes no arguments ({} given)",
            self.pos.len()
        )))
    }

    /// A method of one positional parameter:
    /// `list.append() takes exactly one argument (0 given)`.
    pub fn check_one(&self, qualname: &str) -> PyResult<&Value> {
        self.no_kwargs(qualname)?;
        match &self.pos[..] {
            [v] => Ok(v),
            _ => Err(type_error(format!(
                "{qualname}() takes exactly one argument ({} given)",
                self.pos.len()
            ))),
        }
    }

    /// [`Args::check_positional`] for a method that takes no keywords
    /// (`str.center() takes no keyword arguments`).
    pub fn check_posonly(
        &self,
        qualname: &str,
        name: &str,
        min: usize,
        max: usize,
    ) -> PyResult<()> {
        self.no_kwargs(qualname)?;
        self.check_positional(name, min, max)
    }

    /// [`Args::check_tuple`] for a method that takes no keywords.
    pub fn check_varargs(
        &self,
        qualname: &str,
        name: &str,
        min: usize,
        max: usize,
    ) -> PyResult<()> {
        self.no_kwargs(qualname)?;
        self.check_tuple(name, min, max)
    }
}

pub fn builtin(
    name: &str,
    module: Option<&str>,
    f: fn(&mut Vm, &Args) -> PyResult<Value>,
) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name: name.into(),
        module: module.map(Into::into),
        func: Rc::new(f),
    }))
}
