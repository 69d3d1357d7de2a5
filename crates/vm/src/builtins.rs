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
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub fn table() -> HashMap<&'static str, Value> {
    let mut t: HashMap<&'static str, Value> = HashMap::new();
    let fns: &[(&'static str, fn(&mut Vm, &Args) -> PyResult<Value>)] = &[
        ("print", b_print),
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
        ("sorted", b_sorted),
        ("reversed", b_reversed),
        ("any", b_any),
        ("all", b_all),
        ("divmod", b_divmod),
        ("pow", b_pow),
        ("round", b_round),
        ("format", b_format),
        ("callable", b_callable),
        ("getattr", b_getattr),
        ("hasattr", b_hasattr),
        ("map", b_map),
        ("filter", b_filter),
        ("exit", b_exit),
        ("quit", b_exit),
        ("issubclass", b_issubclass),
        ("setattr", b_setattr),
        ("delattr", b_delattr),
        ("vars", b_vars),
        ("dir", b_dir),
    ];
    for (name, f) in fns {
        t.insert(name, builtin(name, None, *f));
    }
    let types = [
        ("int", TypeId::Int),
        ("float", TypeId::Float),
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
        ("set", TypeId::Set),
        ("frozenset", TypeId::FrozenSet),
    ];
    for (name, ty) in types {
        t.insert(name, Value::Type(ty));
    }
    for e in ExcType::ALL.iter().filter(|e| e.is_builtin()) {
        t.insert(e.name(), Value::Type(TypeId::Exception(*e)));
    }
    t.insert("None", Value::None);
    t.insert("Ellipsis", Value::Ellipsis);
    t.insert("NotImplemented", Value::NotImplemented);
    t
}

/// Method names per type, for `getattr` of bound methods.
pub fn method_names(v: &Value) -> &'static [&'static str] {
    match v {
        Value::Bytes(_) => bytes::METHODS,
        Value::ByteArray(_) => bytearray::METHODS,
        Value::Type(TypeId::Bytes) => bytes::METHODS,
        Value::Type(TypeId::ByteArray) => bytearray::METHODS,
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
        ],
        Value::Str(_) => &[
            "upper",
            "lower",
            "strip",
            "lstrip",
            "rstrip",
            "split",
            "rsplit",
            "join",
            "replace",
            "startswith",
            "endswith",
            "find",
            "index",
            "rfind",
            "rindex",
            "count",
            "encode",
            "format",
            "isdigit",
            "isnumeric",
            "isdecimal",
            "isalpha",
            "isalnum",
            "isspace",
            "isupper",
            "islower",
            "isascii",
            "isidentifier",
            "capitalize",
            "title",
            "swapcase",
            "ljust",
            "rjust",
            "center",
            "zfill",
            "splitlines",
            "partition",
            "rpartition",
            "removeprefix",
            "removesuffix",
        ],
        Value::List(_) => &[
            "append", "extend", "pop", "insert", "remove", "index", "count", "sort", "reverse",
            "copy", "clear",
        ],
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
        ],
        Value::Float(_) => &["is_integer", "conjugate"],
        Value::Stream(_) => &["write", "flush"],
        Value::Set(_) => crate::objects::set::METHODS,
        Value::Native(o) => o.method_names(),
        Value::Iter(i) if i.borrow().is_generator() => {
            &["__next__", "__iter__", "send", "close", "throw"]
        }
        Value::Iter(_) => &["__next__", "__iter__"],
        _ => &[],
    }
}

fn b_print(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Stream::Stdout;
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
            "file" => match v {
                Value::None => {}
                Value::Stream(s) => file = *s,
                other => return Err(exceptions::no_attribute(other.type_name(), "write")),
            },
            "flush" => flush = ops::truthy(v)?,
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )))
            }
        }
    }
    let mut out = String::new();
    for (i, v) in args.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str_of(v)?);
    }
    out.push_str(&end);
    vm.write_stream(file, out.as_bytes())?;
    if flush {
        match file {
            Stream::Stdout => vm.stdout.flush(),
            Stream::Stderr => vm.stderr.flush(),
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
        Value::Range(r) => r.len() as usize,
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
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => Err(single(s.chars().count(), "string")),
            }
        }
        Value::Bytes(_) | Value::ByteArray(_) => {
            let d = crate::buffer::to_vec(v).unwrap_or(Ok(Vec::new()))?;
            if d.len() == 1 {
                Ok(Value::Int(d[0] as i64))
            } else {
                Err(single(d.len(), "byte string"))
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
    match u32::try_from(n).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::Str(c.to_string().into())),
        None if (0xd800..0xe000).contains(&n) => Ok(Value::Str("\u{fffd}".into())),
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

fn b_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "repr")?;
    Ok(Value::Str(vm.repr_of(v)?.into()))
}

