//! `open()` and the file objects it returns: `_io.FileIO` (raw),
//! `_io.BufferedReader`/`BufferedWriter`/`BufferedRandom` and
//! `_io.TextIOWrapper`, with CPython 3.11's layering, reprs, attributes
//! (`name`, `mode`, `closed`, `buffer`, `raw`, `encoding`, `errors`,
//! `newlines`, `line_buffering`, `closefd`) and messages.
//!
//! Layers: the objects of one `open()` call share one [`Stream`] (the OS
//! file, the read-ahead and the pending writes), and each holds the layer
//! below it, so `f.buffer` and `f.buffer.raw` are the same objects at every
//! access and closing any layer closes the file. The buffered layer keeps
//! at most one of read-ahead bytes and unwritten bytes, so the OS position
//! and the logical one differ by a known amount. Pending writes reach the
//! file on `flush`, `close`, a seek, a read, past 8 KiB, and when the last
//! layer is dropped.
//!
//! `readinto` fills any writable C-contiguous buffer (bytearray,
//! memoryview, array) in place through the buffer protocol.
//!
//! Text: decoded with any codec pyview has (UTF-8 by default, shown as
//! `'UTF-8'`), universal newlines as CPython (`newline=None` translates
//! `\r\n` and `\r` to `\n` on input; `''` keeps them but splits lines at
//! them; `'\n'`, `'\r'`, `'\r\n'` split only there and are written for
//! `\n`). The rest of the file is decoded at the first read (CPython reads
//! 8 KiB chunks: a decoding error's position is counted from the read
//! position, the same for files that fit in one chunk). `tell()` is the
//! byte position of the next character.
//!
//! Sandbox: `open()` reaches only files below the host's roots
//! (`Vm::file_roots`); anything else is `PermissionError: [Errno 13]
//! Permission denied`, as an OS refusal. Not supported: file descriptors
//! as `file`, `closefd=False`, `opener`, `detach`, `reconfigure`, the
//! `io` classes as constructors, and text `tell()`'s opaque cookies for
//! stateful codecs (it is always a byte position).

use super::{check_at_most, clinic_args, index_value};
use crate::buffer::ContiguousBuffer;
use crate::exceptions::{
    self, new_err, overflow_error, type_error, value_error, ExcType, PyErr, PyException, PyResult,
};
use crate::interp::Vm;
use crate::objects::bytes::new_value as bytes_value;
use crate::objects::function::Args;
use crate::objects::native::NativeObject;
use crate::ops;
use crate::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::rc::Rc;

pub const FILEIO_TYPE: &str = "_io.FileIO";
pub const READER_TYPE: &str = "_io.BufferedReader";
pub const WRITER_TYPE: &str = "_io.BufferedWriter";
pub const RANDOM_TYPE: &str = "_io.BufferedRandom";
pub const TEXT_TYPE: &str = "_io.TextIOWrapper";

/// `io.DEFAULT_BUFFER_SIZE`: the buffered layer's read and write size.
pub const BUFFER_SIZE: usize = 8192;

/// `io.UnsupportedOperation: {what}` (`not readable`, `read`, `File not
/// open for writing`...).
fn unsupported(what: &str) -> Box<PyErr> {
    new_err(ExcType::UnsupportedOperation, what)
}

/// `ValueError: I/O operation on closed file` (the raw layer's wording,
/// and the buffered layer's for most methods).
fn closed_raw() -> Box<PyErr> {
    value_error("I/O operation on closed file")
}

/// `ValueError: read of closed file` and the like: the buffered layer's
/// message for `read`, `readline`, `peek`, `seek`, `readinto`, `truncate`.
fn closed_op(op: &str) -> Box<PyErr> {
    value_error(format!("{op} of closed file"))
}

/// `ValueError: write to closed file`
fn write_to_closed() -> Box<PyErr> {
    value_error("write to closed file")
}

/// `OSError: [Errno N] strerror: 'name'` (`'name' -> 'name2'` with a
/// second path) for a failed system call, as the subclass for the number.
pub(crate) fn os_error(
    e: &std::io::Error,
    name: Option<&Value>,
    name2: Option<&Value>,
) -> Box<PyErr> {
    let Some(errno) = e.raw_os_error() else {
        return new_err(ExcType::OSError, e.to_string());
    };
    // std's text is strerror's followed by " (os error N)".
    let text = e.to_string();
    let strerror = text
        .strip_suffix(&format!(" (os error {errno})"))
        .unwrap_or(&text);
    let mut args = vec![Value::Int(errno.into()), Value::str(strerror)];
    args.extend(name.cloned());
    if let Some(name2) = name2 {
        args.extend([Value::None, name2.clone()]);
    }
    exceptions::err_from(PyException::construct(ExcType::OSError, args))
}

/// `PermissionError: [Errno 13] Permission denied: 'name'`: the sandbox's
/// refusal, as the OS would word it.
pub(crate) fn sandbox_denied(name: &Value) -> Box<PyErr> {
    os_error(&std::io::Error::from_raw_os_error(13), Some(name), None)
}

/// The OS file and the buffered layer's bytes, shared by the layers.
#[derive(Debug)]
struct Stream {
    file: RefCell<Option<File>>,
    name: Value,
    readable: bool,
    writable: bool,
    /// FileIO's `mode` (`rb`, `wb`, `ab+`...).
    raw_mode: &'static str,
    /// Bytes read ahead of the position: `rbuf[rpos..]`.
    rbuf: RefCell<Vec<u8>>,
    rpos: Cell<usize>,
    /// Bytes written but not yet handed to the OS.
    wbuf: RefCell<Vec<u8>>,
}

/// A broken invariant: a layer's state is borrowed while it runs again.
fn busy() -> Box<PyErr> {
    new_err(ExcType::RuntimeError, "reentrant call inside file object")
}

impl Stream {
    fn is_closed(&self) -> bool {
        self.file.try_borrow().is_ok_and(|f| f.is_none())
    }

