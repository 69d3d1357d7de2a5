//! Callables: Python functions, native functions and bound methods, and
//! the argument bundle native code receives.
//!
//! Functions carry a `__dict__` of attributes a script sets
//! (`f.calls = 0`, and `functools.wraps` copying `__name__`, `__doc__`...);
//! names set there take precedence over the definition's. Introspection:
//! `__name__`, `__qualname__`, `__doc__` (the docstring as written),
//! `__module__`, `__defaults__`, `__kwdefaults__`, `__globals__` (the
//! live namespace), `__code__` (a code object with the
//! `co_*` facts of the definition), `__dict__` (a snapshot); bound
//! methods' `__self__`, `__func__` and their function's names.

use crate::exceptions::{type_error, PyResult};
use crate::interp::{CodeUnit, Frame, Globals, Vm};
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
    /// `__defaults__` and `__kwdefaults__`, which scripts may replace.
    pub defaults: RefCell<Rc<[Value]>>,
    pub kw_defaults: RefCell<Rc<[(Rc<str>, Value)]>>,
    pub closure: Vec<Rc<RefCell<Option<Value>>>>,
    /// `__closure__` once asked for, so its cells keep their identity.
    pub closure_view: std::cell::OnceCell<Value>,
    /// Attributes set on the function (its `__dict__`).
    pub attrs: crate::objects::class::Attrs,
}

impl PyFunction {
    /// Whether a call with `n` positional arguments and no keywords can
    /// evaluate them straight into the frame's first slots: the
    /// parameters are plain (`FunctionDef::takes_direct_args`), and
    /// defaults cover those not given.
    #[inline]
    pub fn takes_args_direct(&self, n: usize) -> bool {
        let np = self.def.params.len();
        n <= np && np - n <= self.ndefaults() && self.def.takes_direct_args()
    }

    /// How many defaults there are.
    #[inline]
    pub fn ndefaults(&self) -> usize {
        self.defaults.borrow().len()
    }

    /// The defaults that apply to the `np` positional parameters: the
    /// last `np` of them when a script assigned more (as CPython).
    pub fn defaults_for(&self, np: usize) -> Rc<[Value]> {
        let all = self.defaults.borrow().clone();
        if all.len() <= np {
            return all;
        }
        all[all.len() - np..].into()
    }
}

pub type NativeFn = dyn Fn(&mut Vm, &Args) -> PyResult<Value>;

/// A built-in that needs its caller's frame (`globals`, `locals`, `eval`,
/// `exec`...); called directly from a call expression.
pub type FrameFn = fn(&mut Vm, &mut Frame, &Args) -> PyResult<Value>;

/// A function implemented in Rust.
pub struct Builtin {
    pub name: Rc<str>,
    /// The module it belongs to, for its repr (`None` for builtins).
    pub module: Option<Rc<str>>,
    pub func: Rc<NativeFn>,
    /// The frame-aware form, used when a call expression calls it (other
    /// callers, such as `map(globals, ...)`, get `func`).
    pub frame: Option<FrameFn>,
    /// How a call counts against the recursion limit.
    pub level: CallLevel,
    /// For a special method taken from a built-in value (`(1).__add__`),
    /// the value it is bound to (and already holds): it then shows as that
    /// value's `method-wrapper` or built-in method.
    pub receiver: Option<Value>,
}

/// How CPython 3.11 counts a call of a native function against the
/// recursion limit. Its vectorcall wrappers (`Objects/methodobject.c`) take
/// one level (`Py_EnterRecursiveCall`, " while calling a Python object")
/// for every calling convention; once the calling code is quickened, its
/// specialised call instruction calls fast-call functions (and `len`,
/// `isinstance`) directly, without that level, but still wraps one-argument
/// (METH_O) and no-argument functions in it. Calls through the generic path
/// (METH_VARARGS functions such as `min`) always take it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallLevel {
    /// No level: a closure standing for an object CPython calls without one.
    Never,
    /// One level on every call.
    Always,
    /// One level, except from quickened code.
    Cold,
}

