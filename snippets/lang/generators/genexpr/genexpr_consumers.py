# Builtins consuming generator expressions pull items one at a time, in CPython's order.
def items(values):
    return (print("  make", v) or v for v in values)

print(any(v > 1 for v in items([0, 2, 5])))
print(all(v < 1 for v in items([0, 2, 5])))
print(sum(items([1, 2, 3]), 100))
print(max(items([3, 1, 2]), key=lambda v: print("  key", v) or -v))
print(min(items([]), default="empty"))
print(sorted(items([2, 3, 1])))
print("".join(items(["a", "b"])))
print(tuple(items("xy")), set(items([1, 1])))
print(dict(items([("k", 1), ("j", 2)])))
print(list(enumerate(items("ab"), start=1)))
print(list(zip(items([1, 2, 3]), "ab")))
print(2 in items([1, 2, 3]))
first, *rest = items([1, 2, 3])
print(first, rest)
for name, t in [("join", lambda: "-".join(items(["a", 1, "b"]))),
                ("set", lambda: set(items([1, [], 3]))),
                ("dict", lambda: dict(items([(1, 2), 5, (3, 4)]))),
                ("sum", lambda: sum(items([1, "x", 2])))]:
    try:
        t()
    except (TypeError, ValueError) as e:
        print(name, type(e).__name__, e)