    /// Runs `f` with the OS file; `closed` is the error when there is none.
    fn with_file<R>(
        &self,
        closed: impl FnOnce() -> Box<PyErr>,
        f: impl FnOnce(&mut File) -> std::io::Result<R>,
    ) -> PyResult<R> {
        let mut slot = self.file.try_borrow_mut().map_err(|_| busy())?;
        let file = slot.as_mut().ok_or_else(closed)?;
        f(file).map_err(|e| os_error(&e, None, None))
    }

    fn unread(&self) -> usize {
        self.rbuf
            .try_borrow()
            .map_or(0, |b| b.len().saturating_sub(self.rpos.get()))
    }

    /// Hands pending writes to the OS.
    fn flush_writes(&self) -> PyResult<()> {
        let pending = std::mem::take(&mut *self.wbuf.try_borrow_mut().map_err(|_| busy())?);
        if pending.is_empty() {
            return Ok(());
        }
        self.with_file(closed_raw, |f| f.write_all(&pending))
    }

    /// Makes the OS position the logical one: pending writes written,
    /// read-ahead given back.
    fn sync(&self) -> PyResult<()> {
        self.flush_writes()?;
        let unread = self.unread();
        self.rbuf.try_borrow_mut().map_err(|_| busy())?.clear();
        self.rpos.set(0);
        if unread > 0 {
            self.with_file(closed_raw, |f| f.seek(SeekFrom::Current(-(unread as i64))))?;
        }
        Ok(())
    }

    /// Takes up to `n` read-ahead bytes.
    fn take_ahead(&self, n: usize, out: &mut Vec<u8>) -> PyResult<()> {
        let buf = self.rbuf.try_borrow().map_err(|_| busy())?;
        let start = self.rpos.get().min(buf.len());
        let k = n.min(buf.len() - start);
        out.extend_from_slice(&buf[start..start + k]);
        self.rpos.set(start + k);
        Ok(())
    }

    /// How many bytes lie between the position and the end of the file.
    fn remaining(&self) -> PyResult<usize> {
        let size = self.with_file(closed_raw, |f| f.metadata().map(|m| m.len()))?;
        let pos = self.tell(closed_raw)?;
        Ok(usize::try_from(size.saturating_sub(pos)).unwrap_or(usize::MAX))
    }

    /// Reads once from the OS into the read-ahead (which must be used up);
    /// false at end of file.
    fn fill(&self, want: usize) -> PyResult<bool> {
        self.flush_writes()?;
        // A large request is read in pieces, so that what is allocated
        // follows what the file holds, not what was asked for.
        let mut chunk = vec![0; want.clamp(BUFFER_SIZE, 1 << 20)];
        let got = self.with_file(closed_raw, |f| f.read(&mut chunk))?;
        chunk.truncate(got);
        *self.rbuf.try_borrow_mut().map_err(|_| busy())? = chunk;
        self.rpos.set(0);
        Ok(got > 0)
    }

    /// Up to `size` bytes (to the end when `None`): fewer only at the end.
    fn read(&self, size: Option<usize>) -> PyResult<Vec<u8>> {
        let mut out = Vec::new();
        let want = size.unwrap_or(usize::MAX);
        self.take_ahead(want, &mut out)?;
        if out.len() == want {
            return Ok(out);
        }
        self.flush_writes()?;
        if size.is_none() {
            self.with_file(closed_raw, |f| f.read_to_end(&mut out))?;
            return Ok(out);
        }
        while out.len() < want && self.fill(want - out.len())? {
            self.take_ahead(want - out.len(), &mut out)?;
        }
        Ok(out)
    }

    /// One line through `\n`, at most `limit` bytes.
    fn readline(&self, limit: Option<usize>) -> PyResult<Vec<u8>> {
        let limit = limit.unwrap_or(usize::MAX);
        let mut out = Vec::new();
        loop {
            let found = {
                let buf = self.rbuf.try_borrow().map_err(|_| busy())?;
                let ahead = buf.get(self.rpos.get()..).unwrap_or_default();
                let room = limit - out.len();
                let window = &ahead[..ahead.len().min(room)];
                window.iter().position(|&c| c == b'\n').map(|i| i + 1)
            };
            match found {
                Some(n) => {
                    self.take_ahead(n, &mut out)?;
                    return Ok(out);
                }
                None => self.take_ahead(limit - out.len(), &mut out)?,
            }
            if out.len() >= limit || !self.fill(BUFFER_SIZE)? {
                return Ok(out);
            }
        }
    }

    fn write(&self, data: &[u8]) -> PyResult<()> {
        if self.unread() > 0 {
            self.sync()?;
        }
        let full = {
            let mut w = self.wbuf.try_borrow_mut().map_err(|_| busy())?;
            w.extend_from_slice(data);
            w.len() >= BUFFER_SIZE
        };
        if full {
            self.flush_writes()?;
        }
        Ok(())
    }

    fn tell(&self, closed: fn() -> Box<PyErr>) -> PyResult<u64> {
        let os = self.with_file(closed, |f| f.stream_position())?;
        let pending = self.wbuf.try_borrow().map_err(|_| busy())?.len() as u64;
        Ok((os + pending).saturating_sub(self.unread() as u64))
    }

    fn seek(&self, to: SeekFrom) -> PyResult<u64> {
        let to = match to {
            SeekFrom::Current(n) => SeekFrom::Current(n.saturating_sub(self.unread() as i64)),
            other => other,
        };
        self.flush_writes()?;
        self.rbuf.try_borrow_mut().map_err(|_| busy())?.clear();
        self.rpos.set(0);
        self.with_file(|| closed_op("seek"), |f| f.seek(to))
    }

    fn truncate(&self, size: u64) -> PyResult<()> {
        self.sync()?;
        self.with_file(closed_raw, |f| f.set_len(size))
    }

