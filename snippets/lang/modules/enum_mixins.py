# enum: IntEnum, StrEnum, data-type mixins and Flag/IntFlag composition, boundaries and their errors
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, CONFORM, KEEP


class Priority(IntEnum):
    LOW = 1
    HIGH = 2


print(Priority.LOW, repr(Priority.LOW), format(Priority.HIGH), f"{Priority.LOW:03d}", str(Priority.HIGH))
print(Priority.LOW + 1, Priority.LOW < Priority.HIGH, Priority.HIGH == 2, sorted([Priority.HIGH, Priority.LOW]))
print(max(Priority), Priority(2), {1: "one"}[Priority.LOW], Priority.HIGH.bit_length(), [Priority.LOW])


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(Mode.READ, repr(Mode.READ), Mode.WRITE.upper(), Mode.READ == "read", format(Mode.WRITE, ">3"))
try:
    class NotStr(StrEnum):
        A = 1
except TypeError as e:
    print(e)


class Code(str, Enum):
    OK = "ok"


class Num(int, Enum):
    ONE = 1


print(Code.OK, repr(Code.OK), f"{Code.OK}", Code.OK == "ok", Num.ONE, repr(Num.ONE), Num.ONE + 1)


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), len(rw), bool(Perm(0)))
print(Perm(0), repr(Perm(0)), repr(~Perm.R), repr(Perm.RWX & ~Perm.W), Perm(7), rw.name, rw.value)
print(list(Perm), len(Perm), Perm.__members__.keys(), Perm, Perm(6) is rw)
try:
    Perm(8)
except ValueError as e:
    print(e)
try:
    Perm("r")
except ValueError as e:
    print(e)
try:
    1 in rw
except TypeError as e:
    print(e)


class Bits(Flag):
    A = auto()
    B = auto()
    C = auto()


print(list(Bits), repr(Bits.A | Bits.C))


class Loose(Flag, boundary=CONFORM):
    A = 1
    B = 2


print(repr(Loose(7)), repr(~Loose.A))


class Opt(IntFlag):
    A = 1
    B = 4


print(Opt.A | Opt.B, repr(Opt.A | Opt.B), repr(Opt(3)), repr(Opt(16)), repr(~Opt.A), repr(Opt(0)))
print(Opt.A | 2, repr(Opt.A | 2), Opt.B - 1, type(Opt.B - 1).__name__, Opt.A & 5, format(Opt.B, "03d"))


class Keep(Flag, boundary=KEEP):
    A = 1


print(repr(Keep(5)), Keep(5))
