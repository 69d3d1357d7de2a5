# Operands of one type never try the reflected method.
class N:
    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return "radd"


print(1 + N())
try:
    N() + N()
except TypeError as e:
    print(e)
try:
    None | None
except TypeError as e:
    print(e)
print(int | None, None | int)


class A:
    pass


for o in [A(), object(), (1,), "s", 1, len]:
    try:
        del o[0]
    except TypeError as e:
        print(e)
try:
    class U(int):
        __slots__ = ("y",)
except TypeError as e:
    print(e)
class V(tuple):
    __slots__ = ()
print(V((1, 2)))