fn b_ascii(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "ascii")?;
    let r = vm.repr_of(v)?;
    Ok(Value::Str(crate::codecs::escape_non_ascii(&r).into()))
}

fn b_sum(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            args.pos.len()
        )));
    }
    let mut acc = args.get(1, "start").unwrap_or(Value::Int(0));
    match &acc {
        Value::Str(_) => {
            return Err(type_error(
                "sum() can't sum strings [use ''.join(seq) instead]",
            ))
        }
        Value::Bytes(_) => {
            return Err(type_error(
                "sum() can't sum bytes [use b''.join(seq) instead]",
            ))
        }
        Value::ByteArray(_) => {
            return Err(type_error(
                "sum() can't sum bytearray [use b''.join(seq) instead]",
            ))
        }
        _ => {}
    }
    // Integer fast path over memoryviews and arrays of ints.
    let src = &args.pos[0];
    vm.for_each(src, |vm, item| {
        acc = match (&acc, &item) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                Some(r) => Value::Int(r),
                None => vm.binary(pyview_syntax::ir::BinOp::Add, &acc, &item)?,
            },
            _ => vm.binary(pyview_syntax::ir::BinOp::Add, &acc, &item)?,
        };
        Ok(())
    })?;
    Ok(acc)
}

fn min_max(vm: &mut Vm, args: &Args, name: &str, want: std::cmp::Ordering) -> PyResult<Value> {
    let key = args.kwarg("key").filter(|k| !k.is_none());
    let default = args.kwarg("default");
    for (k, _) in &args.kw {
        if &**k != "key" && &**k != "default" {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for {name}()"
            )));
        }
    }
    let items = match args.pos.len() {
        0 => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => vm.collect(&args.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.pos.clone()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
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
                vm.compare(op, &k, bk)?
            }
        };
        if replace {
            best = Some((k, item));
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

fn type_matches(vm: &Vm, v: &Value, t: &Value) -> PyResult<bool> {
    match t {
        Value::Type(_) | Value::Class(_) => Ok(vm.is_instance(v, t)),
        Value::Tuple(items) => {
            for it in items.iter() {
                if type_matches(vm, v, it)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        )),
    }
}

fn b_isinstance(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return Err(type_error(format!(
            "isinstance expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    Ok(Value::Bool(type_matches(vm, &args.pos[0], &args.pos[1])?))
}

fn b_issubclass(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return Err(type_error(format!(
            "issubclass expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let a = &args.pos[0];
    if !matches!(a, Value::Type(_) | Value::Class(_)) {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    let targets: Vec<Value> = match &args.pos[1] {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    for t in &targets {
        if !matches!(t, Value::Type(_) | Value::Class(_)) {
            return Err(type_error(
                "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            ));
        }
        if vm.is_subclass(a, t) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn b_setattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.pos.len() != 3 {
        return Err(type_error(format!(
            "setattr expected 3 arguments, got {}",
            args.pos.len()
        )));
    }
    let Value::Str(name) = &args.pos[1] else {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            args.pos[1].type_name()
        )));
    };
    vm.setattr(&args.pos[0], name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn b_delattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return Err(type_error(format!(
            "delattr expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let Value::Str(name) = &args.pos[1] else {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            args.pos[1].type_name()
        )));
    };
    vm.delattr(&args.pos[0], name)?;
    Ok(Value::None)
}

fn b_vars(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(v) => vm
            .getattr(v, "__dict__")
            .map_err(|_| type_error("vars() argument must have __dict__ attribute")),
        None => Ok(vm.globals_dict()),
    }
}

fn b_dir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
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
        Some(Value::Instance(i)) => {
            let mut n: Vec<String> = i.attrs.borrow().keys().map(|k| k.to_string()).collect();
            n.extend(i.class.attrs.borrow().keys().map(|k| k.to_string()));
            for c in &i.class.mro {
                n.extend(c.attrs.borrow().keys().map(|k| k.to_string()));
            }
            n
        }
        Some(Value::Class(c)) => {
            let mut n: Vec<String> = c.attrs.borrow().keys().map(|k| k.to_string()).collect();
            for b in &c.mro {
                n.extend(b.attrs.borrow().keys().map(|k| k.to_string()));
            }
            n
        }
        Some(Value::Module(m)) => m.attrs.borrow().keys().map(|k| k.to_string()).collect(),
        Some(v) => method_names(v).iter().map(|s| s.to_string()).collect(),
    };
    names.sort();
    names.dedup();
    Ok(Value::new_list(
        names.iter().map(|n| Value::str(n)).collect(),
    ))
}

fn property_with(args: &Args, which: usize) -> PyResult<Value> {
    let (Some(Value::Wrapper(w)), Some(f)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(type_error("descriptor needs a property and a function"));
    };
    let crate::objects::class::Wrapper::Property { fget, fset, fdel } = &**w else {
        return Err(type_error("descriptor needs a property"));
    };
    let mut parts = [fget.clone(), fset.clone(), fdel.clone()];
    parts[which] = f.clone();
    let [fget, fset, fdel] = parts;
    Ok(Value::Wrapper(Rc::new(
        crate::objects::class::Wrapper::Property { fget, fset, fdel },
    )))
}

pub fn property_getter(_: &mut Vm, args: &Args) -> PyResult<Value> {
    property_with(args, 0)
}

pub fn property_setter(_: &mut Vm, args: &Args) -> PyResult<Value> {
    property_with(args, 1)
}

pub fn property_deleter(_: &mut Vm, args: &Args) -> PyResult<Value> {
    property_with(args, 2)
}

fn radix(args: &Args, name: &str, base: u32, prefix: &str) -> PyResult<Value> {
    let v = one_arg(args, name)?;
    let n = match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => ops::as_bigint(v).unwrap_or_default(),
        other => return Err(exceptions::not_an_index(other.type_name())),
    };
    let digits = n.abs().to_str_radix(base);
    let sign = if n.is_negative() { "-" } else { "" };
    Ok(Value::Str(format!("{sign}{prefix}{digits}").into()))
}

fn b_hex(_: &mut Vm, args: &Args) -> PyResult<Value> {
    radix(args, "hex", 16, "0x")
}

fn b_oct(_: &mut Vm, args: &Args) -> PyResult<Value> {
    radix(args, "oct", 8, "0o")
}

fn b_bin(_: &mut Vm, args: &Args) -> PyResult<Value> {
    radix(args, "bin", 2, "0b")
}

fn b_abs(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "abs")?;
    match v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(r) => Value::Int(r),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::BigInt(b) => Ok(Value::from_bigint(b.abs())),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Complex(r, i) => Ok(Value::Float(r.hypot(*i))),
        other => Err(type_error(format!(
            "bad operand type for abs(): '{}'",
            other.type_name()
        ))),
    }
}

fn b_id(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "id")?;
    Ok(Value::Int(v.ptr().unwrap_or(match v {
        Value::Int(i) => 0x7f00_0000_0000 + (*i as usize & 0xffff) * 32,
        _ => 0x7f00_0001_0000,
    }) as i64))
}

fn b_hash(_: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(ops::hash(one_arg(args, "hash")?)?))
}

fn b_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "iter")?;
    if let Value::MemoryView(m) = v {
        m.check_builtin_iter()?;
    }
    vm.get_iter(v)
}

