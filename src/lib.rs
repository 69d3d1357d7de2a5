//! pyview: an embeddable Python 3.11 subset built around its own buffer
//! protocol.
//!
//! ```
//! use pyview::{Interpreter, Sink};
//!
//! let out = Sink::capture();
//! let mut py = Interpreter::builder().stdout(out.clone()).build();
//! py.run("m = memoryview(bytearray(b'abc'))\nprint(m[1])", "<demo>")?;
//! assert_eq!(out.text(), "98\n");
//! assert_eq!(py.eval::<i64>("m[2] - m[0]")?, 2);
//! # Ok::<(), pyview::Error>(())
//! ```
//!
//! The pieces, each with examples on its page (and a guided tour in
//! `docs/embedding.md`):
//!
//! - [`Interpreter`] runs code ([`run`](Interpreter::run),
//!   [`eval`](Interpreter::eval), [`call`](Interpreter::call)) and holds
//!   one module namespace ([`get`](Interpreter::get),
//!   [`set`](Interpreter::set)); [`Builder`] configures it: output
//!   [`Sink`]s, `sys.argv`, [`Limits`].
//! - [`Object`], [`FromPy`], [`IntoPy`] and [`Bytes`] convert values.
//! - [`NativeFunction`], [`Module`], [`Context`], [`Args`] and
//!   [`Exception`] let scripts call Rust.
//! - [`HostBuffer`] lends Rust memory to scripts without copying.
//! - [`Error`] is what a failed run reports: type, message, and the
//!   traceback text the `pyview` command prints.
//!
//! # Sandbox
//!
//! Scripts cannot reach the file system, the environment, the network or
//! other processes: pyview has no `open`, `os`, `subprocess`, `socket` or
//! `input`, and `import` finds only the built-in modules (`array`,
//! `builtins`, `collections`, `contextlib`, `functools`, `io` (`BytesIO` and `StringIO`),
//! `itertools`, `math`, `operator`, `platform`, `struct`, `sys`, `time`)
//! and the modules the host registers; it reads Python modules from the
//! directories the host names with [`Builder::module_path`] (and below
//! them), and from nowhere else, whatever a script puts on `sys.path`
//! (unless the host opts out with [`Builder::unrestricted_imports`]). `sys.exit` raises `SystemExit` (reported as an
//! [`Error`]); it never ends the process. `time.sleep` blocks the calling
//! thread, never past the time limit. What scripts can use up is bounded by
//! [`Limits`].
//!
//! # Threads
//!
//! An [`Interpreter`] and everything taken from it ([`Object`],
//! [`HostBuffer`], [`Sink`]) are `!Send` and `!Sync`: create an
//! interpreter on the thread that uses it. Interpreters share no state, so
//! a process may run any number of them, on one thread or many. The one
//! thread-safe handle is the interrupt flag ([`Builder::interrupt`]), an
//! `Arc<AtomicBool>` another thread may set to raise `KeyboardInterrupt`.
//! Deep recursion continues on stack segments allocated on demand, so an
//! interpreter needs no particular thread stack size.
//!
//! [`repl`] holds what an interactive front end needs: python3's piped
//! interactive loop, when typed input is complete, highlighting and
//! completion.

#![warn(missing_docs)]

/// The guide `docs/embedding.md`, whose examples run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../docs/embedding.md")]
pub struct EmbeddingGuide;

mod host_buffer;
mod native;
mod object;
pub mod repl;
mod sink;

pub use host_buffer::{BufferError, Element, HostBuffer};
pub use native::{marker, Args, Context, Exception, Module, NativeFunction};
pub use num_bigint::BigInt;
pub use object::{Bytes, FromPy, IntoArgs, IntoPy, Object};
pub use pyview_vm::SysFlags;
pub use sink::Sink;

/// Text from the operating system (command-line arguments, file names)
/// as CPython decodes it: UTF-8, each byte that is not as the lone
/// surrogate U+DC80..U+DCFF (the `surrogateescape` error handler).
pub fn os_text(bytes: &[u8]) -> String {
    pyview_vm::codecs::decode(bytes, "utf-8", "surrogateescape")
        .unwrap_or_else(|_| String::from_utf8_lossy(bytes).into_owned())
}

use pyview_syntax::{GlobalTable, SyntaxKind};
use pyview_vm::import::PathRoots;
use pyview_vm::limits::LimitKind;
use pyview_vm::objects::function::Args as VmArgs;
use pyview_vm::value::Stream as VmStream;
use pyview_vm::{CodeUnit, ExcType, PyErr, Value, Vm};
use sink::{SinkOutput, Stream};
use std::rc::Rc;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::Duration;

/// Resource limits, each applying afresh to every call into the
/// interpreter ([`Interpreter::run`], [`eval`](Interpreter::eval),
/// [`call`](Interpreter::call), ...). `None` means unlimited (for
/// `recursion`: CPython's behaviour, see below); the default limits
/// nothing.
///
/// | limit | when exceeded |
/// |---|---|
/// | `operations` | the run stops with [`Limit::Operations`] |
/// | `time` | the run stops with [`Limit::Time`] |
/// | `output` | the run stops with [`Limit::Output`] (what fits is written) |
/// | `memory` | `MemoryError` is raised inside Python |
/// | `recursion` | `RecursionError` is raised inside Python |
///
/// **Operations** are loop iterations (`for`, `while`, comprehensions, and
/// the loops inside built-ins such as `sum` or `list(iterable)`) and
/// Python function calls: a cheap count of the work a script does.
///
/// **Time** is wall-clock time, checked every 1024 operations (and by
/// `time.sleep`). A single long built-in operation (multiplying huge
/// ints, sorting a huge list) is not interrupted, but the memory limit
/// bounds how large such operands can get.
///
/// **Output** counts the bytes `print`, `sys.stdout.write` and
/// `sys.stderr.write` produce (tracebacks the host prints are not
/// counted).
///
/// A stopped run ends with an [`Error`] whose [`Error::limit`] says which
/// limit. Python code cannot catch it: no `except` clause matches, and
/// `finally` blocks and `__exit__` methods do not run, so a script cannot
/// use them to keep going. The interpreter stays usable: globals keep the
/// values assigned before the stop, and the next call starts with a full
/// allowance.
///
/// **Memory** limits the bytes of data the interpreter's objects hold:
/// bytes, bytearray, array, list, tuple, str and int. Each request to
/// build or grow one is checked *before* anything is allocated, against
/// the limit and against the live total of the large objects (4 KiB and
/// up) that exist at that moment; a request that does not fit raises
/// `MemoryError`, which Python code may catch, as in CPython. Small
/// objects, dicts, sets and the interpreter's own bookkeeping are not
/// counted, so set the limit somewhat below what you can afford.
///
/// **Recursion** is the depth of Python calls. `sys.setrecursionlimit`
/// may lower it but not raise it past this value. Without it, the depth
/// starts at 1000 and scripts may raise it up to 100000, as in CPython
/// (deep recursion is safe either way: the stack grows as needed).
///
/// ```
/// use pyview::{Interpreter, Limit, Limits, Sink};
/// use std::time::Duration;
///
/// let mut py = Interpreter::builder()
///     .stderr(Sink::Discard)
///     .limits(Limits {
///         operations: Some(100_000),
///         time: Some(Duration::from_secs(1)),
///         memory: Some(16 << 20),
///         ..Limits::default()
///     })
///     .build();
/// let err = py.run("while True:\n    pass", "<loop>").unwrap_err();
/// assert_eq!(err.limit(), Some(Limit::Operations));
/// let err = py.run("b = bytearray(1 << 30)", "<big>").unwrap_err();
/// assert_eq!(err.type_name(), "MemoryError");
/// # Ok::<(), pyview::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Limits {
    /// Operations per call.
    pub operations: Option<u64>,
    /// Wall-clock time per call.
    pub time: Option<Duration>,
    /// Bytes of data the interpreter's objects may hold.
    pub memory: Option<usize>,
    /// Bytes of output per call.
    pub output: Option<usize>,
    /// Python call depth.
    pub recursion: Option<u32>,
}

