//! The `sys` module: argv, the standard streams, exit, version and
//! platform facts (as CPython 3.11.7 on 64-bit Linux reports them), float
//! and int limits, the recursion limit, and the import system's
//! `sys.modules` and `sys.path` (see `import`), and the exception being
//! handled (`exc_info`, `exception`).
//!
//! `sys.stdout` and `sys.stderr` write to the host's sinks; a script may
//! replace them with any object that has a `write` method, which `print`
//! and the interpreter's own output (tracebacks, warnings) then use, as
//! in CPython. Their `buffer` (an `_io.FileIO`, as python3 has it when
//! unbuffered) writes bytes to the same sink. `sys.stdin` reads the
//! host's input (`Vm::stdin`; `read`, `readline`, `readlines`,
//! iteration by lines) and refuses writes. `sys.excepthook` prints a report to
//! `sys.stderr`; a replaced hook is called for uncaught exceptions (by
//! `Interpreter::report`, see `Vm::replaced_excepthook`).

use crate::buffer::ContiguousBuffer;
use crate::exceptions::{type_error, value_error, PyResult};
use crate::interp::Vm;
use crate::objects::function::{builtin, Args};
use crate::objects::module::PyModule;
use crate::objects::native::NativeObject;
use crate::objects::structseq::StructSeq;
use crate::ops;
use crate::value::{Stream, Value};
use std::rc::Rc;

/// The interpreter version pyview implements.
pub const VERSION: (i64, i64, i64) = (3, 11, 7);
const VERSION_TEXT: &str = "3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]";
const HEXVERSION: i64 = 0x030b_07f0;

pub fn version_info() -> Value {
    StructSeq::value(
        "sys.version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vec![
            Value::Int(VERSION.0),
            Value::Int(VERSION.1),
            Value::Int(VERSION.2),
            Value::str("final"),
            Value::Int(0),
        ],
    )
}

