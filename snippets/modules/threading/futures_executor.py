# ThreadPoolExecutor: results come back in submission order from map and
# from the futures; completion order is racy, so as_completed is sorted.
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
import threading
import time

def square(n):
    return n * n

def slow_double(n):
    time.sleep(0.001)
    return 2 * n

with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(6))))
    futures = [ex.submit(slow_double, i) for i in range(5)]
    print([f.result() for f in futures])
    print(sorted(f.result() for f in as_completed(futures)))
    done, not_done = wait(futures)
    print(len(done), len(not_done))
    done, not_done = wait(futures, return_when=concurrent.futures.FIRST_COMPLETED)
    print(len(done) >= 1, type(done).__name__)
    print(ex.submit(pow, 2, 10).result(), ex.submit(sorted, [3, 1, 2], reverse=True).result())

# Worker threads are named after the executor.
names = set()
def record(i):
    names.add(threading.current_thread().name.split("_")[0])
    return i
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
    print(list(ex.map(record, range(4))), sorted(names))
print(threading.current_thread().name)

# Futures report exceptions; result() re-raises them.
def fail(n):
    raise ValueError("no %d" % n)
with ThreadPoolExecutor() as ex:
    f = ex.submit(fail, 7)
    print(f.done(), f.cancelled(), f.running(), repr(f.exception()))
    try:
        f.result()
    except ValueError as e:
        print("caught", e)
    try:
        list(ex.map(fail, [1, 2]))
    except ValueError as e:
        print("map raised", e)

# Callbacks run when the future is done (at once if it already is).
def report(fut):
    print("callback:", fut.result())
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(square, 9)
    f.add_done_callback(report)

# Futures made by hand.
f = concurrent.futures.Future()
print(f.done(), f.running(), f.cancelled())
f.add_done_callback(lambda fut: print("done callback", fut.result()))
print(f.set_running_or_notify_cancel(), f.running())
f.set_result(42)
print(f.result(), f.done())
try:
    f.set_result(1)
except concurrent.futures.InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])
g = concurrent.futures.Future()
print(g.cancel(), g.cancelled(), g.done())
try:
    g.result()
except concurrent.futures.CancelledError as e:
    print("CancelledError", repr(e))
try:
    g.result(timeout=0.01)
except concurrent.futures.CancelledError:
    print("still cancelled")
h = concurrent.futures.Future()
try:
    h.result(timeout=0.01)
except concurrent.futures.TimeoutError as e:
    print("TimeoutError", type(e) is TimeoutError)
try:
    h.exception(timeout=0)
except TimeoutError:
    print("exception() timed out")
done, not_done = wait([f, h], timeout=0.01)
print(len(done), len(not_done))
done, not_done = wait([f, h], timeout=0.01, return_when=concurrent.futures.FIRST_COMPLETED)
print(len(done), len(not_done))
try:
    for x in as_completed([f, h], timeout=0.01):
        print("completed", x.result())
except TimeoutError as e:
    print("as_completed:", e)
h.set_exception(KeyError("k"))
print(repr(h.exception()), h.done())

# Executor errors.
for kwargs in [{"max_workers": 0}, {"max_workers": -1}, {"initializer": 5}]:
    try:
        ThreadPoolExecutor(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
ex = ThreadPoolExecutor(2)
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(concurrent.futures.FIRST_COMPLETED, concurrent.futures.ALL_COMPLETED, concurrent.futures.FIRST_EXCEPTION)
print(issubclass(concurrent.futures.CancelledError, concurrent.futures._base.Error))
print(concurrent.futures.Future[int])
