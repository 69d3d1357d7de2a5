# Special methods of built-in types are slot wrappers, bound to a value they are method-wrappers; other methods are method descriptors and built-in methods.
import types

class C:
    pass

class MyInt(int):
    pass

for m in [(1).__add__, int.__add__, [].append, list.append, "ab".__len__, str.__len__,
          [].__getitem__, {}.__contains__, {1}.__contains__, (1,).__getitem__, C().__init__,
          C().__eq__, MyInt(3).__add__, ValueError().__str__, int.__add__.__get__(3), (2.5).__neg__]:
    print(repr(m).split(" at 0x")[0], type(m).__name__)
print(type((1).__add__), type(int.__add__), type(list.append), type([].append))
print(isinstance((1).__add__, types.MethodWrapperType), isinstance(int.__add__, types.WrapperDescriptorType))
m = (5).__mul__
print(m.__name__, m.__qualname__, m.__self__, hasattr(m, "__module__"), [].append.__module__)

# Calling them keeps working.
print(int.__add__(1, 2), (1).__add__(2), (1).__add__("a"), (2).__pow__(3, 5), (2).__rpow__(3, 5))
print((3).__eq__(3), (3).__lt__("x"), [1, 2].__len__(), [1].__getitem__(0))
for f in [lambda: (1).__add__(), lambda: (1).__add__(1, 2), lambda: (1).__add__(x=1), lambda: [].__len__(1),
          lambda: [].__getitem__(), lambda: {}.__contains__(), lambda: [].__setitem__(1),
          lambda: (2).__pow__(), lambda: (2).__pow__(1, 2, 3), lambda: list.__reversed__([], 1),
          lambda: int.__add__(), lambda: int.__add__("a", 1)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