pub fn module(vm: &Vm) -> Rc<PyModule> {
    let argv = Value::new_list(vm.argv.iter().map(|a| Value::str(a)).collect());
    let float_info = StructSeq::value(
        "sys.float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        vec![
            Value::Float(f64::MAX),
            Value::Int(1024),
            Value::Int(308),
            Value::Float(f64::MIN_POSITIVE),
            Value::Int(-1021),
            Value::Int(-307),
            Value::Int(15),
            Value::Int(53),
            Value::Float(f64::EPSILON),
            Value::Int(2),
            Value::Int(1),
        ],
    );
    let int_info = StructSeq::value(
        "sys.int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
        vec![
            Value::Int(30),
            Value::Int(4),
            Value::Int(ops::MAX_STR_DIGITS as i64),
            Value::Int(640),
        ],
    );
    // The parameters of the numeric hash (ops.rs) and of CPython's str
    // hash, whose algorithm pyview does not share (its values differ).
    let hash_info = StructSeq::value(
        "sys.hash_info",
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
        vec![
            Value::Int(64),
            Value::Int((1 << 61) - 1),
            Value::Int(314159),
            Value::Int(0),
            Value::Int(1000003),
            Value::str("siphash13"),
            Value::Int(64),
            Value::Int(128),
            Value::Int(0),
        ],
    );
    let implementation = StructSeq::namespace(
        &["name", "cache_tag", "version", "hexversion", "_multiarch"],
        vec![
            Value::str("cpython"),
            Value::str("cpython-311"),
            version_info(),
            Value::Int(HEXVERSION),
            Value::str("x86_64-linux-gnu"),
        ],
    );
    let fns: &[(&str, fn(&mut Vm, &Args) -> PyResult<Value>)] = &[
        ("exit", exit),
        ("getsizeof", super::sizeof::getsizeof),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("getdefaultencoding", getdefaultencoding),
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
        ("intern", intern),
        ("getfilesystemencoding", getfilesystemencoding),
        ("getfilesystemencodeerrors", getfilesystemencodeerrors),
        ("is_finalizing", is_finalizing),
        ("getswitchinterval", getswitchinterval),
        ("setswitchinterval", setswitchinterval),
        ("gettrace", gettrace),
        ("getprofile", getprofile),
        ("exc_info", exc_info),
        ("exception", exception),
    ];
    let mut attrs = vec![
        ("argv", argv),
        ("path", vm.sys_path.clone()),
        ("modules", Value::Dict(vm.sys_modules.clone())),
        ("stdout", Value::Stream(Stream::Stdout)),
        ("stderr", Value::Stream(Stream::Stderr)),
        ("__stdout__", Value::Stream(Stream::Stdout)),
        ("__stderr__", Value::Stream(Stream::Stderr)),
        ("stdin", Value::Stream(Stream::Stdin)),
        ("__stdin__", Value::Stream(Stream::Stdin)),
        ("maxsize", Value::Int(i64::MAX)),
        ("maxunicode", Value::Int(0x10ffff)),
        (
            "byteorder",
            Value::str(if cfg!(target_endian = "little") {
                "little"
            } else {
                "big"
            }),
        ),
        ("version", Value::str(VERSION_TEXT)),
        ("hexversion", Value::Int(HEXVERSION)),
        ("api_version", Value::Int(1013)),
        ("platform", Value::str("linux")),
        (
            "builtin_module_names",
            Value::new_tuple(BUILTIN_MODULE_NAMES.iter().map(|n| Value::str(n)).collect()),
        ),
        ("version_info", version_info()),
        ("implementation", implementation),
        ("float_info", float_info),
        ("int_info", int_info),
        ("hash_info", hash_info),
        ("float_repr_style", Value::str("short")),
        ("flags", flags(&vm.sys_flags)),
        (
            "dont_write_bytecode",
            Value::Bool(vm.sys_flags.dont_write_bytecode),
        ),
        ("prefix", Value::str("/usr")),
        ("exec_prefix", Value::str("/usr")),
        ("base_prefix", Value::str("/usr")),
        ("base_exec_prefix", Value::str("/usr")),
        ("platlibdir", Value::str("lib")),
        ("abiflags", Value::str("")),
        ("copyright", Value::str(COPYRIGHT)),
        ("warnoptions", Value::new_list(Vec::new())),
        (
            "_xoptions",
            Value::Dict(Rc::new(crate::objects::dict::PyDict::default())),
        ),
        (
            "thread_info",
            StructSeq::value(
                "sys.thread_info",
                &["name", "lock", "version"],
                vec![
                    Value::str("pthread"),
                    Value::str("semaphore"),
                    Value::str("NPTL 2.36"),
                ],
            ),
        ),
        // The running program, as CPython's is the interpreter binary.
        (
            "executable",
            Value::str(
                &std::env::current_exe()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default(),
            ),
        ),
    ];
    for (name, f) in fns {
        attrs.push((name, builtin(name, Some("sys"), *f)));
    }
    // Called from Python code, `_getframe` sees the caller's frame and
    // gives it its local variables.
    attrs.push((
        "_getframe",
        Value::Builtin(Rc::new(crate::objects::function::Builtin {
            name: "_getframe".into(),
            module: Some("sys".into()),
            func: Rc::new(|vm, args| getframe(vm, None, args)),
            frame: Some(|vm, f, args| getframe(vm, Some(f), args)),
            level: crate::objects::function::CallLevel::of("_getframe", Some("sys")),
            receiver: None,
        })),
    ));
    let hook = builtin("displayhook", Some("sys"), displayhook);
    attrs.push(("displayhook", hook.clone()));
    attrs.push(("__displayhook__", hook));
    let hook = builtin("excepthook", Some("sys"), excepthook);
    attrs.push(("excepthook", hook.clone()));
    attrs.push(("__excepthook__", hook));
    PyModule::new("sys", attrs)
}

const COPYRIGHT: &str = "Copyright (c) 2001-2023 Python Software Foundation.
All Rights Reserved.

Copyright (c) 2000 BeOpen.com.
All Rights Reserved.

Copyright (c) 1995-2001 Corporation for National Research Initiatives.
All Rights Reserved.

Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.
All Rights Reserved.";

