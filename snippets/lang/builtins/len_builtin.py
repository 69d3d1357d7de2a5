# len() across built-in types and user types; errors for unsized objects.
print(len("héllo"), len(b"\x00\x01"), len([1, [2, 3]]), len((1,)), len({"a": 1}), len({1, 2}))
print(len(range(0, 10, 3)), len(bytearray(4)), len(memoryview(b"abc")), len(""), len(frozenset()))
class Sized:
    def __len__(self):
        return 3
print(len(Sized()))
for bad in (5, None, 1.5, iter([])):
    try:
        len(bad)
    except TypeError as e:
        print(e)
class Big:
    def __len__(self):
        return 2 ** 70
try:
    len(Big())
except OverflowError as e:
    print(e)
class Str:
    def __len__(self):
        return "3"
try:
    len(Str())
except TypeError as e:
    print(e)
