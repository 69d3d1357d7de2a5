//! Python exceptions: the built-in class hierarchy, exception objects, and
//! every user-visible error message pyview raises, each defined once as a
//! named constructor whose doc quotes CPython's text.

use crate::value::Value;
use pyview_syntax::ir::Span;
use std::cell::RefCell;
use std::rc::Rc;

macro_rules! exc_types {
    ($($name:ident $(= $shown:literal)? : $parent:ident),* $(,)?) => {
        /// The built-in exception classes pyview raises or lets scripts name.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ExcType { $($name),* }

        impl ExcType {
            pub const ALL: &'static [ExcType] = &[$(ExcType::$name),*];

            /// The qualified name tracebacks and reprs of the class show
            /// (`ValueError`, `struct.error`).
            pub fn name(self) -> &'static str {
                match self { $(ExcType::$name => exc_types!(@n $name $($shown)?)),* }
            }

            /// The base class, `None` for `BaseException`.
            pub fn parent(self) -> Option<ExcType> {
                match self { $(ExcType::$name => exc_types!(@p $parent)),* }
            }
        }
    };
    (@n $name:ident) => { stringify!($name) };
    (@n $name:ident $shown:literal) => { $shown };
    (@p Root) => { None };
    (@p $p:ident) => { Some(ExcType::$p) };
}

exc_types! {
    BaseException: Root,
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    StopIteration: Exception,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    FileNotFoundError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    Warning: Exception,
    UserWarning: Warning,
    DeprecationWarning: Warning,
    RuntimeWarning: Warning,
    // Module exceptions: not builtins; reached as attributes of their module.
    StructError = "struct.error": Exception,
    // A host limit (operations, time, output): outside the hierarchy, so
    // no `except` clause matches it (see `limits`).
    LimitExceeded = "pyview.LimitExceeded": Root,
}

impl ExcType {
    pub fn is_subclass(self, other: ExcType) -> bool {
        let mut t = Some(self);
        while let Some(c) = t {
            if c == other {
                return true;
            }
            t = c.parent();
        }
        false
    }

    /// `__name__`: the name without its module (`error` for `struct.error`).
    pub fn short_name(self) -> &'static str {
        let n = self.name();
        n.rsplit('.').next().unwrap_or(n)
    }

    /// Whether the class is a builtin (module exceptions are not).
    pub fn is_builtin(self) -> bool {
        !self.name().contains('.')
    }

    pub fn from_name(name: &str) -> Option<ExcType> {
        ExcType::ALL.iter().copied().find(|t| t.name() == name)
    }
}

/// One line of a traceback: a frame the exception passed through.
#[derive(Debug, Clone)]
pub struct TbEntry {
    pub code: Rc<crate::CodeUnit>,
    pub span: Span,
    pub func: Rc<str>,
}

/// A Python exception object.
#[derive(Debug)]
pub struct PyException {
    pub typ: ExcType,
    /// The user class of an instance of an exception subclass.
    pub class: Option<Rc<crate::objects::class::PyClass>>,
    pub args: RefCell<Vec<Value>>,
    /// Attributes set on the instance (`self.code = ...`).
    pub attrs: crate::objects::class::Attrs,
    /// Frames unwound so far, innermost first.
    pub traceback: RefCell<Vec<TbEntry>>,
    pub context: RefCell<Option<Rc<PyException>>>,
    pub cause: RefCell<Option<Rc<PyException>>>,
    pub suppress_context: std::cell::Cell<bool>,
    /// "Did you mean" text shown only in printed tracebacks.
    pub suggestion: RefCell<Option<String>>,
}

impl PyException {
    pub fn new(typ: ExcType, args: Vec<Value>) -> Rc<Self> {
        Self::with_class(typ, None, args)
    }

    pub fn with_class(
        typ: ExcType,
        class: Option<Rc<crate::objects::class::PyClass>>,
        args: Vec<Value>,
    ) -> Rc<Self> {
        Rc::new(PyException {
            typ,
            class,
            args: RefCell::new(args),
            attrs: RefCell::default(),
            traceback: RefCell::new(Vec::new()),
            context: RefCell::new(None),
            cause: RefCell::new(None),
            suppress_context: std::cell::Cell::new(false),
            suggestion: RefCell::new(None),
        })
    }

    /// The class name as tracebacks print it.
    pub fn type_name(&self) -> &str {
        match &self.class {
            Some(c) => &c.name,
            None => self.typ.name(),
        }
    }

    /// The class's `__name__` (`error` for `struct.error`), as reprs show it.
    pub fn short_type_name(&self) -> &str {
        match &self.class {
            Some(c) => &c.name,
            None => self.typ.short_name(),
        }
    }
}

/// An exception on its way up the Rust stack. `loc` is where in the
/// current frame it was raised, set by the innermost expression that saw
/// it and turned into a traceback entry when it leaves the frame.
#[derive(Debug)]
pub struct PyErr {
    pub exc: Rc<PyException>,
    pub loc: Option<Span>,
}

pub type PyResult<T> = Result<T, Box<PyErr>>;