/// The exit status a shell reports for a process ended by SIGINT, as
/// python3 ends on an uncaught `KeyboardInterrupt`.
const SIGINT_STATUS: i32 = 130;

/// CPython's default recursion limit.
const DEFAULT_RECURSION: u32 = 1000;

/// The limit that stopped a run (see [`Limits`]).
///
/// ```
/// use pyview::{Interpreter, Limit, Sink};
///
/// let mut py = Interpreter::builder().output_limit(5).stdout(Sink::Discard).build();
/// let err = py.run("print('far too long')", "<demo>").unwrap_err();
/// assert_eq!(err.limit(), Some(Limit::Output));
/// assert_eq!(err.message(), "output limit exceeded (5 bytes)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Limit {
    /// The operation budget was spent.
    Operations,
    /// The time limit passed.
    Time,
    /// The output limit was reached.
    Output,
}

/// What the last call into the interpreter used (see
/// [`Interpreter::usage`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Usage {
    /// Operations (loop iterations and calls) performed.
    pub operations: u64,
    /// Bytes written to `sys.stdout` and `sys.stderr`.
    pub output: usize,
    /// Bytes held now by the large objects the memory limit tracks (0
    /// when no memory limit is set, since nothing is tracked then).
    pub memory: usize,
}

/// Configures an [`Interpreter`].
///
/// ```
/// use pyview::{Interpreter, Sink};
///
/// let out = Sink::capture();
/// let mut py = Interpreter::builder()
///     .stdout(out.clone())
///     .argv(vec!["tool.py".into(), "--fast".into()])
///     .max_operations(1_000_000)
///     .build();
/// py.run("import sys\nprint(sys.argv)", "tool.py")?;
/// assert_eq!(out.text(), "['tool.py', '--fast']\n");
/// # Ok::<(), pyview::Error>(())
/// ```
#[derive(Debug)]
pub struct Builder {
    stdout: Sink,
    stderr: Sink,
    argv: Vec<String>,
    interrupt: Option<Arc<AtomicBool>>,
    limits: Limits,
    module_path: Vec<String>,
    unrestricted_imports: bool,
    file_dirs: Vec<String>,
    unrestricted_files: bool,
    unrestricted_processes: bool,
    stdin: Option<Stdin>,
    unbuffered: bool,
    flags: SysFlags,
}

/// The reader given to [`Builder::stdin`].
struct Stdin(Box<dyn std::io::BufRead>);

impl std::fmt::Debug for Stdin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Stdin")
    }
}

impl Builder {
    /// Where `print` and `sys.stdout` write (default: inherit).
    pub fn stdout(mut self, sink: Sink) -> Builder {
        self.stdout = sink;
        self
    }

    /// Where `sys.stderr` writes (default: inherit).
    pub fn stderr(mut self, sink: Sink) -> Builder {
        self.stderr = sink;
        self
    }

    /// Where `input()` reads its lines (default: nothing, so `input()`
    /// raises `EOFError` as with a closed standard input).
    pub fn stdin(mut self, reader: Box<dyn std::io::BufRead>) -> Builder {
        self.stdin = Some(Stdin(reader));
        self
    }

    /// Writes inherited stdout at once, not when a buffer fills (as
    /// `python3 -u` or `PYTHONUNBUFFERED` does; default: buffered).
    pub fn unbuffered(mut self, yes: bool) -> Builder {
        self.unbuffered = yes;
        self
    }

    /// The command-line options `sys.flags` reports (default: none set).
    /// They only describe the host's choices: setting `inspect`, say,
    /// starts no prompt.
    pub fn sys_flags(mut self, flags: SysFlags) -> Builder {
        self.flags = flags;
        self
    }

    /// `sys.argv` as scripts see it (default: `['']`).
    pub fn argv(mut self, argv: Vec<String>) -> Builder {
        self.argv = argv;
        self
    }

