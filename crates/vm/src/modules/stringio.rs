//! `io.StringIO`: an in-memory text stream.
//!
//! Supports `StringIO(initial_value='', newline='\n')`, `read`,
//! `readline`, `readlines`, `write`, `writelines`, `getvalue`, `seek`,
//! `tell`, `truncate`, `close` and `closed`, `readable`/`writable`/
//! `seekable`/`isatty`/`flush`, the `newlines`, `line_buffering`,
//! `encoding` and `errors` attributes, the context manager, iteration
//! over lines and `print(file=...)`, with CPython 3.11's checks and
//! messages. Newlines are handled as CPython's: with `newline=None`
//! `\r\n` and `\r` are written as `\n`; with `'\r'` or `'\r\n'` a written
//! `\n` becomes that; `readline` ends lines at the newline in use (at any
//! of them for `None` and `''`). Not supported: `detach`, `fileno` and
//! the other `io.UnsupportedOperation` methods, `getstate`/`setstate`,
//! and subclassing.
//!
//! The text is kept as characters, so positions (`tell`, `seek`) count
//! code points as CPython's do. Invariant: `pos` may lie past the end of
//! the text (a later write pads with NULs), never past `isize::MAX`.

use super::{check_at_most, check_slot_no_args, clinic_args, index_value};
use crate::exceptions::{
    self, err_from, overflow_error, type_error, value_error, ExcType, PyErr, PyException, PyResult,
};
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::objects::native::NativeObject;
use crate::ops;
use crate::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub const STRINGIO_TYPE: &str = "_io.StringIO";

/// `ValueError: I/O operation on closed file` (StringIO's own wording).
fn closed_file() -> Box<PyErr> {
    value_error("I/O operation on closed file")
}

/// The newline mode given to the constructor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Newline {
    /// `None`: universal newlines, translated to `\n` on write.
    Universal,
    /// `''`: any newline ends a line; nothing is translated.
    Untranslated,
    Lf,
    Cr,
    CrLf,
}

/// Kinds of newline seen in written text, for `newlines`.
const SEEN_CR: u8 = 1;
const SEEN_LF: u8 = 2;
const SEEN_CRLF: u8 = 4;

#[derive(Debug)]
pub struct PyStringIO {
    text: RefCell<Vec<char>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
    /// Set again by `__init__`, which resets the whole stream.
    newline: Cell<Newline>,
    seen: Cell<u8>,
}

impl PyStringIO {
    fn check_closed(&self) -> PyResult<()> {
        if self.closed.get() {
            return Err(closed_file());
        }
        Ok(())
    }

