# exec/eval with separate globals and locals dicts: lookups try locals first.
g = {"x": 1, "shared": "global"}
l = {"x": 2}
exec("y = x + 10\nz = shared", g, l)
print(sorted(l), l["y"], l["z"], "y" in g)
exec("assert x == 2", {"x": 1}, {"x": 2})
exec("assert x == 1", {"x": 1}, {})
print(eval("x + len(shared)", g, l))
exec("def f():\n    return 'f result'\nr = f()", {}, l)
print(l["r"], "f" in l)
print(eval("max(1, 5)", {}, {}))
loc = {}
exec("w = 3", None, loc)
print(loc, "w" in globals())


def closure_hidden():
    seven = 7

    def inner():
        try:
            exec("seven", None, {})
        except NameError as e:
            return str(e)

    return inner()


print(closure_hidden())
