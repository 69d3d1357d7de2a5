# heapq and bisect are built-in functions as in CPython: argument errors word for word, namedtuple items kept, key= for insort.
import bisect, heapq
from collections import namedtuple
Task = namedtuple("Task", "prio name")
h = []
heapq.heappush(h, Task(3, "c")); heapq.heappush(h, Task(1, "a")); heapq.heappush(h, Task(2, "b"))
print(h, heapq.heappop(h), heapq.nsmallest(1, h))
print(heapq.heappush, bisect.bisect, bisect.insort_left, heapq.heappop.__module__)
for call in [lambda: heapq.heappush([]), lambda: heapq.heappop(), lambda: heapq.heapify((1,)), lambda: heapq.heapreplace([], 1),
             lambda: bisect.bisect(), lambda: bisect.bisect([1]), lambda: bisect.bisect([1], 1, -1), lambda: bisect.insort([1], 2, nope=1),
             lambda: bisect.bisect([1], 1, hi="x"), lambda: bisect.bisect_left([1, 2], 1, 0, 1, 2), lambda: heapq.heappush([], 1, 2)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
scores = [Task(1, "x"), Task(5, "y")]
bisect.insort(scores, Task(3, "z"), key=lambda t: t.prio)
print(scores)
class L(list): pass
l = L([5, 1, 3]); heapq.heapify(l); print(l, type(l).__name__)
print(bisect.bisect_right((1, 2, 3), 2), bisect.bisect_left("abc", "b"))
import traceback
try:
    heapq.heappush(h, (1, {"a": 1}))
    heapq.heappush(h, (1, {"b": 2}))
except TypeError:
    print(traceback.format_exc())
