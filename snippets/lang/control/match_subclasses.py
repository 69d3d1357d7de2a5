# match statements see subclasses of list, tuple, dict, int and str as their base types.
class Path(list):
    pass

class Headers(dict):
    def __missing__(self, key):
        return "?"

class Code(int):
    pass

class Name(str):
    pass

def classify(value):
    match value:
        case [first, *rest]:
            return f"sequence starting {first!r} (+{len(rest)})"
        case {"host": host, **others}:
            return f"mapping for {host} with {sorted(others)}"
        case Code(n) if n >= 400:
            return f"error code {n}"
        case int(n):
            return f"int {n}"
        case Name("admin"):
            return "the admin"
        case str(s):
            return f"name {s}"
        case _:
            return "something else"

for v in [Path(["usr", "lib"]), (1, 2), Headers(host="h", port=1), Headers(), Code(404),
          Code(200), 7, Name("admin"), Name("bob"), "plain", b"bytes"]:
    print(type(v).__name__, "->", classify(v))

class Pair(tuple):
    __match_args__ = ("left", "right")

    @property
    def left(self):
        return self[0]

    @property
    def right(self):
        return self[1]

match Pair((3, 4)):
    case Pair(left=3, right=r):
        print("keyword match", r)
match Pair((5, 6)):
    case Pair(l, r):
        print("positional via __match_args__", l, r)