/// Whether CPython 3.11 takes a level against the recursion limit to call
/// the method `name` of the built-in value `v`: its method descriptors
/// for one-argument (METH_O), no-argument and METH_VARARGS methods do,
/// even from quickened code; fast-call ones (`split`, `get`, `pop`...)
/// do not (`str.format` counts its own). A special method called by name
/// is a slot wrapper, which takes one too. (`list.append` whose result is
/// discarded takes none once quickened: the caller tells.)
pub fn method_takes_level(v: &Value, name: &str) -> bool {
    if name.len() > 4 && name.starts_with("__") && name.ends_with("__") {
        return true;
    }
    match v {
        Value::List(_) => matches!(
            name,
            "append" | "clear" | "copy" | "count" | "extend" | "remove" | "reverse"
        ),
        Value::Str(_) => matches!(
            name,
            "capitalize"
                | "casefold"
                | "count"
                | "endswith"
                | "find"
                | "format_map"
                | "index"
                | "isalnum"
                | "isalpha"
                | "isascii"
                | "isdecimal"
                | "isdigit"
                | "isidentifier"
                | "islower"
                | "isnumeric"
                | "isprintable"
                | "isspace"
                | "istitle"
                | "isupper"
                | "join"
                | "lower"
                | "partition"
                | "removeprefix"
                | "removesuffix"
                | "rfind"
                | "rindex"
                | "rpartition"
                | "startswith"
                | "swapcase"
                | "title"
                | "translate"
                | "upper"
                | "zfill"
        ),
        Value::Dict(_) => matches!(
            name,
            "keys" | "items" | "values" | "popitem" | "update" | "copy" | "clear"
        ),
        Value::Set(_) => matches!(
            name,
            "add"
                | "clear"
                | "copy"
                | "discard"
                | "difference"
                | "difference_update"
                | "intersection"
                | "intersection_update"
                | "isdisjoint"
                | "issubset"
                | "issuperset"
                | "pop"
                | "remove"
                | "symmetric_difference"
                | "symmetric_difference_update"
                | "union"
                | "update"
        ),
        Value::Tuple(_) => name == "count",
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => matches!(
            name,
            "bit_length" | "bit_count" | "conjugate" | "as_integer_ratio"
        ),
        Value::Float(_) => matches!(
            name,
            "is_integer" | "as_integer_ratio" | "hex" | "conjugate"
        ),
        _ => false,
    }
}

impl CallLevel {
    /// The convention of the built-in `name` (of `module`, `None` for
    /// builtins) in CPython 3.11.
    pub fn of(name: &str, module: Option<&str>) -> CallLevel {
        match (module, name) {
            (
                None,
                "abs" | "all" | "any" | "ascii" | "bin" | "callable" | "chr" | "hash" | "hex"
                | "id" | "oct" | "ord" | "repr" | "min" | "max" | "__import__" | "globals"
                | "locals" | "aiter" | "round",
            ) => CallLevel::Always,
            (Some("math"), "floor" | "ceil" | "trunc" | "fabs" | "factorial" | "gamma") => {
                CallLevel::Always
            }
            // They count their call themselves: past the limit, the
            // compiler's "during compilation" error.
            (None, "eval" | "exec") => CallLevel::Never,
            _ => CallLevel::Cold,
        }
    }

    /// Whether a call from code in this state takes a level.
    #[inline]
    pub fn counts(self, cold: bool) -> bool {
        match self {
            CallLevel::Never => false,
            CallLevel::Always => true,
            CallLevel::Cold => cold,
        }
    }
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

/// Parsed arguments, one slot per parameter: inline for the few
/// parameters built-ins have, so parsing a call allocates nothing.
pub type Slots = smallvec::SmallVec<[Option<Value>; 4]>;

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
        match &self.get(i, name) {
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
        self.no_kwargs(func)?;
        let given = self.pos.len();
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
        self.no_kwargs(func)?;
        let given = self.pos.len();
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
    ) -> PyResult<Slots> {
        let nargs = self.pos.len();
        // Positional arguments only, in range: nothing to check by name.
        if self.kw.is_empty() && nargs >= required && nargs <= maxpos.min(names.len()) {
            let mut out = Slots::new();
            for v in &self.pos {
                out.push(Some(v.clone()));
            }
            while out.len() < names.len() {
                out.push(None);
            }
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
        let mut out = Slots::new();
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
    builtin_closure(name, module, f)
}

/// A built-in function of a module whose body captures values.
pub fn builtin_closure(
    name: &str,
    module: Option<&str>,
    f: impl Fn(&mut Vm, &Args) -> PyResult<Value> + 'static,
) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name: name.into(),
        module: module.map(Into::into),
        func: Rc::new(f),
        frame: None,
        level: CallLevel::of(name, module),
        receiver: None,
    }))
}

