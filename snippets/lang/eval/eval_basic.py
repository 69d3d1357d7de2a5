# eval() of expressions: the caller's names, dict namespaces, bytes and blanks.
x = 10
print(eval("x * 2 + 1"), eval("  \t x"), eval("x\n"), eval("(x,\n x)"))
print(eval(b"x - 1"), eval(bytearray(b"[x] * 2")), eval(memoryview(b"x // 3")))
print(eval("y + 1", {"y": 4}), eval("y * z", {"y": 2}, {"z": 5}))
print(eval("x", {"x": "globals"}, {"x": "locals"}))
print(eval("len('abc')", {}), eval("lambda n: n * x")(3))
f = eval("lambda: x")
x = 11
print(f(), eval("[i * x for i in range(3)]"))
print(eval("__name__"), eval("__name__", {}), eval("__name__", {"__name__": "mine"}))


def scope(a):
    b = a + 1
    return eval("a + b + x"), eval("[k * x for k in range(b)]")


print(scope(1))
ns = {}
print(eval("1", ns), sorted(ns))
print(eval("sum(v)", {"v": range(5)}), eval("min", {"min": max})(1, 2))
