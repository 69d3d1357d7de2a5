//! The `contextlib` module, written in Python and compiled when first
//! imported: `contextmanager` (usable as a decorator too), `suppress`,
//! `nullcontext`, `closing`, `redirect_stdout`, `redirect_stderr`,
//! `ExitStack`, `ContextDecorator` and `AbstractContextManager`.
//!
//! As in CPython, an exception from the `with` body that the generator
//! lets through keeps the traceback it had (the generator's frame is not
//! added), so the traceback shows only the user's frames. A traceback
//! through the generator machinery itself names this source
//! `/usr/lib/python3.11/contextlib.py`; the lines such a traceback shows
//! (`__enter__`, `__exit__`, a decorator's call) have CPython 3.11's line
//! numbers and text, the rest pyview's own.
//!
//! Not supported: `AsyncExitStack`, `asynccontextmanager`, `chdir`.

use crate::exceptions::PyResult;
use crate::interp::{Globals, Vm};
use crate::objects::module::PyModule;
use std::rc::Rc;

const SOURCE: &str = r#"
from functools import wraps as _wraps
import sys as _sys

# The lines a traceback can show from here (ContextDecorator's call, the
# generator context manager's __enter__ and __exit__) sit at the line
# numbers they have in CPython's contextlib.py, so tracebacks match.


class AbstractContextManager:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None

#@line 73
class ContextDecorator:
    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    def __init__(self, func, args, kwds):
        self._factory = (func, args, kwds)
        self.gen = func(*args, **kwds)
        self.__doc__ = getattr(func, "__doc__", None)

    def _recreate_cm(self):
        func, args, kwds = self._factory
        return type(self)(func, args, kwds)

    #@line 132
    def __enter__(self):
        # A generator context manager is used once: the arguments that
        # would recreate it are not needed any more.
        del self._factory
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                try:
                    raise RuntimeError("generator didn't stop")
                finally:
                    self.gen.close()
        else:
            if value is None:
                # An instance, to tell the exception coming back from new ones.
                value = typ()
            saved = value.__traceback__
            try:
                self.gen.throw(typ, value, traceback)
            except StopIteration as exc:
                # A StopIteration from the body is not swallowed.
                return exc is not value
            except RuntimeError as exc:
                # The exception thrown in came back (a StopIteration
                # from the body turned into RuntimeError counts too):
                # it keeps the traceback the body gave it.
                if exc is value or (isinstance(value, StopIteration) and exc.__cause__ is value):
                    value.__traceback__ = saved
                    return False
                raise
            except BaseException as exc:
                if exc is not value:
                    raise
                exc.__traceback__ = saved
                return False
            # The generator yielded again instead of letting the exception
            # through or stopping.

            #@line 193
            try:
                raise RuntimeError("generator didn't stop after throw()")
            finally:
                self.gen.close()


def contextmanager(func):
    @_wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class suppress(AbstractContextManager):
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager):
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class closing(AbstractContextManager):
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(_sys, self._stream))
        setattr(_sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(_sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    _stream = "stderr"


class ExitStack(AbstractContextManager):
    """Runs a stack of exit callbacks, last registered first, when the
    with block ends (or at close())."""

    # The frames a traceback can show from here (a callback's wrapper, the
    # call of an entered context manager's __enter__, the callback loop and
    # re-raise in __exit__) sit at CPython's line numbers.
    @staticmethod
    #@line 467
    def _create_cb_wrapper(callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        return _exit_wrapper

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        cls = type(exit)
        try:
            exit_method = cls.__exit__
        except AttributeError:
            self._exit_callbacks.append(exit)
        else:
            # Bound to `exit` as CPython's MethodType: no frame of our own.
            self._exit_callbacks.append(exit_method.__get__(exit, cls))
        return exit

    def enter_context(self, cm):
        cls = type(cm)
        try:
            _enter = cls.__enter__
            _exit = cls.__exit__
        except AttributeError:
            #@line 515
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = _enter(cm)
        self._exit_callbacks.append(_exit.__get__(cm, cls))
        return result

    def callback(self, callback, /, *args, **kwds):
        _exit_wrapper = ExitStack._create_cb_wrapper(callback, *args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        received = exc_details[0] is not None
        # The exception being handled around the with statement: a new
        # exception from a callback is chained to the one before it, not
        # to that one.
        outer = _sys.exc_info()[1]
        suppressed = False
        pending = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                #@line 586
                if cb(*exc_details):
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _chain_to(new_exc, exc_details[1], outer)
                pending = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending:
            context = exc_details[1].__context__
            try:
                #@line 601
                raise exc_details[1]
            except BaseException:
                exc_details[1].__context__ = context
                raise
        return received and suppressed


def _chain_to(new_exc, old_exc, outer):
    # Links the end of new_exc's context chain (before `outer`) to old_exc.
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return
        if context is outer:
            break
        new_exc = context
    new_exc.__context__ = old_exc

"#;

/// Compiles and runs the module's source in a fresh namespace.
pub fn module(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let ns = Rc::new(Globals::default());
    ns.set("__name__", crate::value::Value::str("contextlib"));
    crate::namespace::run_generated(
        vm,
        SOURCE.to_string(),
        "/usr/lib/python3.11/contextlib.py",
        &ns,
    )?;
    Ok(PyModule::with_namespace("contextlib", ns))
}
