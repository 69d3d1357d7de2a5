# map, filter and reversed are types; a StopIteration raised by their function ends them; the singletons' types make the singleton.
m = map(str.upper, "ab")
f = filter(None, [0, 1, 2])
print(type(m) is map, isinstance(f, filter), type(m).__name__, map, filter, reversed)
print(isinstance(reversed([1]), reversed), isinstance(reversed(range(3)), reversed))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(type(reversed(Seq())) is reversed, list(reversed(Seq())))

def until_zero(x):
    if x == 0:
        raise StopIteration
    return x * 10
print(list(map(until_zero, [1, 2, 0, 3])))
def keep_until_negative(x):
    if x < 0:
        raise StopIteration
    return x % 2
print(list(filter(keep_until_negative, [1, 2, 3, -1, 5])))
print([x for x in map(until_zero, [4, 0])])

print(type(...)(), type(None)(), type(NotImplemented)(), ... is type(...)())
print(Ellipsis.__reduce__(), NotImplemented.__reduce__(), type(...).__new__(type(...)))
for attempt in [
    lambda: type(...)(1),
    lambda: type(None)(x=1),
    lambda: type(...).__new__(int),
    lambda: type(...).__reduce__(1),
    lambda: int.__new__(str),
    lambda: tuple.__new__(5),
    lambda: map(len),
    lambda: filter(None),
]:
    try:
        attempt()
    except TypeError as e:
        print(e)
class Pair(tuple):
    pass
p = tuple.__new__(Pair, "xy")
print(type(p).__name__, p, int.__new__(bool) if False else int.__new__(int, "7"))

class Numbered(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return f"{i}:{v}"
class Scaled(map):
    pass
class Evens(filter):
    def __new__(cls, items):
        return super().__new__(cls, lambda x: x % 2 == 0, items)
n = Numbered("ab", 1)
print(iter(n) is n, list(n), list(Scaled(lambda x: x * 3, [1, 2])), list(Evens(range(7))))
print(isinstance(Scaled(abs, []), map), next(Numbered(["only"])), type(Evens([])).__name__)
text = "shared"
print(str(text) is text)
