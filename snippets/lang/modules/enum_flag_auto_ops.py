# enum: members combined from auto() values inside the class body (RWX = R | W | X), and flags parsed from packet bytes.
from enum import Flag, IntFlag, IntEnum, auto
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RWX = R | W | X

print(list(Perm))
print(Perm.R | Perm.W)
print(repr(Perm.R | Perm.W))
print(Perm.RWX, repr(Perm.RWX))
print(Perm(7), Perm(3))
print(bool(Perm(0)), Perm(0))
print(Perm.R in Perm.RWX)
print(~Perm.R)
print(Perm.__members__.keys())
for p in Perm.RWX:
    print(p.name, p.value)
try:
    Perm(8)
except ValueError as e:
    print(e)
try:
    Perm.R | 1
except TypeError as e:
    print(e)
print((Perm.R | Perm.X).name)
print(Perm(0).name)
print(Perm.R ^ Perm.RWX)
print(len(Perm.RWX))
class Bits(IntFlag):
    A = auto()
    B = auto()
    C = A << 2
    AB = A | B
    NOT_A = ~A & 7
print(list(Bits), Bits.C, Bits.AB, Bits(5), Bits.NOT_A)
