# globals() is the module's live namespace: writes go both ways, identity holds.
g = globals()
print(g is globals(), type(g).__name__, g["__name__"])
g["made_in_dict"] = 1
print(made_in_dict)
made_in_dict = 2
print(g["made_in_dict"])
del made_in_dict
print("made_in_dict" in g)
g["later"] = "x"
del g["later"]
try:
    later
except NameError as e:
    print(e)
g.update({"u1": 1, "u2": 2})
print(u1 + u2, g.pop("u1"), "u1" in g)
try:
    u1
except NameError as e:
    print(e)
g.setdefault("sd", "default")
print(sd)


def reader():
    return shared


g["shared"] = "from dict"
print(reader(), reader.__globals__ is g)
reader.__globals__["shared"] = "via __globals__"
print(reader())
exec("shared = 'from exec'")
print(shared, g["shared"])
print([k for k in g if k.startswith("__")])
