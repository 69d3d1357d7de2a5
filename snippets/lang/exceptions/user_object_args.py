# str() and repr() of an exception call the __str__/__repr__ of user objects among its args, also in the uncaught report
class O:
    def __str__(self):
        return "S!"

    def __repr__(self):
        return "R!"


class E(Exception):
    pass


print(repr(E(O())), str(E(O())), str(E(O(), 1)), repr(KeyError(O())), str(KeyError(O(), 2)))
print([ValueError(O())], (E(O()),))
print(ValueError([O()]))
print(str(OSError(O())), str(OSError(1, O())), str(UnicodeError(O())))
print(ExceptionGroup("x", [ValueError(O())]))
print(repr(ExceptionGroup("x", [ValueError(O())])))
try:
    raise ValueError(O())
except Exception as e:
    print(f"{e}", "%s" % e, "{}".format(e), format(e, ""))
print(StopIteration(O()), SystemExit(O()))


class Bad:
    def __str__(self):
        raise RuntimeError("bad str")


print(repr(ValueError(Bad())).startswith("ValueError(<__main__.Bad object at "))
try:
    str(ValueError(Bad()))
except RuntimeError as e:
    print("str failed:", e)
try:
    raise TypeError(Bad())
except TypeError as e:
    print(type(e).__name__, "caught")
raise KeyError(O())
