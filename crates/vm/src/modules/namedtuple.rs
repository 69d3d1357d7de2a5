//! `collections.namedtuple(typename, field_names, *, rename=False,
//! defaults=None, module=None)`: tuple subclasses whose items have names.
//!
//! The factory checks its arguments as CPython's does (same order, same
//! messages), then builds the class. Its methods (`__new__`, `_make`,
//! `_replace`, `__repr__`, `_asdict`, `__getnewargs__`) are Python
//! functions compiled from a class body written here for the given names,
//! so that `__new__` binds and checks its arguments exactly as a Python
//! function does (`Point.__new__() missing 1 required positional argument:
//! 'y'`). The field accessors are native: each reads its item of the tuple
//! directly, and refuses assignment and deletion with CPython's messages.
//! The class also has `_fields`, `_field_defaults`, `__match_args__`,
//! `__slots__ = ()`, a docstring and the caller's `__module__`.
//!
//! The field accessors are `_collections._tuplegetter` descriptors, as
//! CPython's; tracebacks through `_make`/`_replace` show their lines in
//! `collections/__init__.py`.

use crate::exceptions::{self, type_error, PyResult};
use crate::interp::{Frame, Globals, Vm};
use crate::objects::class::PyClass;
use crate::objects::dict::PyDict;
use crate::objects::function::{Args, Builtin};
use crate::value::{TypeId, Value};
use std::rc::Rc;

/// The `namedtuple` function: it reads the caller's `__name__` as the
/// default `module`, so a call expression gives it the caller's frame.
pub fn factory() -> Value {
    Value::Builtin(Rc::new(Builtin {
        name: "namedtuple".into(),
        module: Some("collections".into()),
        func: Rc::new(|vm: &mut Vm, args: &Args| {
            let caller = vm.globals.clone();
            namedtuple(vm, &caller, args)
        }),
        frame: Some(|vm: &mut Vm, f: &mut Frame, args: &Args| {
            let caller = f.globals.clone();
            namedtuple(vm, &caller, args)
        }),
        level: crate::objects::function::CallLevel::Never,
        receiver: None,
    }))
}

/// The parameters, as the Python function CPython defines has them.
const POSITIONAL: [&str; 2] = ["typename", "field_names"];
const KEYWORD_ONLY: [&str; 3] = ["rename", "defaults", "module"];