    /// A flag that, once set (from a signal handler or another thread),
    /// raises `KeyboardInterrupt` in the running code at its next loop
    /// iteration or function call, or at once in `time.sleep`. (A single
    /// long built-in operation, such as multiplying huge ints, is not
    /// cut short.)
    ///
    /// The interpreter clears the flag when it raises `KeyboardInterrupt`,
    /// and when a call into it ([`Interpreter::run`], `eval`, `call`...)
    /// returns: a request that comes after the code it was meant for has
    /// finished is dropped, so it cannot interrupt the next, unrelated
    /// call. Set the flag while the call you mean to stop is running.
    ///
    /// ```
    /// use pyview::{Interpreter, Sink};
    /// use std::sync::{atomic::{AtomicBool, Ordering}, Arc};
    /// use std::time::{Duration, Instant};
    ///
    /// let flag = Arc::new(AtomicBool::new(false));
    /// let mut py = Interpreter::builder().stderr(Sink::Discard).interrupt(flag.clone()).build();
    /// let setter = {
    ///     let flag = flag.clone();
    ///     std::thread::spawn(move || {
    ///         std::thread::sleep(Duration::from_millis(100));
    ///         flag.store(true, Ordering::Relaxed);
    ///     })
    /// };
    /// let started = Instant::now();
    /// let err = py.run("import time\ntime.sleep(30)", "<demo>").unwrap_err();
    /// setter.join().unwrap();
    /// assert_eq!(err.type_name(), "KeyboardInterrupt");
    /// assert!(started.elapsed() < Duration::from_secs(10));
    /// // Set after a run ended, the flag does not reach the next one.
    /// flag.store(true, Ordering::Relaxed);
    /// py.run("pass", "<demo>")?;
    /// py.run("for i in range(10): pass", "<demo>")?;
    /// # Ok::<(), pyview::Error>(())
    /// ```
    pub fn interrupt(mut self, flag: Arc<AtomicBool>) -> Builder {
        self.interrupt = Some(flag);
        self
    }

    /// All the limits at once (see [`Limits`]).
    pub fn limits(mut self, limits: Limits) -> Builder {
        self.limits = limits;
        self
    }

    /// Operations (loop iterations and calls) each call may perform.
    pub fn max_operations(mut self, n: u64) -> Builder {
        self.limits.operations = Some(n);
        self
    }

    /// Wall-clock time each call may take.
    pub fn time_limit(mut self, t: Duration) -> Builder {
        self.limits.time = Some(t);
        self
    }

    /// Bytes of data the interpreter's objects may hold (`MemoryError`
    /// beyond).
    pub fn memory_limit(mut self, bytes: usize) -> Builder {
        self.limits.memory = Some(bytes);
        self
    }

    /// Bytes of output each call may write.
    pub fn output_limit(mut self, bytes: usize) -> Builder {
        self.limits.output = Some(bytes);
        self
    }

    /// The Python call depth (`RecursionError` beyond).
    pub fn recursion_limit(mut self, depth: u32) -> Builder {
        self.limits.recursion = Some(depth);
        self
    }

    /// Lets `import` read Python modules from the directory `dir` and the
    /// directories below it (`dir` is appended to `sys.path`; `""` is the
    /// current directory). The directories named this way are the only
    /// ones an interpreter reads: a script may add other entries to
    /// `sys.path` (or a package's `__path__`), but an entry that does not
    /// lead inside one of them, following symbolic links and `..`, is
    /// skipped as if it were empty, and so is a module file that is a link
    /// to somewhere else. Without `module_path`, the interpreter reads no
    /// files: `sys.path` is empty and only built-in and registered modules
    /// import. See the guide for how modules are found.
    ///
    /// ```
    /// use pyview::{Interpreter, Sink};
    ///
    /// let base = std::env::temp_dir().join(format!("pyview-doc-{}", std::process::id()));
    /// let (lib, other) = (base.join("lib"), base.join("other"));
    /// std::fs::create_dir_all(&lib).unwrap();
    /// std::fs::create_dir_all(&other).unwrap();
    /// std::fs::write(lib.join("shapes.py"), "def area(w, h):\n    return w * h\n").unwrap();
    /// std::fs::write(other.join("secret.py"), "KEY = 42\n").unwrap();
    /// let out = Sink::capture();
    /// let mut py = Interpreter::builder()
    ///     .stdout(out.clone())
    ///     .stderr(Sink::Discard)
    ///     .module_path(lib.to_str().unwrap())
    ///     .build();
    /// py.run("from shapes import area\nprint(area(3, 4))", "main.py")?;
    /// assert_eq!(out.text(), "12\n");
    ///
    /// // A directory the host did not name is not read, however it is reached.
    /// let script = format!("import sys\nsys.path.append({:?})\nimport secret", other.to_str().unwrap());
    /// assert_eq!(py.run(&script, "main.py").unwrap_err().message(), "No module named 'secret'");
    /// let script = format!("import sys\nsys.path.append({:?})\nimport secret", lib.join("../other").to_str().unwrap());
    /// assert_eq!(py.run(&script, "main.py").unwrap_err().message(), "No module named 'secret'");
    /// std::fs::remove_dir_all(&base).unwrap();
    /// # Ok::<(), pyview::Error>(())
    /// ```
    pub fn module_path(mut self, dir: &str) -> Builder {
        self.module_path.push(dir.to_string());
        self
    }

    /// Lets `import` read Python modules from *every* directory on
    /// `sys.path`, as python3 does, instead of only those under the
    /// [`module_path`](Builder::module_path) directories: a script may
    /// then import any `.py` file the process can read by appending its
    /// directory to `sys.path`. This is for tools that run trusted code
    /// (the `pyview` command uses it); never use it for a sandbox.
    ///
    /// ```
    /// use pyview::Interpreter;
    ///
    /// let dir = std::env::temp_dir().join(format!("pyview-any-{}", std::process::id()));
    /// std::fs::create_dir_all(&dir).unwrap();
    /// std::fs::write(dir.join("anywhere_mod.py"), "VALUE = 7\n").unwrap();
    /// let mut py = Interpreter::builder().unrestricted_imports().build();
    /// let script = format!("import sys\nsys.path.append({:?})\nimport anywhere_mod", dir.to_str().unwrap());
    /// py.run(&script, "tool.py")?;
    /// assert_eq!(py.eval::<i64>("anywhere_mod.VALUE")?, 7);
    /// std::fs::remove_dir_all(&dir).unwrap();
    /// # Ok::<(), pyview::Error>(())
    /// ```
    pub fn unrestricted_imports(mut self) -> Builder {
        self.unrestricted_imports = true;
        self
    }