fn getfilesystemencoding(_: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_none("getfilesystemencoding")?;
    Ok(Value::str("utf-8"))
}

fn getfilesystemencodeerrors(_: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_none("getfilesystemencodeerrors")?;
    Ok(Value::str("surrogateescape"))
}

/// `sys.is_finalizing()`: code that runs while the interpreter shuts down
/// (`atexit` handlers, `__del__` at exit) still sees False, as in CPython
/// until its final collection.
fn is_finalizing(_: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_none("is_finalizing")?;
    Ok(Value::Bool(false))
}

thread_local! {
    /// `sys.setswitchinterval`'s value: pyview runs one thread, so it is
    /// only remembered.
    static SWITCH_INTERVAL: std::cell::Cell<f64> = const { std::cell::Cell::new(0.005) };
}

fn getswitchinterval(_: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_none("getswitchinterval")?;
    Ok(Value::Float(SWITCH_INTERVAL.with(|c| c.get())))
}

fn setswitchinterval(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.check_one("setswitchinterval")?.clone();
    let f = super::math::to_f64(vm, &v)?;
    if f <= 0.0 {
        return Err(crate::exceptions::value_error(
            "switch interval must be strictly positive",
        ));
    }
    SWITCH_INTERVAL.with(|c| c.set(f));
    Ok(Value::None)
}

/// `sys.gettrace()`: pyview has no tracing hooks, so never one set.
fn gettrace(_: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_none("gettrace")?;
    Ok(Value::None)
}

fn getprofile(_: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_none("getprofile")?;
    Ok(Value::None)
}

/// `sys.flags`: the options of the command line, as CPython's struct
/// sequence (`dev_mode` and `safe_path` are bools there, the rest ints;
/// `int_max_str_digits` is -1 unless the command line set it).
fn flags(f: &crate::interp::SysFlags) -> Value {
    let n = |b: bool| Value::Int(b as i64);
    StructSeq::value(
        "sys.flags",
        &[
            "debug",
            "inspect",
            "interactive",
            "optimize",
            "dont_write_bytecode",
            "no_user_site",
            "no_site",
            "ignore_environment",
            "verbose",
            "bytes_warning",
            "quiet",
            "hash_randomization",
            "isolated",
            "dev_mode",
            "utf8_mode",
            "warn_default_encoding",
            "safe_path",
            "int_max_str_digits",
        ],
        vec![
            Value::Int(0),
            n(f.inspect),
            n(f.interactive),
            Value::Int(0),
            n(f.dont_write_bytecode),
            n(f.no_user_site),
            n(f.no_site),
            n(f.ignore_environment),
            Value::Int(0),
            Value::Int(0),
            n(f.quiet),
            Value::Int(1),
            n(f.isolated),
            Value::Bool(false),
            Value::Int(0),
            Value::Int(0),
            Value::Bool(f.safe_path),
            Value::Int(-1),
        ],
    )
}

/// `sys.displayhook(value)`: what the interactive prompt does with an
/// expression statement's value.
fn displayhook(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.check_one("sys.displayhook")?.clone();
    vm.display_value(v)?;
    Ok(Value::None)
}

impl Vm {
    /// Whether the script deleted `sys.excepthook` (CPython then says so
    /// before its own report).
    pub fn excepthook_missing(&self) -> bool {
        self.sys_module
            .as_ref()
            .is_some_and(|m| m.get("excepthook").is_none())
    }

    /// `sys.excepthook` when the script has replaced it (`None` while it
    /// is the built-in report).
    pub fn replaced_excepthook(&self) -> Option<Value> {
        let hook = self.sys_module.as_ref()?.get("excepthook")?;
        match &hook {
            Value::Builtin(b) if &*b.name == "excepthook" && b.module.as_deref() == Some("sys") => {
                None
            }
            _ => Some(hook),
        }
    }
}

