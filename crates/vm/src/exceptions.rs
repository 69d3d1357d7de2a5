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
    // ExceptionGroup also derives from Exception (see `ExcType::mro`).
    BaseExceptionGroup: BaseException,
    Exception: BaseException,
    ExceptionGroup: BaseExceptionGroup,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
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
    FileExistsError: OSError,
    PermissionError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    InterruptedError: OSError,
    TimeoutError: OSError,
    ProcessLookupError: OSError,
    ChildProcessError: OSError,
    BlockingIOError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
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
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    UserWarning: Warning,
    DeprecationWarning: Warning,
    PendingDeprecationWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    EncodingWarning: Warning,
    // Module exceptions: not builtins; reached as attributes of their module.
    StructError = "struct.error": Exception,
    BinasciiError = "binascii.Error": ValueError,
    BinasciiIncomplete = "binascii.Incomplete": Exception,
    ZlibError = "zlib.error": Exception,
    UnsupportedDigestmodError = "_hashlib.UnsupportedDigestmodError": ValueError,
    // Also a ValueError (see `second_base`).
    UnsupportedOperation = "io.UnsupportedOperation": OSError,
    // A host limit (operations, time, output): outside the hierarchy, so
    // no `except` clause matches it (see `limits`).
    LimitExceeded = "pyview.LimitExceeded": Root,
}

impl ExcType {
    /// The second of the two bases the classes with two have (the first is
    /// `parent`): ExceptionGroup's Exception, UnsupportedOperation's
    /// ValueError.
    pub fn second_base(self) -> Option<ExcType> {
        match self {
            ExcType::ExceptionGroup => Some(ExcType::Exception),
            ExcType::UnsupportedOperation => Some(ExcType::ValueError),
            _ => None,
        }
    }