    /// Lets `open()` read and write files in the directory `dir` and below
    /// it (`""` is the current directory). Paths are resolved as the OS
    /// does, following symbolic links and `..`: a file that does not lie
    /// inside one of the directories named this way cannot be opened, nor
    /// probed. Without `file_dir`, `open()` opens nothing. A refusal is
    /// `PermissionError: [Errno 13] Permission denied: 'path'`, the error
    /// a script gets when the OS refuses.
    ///
    /// ```
    /// use pyview::{Interpreter, Sink};
    ///
    /// let dir = std::env::temp_dir().join(format!("pyview-files-{}", std::process::id()));
    /// std::fs::create_dir_all(&dir).unwrap();
    /// let out = Sink::capture();
    /// let mut py = Interpreter::builder()
    ///     .stdout(out.clone())
    ///     .file_dir(dir.to_str().unwrap())
    ///     .build();
    /// let path = dir.join("data.bin");
    /// let script = format!(
    ///     "with open({p:?}, 'wb') as f:\n    f.write(bytes(range(4)))\n\
    ///      buf = bytearray(4)\n\
    ///      with open({p:?}, 'rb') as f:\n    f.readinto(memoryview(buf)[1:])\n\
    ///      print(buf)",
    ///     p = path.to_str().unwrap()
    /// );
    /// py.run(&script, "main.py")?;
    /// assert_eq!(out.text(), "bytearray(b'\\x00\\x00\\x01\\x02')\n");
    ///
    /// // Outside the directory: refused as the OS would refuse.
    /// let err = py.run("open('/etc/hostname')", "main.py").unwrap_err();
    /// assert_eq!(err.message(), "[Errno 13] Permission denied: '/etc/hostname'");
    /// std::fs::remove_dir_all(&dir).unwrap();
    /// # Ok::<(), pyview::Error>(())
    /// ```
    pub fn file_dir(mut self, dir: &str) -> Builder {
        self.file_dirs.push(dir.to_string());
        self
    }

    /// Lets `open()` reach every file the process can, as python3 does.
    /// For tools that run trusted code (the `pyview` command uses it);
    /// never use it for a sandbox.
    pub fn unrestricted_files(mut self) -> Builder {
        self.unrestricted_files = true;
        self
    }

    /// Lets `subprocess` start other programs, as python3 does. For tools
    /// that run trusted code (the `pyview` command uses it); never use it
    /// for a sandbox. Without it, starting a child raises
    /// `PermissionError: [Errno 13] Permission denied`.
    pub fn unrestricted_processes(mut self) -> Builder {
        self.unrestricted_processes = true;
        self
    }

    /// The interpreter.
    pub fn build(self) -> Interpreter {
        let vm = Vm::new(
            Box::new(SinkOutput::new(
                self.stdout,
                Stream::Stdout,
                self.unbuffered,
            )),
            Box::new(SinkOutput::new(
                self.stderr,
                Stream::Stderr,
                self.unbuffered,
            )),
        );
        let mut py = Interpreter {
            vm,
            last_exception: None,
        };
        py.vm.sys_flags = self.flags;
        py.vm.argv = if self.argv.is_empty() {
            vec![String::new()]
        } else {
            self.argv
        };
        if let Some(flag) = self.interrupt {
            py.vm.interrupt = flag;
        }
        py.vm.stdin = self.stdin.map(|s| s.0);
        if let Value::List(path) = &py.vm.sys_path() {
            path.borrow_mut()
                .extend(self.module_path.iter().map(|d| Value::str(d)));
        }
        py.vm.import_roots = if self.unrestricted_imports {
            PathRoots::Anywhere
        } else if self.module_path.is_empty() {
            PathRoots::Nowhere
        } else {
            PathRoots::Within(self.module_path)
        };
        py.vm.processes.allowed = self.unrestricted_processes;
        py.vm.file_roots = if self.unrestricted_files {
            PathRoots::Anywhere
        } else if self.file_dirs.is_empty() {
            PathRoots::Nowhere
        } else {
            PathRoots::Within(self.file_dirs)
        };
        py.set_limits(self.limits);
        py
    }
}

/// A Python interpreter: one module namespace (`__main__`), its own output
/// sinks, limits and registered native code. Globals persist from one
/// call to the next.
///
/// ```
/// use pyview::Interpreter;
///
/// let mut py = Interpreter::new();
/// py.run("def area(w, h):\n    return w * h", "shapes.py")?;
/// let a: f64 = py.call("area", (2.5, 4))?;
/// assert_eq!(a, 10.0);
/// py.set("side", 3)?;
/// assert_eq!(py.eval::<i64>("area(side, side)")?, 9);
/// # Ok::<(), pyview::Error>(())
/// ```
pub struct Interpreter {
    vm: Vm,
    /// The exception object of the last `Error` returned (see
    /// [`Interpreter::last_exception`]).
    last_exception: Option<Value>,
}

impl Default for Interpreter {
    fn default() -> Self {
        Interpreter::new()
    }
}

impl std::fmt::Debug for Interpreter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Interpreter").finish_non_exhaustive()
    }
}

/// What a failed call reports: the exception's type, message and the
/// traceback text CPython would print (exactly what the `pyview` command
/// prints for it).
///
/// ```
/// use pyview::{Interpreter, Sink};
///
/// let mut py = Interpreter::builder().stderr(Sink::Discard).build();
/// let err = py.run("def f(x):\n    return 1 / x\n\nf(0)", "calc.py").unwrap_err();
/// assert_eq!(err.type_name(), "ZeroDivisionError");
/// assert_eq!(err.message(), "division by zero");
/// assert_eq!(err.traceback(), "\
/// Traceback (most recent call last):
///   File \"calc.py\", line 4, in <module>
///     f(0)
///   File \"calc.py\", line 2, in f
///     return 1 / x
///            ~~^~~
/// ZeroDivisionError: division by zero
/// ");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    type_name: String,
    message: String,
    traceback: String,
    exit_code: i32,
    inspect_report: String,
    limit: Option<Limit>,
}

impl Error {
    /// The exception class name (`"ValueError"`, `"SyntaxError"`...;
    /// `"pyview.LimitExceeded"` for a run a limit stopped).
    pub fn type_name(&self) -> &str {
        &self.type_name
    }

    /// `str(exception)`.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The full report exactly as `python3` prints it to stderr (empty for
    /// `SystemExit` with an int or None).
    pub fn traceback(&self) -> &str {
        &self.traceback
    }

    /// The report `python3 -i` prints before entering its prompt: the
    /// traceback, even for `SystemExit`.
    pub fn inspect_report(&self) -> &str {
        &self.inspect_report
    }

    /// The process exit status python3 would use for this error:
    /// `SystemExit`'s code, 1 for other exceptions, and 130 for
    /// `KeyboardInterrupt`, the status a shell reports for python3, which
    /// ends by the SIGINT signal then (the `pyview` command does the same:
    /// it raises SIGINT against itself; a host that wants that must do it
    /// itself).
    pub fn exit_code(&self) -> i32 {
        self.exit_code
    }

    /// The limit that stopped the run, if one did (see [`Limits`]).
    pub fn limit(&self) -> Option<Limit> {
        self.limit
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.traceback.is_empty() {
            return write!(f, "{}: {}", self.type_name, self.message);
        }
        f.write_str(self.traceback.trim_end())
    }
}

