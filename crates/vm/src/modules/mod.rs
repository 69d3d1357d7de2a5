//! Built-in modules: `array`, `atexit`, `binascii`, `errno`, `_hashlib`, `_blake2`, `sys`, `time`, `math`, `platform`, `struct`, `_io` (under `io`),
//! `operator`, `functools`, `itertools`, `collections`, `types`, `contextlib`,
//! `traceback`, `warnings`, `linecache`, `_random`, `_sre` (the `re` engine),
//! `_json` (the native half of `json`), `posix` (under `os`), `zlib`,
//! `unicodedata`, `_signal` (under `signal`), `_collections`, and those
//! written in Python (see `python`; the `json` package is made by
//! `json_package`; `_datetime` gets the native `_set_type_name`).

pub(crate) mod atexit;
mod binascii;
mod bisect;
pub(crate) mod collections;
mod contextlib;
mod errno;
pub(crate) mod fileio;
pub(crate) use fileio::TEXT_TYPE;
mod functools;
mod gc;
mod hashlib;
mod heapq;
mod io;
mod itertools;
mod json;
mod linecache;
mod math;
mod math_special;
mod namedtuple;
mod operator;
mod platform;
mod posix;
mod python;
mod random;
pub(crate) mod signal;
pub(crate) mod sizeof;
mod sre;
mod stringio;
mod struct_;
pub(crate) mod subprocess;
pub(crate) mod sys;
mod time;
mod traceback;
mod types;
mod unicodedata;
#[rustfmt::skip]
mod unicodedata_tables;
mod warnings;
pub(crate) mod weakref;
mod zlib;

use crate::exceptions::{type_error, ExcType, PyResult};
use crate::interp::Vm;
use crate::objects::function::{builtin, Args};
use crate::objects::module::PyModule;
use crate::value::{TypeId, Value};

