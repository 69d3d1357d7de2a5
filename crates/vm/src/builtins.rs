//! Built-in functions, type constructors and the methods of list, dict,
//! int and float.

use crate::exceptions::{self, type_error, value_error, ExcType, PyException, PyResult};
use crate::format;
use crate::interp::Vm;
use crate::objects::function::{builtin, Args};
use crate::objects::iter::{self, PyIter};
use crate::objects::{array, bytearray, bytes, dict, memoryview};
use crate::ops;
use crate::value::{PyRange, PySlice, Stream, TypeId, Value};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};
use std::collections::HashMap;
use std::rc::Rc;

/// The built-in types `builtins` names.
pub(crate) const BUILTIN_TYPES: &[(&str, TypeId)] = &[
    ("int", TypeId::Int),
    ("float", TypeId::Float),
    ("complex", TypeId::Complex),
    ("str", TypeId::Str),
    ("bool", TypeId::Bool),
    ("bytes", TypeId::Bytes),
    ("bytearray", TypeId::ByteArray),
    ("memoryview", TypeId::MemoryView),
    ("list", TypeId::List),
    ("tuple", TypeId::Tuple),
    ("dict", TypeId::Dict),
    ("range", TypeId::Range),
    ("slice", TypeId::Slice),
    ("type", TypeId::Type),
    ("object", TypeId::Object),
    ("staticmethod", TypeId::StaticMethod),
    ("classmethod", TypeId::ClassMethod),
    ("property", TypeId::Property),
    ("super", TypeId::Super),
    ("enumerate", TypeId::Iterator("enumerate")),
    ("zip", TypeId::Iterator("zip")),
    ("map", TypeId::Iterator("map")),
    ("filter", TypeId::Iterator("filter")),
    ("reversed", TypeId::Iterator("reversed")),
    ("set", TypeId::Set),
    ("frozenset", TypeId::FrozenSet),
];

pub fn table() -> HashMap<&'static str, Value> {
    let mut t: HashMap<&'static str, Value> = HashMap::new();
    let fns: &[(&'static str, fn(&mut Vm, &Args) -> PyResult<Value>)] = &[
        ("print", b_print),
        ("input", b_input),
        ("len", b_len),
        ("ord", b_ord),
        ("chr", b_chr),
        ("repr", b_repr),
        ("ascii", b_ascii),
        ("sum", b_sum),
        ("min", b_min),
        ("max", b_max),
        ("isinstance", b_isinstance),
        ("hex", b_hex),
        ("oct", b_oct),
        ("bin", b_bin),
        ("abs", b_abs),
        ("id", b_id),
        ("hash", b_hash),
        ("iter", b_iter),
        ("next", b_next),
        ("aiter", crate::coroutine::b_aiter),
        ("anext", crate::coroutine::b_anext),
        ("sorted", b_sorted),
        ("any", b_any),
        ("all", b_all),
        ("divmod", b_divmod),
        ("pow", b_pow),
        ("round", b_round),
        ("format", b_format),
        ("callable", b_callable),
        ("getattr", b_getattr),
        ("hasattr", b_hasattr),
        ("issubclass", b_issubclass),
        ("setattr", b_setattr),
        ("delattr", b_delattr),
        ("vars", b_vars),
        ("dir", b_dir),
        ("__build_class__", |vm, args| vm.build_class_builtin(args)),
        ("__import__", |vm, args| vm.import_builtin(args)),
    ];
    for (name, f) in fns {
        t.insert(name, builtin(name, None, *f));
    }
    use crate::objects::sitebuiltins::SiteBuiltin;
    t.insert("exit", SiteBuiltin::Quitter("exit").value());
    t.insert("quit", SiteBuiltin::Quitter("quit").value());
    t.insert("help", SiteBuiltin::Helper.value());
    t.insert(
        "open",
        builtin("open", Some("io"), crate::modules::fileio::open),
    );
    crate::namespace::add_builtins(&mut t);
    for &(name, ty) in BUILTIN_TYPES {
        t.insert(name, Value::Type(ty));
    }
    for e in ExcType::ALL.iter().filter(|e| e.is_builtin()) {
        t.insert(e.name(), Value::Type(TypeId::Exception(*e)));
    }
    // OSError's old names are the same class.
    for alias in ["IOError", "EnvironmentError"] {
        t.insert(alias, Value::Type(TypeId::Exception(ExcType::OSError)));
    }
    t.insert("None", Value::None);
    t.insert("True", Value::Bool(true));
    t.insert("False", Value::Bool(false));
    t.insert("Ellipsis", Value::Ellipsis);
    t.insert("NotImplemented", Value::NotImplemented);
    t
}

/// An empty value of a built-in type whose methods are looked up on a
/// value (str, list, tuple, dict, int, bool, float, bytes, bytearray,
/// set, frozenset).
fn sample_value(t: TypeId) -> Option<Value> {
    Some(match t {
        TypeId::Str => Value::str(""),
        TypeId::List => Value::new_list(vec![]),
        TypeId::Tuple => Value::new_tuple(vec![]),
        TypeId::Dict => Value::Dict(Rc::new(dict::PyDict::default())),
        TypeId::Int | TypeId::Bool => Value::Int(0),
        TypeId::Float => Value::Float(0.0),
        TypeId::Bytes => bytes::new_value(vec![]),
        TypeId::ByteArray => bytearray::new_value(vec![]),
        TypeId::Set | TypeId::FrozenSet => crate::objects::set::new_value(
            crate::objects::set::SetTable::default(),
            t == TypeId::FrozenSet,
        ),
        _ => return None,
    })
}

/// The names of the methods a built-in type's instances have (what its
/// `__dict__` lists).
pub fn type_method_names(t: TypeId) -> Vec<&'static str> {
    let Some(sample) = sample_value(t) else {
        return Vec::new();
    };
    method_names(&sample).to_vec()
}

/// Method names per type, for `getattr` of bound methods.
pub fn method_names(v: &Value) -> &'static [&'static str] {
    match v {
        Value::Bytes(_) => bytes::methods(),
        Value::ByteArray(_) => bytearray::methods(),
        Value::Type(TypeId::Bytes) => bytes::methods(),
        Value::Type(TypeId::ByteArray) => bytearray::methods(),
        Value::Type(TypeId::Int) => &["from_bytes", "to_bytes"],
        Value::MemoryView(_) => &[
            "tobytes",
            "tolist",
            "hex",
            "release",
            "cast",
            "toreadonly",
            "__enter__",
            "__exit__",
        ],
        Value::Array(_) => &[
            "append",
            "extend",
            "fromlist",
            "frombytes",
            "tobytes",
            "tolist",
            "pop",
            "insert",
            "count",
            "index",
            "remove",
            "reverse",
            "byteswap",
            "buffer_info",
            "tounicode",
            "fromunicode",
            "tofile",
            "fromfile",
        ],
        Value::Str(_) => crate::objects::str::METHODS,
        Value::List(_) => &[
            "append", "extend", "pop", "insert", "remove", "index", "count", "sort", "reverse",
            "copy", "clear",
        ],
        Value::Tuple(_) | Value::Range(_) => &["count", "index"],
        Value::Slice(_) => &["indices"],
        Value::Dict(d) if !d.is_plain() => crate::modules::collections::dict_method_names(d),
        Value::Dict(_) => &[
            "popitem",
            "fromkeys",
            "get",
            "keys",
            "values",
            "items",
            "pop",
            "setdefault",
            "update",
            "copy",
            "clear",
        ],
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => &[
            "to_bytes",
            "bit_length",
            "bit_count",
            "from_bytes",
            "conjugate",
            "as_integer_ratio",
            "__index__",
            "__int__",
            "__float__",
            "__round__",
            "__trunc__",
            "__floor__",
            "__ceil__",
        ],
        Value::Complex(..) => crate::objects::complex::METHODS,
        Value::Float(_) => &[
            "is_integer",
            "conjugate",
            "as_integer_ratio",
            "hex",
            "fromhex",
            "__int__",
            "__float__",
            "__round__",
            "__trunc__",
            "__floor__",
            "__ceil__",
        ],
        Value::Stream(_) => crate::modules::sys::STREAM_METHODS,
        Value::Set(s) if s.frozen => crate::objects::set::frozenset_methods(),
        Value::Set(_) => crate::objects::set::methods(),
        Value::DictView(v) => v.method_names(),
        Value::Native(o) => o.method_names(),
        Value::Iter(i) if crate::coroutine::method_names(&i.borrow()).is_some() => {
            crate::coroutine::method_names(&i.borrow()).unwrap_or(&[])
        }
        Value::Iter(i) if i.borrow().is_generator() => {
            &["__next__", "__iter__", "send", "close", "throw"]
        }
        Value::Iter(i) if crate::objects::iter::seq_position(&i.borrow()).is_some() => &[
            "__next__",
            "__iter__",
            "__length_hint__",
            "__reduce__",
            "__setstate__",
        ],
        Value::Iter(i)
            if i.borrow().length_hint().is_some()
                || matches!(
                    &*i.borrow(),
                    crate::objects::iter::PyIter::SeqIndex(..)
                        | crate::objects::iter::PyIter::SeqReversed(..)
                ) =>
        {
            &["__next__", "__iter__", "__length_hint__"]
        }
        Value::Iter(_) => &["__next__", "__iter__"],
        _ => &[],
    }
}

/// `print`'s text when it holds lone surrogates: CPython writes each
/// argument, separator and the end one by one, so what precedes the one
/// its stream cannot encode is still written. `ends` are where the pieces
/// before the end end in `out`.
fn write_pieces(vm: &mut Vm, file: Stream, out: &str, ends: &[usize]) -> PyResult<()> {
    if file == Stream::Stdout {
        let mut from = 0;
        for &to in ends.iter().chain(std::iter::once(&out.len())) {
            if let Err(e) = crate::codecs::stdout_bytes(out.get(from..to).unwrap_or_default()) {
                let done = crate::codecs::stdout_bytes(out.get(..from).unwrap_or_default())?;
                vm.write_stream(file, &done)?;
                return Err(e);
            }
            from = to;
        }
    }
    vm.write_text(file, out)
}

fn b_print(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = None;
    let mut flush = false;
    for (k, v) in &args.kw {
        match &**k {
            "sep" | "end" => {
                let s = match v {
                    Value::None => None,
                    Value::Str(s) => Some(s.to_string()),
                    other => {
                        return Err(type_error(format!(
                            "{k} must be None or a string, not {}",
                            other.type_name()
                        )))
                    }
                };
                if let Some(s) = s {
                    if &**k == "sep" {
                        sep = s;
                    } else {
                        end = s;
                    }
                }
            }
            "file" => file = Some(v.clone()).filter(|f| !f.is_none()),
            "flush" => flush = ops::truthy(v)?,
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )))
            }
        }
    }
    // Without a file, `sys.stdout` (which a script may have replaced).
    let file = match file {
        Some(f) => f,
        None => match vm.sys_stdout()? {
            Value::None => return Ok(Value::None),
            f => f,
        },
    };
    let Value::Stream(stream) = file else {
        // Any other file gets each piece through its `write` method.
        let write = vm.getattr(&file, "write")?;
        for (i, v) in args.pos.iter().enumerate() {
            if i > 0 {
                vm.call(&write, Args::new(vec![Value::Str(sep.as_str().into())]))?;
            }
            let s = vm.str_value(v)?;
            vm.call(&write, Args::new(vec![s]))?;
        }
        vm.call(&write, Args::new(vec![Value::Str(end.into())]))?;
        if flush {
            vm.call_method(&file, "flush", Args::default())?;
        }
        return Ok(Value::None);
    };
    let mut out = String::new();
    // Where each argument and separator ends in `out`.
    let mut ends: Vec<usize> = Vec::new();
    // CPython writes each piece through the stream's `write`, two levels of
    // C calls deep against the recursion limit (after PyObject_Str's level
    // for the first piece): past it, nothing is written.
    let write_levels = |vm: &Vm| match vm.depth_left() {
        0 | 1 => Err(exceptions::recursion_error(exceptions::IN_CALL)),
        _ => Ok(()),
    };
    // Writes the pieces gathered so far.
    fn emit(vm: &mut Vm, stream: Stream, out: &mut String, ends: &mut Vec<usize>) -> PyResult<()> {
        if out.is_empty() {
            return Ok(());
        }
        let r = if crate::surrogates::may_contain(out) {
            write_pieces(vm, stream, out, ends)
        } else {
            vm.write_stream(stream, out.as_bytes())
        };
        out.clear();
        ends.clear();
        r
    }
    for (i, v) in args.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
            ends.push(out.len());
        }
        // CPython writes each piece before it takes the next one's str():
        // what a user `__str__` prints, or the error it raises, comes after
        // the pieces before it.
        if crate::dispatch::user_class(v).is_some() {
            emit(vm, stream, &mut out, &mut ends)?;
        }
        match vm.str_of(v) {
            Ok(piece) => out.push_str(&piece),
            Err(e) => {
                emit(vm, stream, &mut out, &mut ends)?;
                return Err(e);
            }
        }
        if i == 0 {
            write_levels(vm)?;
        }
        ends.push(out.len());
    }
    if args.pos.is_empty() {
        write_levels(vm)?;
    }
    out.push_str(&end);
    emit(vm, stream, &mut out, &mut ends)?;
    if flush {
        match stream {
            Stream::Stdout => vm.stdout.flush(),
            Stream::Stderr => vm.stderr.flush(),
            Stream::Stdin => {}
        }
    }
    Ok(Value::None)
}

