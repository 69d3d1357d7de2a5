# vars() of the built-in types: each name, the kind of object the type's
# dict holds for it, and that each can be read from the type.
for t in (int, float, complex, str, bytes, bytearray, memoryview, list, tuple,
          dict, set, frozenset, range, slice, bool, object, property,
          BaseException, Exception, ValueError, KeyError, OSError, StopIteration):
    print(t.__name__, sorted(vars(t)))
    print([type(v).__name__ for k, v in sorted(vars(t).items())])
    for k in sorted(vars(t)):
        getattr(t, k)

print(sorted(vars(type)))
print([type(v).__name__ for k, v in sorted(vars(type).items())])
try:
    type.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)