/// A function's current `__qualname__` for error messages, read only
/// when one is formatted (argument binding is a hot path).
pub struct QualnameOf<'a>(pub &'a PyFunction);

impl std::fmt::Display for QualnameOf<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.qualname())
    }
}

impl PyFunction {
    /// `__qualname__`, as set on the function or from its definition.
    pub fn qualname(&self) -> Rc<str> {
        match self.attrs.borrow().get("__qualname__") {
            Some(Value::Str(s)) => s.clone(),
            _ => self.def.qualname.clone(),
        }
    }

    /// The docstring: the body's first statement if it is a string.
    fn docstring(&self) -> Value {
        use pyview_syntax::ir::{Const, ExprKind, StmtKind};
        match self.def.body.first().map(|s| &s.kind) {
            Some(StmtKind::Expr(e)) if !self.def.is_lambda => match &e.kind {
                ExprKind::Const(Const::Str(s)) => Value::Str(s.clone()),
                _ => Value::None,
            },
            _ => Value::None,
        }
    }
}

/// `f.name` for the attributes every function has; `None` for others.
pub fn function_attr(fun: &Rc<PyFunction>, name: &str) -> Option<Value> {
    if let Some(v) = fun.attrs.borrow().get(name) {
        return Some(v.clone());
    }
    Some(match name {
        "__name__" => Value::Str(fun.def.name.clone()),
        "__qualname__" => Value::Str(fun.def.qualname.clone()),
        "__doc__" => fun.docstring(),
        "__module__" => fun
            .globals
            .get("__name__")
            .unwrap_or_else(|| Value::str("__main__")),
        "__defaults__" if fun.ndefaults() == 0 => Value::None,
        "__defaults__" => Value::new_tuple(fun.defaults.borrow().to_vec()),
        "__kwdefaults__" if fun.kw_defaults.borrow().is_empty() => Value::None,
        "__kwdefaults__" => {
            let d = crate::objects::dict::PyDict::default();
            for (k, v) in fun.kw_defaults.borrow().iter() {
                d.set(Value::Str(k.clone()), v.clone()).ok()?;
            }
            Value::Dict(Rc::new(d))
        }
        "__globals__" => Value::Dict(fun.globals.global_namespace().dict()),
        "__annotations__" => {
            // Created empty on first access, then kept.
            let d = Value::Dict(Rc::new(crate::objects::dict::PyDict::default()));
            fun.attrs.borrow_mut().insert(name.into(), d.clone());
            d
        }
        "__dict__" => {
            let d = crate::objects::dict::PyDict::default();
            for (k, v) in fun.attrs.borrow().iter() {
                if !SPECIAL.contains(&&**k) {
                    d.set(Value::Str(k.clone()), v.clone()).ok()?;
                }
            }
            Value::Dict(Rc::new(d))
        }
        "__code__" => CodeObject::shared(fun),
        "__closure__" => fun
            .closure_view
            .get_or_init(|| crate::objects::cell::closure_tuple(&fun.closure))
            .clone(),
        "__get__" => {
            // `f.__get__(obj)`: a method bound to `obj`; the function
            // itself when `obj` is None.
            let f = Value::Function(fun.clone());
            let fname = fun.def.name.clone();
            closure("__get__", move |_, args| match args.pos.first() {
                None => Err(type_error("expected at least 1 argument, got 0")),
                Some(Value::None) => Ok(f.clone()),
                Some(obj) => Ok(Value::BoundMethod(Rc::new(BoundMethod {
                    this: obj.clone(),
                    func: f.clone(),
                    name: fname.clone(),
                }))),
            })
        }
        _ => return None,
    })
}

