# Operators on subclasses of built-in types: inherited results, overrides and reflected priority.
class Meters(float):
    def __add__(self, other):
        return Meters(float(self) + float(other))

    __radd__ = __add__

    def __repr__(self):
        return f"{float(self)}m"

a = Meters(1.5)
print(a + 2, 2 + a, a + a, a * 2, type(a * 2).__name__, -a, a > 1, sum([a, a], Meters(0)))

class Version(tuple):
    def __new__(cls, text):
        return super().__new__(cls, (int(p) for p in text.split(".")))

    def __str__(self):
        return ".".join(map(str, self))

vs = [Version("1.10.0"), Version("1.2.3"), Version("1.2")]
print(sorted(vs), max(vs), str(min(vs)), Version("2.0") > (1, 99), Version("1.2") == (1, 2))

class Bits(int):
    def __and__(self, other):
        return Bits(int(self) & int(other))

    def __repr__(self):
        return f"Bits({int(self):#b})"

flags = Bits(0b1101)
print(flags & 0b0100, 0b0100 & flags, flags | 2, flags << 1, flags == 13, hash(flags) == 13)

class Path(str):
    def __truediv__(self, other):
        return Path(self.rstrip("/") + "/" + other)

    def __rtruediv__(self, other):
        return Path(other).__truediv__(self)

root = Path("/usr/")
print(root / "lib", "/etc" / Path("hosts"), type(root / "x").__name__, root.upper(), root + "bin")

class Loud(list):
    def __iadd__(self, other):
        print("extending by", other)
        return super().__iadd__(other)

items = Loud([1])
alias = items
items += [2, 3]
print(items, alias is items, type(items).__name__)
items *= 2
print(items, type(items).__name__, items == [1, 2, 3, 1, 2, 3])
try:
    Bits(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    Version("1.0") < 3
except TypeError as e:
    print("TypeError:", e)