    fn close(&self) -> PyResult<()> {
        if self.is_closed() {
            return Ok(());
        }
        let flushed = self.flush_writes();
        self.file.try_borrow_mut().map_err(|_| busy())?.take();
        flushed
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        // As CPython's finalizer: unwritten bytes reach the file; an error
        // has nowhere to go.
        let _ = self.flush_writes();
    }
}

/// The text layer's decoding state.
#[derive(Debug)]
struct Text {
    encoding: Rc<str>,
    /// `encoding` as the attribute and repr show it (`UTF-8` by default).
    shown: Rc<str>,
    errors: Rc<str>,
    /// `None` for universal newlines with translation.
    newline: Option<Rc<str>>,
    line_buffering: bool,
    /// Whether the file has its byte order mark (if the codec writes one):
    /// only the first write at the start of a file writes it.
    signed: bool,
    /// Decoded text not yet consumed: `pending[ppos..]` (before newline
    /// translation).
    pending: String,
    ppos: usize,
    /// Newline kinds the decoder has seen (CR 1, LF 2, CRLF 4).
    seen: u8,
}

impl Text {
    fn universal(&self) -> bool {
        self.newline.as_deref().is_none_or(str::is_empty)
    }

    fn rest(&self) -> &str {
        self.pending.get(self.ppos..).unwrap_or_default()
    }

    fn drop_pending(&mut self) {
        self.pending.clear();
        self.ppos = 0;
    }

    /// Consumes through the end of the next line (or `limit` characters,
    /// or everything when `line` is false), translating newlines.
    fn take(&mut self, limit: Option<usize>, line: bool) -> String {
        let rest = self.rest();
        let mut out = String::new();
        let mut used = 0;
        let mut count = 0;
        while let Some(c) = rest.get(used..).and_then(|r| r.chars().next()) {
            let room = limit.map_or(usize::MAX, |l| l - count);
            if room == 0 {
                break;
            }
            let crlf = c == '\r' && rest.as_bytes().get(used + 1) == Some(&b'\n');
            // What the character (with its '\n' for a CRLF) reads as, how
            // many characters that is, and whether it ends a line.
            let (text, chars, ends) = match self.newline.as_deref() {
                None if c == '\r' || c == '\n' => ("\n", 1, true),
                Some("" | "\r\n") if crlf && room >= 2 => ("\r\n", 2, true),
                Some("") => ("", 1, c == '\r' || c == '\n'),
                Some("\n") => ("", 1, c == '\n'),
                Some("\r") => ("", 1, c == '\r'),
                _ => ("", 1, false),
            };
            if text.is_empty() {
                out.push(c);
                used += c.len_utf8();
            } else {
                out.push_str(text);
                used += if crlf { 2 } else { 1 };
            }
            count += chars;
            if line && ends {
                break;
            }
        }
        self.ppos += used;
        out
    }

    /// CPython's `tell()` resets its decoder and decodes again what was
    /// read, so `newlines` then tells only the kinds read so far.
    fn renote_consumed(&mut self) {
        if self.ppos > 0 {
            self.seen = 0;
            let read = self.pending.get(..self.ppos).unwrap_or_default().to_owned();
            self.note_newlines(&read);
        }
    }

    /// Records the newline kinds in freshly decoded text.
    fn note_newlines(&mut self, s: &str) {
        let b = s.as_bytes();
        for (i, &c) in b.iter().enumerate() {
            self.seen |= match c {
                b'\n' if i > 0 && b[i - 1] == b'\r' => 4,
                b'\n' => 2,
                b'\r' if b.get(i + 1) == Some(&b'\n') => 0,
                b'\r' => 1,
                _ => 0,
            };
        }
    }

    /// `newlines`: None, one kind, or a tuple of kinds in CPython's order.
    fn newlines(&self) -> Value {
        if !self.universal() {
            return Value::None;
        }
        let kinds: Vec<Value> = [(1, "\r"), (2, "\n"), (4, "\r\n")]
            .iter()
            .filter(|(bit, _)| self.seen & bit != 0)
            .map(|(_, s)| Value::str(s))
            .collect();
        match kinds.len() {
            0 => Value::None,
            1 => kinds.into_iter().next().unwrap_or(Value::None),
            _ => Value::new_tuple(kinds),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layer {
    Raw,
    Buffered,
    Text,
}

/// One layer of an open file.
#[derive(Debug)]
pub struct PyFile {
    stream: Rc<Stream>,
    layer: Layer,
    /// The layer below (`buffer` of a text file, `raw` of a buffered one).
    inner: Option<Value>,
    /// `mode`: what `open()` was given for a text file, FileIO's mode for
    /// the binary layers.
    mode: Rc<str>,
    text: Option<RefCell<Text>>,
}

const RAW_METHODS: &[&str] = &[
    "read",
    "readall",
    "readinto",
    "readline",
    "readlines",
    "write",
    "writelines",
    "seek",
    "tell",
    "truncate",
    "close",
    "flush",
    "fileno",
    "isatty",
    "readable",
    "writable",
    "seekable",
    "__enter__",
    "__exit__",
    "__iter__",
    "__next__",
];

/// `peek` first: a BufferedWriter has all but that one.
const BUFFERED_METHODS: &[&str] = &[
    "peek",
    "read",
    "read1",
    "readinto",
    "readinto1",
    "readline",
    "readlines",
    "write",
    "writelines",
    "seek",
    "tell",
    "truncate",
    "close",
    "flush",
    "fileno",
    "isatty",
    "readable",
    "writable",
    "seekable",
    "__enter__",
    "__exit__",
    "__iter__",
    "__next__",
];

const TEXT_METHODS: &[&str] = &[
    "read",
    "readline",
    "readlines",
    "write",
    "writelines",
    "seek",
    "tell",
    "truncate",
    "close",
    "flush",
    "fileno",
    "isatty",
    "readable",
    "writable",
    "seekable",
    "__enter__",
    "__exit__",
    "__iter__",
    "__next__",
];

/// A size argument (BytesIO's rules): an int or None, `None` meaning
/// "all" (negative too).
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    Ok(usize::try_from(super::io::optional_size(vm, v, -1)?).ok())
}

/// An integer argument that must be an int (`__index__` honoured).
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let v = index_value(vm, v)?;
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(v),
        other => Err(exceptions::not_an_index(other.type_name())),
    }
}

