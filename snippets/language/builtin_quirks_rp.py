# slices compare as (start, stop, step) through their special methods too
print(slice(0, 0, 1).__eq__(slice(0, 0, 0)), slice(0, 0, 0).__eq__(slice(0, 0, 0)))
print(slice(1, 2).__eq__(3), slice(1, 2).__lt__(slice(1, 3)), slice(1, 2).__ne__(slice(1, 2)))
# BaseException.__str__ is not KeyError's
print(LookupError.__str__(KeyError("m")), repr(LookupError.__str__(KeyError())), KeyError.__str__(KeyError("m")))
print(BaseException.__str__(ValueError(1, 2)), ValueError.__str__)
for f in (lambda: BaseException.__str__(1), lambda: BaseException.__str__()):
    try:
        f()
    except TypeError as e:
        print(e)
# int() calls an int subclass's own __int__ (not __index__)
class I(int):
    def __int__(self):
        return 3
class J(int):
    def __index__(self):
        return 4
class K(int):
    def __int__(self):
        return "x"
print(int(I(1)), int(J(1)), int(I(5), ) + 1)
try:
    int(K(1))
except TypeError as e:
    print(e)
# bytearray.fromhex hands a subclass bytes
class B1(bytearray):
    def __new__(cls, value):
        print("new", type(value).__name__)
        return super().__new__(cls, value)
    def __init__(self, value):
        print("init", type(value).__name__)
print(B1.fromhex("a0"))
# a key function that changes the list
lst = [3, 2, 1]
def key(x):
    lst.append(0)
    return x
try:
    lst.sort(key=key)
except ValueError as e:
    print(e, lst)
lst = [2, 1]
def key2(x):
    lst.append(0)
    lst.pop()
    return x
try:
    lst.sort(key=key2)
except ValueError as e:
    print(e, lst)
print(type.__doc__)
print(object.__doc__)
# sequence iterators' pickling protocol
i = iter("你好")
i.__setstate__(1)
print(next(i), i.__reduce__()[1:])
i = iter([1, 2, 3])
next(i)
print(i.__reduce__()[1:])
i.__setstate__(-5)
print(next(i))
i.__setstate__(10)
print(list(i))
t = iter((1, 2))
t.__setstate__(1)
print(list(t), iter(b"ab").__reduce__()[1:])
try:
    i.__setstate__("x")
except TypeError as e:
    print(e)
