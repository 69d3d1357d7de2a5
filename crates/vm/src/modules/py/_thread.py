"""This module provides primitive operations to write multi-threaded programs.
The 'threading' module provides a more convenient interface.

pyview's `_thread` (CPython's is C, so tracebacks leave out its frames).
pyview's evaluator runs one Python frame at a time and cannot suspend
one that is not a generator, so a new thread runs to completion inside
`start_new_thread`, which returns once it has ended. `get_ident` names the
thread whose code runs now: the innermost one started. A lock that would
have to wait for another thread to release it waits only for a timeout
(then fails, as CPython's would if nothing released it); without one it
would wait forever, so it raises RuntimeError instead."""

from time import sleep as _sleep

__all__ = []

error = RuntimeError

# CPython's: the largest timeout PyThread's lock functions take, in seconds.
TIMEOUT_MAX = 9223372036.0

# Stand-ins for pthread handles and kernel thread ids: the main thread
# first, then one more for each thread started.
_MAIN_IDENT = 140245392611136
_IDENT_STEP = 8392704


def _main_native_id():
    try:
        from posix import getpid
        return getpid()
    except Exception:
        return 1


# The threads running now, innermost last: (ident, native id).
_running = [(_MAIN_IDENT, _main_native_id())]
_started = 0
_interrupt = None


def get_ident():
    """get_ident() -> integer

Return a non-zero integer that uniquely identifies the current thread
amongst other threads that exist simultaneously."""
    return _running[-1][0]


def get_native_id():
    """get_native_id() -> integer

Return a non-negative integer identifying the thread as reported
by the OS (kernel)."""
    return _running[-1][1]


def _count():
    """_count() -> integer

Return the number of currently running Python threads, excluding
the main thread."""
    return len(_running) - 1


def _would_block(what):
    raise RuntimeError("%s would block forever: pyview runs a single thread" % what)


_UNSET_NS = -1000000000


def _timeout_ns(timeout):
    # CPython's _PyTime_FromSecondsObject (rounding away from zero): the
    # timeout in nanoseconds, which must fit a signed 64-bit integer.
    if isinstance(timeout, float):
        if timeout != timeout:
            raise ValueError("Invalid value NaN (not a number)")
        d = timeout * 1e9
        if not (-9223372036854775808.0 <= d < 9223372036854775808.0):
            raise OverflowError("timestamp out of range for platform time_t")
        n = int(d)
        if n != d:
            n += 1 if d > 0 else -1
        return n
    n = timeout.__index__() * 1000000000
    if not (-9223372036854775808 <= n <= 9223372036854775807):
        raise OverflowError("timestamp too large to convert to C _PyTime_t")
    return n


