"""A minimal asyncio: one single-threaded event loop over coroutines.

Supported: run, sleep (really sleeps, so measured times match), gather,
create_task, ensure_future, wait_for, wait, as_completed, shield,
current_task, all_tasks, get_event_loop, get_running_loop,
new_event_loop, set_event_loop, iscoroutine, iscoroutinefunction,
timeout; Future, Task (names, cancel with messages, done callbacks),
Queue (with task_done/join), LifoQueue, PriorityQueue, Lock, Event,
Semaphore, BoundedSemaphore, Condition; the loop's call_soon, call_later,
call_at, time, create_future, create_task, run_until_complete,
run_forever, stop, close. CancelledError, TimeoutError,
InvalidStateError, QueueEmpty, QueueFull.

Not supported: I/O (streams, sockets, subprocesses, signals), threads
(to_thread, run_in_executor), TaskGroup, contextvars, debug mode, the
"Task exception was never retrieved" / "coroutine ... was never awaited"
reports of the loop, and CPython's frames inside asyncio in tracebacks
(an error escaping asyncio.run shows this module's frames instead).
"""

import heapq as _heapq
import time as _time
from collections import deque as _deque

__all__ = [
    "run", "sleep", "gather", "create_task", "ensure_future", "wait_for",
    "wait", "as_completed", "shield", "current_task", "all_tasks",
    "get_event_loop", "get_running_loop", "new_event_loop",
    "set_event_loop", "iscoroutine", "iscoroutinefunction", "timeout",
    "Future", "Task", "Queue", "LifoQueue", "PriorityQueue", "Lock",
    "Event", "Semaphore", "BoundedSemaphore", "Condition",
    "CancelledError", "TimeoutError", "InvalidStateError", "QueueEmpty",
    "QueueFull", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED",
]


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""


CancelledError.__module__ = "asyncio.exceptions"
InvalidStateError.__module__ = "asyncio.exceptions"
QueueEmpty.__module__ = "asyncio.queues"
QueueFull.__module__ = "asyncio.queues"

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"

_running_loop = None
_event_loop = None
_current_tasks = {}


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine"


def iscoroutinefunction(func):
    flags = getattr(func, "_is_coroutine", None)
    if flags is not None:
        return True
    try:
        import inspect
        return inspect.iscoroutinefunction(func)
    except Exception:
        return False


class Handle:
    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        self._callback(*self._args)


class TimerHandle(Handle):
    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when

    def when(self):
        return self._when


class AbstractEventLoop:
    pass


#@file asyncio/base_events.py
class _Loop(AbstractEventLoop):
    def __init__(self):
        self._ready = _deque()
        self._timers = []
        self._seq = 0
        self._stopping = False
        self._closed = False
        self._running = False

    def __repr__(self):
        return (f"<_UnixSelectorEventLoop running={self._running} "
                f"closed={self._closed} debug=False>")

    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        h = Handle(callback, args, self)
        self._ready.append(h)
        return h

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        h = TimerHandle(when, callback, args, self)
        self._seq += 1
        _heapq.heappush(self._timers, (when, self._seq, h))
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        self._closed = True
        self._ready.clear()
        self._timers.clear()

    def run_forever(self):
        global _running_loop
        self._check_closed()
        if self._running:
            raise RuntimeError("This event loop is already running")
        if _running_loop is not None:
            raise RuntimeError(
                "Cannot run the event loop while another loop is running")
        self._running = True
        _running_loop = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None

    def run_until_complete(self, future):
        self._check_closed()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(_stop_loop)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        #@line 653
        return future.result()

    def _run_once(self):
        timers = self._timers
        while timers and timers[0][2]._cancelled:
            _heapq.heappop(timers)
        if not self._ready and timers:
            # Nothing to do before the next timer: wait for it.
            delay = timers[0][0] - self.time()
            if delay > 0:
                _time.sleep(delay)
        if not self._ready and not timers:
            # Nothing can ever happen again (CPython would block forever).
            self._stopping = True
            return
        now = self.time()
        while timers and timers[0][0] <= now:
            h = _heapq.heappop(timers)[2]
            if not h._cancelled:
                self._ready.append(h)
        for _ in range(len(self._ready)):
            h = self._ready.popleft()
            if not h._cancelled:
                h._run()