/// A module's globals as a dict (a snapshot), `__name__` first.
/// Attributes kept in `attrs` that `__dict__` does not show.
const SPECIAL: &[&str] = &[
    "__name__",
    "__qualname__",
    "__doc__",
    "__annotations__",
    "__module__",
];

/// `f.name = v`.
pub fn set_function_attr(fun: &PyFunction, name: &str, v: Value) -> PyResult<()> {
    match name {
        "__class__" => return Err(crate::dispatch::class_assign_error(Some(&v))),
        "__name__" | "__qualname__" if !matches!(v, Value::Str(_)) => {
            return Err(crate::exceptions::name_must_be_str(name))
        }
        "__code__" if v.type_name() != "code" => {
            return Err(type_error("__code__ must be set to a code object"))
        }
        "__annotations__" if !matches!(v, Value::Dict(_) | Value::None) => {
            return Err(type_error("__annotations__ must be set to a dict object"))
        }
        "__dict__" => {
            let Value::Dict(d) = &v else {
                return Err(type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    v.type_name()
                )));
            };
            let mut attrs = fun.attrs.borrow_mut();
            attrs.retain(|k, _| SPECIAL.contains(&&**k));
            for (k, v) in d.map.borrow().iter() {
                if let Value::Str(k) = &k.value {
                    attrs.insert(k.clone(), v.clone());
                }
            }
            return Ok(());
        }
        "__defaults__" => {
            let new: Rc<[Value]> = match &v {
                Value::None => Rc::from(Vec::new()),
                Value::Tuple(t) => Rc::from(t.to_vec()),
                _ => return Err(type_error("__defaults__ must be set to a tuple object")),
            };
            // The old values go after the borrow ends (their __del__ may
            // read the defaults).
            let old = fun.defaults.replace(new);
            drop(old);
            return Ok(());
        }
        "__kwdefaults__" => {
            let new: Rc<[(Rc<str>, Value)]> = match &v {
                Value::None => Rc::from(Vec::new()),
                Value::Dict(d) => d
                    .map
                    .borrow()
                    .iter()
                    .filter_map(|(k, v)| match &k.value {
                        Value::Str(k) => Some((k.clone(), v.clone())),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
                    .into(),
                _ => return Err(type_error("__kwdefaults__ must be set to a dict object")),
            };
            let old = fun.kw_defaults.replace(new);
            drop(old);
            return Ok(());
        }
        "__globals__" | "__code__" | "__closure__" => {
            return Err(crate::exceptions::attribute_error("readonly attribute"));
        }
        _ => {}
    }
    fun.attrs.borrow_mut().insert(name.into(), v);
    Ok(())
}

/// `del f.name`: the definition's fields refuse as assigning a wrong
/// value would, `__doc__` and `__module__` become `None`,
/// `__annotations__` empty, attributes set on the function go.
pub fn del_function_attr(fun: &PyFunction, name: &str) -> PyResult<()> {
    let cleared = match name {
        "__class__" => return Err(crate::dispatch::class_assign_error(None)),
        "__name__" | "__qualname__" => return Err(crate::exceptions::name_must_be_str(name)),
        "__code__" => return Err(type_error("__code__ must be set to a code object")),
        "__dict__" => return Err(type_error("cannot delete __dict__")),
        "__defaults__" => {
            let old = fun.defaults.replace(Rc::from(Vec::new()));
            drop(old);
            return Ok(());
        }
        "__kwdefaults__" => {
            let old = fun.kw_defaults.replace(Rc::from(Vec::new()));
            drop(old);
            return Ok(());
        }
        "__globals__" | "__closure__" => {
            return Err(crate::exceptions::attribute_error("readonly attribute"));
        }
        "__doc__" | "__module__" => Value::None,
        "__annotations__" => Value::Dict(Rc::default()),
        _ => {
            return match fun.attrs.borrow_mut().shift_remove(name) {
                Some(_) => Ok(()),
                None => Err(crate::exceptions::no_attribute("function", name)),
            }
        }
    };
    fun.attrs.borrow_mut().insert(name.into(), cleared);
    Ok(())
}