fn one_arg<'a>(args: &'a Args, name: &str) -> PyResult<&'a Value> {
    args.no_kwargs(name)?;
    if args.pos.len() != 1 {
        return Err(type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    Ok(&args.pos[0])
}

/// What CPython's `list(x)` learns of `x`'s size before iterating it:
/// its length (`Ok`), else its `__length_hint__` or 8 (`Err`). Only
/// built-in types answer, so no Python code runs for it.
pub fn size_hint(v: &Value) -> Result<usize, usize> {
    match v {
        Value::Iter(it) => Err(it.borrow().length_hint().unwrap_or(8)),
        _ => len_of(v).map_err(|_| 8),
    }
}

/// A new list of `items` made by `list(x)` or `sorted(x)` given the
/// [`size_hint`] of `x`, with the storage CPython gives it.
pub fn list_built(hint: Result<usize, usize>, items: Vec<Value>) -> Value {
    let alloc = crate::objects::alloc::ListAlloc::built(items.len(), hint.err());
    Value::List(Rc::new(crate::nested::PyList::with_alloc(items, alloc)))
}

/// The `hint` of [`crate::nested::PyList::extend`] for extending by `x`.
pub fn extend_hint(x: &Value) -> Option<usize> {
    match x {
        Value::List(_) | Value::Tuple(_) => None,
        _ => Some(size_hint(x).unwrap_or_else(|h| h)),
    }
}

pub fn len_of(v: &Value) -> PyResult<usize> {
    Ok(match v {
        Value::Str(s) => crate::objects::str::len(s),
        Value::Bytes(b) => b.data.len(),
        Value::ByteArray(b) => b.data.borrow().len(),
        Value::MemoryView(m) => m.len()?,
        Value::Array(a) => a.len(),
        Value::List(l) => l.borrow().len(),
        Value::Tuple(t) => t.len(),
        Value::Dict(d) => d.map.borrow().len(),
        Value::Range(r) => crate::objects::range::len(r)?,
        Value::Set(s) => s.table.borrow().len(),
        Value::DictView(d) => d.len(),
        Value::Native(o) if o.len().is_some() => o.len().unwrap_or(Ok(0))?,
        other => {
            return Err(type_error(format!(
                "object of type '{}' has no len()",
                other.type_name()
            )))
        }
    })
}

fn b_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "len")?.clone();
    Ok(Value::from_usize(vm.len_of(&v)?))
}

fn b_ord(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "ord")?;
    let single = |n: usize, what: &str| {
        type_error(format!(
            "ord() expected a character, but {what} of length {n} found"
        ))
    };
    match v {
        Value::Str(s) => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(Value::Int(crate::surrogates::code(c).into())),
                _ => Err(single(s.chars().count(), "string")),
            }
        }
        Value::Bytes(_) | Value::ByteArray(_) => {
            let d = crate::buffer::to_vec(v).unwrap_or(Ok(Vec::new()))?;
            if d.len() == 1 {
                Ok(Value::Int(d[0] as i64))
            } else {
                Err(single(d.len(), "string"))
            }
        }
        other => Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            other.type_name()
        ))),
    }
}

fn b_chr(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "chr")?;
    let n = match v {
        Value::BigInt(_) => {
            return Err(exceptions::overflow_error(
                "Python int too large to convert to C int",
            ))
        }
        other => ops::index_i64(other)?,
    };
    match u32::try_from(n).ok().and_then(crate::surrogates::from_code) {
        Some(c) => Ok(Value::Str(c.to_string().into())),
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

fn b_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "repr")?;
    vm.repr_value(v)
}

/// `ascii(v)`: the repr, which is returned as it is when it is all ASCII.
fn b_ascii(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "ascii")?;
    let r = vm.repr_value(v)?;
    match crate::dispatch::plain(&r) {
        Value::Str(s) if !s.is_ascii() => Ok(Value::Str(crate::codecs::escape_non_ascii(s).into())),
        _ => Ok(r),
    }
}

fn b_sum(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let given = args.pos.len() + args.kw.len();
    if args.pos.is_empty() {
        return Err(type_error(
            "sum() takes at least 1 positional argument (0 given)",
        ));
    }
    if given > 2 {
        return Err(type_error(format!(
            "sum() takes at most 2 arguments ({given} given)"
        )));
    }
    // The argument vector is dropped at once: a generator expression then
    // has no other reference, and `for_each` may drive it in place.
    let start = crate::modules::clinic_args(args, "sum", 1, &["start"], 0)?
        .get(1)
        .cloned()
        .flatten();
    let mut acc = start.unwrap_or(Value::Int(0));
    let what = match &acc {
        Value::Str(_) => Some("strings [use ''.join(seq) instead]"),
        Value::Bytes(_) => Some("bytes [use b''.join(seq) instead]"),
        Value::ByteArray(_) => Some("bytearray [use b''.join(seq) instead]"),
        _ => None,
    };
    if let Some(what) = what {
        return Err(type_error(format!("sum() can't sum {what}")));
    }
    let src = &args.pos[0];
    // Integer buffers add up without an int object per item.
    if let Value::Int(start) = acc {
        let total = match src {
            Value::Array(a) => a.int_sum(),
            Value::MemoryView(m) => m.int_sum(),
            _ => None,
        };
        if let Some(t) = total.and_then(|t| t.checked_add(start as i128)) {
            return Ok(match i64::try_from(t) {
                Ok(i) => Value::Int(i),
                Err(_) => Value::BigInt(Rc::new(t.into())),
            });
        }
    }
    vm.for_each(src, |vm, item| {
        acc = match (&acc, &item) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                Some(r) => Value::Int(r),
                None => vm.binary(pyview_syntax::ir::BinOp::Add, &acc, &item)?,
            },
            (Value::Float(a), Value::Float(b)) => Value::Float(ops::new_float(a + b)),
            _ => vm.binary(pyview_syntax::ir::BinOp::Add, &acc, &item)?,
        };
        Ok(())
    })?;
    Ok(acc)
}

fn min_max(vm: &mut Vm, args: &Args, name: &str, want: std::cmp::Ordering) -> PyResult<Value> {
    let key = args.kwarg("key").filter(|k| !k.is_none());
    let default = args.kwarg("default");
    if args.kw.len() > 2 {
        return Err(type_error(format!(
            "{name}() takes at most 2 keyword arguments ({} given)",
            args.kw.len()
        )));
    }
    for (k, _) in &args.kw {
        if &**k != "key" && &**k != "default" {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for {name}()"
            )));
        }
    }
    if args.pos.is_empty() {
        return Err(type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    }
    if args.pos.len() > 1 && default.is_some() {
        return Err(type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let mut best: Option<(Value, Value)> = None;
    // Each item's key is computed as the item comes, as CPython does.
    let mut consider = |vm: &mut Vm, item: Value| -> PyResult<()> {
        let k = match &key {
            Some(f) => vm.call(f, Args::new(vec![item.clone()]))?,
            None => item.clone(),
        };
        let replace = match &best {
            None => true,
            Some((bk, _)) => {
                let op = if want == std::cmp::Ordering::Less {
                    pyview_syntax::ir::CmpOp::Lt
                } else {
                    pyview_syntax::ir::CmpOp::Gt
                };
                // PyObject_RichCompareBool's level (a user class's
                // comparison counts its own).
                let plain_values = crate::dispatch::user_class(&k).is_none()
                    && crate::dispatch::user_class(bk).is_none();
                if plain_values && vm.depth_exceeded() {
                    return Err(exceptions::recursion_error(exceptions::IN_COMPARISON));
                }
                vm.compare(op, &k, bk)?
            }
        };
        if replace {
            best = Some((k, item));
        }
        Ok(())
    };
    match &args.pos[..] {
        [one] => vm.for_each(one, &mut consider)?,
        many => {
            for item in many {
                consider(vm, item.clone())?;
            }
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn b_min(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    min_max(vm, args, "min", std::cmp::Ordering::Less)
}

fn b_max(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    min_max(vm, args, "max", std::cmp::Ordering::Greater)
}

/// `isinstance`/`issubclass` against `t`: a type, or a tuple or union of
/// them (any member matching), with `one` deciding for a single type;
/// `context` names the level a tuple takes against the recursion limit.
fn class_matches(
    vm: &mut Vm,
    v: &Value,
    t: &Value,
    one: fn(&mut Vm, &Value, &Value) -> PyResult<bool>,
    context: &'static str,
) -> PyResult<bool> {
    match t {
        // A tuple of classes is checked one level deeper.
        Value::Tuple(items) => vm.nested(context, |vm| {
            for it in items.iter() {
                if class_matches(vm, v, it, one, context)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }),
        u => match crate::objects::generic_alias::union_members(u) {
            Some(members) => {
                let types = members
                    .into_iter()
                    .map(|m| match m {
                        Value::None => Value::Type(TypeId::NoneType),
                        m => m,
                    })
                    .collect();
                class_matches(vm, v, &Value::new_tuple(types), one, context)
            }
            None => one(vm, v, t),
        },
    }
}

fn b_isinstance(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return Err(type_error(format!(
            "isinstance expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    Ok(Value::Bool(class_matches(
        vm,
        &args.pos[0],
        &args.pos[1],
        Vm::isinstance_one,
        exceptions::IN_INSTANCECHECK,
    )?))
}

fn b_issubclass(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return Err(type_error(format!(
            "issubclass expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    Ok(Value::Bool(class_matches(
        vm,
        &args.pos[0],
        &args.pos[1],
        Vm::issubclass_one,
        exceptions::IN_SUBCLASSCHECK,
    )?))
}

fn b_setattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("setattr")?;
    if args.pos.len() != 3 {
        return Err(type_error(format!(
            "setattr expected 3 arguments, got {}",
            args.pos.len()
        )));
    }
    let name = attr_name(&args.pos[1])?;
    vm.setattr(&args.pos[0], &name, args.pos[2].clone())?;
    Ok(Value::None)
}

/// The name argument of getattr/setattr/hasattr/delattr.
fn attr_name(v: &Value) -> PyResult<Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

fn b_delattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("delattr")?;
    if args.pos.len() != 2 {
        return Err(type_error(format!(
            "delattr expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let name = attr_name(&args.pos[1])?;
    vm.delattr(&args.pos[0], &name)?;
    Ok(Value::None)
}

pub(crate) fn b_vars(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("vars", "vars", 0, 1)?;
    match args.pos.first() {
        Some(v) => vm
            .getattr(v, "__dict__")
            .map_err(|_| type_error("vars() argument must have __dict__ attribute")),
        None => Ok(Value::Dict(vm.globals.dict())),
    }
}

/// What `dir(object)` lists.
const OBJECT_DIR: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// What a user class adds to `dir()` beyond its own attributes.
const CLASS_DIR: &[&str] = &["__dict__", "__module__", "__weakref__"];

/// The names a class statement adds over built-in base `base`: no
/// `__weakref__` where CPython's instances of `base` cannot have one
/// (variable-sized values) or `base` already has it (sets).
fn class_dir(base: TypeId) -> impl Iterator<Item = &'static &'static str> {
    let no_weakref = matches!(
        base,
        TypeId::Int
            | TypeId::Bool
            | TypeId::Bytes
            | TypeId::Tuple
            | TypeId::Set
            | TypeId::FrozenSet
    );
    CLASS_DIR
        .iter()
        .filter(move |n| !(no_weakref && **n == "__weakref__"))
}

pub(crate) fn b_dir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("dir", "dir", 0, 1)?;
    // A class's `__dir__` decides what its instances list.
    if let Some(v) = args.pos.first() {
        if let Some(r) = vm.call_special(v, "__dir__", vec![]) {
            let mut names = Vec::new();
            for n in vm.collect(&r?)? {
                names.push(n);
            }
            let list = Value::new_list(names);
            vm.call_method(&list, "sort", Args::default())?;
            return Ok(list);
        }
    }
    let mut names: Vec<String> = match args.pos.first() {
        None => vm
            .globals
            .table
            .borrow()
            .names
            .iter()
            .filter(|n| vm.globals.get(n).is_some())
            .map(|n| n.to_string())
            .collect(),
        Some(Value::Type(TypeId::Object)) => OBJECT_DIR.iter().map(|s| s.to_string()).collect(),
        Some(Value::Type(t)) if crate::type_dicts::dir_names(*t).is_some() => {
            let names = crate::type_dicts::dir_names(*t).unwrap_or_default();
            names.iter().map(|s| s.to_string()).collect()
        }
        Some(Value::Type(t)) => {
            // A type lists the methods its instances have.
            let sample = sample_value(*t).unwrap_or(Value::Type(*t));
            method_names(&sample)
                .iter()
                .map(|s| s.to_string())
                .collect()
        }
        Some(Value::Instance(i)) => {
            let mut n: Vec<String> = OBJECT_DIR
                .iter()
                .chain(class_dir(i.class().builtin_base))
                .map(|s| s.to_string())
                .collect();
            n.extend(i.attrs.borrow().keys().map(|k| k.to_string()));
            n.extend(i.class().attrs.borrow().keys().map(|k| k.to_string()));
            for c in i.class().mro().iter() {
                n.extend(c.attrs.borrow().keys().map(|k| k.to_string()));
            }
            let base = crate::type_dicts::dir_names(i.class().builtin_base).unwrap_or_default();
            n.extend(base.iter().map(|s| s.to_string()));
            n
        }
        Some(Value::Class(c)) => {
            let mut n: Vec<String> = OBJECT_DIR
                .iter()
                .chain(class_dir(c.builtin_base))
                .map(|s| s.to_string())
                .collect();
            n.extend(c.attrs.borrow().keys().map(|k| k.to_string()));
            for b in c.mro().iter() {
                n.extend(b.attrs.borrow().keys().map(|k| k.to_string()));
            }
            let base = crate::type_dicts::dir_names(c.builtin_base).unwrap_or_default();
            n.extend(base.iter().map(|s| s.to_string()));
            n
        }
        Some(Value::Module(m)) => {
            vm.complete_module(m)?;
            m.names().iter().map(|k| k.to_string()).collect()
        }
        // An exception lists its type's names (and its class's) and those
        // set on it.
        Some(Value::Exception(e)) => {
            let mut n: Vec<String> = crate::type_dicts::dir_names(TypeId::Exception(e.typ))
                .unwrap_or_default()
                .iter()
                .map(|s| s.to_string())
                .collect();
            n.extend(e.attrs.borrow().keys().map(|k| k.to_string()));
            if let Some(c) = &e.class() {
                n.extend(CLASS_DIR.iter().map(|s| s.to_string()));
                for c in c.chain() {
                    n.extend(c.attrs.borrow().keys().map(|k| k.to_string()));
                }
            }
            n
        }
        Some(Value::Native(o)) if !o.dir_names().is_empty() => OBJECT_DIR
            .iter()
            .chain(o.dir_names())
            .map(|s| s.to_string())
            .collect(),
        Some(v) => match crate::type_dicts::dir_names(v.type_id()) {
            Some(names) => names.iter().map(|s| s.to_string()).collect(),
            None => method_names(v).iter().map(|s| s.to_string()).collect(),
        },
    };
    names.sort();
    names.dedup();
    Ok(Value::new_list(
        names.iter().map(|n| Value::str(n)).collect(),
    ))
}

fn radix(vm: &mut Vm, args: &Args, name: &str, base: u32, prefix: &str) -> PyResult<Value> {
    let v = crate::modules::index_value(vm, one_arg(args, name)?)?;
    let n = match &v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => ops::as_bigint(&v).unwrap_or_default(),
        other => return Err(exceptions::not_an_index(other.type_name())),
    };
    let digits = n.abs().to_str_radix(base);
    let sign = if n.is_negative() { "-" } else { "" };
    Ok(Value::Str(format!("{sign}{prefix}{digits}").into()))
}

fn b_hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    radix(vm, args, "hex", 16, "0x")
}

fn b_oct(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    radix(vm, args, "oct", 8, "0o")
}

fn b_bin(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    radix(vm, args, "bin", 2, "0b")
}

fn b_abs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "abs")?;
    if let Some(r) = vm.call_special(v, "__abs__", vec![]) {
        return r;
    }
    match v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(r) => Value::Int(r),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::BigInt(b) => Ok(Value::from_bigint(b.abs())),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Complex(r, i) => Ok(Value::Float(crate::objects::complex::abs(*r, *i)?)),
        other => Err(type_error(format!(
            "bad operand type for abs(): '{}'",
            other.type_name()
        ))),
    }
}

fn b_id(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "id")?;
    Ok(Value::Int(object_id(v) as i64))
}

/// `id(v)`, also the address reprs show: values without an identity of
/// their own (numbers) get a made-up one.
pub(crate) fn object_id(v: &Value) -> usize {
    v.ptr().unwrap_or(match v {
        Value::Int(i) => 0x7f00_0000_0000 + (*i as usize & 0xffff) * 32,
        _ => 0x7f00_0001_0000,
    })
}

fn b_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "hash")?;
    Ok(Value::Int(vm.hash_value(v)?))
}