impl PyFile {
    fn kind_name(&self) -> &'static str {
        match self.layer {
            Layer::Raw => FILEIO_TYPE,
            Layer::Text => TEXT_TYPE,
            Layer::Buffered => match (self.stream.readable, self.stream.writable) {
                (true, true) => RANDOM_TYPE,
                (true, false) => READER_TYPE,
                _ => WRITER_TYPE,
            },
        }
    }

    fn text(&self) -> PyResult<std::cell::RefMut<'_, Text>> {
        self.text
            .as_ref()
            .ok_or_else(busy)?
            .try_borrow_mut()
            .map_err(|_| busy())
    }

    /// The error for `op` on a closed file, as each layer words it.
    fn closed_error(&self, op: &str) -> Box<PyErr> {
        match (self.layer, op) {
            (Layer::Text, "readable" | "writable" | "seekable" | "fileno" | "isatty") => {
                closed_raw()
            }
            (Layer::Text, _) | (_, "flush" | "__enter__" | "__iter__" | "readlines") => {
                exceptions::closed_file()
            }
            (Layer::Buffered, "read" | "read1") => closed_op("read"),
            (Layer::Buffered, "readline" | "__next__") => closed_op("readline"),
            (Layer::Buffered, "write" | "writelines") => write_to_closed(),
            (Layer::Buffered, "peek" | "seek" | "readinto" | "readinto1" | "truncate") => {
                closed_op(op)
            }
            _ => closed_raw(),
        }
    }

    fn check_open(&self, op: &str) -> PyResult<()> {
        if self.stream.is_closed() {
            return Err(self.closed_error(op));
        }
        Ok(())
    }

    /// The refusal of a read on a write-only file or the reverse.
    fn check_can(&self, op: &str, reading: bool) -> PyResult<()> {
        let ok = if reading {
            self.stream.readable
        } else {
            self.stream.writable
        };
        if ok {
            return Ok(());
        }
        Err(match (self.layer, reading) {
            (Layer::Raw, true) => unsupported("File not open for reading"),
            (Layer::Raw, false) => unsupported("File not open for writing"),
            (Layer::Text, true) => unsupported("not readable"),
            (Layer::Text, false) if op == "truncate" => unsupported("truncate"),
            (Layer::Text, false) => unsupported("not writable"),
            (Layer::Buffered, true) if op == "read1" => unsupported("read1"),
            (Layer::Buffered, true) => unsupported("read"),
            (Layer::Buffered, false) if op == "truncate" => unsupported("truncate"),
            (Layer::Buffered, false) => unsupported("write"),
        })
    }

    fn method(
        &self,
        vm: &mut Vm,
        this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> PyResult<Value> {
        let st = &self.stream;
        // FileIO inherits these from IOBase, whose name its messages show.
        let class = match (self.layer, name) {
            (Layer::Raw, "readline" | "readlines" | "writelines") => "_IOBase",
            _ => self.kind_name().trim_start_matches("_io."),
        };
        let qual = format!("{class}.{name}");
        args.no_kwargs(&qual)?;
        // The optional argument of a method taking at most one.
        let optional_arg = || -> PyResult<[Option<Value>; 1]> {
            check_at_most(args, name, 1)?;
            Ok([args.pos.first().cloned()])
        };
        match name {
            "close" | "__exit__" => {
                if name == "close" {
                    args.check_exact(&qual, 0)?;
                }
                if let Some(t) = &self.text {
                    t.try_borrow_mut().map_err(|_| busy())?.drop_pending();
                }
                st.close()?;
                Ok(Value::None)
            }
            "__enter__" | "__iter__" => {
                args.check_exact(&qual, 0)?;
                self.check_open(name)?;
                Ok(Value::Native(this.clone()))
            }
            "__next__" => {
                args.check_exact(&qual, 0)?;
                match self.next_line(vm)? {
                    Some(v) => Ok(v),
                    None => Err(exceptions::err_from(PyException::new(
                        ExcType::StopIteration,
                        vec![],
                    ))),
                }
            }
            "readable" | "writable" | "seekable" | "isatty" | "fileno" | "flush" => {
                args.check_exact(&qual, 0)?;
                if self.layer != Layer::Raw
                    && ((name == "writable" && !st.writable)
                        || (name == "readable" && !st.readable))
                {
                    // The buffered classes inherit IOBase's answer here,
                    // which looks at nothing.
                    return Ok(Value::Bool(false));
                }
                self.check_open(name)?;
                Ok(match name {
                    "readable" => Value::Bool(st.readable),
                    "writable" => Value::Bool(st.writable),
                    "seekable" => Value::Bool(true),
                    "isatty" => Value::Bool(
                        st.with_file(closed_raw, |f| Ok(std::io::IsTerminal::is_terminal(&*f)))?,
                    ),
                    "fileno" => Value::Int(st.with_file(closed_raw, |f| {
                        Ok(std::os::fd::AsRawFd::as_raw_fd(&*f).into())
                    })?),
                    _ => {
                        st.flush_writes()?;
                        Value::None
                    }
                })
            }
            "write" => {
                args.check_exact(&qual, 1)?;
                self.write(&args.pos[0])
            }
            "writelines" => {
                args.check_exact(&qual, 1)?;
                self.check_open(name)?;
                let me = this.clone();
                vm.for_each(&args.pos[0], |_, item| {
                    let f = me.as_any().downcast_ref::<PyFile>().ok_or_else(busy)?;
                    f.write(&item).map(|_| ())
                })?;
                Ok(Value::None)
            }
            "read" | "read1" | "readall" | "peek" => {
                let size = if name == "readall" {
                    args.check_exact(&qual, 0)?;
                    if !st.readable && !st.is_closed() {
                        // FileIO tries the read and the OS refuses it.
                        return Err(os_error(&std::io::Error::from_raw_os_error(9), None, None));
                    }
                    None
                } else {
                    let a = optional_arg()?;
                    if self.layer == Layer::Buffered
                        && matches!(&a[0], Some(Value::Int(n)) if *n < -1)
                    {
                        return Err(value_error("read length must be non-negative or -1"));
                    }
                    size_arg(vm, a[0].as_ref())?
                };
                self.check_open(name)?;
                self.check_can(name, true)?;
                if self.layer == Layer::Text {
                    return self.text_read(vm, size);
                }
                vm.check_alloc(size.unwrap_or(usize::MAX).min(st.remaining()?))?;
                if self.layer == Layer::Raw {
                    st.sync()?;
                }
                Ok(bytes_value(match name {
                    "peek" => {
                        if st.unread() == 0 {
                            st.fill(BUFFER_SIZE)?;
                        }
                        let b = st.rbuf.try_borrow().map_err(|_| busy())?;
                        b.get(st.rpos.get()..).unwrap_or_default().to_vec()
                    }
                    "read1" => {
                        let want = size.unwrap_or(BUFFER_SIZE);
                        if st.unread() == 0 && want > 0 {
                            st.fill(want)?;
                        }
                        let mut out = Vec::new();
                        st.take_ahead(want, &mut out)?;
                        out
                    }
                    _ => st.read(size)?,
                }))
            }
            "readinto" | "readinto1" => {
                args.check_exact(&qual, 1)?;
                let dst = ContiguousBuffer::writable(&args.pos[0], "readinto() argument")?;
                self.check_open(name)?;
                self.check_can(name, true)?;
                if self.layer == Layer::Raw {
                    st.sync()?;
                }
                // Read first, then copied: `dst` may be a view of anything.
                let chunk = st.read(Some(dst.len()))?;
                dst.with_mut(|b| {
                    if let Some(d) = b.get_mut(..chunk.len()) {
                        d.copy_from_slice(&chunk);
                    }
                })?;
                Ok(Value::from_usize(chunk.len()))
            }
            "readline" => {
                let a = optional_arg()?;
                let size = match &a[0] {
                    // The text layer takes an int only.
                    Some(Value::None) if self.layer == Layer::Text => {
                        return Err(exceptions::not_an_index("NoneType"))
                    }
                    Some(Value::None) | None => None,
                    Some(v) => usize::try_from(ops::index_i64(&int_arg(vm, v)?)?).ok(),
                };
                self.check_open(name)?;
                self.check_can(name, true)?;
                if self.layer == Layer::Text {
                    return self.text_readline(vm, size).map(|s| Value::str(&s));
                }
                if self.layer == Layer::Raw {
                    st.sync()?;
                }
                Ok(bytes_value(st.readline(size)?))
            }
            "readlines" => {
                let a = optional_arg()?;
                let hint = size_arg(vm, a[0].as_ref())?.filter(|&h| h > 0);
                self.check_open(name)?;
                let mut lines = Vec::new();
                let mut total = 0;
                while let Some(line) = self.next_line(vm)? {
                    total += match &line {
                        Value::Str(s) => s.chars().count(),
                        Value::Bytes(b) => b.data.len(),
                        _ => 0,
                    };
                    lines.push(line);
                    if hint.is_some_and(|h| total >= h) {
                        break;
                    }
                }
                Ok(Value::new_list(lines))
            }
            "tell" => {
                args.check_exact(&qual, 0)?;
                self.check_open(name)?;
                let closed = if self.layer == Layer::Text {
                    exceptions::closed_file
                } else {
                    closed_raw
                };
                let pos = st.tell(closed)?;
                let ahead = match &self.text {
                    Some(t) => {
                        let mut t = t.try_borrow_mut().map_err(|_| busy())?;
                        t.renote_consumed();
                        encoded_len(&t)?
                    }
                    None => 0,
                };
                Ok(u64_value(pos.saturating_sub(ahead)))
            }
            "seek" => {
                if args.pos.is_empty() && args.kw.is_empty() {
                    return Err(type_error("seek expected at least 1 argument, got 0"));
                }
                check_at_most(args, name, 2)?;
                self.seek(vm, &args.pos.first().cloned(), args.pos.get(1))
            }
            "truncate" => {
                let a = optional_arg()?;
                self.check_open(name)?;
                self.check_can(name, false)?;
                let size = match &a[0] {
                    None | Some(Value::None) => {
                        let pos = self.method(vm, this, "tell", &Args::default())?;
                        ops::index_i64(&pos)? as u64
                    }
                    Some(v) => {
                        let n = ops::index_i64(&int_arg(vm, v)?)?;
                        u64::try_from(n).map_err(|_| {
                            os_error(&std::io::Error::from_raw_os_error(22), None, None)
                        })?
                    }
                };
                st.truncate(size)?;
                Ok(u64_value(size))
            }
            _ => Err(exceptions::no_attribute(self.kind_name(), name)),
        }
    }

    fn seek(&self, vm: &mut Vm, cookie: &Option<Value>, whence: Option<&Value>) -> PyResult<Value> {
        let st = &self.stream;
        let whence = match whence {
            None => 0,
            Some(w) => {
                let w = int_arg(vm, w)?;
                match w {
                    Value::BigInt(_) => None,
                    _ => i32::try_from(ops::index_i64(&w)?).ok(),
                }
                .ok_or_else(|| overflow_error("Python int too large to convert to C int"))?
            }
        };
        let cookie = cookie.as_ref().ok_or_else(busy)?;
        if self.layer == Layer::Text {
            self.check_open("seek")?;
            let offset = match cookie {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => cookie.clone(),
                other => {
                    return Err(type_error(format!(
                        "'<' not supported between instances of '{}' and 'int'",
                        other.type_name()
                    )))
                }
            };
            let zero = matches!(offset, Value::Int(0) | Value::Bool(false));
            let mut t = self.text()?;
            let to = match whence {
                0 => {
                    let n = ops::index_i64(&offset)?;
                    if n < 0 {
                        return Err(value_error(format!("negative seek position {n}")));
                    }
                    SeekFrom::Start(n as u64)
                }
                1 if zero => {
                    t.renote_consumed();
                    let pos = st.tell(exceptions::closed_file)?;
                    return Ok(u64_value(pos.saturating_sub(encoded_len(&t)?)));
                }
                1 => return Err(unsupported("can't do nonzero cur-relative seeks")),
                2 if zero => SeekFrom::End(0),
                2 => return Err(unsupported("can't do nonzero end-relative seeks")),
                w => {
                    return Err(value_error(format!(
                        "invalid whence ({w}, should be 0, 1 or 2)"
                    )))
                }
            };
            t.drop_pending();
            if matches!(to, SeekFrom::Start(0)) {
                t.seen = 0;
            }
            return Ok(u64_value(st.seek(to)?));
        }
        let offset = int_arg(vm, cookie)?;
        let offset = match offset {
            Value::BigInt(_) => None,
            _ => Some(ops::index_i64(&offset)?),
        };
        if self.layer == Layer::Buffered && !(0..=4).contains(&whence) {
            return Err(value_error(format!("whence value {whence} unsupported")));
        }
        self.check_open("seek")?;
        let offset = offset.ok_or_else(|| {
            if self.layer == Layer::Raw {
                overflow_error("Python int too large to convert to C long")
            } else {
                value_error("cannot fit 'int' into an offset-sized integer")
            }
        })?;
        let to = match whence {
            0 => match u64::try_from(offset) {
                Ok(n) => SeekFrom::Start(n),
                Err(_) => return Err(os_error(&std::io::Error::from_raw_os_error(22), None, None)),
            },
            1 => SeekFrom::Current(offset),
            2 => SeekFrom::End(offset),
            3 | 4 => return self.seek_data_or_hole(offset, whence == 4).map(u64_value),
            _ => return Err(os_error(&std::io::Error::from_raw_os_error(22), None, None)),
        };
        Ok(u64_value(st.seek(to)?))
    }

    /// Linux's `SEEK_DATA` (3) and `SEEK_HOLE` (4), for files without
    /// holes: data is everywhere before the end, the one hole at the end.
    fn seek_data_or_hole(&self, offset: i64, hole: bool) -> PyResult<u64> {
        let st = &self.stream;
        st.flush_writes()?;
        let size = st.with_file(closed_raw, |f| f.metadata().map(|m| m.len()))?;
        let Ok(off) = u64::try_from(offset) else {
            return Err(os_error(&std::io::Error::from_raw_os_error(22), None, None));
        };
        if off >= size {
            return Err(os_error(&std::io::Error::from_raw_os_error(6), None, None));
        }
        st.seek(SeekFrom::Start(if hole { size } else { off }))
    }

    fn write(&self, v: &Value) -> PyResult<Value> {
        let st = &self.stream;
        if let Some(t) = &self.text {
            let Value::Str(s) = v else {
                return Err(type_error(format!(
                    "write() argument must be str, not {}",
                    match v {
                        Value::None => "None",
                        v => v.type_name(),
                    }
                )));
            };
            self.check_open("write")?;
            self.check_can("write", false)?;
            let mut t = t.try_borrow_mut().map_err(|_| busy())?;
            // As CPython: text decoded ahead is dropped, and the bytes go
            // where the buffered layer's reading stopped.
            t.drop_pending();
            let text = match t.newline.as_deref() {
                Some(nl @ ("\r" | "\r\n")) => s.replace('\n', nl),
                _ => s.to_string(),
            };
            let encoding = match crate::codecs::after_signature(&t.encoding) {
                Some(plain) if t.signed || st.tell(exceptions::closed_file)? > 0 => plain,
                _ => &t.encoding,
            };
            let data = crate::codecs::encode(&text, encoding, &t.errors)?;
            t.signed = true;
            st.write(&data)?;
            if t.line_buffering && (text.contains('\n') || text.contains('\r')) {
                st.flush_writes()?;
            }
            return Ok(Value::from_usize(s.chars().count()));
        }
        let src = ContiguousBuffer::readable(v)?;
        if self.layer == Layer::Raw {
            self.check_open("write")?;
            self.check_can("write", false)?;
        } else {
            // A BufferedReader has no write of its own to check for closing.
            self.check_can("write", false)?;
            if st.is_closed() {
                return Err(write_to_closed());
            }
        }
        let n = src.len();
        src.with(|b| st.write(b))??;
        if self.layer == Layer::Raw {
            st.flush_writes()?;
        }
        Ok(Value::from_usize(n))
    }

    /// Decodes the rest of the file once the decoded text is used up.
    fn load_text(&self, vm: &Vm, t: &mut Text) -> PyResult<()> {
        if !t.rest().is_empty() {
            return Ok(());
        }
        let n = self.stream.remaining()?;
        vm.check_alloc(n)?;
        vm.check_alloc(crate::codecs::decoded_bound(n, &t.encoding, &t.errors))?;
        let data = self.stream.read(None)?;
        let text = crate::codecs::decode(&data, &t.encoding, &t.errors)?;
        t.note_newlines(&text);
        t.pending = text;
        t.ppos = 0;
        Ok(())
    }

    fn text_read(&self, vm: &Vm, size: Option<usize>) -> PyResult<Value> {
        let mut t = self.text()?;
        self.load_text(vm, &mut t)?;
        Ok(Value::str(&t.take(size, false)))
    }

    fn text_readline(&self, vm: &Vm, size: Option<usize>) -> PyResult<String> {
        let mut t = self.text()?;
        self.load_text(vm, &mut t)?;
        Ok(t.take(size, true))
    }

    /// The next line for iteration, `None` at the end.
    fn next_line(&self, vm: &Vm) -> PyResult<Option<Value>> {
        self.check_open("__next__")?;
        self.check_can("__next__", true)?;
        if self.layer == Layer::Text {
            let line = self.text_readline(vm, None)?;
            return Ok((!line.is_empty()).then(|| Value::str(&line)));
        }
        if self.layer == Layer::Raw {
            self.stream.sync()?;
        }
        let line = self.stream.readline(None)?;
        Ok((!line.is_empty()).then(|| bytes_value(line)))
    }
}