/// A special method `m` (a closure holding `this`, or the value a
/// subclass instance `this` is) taken from `this`, marked as bound to it
/// for its repr, type and `__self__`.
pub fn bound_to(m: Value, this: &Value) -> Value {
    match &m {
        Value::Builtin(b) => Value::Builtin(Rc::new(Builtin {
            name: b.name.clone(),
            module: b.module.clone(),
            func: b.func.clone(),
            frame: b.frame,
            level: b.level,
            receiver: Some(this.clone()),
        })),
        _ => m,
    }
}

/// `f.__call__` of a function or method: calling it calls `f`.
pub fn call_wrapper(f: &Value) -> Value {
    let f = f.clone();
    closure("__call__", move |vm, args| vm.call(&f, args.clone()))
}

/// `f.name` of a built-in function.
pub fn builtin_attr(b: &Builtin, name: &str) -> Option<Value> {
    if let Some(r) = &b.receiver {
        match name {
            "__self__" => return Some(r.clone()),
            "__qualname__" => {
                let owner = match r {
                    Value::Type(t) if &*b.name == "__new__" => t.short_name(),
                    r => r.type_name(),
                };
                return Some(Value::str(&format!("{owner}.{}", b.name)));
            }
            "__module__" if crate::objects::descriptor::is_method_wrapper(r, &b.name) => {
                return None
            }
            "__module__" => return Some(Value::None),
            _ => {}
        }
    }
    Some(match name {
        "__name__" | "__qualname__" => Value::Str(b.name.clone()),
        "__module__" => match &b.module {
            Some(m) => Value::Str(m.clone()),
            None => Value::str("builtins"),
        },
        "__doc__" => Value::None,
        "__self__" => Value::None,
        _ => return None,
    })
}

/// `m.name` of a bound method: its own attributes, then its function's.
pub fn method_attr(m: &BoundMethod, name: &str) -> Option<Value> {
    match name {
        // `maketrans` is a static method of str, bytes and bytearray.
        "__self__" if &*m.name == "maketrans" && m.this.type_name() != "dict" => {
            return Some(Value::None)
        }
        "__self__" => return Some(m.this.clone()),
        "__func__" if matches!(m.func, Value::Function(_)) => return Some(m.func.clone()),
        _ => {}
    }
    // A built-in method's qualified name is its owner's (`list.append`,
    // `dict.fromkeys`).
    let qualname = || {
        let owner = match &m.this {
            Value::Class(c) => c.name().to_string(),
            Value::Type(t) => t.short_name().to_string(),
            v => v.type_id().short_name().to_string(),
        };
        Some(Value::str(&format!("{owner}.{}", m.name)))
    };
    match &m.func {
        Value::Function(f) => function_attr(f, name),
        Value::Builtin(b) => match name {
            "__name__" if !m.name.is_empty() => Some(Value::Str(m.name.clone())),
            "__qualname__" if !m.name.is_empty() => qualname(),
            _ => builtin_attr(b, name),
        },
        _ => match name {
            "__name__" => Some(Value::Str(m.name.clone())),
            "__qualname__" => qualname(),
            "__doc__" => Some(Value::None),
            "__module__" if !crate::objects::descriptor::is_method_wrapper(&m.this, &m.name) => {
                Some(Value::None)
            }
            _ => None,
        },
    }
}

/// A function's code object (`f.__code__`): the facts of its definition.
#[derive(Debug)]
pub struct CodeObject {
    name: Rc<str>,
    qualname: Rc<str>,
    filename: Rc<str>,
    firstlineno: usize,
    argcount: usize,
    posonlyargcount: usize,
    kwonlyargcount: usize,
    varnames: Vec<Rc<str>>,
    names: Vec<Rc<str>>,
    /// Names shared with nested functions, and taken from enclosing
    /// ones, each sorted as CPython lists them.
    cellvars: Vec<Rc<str>>,
    freevars: Vec<Rc<str>>,
    flags: i64,
    stacksize: usize,
}