    pub fn is_subclass(self, other: ExcType) -> bool {
        if self.second_base().is_some_and(|b| b.is_subclass(other)) {
            return true;
        }
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

    /// `__mro__` without `object`: the class, then its parents, with the
    /// second base's line merged in as C3 does (the first base's own
    /// classes first, then the second's line).
    pub fn mro(self) -> Vec<ExcType> {
        let line = |first: ExcType| {
            let mut out = vec![first];
            let mut t = first;
            while let Some(p) = t.parent() {
                out.push(p);
                t = p;
            }
            out
        };
        let mut out = vec![self];
        match (self.parent(), self.second_base()) {
            (Some(p), Some(second)) => {
                let tail = line(second);
                out.extend(line(p).into_iter().filter(|c| !tail.contains(c)));
                out.extend(tail);
            }
            (Some(p), None) => out.extend(line(p)),
            (None, _) => {}
        }
        out
    }

    /// The type whose instance layout this one's instances have (CPython's
    /// `solid_base`): the nearest of the types that add fields of their
    /// own in C, else BaseException. Two bases conflict when neither's
    /// layout type derives from the other's.
    pub fn layout(self) -> ExcType {
        const OWN_FIELDS: &[ExcType] = &[
            ExcType::SyntaxError,
            ExcType::ImportError,
            ExcType::UnicodeEncodeError,
            ExcType::UnicodeDecodeError,
            ExcType::UnicodeTranslateError,
            ExcType::SystemExit,
            ExcType::StopIteration,
            ExcType::OSError,
            ExcType::NameError,
            ExcType::AttributeError,
            ExcType::BaseExceptionGroup,
        ];
        let mut t = Some(self);
        while let Some(c) = t {
            if OWN_FIELDS.contains(&c) {
                return c;
            }
            t = c.parent();
        }
        ExcType::BaseException
    }

    /// `__bases__`: the parent, and the second base if there is one.
    pub fn bases(self) -> Vec<ExcType> {
        self.parent()
            .into_iter()
            .chain(self.second_base())
            .collect()
    }

    pub fn from_name(name: &str) -> Option<ExcType> {
        ExcType::ALL.iter().copied().find(|t| t.name() == name)
    }
}

/// `OSError(errno, strerror, ...)` becomes the subclass for the error
/// number, as CPython's `OSError.__new__` picks it.
fn os_error_subclass(errno: i64) -> Option<ExcType> {
    Some(match errno {
        1 | 13 => ExcType::PermissionError,
        2 => ExcType::FileNotFoundError,
        3 => ExcType::ProcessLookupError,
        4 => ExcType::InterruptedError,
        10 => ExcType::ChildProcessError,
        11 | 114 | 115 => ExcType::BlockingIOError,
        17 => ExcType::FileExistsError,
        20 => ExcType::NotADirectoryError,
        21 => ExcType::IsADirectoryError,
        32 => ExcType::BrokenPipeError,
        103 => ExcType::ConnectionAbortedError,
        104 => ExcType::ConnectionResetError,
        110 => ExcType::TimeoutError,
        111 => ExcType::ConnectionRefusedError,
        _ => return None,
    })
}

/// One line of a traceback: a frame the exception passed through.
#[derive(Debug, Clone)]
pub struct TbEntry {
    pub code: Rc<crate::CodeUnit>,
    pub span: Span,
    pub func: Rc<str>,
    /// The frame's globals, for the traceback's `tb_frame` (none for the
    /// frames of library code pyview does not run).
    pub globals: Option<Rc<crate::interp::Globals>>,
}

/// A Python exception object.
#[derive(Debug)]
pub struct PyException {
    pub typ: ExcType,
    /// The user class of an instance of an exception subclass: read
    /// through [`PyException::class`], changed by a `__class__` assignment.
    pub(crate) class: RefCell<Option<Rc<crate::objects::class::PyClass>>>,
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
    /// An AttributeError whose suggestion is still to be found (from its
    /// `name` and `obj`) when a report prints it, as CPython finds it
    /// then: a lookup that fails under `getattr(x, n, default)` or
    /// `hasattr` pays nothing for it.
    pub suggestion_pending: std::cell::Cell<bool>,
    /// The message and members of an exception group, set once when
    /// `BaseExceptionGroup.__new__` makes it.
    pub group: std::cell::OnceCell<crate::objects::exception_group::GroupParts>,
    /// The tuple `sys.exit` was given, until a handler (`except`,
    /// `finally`, `with`) sees the exception: CPython makes the exception
    /// only then, so an uncaught one reports the tuple itself as its code.
    pub exit_tuple: RefCell<Option<Value>>,
}

impl PyException {
    /// A handler sees the exception: it is the `SystemExit(*tuple)` made.
    pub fn normalize(&self) {
        self.exit_tuple.borrow_mut().take();
    }

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
            class: RefCell::new(class),
            args: RefCell::new(args),
            attrs: RefCell::default(),
            traceback: RefCell::new(Vec::new()),
            context: RefCell::new(None),
            cause: RefCell::new(None),
            suppress_context: std::cell::Cell::new(false),
            suggestion: RefCell::new(None),
            suggestion_pending: std::cell::Cell::new(false),
            group: std::cell::OnceCell::new(),
            exit_tuple: RefCell::new(None),
        })
    }

    /// `T(*args)` for a built-in exception type: an OSError given an error
    /// number and message keeps those two as `args` (the file names become
    /// attributes) and becomes the subclass for the number.
    pub fn construct(typ: ExcType, args: Vec<Value>) -> Rc<Self> {
        if !typ.is_subclass(ExcType::OSError) || !(2..=5).contains(&args.len()) {
            return Self::new(typ, args);
        }
        let typ = match (typ, &args[0]) {
            (ExcType::OSError, Value::Int(n)) => os_error_subclass(*n).unwrap_or(typ),
            _ => typ,
        };
        let e = Self::new(typ, args[..2].to_vec());
        for (i, name) in [(2, "filename"), (4, "filename2")] {
            if let Some(v) = args.get(i) {
                e.attrs.borrow_mut().insert(name.into(), v.clone());
            }
        }
        e
    }

    /// The user class, if the exception is an instance of one.
    #[inline]
    pub fn class(&self) -> Option<Rc<crate::objects::class::PyClass>> {
        self.class.borrow().clone()
    }

    /// Whether the exception is an instance of a user class.
    pub fn has_class(&self) -> bool {
        self.class.borrow().is_some()
    }

    /// `e.__class__ = c`, once the layouts were found compatible.
    pub fn set_class(&self, c: Rc<crate::objects::class::PyClass>) {
        *self.class.borrow_mut() = Some(c);
    }

    /// The class name as tracebacks print it.
    pub fn type_name(&self) -> &'static str {
        match &*self.class.borrow() {
            Some(c) => c.static_name(),
            None => self.typ.name(),
        }
    }

    /// The class's `__name__` (`error` for `struct.error`), as reprs show it.
    pub fn short_type_name(&self) -> &'static str {
        match &*self.class.borrow() {
            Some(c) => c.static_name(),
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
    /// Raised again as it stands (CPython's RERAISE, as `except*` does):
    /// the current frame adds no entry for it; the frames it leaves into
    /// do.
    pub reraise: bool,
}

