//! Output sinks: where `print`, `sys.stdout` and `sys.stderr` go.

use pyview_vm::interp::Output;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// Where an interpreter's `stdout` or `stderr` goes.
///
/// ```
/// use pyview::{Interpreter, Sink};
///
/// let out = Sink::capture();
/// let err = Sink::capture();
/// let mut py = Interpreter::builder().stdout(out.clone()).stderr(err.clone()).build();
/// py.run("import sys\nprint('to stdout')\nsys.stderr.write('to stderr\\n')", "<demo>")?;
/// assert_eq!(out.text(), "to stdout\n");
/// assert_eq!(err.text(), "to stderr\n");
/// # Ok::<(), pyview::Error>(())
/// ```
#[derive(Clone)]
pub enum Sink {
    /// The process's own stdout / stderr (stdout is buffered, by lines
    /// when it is a terminal as in CPython; flushed by
    /// [`Interpreter::flush`](crate::Interpreter::flush) and when the
    /// interpreter is dropped).
    Inherit,
    /// Collected in memory; read it with [`Sink::contents`] or [`Sink::text`].
    Capture(Rc<RefCell<Vec<u8>>>),
    /// Each write is handed to a callback.
    Callback(Rc<RefCell<dyn FnMut(&[u8])>>),
    /// Thrown away.
    Discard,
}

impl Sink {
    /// A new, empty capture buffer. Clone it before handing it to the
    /// builder, and read the clone.
    pub fn capture() -> Sink {
        Sink::Capture(Rc::default())
    }

    /// A sink that calls `f` with every write (a `print` call writes once).
    ///
    /// ```
    /// use pyview::{Interpreter, Sink};
    /// use std::{cell::RefCell, rc::Rc};
    ///
    /// let lines = Rc::new(RefCell::new(Vec::new()));
    /// let seen = lines.clone();
    /// let sink = Sink::callback(move |b| seen.borrow_mut().push(String::from_utf8_lossy(b).into_owned()));
    /// let mut py = Interpreter::builder().stdout(sink).build();
    /// py.run("print('a')\nprint('b')", "<demo>")?;
    /// assert_eq!(*lines.borrow(), ["a\n", "b\n"]);
    /// # Ok::<(), pyview::Error>(())
    /// ```
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

    /// The captured bytes as text (invalid UTF-8 replaced).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.contents()).into_owned()
    }

    /// Empties a capture buffer (other sinks are unaffected).
    pub fn clear(&self) {
        if let Sink::Capture(b) = self {
            b.borrow_mut().clear();
        }
    }
}

impl std::fmt::Debug for Sink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Sink::Inherit => f.write_str("Sink::Inherit"),
            Sink::Capture(b) => write!(f, "Sink::Capture({} bytes)", b.borrow().len()),
            Sink::Callback(_) => f.write_str("Sink::Callback"),
            Sink::Discard => f.write_str("Sink::Discard"),
        }
    }
}

pub(crate) enum Stream {
    Stdout,
    Stderr,
}

/// A sink as the VM's output stream.
pub(crate) struct SinkOutput {
    sink: Sink,
    stream: Stream,
    buf: Vec<u8>,
    /// CPython line-buffers a stdout that is a terminal, so a long-running
    /// loop's prints show as they happen.
    line_buffered: bool,
    /// Every write goes out at once (`-u`, `PYTHONUNBUFFERED`).
    unbuffered: bool,
}

impl SinkOutput {
    pub(crate) fn new(sink: Sink, stream: Stream, unbuffered: bool) -> SinkOutput {
        let line_buffered = matches!((&sink, &stream), (Sink::Inherit, Stream::Stdout))
            && std::io::IsTerminal::is_terminal(&std::io::stdout());
        SinkOutput {
            sink,
            stream,
            buf: Vec::new(),
            line_buffered,
            unbuffered,
        }
    }

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
                if matches!(self.stream, Stream::Stderr)
                    || self.unbuffered
                    || self.buf.len() >= 1 << 16
                    || (self.line_buffered && data.iter().any(|&b| b == b'\n' || b == b'\r'))
                {
                    self.flush_inherit();
                }
            }
            Sink::Capture(b) => b.borrow_mut().extend_from_slice(data),
            // A callback that writes to its own sink while being called
            // would re-enter; such writes are dropped rather than panicking.
            Sink::Callback(f) => {
                if let Ok(mut f) = f.try_borrow_mut() {
                    f(data)
                }
            }
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
