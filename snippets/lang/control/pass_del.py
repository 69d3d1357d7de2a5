# pass as a placeholder and del on names, items, slices and attributes.
def todo():
    pass
class Empty:
    pass
print(todo(), Empty.__name__)
x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)
items = list(range(10))
del items[0]
del items[-1]
del items[2:4]
del items[::2]
print(items)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
obj = Empty()
obj.attr = 1
del obj.attr
print(hasattr(obj, "attr"))
a, b = 1, 2
del a, b
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
