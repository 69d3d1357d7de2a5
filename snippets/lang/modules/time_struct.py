# time: monotonic clocks never go backwards; timing a loop without printing times.
import time
start = time.perf_counter()
total = 0
for i in range(10000):
    total += i
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, elapsed < 60)
a = time.monotonic()
time.sleep(0.001)
b = time.monotonic()
print(b > a, isinstance(time.time_ns(), int), isinstance(time.time(), float))
ns = time.perf_counter_ns()
print(type(ns).__name__, time.perf_counter_ns() >= ns)