/// Creates the module `name`, `Ok(None)` if pyview has no such module,
/// or the exception that running its source raised.
pub fn make(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let m = match name {
        "array" => PyModule::new(
            "array",
            vec![
                ("array", Value::Type(TypeId::Array)),
                ("ArrayType", Value::Type(TypeId::Array)),
                ("typecodes", Value::str(crate::objects::array::TYPECODES)),
                (
                    "_array_reconstructor",
                    builtin(
                        "_array_reconstructor",
                        Some("array"),
                        crate::objects::array::reconstructor,
                    ),
                ),
            ],
        ),
        "time" => PyModule::new(
            "time",
            vec![
                ("time", builtin("time", Some("time"), time::time)),
                ("time_ns", builtin("time_ns", Some("time"), time::time_ns)),
                (
                    "perf_counter",
                    builtin("perf_counter", Some("time"), time::perf_counter),
                ),
                (
                    "perf_counter_ns",
                    builtin("perf_counter_ns", Some("time"), time::perf_counter_ns),
                ),
                (
                    "monotonic",
                    builtin("monotonic", Some("time"), time::perf_counter),
                ),
                (
                    "monotonic_ns",
                    builtin("monotonic_ns", Some("time"), time::perf_counter_ns),
                ),
                (
                    "process_time",
                    builtin("process_time", Some("time"), time::perf_counter),
                ),
                ("sleep", builtin("sleep", Some("time"), time::sleep)),
                ("gmtime", builtin("gmtime", Some("time"), time::gmtime)),
                (
                    "localtime",
                    builtin("localtime", Some("time"), time::localtime),
                ),
                ("mktime", builtin("mktime", Some("time"), time::mktime)),
                (
                    "strftime",
                    builtin("strftime", Some("time"), time::strftime),
                ),
                ("asctime", builtin("asctime", Some("time"), time::asctime)),
                (
                    "strptime",
                    builtin("strptime", Some("time"), time::strptime),
                ),
                ("ctime", builtin("ctime", Some("time"), time::ctime)),
                (
                    "struct_time",
                    Value::Type(TypeId::Native(time::STRUCT_TIME)),
                ),
            ]
            .into_iter()
            .chain(time::zone_constants())
            .collect(),
        ),
        "sys" => {
            let m = sys::module(vm);
            vm.sys_module = Some(m.clone());
            m
        }
        "platform" => platform::module(),
        "gc" => gc::module(),
        "atexit" => atexit::module(),
        "_pyview_weakref" => weakref::module(),
        // The C library's hypot, which CPython's cmath uses (math.hypot is
        // CPython's own algorithm, and can differ in the last bit).
        "_pyview_libm" => PyModule::new(
            "_pyview_libm",
            vec![("hypot", builtin("hypot", Some("_pyview_libm"), libm_hypot))],
        ),
        "binascii" => binascii::module(),
        "zlib" => zlib::module(),
        "unicodedata" => unicodedata::module(),
        "errno" => errno::module(),
        "_signal" => signal::module(vm),
        "_pyview_subprocess" => subprocess::module(),
        "_hashlib" => hashlib::openssl_module(),
        "_blake2" => hashlib::blake2_module(),
        "_md5" | "_sha1" | "_sha256" | "_sha512" => match hashlib::single_module(name) {
            Some(m) => m,
            None => return Ok(None),
        },
        "math" => math::module(),
        "operator" | "_operator" => operator::module(name),
        "functools" => functools::module(vm)?,
        "contextlib" => contextlib::module(vm)?,
        "traceback" => traceback::module(vm)?,
        "warnings" => warnings::module(vm)?,
        "linecache" => linecache::module(),
        "itertools" => itertools::module(),
        "collections" => collections::module(vm)?,
        "_collections" => collections::private_module(),
        "_heapq" => heapq::module(),
        "_bisect" => bisect::module(),
        "_random" => random::module()?,
        "posix" => posix::module(),
        "_json" => json::module(),
        "json" => json_package(vm)?,
        "_sre" => sre::module(),
        "types" => types::module(),
        "struct" => PyModule::new(
            "struct",
            vec![
                ("pack", builtin("pack", Some("_struct"), struct_::pack)),
                (
                    "unpack",
                    builtin("unpack", Some("_struct"), struct_::unpack),
                ),
                (
                    "calcsize",
                    builtin("calcsize", Some("_struct"), struct_::calcsize),
                ),
                (
                    "pack_into",
                    builtin("pack_into", Some("_struct"), struct_::pack_into),
                ),
                (
                    "unpack_from",
                    builtin("unpack_from", Some("_struct"), struct_::unpack_from),
                ),
                (
                    "iter_unpack",
                    builtin("iter_unpack", Some("_struct"), struct_::iter_unpack),
                ),
                ("Struct", Value::Type(TypeId::Native(struct_::STRUCT_TYPE))),
                (
                    "error",
                    Value::Type(TypeId::Exception(crate::exceptions::ExcType::StructError)),
                ),
            ],
        ),
        "_io" => PyModule::new(
            "_io",
            vec![
                ("BytesIO", Value::Type(TypeId::Native(io::BYTESIO_TYPE))),
                (
                    "StringIO",
                    Value::Type(TypeId::Native(stringio::STRINGIO_TYPE)),
                ),
                // The builtin itself, unless a script replaced it first.
                (
                    "open",
                    vm.builtin("open")
                        .unwrap_or_else(|| builtin("open", Some("io"), fileio::open)),
                ),
                ("FileIO", Value::Type(TypeId::Native(fileio::FILEIO_TYPE))),
                (
                    "BufferedReader",
                    Value::Type(TypeId::Native(fileio::READER_TYPE)),
                ),
                (
                    "BufferedWriter",
                    Value::Type(TypeId::Native(fileio::WRITER_TYPE)),
                ),
                (
                    "BufferedRandom",
                    Value::Type(TypeId::Native(fileio::RANDOM_TYPE)),
                ),
                (
                    "TextIOWrapper",
                    Value::Type(TypeId::Native(fileio::TEXT_TYPE)),
                ),
                (
                    "UnsupportedOperation",
                    Value::Type(TypeId::Exception(ExcType::UnsupportedOperation)),
                ),
                (
                    "DEFAULT_BUFFER_SIZE",
                    Value::from_usize(fileio::BUFFER_SIZE),
                ),
                ("SEEK_SET", Value::Int(0)),
                ("SEEK_CUR", Value::Int(1)),
                ("SEEK_END", Value::Int(2)),
            ],
        ),
        "_datetime" | "decimal" | "re" | "_thread" => python_module(
            vm,
            name,
            python::source(name).unwrap_or_default(),
            vec![(
                "_set_type_name",
                builtin("_set_type_name", Some("datetime"), set_type_name),
            )],
        )?,
        other => match python::source(other) {
            Some(source) => python_module(vm, other, source, Vec::new())?,
            None => return Ok(None),
        },
    };
    // Modules native here that CPython writes in Python have its file
    // (import errors name it), its extension modules their shared
    // library's; its built-in modules have none.
    let file = match name {
        "array" | "binascii" | "zlib" | "unicodedata" | "_hashlib" | "_blake2" | "_md5"
        | "_sha1" | "_sha256" | "_sha512" | "math" | "_heapq" | "_bisect" | "_random" | "_json" => {
            Some(format!(
                "lib-dynload/{name}.cpython-311-x86_64-linux-gnu.so"
            ))
        }
        "collections" => Some("collections/__init__.py".to_string()),
        "functools" | "contextlib" | "linecache" | "types" | "struct" | "operator" => None,
        _ => return Ok(Some(Value::Module(m))),
    };
    if m.get("__file__").is_none() {
        let file = file.unwrap_or_else(|| format!("{name}.py"));
        m.ns.set(
            "__file__",
            Value::str(&format!("/usr/lib/python3.11/{file}")),
        );
    }
    Ok(Some(Value::Module(m)))
}

