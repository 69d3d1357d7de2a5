# Classes derived from array.array and io.StringIO: the instance is the
# built-in value, with the class's own methods and repr's type name.
import array, io
class A(array.array):
    def total(self): return sum(self)
a = A('i', [1, 2, 3])
print(a, a.total(), len(a), a[1], type(a).__name__, isinstance(a, array.array))
a.append(4); print(a.tolist(), a.typecode, memoryview(a).tolist())
class S(io.StringIO):
    def shout(self): return self.getvalue().upper()
s = S("abc")
s.seek(0, 2); s.write("def")
print(s.shout(), s.getvalue(), isinstance(s, io.StringIO))
class B(array.array):
    def __init__(self, tc, data, extra):
        self.extra = extra
try:
    B('b', [1], 5)
except TypeError as e: print(e)
class A(array.array):
    pass
a = A('d', [1.5])
print(repr(A('b')), str(a), a == array.array('d', [1.5]), a + a, type(a + a).__name__, a * 2)
print(bytes(a)[:2], len(memoryview(a)), A.__mro__)
class S(io.StringIO):
    def __init__(self, v, tag):
        super().__init__(v)
        self.tag = tag
s = S("x\ny\n", "T")
print(s.tag, s.readlines(), s.read(), list(S("a\nb", 1)))
class V(A):
    def __repr__(self): return "V!"
print(V('i', [1]), [V('i')])
class X(io.StringIO):
    pass


x = X("abc")
print(x.read(), X(initial_value="q\r\n", newline="").getvalue().encode(), type(x).__mro__[:2])
for line in X("one\ntwo\n"):
    print(line, end="")