impl std::error::Error for Error {}

/// Stack a call into the interpreter needs (the deepest expression the
/// parser accepts); with less left, it runs on a fresh segment. Python
/// calls check again, so deep recursion never overflows the stack.
const RED_ZONE: usize = 4 * 1024 * 1024;
const STACK_SEGMENT: usize = 16 * 1024 * 1024;

impl Interpreter {
    /// A sandboxed interpreter with default settings: output to the
    /// process's stdout and stderr, no limits but the recursion depth.
    pub fn new() -> Interpreter {
        Interpreter::builder().build()
    }

    /// Options for a new interpreter.
    pub fn builder() -> Builder {
        Builder {
            stdout: Sink::Inherit,
            stderr: Sink::Inherit,
            argv: Vec::new(),
            interrupt: None,
            limits: Limits::default(),
            module_path: Vec::new(),
            unrestricted_imports: false,
            file_dirs: Vec::new(),
            unrestricted_files: false,
            unrestricted_processes: false,
            stdin: None,
            unbuffered: false,
            flags: SysFlags::default(),
        }
    }

    /// Compiles and runs `source` in the interpreter's namespace;
    /// `filename` is what tracebacks show.
    ///
    /// ```
    /// use pyview::{Interpreter, Sink};
    ///
    /// let out = Sink::capture();
    /// let mut py = Interpreter::builder().stdout(out.clone()).build();
    /// py.run("total = sum(range(10))", "setup.py")?;
    /// py.run("print(total)", "report.py")?;
    /// assert_eq!(out.text(), "45\n");
    /// # Ok::<(), pyview::Error>(())
    /// ```
    pub fn run(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        self.run_compiled(source, filename, compile)
    }

    /// Compiles and runs one input of an interactive session: expression
    /// statements echo their value's repr to stdout and bind `_`. Line
    /// numbers in tracebacks count from the start of `source`.
    pub fn run_interactive(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        self.run_compiled(source, filename, |s, table| {
            pyview_syntax::compile_interactive(s, table)
                .map_err(pyview_syntax::complete::interactive_error)
        })
    }

    /// Evaluates one expression in the interpreter's namespace and
    /// converts its value (see [`FromPy`]; ask for [`Object`] to keep any
    /// value as it is).
    ///
    /// ```
    /// use pyview::{Interpreter, Object};
    ///
    /// let mut py = Interpreter::new();
    /// py.run("import struct\nrecord = struct.pack('<hd', 7, 2.5)", "<setup>")?;
    /// let (id, score): (i64, f64) = py.eval("struct.unpack('<hd', record)")?;
    /// assert_eq!((id, score), (7, 2.5));
    /// let anything: Object = py.eval("[1, 'two', None]")?;
    /// assert_eq!(format!("{anything:?}"), "[1, 'two', None]");
    /// assert_eq!(py.eval::<i64>("x = 1").unwrap_err().type_name(), "SyntaxError");
    /// # Ok::<(), pyview::Error>(())
    /// ```
    pub fn eval<T: FromPy>(&mut self, expression: &str) -> Result<T, Error> {
        let filename = "<string>";
        let v = self.enter(|py| {
            let code = CodeUnit::new(filename, expression);
            let module = {
                let mut table = py.vm.globals.table.borrow_mut();
                pyview_syntax::compile_eval(expression, &mut table)
            };
            let module = module.map_err(|e| syntax_error(&e, filename))?;
            let r = py.vm.eval_module(&module, code);
            r.map_err(|e| py.error_from(&e.exc))
        })?;
        self.extract(Object(v), "eval() result")
    }

    /// Calls the global function (or built-in) `name` with positional
    /// arguments (a tuple of [`IntoPy`] values, `()`, or a
    /// `Vec<Object>`), and converts the result.
    ///
    /// ```
    /// use pyview::Interpreter;
    ///
    /// let mut py = Interpreter::new();
    /// py.run("def greet(name, times):\n    return ', '.join(['hi ' + name] * times)", "<setup>")?;
    /// assert_eq!(py.call::<String>("greet", ("ann", 2))?, "hi ann, hi ann");
    /// assert_eq!(py.call::<usize>("len", ("four",))?, 4);
    /// let err = py.call::<String>("greet", ("ann",)).unwrap_err();
    /// assert_eq!(err.message(), "greet() missing 1 required positional argument: 'times'");
    /// # Ok::<(), pyview::Error>(())
    /// ```
    pub fn call<T: FromPy>(&mut self, name: &str, args: impl IntoArgs) -> Result<T, Error> {
        let func = match self.vm.globals.get(name).or_else(|| self.vm.builtin(name)) {
            Some(f) => f,
            None => return Err(self.error_from_err(*pyview_vm::exceptions::name_not_defined(name))),
        };
        let result = self.call_value(&func, args)?;
        self.extract(result, &format!("{name}() result"))
    }

    /// Calls any Python callable (a function a script passed to a native
    /// function, a bound method, a class...).
    ///
    /// ```
    /// use pyview::{Interpreter, Object};
    ///
    /// let mut py = Interpreter::new();
    /// let double: Object = py.eval("lambda x: x * 2")?;
    /// assert_eq!(py.call_object::<String>(&double, ("ab",))?, "abab");
    /// # Ok::<(), pyview::Error>(())
    /// ```
    pub fn call_object<T: FromPy>(
        &mut self,
        callable: &Object,
        args: impl IntoArgs,
    ) -> Result<T, Error> {
        let result = self.call_value(&callable.0, args)?;
        self.extract(result, "call() result")
    }

