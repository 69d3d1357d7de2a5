# A worker initializer that fails breaks the pool: the log names the
# failure, the queued call's future holds BrokenThreadPool, and later
# submits raise it.
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool

def setup(tag):
    print("init", tag, threading.current_thread().name)

with ThreadPoolExecutor(max_workers=2, initializer=setup, initargs=("ok",)) as ex:
    print(ex.submit(pow, 3, 4).result())

def bad_setup():
    raise OSError("no resource")

with ThreadPoolExecutor(initializer=bad_setup) as ex:
    f = ex.submit(print, "never")
    print(repr(f.exception()))
    try:
        ex.submit(print, "never either")
    except BrokenThreadPool as e:
        print("BrokenThreadPool:", e)
