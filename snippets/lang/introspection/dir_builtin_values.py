# dir() of built-in values and types: every name of each type's __dict__ along the MRO, dunders and data attributes included.
e = ValueError("x")
e.note = 1
values = [1, True, 1.5, 1j, "s", b"", bytearray(), [], (), {}, set(), frozenset(), memoryview(b"ab"),
          range(3), slice(1, 2), None, e, OSError(2, "x"), SyntaxError("m"), KeyError(), StopIteration(1),
          UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), ExceptionGroup("g", [ValueError()]),
          map(len, []), zip(), enumerate([])]
for v in values:
    print(type(v).__name__, dir(v))
for t in (int, memoryview, range, type(None), OSError, ExceptionGroup):
    print(t.__name__, dir(t))
print(dir(1) == dir(int), dir(b"") == dir(bytes), dir(memoryview(b"")) == dir(memoryview))
print("real" in dir(1), "__add__" in dir(1), "nbytes" in dir(memoryview(b"")), "start" in dir(range(1)), "args" in dir(ValueError()))


class E(ValueError):
    def f(self):
        pass


class I(int):
    x = 1


print(dir(E()), dir(E) == sorted(set(dir(E()))))
print(dir(I(1)) == dir(I), [n for n in dir(I) if n not in dir(int)])
for base in (int, bytes, tuple, str, list, set, bytearray, KeyError):
    print(base.__name__, [n for n in dir(type("X", (base,), {})) if n not in dir(base)])
# "Did you mean" reads the same names.
None.__name__
