# lru_cache and cache on methods: the wrapper binds self like a function.
import functools
class F:
    calls = 0
    @functools.lru_cache(maxsize=None)
    def fib(self, n):
        F.calls += 1
        return n if n < 2 else self.fib(n - 1) + self.fib(n - 2)
    @functools.cache
    def sq(self, x): return x * x
f = F()
print(f.fib(20), F.calls, f.sq(4), F.fib.cache_info().hits > 0)
print(F.fib(f, 5))
