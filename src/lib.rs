//! pyview: an embeddable Python 3.11 subset built around its own buffer
//! protocol.
//!
//! ```
//! use pyview::{Interpreter, Sink};
//!
//! let out = Sink::capture();
//! let mut py = Interpreter::builder().stdout(out.clone()).build();
//! py.run("m = memoryview(bytearray(b'abc'))\nprint(m[1])", "<demo>").unwrap();
//! assert_eq!(out.text(), "98\n");
//! ```
//!
//! An [`Interpreter`] is single-threaded (`!Send`): create one per thread;
//! interpreters share nothing, so any number can live in one process.

use pyview_syntax::{GlobalTable, SyntaxKind};
use pyview_vm::interp::Output;
use pyview_vm::{traceback, CodeUnit, ExcType, Value, Vm};
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// Where an interpreter's `stdout` or `stderr` goes.
#[derive(Clone)]
pub enum Sink {
    /// The process's own stdout / stderr (buffered; flushed by
    /// [`Interpreter::flush`] and when the interpreter is dropped).
    Inherit,
    /// Collected in memory; read it with [`Sink::contents`] or [`Sink::text`].
    Capture(Rc<RefCell<Vec<u8>>>),
    /// Each write is handed to a callback.
    Callback(Rc<RefCell<dyn FnMut(&[u8])>>),
    /// Thrown away.
    Discard,
}

impl Sink {
    /// A new, empty capture buffer.
    pub fn capture() -> Sink {
        Sink::Capture(Rc::default())
    }

    /// A sink that calls `f` with every write.
    pub fn callback(f: impl FnMut(&[u8]) + 'static) -> Sink {
        Sink::Callback(Rc::new(RefCell::new(f)))
    }

    /// The bytes captured so far (empty for other sinks).
    pub fn contents(&self) -> Vec<u8> {
        match self {
            Sink::Capture(b) => b.borrow().clone(),
            _ => Vec::new(),
        }
    }

    /// The captured bytes as text (lossy UTF-8).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.contents()).into_owned()
    }
}

enum Stream {
    Stdout,
    Stderr,
}

struct SinkOutput {
    sink: Sink,
    stream: Stream,
    buf: Vec<u8>,
}

impl SinkOutput {
    fn flush_inherit(&mut self) {
        if self.buf.is_empty() {
            return;
        }
        let _ = match self.stream {
            Stream::Stdout => {
                let mut o = std::io::stdout().lock();
                o.write_all(&self.buf).and_then(|_| o.flush())
            }
            Stream::Stderr => std::io::stderr().lock().write_all(&self.buf),
        };
        self.buf.clear();
    }
}

impl Output for SinkOutput {
    fn write(&mut self, data: &[u8]) {
        match &self.sink {
            Sink::Inherit => {
                self.buf.extend_from_slice(data);
                // stderr is unbuffered in CPython; stdout is block-buffered.
                if matches!(self.stream, Stream::Stderr) || self.buf.len() >= 1 << 16 {
                    self.flush_inherit();
                }
            }
            Sink::Capture(b) => b.borrow_mut().extend_from_slice(data),
            Sink::Callback(f) => (f.borrow_mut())(data),
            Sink::Discard => {}
        }
    }

    fn flush(&mut self) {
        if let Sink::Inherit = self.sink {
            self.flush_inherit();
        }
    }
}

impl Drop for SinkOutput {
    fn drop(&mut self) {
        self.flush();
    }
}

/// Configures an [`Interpreter`].
pub struct Builder {
    stdout: Sink,
    stderr: Sink,
    argv: Vec<String>,
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

    /// `sys.argv` as scripts see it.
    pub fn argv(mut self, argv: Vec<String>) -> Builder {
        self.argv = argv;
        self
    }

    pub fn build(self) -> Interpreter {
        let mut vm = Vm::new(
            Box::new(SinkOutput {
                sink: self.stdout,
                stream: Stream::Stdout,
                buf: Vec::new(),
            }),
            Box::new(SinkOutput {
                sink: self.stderr,
                stream: Stream::Stderr,
                buf: Vec::new(),
            }),
        );
        vm.argv = if self.argv.is_empty() {
            vec![String::new()]
        } else {
            self.argv
        };
        Interpreter { vm }
    }
}

