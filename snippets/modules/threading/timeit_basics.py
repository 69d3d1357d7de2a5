# timeit: only deterministic facts about the timings are printed.
import timeit

t = timeit.timeit("x = sum(range(10))", number=100)
print(type(t).__name__, t >= 0)
r = timeit.repeat("[i * i for i in range(5)]", setup="import math", repeat=3, number=50)
print(len(r), all(isinstance(v, float) for v in r))
print(timeit.default_timer is __import__("time").perf_counter)

calls = []
def work():
    calls.append(1)
timer = timeit.Timer(work)
timer.timeit(number=7)
print(len(calls))
calls.clear()
timer.repeat(repeat=2, number=3)
print(len(calls))

setups = []
timeit.timeit(work, setup=lambda: setups.append("s"), number=4)
print(len(calls), setups)

# Statements see timeit's own globals unless given theirs.
value = 21
def double(x):
    return 2 * x
print(timeit.timeit("double(value)", number=10, globals=globals()) >= 0)
try:
    timeit.timeit("double(value)", number=1)
except NameError as e:
    print("NameError:", e)
ns = {"n": 0}
timeit.timeit("n += 1", number=25, globals=ns)
print(ns["n"])
timeit.timeit("n += 1", setup="n = 100", number=5, globals=ns)
print(ns["n"])

# Multi-line statements and setup.
src = """
total = 0
for i in range(3):
    total += i
"""
print(timeit.timeit(src, number=2) >= 0)

n, taken = timeit.Timer("pass").autorange()
print(n >= 1, taken >= 0.2)
seen = []
timeit.Timer(lambda: None).autorange(lambda number, t: seen.append(number))
print(seen[:3])

for bad in [dict(stmt=5), dict(setup=5)]:
    try:
        timeit.Timer(**bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    timeit.Timer("x = (")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename)
try:
    timeit.Timer("return 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

t = timeit.Timer("1 / 0")
try:
    t.timeit(number=1)
except ZeroDivisionError:
    t.print_exc()
print("template" in dir(timeit), timeit.dummy_src_name, timeit.default_number, timeit.default_repeat)
timeit.timeit("int('x')", number=1)