#@file _asyncio.py
def _stop_loop(fut):
    fut._loop.stop()


def isfuture(obj):
    return getattr(obj, "_asyncio_future_blocking", None) is not None


class Future:
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def __repr__(self):
        info = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                info += f" exception={self._exception!r}"
            else:
                info += f" result={self._result!r}"
        return f"<{type(self).__name__} {info}>"

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def _make_cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not set.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f != fn]
        n = len(self._callbacks) - len(kept)
        self._callbacks[:] = kept
        return n

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        self._callbacks[:] = []
        for fn in callbacks:
            self._loop.call_soon(fn, self)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(f"{self._state}: {self!r}")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(f"{self._state}: {self!r}")
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


_task_counter = 0
_all_tasks = []


class Task(Future):
    def __init__(self, coro, *, loop=None, name=None):
        global _task_counter
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        _task_counter += 1
        self._name = str(name) if name is not None else f"Task-{_task_counter}"
        self._coro = coro
        self._must_cancel = False
        self._fut_waiter = None
        self._loop.call_soon(self._Task__step)
        _all_tasks.append(self)

    def __repr__(self):
        info = self._state.lower()
        coro = getattr(self._coro, "__qualname__", "?")
        if self._state == _FINISHED:
            if self._exception is not None:
                return (f"<Task finished name='{self._name}' coro=<{coro}() done>"
                        f" exception={self._exception!r}>")
            return (f"<Task finished name='{self._name}' coro=<{coro}() done>"
                    f" result={self._result!r}>")
        if self._state == _CANCELLED:
            return f"<Task cancelled name='{self._name}' coro=<{coro}() done>>"
        return f"<Task {info} name='{self._name}' coro=<{coro}() running>>"

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def __step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _current_tasks[id(self._loop)] = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, e.value)
        except CancelledError as e:
            self._cancel_message = e.args[0] if e.args else None
            Future.cancel(self, msg=self._cancel_message)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            blocking = getattr(result, "_asyncio_future_blocking", None)
            if blocking is not None:
                if blocking:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self._Task__wakeup)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
                else:
                    self._loop.call_soon(
                        self._Task__step,
                        RuntimeError(f"yield was used instead of yield from "
                                     f"in task {self!r} with {result!r}"))
            elif result is None:
                # A bare yield (sleep(0)): run again at the next pass.
                self._loop.call_soon(self._Task__step)
            else:
                self._loop.call_soon(
                    self._Task__step,
                    RuntimeError(f"Task got bad yield: {result!r}"))
        finally:
            _current_tasks.pop(id(self._loop), None)

    def __wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self.__step(exc)
        else:
            self.__step()


#@file asyncio/tasks.py
def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        return coro_or_future
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(coro_or_future):
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, "__await__"):
        return loop.create_task(_wrap_awaitable(coro_or_future))
    raise TypeError("An asyncio.Future, a coroutine or an awaitable "
                    "is required")


async def _wrap_awaitable(awaitable):
    return await awaitable


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None:
        _event_loop = _Loop()
    return _event_loop


def new_event_loop():
    return _Loop()


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(id(loop))


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in _all_tasks if t._loop is loop and not t.done()}


#@file asyncio/runners.py
class _Runner:
    def __init__(self, loop):
        self._loop = loop

    #@line 86
    def run(self, coro):
        """Run a coroutine inside the embedded event loop."""
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        task = self._loop.create_task(coro)
        #@line 118
        return self._loop.run_until_complete(task)


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError(
            "asyncio.run() cannot be called from a running event loop")
    loop = new_event_loop()
    set_event_loop(loop)
    runner = _Runner(loop)
    try:
        #@line 190
        return runner.run(main)
    finally:
        try:
            _cancel_all_tasks(loop)
        finally:
            set_event_loop(None)
            loop.close()


#@file asyncio/tasks.py
def _cancel_all_tasks(loop):
    to_cancel = [t for t in _all_tasks if t._loop is loop and not t.done()]
    _all_tasks[:] = [t for t in _all_tasks if t._loop is not loop]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))