fn libm_hypot(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("hypot", "hypot", 2, 2)?;
    let x = math::to_f64(vm, &args.pos[0])?;
    let y = math::to_f64(vm, &args.pos[1])?;
    Ok(Value::Float(x.hypot(y)))
}

/// `_set_type_name(cls, name)`, for the classes standing for C types
/// (`datetime`, `decimal`, `re`, `_thread`): the name CPython's messages
/// give the class (`datetime.date`, its C type's `tp_name`),
/// leaving `__name__` as it is.
fn set_type_name(_: &mut Vm, args: &Args) -> PyResult<Value> {
    match (args.pos.first(), args.pos.get(1)) {
        (Some(Value::Class(c)), Some(Value::Str(name))) => {
            c.set_static_name(name);
            Ok(Value::None)
        }
        _ => Err(type_error("_set_type_name(cls, name)")),
    }
}

/// Whether `full` (`package.module`) is a submodule of one of the
/// Python-written packages, made by `make` when first imported.
pub(crate) fn is_package_submodule(full: &str) -> bool {
    full.rsplit_once('.')
        .is_some_and(|(package, _)| python::PACKAGES.contains(&package))
        && python::source(full).is_some()
}

/// Whether tracebacks leave out frames of the source `filename`: those of
/// the Python-written modules that CPython implements in C.
pub(crate) fn hides_frames(filename: &str) -> bool {
    matches!(
        filename,
        "/usr/lib/python3.11/_datetime.py"
            | "/usr/lib/python3.11/datetime.py"
            | "/usr/lib/python3.11/_pickle.py"
            | "/usr/lib/python3.11/_csv.py"
            | "/usr/lib/python3.11/decimal.py"
            | "/usr/lib/python3.11/cmath.py"
            | "/usr/lib/python3.11/_codecs.py"
            | "/usr/lib/python3.11/marshal.py"
            | "/usr/lib/python3.11/_contextvars.py"
            | "/usr/lib/python3.11/_weakref.py"
            | "/usr/lib/python3.11/_thread.py"
            | "/usr/lib/python3.11/_sre.py"
            | "/usr/lib/python3.11/_asyncio.py"
            | "/usr/lib/python3.11/numpy.py"
            | "/usr/lib/python3.11/pwd.py"
            | "/usr/lib/python3.11/grp.py"
    )
}

