//! The `contextlib` module, written in Python and compiled when first
//! imported: `contextmanager` (usable as a decorator too), `suppress`,
//! `nullcontext`, `closing`, `redirect_stdout`, `redirect_stderr`,
//! `ContextDecorator` and `AbstractContextManager`.
//!
//! As in CPython, an exception from the `with` body that the generator
//! lets through keeps the traceback it had (the generator's frame is not
//! added), so the traceback shows only the user's frames. A traceback
//! through the generator machinery itself names this source
//! `/usr/lib/python3.11/contextlib.py` with pyview's own line numbers.
//!
//! Not supported: `ExitStack`, `asynccontextmanager`, `chdir`.

use crate::exceptions::PyResult;
use crate::interp::{Globals, Vm};
use crate::objects::module::PyModule;
use std::rc::Rc;

const SOURCE: &str = r#"
from functools import wraps as _wraps
import sys as _sys


class AbstractContextManager:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


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

    def __enter__(self):
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
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        # The body's exception keeps its own traceback when it comes back.
        saved = value.__traceback__
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value or (isinstance(value, StopIteration) and exc.__cause__ is value):
                value.__traceback__ = saved
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = saved
            return False
        raise RuntimeError("generator didn't stop after throw()")


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