    /// `s` as it is stored: newlines translated for the mode, and the
    /// kinds seen recorded for universal modes.
    fn translate(&self, s: &str) -> Vec<char> {
        let mut out = Vec::with_capacity(s.len());
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, self.newline.get()) {
                ('\r', Newline::Universal | Newline::Untranslated) => {
                    let crlf = chars.peek() == Some(&'\n');
                    self.seen
                        .set(self.seen.get() | if crlf { SEEN_CRLF } else { SEEN_CR });
                    if self.newline.get() == Newline::Universal {
                        if crlf {
                            chars.next();
                        }
                        out.push('\n');
                    } else {
                        out.push('\r');
                        if crlf {
                            chars.next();
                            out.push('\n');
                        }
                    }
                }
                ('\n', Newline::Universal | Newline::Untranslated) => {
                    self.seen.set(self.seen.get() | SEEN_LF);
                    out.push('\n');
                }
                ('\n', Newline::Cr) => out.push('\r'),
                ('\n', Newline::CrLf) => out.extend(['\r', '\n']),
                (c, _) => out.push(c),
            }
        }
        out
    }

    fn write(&self, vm: &Vm, v: &Value) -> PyResult<usize> {
        let Value::Str(s) = crate::dispatch::plain(v) else {
            return Err(type_error(format!(
                "string argument expected, got '{}'",
                v.type_name()
            )));
        };
        self.check_closed()?;
        let n = s.chars().count();
        let chars = self.translate(s);
        if chars.is_empty() {
            return Ok(n);
        }
        let pos = self.pos.get();
        let end = pos
            .checked_add(chars.len())
            .filter(|&e| e <= isize::MAX as usize / 4)
            .ok_or_else(|| overflow_error("new buffer size too large"))?;
        let mut text = self.text.borrow_mut();
        if end > text.len() {
            vm.check_alloc(end.saturating_mul(4))?;
            let more = end - text.len();
            text.try_reserve(more)
                .map_err(|_| exceptions::memory_error(""))?;
            text.resize(end, '\0');
        }
        if let Some(dst) = text.get_mut(pos..end) {
            dst.copy_from_slice(&chars);
        }
        self.pos.set(end);
        Ok(n)
    }

    /// Up to `size` characters (all when negative) from the position on.
    fn read(&self, size: i64) -> String {
        let text = self.text.borrow();
        let pos = self.pos.get().min(text.len());
        let avail = text.len() - pos;
        let n = usize::try_from(size).map_or(avail, |s| s.min(avail));
        self.pos.set(pos + n);
        text.get(pos..pos + n).unwrap_or_default().iter().collect()
    }

    /// The length of the line starting `window`: through its newline.
    fn line_len(&self, window: &[char]) -> usize {
        let mut i = 0;
        while let Some(&c) = window.get(i) {
            i += 1;
            let ends = match self.newline.get() {
                Newline::Universal | Newline::Lf => c == '\n',
                Newline::Cr => c == '\r',
                Newline::CrLf => c == '\n' && i >= 2 && window.get(i - 2) == Some(&'\r'),
                Newline::Untranslated => {
                    if c == '\r' && window.get(i) == Some(&'\n') {
                        i += 1;
                    }
                    c == '\r' || c == '\n'
                }
            };
            if ends {
                break;
            }
        }
        i
    }

    /// One line, at most `size` characters when non-negative.
    fn readline(&self, size: i64) -> String {
        let text = self.text.borrow();
        let pos = self.pos.get().min(text.len());
        let avail = text.len() - pos;
        let limit = usize::try_from(size).map_or(avail, |s| s.min(avail));
        let window = text.get(pos..pos + limit).unwrap_or_default();
        let n = self.line_len(window);
        self.pos.set(pos + n);
        window.get(..n).unwrap_or_default().iter().collect()
    }

    fn newlines(&self) -> Value {
        if !matches!(
            self.newline.get(),
            Newline::Universal | Newline::Untranslated
        ) {
            return Value::None;
        }
        let names = [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")];
        let seen: Vec<Value> = names
            .iter()
            .filter(|(bit, _)| self.seen.get() & bit != 0)
            .map(|(_, s)| Value::str(s))
            .collect();
        match seen.len() {
            0 => Value::None,
            1 => seen.into_iter().next().unwrap_or(Value::None),
            _ => Value::new_tuple(seen),
        }
    }

    fn method(
        &self,
        vm: &mut Vm,
        this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> PyResult<Value> {
        let qual = format!("StringIO.{name}");
        if name == "__init__" {
            // CPython's `__init__` starts the stream over: open, empty,
            // with the new newline mode and initial value.
            let (newline, initial) = init_args(args)?;
            self.text.borrow_mut().clear();
            self.pos.set(0);
            self.closed.set(false);
            self.seen.set(0);
            self.newline.set(newline);
            if let Some(init) = initial {
                self.write(vm, &init)?;
                self.pos.set(0);
            }
            return Ok(Value::None);
        }
        match name {
            "__exit__" => args.no_kwargs("__exit__")?,
            "__iter__" | "__next__" => check_slot_no_args(args, name)?,
            _ => args.no_kwargs(&qual)?,
        }
        match name {
            "read" | "readline" | "truncate" | "readlines" => check_at_most(args, name, 1)?,
            "seek" => {
                if args.pos.is_empty() {
                    return Err(type_error("seek expected at least 1 argument, got 0"));
                }
                check_at_most(args, name, 2)?
            }
            "write" | "writelines" => args.check_exact(&qual, 1)?,
            "__exit__" | "__iter__" | "__next__" => {}
            _ => args.check_exact(&qual, 0)?,
        }
        Ok(match name {
            "read" => {
                let size = optional_size(vm, args.pos.first(), -1)?;
                self.check_closed()?;
                Value::Str(self.read(size).into())
            }
            "readline" => {
                let size = optional_size(vm, args.pos.first(), -1)?;
                self.check_closed()?;
                Value::Str(self.readline(size).into())
            }
            "readlines" => {
                let hint = optional_size(vm, args.pos.first(), -1)?;
                self.check_closed()?;
                let mut lines = Vec::new();
                let mut total = 0u64;
                loop {
                    let line = self.readline(-1);
                    if line.is_empty() {
                        break;
                    }
                    total += line.chars().count() as u64;
                    lines.push(Value::Str(line.into()));
                    if hint > 0 && total > hint as u64 {
                        break;
                    }
                }
                Value::new_list(lines)
            }
            "write" => Value::from_usize(self.write(vm, &args.pos[0])?),
            "writelines" => {
                self.check_closed()?;
                vm.for_each(&args.pos[0], |vm, item| self.write(vm, &item).map(|_| ()))?;
                Value::None
            }
            "getvalue" => {
                self.check_closed()?;
                Value::Str(self.text.borrow().iter().collect::<String>().into())
            }
            "seek" => {
                let pos = ops::index_i64(&index_value(vm, &args.pos[0])?)?;
                let whence = match args.pos.get(1) {
                    Some(w) => ops::index_i64(&index_value(vm, w)?)?,
                    None => 0,
                };
                self.check_closed()?;
                match whence {
                    0 if pos < 0 => {
                        return Err(value_error(format!("Negative seek position {pos}")))
                    }
                    0 => self.pos.set(usize::try_from(pos).unwrap_or(usize::MAX)),
                    1 | 2 if pos != 0 => {
                        return Err(exceptions::new_err(
                            ExcType::OSError,
                            "Can't do nonzero cur-relative seeks",
                        ))
                    }
                    1 => {}
                    2 => self.pos.set(self.text.borrow().len()),
                    _ => {
                        return Err(value_error(format!(
                            "Invalid whence ({whence}, should be 0, 1 or 2)"
                        )))
                    }
                }
                Value::from_usize(self.pos.get())
            }
            "tell" => {
                self.check_closed()?;
                Value::from_usize(self.pos.get())
            }
            "truncate" => {
                let size = optional_size(vm, args.pos.first(), self.pos.get() as i64)?;
                self.check_closed()?;
                if size < 0 {
                    return Err(value_error(format!("Negative size value {size}")));
                }
                let mut text = self.text.borrow_mut();
                if (size as u64) < text.len() as u64 {
                    text.truncate(size as usize);
                }
                Value::Int(size)
            }
            "close" | "__exit__" => {
                self.closed.set(true);
                *self.text.borrow_mut() = Vec::new();
                Value::None
            }
            "readable" | "writable" | "seekable" => {
                self.check_closed()?;
                Value::Bool(true)
            }
            "isatty" => {
                self.check_closed()?;
                Value::Bool(false)
            }
            "flush" => Value::None,
            "__enter__" => {
                self.check_closed()?;
                Value::Native(this.clone())
            }
            "__iter__" => {
                if self.closed.get() {
                    return Err(value_error("I/O operation on closed file."));
                }
                Value::Native(this.clone())
            }
            "__next__" => self
                .next_line()?
                .ok_or_else(|| err_from(PyException::new(ExcType::StopIteration, vec![])))?,
            _ => return Err(exceptions::no_attribute(STRINGIO_TYPE, name)),
        })
    }

    fn next_line(&self) -> PyResult<Option<Value>> {
        self.check_closed()?;
        let line = self.readline(-1);
        Ok((!line.is_empty()).then(|| Value::Str(line.into())))
    }
}

/// A size argument: an int or None (`default`).
fn optional_size(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    let v = v.map(|v| index_value(vm, v)).transpose()?;
    match v.as_ref() {
        None | Some(Value::None) => Ok(default),
        Some(Value::BigInt(_)) => Err(overflow_error(
            "cannot fit 'int' into an index-sized integer",
        )),
        Some(v @ (Value::Int(_) | Value::Bool(_))) => ops::index_i64(v),
        Some(other) => Err(type_error(format!(
            "argument should be integer or None, not '{}'",
            other.type_name()
        ))),
    }
}

const METHODS: &[&str] = &[
    "read",
    "readline",
    "readlines",
    "write",
    "writelines",
    "getvalue",
    "seek",
    "tell",
    "truncate",
    "close",
    "readable",
    "writable",
    "seekable",
    "isatty",
    "flush",
    "__enter__",
    "__exit__",
    "__iter__",
    "__next__",
    "__init__",
];

impl NativeObject for PyStringIO {
    fn type_name(&self) -> &'static str {
        STRINGIO_TYPE
    }

    fn getattr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "closed" => Value::Bool(self.closed.get()),
            "line_buffering" => {
                if let Err(e) = self.check_closed() {
                    return Some(Err(e));
                }
                Value::Bool(false)
            }
            "newlines" => {
                if let Err(e) = self.check_closed() {
                    return Some(Err(e));
                }
                self.newlines()
            }
            "encoding" | "errors" => Value::None,
            _ => return None,
        }))
    }

    fn method_names(&self) -> &'static [&'static str] {
        METHODS
    }

    fn call_method(
        &self,
        vm: &mut Vm,
        this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        METHODS
            .contains(&name)
            .then(|| self.method(vm, this, name, args))
    }

    fn iter(&self, this: &Rc<dyn NativeObject>) -> Option<PyResult<Value>> {
        if self.closed.get() {
            return Some(Err(value_error("I/O operation on closed file.")));
        }
        Some(Ok(Value::Native(this.clone())))
    }

    fn next(&self, _vm: &mut Vm, _this: &Rc<dyn NativeObject>) -> Option<PyResult<Option<Value>>> {
        Some(self.next_line())
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `io.StringIO(initial_value='', newline='\n')`.
pub fn construct(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (newline, initial) = init_args(args)?;
    let s = PyStringIO {
        text: RefCell::default(),
        pos: Cell::new(0),
        closed: Cell::new(false),
        newline: Cell::new(newline),
        seen: Cell::new(0),
    };
    if let Some(init) = initial {
        s.write(vm, &init)?;
        s.pos.set(0);
    }
    Ok(Value::Native(Rc::new(s)))
}

/// The newline mode and initial value `StringIO(...)` and `__init__` take.
fn init_args(args: &Args) -> PyResult<(Newline, Option<Value>)> {
    let a = clinic_args(args, "StringIO", 0, &["initial_value", "newline"], 0)?;
    let newline = match a[1].as_ref() {
        None => Newline::Lf,
        Some(Value::None) => Newline::Universal,
        Some(v) => match crate::dispatch::plain(v) {
            Value::Str(s) => match &**s {
                "" => Newline::Untranslated,
                "\n" => Newline::Lf,
                "\r" => Newline::Cr,
                "\r\n" => Newline::CrLf,
                _ => {
                    return Err(value_error(format!(
                        "illegal newline value: {}",
                        ops::repr_simple(v)
                    )))
                }
            },
            _ => {
                return Err(type_error(format!(
                    "newline must be str or None, not {}",
                    v.type_name()
                )))
            }
        },
    };
    let initial = match a[0].as_ref() {
        None | Some(Value::None) => None,
        Some(v) => match crate::dispatch::plain(v) {
            Value::Str(_) => Some(v.clone()),
            _ => {
                return Err(type_error(format!(
                    "initial_value must be str or None, not {}",
                    v.type_name()
                )))
            }
        },
    };
    Ok((newline, initial))
}
