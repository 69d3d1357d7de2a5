# Edge cases of subclassing: self-containing reprs, unhashable bases, recursion and mutation during lookups.
class L(list): pass
l = L([1]); l.append(l); print(l, repr(l))
class D(dict): pass
d = D(a=1); d["self"] = d; print(d)
try: hash(L())
except TypeError as e: print(e)
try: {L(): 1}
except TypeError as e: print(e)
class S(str):
    def __str__(self): return self
print(str(S("x")), S("y"))
class R(int):
    def __repr__(self): return R(5)
try: repr(R(1))
except TypeError as e: print(e)
class Rec(list):
    def __len__(self): return len(self)
try: len(Rec())
except RecursionError as e: print("RecursionError")
class G(dict):
    def __getitem__(self, k): return self[k]
try: G()["a"]
except RecursionError as e: print("RecursionError")
class E:
    def __eq__(self, o):
        table.clear(); return True
    def __hash__(self): return 1
table = {E(): 1}
print(E() in table, len(table))
s = {E()}
class E2(E):
    def __eq__(self, o):
        s.clear(); return False
    __hash__ = E.__hash__
print(E2() in s, len(s))
class E3(E):
    def __eq__(self, o):
        return False
try: E3() in s
except TypeError as e: print(e)
import struct
class I(int): pass
print(struct.pack("<i", I(7)), bytes(I(2)), chr(I(65)), [1,2,3][I(1)], "abc"[I(0):I(2)])
print(isinstance(I(3), (str, int)), issubclass(I, (str, int)), type(I(3)) is I, I.__name__, I.__bases__)
print(I(3).__class__, I.__dict__ if False else "", int.__repr__(I(7)), I(True), I(2.9))
class F(float): pass
print(F(1e308) * 10, F("nan") != F("nan"), round(F(2.675), 2), F(3).is_integer())
