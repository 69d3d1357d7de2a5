//! Native functions and modules: Rust closures that scripts call, with
//! typed argument conversion and CPython's argument errors.

use crate::object::{FromPy, IntoArgs, IntoPy, Object};
use pyview_vm::exceptions::{self, ExcType, PyErr};
use pyview_vm::objects::function::{Args as VmArgs, Builtin, NativeFn};
use pyview_vm::objects::module::PyModule;
use pyview_vm::{Value, Vm};
use std::rc::Rc;

/// A Python exception on its way through native code: raised by a native
/// function (`Err(Exception::value_error(..))`), or raised by Python code
/// a native function called (and passed on with `?`, traceback intact).
///
/// The host receives finished runs' exceptions as [`Error`](crate::Error)
/// instead, which carries the printed traceback.
///
/// ```
/// use pyview::{Exception, Interpreter, Module, Sink};
///
/// fn safe_sqrt(x: f64) -> Result<f64, Exception> {
///     if x < 0.0 {
///         return Err(Exception::value_error("math domain error"));
///     }
///     Ok(x.sqrt())
/// }
///
/// let mut py = Interpreter::builder().stderr(Sink::Discard).build();
/// py.add_module(Module::new("mymath").function("sqrt", safe_sqrt))?;
/// let err = py.run("import mymath\nmymath.sqrt(-1)", "<demo>").unwrap_err();
/// assert_eq!(err.type_name(), "ValueError");
/// assert_eq!(err.message(), "math domain error");
/// # Ok::<(), pyview::Error>(())
/// ```
pub struct Exception(Inner);

enum Inner {
    Raised(Box<PyErr>),
    /// A conversion found the wrong type; worded once the subject (an
    /// argument, a result) is known.
    Mismatch {
        expected: String,
        got: String,
        /// Where inside the subject (`[2]`, `['k']`, ` key`), outermost
        /// first.
        path: String,
    },
}

impl Exception {
    /// An exception of the built-in class named `type_name` (`"KeyError"`,
    /// `"OSError"`...) with `message` as its argument. A name that is not
    /// one of Python's built-in exception classes gives a `RuntimeError`.
    pub fn new(type_name: &str, message: impl Into<String>) -> Exception {
        let typ = ExcType::from_name(type_name)
            .filter(|t| t.is_builtin())
            .unwrap_or(ExcType::RuntimeError);
        Exception(Inner::Raised(exceptions::new_err(typ, message)))
    }

    /// The exception `obj` is: an instance of any exception class, a
    /// script's own included (make one with [`Context::call`] on the
    /// class). Anything else gives CPython's `TypeError: exceptions must
    /// derive from BaseException`.
    ///
    /// ```
    /// use pyview::{Context, Exception, Interpreter, Sink};
    ///
    /// fn check(ctx: &mut Context, n: i64) -> Result<i64, Exception> {
    ///     if n < 0 {
    ///         let class = ctx.global("NegativeError").expect("defined by the script");
    ///         return Err(Exception::from_object(&ctx.call(&class, (n,))?));
    ///     }
    ///     Ok(n)
    /// }
    ///
    /// let out = Sink::capture();
    /// let mut py = Interpreter::builder().stdout(out.clone()).build();
    /// py.add_function("check", check);
    /// py.run("class NegativeError(ValueError):\n    pass\n\
    ///         try:\n    check(-2)\nexcept NegativeError as e:\n    print('caught', e.args)", "<demo>")?;
    /// assert_eq!(out.text(), "caught (-2,)\n");
    /// # Ok::<(), pyview::Error>(())
    /// ```
    pub fn from_object(obj: &Object) -> Exception {
        match &obj.0 {
            Value::Exception(e) => Exception(Inner::Raised(exceptions::err_from(e.clone()))),
            _ => Exception::type_error("exceptions must derive from BaseException"),
        }
    }

    /// `TypeError(message)`.
    pub fn type_error(message: impl Into<String>) -> Exception {
        Exception::new("TypeError", message)
    }

    /// `ValueError(message)`.
    pub fn value_error(message: impl Into<String>) -> Exception {
        Exception::new("ValueError", message)
    }

