# Copyright 2009 Brian Quinlan. All Rights Reserved.
# Licensed to PSF under a Contributor Agreement.

"""Implements ThreadPoolExecutor.

pyview runs one thread at a time: `submit` runs the call at once in one
of the pool's worker threads (the first idle one, as CPython picks it;
a new one only while every worker is busy, which here means inside a
call the pool runs), so the future it returns is done. A call submitted
while every worker is busy and the pool is full runs when a worker is
free again. Line numbers in tracebacks are those of CPython's module."""

__author__ = 'Brian Quinlan (brian@sweetapp.com)'

from concurrent.futures import _base
import itertools
from collections import deque
import threading
import types
import os

_shutdown = False


def _python_exit():
    global _shutdown
    _shutdown = True


threading._register_atexit(_python_exit)


#@line 46
class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return

        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # Break a reference cycle with the exception 'exc'
            self = None
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(types.GenericAlias)


def _worker(executor, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base._logger().critical('Exception in initializer:', exc_info=True)
            executor._initializer_failed()
            return False
    return True


def _work(executor, thread):
    # Runs the queued work items as `thread`, until none is left.
    thread._busy = True
    try:
        while executor._work_queue and not executor._broken:
            work_item = executor._work_queue.popleft()
            threading._run_in(thread, work_item.run)
            del work_item
    finally:
        thread._busy = False


#@line 112
class BrokenThreadPool(_base.BrokenExecutor):
    """
    Raised when a worker thread in a ThreadPoolExecutor failed initializing.
    """


class ThreadPoolExecutor(_base.Executor):

    # Used to assign unique thread names when thread_name_prefix is not supplied.
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """Initializes a new ThreadPoolExecutor instance.

        Args:
            max_workers: The maximum number of threads that can be used to
                execute the given calls.
            thread_name_prefix: An optional name prefix to give our threads.
            initializer: A callable used to initialize worker threads.
            initargs: A tuple of arguments to pass to the initializer.
        """
        if max_workers is None:
            # ThreadPoolExecutor is often used to:
            # * CPU bound task which releases GIL
            # * I/O bound task (which releases GIL, of course)
            #
            # We use cpu_count + 4 for both types of tasks.
            # But we limit it to 32 to avoid consuming surprisingly large resource
            # on many core machine.
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = deque()
        self._threads = []
        self._broken = False
        self._shutdown = False
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        #@line 163
        if self._broken:
            raise BrokenThreadPool(self._broken)

        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        if _shutdown:
            raise RuntimeError('cannot schedule new futures after '
                               'interpreter shutdown')

        f = _base.Future()
        w = _WorkItem(f, fn, args, kwargs)

        self._work_queue.append(w)
        self._adjust_thread_count()
        return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker runs the queue; failing that a new one, while the
        # pool has room (else a busy worker runs it when it is done).
        for t in self._threads:
            if not t._busy:
                _work(self, t)
                return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self,
                                     num_threads)
            t = threading.Thread(name=thread_name)
            t._busy = False
            threading._adopt(t)
            self._threads.append(t)
            if threading._run_in(t, _worker, self,
                                 self._initializer, self._initargs):
                _work(self, t)

    def _initializer_failed(self):
        self._broken = ('A thread initializer failed, the thread pool '
                        'is not usable anymore')
        # Drain work queue and mark pending futures failed
        while self._work_queue:
            work_item = self._work_queue.popleft()
            work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            # Drain all work items from the queue, and then cancel their
            # associated futures.
            while self._work_queue:
                self._work_queue.popleft().future.cancel()
        for t in self._threads:
            if not t._busy:
                threading._retire(t)
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
