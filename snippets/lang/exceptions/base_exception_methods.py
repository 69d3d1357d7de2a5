# BaseException's methods taken from the class, through super(), and the
# reduce protocol copy.copy relies on.
import copy

e = ValueError("x")
print(ValueError.with_traceback(e, None) is e)
BaseException.add_note(e, "note1")
print(e.__notes__, ValueError.__reduce__(e))
print(BaseException.add_note, ValueError.__init__, object.__init__, int.__init__)
for f in (object.__new__, BaseException.__new__, str.__new__, ValueError.__init__, object.__init__):
    print(f.__qualname__, f.__name__)
print(int.__new__.__self__, object.__new__.__module__)
try:
    BaseException.add_note(5, "x")
except TypeError as x:
    print(x)


class MyE(Exception):
    def __str__(self):
        return "My:" + super().__str__()

    def add_note(self, n):
        print("adding", n)
        super().add_note(n)

    def with_traceback(self, tb):
        return super().with_traceback(tb)


m = MyE("a", 1)
m.add_note("q")
print(m.__notes__, str(m), m.with_traceback(None) is m, super(MyE, m).args)
print(m.__reduce__())

k = KeyError("k")
k.extra = 5
c = copy.copy(k)
print(repr(c), c.extra, c is k, k.__reduce__())
d = copy.deepcopy(MyE([1, 2]))
print(type(d).__name__, d.args)
v = ValueError()
v.__setstate__({"a": 1})
print(v.a)
for bad in (3, {1: 2}):
    try:
        v.__setstate__(bad)
    except TypeError as x:
        print(x)