    /// Calls any Python callable with positional and keyword arguments:
    /// `kwargs` are pairs of a name and an [`IntoPy`] value (an [`Object`]
    /// when their types differ).
    ///
    /// ```
    /// use pyview::{Interpreter, Object};
    ///
    /// let mut py = Interpreter::new();
    /// py.run("def label(text, *, width=8, fill='.'):\n    return text.ljust(width, fill)", "<setup>")?;
    /// let label: Object = py.get("label")?;
    /// assert_eq!(py.call_object_kw::<String, _, _>(&label, ("ab",), [("width", 4)])?, "ab..");
    /// let width: Object = py.eval("5")?;
    /// let fill: Object = py.eval("'-'")?;
    /// let kw = [("width", width), ("fill", fill)];
    /// assert_eq!(py.call_object_kw::<String, _, _>(&label, ("ab",), kw)?, "ab---");
    /// let err = py.call_object_kw::<String, _, _>(&label, ("ab",), [("size", 1)]).unwrap_err();
    /// assert_eq!(err.message(), "label() got an unexpected keyword argument 'size'");
    /// # Ok::<(), pyview::Error>(())
    /// ```
    pub fn call_object_kw<T: FromPy, K: AsRef<str>, V: IntoPy>(
        &mut self,
        callable: &Object,
        args: impl IntoArgs,
        kwargs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<T, Error> {
        let result = self.call_value_kw(&callable.0, args, kwargs)?;
        self.extract(result, "call() result")
    }

    /// [`Interpreter::call`] with keyword arguments (see
    /// [`Interpreter::call_object_kw`]).
    pub fn call_kw<T: FromPy, K: AsRef<str>, V: IntoPy>(
        &mut self,
        name: &str,
        args: impl IntoArgs,
        kwargs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<T, Error> {
        let func = match self.vm.globals.get(name).or_else(|| self.vm.builtin(name)) {
            Some(f) => f,
            None => return Err(self.error_from_err(*pyview_vm::exceptions::name_not_defined(name))),
        };
        let result = self.call_value_kw(&func, args, kwargs)?;
        self.extract(result, &format!("{name}() result"))
    }

    fn call_value(&mut self, func: &Value, args: impl IntoArgs) -> Result<Object, Error> {
        self.call_value_kw(func, args, std::iter::empty::<(&str, Object)>())
    }

    fn call_value_kw<K: AsRef<str>, V: IntoPy>(
        &mut self,
        func: &Value,
        args: impl IntoArgs,
        kwargs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<Object, Error> {
        let args = match native::vm_args(args, kwargs) {
            Ok(a) => a,
            Err(e) => return Err(self.error_from_err(*e.into_err(None))),
        };
        self.enter(|py| {
            py.vm
                .call(func, args)
                .map(Object)
                .map_err(|e| py.error_from(&e.exc))
        })
    }

    /// The global variable `name`, converted (`NameError` when unset).
    ///
    /// ```
    /// use pyview::Interpreter;
    ///
    /// let mut py = Interpreter::new();
    /// py.run("scores = {'ann': [3, 4]}", "<setup>")?;
    /// let scores: std::collections::HashMap<String, Vec<u32>> = py.get("scores")?;
    /// assert_eq!(scores["ann"], [3, 4]);
    /// assert_eq!(py.get::<i64>("missing").unwrap_err().message(), "name 'missing' is not defined");
    /// # Ok::<(), pyview::Error>(())
    /// ```
    pub fn get<T: FromPy>(&mut self, name: &str) -> Result<T, Error> {
        match self.vm.globals.get(name) {
            Some(v) => self.extract(Object(v), &format!("global '{name}'")),
            None => Err(self.error_from_err(*pyview_vm::exceptions::name_not_defined(name))),
        }
    }

    /// Sets the global variable `name` (see [`IntoPy`]).
    ///
    /// ```
    /// use pyview::Interpreter;
    /// use std::collections::HashMap;
    ///
    /// let mut py = Interpreter::new();
    /// py.set("config", HashMap::from([("retries", 3)]))?;
    /// assert_eq!(py.eval::<i64>("config['retries'] * 2")?, 6);
    /// # Ok::<(), pyview::Error>(())
    /// ```
    pub fn set(&mut self, name: &str, value: impl IntoPy) -> Result<(), Error> {
        match value.into_py() {
            Ok(v) => {
                self.vm.globals.set(name, v.0);
                Ok(())
            }
            Err(e) => Err(self.error_from_err(*e.into_err(None))),
        }
    }

    /// `repr(obj)`, running `__repr__` of user classes.
    ///
    /// ```
    /// use pyview::{Interpreter, Object};
    ///
    /// let mut py = Interpreter::new();
    /// py.run("class P:\n    def __repr__(self):\n        return 'P()'", "<demo>")?;
    /// let p: Object = py.eval("P()")?;
    /// assert_eq!(py.repr(&p)?, "P()");
    /// # Ok::<(), pyview::Error>(())
    /// ```
    pub fn repr(&mut self, obj: &Object) -> Result<String, Error> {
        self.enter(|py| py.vm.repr_of(&obj.0).map_err(|e| py.error_from(&e.exc)))
    }

    /// Makes a native function a global of the interpreter's namespace
    /// (see [`NativeFunction`] for what functions qualify).
    ///
    /// ```
    /// use pyview::Interpreter;
    ///
    /// let mut py = Interpreter::new();
    /// py.add_function("checksum", |data: pyview::Bytes| data.0.iter().map(|&b| b as u32).sum::<u32>());
    /// assert_eq!(py.eval::<u32>("checksum(b'\\x01\\x02' * 3)")?, 9);
    /// # Ok::<(), pyview::Error>(())
    /// ```
    pub fn add_function<M>(&mut self, name: &str, f: impl NativeFunction<M>) {
        let v = native::function_value(name, None, f);
        self.vm.globals.set(name, v);
    }

    /// The exception object behind the last [`Error`] this interpreter
    /// returned (CPython's `sys.last_value`), for what its type name and
    /// message do not say: its `args`, other attributes, its class.
    /// `None` when that error was a limit, or a syntax error found
    /// before anything ran.
    ///
    /// ```
    /// use pyview::{Interpreter, Object, Sink};
    ///
    /// let mut py = Interpreter::builder().stderr(Sink::Discard).build();
    /// py.run("class QuotaError(Exception):\n    def __init__(self, user, used):\n        \
    ///         super().__init__(user, used)\n        self.used = used", "<setup>")?;
    /// let err = py.run("raise QuotaError('ann', 12)", "job.py").unwrap_err();
    /// assert_eq!(err.type_name(), "QuotaError");
    /// let exc = py.last_exception().expect("an exception was raised");
    /// let args: Object = py.eval("lambda e: e.args")?;
    /// let (user, used): (String, i64) = py.call_object(&args, (exc.clone(),))?;
    /// assert_eq!((user.as_str(), used), ("ann", 12));
    /// let is_quota: Object = py.eval("lambda e: isinstance(e, QuotaError)")?;
    /// assert!(py.call_object::<bool>(&is_quota, (exc,))?);
    /// # Ok::<(), pyview::Error>(())
    /// ```
    pub fn last_exception(&self) -> Option<Object> {
        self.last_exception.clone().map(Object)
    }

    /// Makes a native module importable (see [`Module`]). It replaces an
    /// earlier module of the same name, including a built-in one. A name
    /// that `import` cannot spell (`""`, `"1abc"`, a keyword, or a dotted
    /// `"pkg.sub"`: packages are not supported) is refused with a
    /// `ValueError`.
    pub fn add_module(&mut self, module: Module) -> Result<(), Error> {
        match module.build() {
            Ok((name, m)) => {
                self.vm.add_module(&name, m);
                Ok(())
            }
            Err(e) => Err(self.error_from_err(*e.into_err(None))),
        }
    }

    /// The limits in force.
    pub fn limits(&self) -> Limits {
        let l = &self.vm.limits;
        Limits {
            operations: l.max_ops,
            time: l.timeout,
            memory: l.max_alloc,
            output: l.max_output,
            recursion: l.max_recursion,
        }
    }

    /// Changes the limits for the following calls.
    ///
    /// ```
    /// use pyview::{Interpreter, Limits, Sink};
    ///
    /// let mut py = Interpreter::builder().stderr(Sink::Discard).build();
    /// py.set_limits(Limits { operations: Some(10), ..py.limits() });
    /// assert!(py.run("for i in range(100): pass", "<demo>").is_err());
    /// py.set_limits(Limits::default());
    /// py.run("for i in range(100): pass", "<demo>")?;
    /// # Ok::<(), pyview::Error>(())
    /// ```
    pub fn set_limits(&mut self, limits: Limits) {
        let depth = limits.recursion.unwrap_or(DEFAULT_RECURSION).max(1);
        self.vm.limits = pyview_vm::limits::Limits {
            max_alloc: limits.memory,
            max_ops: limits.operations,
            timeout: limits.time,
            max_output: limits.output,
            max_recursion: limits.recursion,
        };
        self.vm.recursion_limit = depth;
    }

    /// What the last call used.
    ///
    /// ```
    /// use pyview::Interpreter;
    ///
    /// let mut py = Interpreter::builder().output_limit(1000).build();
    /// py.run("for i in range(10):\n    pass", "<loop>")?;
    /// assert_eq!(py.usage().operations, 10);
    /// # Ok::<(), pyview::Error>(())
    /// ```
    pub fn usage(&self) -> Usage {
        let memory = if self.vm.limits.max_alloc.is_some() {
            self.vm.memory.borrow_mut().live()
        } else {
            0
        };
        Usage {
            operations: self.vm.meter.operations(),
            output: self.vm.meter.output(),
            memory,
        }
    }

    /// The flag that interrupts running code (see [`Builder::interrupt`]).
    pub fn interrupt_flag(&self) -> Arc<AtomicBool> {
        self.vm.interrupt.clone()
    }

    /// Flushes buffered output of inherited streams.
    pub fn flush(&mut self) {
        self.vm.stdout.flush();
        self.vm.stderr.flush();
    }

    /// Writes an error's report where CPython writes it, after what stdout
    /// holds: to `sys.stderr`, which is the interpreter's stderr sink
    /// unless the script put an object with a `write` method there (then
    /// that method receives the report; nothing is written if it is
    /// `None`). A run stopped by a limit always reports to the sink.
    ///
    /// ```
    /// use pyview::{Interpreter, Sink};
    ///
    /// let err = Sink::capture();
    /// let mut py = Interpreter::builder().stderr(err.clone()).build();
    /// let e = py.run("import sys\nclass Log:\n    def write(self, s):\n        log.append(s)\n\
    ///                 log = []\nsys.stderr = Log()\n1/0", "job.py").unwrap_err();
    /// py.report(&e);
    /// assert_eq!(err.text(), "");
    /// assert!(py.eval::<String>("''.join(log)")?.ends_with("ZeroDivisionError: division by zero\n"));
    /// # Ok::<(), pyview::Error>(())
    /// ```
    pub fn report(&mut self, e: &Error) {
        if e.limit.is_none() && self.report_through_hook(e) {
            return;
        }
        let file = match self.vm.sys_stream(VmStream::Stderr) {
            Ok(Value::Stream(_)) | Err(_) => None,
            Ok(_) if e.limit.is_some() => None,
            Ok(file) => Some(file),
        };
        let Some(file) = file else {
            return self.write_stderr(e.traceback());
        };
        if file.is_none() {
            return;
        }
        self.vm.stdout.flush();
        let text = e.traceback().to_string();
        let written = self.enter(|py| {
            let r = py
                .vm
                .call_method(&file, "write", VmArgs::new(vec![Value::str(&text)]));
            if r.is_ok() {
                // A `flush` it lacks (or that fails) loses nothing.
                let _ = py.vm.call_method(&file, "flush", VmArgs::default());
            }
            r.map(drop).map_err(|e| py.error_from(&e.exc))
        });
        if written.is_err() {
            self.write_stderr(&text);
        }
    }

    /// Writes text to the interpreter's stderr sink (as the CLI does with
    /// tracebacks); not counted against the output limit.
    pub fn write_stderr(&mut self, text: &str) {
        self.vm.stdout.flush();
        self.vm.stderr.write(&pyview_vm::codecs::stderr_bytes(text));
        self.vm.stderr.flush();
    }

    /// Runs a script the way the `pyview` command does: output goes to the
    /// interpreter's sinks, an uncaught exception's report to its stderr,
    /// and the result is python3's exit status.
    ///
    /// ```
    /// use pyview::{Interpreter, Sink};
    ///
    /// let err = Sink::capture();
    /// let mut py = Interpreter::builder().stdout(Sink::Discard).stderr(err.clone()).build();
    /// assert_eq!(py.run_main("raise SystemExit('bye')", "x.py"), 1);
    /// assert_eq!(err.text(), "bye\n");
    /// ```
    pub fn run_main(&mut self, source: &str, filename: &str) -> i32 {
        let code = match self.run(source, filename) {
            Ok(()) => 0,
            Err(e) => {
                // CPython flushes stdout before it prints the report.
                self.vm.stdout.flush();
                self.report(&e);
                e.exit_code()
            }
        };
        self.finalize();
        self.flush();
        code
    }

    /// What python3 does at exit before it stops: the suspended generators
    /// the main namespace still holds are closed, so their `finally` and
    /// `with` blocks run (anything they print comes after the script's
    /// output and report). The interpreter stays usable.
    pub fn finalize(&mut self) {
        let _ = self.enter(|py| {
            py.vm.finalize_main();
            Ok(())
        });
    }

    fn run_compiled(
        &mut self,
        source: &str,
        filename: &str,
        compile: impl FnOnce(
            &str,
            &mut GlobalTable,
        )
            -> Result<pyview_syntax::ir::Module, pyview_syntax::SyntaxErrorInfo>,
    ) -> Result<(), Error> {
        self.enter(|py| {
            let code = CodeUnit::new(filename, source);
            let module = {
                let mut table = py.vm.globals.table.borrow_mut();
                compile(source, &mut table)
            };
            let module = module.map_err(|e| syntax_error(&e, filename))?;
            let result = py.vm.run_module(&module, code);
            drop(module);
            result.map_err(|e| py.error_from(&e.exc))
        })
    }

    /// One call into the interpreter: a fresh allowance under the limits,
    /// room on the stack, a limit that Python code swallowed still
    /// reported, and the interrupt flag cleared at the end.
    fn enter<T>(&mut self, f: impl FnOnce(&mut Self) -> Result<T, Error>) -> Result<T, Error> {
        self.vm.meter.start(&self.vm.limits);
        let r = stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || f(self));
        // An interrupt that came too late for this call is not kept for
        // the next (see `Builder::interrupt`).
        self.vm
            .interrupt
            .store(false, std::sync::atomic::Ordering::Relaxed);
        match (r, self.vm.meter.tripped()) {
            (Ok(_), Some(kind)) => {
                let e = self.vm.meter.limit_error(kind);
                Err(self.error_from(&e.exc))
            }
            (r, _) => r,
        }
    }

    /// `value` converted to `T`; a mismatch worded with `subject`
    /// (`eval() result must be int, not str`).
    fn extract<T: FromPy>(&mut self, value: Object, subject: &str) -> Result<T, Error> {
        T::from_py(&value).map_err(|e| self.error_from_err(*e.into_err(Some(subject))))
    }

    /// Hands the uncaught exception to a `sys.excepthook` the script set,
    /// as CPython does; false when there is none. A hook that raises gets
    /// CPython's two-part report on stderr.
    fn report_through_hook(&mut self, e: &Error) -> bool {
        let Some(hook) = self.vm.replaced_excepthook() else {
            let reported = matches!(&self.last_exception,
                Some(Value::Exception(x)) if x.typ != ExcType::SystemExit);
            if reported && self.vm.excepthook_missing() {
                self.write_stderr("sys.excepthook is missing\n");
            }
            return false;
        };
        let exc = match &self.last_exception {
            // SystemExit is no error: it exits without a report.
            Some(Value::Exception(x)) if x.typ != ExcType::SystemExit => {
                Value::Exception(x.clone())
            }
            _ => return false,
        };
        let r = self.enter(|py| {
            let typ = py.vm.type_of(&exc);
            let tb = py
                .vm
                .getattr(&exc, "__traceback__")
                .map_err(|err| py.error_from(&err.exc))?;
            py.vm
                .call(&hook, VmArgs::new(vec![typ, exc.clone(), tb]))
                .map_err(|err| py.error_from(&err.exc))
        });
        self.vm.stdout.flush();
        if let Err(hook_error) = r {
            let text = format!(
                "Error in sys.excepthook:\n{}\nOriginal exception was:\n{}",
                hook_error.traceback(),
                e.traceback()
            );
            self.write_stderr(&text);
        }
        true
    }

    fn error_from_err(&mut self, e: PyErr) -> Error {
        self.error_from(&e.exc)
    }

    fn error_from(&mut self, exc: &Rc<pyview_vm::PyException>) -> Error {
        self.last_exception =
            (exc.typ != ExcType::LimitExceeded).then(|| Value::Exception(exc.clone()));
        let message = self.vm.exception_message(exc);
        let type_name = exc.type_name().to_string();
        if exc.typ == ExcType::SystemExit {
            // `SystemExit.code`: as assigned, else the single argument, or
            // all of them.
            let args = exc.args.borrow().clone();
            let raw = exc.exit_tuple.borrow().clone();
            let code = match (exc.attrs.borrow().get("code"), args.as_slice()) {
                _ if raw.is_some() => raw,
                (Some(code), _) => Some(code.clone()),
                (None, []) => None,
                (None, [one]) => Some(one.clone()),
                (None, many) => Some(Value::new_tuple(many.to_vec())),
            };
            let (code, text) = match code.as_ref() {
                None | Some(Value::None) => (0, String::new()),
                // CPython truncates the C long to an int.
                Some(Value::Int(i)) => (*i as i32, String::new()),
                Some(Value::BigInt(_)) => (-1, String::new()),
                Some(Value::Bool(b)) => (*b as i32, String::new()),
                // Its `str()`, user `__str__` included; only the line end
                // when that fails.
                Some(other) => match self.vm.str_of(other) {
                    Ok(text) => (1, format!("{text}\n")),
                    Err(_) => (1, "\n".to_string()),
                },
            };
            return Error {
                type_name,
                message,
                traceback: text,
                exit_code: code,
                inspect_report: self.vm.format_exception(exc),
                limit: None,
            };
        }
        let limit = match exc.typ {
            ExcType::LimitExceeded => self.vm.meter.tripped().map(|k| match k {
                LimitKind::Operations => Limit::Operations,
                LimitKind::Deadline => Limit::Time,
                LimitKind::Output => Limit::Output,
            }),
            _ => None,
        };
        let report = self.vm.format_exception(exc);
        // Only KeyboardInterrupt itself, not a subclass, is a death by SIGINT.
        let exit_code = if exc.typ == ExcType::KeyboardInterrupt && !exc.has_class() {
            SIGINT_STATUS
        } else {
            1
        };
        Error {
            type_name,
            message,
            inspect_report: report.clone(),
            traceback: report,
            exit_code,
            limit,
        }
    }
}

fn syntax_error(e: &pyview_syntax::SyntaxErrorInfo, filename: &str) -> Error {
    let traceback = if e.kind == SyntaxKind::RecursionError {
        format!("RecursionError: {}\n", e.msg)
    } else {
        e.render(filename)
    };
    Error {
        type_name: e.kind.name().to_string(),
        message: e.msg.clone(),
        inspect_report: traceback.clone(),
        traceback,
        exit_code: 1,
        limit: None,
    }
}

fn compile(
    src: &str,
    table: &mut GlobalTable,
) -> Result<pyview_syntax::ir::Module, pyview_syntax::SyntaxErrorInfo> {
    pyview_syntax::compile(src, table)
}
