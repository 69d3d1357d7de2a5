# functools: reduce, partial (repr, flattening), lru_cache/cache statistics, wraps and cmp_to_key.
import functools
def t(f):
    try: print(repr(f()))
    except Exception as x: print(type(x).__name__, x)
k = functools.cmp_to_key(lambda a, b: a - b)
t(lambda: hash(k(1))); t(lambda: k(1) < k(2)); t(lambda: k(1) < 3)
t(lambda: functools.reduce(lambda a, b: a + b, [1, 2, 3])); t(lambda: functools.reduce(lambda a, b: a + b, [])); t(lambda: functools.reduce(lambda a, b: a + b, [], 7)); t(lambda: functools.reduce(max))
t(lambda: functools.partial()); t(lambda: functools.partial(1))
p = functools.partial(print, 1, sep='-')
print(p, p.func, p.args, p.keywords); p(2, 3)
def f(a, b, c=0): return (a, b, c)
g = functools.partial(f, 1, c=3); h = functools.partial(g, 2)
print(h(), h(c=9), h.args, h.func is f, callable(h))
@functools.lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info(), fib.cache_parameters(), fib.__name__)
fib.cache_clear(); print(fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(x): print('compute', x); return x * x
sq(1); sq(2); sq(1); sq(3); sq(2); print(sq.cache_info())
@functools.cache
def idf(x): return x
t(lambda: idf([])); print(idf(1), idf.__wrapped__.__name__)
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **kw):
        """wrapper doc"""
        return fn(*a, **kw)
    return wrapper
@deco
def greet(name):
    """Say hi."""
    return 'hi ' + name
print(greet('x'), greet.__name__, greet.__doc__, greet.__wrapped__.__name__, greet.__qualname__)
print(sorted(['b', 'A', 'c'], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
print(functools.reduce(lambda acc, x: acc * x, range(1, 6), 1))