impl PyErr {
    /// The same error with its exception's args replaced (e.g. `KeyError(key)`).
    pub fn with_args(&self, args: Vec<Value>) -> Box<PyErr> {
        Box::new(PyErr {
            exc: PyException::new(self.exc.typ, args),
            loc: self.loc,
        })
    }
}

pub fn new_err(typ: ExcType, msg: impl Into<String>) -> Box<PyErr> {
    let s: String = msg.into();
    Box::new(PyErr {
        exc: PyException::new(typ, vec![Value::Str(s.into())]),
        loc: None,
    })
}

pub fn err_from(exc: Rc<PyException>) -> Box<PyErr> {
    Box::new(PyErr { exc, loc: None })
}

macro_rules! err_fn {
    ($(#[$doc:meta])* $name:ident => $typ:ident) => {
        $(#[$doc])*
        pub fn $name(msg: impl Into<String>) -> Box<PyErr> {
            new_err(ExcType::$typ, msg)
        }
    };
}

err_fn!(type_error => TypeError);
err_fn!(value_error => ValueError);
err_fn!(index_error => IndexError);
err_fn!(overflow_error => OverflowError);
err_fn!(attribute_error => AttributeError);
err_fn!(buffer_error => BufferError);
err_fn!(zero_division => ZeroDivisionError);
err_fn!(not_implemented => NotImplementedError);
err_fn!(runtime_error => RuntimeError);
err_fn!(memory_error => MemoryError);

/// `NameError: name 'x' is not defined`
pub fn name_not_defined(name: &str) -> Box<PyErr> {
    new_err(ExcType::NameError, format!("name '{name}' is not defined"))
}

/// `UnboundLocalError: cannot access local variable 'x' where it is not associated with a value`
pub fn unbound_local(name: &str) -> Box<PyErr> {
    new_err(
        ExcType::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// `NameError: cannot access free variable 'x' where it is not associated with a value in enclosing scope`
pub fn unbound_free(name: &str) -> Box<PyErr> {
    new_err(
        ExcType::NameError,
        format!(
            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
        ),
    )
}

/// `ValueError: operation forbidden on released memoryview object`
pub fn released_view() -> Box<PyErr> {
    value_error("operation forbidden on released memoryview object")
}

/// `TypeError: cannot modify read-only memory`
pub fn readonly_memory() -> Box<PyErr> {
    type_error("cannot modify read-only memory")
}

/// `BufferError: Existing exports of data: object cannot be re-sized`
pub fn bytearray_resize_exported() -> Box<PyErr> {
    buffer_error("Existing exports of data: object cannot be re-sized")
}

/// `BufferError: cannot resize an array that is exporting buffers`
pub fn array_resize_exported() -> Box<PyErr> {
    buffer_error("cannot resize an array that is exporting buffers")
}

/// `ValueError: byte must be in range(0, 256)`
pub fn byte_range() -> Box<PyErr> {
    value_error("byte must be in range(0, 256)")
}

/// `ValueError: bytes must be in range(0, 256)` (what `bytes()` says of
/// its items, where bytearray says "byte").
pub fn bytes_range() -> Box<PyErr> {
    value_error("bytes must be in range(0, 256)")
}

/// `cannot fit 'int' into an index-sized integer`, an OverflowError or an
/// IndexError (for subscripts) as CPython raises it.
pub fn index_overflow(typ: ExcType) -> Box<PyErr> {
    new_err(typ, "cannot fit 'int' into an index-sized integer")
}

/// `OverflowError: Python int too large to convert to C int` (`c_type`
/// "int", "ssize_t"...).
pub fn c_overflow(c_type: &str) -> Box<PyErr> {
    overflow_error(format!("Python int too large to convert to C {c_type}"))
}

/// `TypeError: unsupported operand type(s) for +: 'int' and 'str'`
pub fn unsupported_operands(op: &str, a: &str, b: &str) -> Box<PyErr> {
    // `**` is named together with the builtin that shares its slot.
    let op = match op {
        "**" => "** or pow()",
        op => op,
    };
    type_error(format!(
        "unsupported operand type(s) for {op}: '{a}' and '{b}'"
    ))
}

/// `TypeError: 'int' object is not subscriptable`
pub fn not_subscriptable(t: &str) -> Box<PyErr> {
    type_error(format!("'{t}' object is not subscriptable"))
}

/// `TypeError: 'int' object is not iterable`
pub fn not_iterable(t: &str) -> Box<PyErr> {
    type_error(format!("'{t}' object is not iterable"))
}

/// `TypeError: 'int' object is not an iterator`
pub fn not_an_iterator(t: &str) -> Box<PyErr> {
    type_error(format!("'{t}' object is not an iterator"))
}

/// `TypeError: 'int' object is not callable`
pub fn not_callable(t: &str) -> Box<PyErr> {
    type_error(format!("'{t}' object is not callable"))
}

/// `AttributeError: 'int' object has no attribute 'x'`
pub fn no_attribute(t: &str, name: &str) -> Box<PyErr> {
    attribute_error(format!("'{t}' object has no attribute '{name}'"))
}

/// `ZeroDivisionError: division by zero`
pub fn division_by_zero() -> Box<PyErr> {
    zero_division("division by zero")
}

/// `ZeroDivisionError: integer division or modulo by zero`
pub fn int_division_by_zero() -> Box<PyErr> {
    zero_division("integer division or modulo by zero")
}

/// `TypeError: memoryview: a bytes-like object is required, not 'int'`
pub fn not_buffer(t: &str) -> Box<PyErr> {
    type_error(format!(
        "memoryview: a bytes-like object is required, not '{t}'"
    ))
}

/// `TypeError: a bytes-like object is required, not 'str'`
pub fn bytes_like_required(t: &str) -> Box<PyErr> {
    type_error(format!("a bytes-like object is required, not '{t}'"))
}

/// `BufferError: memoryview: underlying buffer is not C-contiguous`
pub fn not_c_contiguous() -> Box<PyErr> {
    buffer_error("memoryview: underlying buffer is not C-contiguous")
}

/// `TypeError: argument must be read-write bytes-like object, not bytes`
/// (`what` is `argument` or `readinto() argument`).
pub fn read_write_required(what: &str, t: &str) -> Box<PyErr> {
    type_error(format!(
        "{what} must be read-write bytes-like object, not {t}"
    ))
}

/// `TypeError: 'str' object cannot be interpreted as an integer`
pub fn not_an_index(t: &str) -> Box<PyErr> {
    type_error(format!("'{t}' object cannot be interpreted as an integer"))
}

/// `IndexError: list index out of range` and friends (`what` is e.g. "list").
pub fn index_out_of_range(what: &str) -> Box<PyErr> {
    index_error(format!("{what} index out of range"))
}

/// `TypeError: f() takes 1 positional argument but 2 were given` and kin.
pub fn arg_count(func: &str, expected: &str, given: usize) -> Box<PyErr> {
    type_error(format!("{func} takes {expected} ({given} given)"))
}

/// `TypeError: center() argument 2 must be a byte string of length 1, not str`
/// (CPython's `_PyArg_BadArgument`, which names None "None"); `arg` is
/// "argument 2", "argument 'encoding'" or "argument".
pub fn bad_argument(func: &str, arg: &str, expected: &str, got: &Value) -> Box<PyErr> {
    let got = match got {
        Value::None => "None",
        v => v.type_name(),
    };
    type_error(format!("{func}() {arg} must be {expected}, not {got}"))
}

/// The five arguments of a UnicodeEncodeError/UnicodeDecodeError
/// (encoding, object, start, end, reason), if `e` is one built with them.
fn unicode_error_parts(e: &PyException) -> Option<(Rc<str>, Value, usize, usize, Rc<str>)> {
    if !matches!(
        e.typ,
        ExcType::UnicodeEncodeError | ExcType::UnicodeDecodeError
    ) {
        return None;
    }
    match e.args.borrow().as_slice() {
        [Value::Str(enc), object, Value::Int(start), Value::Int(end), Value::Str(reason)] => {
            Some((
                enc.clone(),
                object.clone(),
                usize::try_from(*start).ok()?,
                usize::try_from(*end).ok()?,
                reason.clone(),
            ))
        }
        _ => None,
    }
}

/// `str()` of a UnicodeEncodeError/UnicodeDecodeError, from its arguments
/// as CPython words it: "'utf-8' codec can't decode byte 0xff in position
/// 0: invalid start byte".
pub fn unicode_error_message(e: &PyException) -> Option<String> {
    let (enc, object, start, end, reason) = unicode_error_parts(e)?;
    let single = match &object {
        Value::Str(s) if end == start + 1 => s.chars().nth(start).map(|c| {
            let u = c as u32;
            let esc = if u <= 0xff {
                format!("\\x{u:02x}")
            } else if u <= 0xffff {
                format!("\\u{u:04x}")
            } else {
                format!("\\U{u:08x}")
            };
            format!("'{enc}' codec can't encode character '{esc}' in position {start}: {reason}")
        }),
        Value::Bytes(b) if end == start + 1 => b.data.get(start).map(|byte| {
            format!("'{enc}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}")
        }),
        _ => None,
    };
    Some(single.unwrap_or_else(|| {
        let verb = if e.typ == ExcType::UnicodeEncodeError {
            "encode characters"
        } else {
            "decode bytes"
        };
        format!(
            "'{enc}' codec can't {verb} in position {start}-{}: {reason}",
            end.saturating_sub(1)
        )
    }))
}

/// `e.encoding`, `e.object`, `e.start`, `e.end`, `e.reason` of a
/// UnicodeEncodeError/UnicodeDecodeError.
pub fn unicode_error_attr(e: &PyException, name: &str) -> Option<Value> {
    unicode_error_parts(e)?;
    let i = ["encoding", "object", "start", "end", "reason"]
        .iter()
        .position(|n| *n == name)?;
    e.args.borrow().get(i).cloned()
}
