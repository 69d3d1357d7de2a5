# + and * on subclasses of str, list, tuple and bytes: overriding __add__/__mul__ replaces the built-in concatenation and repetition, reflected methods, in-place forms.
import operator

class Path(str):
    def __truediv__(self, other):
        return Path(self + "/" + other)

class Tags(list):
    def __add__(self, other):
        if not isinstance(other, list):
            return NotImplemented
        return Tags(list.__add__(self, [t for t in other if t not in self]))

class Tally:
    def __init__(self):
        self.seen = []
    def __radd__(self, other):
        self.seen.append(type(other).__name__)
        return NotImplemented

p = Path("usr") / "lib"
print(p, type(p).__name__, type(p + "x").__name__, "x" + p, p * 2)
t = Tags(["a", "b"]) + ["b", "c"]
print(t, type(t).__name__, ["z"] + Tags(["y"]), type(["z"] + Tags(["y"])).__name__)
tally = Tally()
for attempt in [
    lambda: Tags(["a"]) + ("tuple",),
    lambda: Tags(["a"]) + tally,
    lambda: Path("p") + tally,
    lambda: "s" + tally,
    lambda: [1] * 2.5,
    lambda: operator.mul([1], 2 ** 100),
    lambda: operator.imul([1], 2 ** 100),
    lambda: str.__add__("a", 1),
    lambda: [].__mul__("x"),
    lambda: "".__radd__,
    lambda: (1).__iadd__,
]:
    try:
        print(attempt())
    except (TypeError, OverflowError, AttributeError) as e:
        print(type(e).__name__, e)
print(tally.seen)

class Count:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
print("ab" * Count(2), Count(3) * [0], operator.mul((1,), Count(2)))
try:
    operator.imul(Count(2), [1])
except TypeError as e:
    print(e)
try:
    "a" * Count(-(2 ** 100))
except OverflowError as e:
    print(e)

class Plain(bytes):
    pass
class NoRepeat(list):
    def __mul__(self, other):
        return NotImplemented
print(Plain(b"ab") + b"c", NoRepeat([1]) + [2])
for attempt in [lambda: NoRepeat([1]) * 2, lambda: Plain(b"x") + "y"]:
    try:
        print(attempt())
    except TypeError as e:
        print(e)
del NoRepeat.__mul__
print(NoRepeat([1]) * 2)

class Acc(list):
    pass
acc = Acc([1])
acc += (2, 3)
acc *= 2
print(acc, type(acc).__name__)