/// A file position or size (never past `i64::MAX` on any OS pyview runs on).
fn u64_value(n: u64) -> Value {
    Value::Int(i64::try_from(n).unwrap_or(i64::MAX))
}

/// How many bytes the decoded-but-unread text took in the file.
fn encoded_len(t: &Text) -> PyResult<u64> {
    let rest = t.rest();
    if rest.is_empty() {
        return Ok(0);
    }
    if crate::codecs::is_utf8(&t.encoding) {
        return Ok(rest.len() as u64);
    }
    Ok(crate::codecs::encode(rest, &t.encoding, &t.errors)?.len() as u64)
}

impl NativeObject for PyFile {
    fn type_name(&self) -> &'static str {
        self.kind_name()
    }

    fn repr(&self, _addr: usize) -> String {
        let name = ops::repr_simple(&self.stream.name);
        match self.layer {
            Layer::Raw if self.stream.is_closed() => "<_io.FileIO [closed]>".into(),
            Layer::Raw => format!(
                "<_io.FileIO name={name} mode='{}' closefd=True>",
                self.stream.raw_mode
            ),
            Layer::Buffered => format!("<{} name={name}>", self.kind_name()),
            Layer::Text => {
                let enc = self
                    .text
                    .as_ref()
                    .and_then(|t| t.try_borrow().ok().map(|t| t.shown.clone()))
                    .unwrap_or_else(|| "".into());
                format!(
                    "<_io.TextIOWrapper name={name} mode='{}' encoding='{enc}'>",
                    self.mode
                )
            }
        }
    }

    fn getattr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        let st = &self.stream;
        Some(Ok(match (name, self.layer) {
            ("closed", _) => Value::Bool(st.is_closed()),
            ("name", _) => st.name.clone(),
            ("mode", _) => Value::str(&self.mode),
            ("closefd", Layer::Raw) => Value::Bool(true),
            ("raw", Layer::Buffered) | ("buffer", Layer::Text) => self.inner.clone()?,
            ("write_through", Layer::Text) => Value::Bool(false),
            (_, Layer::Text) => {
                let t = match self.text.as_ref()?.try_borrow() {
                    Ok(t) => t,
                    Err(_) => return Some(Err(busy())),
                };
                match name {
                    "encoding" => Value::str(&t.shown),
                    "errors" => Value::str(&t.errors),
                    "line_buffering" => Value::Bool(t.line_buffering),
                    "newlines" => t.newlines(),
                    _ => return None,
                }
            }
            _ => return None,
        }))
    }

    fn method_names(&self) -> &'static [&'static str] {
        match self.layer {
            Layer::Raw => RAW_METHODS,
            Layer::Buffered if self.kind_name() == WRITER_TYPE => &BUFFERED_METHODS[1..],
            Layer::Buffered => BUFFERED_METHODS,
            Layer::Text => TEXT_METHODS,
        }
    }

    fn call_method(
        &self,
        vm: &mut Vm,
        this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        self.method_names()
            .contains(&name)
            .then(|| self.method(vm, this, name, args))
    }

    fn iter(&self, this: &Rc<dyn NativeObject>) -> Option<PyResult<Value>> {
        Some(
            self.check_open("__iter__")
                .map(|_| Value::Native(this.clone())),
        )
    }

    fn next(&self, vm: &mut Vm, _this: &Rc<dyn NativeObject>) -> Option<PyResult<Option<Value>>> {
        Some(self.next_line(vm))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The flags of a mode string, checked as `io.open` checks them.
struct Mode {
    reading: bool,
    writing: bool,
    appending: bool,
    creating: bool,
    updating: bool,
    binary: bool,
}

impl Mode {
    fn parse(mode: &str) -> PyResult<Mode> {
        let invalid = || value_error(format!("invalid mode: '{mode}'"));
        let mut seen = String::new();
        for c in mode.chars() {
            if !"rwxabt+".contains(c) || seen.contains(c) {
                return Err(invalid());
            }
            seen.push(c);
        }
        let has = |c| seen.contains(c);
        let m = Mode {
            reading: has('r'),
            writing: has('w'),
            appending: has('a'),
            creating: has('x'),
            updating: has('+'),
            binary: has('b'),
        };
        if has('t') && m.binary {
            return Err(value_error("can't have text and binary mode at once"));
        }
        let kinds = [m.reading, m.writing, m.appending, m.creating]
            .iter()
            .filter(|&&k| k)
            .count();
        if kinds > 1 {
            return Err(value_error(
                "must have exactly one of create/read/write/append mode",
            ));
        }
        if kinds == 0 {
            return Err(value_error(
                "Must have exactly one of create/read/write/append mode and at most one plus",
            ));
        }
        Ok(m)
    }

    /// FileIO's mode string.
    fn raw(&self) -> &'static str {
        match (self.creating, self.appending, self.reading || self.updating) {
            (true, _, true) => "xb+",
            (true, _, false) => "xb",
            (_, true, true) => "ab+",
            (_, true, false) => "ab",
            _ if self.reading && !self.updating => "rb",
            _ if self.updating => "rb+",
            _ => "wb",
        }
    }
}