def _check_timeout(blocking, timeout):
    # The order of CPython's lock_acquire_parse_args: conversion errors
    # first, then the combination of arguments, then the range.
    ns = _timeout_ns(timeout)
    if not blocking and ns != _UNSET_NS:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if ns < 0 and ns != _UNSET_NS:
        raise ValueError("timeout value must be positive")
    if blocking and ns != _UNSET_NS and -(-ns // 1000) > 9223372036854775:
        raise OverflowError("timeout value is too large")


def _wait_failed(what, blocking, timeout):
    # Nothing can release the lock while this thread waits on it.
    if not blocking:
        return False
    if timeout == -1:
        _would_block(what)
    _sleep(timeout)
    return False


class LockType:
    """A lock object is a synchronization primitive."""

    def __reduce_ex__(self, protocol):
        # CPython's locks have no state a copy or a pickle could carry.
        raise TypeError("cannot pickle '_thread.lock' object")

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        """Lock the lock."""
        _check_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        return _wait_failed("Lock.acquire() on a held lock", blocking, timeout)

    def release(self):
        """Release the lock."""
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        """Test whether the lock is currently locked."""
        return self._locked

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        return "<%s %s.%s object at %#x>" % (
            "locked" if self._locked else "unlocked",
            self.__class__.__module__, self.__class__.__qualname__, id(self))


LockType.__name__ = LockType.__qualname__ = "lock"


def allocate_lock():
    """allocate_lock() -> lock object

Create a new lock object. See help(type(threading.Lock())) for
information about locks."""
    return LockType()


allocate = allocate_lock


class RLock:
    def __reduce_ex__(self, protocol):
        # CPython's locks have no state a copy or a pickle could carry.
        raise TypeError("cannot pickle '_thread.RLock' object")

    def __init__(self, *args, **kwargs):
        self._owner = 0
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        me = get_ident()
        if self._count == 0 or self._owner == me:
            self._owner = me
            self._count += 1
            return True
        return _wait_failed("RLock.acquire() on a lock another thread holds", blocking, timeout)

    def release(self):
        if self._count == 0 or self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = 0

    def locked(self):
        return self._count > 0

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return self._count > 0 and self._owner == get_ident()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = 0
        return state

    def _acquire_restore(self, state):
        self._count, self._owner = state

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0

    def _at_fork_reinit(self):
        self._owner = 0
        self._count = 0

    def __repr__(self):
        return "<%s %s.%s object owner=%d count=%d at %#x>" % (
            "locked" if self._count else "unlocked",
            self.__class__.__module__, self.__class__.__qualname__,
            self._owner, self._count, id(self))


_set_type_name(LockType, "_thread.lock")
_set_type_name(RLock, "_thread.RLock")
del _set_type_name


class _local:
    """Thread-local data"""

    def __new__(cls, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__args', (args, kw))
        object.__setattr__(self, '_local__dicts', {get_ident(): {}})
        return self

    def __getattribute__(self, name):
        if name == '__dict__':
            return _local_dict(self)
        d = _local_dict(self)
        if name in d and not _is_data_descriptor(type(self), name):
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        if _is_data_descriptor(type(self), name):
            return object.__setattr__(self, name, value)
        _local_dict(self)[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        if _is_data_descriptor(type(self), name):
            return object.__delattr__(self, name)
        d = _local_dict(self)
        if name not in d:
            raise AttributeError(
                "'%s' object has no attribute '%s'" % (type(self).__name__, name))
        del d[name]


def _is_data_descriptor(cls, name):
    for k in cls.__mro__:
        if name in k.__dict__:
            v = k.__dict__[name]
            t = type(v)
            return hasattr(t, '__set__') or hasattr(t, '__delete__')
    return False


def _local_dict(self):
    dicts = object.__getattribute__(self, '_local__dicts')
    me = get_ident()
    d = dicts.get(me)
    if d is None:
        # First use in this thread: a fresh namespace, set up by the
        # subclass's __init__ with the arguments the local was made with.
        d = dicts[me] = {}
        cls = type(self)
        if cls.__init__ is not object.__init__:
            args, kw = object.__getattribute__(self, '_local__args')
            cls.__init__(self, *args, **kw)
    return d


def _new_ident():
    """The ident and native id of another thread."""
    global _started
    _started += 1
    return _MAIN_IDENT + _started * _IDENT_STEP, _running[0][1] + _started


def _run_as(ident, native, function, *args):
    """Runs function(*args) as the code of the thread `ident` (one that
    lives on, as an executor's worker does between its calls)."""
    _running.append((ident, native))
    try:
        return function(*args)
    finally:
        _running.pop()


def start_new_thread(function, args, kwargs=None):
    """start_new_thread(function, args[, kwargs])
(start_new() is an obsolete synonym)

Start a new thread and return its identifier.

pyview runs the thread to completion before returning."""
    global _interrupt
    if not callable(function):
        raise TypeError("first arg must be callable")
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    ident, native = _new_ident()
    _running.append((ident, native))
    try:
        function(*args, **(kwargs or {}))
    except SystemExit:
        pass
    except KeyboardInterrupt:
        # Ctrl-C is the main thread's (it runs this one's code).
        raise
    except BaseException as e:
        _unraisable(e, function)
    finally:
        _running.pop()
    if _interrupt is not None and len(_running) == 1:
        signum, _interrupt = _interrupt, None
        _raise_signal(signum)
    return ident


start_new = start_new_thread


def _unraisable(exc, function):
    import sys
    hook = getattr(sys, 'unraisablehook', None)
    stderr = sys.stderr
    if stderr is None:
        return
    # CPython's default sys.unraisablehook.
    from traceback import print_exception
    print("Exception ignored in thread started by: %r" % (function,), file=stderr)
    print_exception(type(exc), exc, exc.__traceback__, file=stderr)
    stderr.flush()


def exit():
    """exit()
(exit_thread() is an obsolete synonym)

This is synonymous to ``raise SystemExit''.  It will cause the current
thread to exit silently unless the exception is caught."""
    raise SystemExit


exit_thread = exit


def stack_size(size=0):
    """stack_size([size]) -> size

Return the thread stack size used when creating new threads."""
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


def _raise_signal(signum):
    if signum == 2:
        raise KeyboardInterrupt


def interrupt_main(signum=2, /):
    """interrupt_main(signum=signal.SIGINT, /)

Simulate the arrival of the given signal in the main thread,
where the corresponding signal handler will be executed.

In pyview the main thread sees it once the thread that asked has ended
(at once if that is the main thread)."""
    global _interrupt
    if len(_running) == 1:
        _raise_signal(signum)
    else:
        _interrupt = signum


def _set_sentinel():
    """_set_sentinel() -> lock

Set a sentinel lock that will be released when the current thread
state is finalized."""
    return allocate_lock()


class _ExceptHookArgs(tuple):
    """ExceptHookArgs

Type used to pass arguments to threading.excepthook."""

    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError(
                "_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)" % len(args))
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0], doc="Exception type")
    exc_value = property(lambda self: self[1], doc="Exception value")
    exc_traceback = property(lambda self: self[2], doc="Exception traceback")
    thread = property(lambda self: self[3], doc="Thread")

    def __repr__(self):
        return "_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)" % tuple(self)


def _excepthook(args, /):
    """excepthook(exc_type, exc_value, exc_traceback, thread)

Handle uncaught Thread.run() exception."""
    import sys
    if type(args) is not _ExceptHookArgs:
        raise TypeError("_thread._excepthook argument type must be ExceptHookArgs")
    exc_type, exc_value, exc_tb, thread = args
    if exc_type is SystemExit:
        return
    stderr = sys.stderr
    if stderr is None:
        stderr = getattr(thread, '_stderr', None)
        if stderr is None:
            return
    name = getattr(thread, 'name', None) if thread is not None else None
    if name is None:
        name = get_ident()
    from traceback import print_exception
    print("Exception in thread %s:" % (name,), file=stderr)
    print_exception(exc_type, exc_value, exc_tb, file=stderr)
    stderr.flush()
