# time: wall clock, monotonic counters and sleep (values checked, not printed).
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
n0 = time.time_ns()
time.sleep(0.01)
print(time.time() >= t0, time.perf_counter() - p0 >= 0.005, time.monotonic() >= m0)
print(type(t0).__name__, type(n0).__name__, n0 > 10 ** 18, t0 > 1.6e9)
print(isinstance(time.perf_counter_ns(), int))
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
try:
    time.sleep("1")
except TypeError as e:
    print(e)
