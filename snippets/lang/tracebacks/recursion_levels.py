# How far recursion through special methods gets: CPython counts the C-level calls in between (comparisons, repr, str, native calls) against the limit, and quickened code skips some
import sys

sys.setrecursionlimit(120)


def probe(label, run):
    probe.count = 0
    try:
        run()
    except RecursionError as e:
        print(f"{label:12} {probe.count:4} {e}")


def tick():
    probe.count += 1


class Eq:
    def __eq__(self, o):
        tick()
        return self == o


class Ne:
    def __eq__(self, o):
        tick()
        return self != o


class Lt:
    def __lt__(self, o):
        tick()
        return self < o


class Repr:
    def __repr__(self):
        tick()
        return repr(self)


class FRepr:
    def __repr__(self):
        tick()
        return f"<{self!r}>"


class PctRepr:
    def __repr__(self):
        tick()
        return "%r" % (self,)


class Str:
    def __str__(self):
        tick()
        return str(self)


class FStr:
    def __str__(self):
        tick()
        return f"{self}"


class FormatStr:
    def __str__(self):
        tick()
        return "{}".format(self)


class ReprViaStr:
    def __repr__(self):
        tick()
        return str(self)


class Len:
    def __len__(self):
        tick()
        return len(self)


class Hash:
    def __hash__(self):
        tick()
        return hash(self)


class Call:
    def __call__(self):
        tick()
        return self()


class Iter:
    def __iter__(self):
        tick()
        return iter(self)


class Abs:
    def __abs__(self):
        tick()
        return abs(self)


class Int:
    def __int__(self):
        tick()
        return int(self)


class Float:
    def __float__(self):
        tick()
        return float(self)


class GetAttr:
    def __getattr__(self, name):
        tick()
        return getattr(self, name)


class Min:
    def __lt__(self, o):
        tick()
        return min(self, o)


class InDict:
    def __hash__(self):
        return 1

    def __eq__(self, o):
        tick()
        return {self: 1} == {o: 1}


class Meta(type):
    def __instancecheck__(cls, o):
        tick()
        return isinstance(o, cls)


class Checked(metaclass=Meta):
    pass


def sort_key(x):
    tick()
    return sorted([x], key=sort_key)


def plain(n):
    tick()
    return plain(n + 1)


probe("plain", lambda: plain(0))
probe("==", lambda: Eq() == 1)
probe("!=", lambda: Ne() == 1)
probe("<", lambda: Lt() < 1)
probe("repr()", lambda: repr(Repr()))
probe("f'{!r}'", lambda: repr(FRepr()))
probe("%r", lambda: repr(PctRepr()))
probe("str()", lambda: str(Str()))
probe("f'{}'", lambda: str(FStr()))
probe("format", lambda: str(FormatStr()))
probe("repr->str", lambda: repr(ReprViaStr()))
probe("len()", lambda: len(Len()))
probe("hash()", lambda: hash(Hash()))
probe("call", lambda: Call()())
probe("iter()", lambda: iter(Iter()))
probe("abs()", lambda: abs(Abs()))
probe("int()", lambda: int(Int()))
probe("float()", lambda: float(Float()))
probe("getattr()", lambda: GetAttr().x)
probe("min()", lambda: min(Min(), Min()))
probe("dict ==", lambda: InDict() == InDict())
probe("isinstance", lambda: isinstance(1, Checked))
probe("sorted key", lambda: sort_key(1))


def nest(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


def attempt(n, label, run):
    try:
        run()
        print(n, label, "ok")
    except RecursionError as e:
        print(n, label, e)


for n in range(112, 120):
    attempt(n, "repr", lambda: repr(nest(n)))
    attempt(n, "str", lambda: str(nest(n)))
    attempt(n, "==", lambda: nest(n) == nest(n))
    attempt(n, "f''", lambda: f"{nest(n)}")
    attempt(n, "print", lambda: print(nest(n), end="\r"))