fn b_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(type_error(format!(
            "next expected at least 1 argument, got {}",
            args.pos.len()
        )));
    }
    match vm.next(&args.pos[0])? {
        Some(v) => Ok(v),
        None => match args.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(exceptions::err_from(PyException::new(
                ExcType::StopIteration,
                vec![],
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
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let mut err = None;
    // A stable merge sort that surfaces the first comparison error.
    idx.sort_by(|&a, &b| {
        if err.is_some() {
            return std::cmp::Ordering::Equal;
        }
        let (x, y) = if reverse {
            (&keys[b], &keys[a])
        } else {
            (&keys[a], &keys[b])
        };
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
    let sorted: Vec<Value> = idx.iter().map(|&i| items[i].clone()).collect();
    items.clone_from_slice(&sorted);
    Ok(())
}

fn sort_kwargs(args: &Args) -> PyResult<(Option<Value>, bool)> {
    let mut key = None;
    let mut reverse = false;
    for (k, v) in &args.kw {
        match &**k {
            "key" => key = Some(v.clone()).filter(|v| !v.is_none()),
            "reverse" => reverse = ops::truthy(v)?,
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )))
            }
        }
    }
    Ok((key, reverse))
}

fn b_sorted(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            args.pos.len()
        )));
    }
    let mut items = vm.collect(&args.pos[0])?;
    let (key, reverse) = sort_kwargs(args)?;
    sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::new_list(items))
}