    /// `KeyError(message)`.
    pub fn key_error(message: impl Into<String>) -> Exception {
        Exception::new("KeyError", message)
    }

    /// `IndexError(message)`.
    pub fn index_error(message: impl Into<String>) -> Exception {
        Exception::new("IndexError", message)
    }

    /// `RuntimeError(message)`.
    pub fn runtime_error(message: impl Into<String>) -> Exception {
        Exception::new("RuntimeError", message)
    }

    /// `OverflowError(message)`.
    pub fn overflow_error(message: impl Into<String>) -> Exception {
        Exception::new("OverflowError", message)
    }

    /// `OSError(message)`.
    pub fn os_error(message: impl Into<String>) -> Exception {
        Exception::new("OSError", message)
    }

    /// The exception class name (`"ValueError"`).
    pub fn type_name(&self) -> &str {
        match &self.0 {
            Inner::Raised(e) => e.exc.type_name(),
            Inner::Mismatch { .. } => "TypeError",
        }
    }

    /// `str(exception)`.
    pub fn message(&self) -> String {
        match &self.0 {
            Inner::Raised(e) => pyview_vm::ops::exc_message(&e.exc),
            Inner::Mismatch {
                expected,
                got,
                path,
            } => format!("{}must be {expected}, not {got}", at(path)),
        }
    }

    pub(crate) fn from_err(e: Box<PyErr>) -> Exception {
        Exception(Inner::Raised(e))
    }

    /// `must be {expected}, not {type of obj}`.
    pub(crate) fn mismatch(expected: &str, obj: &Object) -> Exception {
        Exception::mismatch_text(expected, obj.0.type_name())
    }

    /// `must be {expected}, not {got}`.
    pub(crate) fn mismatch_text(expected: &str, got: &str) -> Exception {
        Exception(Inner::Mismatch {
            expected: expected.to_string(),
            got: got.to_string(),
            path: String::new(),
        })
    }

    /// The mismatch of an `Option<T>`: `must be int or None, not str`
    /// (only for the value itself, not for one inside it).
    pub(crate) fn or_none(self) -> Exception {
        match self.0 {
            Inner::Mismatch {
                expected,
                got,
                path,
            } if path.is_empty() => Exception(Inner::Mismatch {
                expected: format!("{expected} or None"),
                got,
                path,
            }),
            other => Exception(other),
        }
    }

    /// A mismatch found inside an item (`step` is `[2]`, `['k']` or
    /// ` key`), so that the message says where.
    pub(crate) fn inside(self, step: impl FnOnce() -> String) -> Exception {
        match self.0 {
            Inner::Mismatch {
                expected,
                got,
                path,
            } => Exception(Inner::Mismatch {
                expected,
                got,
                path: step() + &path,
            }),
            other => Exception(other),
        }
    }

    /// The exception to raise; a mismatch is worded with `subject` in
    /// front (`add() argument 1`, `eval() result`).
    pub(crate) fn into_err(self, subject: Option<&str>) -> Box<PyErr> {
        match self.0 {
            Inner::Raised(e) => e,
            Inner::Mismatch {
                expected,
                got,
                path,
            } => exceptions::type_error(match subject {
                Some(s) => format!("{s}{path} must be {expected}, not {got}"),
                None => format!("{}must be {expected}, not {got}", at(&path)),
            }),
        }
    }
}

/// Positional and keyword arguments for a call from the host.
pub(crate) fn vm_args<K: AsRef<str>, V: IntoPy>(
    args: impl IntoArgs,
    kwargs: impl IntoIterator<Item = (K, V)>,
) -> Result<VmArgs, Exception> {
    let pos = args.into_args()?.into_iter().map(|o| o.0).collect();
    let mut kw: Vec<(Rc<str>, Value)> = Vec::new();
    for (k, v) in kwargs {
        let k = k.as_ref();
        // Python source cannot repeat one (a SyntaxError with this text).
        if kw.iter().any(|(seen, _)| &**seen == k) {
            return Err(Exception::type_error(format!(
                "keyword argument repeated: {k}"
            )));
        }
        kw.push((Rc::from(k), v.into_py()?.0));
    }
    Ok(VmArgs { pos, kw })
}