fn b_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("iter", "iter", 1, 2)?;
    match &args.pos[..] {
        [v] => {
            if let Value::MemoryView(m) = v {
                m.check_builtin_iter()?;
            }
            vm.get_iter(v)
        }
        [f, sentinel] => {
            if !is_callable(f) {
                return Err(type_error("iter(v, w): v must be callable"));
            }
            Ok(iter::new_value(PyIter::Callable(
                f.clone(),
                sentinel.clone(),
            )))
        }
        _ => unreachable_args(),
    }
}

/// For argument patterns a preceding count check has excluded.
fn unreachable_args() -> PyResult<Value> {
    Err(type_error("bad argument count"))
}

fn b_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("next", "next", 1, 2)?;
    if let Value::Iter(i) = &args.pos[0] {
        if crate::coroutine::refuses_iter(&i.borrow()) {
            return Err(exceptions::not_an_iterator(args.pos[0].type_name()));
        }
    }
    // A class's own `__next__` raises its StopIteration through next(),
    // traceback, value and all (unless a default stands in).
    if crate::dispatch::user_class(&args.pos[0]).is_some() {
        if let Some(r) = vm.call_special(&args.pos[0], "__next__", vec![]) {
            return match (r, args.pos.get(1)) {
                (Err(e), Some(d)) if e.exc.typ == ExcType::StopIteration => Ok(d.clone()),
                (r, _) => r,
            };
        }
    }
    match vm.next(&args.pos[0])? {
        Some(v) => Ok(v),
        None => match args.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(exceptions::err_from(PyException::new(
                ExcType::StopIteration,
                match crate::objects::iter::generator_return(&args.pos[0]) {
                    Value::None => vec![],
                    v => vec![v],
                },
            ))),
        },
    }
}

fn sort_values(
    vm: &mut Vm,
    items: &mut [Value],
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(f) => items
            .iter()
            .map(|v| vm.call(f, Args::new(vec![v.clone()])))
            .collect::<PyResult<_>>()?,
        None => items.to_vec(),
    };
    // CPython sorts the reversed list and reverses the result, which
    // keeps equal items in order.
    let mut idx: Vec<usize> = if reverse {
        (0..items.len()).rev().collect()
    } else {
        (0..items.len()).collect()
    };
    if items.len() < 64 {
        // Timsort below its minimum run: the comparisons are CPython's
        // one by one, so the first that fails is the same, and the list
        // is left as far sorted as CPython leaves it.
        let r = small_sort(vm, &keys, &mut idx);
        if reverse {
            idx.reverse();
        }
        let sorted: Vec<Value> = idx.iter().map(|&i| items[i].clone()).collect();
        items.clone_from_slice(&sorted);
        return r;
    }
    let reversed = reverse;
    let mut err = None;
    // A stable merge sort that surfaces the first comparison error.
    idx.sort_by(|&a, &b| {
        if err.is_some() {
            return std::cmp::Ordering::Equal;
        }
        let (x, y) = (&keys[a], &keys[b]);
        match vm.compare(pyview_syntax::ir::CmpOp::Lt, x, y) {
            Ok(true) => std::cmp::Ordering::Less,
            Ok(false) => match vm.compare(pyview_syntax::ir::CmpOp::Lt, y, x) {
                Ok(true) => std::cmp::Ordering::Greater,
                Ok(false) => std::cmp::Ordering::Equal,
                Err(e) => {
                    err = Some(e);
                    std::cmp::Ordering::Equal
                }
            },
            Err(e) => {
                err = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    if let Some(e) = err {
        return Err(e);
    }
    if reversed {
        idx.reverse();
    }
    let sorted: Vec<Value> = idx.iter().map(|&i| items[i].clone()).collect();
    items.clone_from_slice(&sorted);
    Ok(())
}

/// CPython's `count_run` and `binarysort` over the order `idx` of `keys`
/// (a list shorter than timsort's minimum run): every comparison is one
/// `<`, made in CPython's order.
fn small_sort(vm: &mut Vm, keys: &[Value], idx: &mut [usize]) -> PyResult<()> {
    let n = idx.len();
    if n < 2 {
        return Ok(());
    }
    let lt = |vm: &mut Vm, a: usize, b: usize| {
        vm.compare(pyview_syntax::ir::CmpOp::Lt, &keys[a], &keys[b])
    };
    let mut run = 2;
    if lt(vm, idx[1], idx[0])? {
        while run < n && lt(vm, idx[run], idx[run - 1])? {
            run += 1;
        }
        idx[..run].reverse();
    } else {
        while run < n && !lt(vm, idx[run], idx[run - 1])? {
            run += 1;
        }
    }
    for start in run..n {
        let pivot = idx[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + (r - l) / 2;
            if lt(vm, pivot, idx[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        idx[l..=start].rotate_right(1);
    }
    Ok(())
}

fn sort_kwargs(args: &Args, fname: &str) -> PyResult<(Option<Value>, bool)> {
    if args.kw.len() > 2 {
        return Err(type_error(format!(
            "{fname}() takes at most 2 keyword arguments ({} given)",
            args.kw.len()
        )));
    }
    // Every name is checked before any value is converted, as CPython does.
    if let Some((other, _)) = args
        .kw
        .iter()
        .find(|(k, _)| !matches!(&**k, "key" | "reverse"))
    {
        return Err(type_error(format!(
            "'{other}' is an invalid keyword argument for {fname}()"
        )));
    }
    let key = args.kwarg("key").filter(|v| !v.is_none());
    let reverse = match args.kwarg("reverse") {
        Some(v) => ops::index_i64(&v)? != 0,
        None => false,
    };
    Ok((key, reverse))
}

fn b_sorted(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            args.pos.len()
        )));
    }
    let (key, reverse) = sort_kwargs(args, "sort")?;
    let hint = size_hint(&args.pos[0]);
    let mut items = vm.collect(&args.pos[0])?;
    // CPython calls the new list's `sort` method, which takes a level.
    vm.nested(exceptions::IN_CALL, |vm| {
        sort_values(vm, &mut items, key.as_ref(), reverse)
    })?;
    Ok(list_built(hint, items))
}

fn b_reversed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("reversed")?;
    if args.pos.len() != 1 {
        return Err(type_error(format!(
            "reversed expected 1 argument, got {}",
            args.pos.len()
        )));
    }
    let v = &args.pos[0];
    if let Some(class) = crate::dispatch::user_class(v) {
        if let Some(r) = class.lookup("__reversed__") {
            if r.is_none() {
                return Err(type_error(format!(
                    "'{}' object is not reversible",
                    v.type_name()
                )));
            }
            return vm
                .call_special(v, "__reversed__", vec![])
                .unwrap_or(Ok(Value::None));
        }
        if class.lookup("__len__").is_some() && class.lookup("__getitem__").is_some() {
            // Lazy: each item is fetched when asked for.
            let n = vm.len_of(v)?;
            let last = i64::try_from(n).unwrap_or(i64::MAX) - 1;
            return Ok(iter::new_value(PyIter::SeqReversed(v.clone(), last)));
        }
    }
    if let Some(r) = vm.native_special(v, "__reversed__", Vec::new) {
        return r;
    }
    let v = crate::dispatch::plain(v);
    // A subclass's native base (a deque) reverses itself.
    if matches!(v, Value::Native(_)) {
        if let Some(r) = vm.native_special(v, "__reversed__", Vec::new) {
            return r;
        }
    }
    match v {
        Value::List(l) => {
            let n = l.borrow().len();
            Ok(iter::new_value(PyIter::ListReversed(l.clone(), n)))
        }
        Value::Range(r) if r.big.is_some() => Ok(iter::new_value(PyIter::range_reversed(r))),
        Value::Range(r) => {
            let n = r.len();
            let last = if n > 0 { r.get(n - 1) } else { r.start };
            Ok(iter::new_value(PyIter::Range {
                next: last,
                left: n,
                step: r.step.wrapping_neg(),
            }))
        }
        Value::ByteArray(_) | Value::Array(_) | Value::MemoryView(_) => {
            // Mutable: read live, by index.
            let n = vm.len_of(v)?;
            let last = i64::try_from(n).unwrap_or(i64::MAX) - 1;
            Ok(iter::new_value(PyIter::SeqReversed(v.clone(), last)))
        }
        Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::Dict(_) | Value::DictView(_) => {
            let items = vm.collect(v)?;
            let name = match v {
                Value::Dict(_) => "dict_reversekeyiterator",
                Value::DictView(d) => match d.kind {
                    dict::ViewKind::Keys => "dict_reversekeyiterator",
                    dict::ViewKind::Values => "dict_reversevalueiterator",
                    dict::ViewKind::Items => "dict_reverseitemiterator",
                },
                _ => "reversed",
            };
            Ok(iter::new_value(PyIter::Reversed(name, items)))
        }
        other => Err(type_error(format!(
            "'{}' object is not reversible",
            other.type_name()
        ))),
    }
}

fn b_any(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "any")?;
    let mut found = false;
    vm.for_each_until(v, |vm, item| {
        found = vm.truthy(&item)?;
        Ok(found)
    })?;
    Ok(Value::Bool(found))
}

fn b_all(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "all")?;
    let mut all = true;
    vm.for_each_until(v, |vm, item| {
        all = vm.truthy(&item)?;
        Ok(!all)
    })?;
    Ok(Value::Bool(all))
}