fn b_reversed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "reversed")?;
    match v {
        Value::List(_)
        | Value::Tuple(_)
        | Value::Range(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::ByteArray(_)
        | Value::Array(_)
        | Value::MemoryView(_)
        | Value::Dict(_)
        | Value::DictView(_) => {
            let items = vm.collect(v)?;
            Ok(iter::new_value(PyIter::Reversed(items)))
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
    if args.pos.len() != 2 {
        return Err(type_error(format!(
            "divmod expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let (a, b) = (&args.pos[0], &args.pos[1]);
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
    match args.pos.len() {
        2 => ops::binary(
            vm,
            pyview_syntax::ir::BinOp::Pow,
            &args.pos[0],
            &args.pos[1],
        ),
        3 => {
            let (Some(b), Some(e), Some(m)) = (
                ops::as_bigint(&args.pos[0]),
                ops::as_bigint(&args.pos[1]),
                ops::as_bigint(&args.pos[2]),
            ) else {
                return Err(type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            if m.is_zero() {
                return Err(value_error("pow() 3rd argument cannot be 0"));
            }
            if e.is_negative() {
                return Err(value_error("base is not invertible for the given modulus"));
            }
            let r = b.modpow(&e, &m);
            let r = if !r.is_zero() && (r.sign() != m.sign()) {
                r + &m
            } else {
                r
            };
            Ok(Value::from_bigint(r))
        }
        n => Err(type_error(format!("pow expected 2 arguments, got {n}"))),
    }
}

fn b_round(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(v) = args.get(0, "number") else {
        return Err(type_error(
            "round() missing required argument 'number' (pos 1)",
        ));
    };
    let nd = args.get(1, "ndigits").filter(|v| !v.is_none());
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
    let v = args
        .pos
        .first()
        .ok_or_else(|| type_error("format expected at least 1 argument, got 0"))?;
    let spec = match args.pos.get(1) {
        None => String::new(),
        Some(Value::Str(s)) => s.to_string(),
        Some(o) => {
            return Err(type_error(format!(
                "format() argument 2 must be str, not {}",
                o.type_name()
            )))
        }
    };
    Ok(Value::Str(
        crate::objects::str::format_value(vm, v, &spec)?.into(),
    ))
}

fn b_callable(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "callable")?;
    let user_call = crate::dispatch::user_class(v).is_some_and(|c| c.lookup("__call__").is_some());
    Ok(Value::Bool(
        user_call
            || matches!(
                v,
                Value::Function(_)
                    | Value::Builtin(_)
                    | Value::BoundMethod(_)
                    | Value::Type(_)
                    | Value::Class(_)
            ),
    ))
}

fn b_getattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.pos.len() < 2 || args.pos.len() > 3 {
        return Err(type_error(format!(
            "getattr expected at least 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let Value::Str(name) = &args.pos[1] else {
        return Err(type_error("attribute name must be string"));
    };
    match vm.getattr(&args.pos[0], name) {
        Ok(v) => Ok(v),
        Err(e) if e.exc.typ == ExcType::AttributeError && args.pos.len() == 3 => {
            Ok(args.pos[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn b_hasattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return Err(type_error(format!(
            "hasattr expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let Value::Str(name) = &args.pos[1] else {
        return Err(type_error("attribute name must be string"));
    };
    match vm.getattr(&args.pos[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.exc.typ == ExcType::AttributeError => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn b_map(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let f = args.pos[0].clone();
    let lists = args.pos[1..]
        .iter()
        .map(|v| vm.collect(v))
        .collect::<PyResult<Vec<_>>>()?;
    let n = lists.iter().map(Vec::len).min().unwrap_or(0);
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let a: Vec<Value> = lists.iter().map(|l| l[i].clone()).collect();
        out.push(vm.call(&f, Args::new(a))?);
    }
    Ok(iter::new_value(PyIter::Values("map", out, 0)))
}

fn b_filter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return Err(type_error(format!(
            "filter expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let f = args.pos[0].clone();
    let mut out = Vec::new();
    for item in vm.collect(&args.pos[1])? {
        let keep = if f.is_none() {
            vm.truthy(&item)?
        } else {
            let r = vm.call(&f, Args::new(vec![item.clone()]))?;
            vm.truthy(&r)?
        };
        if keep {
            out.push(item);
        }
    }
    Ok(iter::new_value(PyIter::Values("filter", out, 0)))
}

fn b_exit(_: &mut Vm, args: &Args) -> PyResult<Value> {
    Err(exceptions::err_from(PyException::new(
        ExcType::SystemExit,
        args.pos.first().cloned().into_iter().collect(),
    )))
}

/// Calling a type: `int(x)`, `bytes(...)`, `ValueError('msg')`...
pub fn construct(vm: &mut Vm, t: TypeId, args: Args) -> PyResult<Value> {
    let name = t.short_name();
    let no_kw = |args: &Args| {
        if args.kw.is_empty() {
            Ok(())
        } else {
            Err(type_error(format!("{name}() takes no keyword arguments")))
        }
    };
    match t {
        TypeId::Exception(e) => {
            no_kw(&args)?;
            Ok(Value::Exception(PyException::new(e, args.pos)))
        }
        TypeId::Int => construct_int(&args),
        TypeId::Float => {
            no_kw(&args)?;
            args.check_max("float", 1)?;
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
                Some(v) => Err(type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    v.type_name()
                ))),
            }
        }
        TypeId::Str => {
            if args.pos.len() > 1 || !args.kw.is_empty() {
                return crate::codecs::str_from_args(vm, &args);
            }
            match args.pos.first() {
                None => Ok(Value::str("")),
                Some(v) => Ok(Value::Str(vm.str_of(v)?.into())),
            }
        }
        TypeId::Bool => {
            no_kw(&args)?;
            args.check_max("bool", 1)?;
            Ok(Value::Bool(match args.pos.first() {
                Some(v) => vm.truthy(v)?,
                None => false,
            }))
        }
        TypeId::Bytes => Ok(bytes::new_value(bytes::from_args(
            vm,
            &args,
            bytes::Kind::Bytes,
        )?)),
        TypeId::ByteArray => Ok(bytearray::new_value(bytes::from_args(
            vm,
            &args,
            bytes::Kind::ByteArray,
        )?)),
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
            no_kw(&args)?;
            args.check_max("list", 1)?;
            match args.pos.first() {
                None => Ok(Value::new_list(vec![])),
                Some(v) => Ok(Value::new_list(vm.collect(v)?)),
            }
        }
        TypeId::Tuple => {
            no_kw(&args)?;
            args.check_max("tuple", 1)?;
            match args.pos.first() {
                None => Ok(Value::new_tuple(vec![])),
                Some(Value::Tuple(t)) => Ok(Value::Tuple(t.clone())),
                Some(v) => Ok(Value::new_tuple(vm.collect(v)?)),
            }
        }
        TypeId::Dict => {
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
            no_kw(&args)?;
            let ints = args
                .pos
                .iter()
                .map(|v| match v {
                    Value::BigInt(_) => Err(exceptions::overflow_error(
                        "Python int too large to convert to C ssize_t",
                    )),
                    v => ops::index_i64(v),
                })
                .collect::<PyResult<Vec<_>>>()?;
            let (start, stop, step) = match ints[..] {
                [stop] => (0, stop, 1),
                [start, stop] => (start, stop, 1),
                [start, stop, step] => (start, stop, step),
                [] => return Err(type_error("range expected at least 1 argument, got 0")),
                _ => {
                    return Err(type_error(format!(
                        "range expected at most 3 arguments, got {}",
                        ints.len()
                    )))
                }
            };
            if step == 0 {
                return Err(value_error("range() arg 3 must not be zero"));
            }
            Ok(Value::Range(Rc::new(PyRange { start, stop, step })))
        }
        TypeId::Slice => {
            let p = &args.pos;
            let (a, b, c) = match p.len() {
                1 => (Value::None, p[0].clone(), Value::None),
                2 => (p[0].clone(), p[1].clone(), Value::None),
                3 => (p[0].clone(), p[1].clone(), p[2].clone()),
                n => {
                    return Err(type_error(format!(
                        "slice expected at least 1 argument, got {n}"
                    )))
                }
            };
            Ok(Value::Slice(Rc::new(PySlice {
                start: a,
                stop: b,
                step: c,
            })))
        }
        TypeId::Type => {
            if args.pos.len() == 1 {
                return Ok(vm.type_of(&args.pos[0]));
            }
            Err(type_error("type() takes 1 or 3 arguments"))
        }
        TypeId::Iterator("enumerate") => {
            let Some(src) = args.get(0, "iterable") else {
                return Err(type_error(
                    "enumerate() missing required argument 'iterable' (pos 1)",
                ));
            };
            let start = args.get(1, "start").unwrap_or(Value::Int(0));
            if !matches!(start, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
                return Err(exceptions::not_an_index(start.type_name()));
            }
            let it = vm.get_iter(&src)?;
            Ok(iter::new_value(PyIter::Enumerate(it, start)))
        }
        TypeId::Iterator("zip") => {
            no_kw(&args)?;
            let mut its = Vec::new();
            for (i, a) in args.pos.iter().enumerate() {
                its.push(vm.get_iter(a).map_err(|_| {
                    type_error(format!("zip argument #{} must support iteration", i + 1))
                })?);
            }
            Ok(iter::new_value(PyIter::Zip(its)))
        }
        TypeId::Array => array::construct(vm, &args),
        TypeId::Set | TypeId::FrozenSet => {
            no_kw(&args)?;
            args.check_max(name, 1)?;
            crate::objects::set::construct(vm, args.pos.first(), t == TypeId::FrozenSet)
        }
        TypeId::Native(n) => crate::modules::construct(vm, n, &args)
            .unwrap_or_else(|| Err(type_error(format!("cannot create '{n}' instances")))),
        TypeId::StaticMethod | TypeId::ClassMethod => {
            no_kw(&args)?;
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
        TypeId::Property => {
            let get = |i: usize, n: &str| args.get(i, n).unwrap_or(Value::None);
            Ok(Value::Wrapper(Rc::new(
                crate::objects::class::Wrapper::Property {
                    fget: get(0, "fget"),
                    fset: get(1, "fset"),
                    fdel: get(2, "fdel"),
                },
            )))
        }
        TypeId::Super => {
            let (Some(cls), Some(obj)) = (args.pos.first(), args.pos.get(1)) else {
                return Err(exceptions::runtime_error("super(): no arguments"));
            };
            let Value::Class(class) = cls else {
                return Err(type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    cls.type_name()
                )));
            };
            Ok(Value::Super(Rc::new(crate::objects::class::PySuper {
                class: class.clone(),
                obj: obj.clone(),
            })))
        }
        TypeId::Object => {
            if !args.pos.is_empty() || !args.kw.is_empty() {
                return Err(type_error("object() takes no arguments"));
            }
            Ok(Value::Instance(Rc::new(
                crate::objects::class::PyInstance {
                    class: vm.object_class(),
                    attrs: Default::default(),
                },
            )))
        }
        other => Err(type_error(format!(
            "cannot create '{}' instances",
            other.name()
        ))),
    }
}

fn construct_int(args: &Args) -> PyResult<Value> {
    if args.pos.len() + args.kw.len() > 2 {
        return Err(type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.pos.len() + args.kw.len()
        )));
    }
    let v = args.get(0, "x");
    let base = args.get(1, "base");
    let Some(v) = v else {
        if base.is_some() {
            return Err(type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = ops::index_i64(&b)?;
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
        other => Err(type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            other.type_name()
        ))),
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
    let t = s.trim_matches(|c: char| c.is_whitespace());
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
    {
        return Err(err());
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if base == 10 && clean.len() > ops::MAX_STR_DIGITS {
        return Err(value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            ops::MAX_STR_DIGITS,
            clean.len()
        )));
    }
    let n = BigInt::parse_bytes(clean.as_bytes(), base).ok_or_else(err)?;
    Ok(Value::from_bigint(if neg { -n } else { n }))
}

fn dict_update(vm: &mut Vm, d: &dict::PyDict, src: &Value) -> PyResult<()> {
    if let Value::Dict(s) = src {
        let items: Vec<_> = s
            .map
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (k, v) in items {
            d.map.borrow_mut().insert(k, v);
        }
        return Ok(());
    }
    for (i, item) in vm.collect(src)?.into_iter().enumerate() {
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
        d.set(pair[0].clone(), pair[1].clone())?;
    }
    Ok(())
}

pub fn list_method(
    vm: &mut Vm,
    l: &Rc<RefCell<Vec<Value>>>,
    name: &str,
    args: &Args,
) -> Option<PyResult<Value>> {
    Some(match name {
        "append" => (|| {
            args.check_exact("list.append", 1)?;
            l.borrow_mut().push(args.pos[0].clone());
            Ok(Value::None)
        })(),
        "extend" => (|| {
            args.check_exact("list.extend", 1)?;
            let items = vm.collect(&args.pos[0])?;
            l.borrow_mut().extend(items);
            Ok(Value::None)
        })(),
        "pop" => (|| {
            args.check_max("pop", 1)?;
            let i = match args.pos.first() {
                Some(v) => ops::index_i64(v)?,
                None => -1,
            };
            let mut l = l.borrow_mut();
            if l.is_empty() {
                return Err(exceptions::index_error("pop from empty list"));
            }
            let j = crate::objects::slice::index(i, l.len())
                .ok_or_else(|| exceptions::index_error("pop index out of range"))?;
            Ok(l.remove(j))
        })(),
        "insert" => (|| {
            args.check_exact_n("insert", 2)?;
            let i = ops::index_i64(&args.pos[0])?;
            let mut l = l.borrow_mut();
            let n = l.len() as i64;
            let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
            l.insert(i as usize, args.pos[1].clone());
            Ok(Value::None)
        })(),
        "remove" | "index" | "count" => (|| {
            args.check_exact(&format!("list.{name}"), 1)?;
            let items = l.borrow().clone();
            let mut count = 0;
            let mut first = None;
            for (i, it) in items.iter().enumerate() {
                if it.is(&args.pos[0])
                    || vm.compare(pyview_syntax::ir::CmpOp::Eq, it, &args.pos[0])?
                {
                    count += 1;
                    first.get_or_insert(i);
                    if name != "count" {
                        break;
                    }
                }
            }
            match name {
                "count" => Ok(Value::from_usize(count)),
                "index" => first.map(Value::from_usize).ok_or_else(|| {
                    value_error(format!("{} is not in list", ops::repr_simple(&args.pos[0])))
                }),
                _ => {
                    let i = first.ok_or_else(|| value_error("list.remove(x): x not in list"))?;
                    l.borrow_mut().remove(i);
                    Ok(Value::None)
                }
            }
        })(),
        "sort" => (|| {
            if !args.pos.is_empty() {
                return Err(type_error("sort() takes no positional arguments"));
            }
            let (key, reverse) = sort_kwargs(args)?;
            let mut items = std::mem::take(&mut *l.borrow_mut());
            let r = sort_values(vm, &mut items, key.as_ref(), reverse);
            *l.borrow_mut() = items;
            r.map(|_| Value::None)
        })(),
        "reverse" => {
            l.borrow_mut().reverse();
            Ok(Value::None)
        }
        "copy" => Ok(Value::new_list(l.borrow().clone())),
        "clear" => {
            l.borrow_mut().clear();
            Ok(Value::None)
        }
        _ => return None,
    })
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
    Some(match name {
        "get" => (|| {
            let Some(k) = args.pos.first() else {
                return Err(type_error("get expected at least 1 argument, got 0"));
            };
            Ok(d.get(k)?
                .unwrap_or_else(|| args.pos.get(1).cloned().unwrap_or(Value::None)))
        })(),
        "keys" => Ok(view(dict::ViewKind::Keys)),
        "values" => Ok(view(dict::ViewKind::Values)),
        "items" => Ok(view(dict::ViewKind::Items)),
        "popitem" => match d.map.borrow_mut().pop() {
            Some((k, v)) => Ok(Value::new_tuple(vec![k.value, v])),
            None => Err(exceptions::err_from(PyException::new(
                ExcType::KeyError,
                vec![Value::str("popitem(): dictionary is empty")],
            ))),
        },
        "pop" => (|| {
            let Some(k) = args.pos.first() else {
                return Err(type_error("pop expected at least 1 argument, got 0"));
            };
            let key = dict::Key::new(k.clone())?;
            match d.map.borrow_mut().shift_remove(&key) {
                Some(v) => Ok(v),
                None => args.pos.get(1).cloned().ok_or_else(|| {
                    exceptions::err_from(PyException::new(ExcType::KeyError, vec![k.clone()]))
                }),
            }
        })(),
        "setdefault" => (|| {
            let Some(k) = args.pos.first() else {
                return Err(type_error("setdefault expected at least 1 argument, got 0"));
            };
            if let Some(v) = d.get(k)? {
                return Ok(v);
            }
            let v = args.pos.get(1).cloned().unwrap_or(Value::None);
            d.set(k.clone(), v.clone())?;
            Ok(v)
        })(),
        "update" => (|| {
            if let Some(src) = args.pos.first() {
                dict_update(vm, d, src)?;
            }
            for (k, v) in &args.kw {
                d.set(Value::Str(k.clone()), v.clone())?;
            }
            Ok(Value::None)
        })(),
        "copy" => {
            let n = dict::PyDict::default();
            *n.map.borrow_mut() = d.map.borrow().clone();
            Ok(Value::Dict(Rc::new(n)))
        }
        "clear" => {
            d.map.borrow_mut().clear();
            Ok(Value::None)
        }
        _ => return None,
    })
}

/// The `byteorder` and `signed` arguments of `int.to_bytes` /
/// `int.from_bytes` (slots 1 and 2): little-endian?, signed?
fn byteorder_signed(vm: &mut Vm, func: &str, slots: &[Option<Value>]) -> PyResult<(bool, bool)> {
    let order = match slots.get(1).cloned().flatten() {
        None => None,
        Some(Value::Str(s)) => Some(s),
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
        None | Some("big") => false,
        Some("little") => true,
        Some(_) => return Err(value_error("byteorder must be either 'little' or 'big'")),
    };
    Ok((little, signed))
}

/// `n.to_bytes(length, byteorder, *, signed)`.
fn int_to_bytes(vm: &mut Vm, n: &BigInt, args: &Args) -> PyResult<Value> {
    let slots = args.parse("to_bytes", &["length", "byteorder", "signed"], 0, 0, 2)?;
    let length = match &slots[0] {
        Some(l) => bytes::ssize_arg(vm, l)?,
        None => 1,
    };
    let (little, signed) = byteorder_signed(vm, "to_bytes", &slots)?;
    let Ok(length) = usize::try_from(length) else {
        return Err(value_error("length argument must be non-negative"));
    };
    vm.check_alloc(length)?;
    if n.is_negative() && !signed {
        return Err(exceptions::overflow_error(
            "can't convert negative int to unsigned",
        ));
    }
    let mut b = if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    // Zero needs no bytes, and CPython lets -1 fit in zero signed bytes.
    if n.is_zero() || (length == 0 && signed && *n == BigInt::from(-1)) {
        b.clear();
    }
    if b.len() > length {
        return Err(exceptions::overflow_error("int too big to convert"));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    b.resize(length, fill);
    if !little {
        b.reverse();
    }
    Ok(bytes::new_value(b))
}

/// `int.from_bytes(bytes, byteorder, *, signed)` (`bool.from_bytes` too).
fn int_from_bytes(vm: &mut Vm, t: TypeId, args: &Args) -> PyResult<Value> {
    let slots = args.parse("from_bytes", &["bytes", "byteorder", "signed"], 0, 1, 2)?;
    let (little, signed) = byteorder_signed(vm, "from_bytes", &slots)?;
    let src = slots[0].clone().unwrap_or(Value::None);
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
    let n = ops::as_bigint(v)?;
    Some(match name {
        "to_bytes" => int_to_bytes(_vm, &n, args),
        "bit_length" => Ok(Value::Int(n.bits() as i64)),
        "bit_count" => Ok(Value::Int(n.magnitude().count_ones() as i64)),
        "conjugate" => Ok(Value::from_bigint(n)),
        "from_bytes" => return type_method(_vm, TypeId::Int, name, args),
        _ => return None,
    })
}

pub fn float_method(x: f64, name: &str, _args: &Args) -> Option<PyResult<Value>> {
    Some(match name {
        "is_integer" => Ok(Value::Bool(x.is_finite() && x.fract() == 0.0)),
        "conjugate" => Ok(Value::Float(x)),
        _ => return None,
    })
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
                int_to_bytes(vm, &ops::as_bigint(v).unwrap_or_default(), &rest)
            }
            Some(v) => Err(type_error(format!(
                "descriptor 'to_bytes' for 'int' objects doesn't apply to a '{}' object",
                v.type_name()
            ))),
            None => Err(type_error(
                "unbound method int.to_bytes() needs an argument",
            )),
        },
        (TypeId::Bytes, _) => return bytes::type_method(vm, bytes::Kind::Bytes, name, args),
        (TypeId::ByteArray, _) => {
            return bytes::type_method(vm, bytes::Kind::ByteArray, name, args)
        }
        (TypeId::Dict, "fromkeys") => (|| {
            let Some(src) = args.pos.first() else {
                return Err(type_error("fromkeys expected at least 1 argument, got 0"));
            };
            let v = args.pos.get(1).cloned().unwrap_or(Value::None);
            let d = dict::PyDict::default();
            for k in vm.collect(src)? {
                d.set(k, v.clone())?;
            }
            Ok(Value::Dict(Rc::new(d)))
        })(),
        _ => return None,
    })
}
