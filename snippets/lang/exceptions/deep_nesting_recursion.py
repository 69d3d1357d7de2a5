# repr, str and comparisons of nesting deeper than the recursion limit raise RecursionError; hashing and deleting deep nesting work.
def nest(n, wrap, start):
    x = start
    for _ in range(n):
        x = wrap(x)
    return x


for what, make in [
    ("repr list", lambda: repr(nest(5000, lambda x: [x], []))),
    ("str dict", lambda: str(nest(5000, lambda x: {"k": x}, {}))),
    ("repr tuple", lambda: repr(nest(5000, lambda x: (x,), ()))),
    ("f-string", lambda: f"{nest(5000, lambda x: [x], [])}"),
    ("== lists", lambda: nest(5000, lambda x: [x], []) == nest(5000, lambda x: [x], [])),
    ("< tuples", lambda: nest(5000, lambda x: (x,), ()) < nest(5000, lambda x: (x,), ())),
    ("== dicts", lambda: nest(5000, lambda x: {1: x}, {}) == nest(5000, lambda x: {1: x}, {})),
    ("in list", lambda: nest(5000, lambda x: [x], []) in [nest(5000, lambda x: [x], [])]),
]:
    try:
        make()
        print(what, "ok")
    except RecursionError as e:
        print(what, "RecursionError:", e)

print(len(repr(nest(900, lambda x: [x], []))))
print(nest(900, lambda x: [x], []) == nest(900, lambda x: [x], []))
print(type(hash(nest(50000, lambda x: (x,), ()))).__name__)
deep = nest(200000, lambda x: [x], [])
del deep
chain = None
for i in range(200000):
    chain = (i, chain)
del chain
print("deleted")