fn b_divmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("divmod")?;
    if args.pos.len() != 2 {
        return Err(type_error(format!(
            "divmod expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let (a, b) = (&args.pos[0], &args.pos[1]);
    for (x, y, name) in [(a, b, "__divmod__"), (b, a, "__rdivmod__")] {
        if let Some(r) = vm.call_special(x, name, vec![y.clone()]) {
            match r? {
                Value::NotImplemented => {}
                v => return Ok(v),
            }
        }
    }
    let zero = match (a, b) {
        (_, Value::Float(y)) if *y == 0.0 => true,
        (Value::Float(_), y) => ops::as_bigint(y).is_some_and(|y| y.is_zero()),
        _ => false,
    };
    if zero {
        return Err(exceptions::zero_division("float divmod()"));
    }
    if let (Some(_), Some(y)) = (ops::as_bigint(a), ops::as_bigint(b)) {
        if y.is_zero() {
            return Err(exceptions::int_division_by_zero());
        }
    }
    let q = ops::binary(vm, pyview_syntax::ir::BinOp::FloorDiv, a, b).map_err(|e| {
        if e.exc.typ == ExcType::TypeError {
            exceptions::unsupported_operands("divmod()", a.type_name(), b.type_name())
        } else {
            e
        }
    })?;
    let r = ops::binary(vm, pyview_syntax::ir::BinOp::Mod, a, b)?;
    Ok(Value::new_tuple(vec![q, r]))
}

fn b_pow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = crate::modules::clinic_args(args, "pow", 0, &["base", "exp", "mod"], 2)?;
    let base = a.first().cloned().flatten().unwrap_or(Value::None);
    let exp = a.get(1).cloned().flatten().unwrap_or(Value::None);
    let modulus = a.get(2).cloned().flatten().filter(|m| !m.is_none());
    let Some(modulus) = modulus else {
        return vm.binary(pyview_syntax::ir::BinOp::Pow, &base, &exp);
    };
    // Three-argument power goes to the base's `__pow__` alone: CPython's
    // slot never calls `__rpow__` with a modulus.
    if let Some(method) = crate::dispatch::user_class(&base).and_then(|c| c.lookup("__pow__")) {
        let r = vm.call(
            &method,
            Args::new(vec![base.clone(), exp.clone(), modulus.clone()]),
        )?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    let (Some(b), Some(e), Some(m)) = (
        ops::as_bigint(&base),
        ops::as_bigint(&exp),
        ops::as_bigint(&modulus),
    ) else {
        let numeric = |v: &Value| matches!(v, Value::Float(_)) || ops::as_bigint(v).is_some();
        let complex = |v: &Value| matches!(v, Value::Complex(..));
        let all = [&base, &exp, &modulus];
        if all.iter().any(|v| complex(v)) && all.iter().all(|v| numeric(v) || complex(v)) {
            return Err(value_error("complex modulo"));
        }
        if numeric(&base) && numeric(&exp) && numeric(&modulus) {
            return Err(type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ));
        }
        return Err(type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            base.type_name(),
            exp.type_name(),
            modulus.type_name()
        )));
    };
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let am = m.abs();
    let (b, e) = if e.is_negative() {
        // A negative exponent raises the inverse of the base modulo m.
        let inv = mod_inverse(&b, &am)
            .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
        (inv, -e)
    } else {
        (b, e)
    };
    let mut r = b.modpow(&e, &am);
    if r.is_negative() {
        r += &am;
    }
    if m.is_negative() && !r.is_zero() {
        r -= &am;
    }
    Ok(Value::from_bigint(r))
}

/// The inverse of `a` modulo `m > 0`, if gcd(a, m) == 1.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut r0, mut r1) = (num_integer::Integer::mod_floor(a, m), m.clone());
    let (mut s0, mut s1) = (BigInt::from(1), BigInt::zero());
    while !r1.is_zero() {
        let q = num_integer::Integer::div_floor(&r0, &r1);
        let r2 = &r0 - &q * &r1;
        r0 = std::mem::replace(&mut r1, r2);
        let s2 = &s0 - &q * &s1;
        s0 = std::mem::replace(&mut s1, s2);
    }
    if r0 != BigInt::from(1) {
        return None;
    }
    Some(num_integer::Integer::mod_floor(&s0, m))
}

fn b_round(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = crate::modules::clinic_args(args, "round", 0, &["number", "ndigits"], 1)?;
    let number = a.first().cloned().flatten().unwrap_or(Value::None);
    if crate::dispatch::user_class(&number).is_some() {
        let extra: Vec<Value> = a.get(1).cloned().flatten().into_iter().collect();
        if let Some(r) = vm.call_special(&number, "__round__", extra) {
            return r;
        }
    }
    let mut pos = vec![number];
    pos.extend(a.get(1).cloned().flatten());
    round_value(&Args::new(pos))
}

/// `round(number[, ndigits])` for ints and floats (`args.pos`).
fn round_value(args: &Args) -> PyResult<Value> {
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    let nd = args.pos.get(1).cloned().filter(|v| !v.is_none());
    match &v {
        Value::Float(x) => match nd {
            None => {
                let r = x.round_ties_even();
                Ok(Value::from_bigint(
                    format::float_to_bigint(r).map_err(ops::fmt_err)?,
                ))
            }
            Some(n) => Ok(Value::Float(
                format::float_round_checked(*x, ops::index_i64(&n)?).map_err(ops::fmt_err)?,
            )),
        },
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let n = ops::as_bigint(&v).unwrap_or_default();
            match nd {
                None => Ok(Value::from_bigint(n)),
                Some(d) => {
                    let d = ops::index_i64(&d)?;
                    if d >= 0 {
                        return Ok(Value::from_bigint(n));
                    }
                    let p = num_traits::pow(BigInt::from(10), (-d).min(10000) as usize);
                    let (q, r) = num_integer::Integer::div_mod_floor(&n, &p);
                    let twice = &r * 2;
                    let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                        q + 1
                    } else {
                        q
                    };
                    Ok(Value::from_bigint(q * p))
                }
            }
        }
        other => Err(type_error(format!(
            "type {} doesn't define __round__ method",
            other.type_name()
        ))),
    }
}

fn b_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("format", "format", 1, 2)?;
    let spec = match args.pos.get(1) {
        None => String::new(),
        Some(Value::Str(s)) => s.to_string(),
        Some(o) => return Err(exceptions::bad_argument("format", "argument 2", "str", o)),
    };
    if let (Value::Str(_), true) = (&args.pos[0], spec.is_empty()) {
        return Ok(args.pos[0].clone());
    }
    vm.format_levels(&args.pos[0], spec.is_empty())?;
    Ok(Value::Str(
        crate::objects::str::format_value(vm, &args.pos[0], &spec)?.into(),
    ))
}

fn b_callable(_: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(is_callable(one_arg(args, "callable")?)))
}

pub(crate) fn is_callable(v: &Value) -> bool {
    // A class is callable whatever its metaclass (every one has `type`'s
    // `__call__`).
    if matches!(v, Value::Class(_)) {
        return true;
    }
    if let Some(class) = crate::dispatch::user_class(v) {
        return class.lookup("__call__").is_some();
    }
    matches!(
        v,
        Value::Function(_)
            | Value::Builtin(_)
            | Value::BoundMethod(_)
            | Value::Type(_)
            | Value::Class(_)
    ) || matches!(v, Value::Native(o) if o.method_names().contains(&"__call__"))
        // Method descriptors, and static methods since 3.10.
        || matches!(
            v,
            Value::Wrapper(w) if matches!(
                **w,
                crate::objects::descriptor::Wrapper::Method { .. }
                    | crate::objects::descriptor::Wrapper::StaticMethod(_)
            )
        )
}