impl CodeObject {
    /// The code object of `fun`'s definition: one per `def`, shared by every
    /// function made from it (and their frames and generators), so `is`
    /// holds between them as in CPython. Made afresh when `types.coroutine`
    /// changed the flags since (CPython replaces the code object then).
    pub(crate) fn shared(fun: &PyFunction) -> Value {
        let fresh = || Rc::new(CodeObject::of(fun));
        let cached = fun
            .def
            .code_object
            .get_or_init(|| fresh() as Rc<dyn std::any::Any>)
            .clone()
            .downcast::<CodeObject>()
            .ok()
            .filter(|c| (c.flags & 0x100 != 0) == fun.def.iterable_coroutine.get());
        Value::Native(cached.unwrap_or_else(fresh))
    }

    fn of(fun: &PyFunction) -> CodeObject {
        let def = &fun.def;
        let mut varnames: Vec<Rc<str>> = def.params.iter().map(|p| p.name.clone()).collect();
        varnames.extend(def.kwonly.iter().map(|p| p.name.clone()));
        varnames.extend(def.vararg.iter().map(|p| p.name.clone()));
        varnames.extend(def.kwarg.iter().map(|p| p.name.clone()));
        let shared: Vec<u32> = def
            .cell_slots
            .iter()
            .copied()
            .chain(def.freevars.iter().map(|&(_, mine)| mine))
            .collect();
        // Comprehension variables belong to CPython's nested code objects.
        let inner = pyview_syntax::stack_depth::comprehension_slots(def);
        for (i, n) in def.slot_names.iter().enumerate() {
            let i = i as u32;
            if !shared.contains(&i) && !inner.contains(&i) && !varnames.contains(n) {
                varnames.push(n.clone());
            }
        }
        // CO_OPTIMIZED | CO_NEWLOCALS, then VARARGS, VARKEYWORDS, NESTED,
        // GENERATOR, COROUTINE, ITERABLE_COROUTINE, ASYNC_GENERATOR.
        let mut flags = 3;
        if def.vararg.is_some() {
            flags |= 4;
        }
        if def.kwarg.is_some() {
            flags |= 8;
        }
        if def.qualname.contains("<locals>") {
            flags |= 16;
        }
        if def.is_coroutine {
            flags |= 0x80;
        } else if def.is_async_gen {
            flags |= 0x200;
        } else if def.is_generator {
            flags |= 32;
        }
        if def.iterable_coroutine.get() {
            flags |= 0x100;
        }
        let named = |slots: &mut dyn Iterator<Item = u32>| {
            let mut v: Vec<Rc<str>> = slots
                .filter_map(|i| def.slot_names.get(i as usize).cloned())
                .collect();
            v.sort();
            v
        };
        let freevars = named(&mut def.freevars.iter().map(|&(_, mine)| mine));
        // A variable only passed through to a nested function is free here.
        let mut cellvars = named(&mut def.cell_slots.iter().copied());
        cellvars.retain(|n| !freevars.contains(n));
        CodeObject {
            cellvars,
            freevars,
            name: def.name.clone(),
            qualname: def.qualname.clone(),
            filename: fun.code.filename.clone(),
            firstlineno: fun.code.lines.line(def.span.start),
            argcount: def.params.len(),
            posonlyargcount: def.posonly,
            kwonlyargcount: def.kwonly.len(),
            varnames,
            names: def.names.clone(),
            flags,
            stacksize: pyview_syntax::stack_depth::stack_size(def),
        }
    }
}

