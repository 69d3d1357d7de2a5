# __index__ for slicing and bin/hex, __bool__ and __len__ for truth tests.
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

data = list(range(10))
print(data[Idx(3)], data[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print("ab" * Idx(3), range(Idx(4)))

class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

for obj in (Flag(True), Flag(False), Sized(0), Sized(2), object()):
    print(type(obj).__name__, bool(obj), "yes" if obj else "no")
print(not Flag(False), Flag(True) and "and", Sized(0) or "or")

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
