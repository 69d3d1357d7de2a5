# Several except clauses, tuples of types, and the order of matching.
def convert(v):
    try:
        return int(v)
    except (TypeError, ValueError) as e:
        return f"{type(e).__name__}: {e}"

for v in ["12", "x1", None, 3.9, [1]]:
    print(repr(v), "->", convert(v))

def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return "missing key"
    except LookupError:
        return "other lookup"
    except Exception as e:
        return f"generic {e!r}"

print(lookup({"a": 1}, "a"), lookup({}, "b"), lookup([], 3), lookup(5, 0))
try:
    [][0]
except LookupError as e:
    print(type(e).__name__, isinstance(e, IndexError))