/// A mismatch's place when there is no subject to put it after.
fn at(path: &str) -> String {
    if path.is_empty() {
        String::new()
    } else {
        format!("item{path} ")
    }
}

impl std::fmt::Display for Exception {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let msg = self.message();
        if msg.is_empty() {
            f.write_str(self.type_name())
        } else {
            write!(f, "{}: {msg}", self.type_name())
        }
    }
}

impl std::fmt::Debug for Exception {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Exception({self})")
    }
}

impl std::error::Error for Exception {}

/// The running interpreter, as a native function sees it: call back into
/// Python, look at objects, write output.
///
/// A native function receives it when its first parameter is
/// `&mut Context`:
///
/// ```
/// use pyview::{Context, Exception, Interpreter, Object, Sink};
///
/// // apply(f, x): calls a Python callable from Rust.
/// fn apply(ctx: &mut Context, f: Object, x: i64) -> Result<Object, Exception> {
///     ctx.call(&f, (x,))
/// }
///
/// let out = Sink::capture();
/// let mut py = Interpreter::builder().stdout(out.clone()).build();
/// py.add_function("apply", apply);
/// py.run("print(apply(lambda n: n * 10, 4))", "<demo>")?;
/// assert_eq!(out.text(), "40\n");
/// # Ok::<(), pyview::Error>(())
/// ```
pub struct Context<'a> {
    pub(crate) vm: &'a mut Vm,
}

impl Context<'_> {
    /// Calls a Python callable; its exception comes back as `Err`, ready
    /// to be passed on with `?`.
    pub fn call(&mut self, func: &Object, args: impl IntoArgs) -> Result<Object, Exception> {
        let args = args.into_args()?.into_iter().map(|o| o.0).collect();
        self.vm
            .call(&func.0, VmArgs::new(args))
            .map(Object)
            .map_err(Exception::from_err)
    }

    /// Calls a Python callable with keyword arguments too: `kwargs` are
    /// pairs of a name and an [`IntoPy`] value (an [`Object`] when their
    /// types differ).
    ///
    /// ```
    /// use pyview::{Context, Exception, Interpreter, Object};
    ///
    /// // descending(f, items): f(items, reverse=True)
    /// fn descending(ctx: &mut Context, f: Object, items: Object) -> Result<Object, Exception> {
    ///     ctx.call_kw(&f, (items,), [("reverse", true)])
    /// }
    ///
    /// let mut py = Interpreter::new();
    /// py.add_function("descending", descending);
    /// assert_eq!(py.eval::<Vec<i64>>("descending(sorted, [2, 3, 1])")?, [3, 2, 1]);
    /// # Ok::<(), pyview::Error>(())
    /// ```
    pub fn call_kw<K: AsRef<str>, V: IntoPy>(
        &mut self,
        func: &Object,
        args: impl IntoArgs,
        kwargs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<Object, Exception> {
        let args = vm_args(args, kwargs)?;
        self.vm
            .call(&func.0, args)
            .map(Object)
            .map_err(Exception::from_err)
    }

    /// `obj.name(*args)`.
    pub fn call_method(
        &mut self,
        obj: &Object,
        name: &str,
        args: impl IntoArgs,
    ) -> Result<Object, Exception> {
        let args = args.into_args()?.into_iter().map(|o| o.0).collect();
        self.vm
            .call_method(&obj.0, name, VmArgs::new(args))
            .map(Object)
            .map_err(Exception::from_err)
    }

    /// `getattr(obj, name)`.
    pub fn getattr(&mut self, obj: &Object, name: &str) -> Result<Object, Exception> {
        self.vm
            .getattr(&obj.0, name)
            .map(Object)
            .map_err(Exception::from_err)
    }

    /// `repr(obj)`, running `__repr__` of user classes.
    pub fn repr(&mut self, obj: &Object) -> Result<String, Exception> {
        self.vm.repr_of(&obj.0).map_err(Exception::from_err)
    }

    /// `str(obj)`, running `__str__` of user classes.
    pub fn str(&mut self, obj: &Object) -> Result<String, Exception> {
        self.vm.str_of(&obj.0).map_err(Exception::from_err)
    }

    /// Writes `text` to `sys.stdout`, counted against the output limit.
    pub fn print(&mut self, text: &str) -> Result<(), Exception> {
        self.vm
            .write_stream(pyview_vm::value::Stream::Stdout, text.as_bytes())
            .map_err(Exception::from_err)
    }

    /// A global variable of the main module.
    pub fn global(&self, name: &str) -> Option<Object> {
        self.vm.globals.get(name).map(Object)
    }

    /// Sets a global variable of the main module.
    pub fn set_global(&mut self, name: &str, value: impl IntoPy) -> Result<(), Exception> {
        let v = value.into_py()?;
        self.vm.globals.set(name, v.0);
        Ok(())
    }
}