pub type PyResult<T> = Result<T, Box<PyErr>>;

impl PyErr {
    /// The same error with its exception's args replaced (e.g. `KeyError(key)`).
    pub fn with_args(&self, args: Vec<Value>) -> Box<PyErr> {
        Box::new(PyErr {
            exc: PyException::new(self.exc.typ, args),
            loc: self.loc,
            reraise: false,
        })
    }
}

pub fn new_err(typ: ExcType, msg: impl Into<String>) -> Box<PyErr> {
    let s: String = msg.into();
    Box::new(PyErr {
        exc: PyException::new(typ, vec![Value::Str(s.into())]),
        loc: None,
        reraise: false,
    })
}

/// Gives `exc` the context `outer` unless it has one (or is `outer`),
/// first cutting `outer`'s context chain where it reaches `exc`, as
/// CPython does, so that no chain loops.
pub fn set_context(exc: &Rc<PyException>, outer: &Rc<PyException>) {
    if exc.context.borrow().is_some() {
        return;
    }
    replace_context(exc, outer);
}

/// What a `raise X` statement does while `outer` is handled: X's context
/// becomes `outer` even if X had one (a stored exception raised again),
/// after cutting `outer`'s chain where it reaches X.
pub fn replace_context(exc: &Rc<PyException>, outer: &Rc<PyException>) {
    if Rc::ptr_eq(exc, outer) {
        return;
    }
    let mut link = outer.clone();
    let mut seen = vec![Rc::as_ptr(outer)];
    loop {
        let next = link.context.borrow().clone();
        match next {
            Some(n) if Rc::ptr_eq(&n, exc) => {
                *link.context.borrow_mut() = None;
                break;
            }
            // A chain that loops already (it cannot reach `exc` then).
            Some(n) if seen.contains(&Rc::as_ptr(&n)) => break,
            Some(n) => {
                seen.push(Rc::as_ptr(&n));
                link = n;
            }
            None => break,
        }
    }
    *exc.context.borrow_mut() = Some(outer.clone());
}

/// Where a nesting ran past the recursion limit, as CPython words it.
pub const IN_COMPARISON: &str = " in comparison";
pub const IN_REPR: &str = " while getting the repr of an object";
pub const IN_STR: &str = " while getting the str of an object";
pub const IN_CALL: &str = " while calling a Python object";
pub const IN_INSTANCECHECK: &str = " in __instancecheck__";
pub const IN_SUBCLASSCHECK: &str = " in __subclasscheck__";

/// RecursionError: `maximum recursion depth exceeded` and where.
pub fn recursion_error(context: &str) -> Box<PyErr> {
    new_err(
        ExcType::RecursionError,
        format!("maximum recursion depth exceeded{context}"),
    )
}

pub fn err_from(exc: Rc<PyException>) -> Box<PyErr> {
    Box::new(PyErr {
        exc,
        loc: None,
        reraise: false,
    })
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
    with_name(
        new_err(ExcType::NameError, format!("name '{name}' is not defined")),
        name,
    )
}