/// Binds the arguments with the messages a Python function's call gives.
fn bind(args: &Args) -> PyResult<[Option<Value>; 5]> {
    let mut slots: [Option<Value>; 5] = Default::default();
    let npos = args.pos.len();
    if npos > POSITIONAL.len() {
        let kw_only = args
            .kw
            .iter()
            .filter(|(k, _)| KEYWORD_ONLY.contains(&&**k))
            .count();
        let given = if kw_only > 0 {
            format!(
                "{npos} positional arguments (and {kw_only} keyword-only argument{}) were given",
                if kw_only == 1 { "" } else { "s" }
            )
        } else {
            format!("{npos} were given")
        };
        return Err(type_error(format!(
            "namedtuple() takes 2 positional arguments but {given}"
        )));
    }
    for (slot, v) in slots.iter_mut().zip(&args.pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in &args.kw {
        let Some(i) = POSITIONAL
            .iter()
            .chain(KEYWORD_ONLY.iter())
            .position(|n| *n == &**k)
        else {
            return Err(type_error(format!(
                "namedtuple() got an unexpected keyword argument '{k}'"
            )));
        };
        if slots[i].is_some() {
            return Err(type_error(format!(
                "namedtuple() got multiple values for argument '{k}'"
            )));
        }
        slots[i] = Some(v.clone());
    }
    let missing: Vec<&str> = POSITIONAL
        .iter()
        .zip(&slots)
        .filter(|(_, s)| s.is_none())
        .map(|(n, _)| *n)
        .collect();
    match missing[..] {
        [] => Ok(slots),
        [one] => Err(type_error(format!(
            "namedtuple() missing 1 required positional argument: '{one}'"
        ))),
        _ => Err(type_error(
            "namedtuple() missing 2 required positional arguments: 'typename' and 'field_names'",
        )),
    }
}

fn value_error(msg: String) -> Box<exceptions::PyErr> {
    exceptions::value_error(msg)
}

/// `'name'` as a str repr shows it.
fn quoted(s: &str) -> String {
    crate::ops::repr_simple(&Value::str(s))
}

fn namedtuple(vm: &mut Vm, caller: &Rc<Globals>, args: &Args) -> PyResult<Value> {
    let [typename, field_names, rename, defaults, module] = bind(args)?;
    let (Some(typename), Some(field_names)) = (typename, field_names) else {
        return Err(type_error("namedtuple() missing required arguments"));
    };
    let mut fields: Vec<String> = match &field_names {
        Value::Str(s) => s
            .replace(',', " ")
            .split_whitespace()
            .map(String::from)
            .collect(),
        other => {
            let mut names = Vec::new();
            for v in vm.collect(other)? {
                names.push(vm.str_of(&v)?);
            }
            names
        }
    };
    let typename = vm.str_of(&typename)?;
    let rename = match &rename {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if rename {
        let mut seen: Vec<String> = Vec::new();
        for (i, name) in fields.iter_mut().enumerate() {
            let bad = !crate::objects::str::is_identifier(name)
                || pyview_syntax::parse::is_keyword(name)
                || name.starts_with('_')
                || seen.contains(name);
            seen.push(name.clone());
            if bad {
                *name = format!("_{i}");
            }
        }
    }
    for name in std::iter::once(&typename).chain(fields.iter()) {
        if !crate::objects::str::is_identifier(name) {
            return Err(value_error(format!(
                "Type names and field names must be valid identifiers: {}",
                quoted(name)
            )));
        }
        if pyview_syntax::parse::is_keyword(name) {
            return Err(value_error(format!(
                "Type names and field names cannot be a keyword: {}",
                quoted(name)
            )));
        }
    }
    for (i, name) in fields.iter().enumerate() {
        if name.starts_with('_') && !rename {
            return Err(value_error(format!(
                "Field names cannot start with an underscore: {}",
                quoted(name)
            )));
        }
        if fields[..i].contains(name) {
            return Err(value_error(format!(
                "Encountered duplicate field name: {}",
                quoted(name)
            )));
        }
    }
    let defaults = match defaults.filter(|d| !d.is_none()) {
        None => Vec::new(),
        Some(d) => vm.collect(&d)?,
    };
    if defaults.len() > fields.len() {
        return Err(type_error("Got more default values than field names"));
    }
    let module = match module.filter(|m| !m.is_none()) {
        Some(m) => vm.str_of(&m)?,
        None => match &caller.get("__name__") {
            Some(Value::Str(s)) => s.to_string(),
            _ => "__main__".to_string(),
        },
    };
    build_class(vm, &typename, &fields, defaults, &module)
}

/// Where CPython's namedtuple methods live: tracebacks through `_make`
/// and `_replace` show that file and its lines.
const COLLECTIONS_FILE: &str = "/usr/lib/python3.11/collections/__init__.py";

/// The Python source of the class's methods, for `name` with `fields`
/// of which the last `ndefaults` have defaults (in `_defaults`).
fn methods_source(name: &str, fields: &[String], ndefaults: usize) -> String {
    let n = fields.len();
    let first_default = n - ndefaults;
    let params: Vec<String> = fields
        .iter()
        .enumerate()
        .map(|(i, f)| match i.checked_sub(first_default) {
            Some(d) => format!("{f}=_defaults[{d}]"),
            None => f.clone(),
        })
        .collect();
    let arg_list = fields.join(", ");
    let tuple = match n {
        1 => format!("({arg_list},)"),
        _ => format!("({arg_list})"),
    };
    let repr_fmt: Vec<String> = fields.iter().map(|f| format!("{f}=%r")).collect();
    let repr_fmt = quoted(&format!("({})", repr_fmt.join(", ")));
    let new_doc = quoted(&format!("Create new instance of {name}({arg_list})"));
    let make_doc = quoted(&format!(
        "Make a new {name} object from a sequence or iterable"
    ));
    let replace_doc = quoted(&format!(
        "Return a new {name} object replacing specified fields with new values"
    ));
    let params = match params.is_empty() {
        true => String::new(),
        false => format!(", {}", params.join(", ")),
    };
    format!(
        r#"class {name}:
    def __new__(_cls{params}):
        {new_doc}
        return _tuple_new(_cls, {tuple})

#@line 442
    @classmethod
    def _make(cls, iterable):
        result = _tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {{num_fields}} arguments, got {{len(result)}}')
        return result

    _make.__func__.__doc__ = {make_doc}

#@line 452
    def _replace(self, /, **kwds):
        result = self._make(_map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {{list(kwds)!r}}')
        return result

    _replace.__doc__ = {replace_doc}

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + {repr_fmt} % self

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)
"#
    )
}

/// The accessor of field `i`: a `_collections._tuplegetter`.
fn field_property(i: usize) -> Value {
    Value::Wrapper(Rc::new(crate::objects::descriptor::Wrapper::TupleGetter {
        index: i as i64,
        doc: std::cell::RefCell::new(Value::str(&format!("Alias for field number {i}"))),
    }))
}

fn build_class(
    vm: &mut Vm,
    name: &str,
    fields: &[String],
    defaults: Vec<Value>,
    module: &str,
) -> PyResult<Value> {
    let field_tuple = Value::new_tuple(fields.iter().map(|f| Value::str(f)).collect());
    let ns = Rc::new(Globals::default());
    ns.set("__name__", Value::Str(format!("namedtuple_{name}").into()));
    ns.set(
        "_tuple_new",
        vm.builtin_type_extra_attr(TypeId::Tuple, "__new__")
            .unwrap_or(Value::None),
    );
    ns.set("_fields", field_tuple.clone());
    ns.set("_defaults", Value::new_tuple(defaults.clone()));
    // The names CPython's `_make` and `_replace` use, so that their lines
    // in a traceback read as collections/__init__.py's.
    ns.set("num_fields", Value::Int(fields.len() as i64));
    ns.set("field_names", field_tuple.clone());
    ns.set(
        "_map",
        vm.builtins.get("map").cloned().unwrap_or(Value::None),
    );
    let source = methods_source(name, fields, defaults.len());
    crate::namespace::run_generated(vm, source, COLLECTIONS_FILE, &ns)?;
    let body = match &ns.get(name) {
        Some(Value::Class(body)) => body.clone(),
        _ => return Err(exceptions::runtime_error("namedtuple class body failed")),
    };
    let mut attrs = crate::objects::class::AttrMap::default();
    attrs.insert("__module__".into(), Value::str(module));
    attrs.insert(
        "__doc__".into(),
        Value::Str(format!("{name}({})", fields.join(", ")).into()),
    );
    attrs.insert("__slots__".into(), Value::new_tuple(vec![]));
    attrs.insert("_fields".into(), field_tuple.clone());
    let field_defaults = PyDict::default();
    let first_default = fields.len() - defaults.len();
    for (f, d) in fields[first_default..].iter().zip(defaults) {
        field_defaults.set(Value::str(f), d)?;
    }
    attrs.insert(
        "_field_defaults".into(),
        Value::Dict(Rc::new(field_defaults)),
    );
    attrs.insert("__match_args__".into(), field_tuple);
    for (k, v) in body.attrs.borrow().iter() {
        if !k.starts_with("__") || matches!(&**k, "__new__" | "__repr__" | "__getnewargs__") {
            attrs.insert(k.clone(), v.clone());
        }
    }
    for (i, f) in fields.iter().enumerate() {
        attrs.insert(f.as_str().into(), field_property(i));
    }
    let class = PyClass::new(crate::objects::class::ClassSpec {
        name: name.into(),
        qualname: name.into(),
        bases: vec![Value::Type(TypeId::Tuple)],
        attrs,
        metaclass: None,
    })?;
    Ok(Value::Class(class))
}
