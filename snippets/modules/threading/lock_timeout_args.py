# Lock.acquire / RLock.acquire check their arguments in CPython's order:
# the timeout's conversion to nanoseconds first (NaN, out of range), then
# a timeout with blocking=False, then a negative timeout.
import _thread
import threading

cases = [
    {"blocking": False, "timeout": 1},
    {"timeout": -2},
    {"timeout": -1},
    {"timeout": -1.0},
    {"timeout": float("nan")},
    {"timeout": _thread.TIMEOUT_MAX + 1},
    {"blocking": False, "timeout": 2**63 / 1e9},
    {"blocking": False, "timeout": -9_223_372_037},
    {"timeout": -9_223_372_037},
    {"blocking": False, "timeout": float("inf")},
    {"timeout": float("-inf")},
    {"timeout": -(2**63) / 1e9},
    {"blocking": False, "timeout": 4_294_968},
    {"timeout": 2**70},
]
for make in (_thread.RLock, _thread.allocate_lock, threading.Lock):
    for kwargs in cases:
        lock = make()
        try:
            print(lock.acquire(**kwargs), end=" ")
            lock.release()
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
    print()

r = _thread.RLock()
r.acquire()
try:
    r.acquire(timeout=float("inf"))
except OverflowError as e:
    print(e, r._recursion_count())
r.release()
print(r._is_owned())
