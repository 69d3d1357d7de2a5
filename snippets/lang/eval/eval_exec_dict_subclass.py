class D(dict):
    pass

g = D(x=2)
print(eval("x * 10", g))
exec("y = x + 1\ndef f():\n    return y * 2\nz = f()", g)
print(sorted(k for k in g if k != "__builtins__"), g["y"], g["z"], type(g).__name__)
print("__builtins__" in g)
loc = D(a=5)
print(eval("a + x", {"x": 1}, loc))
exec("b = a * 3", {}, loc)
print(loc["b"], type(loc).__name__)

class Keep(dict):
    __getitem__ = dict.__getitem__

print(eval("x", Keep(x="kept")))

class Shout(dict):
