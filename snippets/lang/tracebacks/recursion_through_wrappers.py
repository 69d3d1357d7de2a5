# A C wrapper (lru_cache) takes a recursion level of its own, and copy's
# frames show CPython's lines when the limit is hit inside deepcopy.
import copy
import functools
import sys


@functools.lru_cache
def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e, down.cache_info().misses)


class Loop:
    def __deepcopy__(self, memo):
        return copy.deepcopy(self, memo)


sys.setrecursionlimit(60)
try:
    copy.deepcopy(Loop())
except RecursionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(e, tb.tb_frame.f_code.co_name, tb.tb_lineno)
sys.setrecursionlimit(1000)
down.cache_clear()
down(0)