/// The path a `file` argument names (str, bytes or an `os.PathLike`), and
/// the str or bytes that becomes the file's `name`.
pub(crate) fn path_arg(vm: &mut Vm, file: &Value) -> PyResult<(Value, String)> {
    let fspath;
    let v = match file {
        Value::Str(_) | Value::Bytes(_) => file,
        other => match vm.call_special(other, "__fspath__", vec![]) {
            Some(r) => {
                fspath = r?;
                &fspath
            }
            None => {
                return Err(type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    match other {
                        Value::None => "NoneType",
                        v => v.type_name(),
                    }
                )))
            }
        },
    };
    let path = match v {
        Value::Str(s) => s.to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(&b.data).into_owned(),
        other => {
            return Err(type_error(format!(
                "expected {}.__fspath__() to return str or bytes, not {}",
                file.type_name(),
                other.type_name()
            )))
        }
    };
    if path.contains('\0') {
        return Err(value_error("embedded null byte"));
    }
    Ok((v.clone(), path))
}

/// An optional str argument of `open()`.
fn opt_text(name: &str, v: &Option<Value>) -> PyResult<Option<Rc<str>>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.clone())),
        Some(other) => Err(exceptions::bad_argument(
            "open",
            &format!("argument '{name}'"),
            "str or None",
            other,
        )),
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`.
pub fn open(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = clinic_args(
        args,
        "open",
        0,
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        1,
    )?;
    let file = a[0].clone().ok_or_else(busy)?;
    let mode: Rc<str> = match &a[1] {
        None => "r".into(),
        Some(Value::Str(s)) => s.clone(),
        Some(other) => {
            return Err(exceptions::bad_argument(
                "open",
                "argument 'mode'",
                "str",
                other,
            ))
        }
    };
    let buffering = match &a[2] {
        None => -1,
        Some(v) => ops::index_i64(&int_arg(vm, v)?)?,
    };
    let encoding = opt_text("encoding", &a[3])?;
    let errors = opt_text("errors", &a[4])?;
    let newline = opt_text("newline", &a[5])?;
    let closefd = match &a[6] {
        None => true,
        Some(v) => vm.truthy(v)?,
    };
    let m = Mode::parse(&mode)?;
    if m.binary {
        for (given, what) in [
            (encoding.is_some(), "an encoding"),
            (errors.is_some(), "an errors"),
            (newline.is_some(), "a newline"),
        ] {
            if given {
                return Err(value_error(format!(
                    "binary mode doesn't take {what} argument"
                )));
            }
        }
    }
    if buffering == 0 && !m.binary {
        return Err(value_error("can't have unbuffered text I/O"));
    }
    if let Some(opener) = a[7].as_ref().filter(|o| !o.is_none()) {
        if !crate::builtins::is_callable(opener) {
            return Err(type_error(format!(
                "'{}' object is not callable",
                opener.type_name()
            )));
        }
        return Err(unsupported("pyview does not support open()'s opener"));
    }
    // A descriptor `os.open` handed out: the file object takes it over.
    let (file, mut f) = if let Value::Int(n) = file {
        let f = super::posix::take_fd(n)
            .ok_or_else(|| os_error(&std::io::Error::from_raw_os_error(9), None, None))?;
        (Value::Int(n), f)
    } else {
        if let Value::Bool(_) = file {
            return Err(unsupported(
                "pyview cannot open file descriptors, only paths",
            ));
        }
        let (file, path) = path_arg(vm, &file)?;
        if !closefd {
            return Err(value_error("Cannot use closefd=False with file name"));
        }
        if !vm.file_roots.admits_new(&path) {
            return Err(sandbox_denied(&file));
        }
        let mut opts = std::fs::OpenOptions::new();
        opts.read(m.reading || m.updating)
            .write(!m.reading || m.updating)
            .append(m.appending)
            .truncate(m.writing)
            .create(m.writing || m.appending)
            .create_new(m.creating);
        let f = opts
            .open(&path)
            .map_err(|e| os_error(&e, Some(&file), None))?;
        (file, f)
    };
    // A directory opens for reading; CPython's FileIO refuses it.
    if f.metadata().is_ok_and(|md| md.is_dir()) {
        return Err(os_error(
            &std::io::Error::from_raw_os_error(21),
            Some(&file),
            None,
        ));
    }
    if m.appending {
        f.seek(SeekFrom::End(0))
            .map_err(|e| os_error(&e, Some(&file), None))?;
    }
    let stream = Rc::new(Stream {
        file: RefCell::new(Some(f)),
        name: file,
        readable: m.reading || m.updating,
        writable: !m.reading || m.updating,
        raw_mode: m.raw(),
        rbuf: RefCell::default(),
        rpos: Cell::new(0),
        wbuf: RefCell::default(),
    });
    let layer = |layer, inner, mode: Rc<str>, text| {
        Value::Native(Rc::new(PyFile {
            stream: stream.clone(),
            layer,
            inner,
            mode,
            text,
        }))
    };
    // Only a text file shows the mode `open()` was given; the binary
    // layers show FileIO's.
    let raw = layer(Layer::Raw, None, m.raw().into(), None);
    if buffering == 0 {
        return Ok(raw);
    }
    if m.binary {
        return Ok(layer(Layer::Buffered, Some(raw), m.raw().into(), None));
    }
    let buffered = layer(Layer::Buffered, Some(raw), m.raw().into(), None);
    if let Some(nl) = newline.as_deref() {
        if !matches!(nl, "" | "\n" | "\r" | "\r\n") {
            return Err(value_error(format!("illegal newline value: {nl}")));
        }
    }
    let (encoding, shown) = match encoding {
        Some(e) => {
            crate::codecs::check_encoding(&e)?;
            (e.clone(), e)
        }
        None => (Rc::from("utf-8"), Rc::from("UTF-8")),
    };
    let text = Text {
        encoding,
        shown,
        errors: errors.unwrap_or_else(|| "strict".into()),
        newline,
        line_buffering: buffering == 1,
        signed: false,
        pending: String::new(),
        ppos: 0,
        seen: 0,
    };
    Ok(layer(
        Layer::Text,
        Some(buffered),
        mode.clone(),
        Some(RefCell::new(text)),
    ))
}
