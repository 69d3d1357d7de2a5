# Class methods of built-in types reached through a subclass (D.fromkeys, I.from_bytes, B.fromhex) make the subclass, as CPython's do
class D(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
d = D.fromkeys("ab", 0)
print(type(d).__name__, d)
print(type(D().fromkeys([1])).__name__)
class I(int):
    def __repr__(self): return f"I({int(self)})"
print(repr(I.from_bytes(b'\x01\x00', 'little')), type(I.from_bytes(b'\x01', 'big')).__name__)
class B(bytes): pass
print(repr(B.fromhex('41 42')), type(B.fromhex('41')).__name__)
class BA(bytearray): pass
print(repr(BA.fromhex('41')))
class F(float): pass
print(repr(F.fromhex('0x1p1')), type(F.fromhex('0x1p1')).__name__)
class S(str): pass
print(S.maketrans('a', 'b'))
print(D.fromkeys.__self__ is D, D.fromkeys.__name__, D.fromkeys.__qualname__)
print(repr(D.fromkeys)[:40])
try:
    D.fromkeys()
except TypeError as e:
    print(e)
try:
    D.fromkeys(1)
except TypeError as e:
    print(e)
class Counted(dict):
    def __init__(self, *a):
        print("init", a)
        super().__init__(*a)
print(Counted.fromkeys("xy"))
print(OrderedDict.fromkeys("ab", 1), type(OrderedDict.fromkeys("a")).__name__)
print(dict.fromkeys("ab"), int.from_bytes(b"\x02", "big"), bytes.fromhex("41"), bytearray.fromhex("41"))
class D2(dict):
    @classmethod
    def make(cls, keys):
        return super().fromkeys(keys, 5)
print(type(D2.make("xy")).__name__, D2.make("xy"))
class I(int): pass
try:
    I.from_bytes(b"\x01", "middle")
except ValueError as e:
    print(e)
print(I.from_bytes.__qualname__, I.from_bytes.__self__ is I)
class E(dict):
    def __init__(self, x): pass
try:
    E.fromkeys("a")
except TypeError as e:
    print(e)