const FILE_MARK: &str = "#@file ";

/// A module written in Python: `source` runs in a namespace that holds
/// `natives` first. Tracebacks name it as CPython's copy of the module.
fn python_module(
    vm: &mut Vm,
    name: &str,
    source: &str,
    natives: Vec<(&str, Value)>,
) -> crate::exceptions::PyResult<std::rc::Rc<PyModule>> {
    let m = PyModule::new(name, natives);
    let file = if python::PACKAGES.contains(&name) {
        // A package: its __init__.py, and the folder its submodules are
        // found in.
        let dir = format!("/usr/lib/python3.11/{}", name.replace('.', "/"));
        m.ns.set("__package__", Value::str(name));
        m.ns.set("__path__", Value::new_list(vec![Value::str(&dir)]));
        format!("{dir}/__init__.py")
    } else {
        if let Some((package, _)) = name.rsplit_once('.') {
            m.ns.set("__package__", Value::str(package));
        }
        format!("/usr/lib/python3.11/{}.py", name.replace('.', "/"))
    };
    m.ns.set("__file__", Value::str(&file));
    // CPython runs these frozen: its tracebacks name them `<frozen os>`,
    // without source lines.
    const FROZEN: &[&str] = &["os", "posixpath", "abc", "io", "_collections_abc", "codecs"];
    let code_name = if FROZEN.contains(&name) {
        format!("<frozen {name}>")
    } else {
        file
    };
    // In `sys.modules` while its source runs, as CPython's import does, so
    // that a submodule it imports (`html.entities`) finds it rather than
    // making it again.
    vm.register_module(name, Value::Module(m.clone()));
    // A line `#@file NAME` starts a part that runs (from its line 1) as
    // CPython's /usr/lib/python3.11/NAME: a C module's name hides its
    // frames; a package's other files give theirs.
    let mut ran = Ok(());
    let mut file_name = code_name;
    let mut part = String::new();
    for line in source.split_inclusive('\n') {
        if let Some(name) = line.trim().strip_prefix(FILE_MARK) {
            ran = ran.and_then(|()| {
                crate::namespace::run_generated(vm, std::mem::take(&mut part), &file_name, &m.ns)
            });
            // `#@file <frozen NAME>` for a part CPython runs frozen.
            let name = name.trim();
            file_name = if name.starts_with('<') {
                name.to_string()
            } else {
                format!("/usr/lib/python3.11/{name}")
            };
        } else {
            part.push_str(line);
        }
    }
    let ran = ran.and_then(|()| crate::namespace::run_generated(vm, part, &file_name, &m.ns));
    if let Err(e) = ran {
        vm.forget_module(name);
        return Err(e);
    }
    Ok(m)
}

/// The `json` package: its submodules `json.scanner`, `json.decoder` and
/// `json.encoder` (Python source, registered in `sys.modules` as they are
/// made, `json` first so that they can import each other), then the
/// package's own source. Named as CPython's files are.
fn json_package(vm: &mut Vm) -> PyResult<std::rc::Rc<PyModule>> {
    const DIR: &str = "/usr/lib/python3.11/json";
    let pkg = PyModule::new("json", Vec::new());
    pkg.ns
        .set("__file__", Value::str(&format!("{DIR}/__init__.py")));
    pkg.ns.set("__package__", Value::str("json"));
    pkg.ns
        .set("__path__", Value::new_list(vec![Value::str(DIR)]));
    vm.register_module("json", Value::Module(pkg.clone()));
    let made = (|| {
        for sub in ["scanner", "decoder", "encoder"] {
            let name = format!("json.{sub}");
            let source = python::source(&name).unwrap_or_default();
            let m = PyModule::new(&name, Vec::new());
            let file = format!("{DIR}/{sub}.py");
            m.ns.set("__file__", Value::str(&file));
            m.ns.set("__package__", Value::str("json"));
            vm.register_module(&name, Value::Module(m.clone()));
            crate::namespace::run_generated(vm, source.to_string(), &file, &m.ns)?;
            pkg.set(sub, Value::Module(m));
        }
        let file = format!("{DIR}/__init__.py");
        let source = python::source("json").unwrap_or_default();
        crate::namespace::run_generated(vm, source.to_string(), &file, &pkg.ns)
    })();
    if let Err(e) = made {
        for name in ["json", "json.scanner", "json.decoder", "json.encoder"] {
            vm.forget_module(name);
        }
        return Err(e);
    }
    Ok(pkg)
}

