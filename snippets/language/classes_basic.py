# Classes, inheritance, super(), and user-defined exception classes.
class A:
    x = 1
    def __init__(self, v):
        self.v = v
    def show(self):
        return f"A({self.v})"
class B(A):
    def show(self):
        return "B:" + super().show()
b = B(3)
print(b.show(), b.x, B.x, type(b), type(b).__name__, isinstance(b, A), repr(A), A.show)
print(b)
print(B.__mro__ if hasattr(B,'__mro__') else None, B.__bases__, B.__name__, B.__qualname__)
class MyErr(ValueError):
    pass
try:
    raise MyErr("bad", 2)
except ValueError as e:
    print(repr(e), str(e), type(e), e.args)
class E2(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise E2(5)
except E2 as e:
    print(e, e.code, repr(e))
b.nope