impl crate::objects::native::NativeObject for CodeObject {
    fn type_name(&self) -> &'static str {
        "code"
    }

    fn repr(&self, addr: usize) -> String {
        format!(
            "<code object {} at {addr:#x}, file \"{}\", line {}>",
            self.name, self.filename, self.firstlineno
        )
    }

    fn dir_names(&self) -> &'static [&'static str] {
        &[
            "_co_code_adaptive",
            "_varname_from_oparg",
            "co_argcount",
            "co_cellvars",
            "co_code",
            "co_consts",
            "co_exceptiontable",
            "co_filename",
            "co_firstlineno",
            "co_flags",
            "co_freevars",
            "co_kwonlyargcount",
            "co_lines",
            "co_linetable",
            "co_lnotab",
            "co_name",
            "co_names",
            "co_nlocals",
            "co_positions",
            "co_posonlyargcount",
            "co_qualname",
            "co_stacksize",
            "co_varnames",
            "replace",
        ]
    }

    fn getattr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        let names =
            |v: &[Rc<str>]| Value::new_tuple(v.iter().map(|n| Value::Str(n.clone())).collect());
        Some(Ok(match name {
            "co_name" => Value::Str(self.name.clone()),
            "co_qualname" => Value::Str(self.qualname.clone()),
            "co_filename" => Value::Str(self.filename.clone()),
            "co_firstlineno" => Value::from_usize(self.firstlineno),
            "co_argcount" => Value::from_usize(self.argcount),
            "co_posonlyargcount" => Value::from_usize(self.posonlyargcount),
            "co_kwonlyargcount" => Value::from_usize(self.kwonlyargcount),
            "co_nlocals" => Value::from_usize(self.varnames.len()),
            "co_varnames" => names(&self.varnames),
            "co_names" => names(&self.names),
            "co_cellvars" => names(&self.cellvars),
            "co_freevars" => names(&self.freevars),
            "co_flags" => Value::Int(self.flags),
            "co_stacksize" => Value::from_usize(self.stacksize),
            _ => return None,
        }))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// A native function made from a closure (a method bound to captured values).
pub fn closure(name: &str, f: impl Fn(&mut Vm, &Args) -> PyResult<Value> + 'static) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name: name.into(),
        module: None,
        func: Rc::new(f),
        frame: None,
        level: CallLevel::Never,
        receiver: None,
    }))
}

/// How CPython names a callable in call errors (`_PyObject_FunctionStr`):
/// `__main__.f`, `__main__.C.m`, `print`, `math.sqrt`.
pub fn function_str(v: &Value) -> String {
    match v {
        Value::Function(f) => {
            let module = function_attr(f, "__module__").unwrap_or(Value::None);
            let qualname = function_attr(f, "__qualname__").unwrap_or(Value::None);
            match (&module, &qualname) {
                (Value::Str(m), Value::Str(q)) if &**m != "builtins" => format!("{m}.{q}"),
                (_, Value::Str(q)) => q.to_string(),
                _ => f.def.qualname.to_string(),
            }
        }
        Value::Builtin(b) => match &b.module {
            Some(m) => format!("{m}.{}", b.name),
            None => b.name.to_string(),
        },
        Value::BoundMethod(m) => match &m.func {
            Value::None => method_str(&m.this, &m.name),
            f => function_str(f),
        },
        Value::Type(t) => t.name().to_string(),
        Value::Class(c) => c.display_name(),
        other => format!("{} object", other.type_name()),
    }
}

/// [`function_str`] of `obj.name` where the method is not yet looked up.
pub fn method_str(obj: &Value, name: &str) -> String {
    if let (Some(class), false) = (
        crate::dispatch::user_class(obj),
        matches!(obj, Value::Class(_)),
    ) {
        if let Some(f @ Value::Function(_)) = class.lookup(name) {
            return function_str(&f);
        }
        return format!("{}.{name}", class.qualname());
    }
    match obj {
        Value::Module(m) => match m.get(name) {
            Some(f) => function_str(&f),
            None => format!("{}.{name}", m.name),
        },
        Value::Class(c) => match c.lookup(name) {
            Some(f @ Value::Function(_)) => function_str(&f),
            _ => format!("{}.{name}", c.qualname()),
        },
        Value::Type(t) => format!("{}.{name}", t.short_name()),
        _ => format!("{}.{name}", obj.type_name()),
    }
}