/// Calls a module's class (`struct.Struct(...)`); `None` for a class
/// that cannot be instantiated.
pub fn construct(vm: &mut Vm, type_name: &str, args: &Args) -> Option<PyResult<Value>> {
    Some(match type_name {
        struct_::STRUCT_TYPE => struct_::construct(vm, args),
        struct_::ITER_TYPE => struct_::construct_iter(),
        time::STRUCT_TIME => time::construct_struct_time(vm, args),
        io::BYTESIO_TYPE => io::construct(vm, args),
        stringio::STRINGIO_TYPE => stringio::construct(vm, args),
        hashlib::BLAKE2B_TYPE | hashlib::BLAKE2S_TYPE => {
            hashlib::construct_blake2(vm, type_name, args)
        }
        crate::objects::descriptor::TUPLEGETTER_TYPE => {
            crate::objects::descriptor::tuplegetter(vm, args)
        }
        crate::objects::mappingproxy::TYPE_NAME => {
            crate::objects::mappingproxy::construct(vm, args)
        }
        t if t.starts_with("operator.") => return operator::construct(t, args),
        functools::PARTIAL => functools::construct(args),
        crate::objects::generic_alias::ALIAS_TYPE => crate::objects::generic_alias::construct(args),
        t if t.starts_with("itertools.") => return itertools::construct(vm, t, args),
        t if t.starts_with("collections.") => return collections::construct(vm, t, args),
        _ => return None,
    })
}

/// Attributes of a module's class (`itertools.chain.from_iterable`).
pub fn type_attr(type_name: &str, name: &str) -> Option<Value> {
    itertools::type_attr(type_name, name)
        .or_else(|| collections::type_attr(type_name, name))
        .or_else(|| hashlib::type_attr(type_name, name))
}

/// `operator.index(v)` for arguments: a user object's `__index__` result,
/// other values as they are (callers then check for an int).
pub(crate) fn index_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match vm.call_special(v, "__index__", vec![]) {
        None => Ok(v.clone()),
        Some(Ok(n @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)))) => Ok(n),
        Some(Ok(other)) => Err(type_error(format!(
            "__index__ returned non-int (type {})",
            other.type_name()
        ))),
        Some(Err(e)) => Err(e),
    }
}

/// The argument check of a slot wrapper taking no arguments
/// (`obj.__next__()`, `obj.__iter__()`).
pub(crate) fn check_slot_no_args(args: &Args, name: &str) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    if !args.pos.is_empty() {
        return Err(type_error(format!(
            "expected 0 arguments, got {}",
            args.pos.len()
        )));
    }
    Ok(())
}

/// `TypeError: read expected at most 1 argument, got 2`
pub(crate) fn check_at_most(args: &Args, name: &str, n: usize) -> PyResult<()> {
    let given = args.pos.len() + args.kw.len();
    if given <= n {
        return Ok(());
    }
    Err(type_error(format!(
        "{name} expected at most {n} argument{}, got {given}",
        if n == 1 { "" } else { "s" }
    )))
}

/// Arguments parsed as Argument Clinic does for
/// `fname(posonly..., /, params...)`: one slot per parameter, `None` when
/// not given. The first `required` parameters must be given.
pub(crate) fn clinic_args(
    args: &Args,
    fname: &str,
    posonly: usize,
    params: &[&str],
    required: usize,
) -> PyResult<crate::objects::function::Slots> {
    // Positional-only parameters have no names a caller can use.
    let mut names: smallvec::SmallVec<[&str; 8]> = smallvec::smallvec![""; posonly];
    names.extend_from_slice(params);
    args.parse(fname, &names, posonly, required, names.len())
}