fn b_getattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("getattr", "getattr", 2, 3)?;
    let name = attr_name(&args.pos[1])?;
    match vm.getattr(&args.pos[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if e.exc.typ == ExcType::AttributeError && args.pos.len() == 3 => {
            Ok(args.pos[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn b_hasattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("hasattr")?;
    if args.pos.len() != 2 {
        return Err(type_error(format!(
            "hasattr expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let name = attr_name(&args.pos[1])?;
    match vm.getattr(&args.pos[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.exc.typ == ExcType::AttributeError => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn b_map(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("map")?;
    if args.pos.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let its = args.pos[1..]
        .iter()
        .map(|v| vm.get_iter(v))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(iter::new_value(PyIter::Map(args.pos[0].clone(), its)))
}

fn b_filter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("filter")?;
    if args.pos.len() != 2 {
        return Err(type_error(format!(
            "filter expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let it = vm.get_iter(&args.pos[1])?;
    Ok(iter::new_value(PyIter::Filter(args.pos[0].clone(), it)))
}

/// `input(prompt='')`: writes the prompt to `sys.stdout` and flushes it,
/// then reads a line from the host's standard input (without its line
/// end); at end of input, `EOFError`.
fn b_input(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("input")?;
    if args.pos.len() > 1 {
        return Err(type_error(format!(
            "input expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    let out = vm.sys_stdout()?;
    if matches!(out, Value::None) {
        return Err(exceptions::runtime_error("input(): lost sys.stdout"));
    }
    if let Some(prompt) = args.pos.first() {
        let text = vm.str_of(prompt)?;
        match &out {
            Value::Stream(s) => vm.write_text(*s, &text)?,
            f => {
                let write = vm.getattr(f, "write")?;
                vm.call(&write, Args::new(vec![Value::Str(text.into())]))?;
            }
        }
    }
    match &out {
        Value::Stream(Stream::Stdout) => vm.stdout.flush(),
        Value::Stream(Stream::Stderr) => vm.stderr.flush(),
        f => {
            vm.call_method(f, "flush", Args::default())?;
        }
    }
    let mut line = Vec::new();
    if let Some(stdin) = vm.stdin.as_mut() {
        // A read error ends the input as the end of the file does.
        let _ = stdin.read_until(b'\n', &mut line);
    }
    if line.is_empty() {
        return Err(exceptions::new_err(
            ExcType::EOFError,
            "EOF when reading a line",
        ));
    }
    if line.last() == Some(&b'\n') {
        line.pop();
    }
    Ok(Value::Str(String::from_utf8_lossy(&line).into()))
}

/// The keywords the `__init__` of an exception type takes (ImportError's
/// `name` and `path`...), with the name CPython's messages give it.
pub(crate) fn exception_keywords(e: ExcType) -> Option<(&'static str, &'static [&'static str])> {
    if e.is_subclass(ExcType::ImportError) {
        Some(("ImportError", &["name", "path"]))
    } else if e.is_subclass(ExcType::NameError) {
        Some(("NameError", &["name"]))
    } else if e.is_subclass(ExcType::AttributeError) {
        Some(("AttributeError", &["name", "obj"]))
    } else {
        None
    }
}

/// Stores the keyword arguments of an exception whose `__init__` takes
/// some (see [`exception_keywords`]) as its attributes.
pub(crate) fn set_exception_keywords(exc: &PyException, kw: &[(Rc<str>, Value)]) -> PyResult<()> {
    let Some((owner, names)) = exception_keywords(exc.typ) else {
        return Ok(());
    };
    if let Some((k, _)) = kw.iter().find(|(k, _)| !names.contains(&&**k)) {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for {owner}()"
        )));
    }
    for (k, v) in kw {
        exc.attrs
            .borrow_mut()
            .insert(k.to_string().into(), v.clone());
    }
    Ok(())
}

/// Calling a type: `int(x)`, `bytes(...)`, `ValueError('msg')`...
pub fn construct(vm: &mut Vm, t: TypeId, args: Args) -> PyResult<Value> {
    match t {
        TypeId::Type => vm.type_call(args),
        _ => construct_ref(vm, t, &args),
    }
}

/// `construct` with borrowed arguments, so that the caller can reuse their
/// vector (`type(...)` itself takes the `construct` way).
pub fn construct_ref(vm: &mut Vm, t: TypeId, args: &Args) -> PyResult<Value> {
    let name = t.short_name();
    let no_kw = |args: &Args| {
        if args.kw.is_empty() {
            Ok(())
        } else {
            Err(type_error(format!("{name}() takes no keyword arguments")))
        }
    };
    match t {
        TypeId::Exception(e) if crate::objects::exception_group::is_group_type(e) => {
            // `__new__` checks its arguments before `__init__` refuses
            // keywords, naming the type made.
            let g = crate::objects::exception_group::instantiate(vm, e, None, &args.pos)?;
            if !args.kw.is_empty() {
                return Err(type_error(format!(
                    "{}() takes no keyword arguments",
                    g.short_type_name()
                )));
            }
            Ok(Value::Exception(g))
        }
        TypeId::Exception(e) if !args.kw.is_empty() && exception_keywords(e).is_some() => {
            let exc = PyException::construct(e, args.pos.clone());
            set_exception_keywords(&exc, &args.kw)?;
            Ok(Value::Exception(exc))
        }
        TypeId::Exception(e) => {
            no_kw(args)?;
            let exc = PyException::construct(e, args.pos.clone());
            crate::exceptions::init_syntax_error(vm, &exc)?;
            Ok(Value::Exception(exc))
        }
        TypeId::Int => construct_int(vm, args),
        TypeId::Float => {
            no_kw(args)?;
            args.check_posonly("float", "float", 0, 1)?;
            match args.pos.first() {
                None => Ok(Value::Float(0.0)),
                Some(Value::Float(f)) => Ok(Value::Float(*f)),
                Some(Value::Str(s)) => {
                    Ok(Value::Float(format::parse_float(s).map_err(ops::fmt_err)?))
                }
                Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => Ok(Value::Float(
                    format::bigint_to_f64(&ops::as_bigint(v).unwrap_or_default())
                        .map_err(ops::fmt_err)?,
                )),
                Some(v @ (Value::Bytes(_) | Value::ByteArray(_))) => {
                    let b = crate::buffer::to_vec(v).unwrap_or(Ok(Vec::new()))?;
                    let s = String::from_utf8_lossy(&b).into_owned();
                    Ok(Value::Float(format::parse_float(&s).map_err(|_| {
                        value_error(format!(
                            "could not convert string to float: {}",
                            ops::repr_simple(v)
                        ))
                    })?))
                }
                Some(v) => {
                    for special in ["__float__", "__index__"] {
                        if let Some(r) = vm.call_special(v, special, vec![]) {
                            return match r? {
                                f @ Value::Float(_) => Ok(f),
                                n if special == "__index__" && ops::as_bigint(&n).is_some() => {
                                    Ok(Value::Float(
                                        format::bigint_to_f64(
                                            &ops::as_bigint(&n).unwrap_or_default(),
                                        )
                                        .map_err(ops::fmt_err)?,
                                    ))
                                }
                                bad => Err(type_error(format!(
                                    "{}.{special} returned non-float (type {})",
                                    v.type_name(),
                                    bad.type_name()
                                ))),
                            };
                        }
                    }
                    Err(type_error(format!(
                        "float() argument must be a string or a real number, not '{}'",
                        v.type_name()
                    )))
                }
            }
        }
        TypeId::Str => {
            if args.pos.len() > 1 || !args.kw.is_empty() {
                return crate::codecs::str_from_args(vm, args);
            }
            match args.pos.first() {
                None => Ok(Value::str("")),
                Some(v @ Value::Str(_)) => Ok(v.clone()),
                Some(v) => vm.str_value(v),
            }
        }
        TypeId::Bool => {
            no_kw(args)?;
            args.check_posonly("bool", "bool", 0, 1)?;
            Ok(Value::Bool(match args.pos.first() {
                Some(v) => vm.truthy(v)?,
                None => false,
            }))
        }
        TypeId::Bytes => Ok(match &args.pos[..] {
            [v @ Value::Bytes(_)] if args.kw.is_empty() => v.clone(),
            [Value::Int(n)] if args.kw.is_empty() && *n >= 0 => bytes::zeroed(vm, *n as usize)?,
            // A copy of another buffer, or a count of zero bytes, is new
            // memory in CPython; bytes from a list, an iterator or a str
            // may be its cached ones.
            [v] if args.kw.is_empty()
                && (crate::buffer::byte_len(v).is_some()
                    || matches!(v, Value::Int(_) | Value::Bool(_))) =>
            {
                bytes::fresh_value(bytes::from_args(vm, args, bytes::Kind::Bytes)?)
            }
            _ => bytes::new_value(bytes::from_args(vm, args, bytes::Kind::Bytes)?),
        }),
        TypeId::ByteArray => {
            let data = bytes::from_args(vm, args, bytes::Kind::ByteArray)?;
            // Sizes, strings, buffers, lists and tuples are copied in at
            // once; other iterables a byte at a time.
            let bytewise = match args.get(0, "source") {
                None | Some(Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Str(_)) => {
                    false
                }
                Some(Value::List(_) | Value::Tuple(_)) => false,
                Some(v) => {
                    crate::buffer::ContiguousBuffer::of(&v).is_err()
                        && !vm.has_method(&v, "__index__")
                }
            };
            let mut ba = bytearray::PyByteArray::new(data);
            if bytewise {
                ba.alloc = crate::objects::alloc::ByteArrayAlloc::appended(ba.len());
            }
            Ok(Value::ByteArray(Rc::new(ba)))
        }
        TypeId::MemoryView => {
            let Some(obj) = args.get(0, "object") else {
                return Err(type_error(
                    "memoryview() missing required argument 'object' (pos 1)",
                ));
            };
            if args.pos.len() + args.kw.len() > 1 {
                return Err(type_error(format!(
                    "memoryview() takes at most 1 argument ({} given)",
                    args.pos.len() + args.kw.len()
                )));
            }
            memoryview::new_value(&obj)
        }
        TypeId::List => {
            no_kw(args)?;
            args.check_posonly("list", "list", 0, 1)?;
            match args.pos.first() {
                None => Ok(Value::new_list(vec![])),
                Some(v) => {
                    let hint = size_hint(v);
                    let items = vm.collect(v)?;
                    Ok(list_built(hint, items))
                }
            }
        }
        TypeId::Tuple => {
            no_kw(args)?;
            args.check_posonly("tuple", "tuple", 0, 1)?;
            match args.pos.first() {
                None => Ok(Value::new_tuple(vec![])),
                Some(Value::Tuple(t)) => Ok(Value::Tuple(t.clone())),
                Some(v) => Ok(Value::new_tuple(vm.collect(v)?)),
            }
        }
        TypeId::Dict => {
            if args.pos.len() > 1 {
                return Err(type_error(format!(
                    "dict expected at most 1 argument, got {}",
                    args.pos.len()
                )));
            }
            let d = dict::PyDict::default();
            if let Some(src) = args.pos.first() {
                dict_update(vm, &d, src)?;
            }
            for (k, v) in &args.kw {
                d.set(Value::Str(k.clone()), v.clone())?;
            }
            Ok(Value::Dict(Rc::new(d)))
        }
        TypeId::Range => {
            no_kw(args)?;
            let ints = args
                .pos
                .iter()
                .map(|v| match crate::modules::index_value(vm, v)? {
                    n @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => Ok(n),
                    other => Err(exceptions::not_an_index(other.type_name())),
                })
                .collect::<PyResult<Vec<_>>>()?;
            let (start, stop, step) = match &ints[..] {
                [stop] => (Value::Int(0), stop.clone(), Value::Int(1)),
                [start, stop] => (start.clone(), stop.clone(), Value::Int(1)),
                [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
                [] => return Err(type_error("range expected at least 1 argument, got 0")),
                _ => {
                    return Err(type_error(format!(
                        "range expected at most 3 arguments, got {}",
                        ints.len()
                    )))
                }
            };
            if matches!(step, Value::Int(0) | Value::Bool(false)) {
                return Err(value_error("range() arg 3 must not be zero"));
            }
            // Its length is computed with comparisons, which take a level
            // against the recursion limit.
            if vm.depth_exceeded() {
                return Err(exceptions::recursion_error(exceptions::IN_COMPARISON));
            }
            // Ranges within 64 bits are made without big integers.
            if let (Value::Int(a), Value::Int(b), Value::Int(c)) = (&start, &stop, &step) {
                let (lo, hi, by) = (*a as i128, *b as i128, *c as i128);
                let span = if by > 0 { hi - lo } else { lo - hi };
                if span <= 0 || (span - 1) / by.abs() < i64::MAX as i128 {
                    return Ok(Value::Range(Rc::new(PyRange {
                        start: *a,
                        stop: *b,
                        step: *c,
                        big: None,
                    })));
                }
            }
            let big = |v: &Value| ops::as_bigint(v).unwrap_or_default();
            Ok(Value::Range(Rc::new(crate::objects::range::make(
                big(&start),
                big(&stop),
                big(&step),
            ))))
        }
        TypeId::Slice => {
            let p = &args.pos;
            let (a, b, c) = match p.len() {
                1 => (Value::None, p[0].clone(), Value::None),
                2 => (p[0].clone(), p[1].clone(), Value::None),
                3 => (p[0].clone(), p[1].clone(), p[2].clone()),
                0 => return Err(type_error("slice expected at least 1 argument, got 0")),
                n => {
                    return Err(type_error(format!(
                        "slice expected at most 3 arguments, got {n}"
                    )))
                }
            };
            Ok(Value::Slice(Rc::new(PySlice {
                start: a,
                stop: b,
                step: c,
            })))
        }
        TypeId::Type => vm.type_call(args.clone()),
        TypeId::Iterator("enumerate") => {
            let a = crate::modules::clinic_args(args, "enumerate", 0, &["iterable", "start"], 0)?;
            let Some(src) = a.first().cloned().flatten() else {
                return Err(type_error(
                    "enumerate() missing required argument 'iterable'",
                ));
            };
            let start = a.get(1).cloned().flatten().unwrap_or(Value::Int(0));
            let start = crate::modules::index_value(vm, &start)?;
            if !matches!(start, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
                return Err(exceptions::not_an_index(start.type_name()));
            }
            let it = vm.get_iter(&src)?;
            Ok(iter::new_value(PyIter::Enumerate(
                it,
                Value::from_bigint(ops::as_bigint(&start).unwrap_or_default()),
            )))
        }
        TypeId::Complex => crate::objects::complex::construct(vm, args),
        TypeId::Iterator("map") => b_map(vm, args),
        TypeId::Iterator("filter") => b_filter(vm, args),
        TypeId::Iterator("reversed") => b_reversed(vm, args),
        // The singletons' types give the singleton.
        TypeId::Ellipsis | TypeId::NoneType | TypeId::NotImplementedType => {
            if !args.pos.is_empty() || !args.kw.is_empty() {
                let shown = match t {
                    TypeId::Ellipsis => "EllipsisType",
                    _ => name,
                };
                return Err(type_error(format!("{shown} takes no arguments")));
            }
            Ok(match t {
                TypeId::Ellipsis => Value::Ellipsis,
                TypeId::NoneType => Value::None,
                _ => Value::NotImplemented,
            })
        }
        TypeId::Iterator("zip") => {
            let mut strict = false;
            for (k, v) in &args.kw {
                if &**k != "strict" {
                    return Err(type_error(format!(
                        "'{k}' is an invalid keyword argument for zip()"
                    )));
                }
                strict = vm.truthy(v)?;
            }
            let its = args
                .pos
                .iter()
                .map(|a| vm.get_iter(a))
                .collect::<PyResult<Vec<_>>>()?;
            Ok(iter::new_value(PyIter::Zip { its, strict }))
        }
        TypeId::Array => array::construct(vm, args),
        TypeId::Set | TypeId::FrozenSet => {
            no_kw(args)?;
            args.check_posonly(name, name, 0, 1)?;
            crate::objects::set::construct(vm, args.pos.first(), t == TypeId::FrozenSet)
        }
        TypeId::Native(n) => crate::modules::construct(vm, n, args)
            .unwrap_or_else(|| Err(type_error(format!("cannot create '{n}' instances")))),
        TypeId::StaticMethod | TypeId::ClassMethod => {
            no_kw(args)?;
            if args.pos.len() != 1 {
                return Err(type_error(format!(
                    "{name} expected 1 argument, got {}",
                    args.pos.len()
                )));
            }
            let f = args.pos[0].clone();
            Ok(Value::Wrapper(Rc::new(if t == TypeId::StaticMethod {
                crate::objects::class::Wrapper::StaticMethod(f)
            } else {
                crate::objects::class::Wrapper::ClassMethod(f)
            })))
        }
        TypeId::Property => crate::objects::descriptor::new_property(vm, args),
        TypeId::Super => {
            no_kw(args)?;
            let Some(cls) = args.pos.first() else {
                return Err(exceptions::runtime_error("super(): no arguments"));
            };
            if args.pos.len() > 2 {
                return Err(type_error(format!(
                    "super() takes at most 2 arguments ({} given)",
                    args.pos.len()
                )));
            }
            let obj = args.pos.get(1).filter(|o| !o.is_none()).cloned();
            vm.make_super(cls.clone(), obj)
        }
        TypeId::Object => {
            if !args.pos.is_empty() || !args.kw.is_empty() {
                return Err(type_error("object() takes no arguments"));
            }
            Ok(Value::Instance(Rc::new(
                crate::objects::class::PyInstance::new(vm.object_class(), None),
            )))
        }
        other => Err(type_error(format!(
            "cannot create '{}' instances",
            other.name()
        ))),
    }
}

fn construct_int(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.pos.len() + args.kw.len() > 2 {
        return Err(type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.pos.len() + args.kw.len()
        )));
    }
    if let Some((k, _)) = args.kw.iter().find(|(k, _)| &**k != "base") {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for int()"
        )));
    }
    let v = args.pos.first().cloned();
    let base = args.get(1, "base");
    let Some(v) = v else {
        if base.is_some() {
            return Err(type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        // A base too large for a C ssize_t is just out of range.
        let b = match b {
            Value::BigInt(_) => i64::MAX,
            b => ops::index_i64(&b)?,
        };
        if b != 0 && !(2..=36).contains(&b) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let s = match &v {
            Value::Str(s) => s.to_string(),
            Value::Bytes(_) | Value::ByteArray(_) => {
                String::from_utf8_lossy(&crate::buffer::to_vec(&v).unwrap_or(Ok(Vec::new()))?)
                    .into_owned()
            }
            _ => {
                return Err(type_error(
                    "int() can't convert non-string with explicit base",
                ))
            }
        };
        return parse_int(&s, b as u32, &v);
    }
    match &v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::from_bigint(
            format::float_to_bigint(f.trunc()).map_err(ops::fmt_err)?,
        )),
        Value::Str(s) => parse_int(s, 10, &v),
        Value::Bytes(_) | Value::ByteArray(_) => {
            let s = String::from_utf8_lossy(&crate::buffer::to_vec(&v).unwrap_or(Ok(Vec::new()))?)
                .into_owned();
            parse_int(&s, 10, &v)
        }
        Value::MemoryView(_) | Value::Array(_) => {
            // Other buffers are read as a bytes copy (which an error shows).
            let data = crate::buffer::to_vec(&v).unwrap_or(Ok(Vec::new()))?;
            let s = String::from_utf8_lossy(&data).into_owned();
            parse_int(&s, 10, &crate::objects::bytes::new_value(data))
        }
        other => {
            for special in ["__int__", "__index__", "__trunc__"] {
                if let Some(r) = vm.call_special(other, special, vec![]) {
                    let r = r?;
                    return match ops::as_bigint(&r) {
                        Some(n) => Ok(Value::from_bigint(n)),
                        None => Err(type_error(format!(
                            "{special} returned non-int (type {})",
                            r.type_name()
                        ))),
                    };
                }
            }
            Err(type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                other.type_name()
            )))
        }
    }
}

/// `int(s, base)` with Python's literal grammar (underscores, prefixes).
pub fn parse_int(s: &str, base: u32, orig: &Value) -> PyResult<Value> {
    let err = || {
        value_error(format!(
            "invalid literal for int() with base {base}: {}",
            ops::repr_simple(orig)
        ))
    };
    // Other scripts' decimal digits and Unicode spaces count as their ASCII forms.
    let mut ascii = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            ascii.push(c);
        } else if crate::objects::str::is_space(c) {
            ascii.push(' ');
        } else if let Some(d) = crate::objects::str::decimal_value(c) {
            ascii.push(char::from(b'0' + d as u8));
        } else {
            return Err(err());
        }
    }
    let t = ascii.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let (mut base, mut digits) = (base, lower.as_str());
    for (p, b) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if (base == b || base == 0) && digits.starts_with(p) {
            base = b;
            digits = &digits[2..];
            digits = digits.strip_prefix('_').unwrap_or(digits);
            break;
        }
    }
    if base == 0 {
        if digits.len() > 1
            && digits.starts_with('0')
            && digits.chars().any(|c| c != '0' && c != '_')
        {
            return Err(err());
        }
        base = 10;
    }
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
        || !digits
            .bytes()
            .all(|b| b == b'_' || b.is_ascii_alphanumeric())
    {
        return Err(err());
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !base.is_power_of_two() {
        ops::check_parse_digits(clean.len())?;
    }
    let n = BigInt::parse_bytes(clean.as_bytes(), base).ok_or_else(err)?;
    Ok(Value::from_bigint(if neg { -n } else { n }))
}

pub(crate) fn dict_update(vm: &mut Vm, d: &dict::PyDict, src: &Value) -> PyResult<()> {
    if let Value::Dict(s) = crate::dispatch::plain(src) {
        let items: Vec<_> = s
            .map
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (k, v) in items {
            d.insert(k, v);
        }
        return Ok(());
    }
    if let Some(items) = dict::mapping_items(vm, src)? {
        for (k, v) in items {
            let k = vm.dict_key(d, &k)?;
            d.set(k, v)?;
        }
        return Ok(());
    }
    // Pair by pair as they come: a bad element stops the iteration.
    let mut i = 0;
    vm.for_each(src, |vm, item| {
        let pair = vm.collect(&item).map_err(|_| {
            type_error(format!(
                "cannot convert dictionary update sequence element #{i} to a sequence"
            ))
        })?;
        if pair.len() != 2 {
            return Err(value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let k = vm.dict_key(d, &pair[0])?;
        d.set(k, pair[1].clone())?;
        i += 1;
        Ok(())
    })
}

/// An integer argument through `__index__` (`list.insert`, `list.pop`...).
fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let v = crate::modules::index_value(vm, v)?;
    ops::index_i64(&v)
}

/// The optional `start`/`stop` of `list.index` and `tuple.index`.
fn seq_bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) => {
            let i = crate::modules::index_value(vm, v)?;
            crate::objects::slice::as_index(&i)
                .map(Some)
                .ok_or_else(|| {
                    type_error("slice indices must be integers or have an __index__ method")
                })
        }
    }
}

/// `seq.index(x[, start[, stop]])` over a snapshot of the items.
fn seq_index(vm: &mut Vm, items: &[Value], args: &Args, what: &str) -> PyResult<Value> {
    args.check_posonly(&format!("{what}.index"), "index", 1, 3)?;
    let start = seq_bound(vm, args.pos.get(1))?;
    let stop = seq_bound(vm, args.pos.get(2))?;
    let x = &args.pos[0];
    if let Some((lo, hi)) = crate::objects::slice::search_window(start, stop, items.len()) {
        for (i, it) in items.iter().enumerate().take(hi).skip(lo) {
            if it.is(x) || vm.compare(pyview_syntax::ir::CmpOp::Eq, it, x)? {
                return Ok(Value::from_usize(i));
            }
        }
    }
    Err(value_error(if what == "list" {
        format!("{} is not in list", vm.repr_of(x)?)
    } else {
        format!("{what}.index(x): x not in {what}")
    }))
}

fn seq_count(vm: &mut Vm, items: &[Value], x: &Value) -> PyResult<Value> {
    let mut n = 0;
    for it in items {
        if it.is(x) || vm.compare(pyview_syntax::ir::CmpOp::Eq, it, x)? {
            n += 1;
        }
    }
    Ok(Value::from_usize(n))
}

pub fn list_method(
    vm: &mut Vm,
    l: &Rc<crate::nested::PyList>,
    name: &str,
    args: &Args,
) -> Option<PyResult<Value>> {
    let qual = format!("list.{name}");
    Some(match name {
        "append" => (|| {
            let v = args.check_one(&qual)?;
            l.push(v.clone());
            Ok(Value::None)
        })(),
        "extend" => (|| {
            let v = args.check_one(&qual)?;
            let hint = extend_hint(v);
            let items = vm.collect(v)?;
            l.extend(items, hint);
            Ok(Value::None)
        })(),
        "pop" => (|| {
            args.check_posonly(&qual, name, 0, 1)?;
            let i = match args.pos.first() {
                Some(v) => index_arg(vm, v)?,
                None => -1,
            };
            let list = l;
            let mut l = l.borrow_mut();
            if l.is_empty() {
                return Err(exceptions::index_error("pop from empty list"));
            }
            let j = crate::objects::slice::index(i, l.len())
                .ok_or_else(|| exceptions::index_error("pop index out of range"))?;
            if j + 1 == l.len() {
                list.alloc.resize(l.len(), j);
            } else {
                list.alloc.remove(l.len(), 1);
            }
            Ok(l.remove(j))
        })(),
        "insert" => (|| {
            args.no_kwargs(&qual)?;
            args.check_exact_n("insert", 2)?;
            let i = index_arg(vm, &args.pos[0])?;
            // `ins1` resizes (so may shrink) even where an append would not.
            l.alloc.resize(l.borrow().len(), l.borrow().len() + 1);
            let mut l = l.borrow_mut();
            let n = l.len() as i64;
            let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
            l.insert(i as usize, args.pos[1].clone());
            Ok(Value::None)
        })(),
        "index" => {
            let items = l.borrow().clone();
            seq_index(vm, &items, args, "list")
        }
        "count" => (|| {
            let x = args.check_one(&qual)?;
            let items = l.borrow().clone();
            seq_count(vm, &items, x)
        })(),
        "remove" => (|| {
            let x = args.check_one(&qual)?;
            let items = l.borrow().clone();
            for (i, it) in items.iter().enumerate() {
                if it.is(x) || vm.compare(pyview_syntax::ir::CmpOp::Eq, it, x)? {
                    let list = l;
                    let mut l = l.borrow_mut();
                    if i < l.len() {
                        list.alloc.remove(l.len(), 1);
                        l.remove(i);
                    }
                    return Ok(Value::None);
                }
            }
            Err(value_error("list.remove(x): x not in list"))
        })(),
        "sort" => (|| {
            if !args.pos.is_empty() {
                return Err(type_error("sort() takes no positional arguments"));
            }
            let (key, reverse) = sort_kwargs(args, "sort")?;
            let mut items = std::mem::take(&mut *l.borrow_mut());
            let r = sort_values(vm, &mut items, key.as_ref(), reverse);
            // Items appended by a key function during the sort are dropped,
            // as in CPython, which then reports the change (an emptied
            // list that was never stored into has no capacity).
            let touched = {
                let during = l.borrow();
                !during.is_empty() || during.capacity() > 0
            };
            *l.borrow_mut() = items;
            r?;
            if touched {
                return Err(value_error("list modified during sort"));
            }
            Ok(Value::None)
        })(),
        "reverse" | "copy" | "clear" => (|| {
            args.check_none(&qual)?;
            Ok(match name {
                "reverse" => {
                    l.borrow_mut().reverse();
                    Value::None
                }
                "copy" => Value::new_list(l.borrow().clone()),
                _ => {
                    // CPython releases the items last to first (`__del__` order).
                    let old = std::mem::take(&mut *l.borrow_mut());
                    l.alloc.clear();
                    old.into_iter().rev().for_each(drop);
                    Value::None
                }
            })
        })(),
        _ => return None,
    })
}

pub fn tuple_method(vm: &mut Vm, t: &[Value], name: &str, args: &Args) -> Option<PyResult<Value>> {
    Some(match name {
        "index" => seq_index(vm, t, args, "tuple"),
        "count" => args
            .check_one("tuple.count")
            .and_then(|x| seq_count(vm, t, x)),
        _ => return None,
    })
}

pub fn range_method(vm: &mut Vm, r: &PyRange, name: &str, args: &Args) -> Option<PyResult<Value>> {
    if r.big.is_some() {
        return crate::objects::range::method(vm, r, name, args);
    }
    let position = |x: &Value| -> Option<i64> {
        let n = match x {
            Value::Int(n) => *n,
            Value::Bool(b) => *b as i64,
            _ => return None,
        };
        let off = (n as i128) - (r.start as i128);
        let step = r.step as i128;
        if off % step != 0 {
            return None;
        }
        let i = off / step;
        (i >= 0 && i < r.len() as i128).then_some(i as i64)
    };
    Some(match name {
        "index" => args.check_one("range.index").and_then(|x| {
            if let Some(i) = position(x) {
                return Ok(Value::Int(i));
            }
            if !matches!(x, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                let items: Vec<Value> = (0..r.len()).map(|k| Value::Int(r.get(k))).collect();
                for (k, it) in items.iter().enumerate() {
                    if vm.compare(pyview_syntax::ir::CmpOp::Eq, it, x)? {
                        return Ok(Value::from_usize(k));
                    }
                }
            }
            Err(value_error(format!("{} is not in range", vm.repr_of(x)?)))
        }),
        "count" => args.check_one("range.count").and_then(|x| {
            if matches!(x, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                return Ok(Value::Int(position(x).is_some() as i64));
            }
            let items: Vec<Value> = (0..r.len()).map(|k| Value::Int(r.get(k))).collect();
            seq_count(vm, &items, x)
        }),
        _ => return None,
    })
}

pub fn slice_method(vm: &mut Vm, sl: &PySlice, name: &str, args: &Args) -> Option<PyResult<Value>> {
    if name != "indices" {
        return None;
    }
    Some(args.check_one("slice.indices").and_then(|n| {
        let n = index_arg(vm, n)?;
        if n < 0 {
            return Err(value_error("length should not be negative"));
        }
        let si = crate::objects::slice::adjust(sl, n as usize)?;
        Ok(Value::new_tuple(vec![
            Value::Int(si.start as i64),
            Value::Int(si.stop as i64),
            Value::Int(si.step as i64),
        ]))
    }))
}

pub fn dict_method(
    vm: &mut Vm,
    d: &Rc<dict::PyDict>,
    name: &str,
    args: &Args,
) -> Option<PyResult<Value>> {
    let view = |kind: dict::ViewKind| {
        Value::DictView(Rc::new(dict::DictView {
            dict: d.clone(),
            kind,
        }))
    };
    let qual = format!("dict.{name}");
    let no_args = || args.check_none(&qual);
    Some(match name {
        "get" => (|| {
            args.check_posonly(&qual, name, 1, 2)?;
            Ok(d.get(&args.pos[0])?
                .unwrap_or_else(|| args.pos.get(1).cloned().unwrap_or(Value::None)))
        })(),
        "keys" => no_args().map(|_| view(dict::ViewKind::Keys)),
        "values" => no_args().map(|_| view(dict::ViewKind::Values)),
        "items" => no_args().map(|_| view(dict::ViewKind::Items)),
        "popitem" => no_args().and_then(|_| match d.pop_last() {
            Some((k, v)) => Ok(Value::new_tuple(vec![k.value, v])),
            None => Err(exceptions::err_from(PyException::new(
                ExcType::KeyError,
                vec![Value::str("popitem(): dictionary is empty")],
            ))),
        }),
        "pop" => (|| {
            args.check_posonly(&qual, name, 1, 2)?;
            let k = &args.pos[0];
            let key = dict::Key::new(k.clone())?;
            let found = d.remove(&key);
            match found {
                Some(v) => Ok(v),
                None => args.pos.get(1).cloned().ok_or_else(|| {
                    exceptions::err_from(PyException::new(ExcType::KeyError, vec![k.clone()]))
                }),
            }
        })(),
        "setdefault" => (|| {
            args.check_posonly(&qual, name, 1, 2)?;
            let k = &args.pos[0];
            if let Some(v) = d.get(k)? {
                return Ok(v);
            }
            let v = args.pos.get(1).cloned().unwrap_or(Value::None);
            d.set(k.clone(), v.clone())?;
            Ok(v)
        })(),
        "update" => (|| {
            if args.pos.len() > 1 {
                return Err(type_error(format!(
                    "update expected at most 1 argument, got {}",
                    args.pos.len()
                )));
            }
            if let Some(src) = args.pos.first() {
                dict_update(vm, d, src)?;
            }
            for (k, v) in &args.kw {
                d.set(Value::Str(k.clone()), v.clone())?;
            }
            Ok(Value::None)
        })(),
        "copy" => no_args().map(|_| {
            let n = dict::PyDict::default();
            *n.map.borrow_mut() = d.map.borrow().clone();
            Value::Dict(Rc::new(n))
        }),
        "clear" => no_args().map(|_| {
            d.clear();
            Value::None
        }),
        "fromkeys" => return type_method(vm, TypeId::Dict, name, args),
        _ => return None,
    })
}

/// The `byteorder` and `signed` arguments of `int.to_bytes` /
/// `int.from_bytes` (slots 1 and 2): little-endian?, signed?
fn byteorder_signed(vm: &mut Vm, func: &str, slots: &[Option<Value>]) -> PyResult<(bool, bool)> {
    let order = match slots.get(1).cloned().flatten() {
        None => None,
        Some(Value::Str(ref s)) => Some(s.clone()),
        Some(v) => {
            return Err(exceptions::bad_argument(
                func,
                "argument 'byteorder'",
                "str",
                &v,
            ))
        }
    };
    let signed = match slots.get(2).cloned().flatten() {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let little = match order.as_deref() {
        None => false,
        Some(o) => little_endian(o)?,
    };
    Ok((little, signed))
}

/// A `byteorder` argument: whether it names little-endian order.
fn little_endian(order: &str) -> PyResult<bool> {
    match order {
        "big" => Ok(false),
        "little" => Ok(true),
        _ => Err(value_error("byteorder must be either 'little' or 'big'")),
    }
}

/// `n.to_bytes(length, byteorder, *, signed)`: a machine-sized `n` is
/// written without a big-integer detour.
fn int_to_bytes(vm: &mut Vm, v: &Value, args: &Args) -> PyResult<Value> {
    let (length, little, signed) = match &args.pos[..] {
        // The usual `n.to_bytes(4, 'little')` needs no parsing by name.
        [Value::Int(n), Value::Str(order)] if args.kw.is_empty() => {
            (*n, little_endian(order)?, false)
        }
        _ => {
            let slots = args.parse("to_bytes", &["length", "byteorder", "signed"], 0, 0, 2)?;
            let length = match &slots[0] {
                Some(l) => bytes::ssize_arg(vm, l)?,
                None => 1,
            };
            let (little, signed) = byteorder_signed(vm, "to_bytes", &slots)?;
            (length, little, signed)
        }
    };
    let Ok(length) = usize::try_from(length) else {
        return Err(value_error("length argument must be non-negative"));
    };
    vm.check_alloc(length)?;
    let negative = match v {
        Value::Int(n) => *n < 0,
        other => ops::as_bigint(other).is_some_and(|n| n.is_negative()),
    };
    if negative && !signed {
        return Err(exceptions::overflow_error(
            "can't convert negative int to unsigned",
        ));
    }
    let too_big = || exceptions::overflow_error("int too big to convert");
    let fill = if negative { 0xff } else { 0 };
    let mut b = match v {
        Value::Int(n) => {
            // Zero fits in no bytes, and so does -1 when signed (as in CPython).
            let fits = if length >= 8 {
                true
            } else if length == 0 {
                *n == 0 || (signed && *n == -1)
            } else if signed {
                let half = 1i64 << (8 * length - 1);
                (-half..half).contains(n)
            } else {
                (*n as u64) < 1u64 << (8 * length)
            };
            if !fits {
                return Err(too_big());
            }
            let le = n.to_le_bytes();
            if length <= 16 {
                let mut inline = [fill; 16];
                for (d, s) in inline.iter_mut().zip(le) {
                    *d = s;
                }
                bytes::ByteData::from_buf_and_len(inline, length)
            } else {
                let mut b = bytes::ByteData::with_capacity(length);
                b.extend((0..length).map(|i| le.get(i).copied().unwrap_or(fill)));
                b
            }
        }
        other => {
            let n = ops::as_bigint(other).unwrap_or_default();
            let mut b = if signed {
                n.to_signed_bytes_le()
            } else {
                n.to_bytes_le().1
            };
            if n.is_zero() || (length == 0 && signed && n == BigInt::from(-1)) {
                b.clear();
            }
            if b.len() > length {
                return Err(too_big());
            }
            b.resize(length, fill);
            bytes::ByteData::from_vec(b)
        }
    };
    if !little {
        b.reverse();
    }
    Ok(vm.new_bytes(bytes::PyBytes {
        data: b,
        fresh: true,
    }))
}

/// The value of at most 8 bytes read in place from a contiguous byte
/// string or view, the common case of `int.from_bytes`; `None` for anything
/// else (longer data, other sources), which takes the general path.
fn small_from_bytes(src: &Value, little: bool, signed: bool) -> PyResult<Option<i128>> {
    if !matches!(
        src,
        Value::Bytes(_) | Value::ByteArray(_) | Value::MemoryView(_)
    ) {
        return Ok(None);
    }
    let fold_bytes = |d: &[u8]| {
        if d.len() > 8 {
            return None;
        }
        let fold = |acc: u64, &b: &u8| acc << 8 | b as u64;
        let n = if little {
            d.iter().rev().fold(0, fold)
        } else {
            d.iter().fold(0, fold)
        };
        let bits = 8 * d.len() as u32;
        Some(if signed && bits > 0 && n >> (bits - 1) & 1 == 1 {
            // Sign-extend from the top bit of the data.
            (n as i128) - (1i128 << bits)
        } else {
            n as i128
        })
    };
    // Read in place: an export is for readers that keep the buffer.
    match src {
        Value::Bytes(b) => return Ok(fold_bytes(&b.data)),
        Value::ByteArray(b) => return Ok(fold_bytes(&b.data.borrow())),
        Value::MemoryView(m) => {
            if let Some(r) = m.with_contiguous(fold_bytes) {
                return Ok(r);
            }
        }
        _ => {}
    }
    let Ok(buf) = crate::buffer::ContiguousBuffer::of(src) else {
        return Ok(None);
    };
    buf.with(fold_bytes)
}

/// `int.from_bytes(bytes, byteorder, *, signed)` (`bool.from_bytes` too).
fn int_from_bytes(vm: &mut Vm, t: TypeId, args: &Args) -> PyResult<Value> {
    let (src, little, signed) = match &args.pos[..] {
        [src, Value::Str(order)] if args.kw.is_empty() => {
            (src.clone(), little_endian(order)?, false)
        }
        _ => {
            let slots = args.parse("from_bytes", &["bytes", "byteorder", "signed"], 0, 1, 2)?;
            let (little, signed) = byteorder_signed(vm, "from_bytes", &slots)?;
            (slots[0].clone().unwrap_or(Value::None), little, signed)
        }
    };
    if let Some(n) = small_from_bytes(&src, little, signed)? {
        return Ok(if t == TypeId::Bool {
            Value::Bool(n != 0)
        } else if let Ok(i) = i64::try_from(n) {
            Value::Int(i)
        } else {
            Value::from_bigint(BigInt::from(n))
        });
    }
    let mut data = bytes::from_bytes_source(vm, &src)?;
    if !little {
        data.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    Ok(if t == TypeId::Bool {
        Value::Bool(!n.is_zero())
    } else {
        Value::from_bigint(n)
    })
}

pub fn int_method(_vm: &mut Vm, v: &Value, name: &str, args: &Args) -> Option<PyResult<Value>> {
    if name == "to_bytes" {
        return ops::is_int(v).then(|| int_to_bytes(_vm, v, args));
    }
    let n = ops::as_bigint(v)?;
    Some(match name {
        "bit_length" => args
            .check_none("int.bit_length")
            .map(|_| Value::Int(n.bits() as i64)),
        "bit_count" => args
            .check_none("int.bit_count")
            .map(|_| Value::Int(n.magnitude().count_ones() as i64)),
        "conjugate" | "__index__" | "__int__" | "__trunc__" | "__floor__" | "__ceil__" => args
            .check_none(&format!("int.{name}"))
            .map(|_| Value::from_bigint(n)),
        "__float__" => args.check_none("int.__float__").and_then(|_| {
            Ok(Value::Float(
                format::bigint_to_f64(&n).map_err(ops::fmt_err)?,
            ))
        }),
        "as_integer_ratio" => args
            .check_none("int.as_integer_ratio")
            .map(|_| Value::new_tuple(vec![Value::from_bigint(n), Value::Int(1)])),
        "__round__" => {
            // Unlike round(), the method takes no None for its digits.
            if let Some(d) = args.pos.first() {
                if !matches!(d, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
                    && crate::dispatch::user_class(d).is_none()
                {
                    return Some(Err(type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        d.type_name()
                    ))));
                }
            }
            let mut pos = vec![Value::from_bigint(n)];
            pos.extend(args.pos.iter().cloned());
            round_value(&Args::new(pos))
        }
        "from_bytes" => return type_method(_vm, TypeId::Int, name, args),
        _ => return None,
    })
}

pub fn float_method(x: f64, name: &str, args: &Args) -> Option<PyResult<Value>> {
    let qual = format!("float.{name}");
    Some(match name {
        "is_integer" => args
            .check_none(&qual)
            .map(|_| Value::Bool(x.is_finite() && x.fract() == 0.0)),
        "conjugate" => args.check_none(&qual).map(|_| Value::Float(x)),
        "as_integer_ratio" => args.check_none(&qual).and_then(|_| {
            let (n, d) = format::float_as_ratio(x).map_err(ops::fmt_err)?;
            Ok(Value::new_tuple(vec![
                Value::from_bigint(n),
                Value::from_bigint(d),
            ]))
        }),
        "hex" => args
            .check_none(&qual)
            .map(|_| Value::Str(format::float_hex(x).into())),
        "__float__" => args.check_none(&qual).map(|_| Value::Float(x)),
        "__trunc__" | "__floor__" | "__ceil__" | "__int__" => {
            args.check_none(&qual).and_then(|_| {
                let r = match name {
                    "__trunc__" | "__int__" => x.trunc(),
                    "__floor__" => x.floor(),
                    _ => x.ceil(),
                };
                Ok(Value::from_bigint(
                    format::float_to_bigint(r).map_err(ops::fmt_err)?,
                ))
            })
        }
        "__round__" => {
            let mut pos = vec![Value::Float(x)];
            pos.extend(args.pos.iter().cloned());
            round_value(&Args {
                pos,
                kw: args.kw.clone(),
            })
        }
        "fromhex" => args.check_one("float.fromhex").and_then(|v| match v {
            Value::Str(s) => Ok(Value::Float(
                format::float_fromhex(s).map_err(ops::fmt_err)?,
            )),
            // CPython's generic message for a non-str argument here.
            _ => Err(type_error("bad argument type for built-in operation")),
        }),
        _ => return None,
    })
}

/// The class methods of built-in types, bound to the type: `__self__`
/// is the type, `__qualname__` 'dict.fromkeys'.
pub fn class_method(t: TypeId, name: &str) -> Option<Value> {
    is_class_method_name(t, name).then(|| {
        Value::BoundMethod(Rc::new(crate::objects::function::BoundMethod {
            this: Value::Type(t),
            func: Value::None,
            name: name.into(),
        }))
    })
}

/// Whether [`class_method`] knows `t.name`.
pub fn is_class_method_name(t: TypeId, name: &str) -> bool {
    matches!(
        (t, name),
        (TypeId::Int | TypeId::Bool, "from_bytes")
            | (TypeId::Dict, "fromkeys")
            | (TypeId::Bytes | TypeId::ByteArray, "fromhex")
            | (TypeId::Float, "fromhex")
            | (TypeId::Str, "maketrans")
            | (TypeId::Float, "__getformat__")
    ) || (name == "__class_getitem__"
        && crate::objects::generic_alias::takes_parameters(t)
        && crate::type_dicts::defines(t, name))
}

/// A class method of a built-in type (`dict.fromkeys`, `int.from_bytes`,
/// `bytes.fromhex`) reached through a subclass `cls`: bound to `cls`,
/// and making a `cls`, as CPython's do. `fromkeys` calls `cls()` and
/// stores each key through `__setitem__`; the others call `cls(result)`.
/// Anything else comes back as it is.
pub fn rebind_class_method(v: Value, cls: &Value) -> Value {
    let Value::BoundMethod(m) = &v else {
        return v;
    };
    let Value::Type(t) = m.this else {
        return v;
    };
    if !m.func.is_none() || matches!(&*m.name, "maketrans" | "__getformat__") {
        return v;
    }
    if &*m.name == "__class_getitem__" {
        let func = crate::objects::function::closure("__class_getitem__", move |_, args| {
            args.check_posonly("__class_getitem__", "__class_getitem__", 2, 2)?;
            Ok(crate::objects::generic_alias::alias(
                args.pos[0].clone(),
                &args.pos[1],
            ))
        });
        return Value::BoundMethod(Rc::new(crate::objects::function::BoundMethod {
            this: cls.clone(),
            func,
            name: m.name.clone(),
        }));
    }
    let name = m.name.clone();
    let op = name.clone();
    let func = crate::objects::function::closure(&name, move |vm, args| {
        let Some((cls, rest)) = args.pos.split_first() else {
            return Err(type_error(format!("{op}() needs a class")));
        };
        let rest = Args {
            pos: rest.to_vec(),
            kw: args.kw.clone(),
        };
        if &*op == "fromkeys" {
            rest.check_posonly("dict.fromkeys", "fromkeys", 1, 2)?;
            let made = vm.call(cls, Args::default())?;
            let value = rest.pos.get(1).cloned().unwrap_or(Value::None);
            let keys = rest.pos.first().cloned().unwrap_or(Value::None);
            for k in vm.collect(&keys)? {
                vm.setitem(&made, &k, value.clone())?;
            }
            return Ok(made);
        }
        // bytearray's fromhex hands a subclass bytes, as CPython's does.
        let source = match (t, &*op) {
            (TypeId::ByteArray, "fromhex") => TypeId::Bytes,
            _ => t,
        };
        let plain = type_method(vm, source, &op, &rest).unwrap_or(Ok(Value::None))?;
        vm.call(cls, Args::new(vec![plain]))
    });
    Value::BoundMethod(Rc::new(crate::objects::function::BoundMethod {
        this: cls.clone(),
        func,
        name,
    }))
}

/// Attributes of the built-in types themselves: methods taken unbound
/// (`str.upper`, `list.append`), class methods (`dict.fromkeys`,
/// `str.maketrans`), and `__mro__`/`__bases__`/`__qualname__`.
pub fn type_attr(t: TypeId, name: &str) -> Option<Value> {
    if let TypeId::Native(n) = t {
        if let Some(v) = crate::modules::type_attr(n, name) {
            return Some(v);
        }
    }
    let types = |ts: Vec<TypeId>| Value::new_tuple(ts.into_iter().map(Value::Type).collect());
    match name {
        "__mro__" => return Some(types(type_mro(t))),
        "__bases__" => {
            return Some(match t {
                TypeId::Exception(e) if e.parent().is_some() => {
                    types(e.bases().into_iter().map(TypeId::Exception).collect())
                }
                _ => types(type_mro(t).into_iter().skip(1).take(1).collect()),
            })
        }
        "__qualname__" => return Some(Value::str(t.short_name())),
        "__doc__" if matches!(t, TypeId::Exception(e) if e.is_builtin()) => {
            return crate::exceptions::exception_doc(t.short_name()).map(Value::str)
        }
        "__doc__" if matches!(t, TypeId::Type | TypeId::Object) => {
            // CPython's docstrings of `type` and `object`; the other
            // built-in types have none in pyview.
            let doc = match t {
                TypeId::Type => {
                    "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type"
                }
                TypeId::Object => {
                    "The base class of the class hierarchy.\n\nWhen called, it accepts no \
                     arguments and returns a new featureless\ninstance that has no instance \
                     attributes and cannot be given any.\n"
                }
                _ => "",
            };
            return Some(Value::str(doc));
        }
        _ => {}
    }
    // Mutable containers are unhashable: their `__hash__` is None.
    if name == "__hash__"
        && matches!(
            t,
            TypeId::List
                | TypeId::Dict
                | TypeId::Set
                | TypeId::ByteArray
                | TypeId::Slice
                | TypeId::Array
        )
    {
        return Some(Value::None);
    }
    if name == "__reduce__" && matches!(t, TypeId::Ellipsis | TypeId::NotImplementedType) {
        return Some(singleton_reduce(t));
    }
    if t == TypeId::Object && matches!(name, "__setattr__" | "__delattr__") {
        return Some(Value::Wrapper(Rc::new(
            crate::objects::descriptor::Wrapper::Method {
                owner: t,
                name: name.into(),
                func: object_slot(name),
            },
        )));
    }
    if t == TypeId::Object {
        return crate::dispatch::object_type_method(name);
    }
    if let TypeId::Exception(e) = t {
        if let Some(m) = crate::objects::exception_group::type_method(e, name) {
            return Some(m);
        }
        if name == "__str__" && inherits_base_str(e) {
            return Some(base_exception_str());
        }
        let definer = crate::type_dicts::exception_definer(e, name);
        // The types with a `__str__` of their own (KeyError, OSError...).
        if let (Some(owner), "__str__") = (definer, name) {
            let func = crate::objects::function::closure("__str__", |vm, args| {
                args.check_posonly("__str__", "__str__", 1, 1)?;
                // What `object`'s slot gives an exception: its own text.
                match crate::dispatch::object_slot_method(&args.pos[0], "__str__") {
                    Some(m) => vm.call(&m, Args::default()),
                    None => Ok(Value::str(&vm.str_of(&args.pos[0])?)),
                }
            });
            return Some(Value::Wrapper(Rc::new(
                crate::objects::descriptor::Wrapper::Method {
                    owner: TypeId::Exception(owner),
                    name: name.into(),
                    func,
                },
            )));
        }
        if matches!(name, "__setattr__" | "__delattr__") {
            return Some(Value::Wrapper(Rc::new(
                crate::objects::descriptor::Wrapper::Method {
                    owner: TypeId::Exception(crate::exceptions::ExcType::BaseException),
                    name: name.into(),
                    func: object_slot(name),
                },
            )));
        }
        if let Some(name) = ["with_traceback", "add_note", "__reduce__", "__setstate__"]
            .into_iter()
            .find(|n| *n == name)
        {
            return Some(base_exception_method(
                name,
                definer.unwrap_or(crate::exceptions::ExcType::BaseException),
            ));
        }
    }
    if matches!(t, TypeId::Bytes | TypeId::ByteArray) {
        if let Some(m) = class_method(t, name) {
            return Some(m);
        }
    }
    // Byte types' methods resolve through `Vm::getattr` as method
    // descriptors, which repr and check their receiver as CPython's do.
    // (Their special methods, `bytes.__add__`, are slot wrappers below.)
    let dunder = name.len() > 4 && name.starts_with("__") && name.ends_with("__");
    if matches!(t, TypeId::Bytes | TypeId::ByteArray) && !dunder {
        return None;
    }
    if let Some(m) = class_method(t, name) {
        return Some(m);
    }
    let name: Rc<str> = name.into();
    // The iterator types (`zip`, `map`, ...) have no sample value; each
    // answers `__iter__` and `__next__`.
    let iterator_slot =
        matches!(t, TypeId::Iterator(_)) && matches!(&*name, "__iter__" | "__next__");
    // The methods of the types without a sample value, as their dict lists them.
    let own_reduce = matches!(&*name, "__reduce__" | "__reduce_ex__")
        && matches!(t, TypeId::Set | TypeId::FrozenSet | TypeId::ByteArray);
    let listed = (own_reduce || matches!(t, TypeId::Range | TypeId::Slice | TypeId::MemoryView))
        && !matches!(&*name, "__new__" | "__doc__")
        && crate::type_dicts::defines(t, &name)
        && crate::objects::descriptor::builtin_attr(t, &name).is_none();
    if !iterator_slot && !listed {
        let sample = match t {
            TypeId::Complex => Value::Complex(0.0, 0.0),
            _ => sample_value(t)?,
        };
        if !method_names(&sample).contains(&&*name)
            && crate::dispatch::value_slot_method(&sample, None, &name).is_none()
        {
            return None;
        }
    }
    let n = name.clone();
    let func = Value::Builtin(Rc::new(crate::objects::function::Builtin {
        name: name.clone(),
        module: None,
        frame: None,
        level: crate::objects::function::CallLevel::Never,
        receiver: None,
        func: Rc::new(move |vm: &mut Vm, args: &Args| {
            let Some(this) = args.pos.first() else {
                return Err(type_error(format!(
                    "unbound method {}.{n}() needs an argument",
                    t.short_name()
                )));
            };
            // A subclass instance is operated on as the value it is.
            let this = crate::dispatch::plain(this);
            if !this.type_id().is_subtype(t) {
                return Err(type_error(format!(
                    "descriptor '{n}' for '{}' objects doesn't apply to a '{}' object",
                    t.short_name(),
                    args.pos[0].type_name()
                )));
            }
            // `dict.__getitem__(sub, k)` still asks the subclass's `__missing__`.
            if let ([inst @ Value::Instance(_), key], Value::Dict(_), true) = (
                &args.pos[..],
                this,
                &*n == "__getitem__" && args.kw.is_empty(),
            ) {
                return vm.base_getitem(inst, this, key);
            }
            let rest = Args {
                pos: args.pos[1..].to_vec(),
                kw: args.kw.clone(),
            };
            vm.call_method(this, &n, rest)
        }),
    }));
    // A method descriptor, so that one stored in a class binds to its
    // instances (`class N(int): __add__ = int.__add__`).
    Some(Value::Wrapper(Rc::new(
        crate::objects::descriptor::Wrapper::Method {
            owner: t,
            name,
            func,
        },
    )))
}

/// `BaseException.name`, a method descriptor its subclasses inherit.
fn base_exception_method(name: &'static str, owner: crate::exceptions::ExcType) -> Value {
    let func = crate::objects::function::closure(name, move |vm, args| {
        let rest = Args {
            pos: args.pos[1..].to_vec(),
            kw: args.kw.clone(),
        };
        vm.call_method(&args.pos[0], name, rest)
    });
    Value::Wrapper(Rc::new(crate::objects::descriptor::Wrapper::Method {
        owner: TypeId::Exception(owner),
        name: name.into(),
        func,
    }))
}

/// `Ellipsis.__reduce__()`: the name the singleton is pickled by.
fn singleton_reduce(t: TypeId) -> Value {
    crate::objects::function::closure("__reduce__", move |_, args| {
        let Some(this) = args.pos.first() else {
            return Err(type_error(format!(
                "unbound method {}.__reduce__() needs an argument",
                t.name()
            )));
        };
        if this.type_id() != t {
            return Err(type_error(format!(
                "descriptor '__reduce__' for '{}' objects doesn't apply to a '{}' object",
                t.name(),
                this.type_name()
            )));
        }
        args.check_posonly("__reduce__", "__reduce__", 1, 1)?;
        Ok(Value::Str(ops::to_repr(this)?.into()))
    })
}

/// `object.__setattr__(obj, name, value)` / `object.__delattr__(obj, name)`:
/// instance attributes set or removed without the class's own hooks.
fn object_slot(name: &str) -> Value {
    let setting = name == "__setattr__";
    let f: fn(&mut Vm, &Args) -> PyResult<Value> = if setting {
        |vm, args| {
            args.check_posonly("object.__setattr__", "__setattr__", 3, 3)?;
            let this = instance_arg(&args.pos[0], "__setattr__")?;
            let name = attr_name(&args.pos[1])?;
            vm.object_setattr(this, &name, args.pos[2].clone())?;
            Ok(Value::None)
        }
    } else {
        |vm, args| {
            args.check_posonly("object.__delattr__", "__delattr__", 2, 2)?;
            let this = instance_arg(&args.pos[0], "__delattr__")?;
            let name = attr_name(&args.pos[1])?;
            vm.object_delattr(this, &name)?;
            Ok(Value::None)
        }
    };
    builtin(name, None, f)
}

/// The receiver of `object.__setattr__`/`__delattr__`: anything but a
/// class (whose type, `type`, has its own).
fn instance_arg<'a>(v: &'a Value, slot: &str) -> PyResult<&'a Value> {
    match v {
        Value::Class(_) | Value::Type(_) => Err(type_error(format!(
            "can't apply this {slot} to type object"
        ))),
        other => Ok(other),
    }
}

/// The method resolution order of a built-in type.
pub(crate) fn type_mro(t: TypeId) -> Vec<TypeId> {
    let mut out = vec![t];
    match t {
        TypeId::Object => return out,
        TypeId::Bool => out.push(TypeId::Int),
        TypeId::Native(n) if dict::is_dict_type(n) => out.push(TypeId::Dict),
        TypeId::Native(n) if crate::objects::structseq::is_structseq_type(n) => {
            out.push(TypeId::Tuple)
        }
        TypeId::Exception(e) => out.extend(e.mro().into_iter().skip(1).map(TypeId::Exception)),
        _ => {}
    }
    out.push(TypeId::Object);
    out
}

/// Class methods: `int.from_bytes`, `bytes.fromhex`, `bytearray.fromhex`.
pub fn type_method(vm: &mut Vm, t: TypeId, name: &str, args: &Args) -> Option<PyResult<Value>> {
    Some(match (t, name) {
        (TypeId::Int | TypeId::Bool, "from_bytes") => int_from_bytes(vm, t, args),
        (TypeId::Int, "to_bytes") => match args.pos.first() {
            Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
                let rest = Args {
                    pos: args.pos[1..].to_vec(),
                    kw: args.kw.clone(),
                };
                int_to_bytes(vm, v, &rest)
            }
            Some(v) => Err(type_error(format!(
                "descriptor 'to_bytes' for 'int' objects doesn't apply to a '{}' object",
                v.type_name()
            ))),
            None => Err(type_error(
                "unbound method int.to_bytes() needs an argument",
            )),
        },
        (_, "__class_getitem__") => args
            .check_one(&format!("{}.__class_getitem__", t.short_name()))
            .map(|k| crate::objects::generic_alias::alias(Value::Type(t), k)),
        (TypeId::Float, "__getformat__") => (|| {
            args.check_posonly("float.__getformat__", "__getformat__", 1, 1)?;
            match &args.pos[0] {
                Value::Str(s) if matches!(&**s, "double" | "float") => {
                    Ok(Value::str("IEEE, little-endian"))
                }
                Value::Str(_) => Err(crate::exceptions::value_error(
                    "__getformat__() argument 1 must be 'double' or 'float'",
                )),
                v => Err(type_error(format!(
                    "__getformat__() argument must be str, not {}",
                    v.type_name()
                ))),
            }
        })(),
        (TypeId::Bytes, _) => return bytes::type_method(vm, bytes::Kind::Bytes, name, args),
        (TypeId::ByteArray, _) => {
            return bytes::type_method(vm, bytes::Kind::ByteArray, name, args)
        }
        (TypeId::Str, "maketrans") => {
            return crate::objects::str::call_method(vm, &Rc::from(""), name, args)
        }
        (TypeId::Float, "fromhex") => return float_method(0.0, name, args),
        (TypeId::Dict, "fromkeys") => (|| {
            args.check_posonly("dict.fromkeys", "fromkeys", 1, 2)?;
            let src = &args.pos[0];
            let v = args.pos.get(1).cloned().unwrap_or(Value::None);
            let d = dict::PyDict::default();
            for k in vm.collect(src)? {
                let k = vm.dict_key(&d, &k)?;
                d.set(k, v.clone())?;
            }
            Ok(Value::Dict(Rc::new(d)))
        })(),
        _ => return None,
    })
}

/// Whether exception type `e` has `BaseException.__str__` (the types that
/// define their own in CPython do not: KeyError, OSError, SyntaxError,
/// ImportError, the Unicode errors, the exception groups).
fn inherits_base_str(e: ExcType) -> bool {
    const OWN_STR: &[ExcType] = &[
        ExcType::KeyError,
        ExcType::OSError,
        ExcType::SyntaxError,
        ExcType::ImportError,
        ExcType::UnicodeEncodeError,
        ExcType::UnicodeDecodeError,
        ExcType::UnicodeTranslateError,
        ExcType::BaseExceptionGroup,
    ];
    !OWN_STR.iter().any(|&own| e.is_subclass(own))
}

/// `BaseException.__str__` as a slot wrapper: the str() of the one
/// argument, or the repr of the arguments, whatever `str()` of the
/// instance's own class does (`LookupError.__str__(KeyError('k'))` is
/// `k`, without KeyError's quotes).
fn base_exception_str() -> Value {
    let func = builtin("__str__", None, |vm, args| {
        let Some(this) = args.pos.first() else {
            return Err(type_error(
                "descriptor '__str__' of 'BaseException' object needs an argument",
            ));
        };
        let Value::Exception(e) = this else {
            return Err(type_error(format!(
                "descriptor '__str__' requires a 'BaseException' object but received a '{}'",
                this.type_name()
            )));
        };
        crate::modules::check_slot_no_args(
            &Args {
                pos: args.pos[1..].to_vec(),
                kw: args.kw.clone(),
            },
            "__str__",
        )?;
        let items = e.args.borrow().clone();
        Ok(Value::Str(
            match &items[..] {
                [] => String::new(),
                [one] => vm.str_of(one)?,
                _ => vm.repr_of(&Value::new_tuple(items))?,
            }
            .into(),
        ))
    });
    Value::Wrapper(Rc::new(crate::objects::descriptor::Wrapper::Method {
        owner: TypeId::Exception(ExcType::BaseException),
        name: "__str__".into(),
        func,
    }))
}
