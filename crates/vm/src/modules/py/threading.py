"""Thread module emulating a subset of Java's threading model.

pyview's `threading`, over its `_thread`. pyview's evaluator runs one
Python frame at a time and cannot suspend a frame that is not a
generator, so threads run to completion: `Thread.start()` runs the
thread's `run()` before it returns (as CPython's output shows for short
threads started, then joined), and `current_thread()` inside it is that
thread. A `Timer` is the exception: it waits to run until it is joined,
something waits (an `Event`, a `Condition`, a lock), or the program
ends; cancelled first, it never runs.

Nothing else can run while a thread waits, so a wait that only another
thread could end (`Event.wait()` on an unset event, a `Condition` wait,
a lock another thread holds, a `Barrier` of more than one party, a join
of a thread that has not ended) waits out its timeout and fails, as
CPython's would if nobody came; without a timeout it could never end:
it raises RuntimeError (`BrokenBarrierError` for a barrier) instead.
Line numbers in tracebacks are those of CPython's threading.py.
"""

import sys as _sys
import _thread

from time import monotonic as _time
from time import sleep as _sleep
from itertools import count as _count
from collections import deque as _deque

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
_HAVE_THREAD_NATIVE_ID = True
ThreadError = _thread.error
_CRLock = _thread.RLock
TIMEOUT_MAX = _thread.TIMEOUT_MAX
del _thread

_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Set a profile function for all threads started from the threading module."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _profile_hook


def settrace(func):
    """Set a trace function for all threads started from the threading module."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _trace_hook


Lock = _allocate_lock


def RLock(*args, **kwargs):
    """Factory function that returns a new reentrant lock."""
    return _CRLock(*args, **kwargs)


def _would_block(what):
    raise RuntimeError("%s would block forever: pyview runs a single thread" % what)


#@line 231
class Condition:
    """Class that implements a condition variable."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        try:
            self._release_save = lock._release_save
        except AttributeError:
            pass
        try:
            self._acquire_restore = lock._acquire_restore
        except AttributeError:
            pass
        try:
            self._is_owned = lock._is_owned
        except AttributeError:
            pass
        self._waiters = _deque()

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters.clear()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        else:
            return True

    def wait(self, timeout=None):
        """Wait until notified or until a timeout occurs.

        pyview: nothing can notify while this thread waits, so the wait
        lasts its timeout and returns False (without one it raises
        RuntimeError)."""
        #@line 318
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        saved_state = self._release_save()
        try:
            if timeout is None:
                _would_block("Condition.wait() without a timeout")
            if timeout > 0:
                _sleep(timeout)
            return False
        finally:
            self._acquire_restore(saved_state)

    def wait_for(self, predicate, timeout=None):
        """Wait until a condition evaluates to True."""
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up one or more threads waiting on this condition, if any."""
        #@line 376
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Wake up all threads waiting on this condition."""
        import warnings
        warnings.warn('notifyAll() is deprecated, use notify_all() instead',
                      DeprecationWarning, stacklevel=2)
        self.notify_all()


#@line 417
class Semaphore:
    """This class implements semaphore objects."""

    def __init__(self, value=1):
        #@line 430
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Acquire a semaphore, decrementing the internal counter by one."""
        #@line 464
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value == 0 and blocking:
            _run_timers(timeout, lambda: self._value > 0)
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        if timeout is None:
            _would_block("Semaphore.acquire() with no value left")
        if timeout > 0:
            _sleep(timeout)
        return False

    __enter__ = acquire

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by one or more."""
        #@line 494
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


#@line 505
class BoundedSemaphore(Semaphore):
    """Implements a bounded semaphore."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by one or more."""
        #@line 541
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n


