# T.__new__(cls) refuses a cls whose instances another built-in constructor makes ("is not safe").
def attempt(make):
    try:
        r = make()
        print("ok", type(r).__name__)
    except TypeError as e:
        print("TypeError:", e)


class I(int):
    pass


class J(I):
    def __new__(cls):
        return super().__new__(cls, 7)


class K(J):
    pass


class A:
    def __new__(cls):
        return super().__new__(cls)


class B(A, int):
    pass


class E(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, *args)


class M(type):
    pass


class C:
    pass


for t in (int, float, str, bytes, bytearray, list, dict, tuple, set, frozenset, complex, bool, range, ValueError, type(None)):
    attempt(lambda: object.__new__(t))
attempt(lambda: object.__new__(object))
attempt(lambda: object.__new__(A))
attempt(lambda: object.__new__(I))
attempt(lambda: object.__new__(J))
attempt(lambda: object.__new__(K))
attempt(lambda: object.__new__(B))
attempt(lambda: object.__new__(E))
attempt(lambda: object.__new__(M))
attempt(lambda: int.__new__(bool))
attempt(lambda: int.__new__(K))
attempt(lambda: int.__new__(A))
attempt(lambda: BaseException.__new__(OSError))
attempt(lambda: OSError.__new__(FileNotFoundError))
attempt(lambda: BaseException.__new__(ExceptionGroup, "g", [ValueError()]))
attempt(lambda: BaseException.__new__(KeyError))
attempt(lambda: ValueError.__new__(Exception))
attempt(lambda: object.__new__(1))
attempt(lambda: object.__new__())
print(J(), K(), B() is not None, repr(E(1, 2)))
print(repr(int.__new__).startswith("<built-in method __new__ of type object at 0x"))
print(repr(object.__new__).startswith("<built-in method __new__ of type object at 0x"))
print(object.__new__ is C.__new__ is object.__new__, A.__new__ is object.__new__, type(int.__new__).__name__)