@__import__("types").coroutine
def _sleep0():
    yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    loop = None
    arg_to_fut = {}
    children = []
    for arg in coros_or_futures:
        key = id(arg)
        if key not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut._loop
            arg_to_fut[key] = fut
        children.append(arg_to_fut[key])
    outer = _GatheringFuture(children, loop=loop)
    state = {"done": 0}
    nfuts = len(arg_to_fut)

    def _done_callback(fut):
        state["done"] += 1
        if outer.done():
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state["done"] == nfuts:
            results = []
            for f in children:
                if f.cancelled():
                    res = f._make_cancelled_error()
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    for fut in arg_to_fut.values():
        fut.add_done_callback(_done_callback)
    return outer


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner._loop
    outer = loop.create_future()

    def _inner_done(inner):
        if outer.cancelled():
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    inner.add_done_callback(_inner_done)
    return outer


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        fut.cancel()
        raise TimeoutError()
    waiter = loop.create_future()
    timed_out = []

    def _on_timeout():
        if not waiter.done():
            timed_out.append(True)
            waiter.set_result(None)

    def _on_done(f):
        if not waiter.done():
            waiter.set_result(None)

    handle = loop.call_later(timeout, _on_timeout)
    fut.add_done_callback(_on_done)
    try:
        try:
            await waiter
        except CancelledError:
            fut.remove_done_callback(_on_done)
            fut.cancel()
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(_on_done)
        fut.cancel()
        # Let the cancellation run through the task.
        inner = loop.create_future()
        fut.add_done_callback(lambda f: inner.done() or inner.set_result(None))
        await inner
        if not fut.cancelled():
            return fut.result()
        raise TimeoutError()
    finally:
        handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    loop = get_running_loop()
    fs = {ensure_future(f, loop=loop) for f in fs}
    waiter = loop.create_future()
    counter = [len(fs)]

    def _on_completion(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled()
                 and f.exception() is not None)):
            if not waiter.done():
                waiter.set_result(None)

    handle = None
    if timeout is not None:
        handle = loop.call_later(
            timeout, lambda: waiter.done() or waiter.set_result(None))
    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        if not (return_when == FIRST_COMPLETED and any(f.done() for f in fs)):
            await waiter
    finally:
        if handle is not None:
            handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    loop = get_event_loop()
    todo = [ensure_future(f, loop=loop) for f in set(fs)]
    done = _deque()

    def _on_completion(f):
        if f in todo:
            todo.remove(f)
            done.append(f)
            if waiters:
                w = waiters.pop(0)
                if not w.done():
                    w.set_result(None)

    waiters = []
    for f in todo:
        f.add_done_callback(_on_completion)

    async def _wait_for_one():
        if not done:
            w = loop.create_future()
            waiters.append(w)
            await w
        return done.popleft().result()

    for _ in range(len(todo)):
        yield _wait_for_one()


class _Timeout:
    def __init__(self, when):
        self._when = when
        self._handle = None
        self._task = None
        self._expired = False

    def when(self):
        return self._when

    def expired(self):
        return self._expired

    def reschedule(self, when):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        self._when = when
        if when is not None and self._task is not None:
            loop = get_running_loop()
            self._handle = loop.call_at(when, self._on_timeout)

    async def __aenter__(self):
        self._task = current_task()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._expired and exc_type is CancelledError:
            raise TimeoutError from exc
        return None

    def _on_timeout(self):
        self._expired = True
        self._task.cancel()
        self._handle = None


def timeout(delay):
    loop = get_running_loop()
    return _Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return _Timeout(when)


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = _deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def __repr__(self):
        return f"<{type(self).__name__} maxsize={self._maxsize!r}>"

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heapq.heappush(self._queue, item)

    def _get(self):
        return _heapq.heappop(self._queue)


class LifoQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


class Event:
    def __init__(self):
        self._waiters = _deque()
        self._value = False

    def __repr__(self):
        return f"<Event [{'set' if self._value else 'unset'}]>"

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock:
    def __init__(self):
        self._waiters = _deque()
        self._locked = False

    def __repr__(self):
        return f"<Lock [{'locked' if self._locked else 'unlocked'}]>"

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Condition:
    def __init__(self, lock=None):
        self._lock = lock if lock is not None else Lock()
        self._waiters = _deque()

    def locked(self):
        return self._lock.locked()

    async def acquire(self):
        return await self._lock.acquire()

    def release(self):
        self._lock.release()

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    async def wait(self):
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            await self.acquire()

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = _deque()

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()
