# sys.getsizeof: CPython's 64-bit sizes for numbers, strings by kind, bytes, tuples and freshly built containers
import sys

for obj in [0, 1, -5, 2**30 - 1, 2**30, 2**60, 2**100, True, 1.5, 2j, None]:
    print(repr(obj), sys.getsizeof(obj))
for s in ["", "abc", "a" * 100, "é", "café", "☃", "😀😀"]:
    print(repr(s), sys.getsizeof(s))
for b in [b"", b"abc", bytearray(), bytearray(b"abc"), bytearray(10)]:
    print(repr(b), sys.getsizeof(b))
for c in [(), (1,), (1, 2, 3), [], [1], [1, 2], [1, 2, 3], list(range(10)), {}, set(), {1, 2}]:
    print(repr(c), sys.getsizeof(c))
d = {}
sizes = []
for i in range(25):
    d[f"key{i}"] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
s = set()
sizes = []
for i in range(25):
    s.add(i)
    sizes.append(sys.getsizeof(s))
print(sizes)


class Sized:
    def __sizeof__(self):
        return 100


class Bad:
    def __sizeof__(self):
        return -1


print(sys.getsizeof(Sized()), sys.getsizeof(range(3)))
print(sys.getsizeof(Bad(), "default?"))
sys.getsizeof(Bad())
