# globals() at module level: reading module names through the dict.
x = 10
counter = 3
g = globals()
print(g["x"], "counter" in g, g["__name__"], "nonexistent" in g)
def f():
    return globals()["counter"] * 2
print(f())
print(sorted(k for k in globals() if not k.startswith("__")))
print(globals()["f"] is f, type(globals()).__name__)