/// The arguments of a call, for native functions that take any number
/// of arguments or keyword arguments (a closure
/// `Fn(&mut Context, Args) -> R`).
///
/// ```
/// use pyview::{Args, Context, Exception, Interpreter, Sink};
///
/// // total(*numbers, scale=1)
/// fn total(_: &mut Context, args: Args) -> Result<f64, Exception> {
///     args.allow_keywords(&["scale"])?;
///     let mut sum = 0.0;
///     for i in 0..args.len() {
///         sum += args.get::<f64>(i)?;
///     }
///     Ok(sum * args.keyword::<f64>("scale")?.unwrap_or(1.0))
/// }
///
/// let out = Sink::capture();
/// let mut py = Interpreter::builder().stdout(out.clone()).stderr(Sink::Discard).build();
/// py.add_function("total", total);
/// py.run("print(total(1, 2, 3.5, scale=2))", "<demo>")?;
/// assert_eq!(out.text(), "13.0\n");
/// let err = py.run("total(1, 'x')", "<demo>").unwrap_err();
/// assert_eq!(err.message(), "total() argument 2 must be float, not str");
/// # Ok::<(), pyview::Error>(())
/// ```
pub struct Args {
    name: Rc<str>,
    pos: Vec<Object>,
    kw: Vec<(String, Object)>,
}

impl Args {
    /// The function's name, as its error messages show it.
    pub fn function_name(&self) -> &str {
        &self.name
    }

    /// The number of positional arguments.
    pub fn len(&self) -> usize {
        self.pos.len()
    }

    /// Whether there are no positional arguments.
    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    /// The positional arguments.
    pub fn positional(&self) -> &[Object] {
        &self.pos
    }

    /// The keyword arguments, in the order given.
    pub fn keywords(&self) -> &[(String, Object)] {
        &self.kw
    }

    /// Positional argument `i` (from 0) converted, with CPython's messages
    /// (`f() argument 2 must be int, not str`, and `f() takes at least 3
    /// arguments (2 given)` when it is missing).
    pub fn get<T: FromPy>(&self, i: usize) -> Result<T, Exception> {
        match self.pos.get(i) {
            Some(o) => convert(&self.name, i + 1, o),
            None if T::optional() => T::from_py(&Object::none()),
            None => Err(Exception::type_error(format!(
                "{}() takes at least {} argument{} ({} given)",
                self.name,
                i + 1,
                plural(i + 1),
                self.pos.len()
            ))),
        }
    }

    /// Keyword argument `name` converted, `None` when not given.
    pub fn keyword<T: FromPy>(&self, name: &str) -> Result<Option<T>, Exception> {
        match self.kw.iter().find(|(k, _)| k == name) {
            Some((_, o)) => T::from_py(o).map(Some).map_err(|e| {
                Exception::from_err(e.into_err(Some(&format!("{}() argument '{name}'", self.name))))
            }),
            None => Ok(None),
        }
    }

    /// Checks the number of positional arguments, with CPython's messages.
    pub fn check_count(&self, min: usize, max: usize) -> Result<(), Exception> {
        arity_error(&self.name, min, max, self.pos.len()).map_or(Ok(()), Err)
    }