/// `sys.excepthook(type, value, traceback)`: the report of an uncaught
/// exception, written to `sys.stderr`. As CPython's, it reports the
/// exception's own traceback (the argument only stands in for a missing
/// one, which pyview's exceptions always have).
fn excepthook(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("sys.excepthook")?;
    args.check_positional("excepthook", 3, 3)?;
    let text = match &args.pos[1] {
        Value::Exception(e) => vm.format_exception(e),
        other => format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            other.type_name()
        ),
    };
    write_stderr(vm, &text)?;
    Ok(Value::None)
}

/// Writes `text` to what `sys.stderr` names now (nothing if it is None).
pub fn write_stderr(vm: &mut Vm, text: &str) -> PyResult<()> {
    match vm.sys_stream(Stream::Stderr)? {
        Value::Stream(s) => vm.write_text(s, text),
        Value::None => Ok(()),
        file => vm
            .call_method(&file, "write", Args::new(vec![Value::str(text)]))
            .map(|_| ()),
    }
}

fn stream_name(s: Stream) -> &'static str {
    match s {
        Stream::Stdout => "<stdout>",
        Stream::Stderr => "<stderr>",
        Stream::Stdin => "<stdin>",
    }
}

/// The methods of `sys.stdin`, `sys.stdout` and `sys.stderr`.
pub const STREAM_METHODS: &[&str] = &[
    "write",
    "close",
    "flush",
    "readable",
    "writable",
    "seekable",
    "isatty",
    "fileno",
    "read",
    "readline",
    "readlines",
];

pub fn not_writable() -> Box<crate::exceptions::PyErr> {
    crate::exceptions::new_err(
        crate::exceptions::ExcType::UnsupportedOperation,
        "not writable",
    )
}

/// The methods of the standard streams besides `write` and `flush`.
/// Their file descriptors are the process's 0, 1 and 2; none counts as
/// a terminal (the output goes to the host's sinks, whatever they are).
pub fn stream_method(vm: &mut Vm, s: Stream, name: &str, args: &Args) -> Option<PyResult<Value>> {
    let reads = s == Stream::Stdin;
    let no_args = |args: &Args| args.check_none(&format!("TextIOWrapper.{name}"));
    Some(match name {
        "readable" => no_args(args).map(|()| Value::Bool(reads)),
        "writable" => no_args(args).map(|()| Value::Bool(!reads)),
        "seekable" | "isatty" => no_args(args).map(|()| Value::Bool(false)),
        "fileno" => no_args(args).map(|()| {
            Value::Int(match s {
                Stream::Stdin => 0,
                Stream::Stdout => 1,
                Stream::Stderr => 2,
            })
        }),
        "read" | "readline" | "readlines" => (|| {
            if !reads {
                return Err(crate::exceptions::new_err(
                    crate::exceptions::ExcType::UnsupportedOperation,
                    "not readable",
                ));
            }
            args.check_posonly(&format!("TextIOWrapper.{name}"), name, 0, 1)?;
            let limit = match args.pos.first() {
                None | Some(Value::None) => None,
                Some(v) => {
                    let n = crate::ops::index_i64(v)?;
                    usize::try_from(n).ok()
                }
            };
            read_stdin(vm, name, limit)
        })(),
        _ => return None,
    })
}

/// `sys.stdin.read/readline/readlines` over the host's input, decoded as
/// UTF-8 (invalid bytes replaced). `limit` counts characters for `read`
/// and `readline`, and is the size hint of `readlines`.
fn read_stdin(vm: &mut Vm, name: &str, limit: Option<usize>) -> PyResult<Value> {
    use std::io::{BufRead, Read};
    let mut data = Vec::new();
    if let Some(stdin) = vm.stdin.as_mut() {
        // A read error ends the input as the end of the file does.
        match (name, limit) {
            ("read", None) => {
                let _ = stdin.read_to_end(&mut data);
            }
            ("read" | "readline", Some(n)) => {
                // Whole characters: read until n of them are complete (or,
                // for a line, its end).
                while String::from_utf8_lossy(&data).chars().count() < n {
                    let mut byte = [0u8];
                    match stdin.read(&mut byte) {
                        Ok(1) => data.push(byte[0]),
                        _ => break,
                    }
                    if name == "readline" && byte[0] == b'\n' {
                        break;
                    }
                }
            }
            ("readline", None) => {
                let _ = stdin.read_until(b'\n', &mut data);
            }
            _ => {
                let _ = stdin.read_to_end(&mut data);
            }
        }
    }
    let text = String::from_utf8_lossy(&data).into_owned();
    Ok(match name {
        "readlines" => {
            let mut lines = Vec::new();
            let mut total = 0;
            for line in text.split_inclusive('\n') {
                lines.push(Value::str(line));
                total += line.chars().count();
                if limit.is_some_and(|n| n > 0 && total >= n) {
                    break;
                }
            }
            Value::new_list(lines)
        }
        _ => Value::str(&text),
    })
}

