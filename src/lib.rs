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
//!
//! [`repl`] holds what an interactive front end needs: python3's piped
//! interactive loop, when typed input is complete, highlighting and
//! completion.

pub mod repl;

use pyview_syntax::{GlobalTable, SyntaxKind};
use pyview_vm::interp::Output;
use pyview_vm::{traceback, CodeUnit, ExcType, Value, Vm};
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

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
    interrupt: Option<Arc<AtomicBool>>,
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

    /// A flag that, once set (from a signal handler or another thread),
    /// raises `KeyboardInterrupt` in the running code at its next loop
    /// iteration or function call.
    pub fn interrupt(mut self, flag: Arc<AtomicBool>) -> Builder {
        self.interrupt = Some(flag);
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
        if let Some(flag) = self.interrupt {
            vm.interrupt = flag;
        }
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
    inspect_report: String,
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

    /// The report `python3 -i` prints before entering its prompt: the
    /// traceback, even for `SystemExit`.
    pub fn inspect_report(&self) -> &str {
        &self.inspect_report
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
            interrupt: None,
        }
    }

    /// Compiles and runs `source` as the main module; `filename` is what
    /// tracebacks show.
    pub fn run(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || self.run_inner(source, filename))
    }

    /// Compiles and runs one input of an interactive session: expression
    /// statements echo their value's repr to stdout and bind `_`. Line
    /// numbers in tracebacks count from the start of `source`.
    pub fn run_interactive(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || {
            self.run_compiled(source, filename, |s, table| {
                pyview_syntax::compile_interactive(s, table)
                    .map_err(pyview_syntax::complete::interactive_error)
            })
        })
    }

    fn run_inner(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        self.run_compiled(source, filename, compile)
    }

    fn run_compiled(
        &mut self,
        source: &str,
        filename: &str,
        compile: fn(
            &str,
            &mut GlobalTable,
        ) -> Result<pyview_syntax::ir::Module, pyview_syntax::SyntaxErrorInfo>,
    ) -> Result<(), Error> {
        let code = CodeUnit::new(filename, source);
        let module = {
            let mut table = self.vm.globals.table.borrow_mut();
            compile(source, &mut table)
        };
        let module = match module {
            Ok(m) => m,
            Err(e) => return Err(syntax_error(&e, filename)),
        };
        let result = self.vm.run_module(&module, code);
        drop(module);
        result.map_err(|e| self.error_from(&e.exc))
    }

    /// The flag that interrupts running code (see [`Builder::interrupt`]).
    pub fn interrupt_flag(&self) -> Arc<AtomicBool> {
        self.vm.interrupt.clone()
    }

    fn error_from(&mut self, exc: &Rc<pyview_vm::PyException>) -> Error {
        let message = pyview_vm::ops::exc_message(exc);
        let type_name = exc.type_name().to_string();
        if exc.typ == ExcType::SystemExit {
            // `SystemExit.code`: the single argument, or all of them.
            let args = exc.args.borrow().clone();
            let code = match args.as_slice() {
                [] => None,
                [one] => Some(one.clone()),
                many => Some(Value::new_tuple(many.to_vec())),
            };
            let (code, text) = match code.as_ref() {
                None | Some(Value::None) => (0, String::new()),
                // CPython truncates the C long to an int.
                Some(Value::Int(i)) => (*i as i32, String::new()),
                Some(Value::BigInt(_)) => (-1, String::new()),
                Some(Value::Bool(b)) => (*b as i32, String::new()),
                Some(other) => (1, format!("{}\n", pyview_vm::ops::str_simple(other))),
            };
            return Error {
                type_name,
                message,
                traceback: text,
                exit_code: code,
                inspect_report: traceback::format_exception(exc),
            };
        }
        let report = traceback::format_exception(exc);
        Error {
            type_name,
            message,
            inspect_report: report.clone(),
            traceback: report,
            exit_code: 1,
        }
    }

    /// Flushes buffered output of inherited streams.
    pub fn flush(&mut self) {
        self.vm.stdout.flush();
        self.vm.stderr.flush();
    }

    /// Writes an error's report to the interpreter's stderr, after what
    /// stdout holds, as CPython does.
    pub fn report(&mut self, e: &Error) {
        self.write_stderr(e.traceback());
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
    }
}

fn compile(
    src: &str,
    table: &mut GlobalTable,
) -> Result<pyview_syntax::ir::Module, pyview_syntax::SyntaxErrorInfo> {
    pyview_syntax::compile(src, table)
}
