# Tracebacks through @contextmanager show contextlib's frames at CPython's
# line numbers.
import contextlib
import traceback


@contextlib.contextmanager
def before():
    raise ValueError("before yield")
    yield


@contextlib.contextmanager
def after():
    yield
    raise ValueError("after yield")


@contextlib.contextmanager
def twice():
    yield 1
    yield 2


@contextlib.contextmanager
def never():
    if False:
        yield


@contextlib.contextmanager
def translate():
    try:
        yield
    except KeyError:
        raise TypeError("translated")


@contextlib.contextmanager
def again():
    try:
        yield
    except Exception:
        yield


@translate()
def decorated():
    {}["k"]


for cm in [before, after, twice, never]:
    try:
        with cm():
            pass
    except Exception:
        traceback.print_exc()
try:
    with translate():
        {}["x"]
except TypeError:
    traceback.print_exc()
try:
    with again():
        raise ValueError("w")
except RuntimeError:
    traceback.print_exc()
try:
    decorated()
except TypeError:
    traceback.print_exc()
