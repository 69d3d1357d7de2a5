# The own attributes of built-in exception types: which type defines
# __str__, __reduce__, __setattr__; calling them from subclasses.
for e in (ValueError, KeyError, OSError, FileNotFoundError, StopIteration, BaseException):
    for n in ("__init__", "__str__", "__repr__", "__reduce__", "__setattr__"):
        print(e.__name__, n, getattr(e, n))
    print(sorted(vars(e)))

class K(KeyError):
    pass

class O(FileNotFoundError):
    def __str__(self):
        return "O:" + super().__str__()

class K2(KeyError):
    def __str__(self):
        return "K2:" + KeyError.__str__(self)

print(str(K("a")), repr(K("a")), str(O(2, "x")), str(K2("b")))
print(KeyError.__str__(KeyError("z")), OSError.__str__(OSError(1, "e")))
print(vars(KeyError)["__str__"](KeyError("a")))
print(FileNotFoundError("x").__reduce__())
v = ValueError(1)
ValueError.__setattr__(v, "x", 3)
print(v.x, OSError.errno.__get__(OSError(5, "io")), StopIteration.value.__get__(StopIteration(7)))
print(OSError.errno.__doc__, StopIteration.value.__doc__, BaseException.__cause__.__doc__)