/// Sets the `name` attribute CPython gives the NameErrors it raises.
fn with_name(e: Box<PyErr>, name: &str) -> Box<PyErr> {
    e.exc
        .attrs
        .borrow_mut()
        .insert("name".into(), Value::str(name));
    e
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
    let msg = format!(
        "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
    );
    with_name(new_err(ExcType::NameError, msg), name)
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
/// `ValueError: I/O operation on closed file.`
pub fn closed_file() -> Box<PyErr> {
    value_error("I/O operation on closed file.")
}

pub fn no_attribute(t: &str, name: &str) -> Box<PyErr> {
    attribute_error(format!("'{t}' object has no attribute '{name}'"))
}

/// Assigning to an existing attribute of a built-in object: a method is
/// read-only, a member (slot) is a "readonly attribute", any other data
/// attribute (a getset descriptor) is "not writable".
pub fn read_only_attribute(obj: &Value, name: &str, is_method: bool) -> Box<PyErr> {
    let t = obj.type_name();
    let member = matches!(
        (t, name),
        ("complex", "real" | "imag")
            | ("slice" | "range", "start" | "stop" | "step")
            | ("property", "fget" | "fset" | "fdel")
            | ("staticmethod" | "classmethod", "__func__")
            | ("functools.partial", "func" | "args" | "keywords")
    );
    attribute_error(if is_method {
        format!("'{t}' object attribute '{name}' is read-only")
    } else if member {
        "readonly attribute".to_string()
    } else {
        // bool's data attributes are int's descriptors.
        let owner = if t == "bool" { "int" } else { t };
        format!("attribute '{name}' of '{owner}' objects is not writable")
    })
}

/// Assigning a non-str `__name__` or `__qualname__` to a function or
/// generator: "__name__ must be set to a string object".
pub fn name_must_be_str(name: &str) -> Box<PyErr> {
    type_error(format!("{name} must be set to a string object"))
}

/// `with x:` where `x` lacks `__enter__`, or has it but lacks `__exit__`.
pub fn not_context_manager(t: &str, has_enter: bool) -> Box<PyErr> {
    type_error(format!(
        "'{t}' object does not support the context manager protocol{}",
        if has_enter {
            " (missed __exit__ method)"
        } else {
            ""
        }
    ))
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

/// A Python function given too many positional arguments (`takes` from
/// `min` to `max`, counting `self`): "f() takes 1 positional argument but
/// 2 were given", "f() takes from 1 to 2 positional arguments but 3 were
/// given", "... but 2 positional arguments (and 1 keyword-only argument)
/// were given".
pub fn too_many_positional(
    name: &str,
    min: usize,
    max: usize,
    given: usize,
    kw_given: usize,
) -> Box<PyErr> {
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let takes = if min == max {
        format!("{max} positional argument{}", plural(max))
    } else {
        format!("from {min} to {max} positional arguments")
    };
    let given = if kw_given > 0 {
        format!(
            "{given} positional argument{} (and {kw_given} keyword-only argument{}) were given",
            plural(given),
            plural(kw_given)
        )
    } else {
        format!("{given} {} given", if given == 1 { "was" } else { "were" })
    };
    type_error(format!("{name}() takes {takes} but {given}"))
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
            let esc = crate::codecs::escape_char(c);
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

/// An ImportError (or ModuleNotFoundError) with its `name` and `path`
/// attributes set, as the import system raises them.
fn import_error(typ: ExcType, msg: String, name: &str, path: Option<&str>) -> Box<PyErr> {
    let e = new_err(typ, msg);
    let mut attrs = e.exc.attrs.borrow_mut();
    attrs.insert("name".into(), Value::str(name));
    attrs.insert("path".into(), path.map_or(Value::None, Value::str));
    drop(attrs);
    e
}

/// `ModuleNotFoundError: No module named 'x'`
pub fn no_module_named(name: &str) -> Box<PyErr> {
    import_error(
        ExcType::ModuleNotFoundError,
        format!("No module named '{name}'"),
        name,
        None,
    )
}

/// `ModuleNotFoundError: No module named 'a.b'; 'a' is not a package`
pub fn not_a_package(name: &str, parent: &str) -> Box<PyErr> {
    import_error(
        ExcType::ModuleNotFoundError,
        format!("No module named '{name}'; '{parent}' is not a package"),
        name,
        None,
    )
}

/// `isinstance(1, list[int])`: the alias's own check refuses it.
pub fn parameterized_generic(func: &str) -> Box<PyErr> {
    type_error(format!(
        "{func}() argument 2 cannot be a parameterized generic"
    ))
}

/// `ImportError: cannot import name 'y' from 'x' (/path/x.py)`, with
/// `(unknown location)` for a module without a file, and CPython's hint
/// while the module is still being imported: `cannot import name 'y'
/// from partially initialized module 'x' (most likely due to a circular
/// import) (/path/x.py)`.
pub fn cannot_import_name(
    name: &str,
    module: &str,
    file: Option<&str>,
    initializing: bool,
) -> Box<PyErr> {
    let location = file.unwrap_or("unknown location");
    let msg = if initializing {
        format!(
            "cannot import name '{name}' from partially initialized module '{module}' (most likely due to a circular import) ({location})"
        )
    } else {
        format!("cannot import name '{name}' from '{module}' ({location})")
    };
    import_error(ExcType::ImportError, msg, module, file)
}

/// `ModuleNotFoundError: import of x halted; None in sys.modules`
pub fn import_halted(name: &str) -> Box<PyErr> {
    import_error(
        ExcType::ModuleNotFoundError,
        format!("import of {name} halted; None in sys.modules"),
        name,
        None,
    )
}

/// `ImportError: attempted relative import with no known parent package`
pub fn relative_import_no_parent() -> Box<PyErr> {
    new_err(
        ExcType::ImportError,
        "attempted relative import with no known parent package",
    )
}

/// `ImportError: attempted relative import beyond top-level package`
pub fn relative_import_beyond_top() -> Box<PyErr> {
    new_err(
        ExcType::ImportError,
        "attempted relative import beyond top-level package",
    )
}

/// `AttributeError: module 'm' has no attribute 'x'`, or while the module
/// is being imported: `partially initialized module 'm' has no attribute
/// 'x' (most likely due to a circular import)`
pub fn module_no_attribute(module: &crate::objects::module::PyModule, name: &str) -> Box<PyErr> {
    let modname = module.display_name();
    attribute_error(if module.initializing.get() {
        format!("partially initialized module '{modname}' has no attribute '{name}' (most likely due to a circular import)")
    } else {
        format!("module '{modname}' has no attribute '{name}'")
    })
}

/// The SyntaxError (IndentationError, TabError) compiling `filename`
/// raised, as an exception object with CPython's `args` and attributes
/// (`msg`, `filename`, `lineno`, `offset`, `text`, `end_lineno`,
/// `end_offset`); a nesting too deep to compile is a RecursionError.
/// `text` ends with a newline, as CPython's does when compiling files
/// and `exec` strings.
pub fn syntax_error(info: &pyview_syntax::SyntaxErrorInfo, filename: &str) -> Box<PyErr> {
    syntax_error_with(info, filename, true)
}

/// [`syntax_error`], where `newline` says whether `text` keeps a
/// newline (`eval` shows the line as its source has it).
pub fn syntax_error_with(
    info: &pyview_syntax::SyntaxErrorInfo,
    filename: &str,
    newline: bool,
) -> Box<PyErr> {
    use pyview_syntax::SyntaxKind;
    let typ = match info.kind {
        SyntaxKind::SyntaxError => ExcType::SyntaxError,
        SyntaxKind::IndentationError => ExcType::IndentationError,
        SyntaxKind::TabError => ExcType::TabError,
        SyntaxKind::RecursionError => return new_err(ExcType::RecursionError, info.msg.clone()),
    };
    let int = |n: Option<usize>| n.map_or(Value::None, |n| Value::Int(n as i64));
    let newline = newline && !info.tokenizer;
    let text = info.text_in(filename).map_or(Value::None, |t| {
        Value::str(&if newline {
            format!("{t}\n")
        } else {
            t.to_string()
        })
    });
    let fields = [
        ("filename", Value::str(filename)),
        ("lineno", Value::Int(info.lineno as i64)),
        ("offset", int(info.offset)),
        ("text", text),
        ("end_lineno", int(info.end_lineno)),
        // The parser's errors without an end column have -1.
        (
            "end_offset",
            match info.end_offset {
                None if !info.compiler && info.end_lineno.is_some() => Value::Int(-1),
                end => int(end),
            },
        ),
    ];
    let location = Value::new_tuple(fields.iter().map(|(_, v)| v.clone()).collect());
    let exc = PyException::new(typ, vec![Value::str(&info.msg), location]);
    {
        let mut attrs = exc.attrs.borrow_mut();
        attrs.insert("msg".into(), Value::str(&info.msg));
        for (k, v) in fields {
            attrs.insert(k.into(), v);
        }
        attrs.insert("print_file_and_line".into(), Value::None);
    }
    err_from(exc)
}

/// A SyntaxError's location as its attributes give it: the file name and
/// what to print (see `SyntaxErrorInfo::render`).
pub fn syntax_error_location(e: &PyException) -> Option<(String, pyview_syntax::SyntaxErrorInfo)> {
    use pyview_syntax::SyntaxKind;
    let kind = match e.typ {
        ExcType::SyntaxError => SyntaxKind::SyntaxError,
        ExcType::IndentationError => SyntaxKind::IndentationError,
        ExcType::TabError => SyntaxKind::TabError,
        _ => return None,
    };
    let attrs = e.attrs.borrow();
    let Some(Value::Str(filename)) = attrs.get("filename") else {
        return None;
    };
    let usize_of = |k: &str| match attrs.get(k) {
        Some(Value::Int(n)) => usize::try_from(*n).ok(),
        _ => None,
    };
    let msg = match attrs.get("msg") {
        Some(Value::Str(m)) => m.to_string(),
        _ => return None,
    };
    let text = match attrs.get("text") {
        Some(Value::Str(t)) => Some(t.strip_suffix('\n').unwrap_or(t).to_string()),
        _ => None,
    };
    Some((
        filename.to_string(),
        pyview_syntax::SyntaxErrorInfo {
            compiler: false,
            tokenizer: false,
            kind,
            msg,
            lineno: usize_of("lineno")?,
            offset: usize_of("offset"),
            end_lineno: usize_of("end_lineno"),
            end_offset: usize_of("end_offset"),
            text,
        },
    ))
}

/// The attributes `SyntaxError.__init__` fills from its arguments.
const SYNTAX_FIELDS: [&str; 6] = [
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
];

/// `SyntaxError.__init__` (and its subclasses'): `msg` is the first
/// argument; given exactly two, the second is a sequence of four to six
/// location fields. Fields not given are None.
pub fn init_syntax_error(vm: &mut crate::interp::Vm, e: &PyException) -> PyResult<()> {
    if !e.typ.is_subclass(ExcType::SyntaxError) {
        return Ok(());
    }
    let args = e.args.borrow().clone();
    let mut fields = vec![Value::None; SYNTAX_FIELDS.len()];
    if let [_, info] = &args[..] {
        let info = vm.collect(info)?;
        let n = info.len();
        if n < 4 {
            return Err(type_error(format!(
                "function takes at least 4 arguments ({n} given)"
            )));
        }
        if n > 6 {
            return Err(type_error(format!(
                "function takes at most 6 arguments ({n} given)"
            )));
        }
        for (slot, v) in fields.iter_mut().zip(info) {
            *slot = v;
        }
    }
    let mut attrs = e.attrs.borrow_mut();
    attrs.insert("msg".into(), args.first().cloned().unwrap_or(Value::None));
    for (k, v) in SYNTAX_FIELDS.iter().zip(fields) {
        attrs.insert((*k).into(), v);
    }
    attrs.insert("print_file_and_line".into(), Value::None);
    Ok(())
}

/// `SyntaxError(msg)` with its fields as `SyntaxError.__init__` sets them
/// for one argument (no location).
pub fn syntax_error_plain(msg: impl Into<String>) -> Box<PyErr> {
    let e = new_err(ExcType::SyntaxError, msg);
    {
        let mut attrs = e.exc.attrs.borrow_mut();
        let first = e.exc.args.borrow().first().cloned().unwrap_or(Value::None);
        attrs.insert("msg".into(), first);
        for k in SYNTAX_FIELDS {
            attrs.insert((*k).into(), Value::None);
        }
        attrs.insert("print_file_and_line".into(), Value::None);
    }
    e
}

/// The attributes a built-in exception type keeps in slots of its own
/// rather than in the instance's `__dict__`.
pub(crate) fn slot_fields(typ: ExcType) -> &'static [&'static str] {
    const SYNTAX: &[&str] = &[
        "msg",
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
        "print_file_and_line",
    ];
    if typ.is_subclass(ExcType::SyntaxError) {
        SYNTAX
    } else if typ.is_subclass(ExcType::ImportError) {
        &["msg", "name", "path"]
    } else if typ.is_subclass(ExcType::OSError) {
        &[
            "errno",
            "strerror",
            "filename",
            "filename2",
            "characters_written",
        ]
    } else if typ.is_subclass(ExcType::AttributeError) {
        &["name", "obj"]
    } else if typ.is_subclass(ExcType::NameError) {
        &["name"]
    } else if typ.is_subclass(ExcType::StopIteration) {
        &["value"]
    } else if typ.is_subclass(ExcType::SystemExit) {
        &["code"]
    } else {
        &[]
    }
}

/// `exc.__dict__`: the attributes set on the exception (a copy: changes
/// to it do not reach the exception).
pub fn instance_dict(e: &PyException) -> PyResult<Value> {
    let d = crate::objects::dict::PyDict::default();
    let hidden = slot_fields(e.typ);
    for (k, v) in e.attrs.borrow().iter() {
        if !hidden.contains(&&**k) {
            d.set(Value::Str(k.clone()), v.clone())?;
        }
    }
    Ok(Value::Dict(Rc::new(d)))
}

/// A new SyntaxError whose `__init__` has not run: its fields are None.
pub fn syntax_fields_unset(e: &PyException) {
    if e.typ.is_subclass(ExcType::SyntaxError) {
        let mut attrs = e.attrs.borrow_mut();
        for k in ["msg", "print_file_and_line"].iter().chain(&SYNTAX_FIELDS) {
            attrs.insert((*k).into(), Value::None);
        }
    }
}

/// `str()` of a SyntaxError: its `msg`, then the base name of its file
/// and its line, when those are a str and an int: `invalid syntax
/// (file.py, line 3)`.
pub fn syntax_error_message(e: &PyException) -> Option<String> {
    if !e.typ.is_subclass(ExcType::SyntaxError) {
        return None;
    }
    let attrs = e.attrs.borrow();
    // Raised internally without fields: its arguments say it.
    let msg = crate::ops::str_simple(attrs.get("msg")?);
    let file = match attrs.get("filename") {
        Some(Value::Str(f)) => Some(f.rsplit('/').next().unwrap_or(f).to_string()),
        _ => None,
    };
    let line = match attrs.get("lineno") {
        Some(Value::Int(n)) => Some(*n),
        _ => None,
    };
    Some(match (file, line) {
        (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(n)) => format!("{msg} (line {n})"),
        (None, None) => msg,
    })
}

/// `TypeError: eval() arg 1 must be a string, bytes or code object`
pub fn code_arg_type(func: &str) -> Box<PyErr> {
    type_error(format!(
        "{func}() arg 1 must be a string, bytes or code object"
    ))
}

/// `TypeError: compile() arg 1 must be a string, bytes or AST object`
pub fn compile_source_type() -> Box<PyErr> {
    type_error("compile() arg 1 must be a string, bytes or AST object")
}

/// `ValueError: compile() mode must be 'exec', 'eval' or 'single'`
pub fn compile_mode() -> Box<PyErr> {
    value_error("compile() mode must be 'exec', 'eval' or 'single'")
}

/// `ValueError: compile() mode 'func_type' requires flag PyCF_ONLY_AST`
/// (pyview makes no ASTs, so the mode is always refused).
pub fn compile_func_type() -> Box<PyErr> {
    value_error("compile() mode 'func_type' requires flag PyCF_ONLY_AST")
}

/// An attribute a built-in exception carries (`SyntaxError.lineno`,
/// `ImportError.name`...), `None` where CPython defaults it.
pub fn exception_attr(e: &PyException, name: &str) -> Option<Value> {
    if let Some(v) = e.attrs.borrow().get(name) {
        return Some(v.clone());
    }
    match name {
        "name" | "path" if e.typ.is_subclass(ExcType::ImportError) => Some(Value::None),
        // ImportError's `__init__` keeps a lone argument as the message.
        "msg" if e.typ.is_subclass(ExcType::ImportError) => Some(match &e.args.borrow()[..] {
            [one] => one.clone(),
            _ => Value::None,
        }),
        "name" if e.typ.is_subclass(ExcType::NameError) => Some(Value::None),
        "name" | "obj" if e.typ.is_subclass(ExcType::AttributeError) => Some(Value::None),
        _ => None,
    }
}

/// `e.errno`, `e.strerror`, `e.filename`, `e.filename2` of an OSError.
pub fn os_error_attr(e: &PyException, name: &str) -> Value {
    let args = e.args.borrow();
    match name {
        "errno" | "strerror" if args.len() == 2 => args[usize::from(name == "strerror")].clone(),
        "filename" | "filename2" => e.attrs.borrow().get(name).cloned().unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// `str()` of an OSError made with an error number and message:
/// `[Errno 2] No such file or directory: 'x'`.
pub fn os_error_message(e: &PyException) -> Option<String> {
    if !e.typ.is_subclass(ExcType::OSError) {
        return None;
    }
    let args = e.args.borrow();
    let [errno, strerror] = &args[..] else {
        return None;
    };
    let attrs = e.attrs.borrow();
    let mut s = format!(
        "[Errno {}] {}",
        crate::ops::str_simple(errno),
        crate::ops::str_simple(strerror)
    );
    if let Some(f) = attrs.get("filename").filter(|f| !f.is_none()) {
        s.push_str(&format!(": {}", crate::ops::repr_simple(f)));
        if let Some(f2) = attrs.get("filename2").filter(|f| !f.is_none()) {
            s.push_str(&format!(" -> {}", crate::ops::repr_simple(f2)));
        }
    }
    Some(s)
}
/// CPython's docstrings of the built-in exception types (`ValueError.__doc__`).
pub fn exception_doc(name: &str) -> Option<&'static str> {
    Some(match name {
        "ArithmeticError" => "Base class for arithmetic errors.",
        "AssertionError" => "Assertion failed.",
        "AttributeError" => "Attribute not found.",
        "BaseException" => "Common base class for all exceptions",
        "BaseExceptionGroup" => "A combination of multiple unrelated exceptions.",
        "BlockingIOError" => "I/O operation would block.",
        "BrokenPipeError" => "Broken pipe.",
        "BufferError" => "Buffer error.",
        "BytesWarning" => "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.",
        "ChildProcessError" => "Child process error.",
        "ConnectionAbortedError" => "Connection aborted.",
        "ConnectionError" => "Connection error.",
        "ConnectionRefusedError" => "Connection refused.",
        "ConnectionResetError" => "Connection reset.",
        "DeprecationWarning" => "Base class for warnings about deprecated features.",
        "EOFError" => "Read beyond end of file.",
        "EncodingWarning" => "Base class for warnings about encodings.",
        "Exception" => "Common base class for all non-exit exceptions.",
        "FileExistsError" => "File already exists.",
        "FileNotFoundError" => "File not found.",
        "FloatingPointError" => "Floating point operation failed.",
        "FutureWarning" => "Base class for warnings about constructs that will change semantically\nin the future.",
        "GeneratorExit" => "Request that a generator exit.",
        "ImportError" => "Import can't find module, or can't find name in module.",
        "ImportWarning" => "Base class for warnings about probable mistakes in module imports",
        "IndentationError" => "Improper indentation.",
        "IndexError" => "Sequence index out of range.",
        "InterruptedError" => "Interrupted by signal.",
        "IsADirectoryError" => "Operation doesn't work on directories.",
        "KeyError" => "Mapping key not found.",
        "KeyboardInterrupt" => "Program interrupted by user.",
        "LookupError" => "Base class for lookup errors.",
        "MemoryError" => "Out of memory.",
        "ModuleNotFoundError" => "Module not found.",
        "NameError" => "Name not found globally.",
        "NotADirectoryError" => "Operation only works on directories.",
        "NotImplementedError" => "Method or function hasn't been implemented yet.",
        "OSError" => "Base class for I/O related errors.",
        "OverflowError" => "Result too large to be represented.",
        "PendingDeprecationWarning" => "Base class for warnings about features which will be deprecated\nin the future.",
        "PermissionError" => "Not enough permissions.",
        "ProcessLookupError" => "Process not found.",
        "RecursionError" => "Recursion limit exceeded.",
        "ReferenceError" => "Weak ref proxy used after referent went away.",
        "ResourceWarning" => "Base class for warnings about resource usage.",
        "RuntimeError" => "Unspecified run-time error.",
        "RuntimeWarning" => "Base class for warnings about dubious runtime behavior.",
        "StopAsyncIteration" => "Signal the end from iterator.__anext__().",
        "StopIteration" => "Signal the end from iterator.__next__().",
        "SyntaxError" => "Invalid syntax.",
        "SyntaxWarning" => "Base class for warnings about dubious syntax.",
        "SystemError" => "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.",
        "SystemExit" => "Request to exit from the interpreter.",
        "TabError" => "Improper mixture of spaces and tabs.",
        "TimeoutError" => "Timeout expired.",
        "TypeError" => "Inappropriate argument type.",
        "UnboundLocalError" => "Local name referenced but not bound to a value.",
        "UnicodeDecodeError" => "Unicode decoding error.",
        "UnicodeEncodeError" => "Unicode encoding error.",
        "UnicodeError" => "Unicode related error.",
        "UnicodeTranslateError" => "Unicode translation error.",
        "UnicodeWarning" => "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.",
        "UserWarning" => "Base class for warnings generated by user code.",
        "ValueError" => "Inappropriate argument value (of correct type).",
        "Warning" => "Base class for warning categories.",
        "ZeroDivisionError" => "Second argument to a division or modulo operation was zero.",
        _ => return None,
    })
}