    /// Refuses keyword arguments other than `names`:
    /// `f() got an unexpected keyword argument 'x'`, or
    /// `f() takes no keyword arguments` when `names` is empty.
    pub fn allow_keywords(&self, names: &[&str]) -> Result<(), Exception> {
        match self.kw.iter().find(|(k, _)| !names.contains(&k.as_str())) {
            None => Ok(()),
            Some(_) if names.is_empty() => Err(no_keywords(&self.name)),
            Some((k, _)) => Err(Exception::type_error(format!(
                "{}() got an unexpected keyword argument '{k}'",
                self.name
            ))),
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn no_keywords(name: &str) -> Exception {
    Exception::type_error(format!("{name}() takes no keyword arguments"))
}

/// CPython's `PyArg_ParseTuple` wording for a wrong argument count.
fn arity_error(name: &str, min: usize, max: usize, given: usize) -> Option<Exception> {
    if (min..=max).contains(&given) {
        return None;
    }
    let msg = if max == 0 {
        format!("{name}() takes no arguments ({given} given)")
    } else if min == max && max == 1 {
        format!("{name}() takes exactly one argument ({given} given)")
    } else if min == max {
        format!("{name}() takes exactly {max} arguments ({given} given)")
    } else if given < min {
        format!(
            "{name}() takes at least {min} argument{} ({given} given)",
            plural(min)
        )
    } else {
        format!(
            "{name}() takes at most {max} argument{} ({given} given)",
            plural(max)
        )
    };
    Some(Exception::type_error(msg))
}

/// Argument `i` (from 1) converted, a mismatch worded as CPython's
/// `f() argument 1 must be int, not str`.
fn convert<T: FromPy>(name: &str, i: usize, o: &Object) -> Result<T, Exception> {
    T::from_py(o)
        .map_err(|e| Exception::from_err(e.into_err(Some(&format!("{name}() argument {i}")))))
}

/// The result of a native function as a Python value.
fn result_value(r: impl IntoPy) -> Result<Value, Box<PyErr>> {
    r.into_py().map(|o| o.0).map_err(|e| e.into_err(None))
}

/// Marker types that tell the [`NativeFunction`] impls apart; never
/// named by users.
#[doc(hidden)]
pub mod marker {
    pub struct Plain<T>(std::marker::PhantomData<T>);
    pub struct WithContext<T>(std::marker::PhantomData<T>);
    pub struct Raw;
}

/// A Rust function or closure that scripts can call. Implemented for:
///
/// - `Fn(A, B, ...) -> R` with up to eight parameters of [`FromPy`] types,
///   and `R` any [`IntoPy`] type (`Result<T, Exception>` raises on `Err`);
/// - the same with a first parameter `&mut Context`, to call back into
///   Python;
/// - `Fn(&mut Context, Args) -> R`, for any number of arguments and
///   keyword arguments.
///
/// Typed functions check their arguments as CPython's C functions do:
/// `add() takes exactly 2 arguments (1 given)`, `add() argument 1 must be
/// int, not str`, `add() takes no keyword arguments`. Trailing `Option`
/// parameters may be left out (`f() takes at least 1 argument (0
/// given)`). Closure parameters need type annotations.
///
/// Closures are `Fn`: keep mutable state in a `Cell` or `RefCell` (a
/// native function may be re-entered when it calls back into Python).
///
/// ```
/// use pyview::{Interpreter, Sink};
///
/// let mut py = Interpreter::builder().stderr(Sink::Discard).build();
/// py.add_function("add", |a: i64, b: i64| a + b);
/// py.add_function("greet", |name: String, punct: Option<String>| {
///     format!("hello, {name}{}", punct.unwrap_or_default())
/// });
/// assert_eq!(py.eval::<i64>("add(2, 3)")?, 5);
/// assert_eq!(py.eval::<String>("greet('ann', '!')")?, "hello, ann!");
/// assert_eq!(py.eval::<String>("greet('bob')")?, "hello, bob");
///
/// let err = py.eval::<i64>("add(1)").unwrap_err();
/// assert_eq!(err.message(), "add() takes exactly 2 arguments (1 given)");
/// let err = py.eval::<i64>("add('1', 2)").unwrap_err();
/// assert_eq!(err.message(), "add() argument 1 must be int, not str");
/// # Ok::<(), pyview::Error>(())
/// ```
pub trait NativeFunction<Marker>: 'static {
    /// The function as the VM calls it.
    #[doc(hidden)]
    fn into_native(self, name: Rc<str>) -> Rc<NativeFn>;
}

macro_rules! native_fns {
    ($(($($t:ident $a:ident),*);)*) => {$(
        impl<F, R, $($t),*> NativeFunction<marker::Plain<(R, $($t,)*)>> for F
        where
            F: Fn($($t),*) -> R + 'static,
            R: IntoPy,
            $($t: FromPy + 'static,)*
        {
            #[allow(unused_mut, unused_variables)]
            fn into_native(self, name: Rc<str>) -> Rc<NativeFn> {
                let optional = [$($t::optional()),*];
                let max = optional.len();
                let min = max - optional.iter().rev().take_while(|o| **o).count();
                Rc::new(move |_vm: &mut Vm, args: &VmArgs| {
                    if !args.kw.is_empty() {
                        return Err(no_keywords(&name).into_err(None));
                    }
                    if let Some(e) = arity_error(&name, min, max, args.pos.len()) {
                        return Err(e.into_err(None));
                    }
                    let mut pos = args.pos.iter();
                    let mut i = 0;
                    $(
                        i += 1;
                        let $a: $t = match pos.next() {
                            Some(v) => convert(&name, i, &Object(v.clone())),
                            None => $t::from_py(&Object::none()),
                        }
                        .map_err(|e| e.into_err(None))?;
                    )*
                    result_value((self)($($a),*))
                })
            }
        }

        impl<F, R, $($t),*> NativeFunction<marker::WithContext<(R, $($t,)*)>> for F
        where
            F: Fn(&mut Context<'_>, $($t),*) -> R + 'static,
            R: IntoPy,
            $($t: FromPy + 'static,)*
        {
            #[allow(unused_mut, unused_variables)]
            fn into_native(self, name: Rc<str>) -> Rc<NativeFn> {
                let optional = [$($t::optional()),*];
                let max = optional.len();
                let min = max - optional.iter().rev().take_while(|o| **o).count();
                Rc::new(move |vm: &mut Vm, args: &VmArgs| {
                    if !args.kw.is_empty() {
                        return Err(no_keywords(&name).into_err(None));
                    }
                    if let Some(e) = arity_error(&name, min, max, args.pos.len()) {
                        return Err(e.into_err(None));
                    }
                    let mut pos = args.pos.iter();
                    let mut i = 0;
                    $(
                        i += 1;
                        let $a: $t = match pos.next() {
                            Some(v) => convert(&name, i, &Object(v.clone())),
                            None => $t::from_py(&Object::none()),
                        }
                        .map_err(|e| e.into_err(None))?;
                    )*
                    with_context(vm, |ctx| result_value((self)(ctx, $($a),*)))
                })
            }
        }
    )*};
}

native_fns! {
    ();
    (A a);
    (A a, B b);
    (A a, B b, C c);
    (A a, B b, C c, D d);
    (A a, B b, C c, D d, E e);
    (A a, B b, C c, D d, E e, G g);
    (A a, B b, C c, D d, E e, G g, H h);
    (A a, B b, C c, D d, E e, G g, H h, J j);
}

impl<F, R> NativeFunction<marker::Raw> for F
where
    F: Fn(&mut Context<'_>, Args) -> R + 'static,
    R: IntoPy,
{
    fn into_native(self, name: Rc<str>) -> Rc<NativeFn> {
        Rc::new(move |vm: &mut Vm, args: &VmArgs| {
            let call_args = Args {
                name: name.clone(),
                pos: args.pos.iter().cloned().map(Object).collect(),
                kw: args
                    .kw
                    .iter()
                    .map(|(k, v)| (k.to_string(), Object(v.clone())))
                    .collect(),
            };
            with_context(vm, |ctx| result_value((self)(ctx, call_args)))
        })
    }
}

/// Runs a native function that may call back into Python: one level of
/// the recursion limit, as CPython counts a call of a C function, so that
/// a native function re-entering itself meets RecursionError (and runs on
/// fresh stack segments, not past the thread's stack).
fn with_context(
    vm: &mut Vm,
    f: impl FnOnce(&mut Context<'_>) -> pyview_vm::PyResult<Value>,
) -> pyview_vm::PyResult<Value> {
    vm.nested(pyview_vm::exceptions::IN_CALL, |vm| f(&mut Context { vm }))
}

/// A native function as a Python value.
pub(crate) fn function_value<M>(
    name: &str,
    module: Option<&str>,
    f: impl NativeFunction<M>,
) -> Value {
    let name: Rc<str> = name.into();
    Value::Builtin(Rc::new(Builtin {
        func: f.into_native(name.clone()),
        name,
        module: module.map(Into::into),
        frame: None,
        // The host function counts its own level (see `call_native`).
        level: pyview_vm::objects::function::CallLevel::Never,
        receiver: None,
    }))
}

/// A module of native functions and constants that scripts `import`.
/// Register it with [`Interpreter::add_module`](crate::Interpreter::add_module);
/// it takes precedence over a built-in module of the same name.
///
/// ```
/// use pyview::{Interpreter, Module, Sink};
///
/// let geometry = Module::new("geometry")
///     .constant("UNIT", 1.0)
///     .function("area", |w: f64, h: f64| w * h)
///     .function("scale", |pts: Vec<(f64, f64)>, k: f64| {
///         pts.into_iter().map(|(x, y)| (x * k, y * k)).collect::<Vec<_>>()
///     });
/// let out = Sink::capture();
/// let mut py = Interpreter::builder().stdout(out.clone()).build();
/// py.add_module(geometry)?;
/// py.run("import geometry\nfrom geometry import scale\n\
///         print(geometry.area(2, 3.5), scale([(1, 2)], 10), geometry.area)", "<demo>")?;
/// assert_eq!(out.text(), "7.0 [(10.0, 20.0)] <built-in function area>\n");
/// # Ok::<(), pyview::Error>(())
/// ```
pub struct Module {
    name: String,
    attrs: Vec<(String, Result<Value, Exception>)>,
}

impl Module {
    /// An empty module named `name` (what `import name` finds).
    pub fn new(name: &str) -> Module {
        Module {
            name: name.to_string(),
            attrs: Vec::new(),
        }
    }

    /// The module's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Adds a native function (see [`NativeFunction`]).
    pub fn function<M>(mut self, name: &str, f: impl NativeFunction<M>) -> Module {
        let v = function_value(name, Some(&self.name), f);
        self.attrs.push((name.to_string(), Ok(v)));
        self
    }

    /// Adds a value; a conversion failure is reported by
    /// [`Interpreter::add_module`](crate::Interpreter::add_module).
    pub fn constant(mut self, name: &str, value: impl IntoPy) -> Module {
        let v = value.into_py().map(|o| o.0);
        self.attrs.push((name.to_string(), v));
        self
    }

    pub(crate) fn build(self) -> Result<(String, Value), Exception> {
        // `import` can only name an identifier that is not a keyword (a
        // dotted name would be a package's submodule, not supported).
        if !pyview_vm::objects::str::is_identifier(&self.name)
            || pyview_syntax::parse::is_keyword(&self.name)
        {
            return Err(Exception::value_error(format!(
                "a native module's name must be an identifier, not {}",
                pyview_vm::ops::repr_simple(&Value::str(&self.name))
            )));
        }
        let attrs = self
            .attrs
            .into_iter()
            .map(|(k, v)| v.map(|v| (k, v)))
            .collect::<Result<Vec<_>, _>>()?;
        let m = PyModule::new(
            &self.name,
            attrs.iter().map(|(k, v)| (k.as_str(), v.clone())).collect(),
        );
        Ok((self.name, Value::Module(m)))
    }
}

impl std::fmt::Debug for Module {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&str> = self.attrs.iter().map(|(k, _)| k.as_str()).collect();
        write!(f, "Module({:?}, {names:?})", self.name)
    }
}
