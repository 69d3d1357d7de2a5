# isinstance and issubclass with tuples, bool/int, object and user classes.
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(True, int), isinstance(1, bool))
print(isinstance(1, (str, int)), isinstance("x", (list, (dict, str))), isinstance(None, object))
print(issubclass(bool, int), issubclass(B, (int, A)), issubclass(A, object), issubclass(int, float))
print(isinstance([], list), isinstance({}, dict), isinstance(range(1), range), isinstance(len, object))
print(isinstance(A, type), isinstance(int, type), issubclass(type, object))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
try:
    issubclass(int, 1)
except TypeError as e:
    print(e)
