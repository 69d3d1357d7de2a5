# bool() on many values, and callable() on functions, classes, instances and builtins.
for v in (0, 1, -1, 0.0, 0.1, "", "0", [], [[]], (), {}, {0: 0}, set(), None, range(0), b"", bytearray(1)):
    print(repr(v), bool(v))
print(bool(), bool.__name__, type(bool(1)).__name__)
class WithCall:
    def __call__(self):
        pass
def f():
    pass
for obj in (f, len, WithCall, WithCall(), object(), 5, "s", "s".upper, lambda: 0, print):
    print(type(obj).__name__, callable(obj))
try:
    bool(1, 2)
except TypeError as e:
    print(e)
