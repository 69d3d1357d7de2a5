# Subclasses of str, int and float: values that behave as their base type with extra methods.
class Tag(str):
    def wrap(self, text):
        return f"<{self}>{text}</{self}>"

    def __repr__(self):
        return f"Tag({str.__repr__(self)})"

t = Tag("b")
print(t, repr(t), [t], t.wrap("bold"), t.upper(), type(t.upper()).__name__)
print(t + "r", "a" + t, t * 3, len(t), t == "b", "b" == t, t in "abc", "b" in Tag("abc"))
print(isinstance(t, str), hash(t) == hash("b"), {t: 1}["b"], {"b": 2}[t], t < "c", sorted([Tag("z"), "a"]))
print(f"[{t}] [{t:>4}] [{t!r}]", "%s|%r" % (t, t), "-".join([t, t]), str(t), type(str(t)).__name__)
print(t.startswith("b"), "abc".startswith(t), "abc".replace(t, "B"), "a,b".split(Tag(",")), int(Tag("42")) + 1)
for ch in Tag("xy"):
    print(ch, end=" ")
print()

class Money(int):
    def __new__(cls, cents, currency="EUR"):
        obj = super().__new__(cls, cents)
        obj.currency = currency
        return obj

    def __str__(self):
        return f"{self // 100}.{self % 100:02d} {self.currency}"

m = Money(1250)
print(m, repr(m), int(m), m + 5, type(m + 5).__name__, m * 2, -m, abs(Money(-3)), m > 1000, m.currency)
print(f"{m}", f"{m:>8}", f"{m:x}", "%d" % m, hex(m), bin(Money(5)), range(Money(3)), [10, 20, 30, 40][Money(2)])
print(m.bit_length(), m.to_bytes(2, "big"), isinstance(m, int), divmod(m, 7), pow(Money(2), 3), round(m, -2))
print(sum([Money(1), Money(2)]), max(Money(5), 3), m == 1250, hash(m) == hash(1250), bool(Money(0)))

class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32

c = Celsius(21.5)
print(c, c.to_f(), c + 1, round(c), int(c), c.is_integer(), f"{c:.2f}", float(c), type(float(c)).__name__)
import math
print(math.floor(c), math.sqrt(Celsius(16.0)), isinstance(c, float), c < 22, Celsius("3.5"))

class Flags(int):
    pass
print(Flags(6) & 3, Flags(6) | 1, Flags(1) << 4, ~Flags(0), Flags("101", 2), Flags() == 0)