/// A Python interpreter: one module namespace, its own output sinks.
pub struct Interpreter {
    vm: Vm,
}

impl Default for Interpreter {
    fn default() -> Self {
        Interpreter::new()
    }
}

/// What a failed [`Interpreter::run`] reports: the exception's type,
/// message and the traceback text CPython would print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    type_name: String,
    message: String,
    traceback: String,
    exit_code: i32,
}

impl Error {
    /// The exception class name (`"ValueError"`, `"SyntaxError"`...).
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

    /// The process exit status python3 would use for this error.
    pub fn exit_code(&self) -> i32 {
        self.exit_code
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.traceback.trim_end())
    }
}

impl std::error::Error for Error {}

/// Stack reserved before deep recursion (nested expressions, Python
/// calls) continues on a fresh segment, so no script overflows the stack.
const RED_ZONE: usize = 256 * 1024;
const STACK_SEGMENT: usize = 8 * 1024 * 1024;

impl Interpreter {
    /// An interpreter writing to the process's stdout and stderr.
    pub fn new() -> Interpreter {
        Interpreter::builder().build()
    }

    pub fn builder() -> Builder {
        Builder {
            stdout: Sink::Inherit,
            stderr: Sink::Inherit,
            argv: Vec::new(),
        }
    }

    /// Compiles and runs `source` as the main module; `filename` is what
    /// tracebacks show.
    pub fn run(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || self.run_inner(source, filename))
    }

    fn run_inner(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        let code = CodeUnit::new(filename, source);
        let module = {
            let mut table = self.vm.globals.table.borrow_mut();
            compile(source, &mut table)
        };
        let module = match module {
            Ok(m) => m,
            Err(e) => {
                let traceback = if e.kind == SyntaxKind::RecursionError {
                    format!("RecursionError: {}\n", e.msg)
                } else {
                    e.render(filename)
                };
                return Err(Error {
                    type_name: e.kind.name().to_string(),
                    message: e.msg.clone(),
                    traceback,
                    exit_code: 1,
                });
            }
        };
        let result = self.vm.run_module(&module, code);
        drop(module);
        result.map_err(|e| self.error_from(&e.exc))
    }

    fn error_from(&mut self, exc: &Rc<pyview_vm::PyException>) -> Error {
        let message = pyview_vm::ops::exc_message(exc);
        let type_name = exc.type_name().to_string();
        if exc.typ == ExcType::SystemExit {
            let first = exc.args.borrow().first().cloned();
            let (code, text) = match first.as_ref() {
                None | Some(Value::None) => (0, String::new()),
                Some(Value::Int(i)) => (*i as i32, String::new()),
                Some(Value::Bool(b)) => (*b as i32, String::new()),
                Some(other) => (1, format!("{}\n", pyview_vm::ops::str_simple(other))),
            };
            return Error {
                type_name,
                message,
                traceback: text,
                exit_code: code,
            };
        }
        Error {
            type_name,
            message,
            traceback: traceback::format_exception(exc),
            exit_code: 1,
        }
    }

    /// Flushes buffered output of inherited streams.
    pub fn flush(&mut self) {
        self.vm.stdout.flush();
        self.vm.stderr.flush();
    }

    /// Writes text to the interpreter's stderr sink (as the CLI does with
    /// tracebacks).
    pub fn write_stderr(&mut self, text: &str) {
        self.vm.stdout.flush();
        self.vm.stderr.write(text.as_bytes());
        self.vm.stderr.flush();
    }

    /// Runs a script the way the `pyview` command does: output goes to the
    /// interpreter's sinks, an uncaught exception's report to its stderr,
    /// and the result is python3's exit status.
    pub fn run_main(&mut self, source: &str, filename: &str) -> i32 {
        let code = match self.run(source, filename) {
            Ok(()) => 0,
            Err(e) => {
                // CPython flushes stdout before it prints the report.
                self.vm.stdout.flush();
                self.vm.stderr.write(e.traceback().as_bytes());
                e.exit_code()
            }
        };
        self.flush();
        code
    }
}

fn compile(
    src: &str,
    table: &mut GlobalTable,
) -> Result<pyview_syntax::ir::Module, pyview_syntax::SyntaxErrorInfo> {
    pyview_syntax::compile(src, table)
}