/// Attributes of `sys.stdout` and `sys.stderr` that are not methods.
pub fn stream_attr(s: Stream, name: &str, closed: bool) -> Option<PyResult<Value>> {
    Some(Ok(match name {
        "buffer" => Value::Native(Rc::new(BinaryStream(s))),
        "encoding" => Value::str("utf-8"),
        "name" => Value::str(stream_name(s)),
        "mode" => Value::str(if s == Stream::Stdin { "r" } else { "w" }),
        "closed" => Value::Bool(closed),
        "errors" => Value::str(if s == Stream::Stderr {
            "backslashreplace"
        } else {
            "strict"
        }),
        _ => return None,
    }))
}

/// `sys.stdout.buffer` / `sys.stderr.buffer`: bytes to the same sink as
/// the text stream, counted against the output limit alike.
#[derive(Debug)]
struct BinaryStream(Stream);

impl NativeObject for BinaryStream {
    fn type_name(&self) -> &'static str {
        "_io.FileIO"
    }

    fn repr(&self, _addr: usize) -> String {
        format!(
            "<_io.FileIO name='{}' mode='wb' closefd=False>",
            stream_name(self.0)
        )
    }

    fn method_names(&self) -> &'static [&'static str] {
        &["write", "flush"]
    }

    fn call_method(
        &self,
        vm: &mut Vm,
        _this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        Some(match name {
            "write" => (|| {
                args.check_exact("write", 1)?;
                let data = ContiguousBuffer::readable(&args.pos[0])?.with(<[u8]>::to_vec)?;
                vm.write_stream(self.0, &data)?;
                Ok(Value::from_usize(data.len()))
            })(),
            "flush" => args.check_none("flush").map(|_| {
                match self.0 {
                    Stream::Stdout => vm.stdout.flush(),
                    Stream::Stderr => vm.stderr.flush(),
                    Stream::Stdin => {}
                }
                Value::None
            }),
            _ => return None,
        })
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub fn exit(_: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("sys.exit", "exit", 0, 1)?;
    // A tuple argument becomes the exception's args, as in CPython; None
    // (the default) none.
    let exc_args = match args.pos.first() {
        None | Some(Value::None) => vec![],
        Some(Value::Tuple(t)) => t.to_vec(),
        Some(v) => vec![v.clone()],
    };
    let exc = crate::exceptions::PyException::new(crate::exceptions::ExcType::SystemExit, exc_args);
    if let Some(t @ Value::Tuple(_)) = args.pos.first() {
        *exc.exit_tuple.borrow_mut() = Some(t.clone());
    }
    Err(crate::exceptions::err_from(exc))
}

pub fn getrecursionlimit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_none("sys.getrecursionlimit")?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

pub fn setrecursionlimit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.check_one("sys.setrecursionlimit")?;
    let n = match v {
        Value::Float(_) => {
            return Err(type_error(
                "'float' object cannot be interpreted as an integer",
            ))
        }
        v => ops::index_i64(v)?,
    };
    if n < 1 {
        return Err(value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    // A host's cap is silently kept, as a sandbox must not be escaped.
    let cap = vm.limits.max_recursion.unwrap_or(100_000);
    vm.recursion_limit = n.min(i64::from(cap)) as u32;
    Ok(Value::None)
}

fn getdefaultencoding(_: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_none("sys.getdefaultencoding")?;
    Ok(Value::str("utf-8"))
}

fn get_int_max_str_digits(_: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_none("get_int_max_str_digits")?;
    Ok(Value::Int(ops::max_str_digits() as i64))
}

fn set_int_max_str_digits(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let slots = args.parse("set_int_max_str_digits", &["maxdigits"], 0, 1, 1)?;
    let n = match &slots[0] {
        Some(Value::BigInt(_)) => return Err(crate::exceptions::c_overflow("int")),
        Some(v) => ops::index_i64(v)?,
        None => return Ok(Value::None),
    };
    let n = i32::try_from(n).map_err(|_| crate::exceptions::c_overflow("int"))?;
    match usize::try_from(n) {
        Ok(n) if n == 0 || n >= ops::STR_DIGITS_THRESHOLD => {
            ops::set_max_str_digits(n);
            Ok(Value::None)
        }
        _ => Err(value_error(format!(
            "maxdigits must be 0 or larger than {}",
            ops::STR_DIGITS_THRESHOLD
        ))),
    }
}

fn intern(_: &mut Vm, args: &Args) -> PyResult<Value> {
    match args.check_one("sys.intern")? {
        s @ Value::Str(_) => Ok(s.clone()),
        other => Err(type_error(format!(
            "intern() argument must be str, not {}",
            other.type_name()
        ))),
    }
}

/// `sys.exc_info()`: the type, value and traceback of the exception being
/// handled, or three `None`s.
fn exc_info(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_none("sys.exc_info")?;
    Ok(Value::new_tuple(match vm.handled_exception() {
        Some(e) => {
            let value = Value::Exception(e.clone());
            vec![
                vm.type_of(&value),
                value,
                crate::traceback::TracebackObject::of(&e),
            ]
        }
        None => vec![Value::None, Value::None, Value::None],
    }))
}

/// `sys.exception()`: the exception being handled, or `None`.
fn exception(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_none("sys.exception")?;
    Ok(vm.handled_exception().map_or(Value::None, Value::Exception))
}

/// `sys._getframe(depth=0)`: a snapshot of the frame `depth` calls out
/// from the caller's (see `objects::frame`).
fn getframe(
    vm: &mut Vm,
    caller: Option<&mut crate::interp::Frame>,
    args: &Args,
) -> PyResult<Value> {
    super::check_at_most(args, "_getframe", 1)?;
    let depth = match args.pos.first() {
        Some(v) => crate::ops::index_i64(v)?,
        None => 0,
    };
    let frames = vm.frames();
    let skip = usize::try_from(depth.max(0)).unwrap_or(usize::MAX);
    if skip >= frames.len() {
        return Err(value_error("call stack is not deep enough"));
    }
    let frames = frames.into_iter().skip(skip).collect();
    // The caller's own variables, as they are now (CPython's f_locals is
    // such a snapshot too, refreshed when read again).
    let locals = match caller {
        Some(f) if skip == 0 => Some(crate::namespace::frame_locals(vm, Some(f))),
        _ => None,
    };
    match crate::objects::frame::chain_with_locals(frames, locals) {
        Some(f) => Ok(Value::Native(f)),
        None => Err(value_error("call stack is not deep enough")),
    }
}

/// `sys.builtin_module_names`: the modules compiled into CPython 3.11's
/// interpreter (as Debian and pyenv build it), which pydoc and scripts
/// tell apart from the stdlib's files.
const BUILTIN_MODULE_NAMES: &[&str] = &[
    "_abc",
    "_ast",
    "_codecs",
    "_collections",
    "_functools",
    "_imp",
    "_io",
    "_locale",
    "_operator",
    "_signal",
    "_sre",
    "_stat",
    "_string",
    "_symtable",
    "_thread",
    "_tokenize",
    "_tracemalloc",
    "_warnings",
    "_weakref",
    "atexit",
    "builtins",
    "errno",
    "faulthandler",
    "gc",
    "itertools",
    "marshal",
    "posix",
    "pwd",
    "sys",
    "time",
    "xxsubtype",
];