#@line 551
class Event:
    """Class implementing event objects."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        """Return true if and only if the internal flag is true."""
        return self._flag

    def isSet(self):
        """Return true if and only if the internal flag is true."""
        import warnings
        warnings.warn('isSet() is deprecated, use is_set() instead',
                      DeprecationWarning, stacklevel=2)
        return self.is_set()

    def set(self):
        """Set the internal flag to true."""
        self._flag = True

    def clear(self):
        """Reset the internal flag to false."""
        self._flag = False

    def wait(self, timeout=None):
        """Block until the internal flag is true.

        pyview: only a pending Timer can set the flag while this thread
        waits; failing that, the wait lasts its timeout and returns False
        (without one it raises RuntimeError)."""
        if not self._flag:
            _run_timers(timeout, lambda: self._flag)
        if self._flag:
            return True
        if timeout is None:
            _would_block("Event.wait() on an unset event")
        if timeout > 0:
            _sleep(timeout)
        return False


#@line 644
class Barrier:
    """Implements a Barrier."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for the barrier.

        pyview: the other parties can only arrive after this thread's
        wait, so a barrier of more than one party breaks (after the
        timeout, if there is one)."""
        #@line 685
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter() # Block while the barrier drains.
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    #@line 694
                    self._release()
                else:
                    #@line 697
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        #@line 711
        if self._state < 0:
            raise BrokenBarrierError

    def _release(self):
        #@line 718
        try:
            if self._action:
                self._action()
            self._state = 1
        except:
            self._break()
            raise

    def _wait(self, timeout):
        #@line 731
        if timeout is not None and timeout > 0:
            _sleep(timeout)
        if self._state == 0:
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0

    def reset(self):
        """Reset the barrier to the initial state."""
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0

    def abort(self):
        """Place the barrier into a 'broken' state."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2

    @property
    def parties(self):
        """Return the number of threads required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """Return the number of threads currently waiting at the barrier."""
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        """Return True if the barrier is in a broken state."""
        return self._state == -2


#@line 805
class BrokenBarrierError(RuntimeError):
    pass


#@line 810
_counter = _count(1).__next__
def _newname(name_template):
    return name_template % _counter()


_active = {}    # maps thread id to Thread object
_limbo = {}

# Started Timers that have not run yet, in the order they were started.
_pending_timers = []


#@line 845
class Thread:
    """A class that represents a thread of control.

    This class can be safely subclassed in a limited fashion. There are two
    ways to specify the activity: by passing a callable object to the
    constructor, or by overriding the run() method in a subclass.

    """

    _initialized = False
    # Whether start() leaves the thread to run later (Timers do).
    _deferred = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        """This constructor should always be called with keyword arguments."""
        #@line 879
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass

        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._running = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        #@line 932
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity.

        pyview runs it to completion here (a Timer waits to run until it
        is joined or the program ends)."""
        #@line 955
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")

        if self._started.is_set():
            raise RuntimeError("threads can only be started once")

        _limbo[self] = self
        if self._deferred:
            self._started.set()
            _pending_timers.append(self)
            return
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            del _limbo[self]
            raise

    def run(self):
        """Method representing the thread's activity."""
        #@line 980
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Avoid a refcycle if the thread is running a function with
            # an argument that has a member that points to the thread.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._bootstrap_inner()
        except:
            if self._daemonic and _sys is None:
                return
            raise

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _run_deferred(self):
        _pending_timers.remove(self)
        if not _pending_timers:
            _restore_sleep()
        _start_new_thread(self._bootstrap, ())

    #@line 1028
    def _bootstrap_inner(self):
        try:
            self._set_ident()
            self._set_native_id()
            self._started.set()
            self._running = True
            _active[self._ident] = self
            del _limbo[self]

            if _trace_hook:
                _sys.settrace(_trace_hook)
            if _profile_hook:
                _sys.setprofile(_profile_hook)

            try:
                #@line 1045
                self.run()
            except KeyboardInterrupt:
                # Ctrl-C is the main thread's (it runs this one's code).
                raise
            except:
                self._invoke_excepthook(self)
        finally:
            self._delete()

    def _stop(self):
        self._is_stopped = True
        self._running = False

    def _delete(self):
        "Remove current thread from the dict of currently running threads."
        self._stop()
        del _active[get_ident()]

    def join(self, timeout=None):
        """Wait until the thread terminates.

        pyview: a started thread has ended unless it is one of the threads
        whose code runs now (it started this one): that join lasts its
        timeout (without one it raises RuntimeError)."""
        #@line 1111
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

        if self in _pending_timers:
            if timeout is None:
                _run_timers(None, lambda: self not in _pending_timers)
            elif self._deadline <= _time() + max(timeout, 0):
                _run_timers(max(timeout, 0), lambda: self not in _pending_timers)
            else:
                _sleep(max(timeout, 0))
                return
        if not self._is_stopped:
            if timeout is None:
                _would_block("join() of a thread that started the current one")
            _sleep(max(timeout, 0))

    @property
    def name(self):
        """A string used for identification purposes only."""
        #@line 1160
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """Thread identifier of this thread or None if it has not been started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """Native integral thread ID of this thread, or None if it has not been started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """Return whether the thread is alive."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        return True

    @property
    def daemon(self):
        """A boolean value indicating whether this thread is a daemon thread."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        #@line 1223
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Return whether this thread is a daemon."""
        import warnings
        warnings.warn('isDaemon() is deprecated, get the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.daemon

    def setDaemon(self, daemonic):
        """Set whether this thread is a daemon."""
        import warnings
        warnings.warn('setDaemon() is deprecated, set the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.daemon = daemonic

    def getName(self):
        """Return a string used for identification purposes only."""
        import warnings
        warnings.warn('getName() is deprecated, get the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.name

    def setName(self, name):
        """Set the name string for this thread."""
        import warnings
        warnings.warn('setName() is deprecated, set the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.name = name


from _thread import (_excepthook as excepthook,
                     _ExceptHookArgs as ExceptHookArgs)

__excepthook__ = excepthook


def _make_invoke_excepthook():
    old_excepthook = excepthook
    old_sys_excepthook = _sys.excepthook
    if old_excepthook is None:
        raise RuntimeError("threading.excepthook is None")
    if old_sys_excepthook is None:
        raise RuntimeError("sys.excepthook is None")

    sys_exc_info = _sys.exc_info
    local_print = print
    local_sys = _sys

    def invoke_excepthook(thread):
        global excepthook
        try:
            hook = excepthook
            if hook is None:
                hook = old_excepthook

            args = ExceptHookArgs([*sys_exc_info(), thread])

            #@line 1349
            hook(args)
        except Exception as exc:
            exc.__suppress_context__ = True
            del exc

            if local_sys is not None and local_sys.stderr is not None:
                stderr = local_sys.stderr
            else:
                stderr = thread._stderr

            local_print("Exception in threading.excepthook:",
                        file=stderr, flush=True)

            if local_sys is not None and local_sys.excepthook is not None:
                sys_excepthook = local_sys.excepthook
            else:
                sys_excepthook = old_sys_excepthook

            sys_excepthook(*sys_exc_info())
        finally:
            # Break reference cycle (exception stored in a variable)
            args = None

    return invoke_excepthook


class Timer(Thread):
    """Call a function after a specified number of seconds (pyview: when
    joined, when a wait needs it, or when the program ends)."""

    _deferred = True

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def run(self):
        #@line 1399
        self.finished.wait(max(0, getattr(self, '_deadline', 0) - _time()))
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def start(self):
        self._deadline = _time() + self.interval
        Thread.start(self)
        _install_sleep()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._set_ident()
        self._set_native_id()
        self._running = True
        _active[self._ident] = self


class _DummyThread(Thread):

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._set_ident()
        self._set_native_id()
        _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    """Return the current Thread object, corresponding to the caller's thread of control."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Return the current Thread object, corresponding to the caller's thread of control."""
    import warnings
    warnings.warn('currentThread() is deprecated, use current_thread() instead',
                  DeprecationWarning, stacklevel=2)
    return current_thread()


def active_count():
    """Return the number of Thread objects currently alive."""
    return len(_active) + len(_limbo)


def activeCount():
    """Return the number of Thread objects currently alive."""
    import warnings
    warnings.warn('activeCount() is deprecated, use active_count() instead',
                  DeprecationWarning, stacklevel=2)
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """Return a list of all Thread objects currently alive."""
    return list(_active.values()) + list(_limbo.values())


def _timer_sleep(secs):
    """time.sleep while Timers are pending: those due during the sleep
    run when they are due."""
    if not _pending_timers or not isinstance(secs, (int, float)) or secs < 0:
        return _sleep(secs)
    end = _time() + secs
    _run_timers(secs, lambda: False)
    left = end - _time()
    if left > 0:
        _sleep(left)


def _install_sleep():
    import time
    if _pending_timers and time.sleep is _sleep:
        time.sleep = _timer_sleep


def _restore_sleep():
    import time
    if time.sleep is _timer_sleep:
        time.sleep = _sleep


def _run_timers(timeout, done):
    """Runs the pending Timers that are due within `timeout` (all of
    them for None), earliest first, until `done()` holds."""
    limit = None if timeout is None else _time() + timeout
    while _pending_timers and not done():
        timer = min(_pending_timers, key=lambda t: t._deadline)
        if limit is not None and timer._deadline > limit:
            break
        timer._run_deferred()


def _adopt(thread):
    """Makes `thread` a started thread that lives on (an executor's
    worker), with an ident of its own but no code running yet."""
    import _thread
    thread._ident, thread._native_id = _thread._new_ident()
    thread._started.set()
    _active[thread._ident] = thread


def _run_in(thread, function, *args):
    """Runs function(*args) as code of the adopted `thread`."""
    import _thread
    return _thread._run_as(thread._ident, thread._native_id, function, *args)


def _retire(thread):
    """Ends an adopted thread."""
    thread._stop()
    _active.pop(thread._ident, None)


_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    if _threading_atexits is None:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


from _thread import stack_size

_main_thread = _MainThread()


def _shutdown():
    """Runs at exit: the Timers still pending that are not daemons (as
    CPython waits for its non-daemon threads), then the callbacks of
    _register_atexit."""
    global _SHUTTING_DOWN, _threading_atexits
    while True:
        timers = [t for t in _pending_timers if not t._daemonic]
        if not timers:
            break
        min(timers, key=lambda t: t._deadline)._run_deferred()
    _SHUTTING_DOWN = True
    for atexit_call in reversed(_threading_atexits):
        atexit_call()
    _threading_atexits = None


def main_thread():
    """Return the main thread object."""
    return _main_thread


from _thread import _local as local


def _after_fork():
    pass


import atexit as _atexit
_atexit.register(_shutdown)
del _atexit
