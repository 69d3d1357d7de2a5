# Rich comparisons, reflection of < to >, and sorting user objects.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return self.s

vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs))
print(max(vs), min(vs))
a, b = Version("2.0"), Version("10.0")
print(a < b, a > b, a <= b, a >= b, a == b, a != b)

class OnlyLt:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return self.n < o.n
print(OnlyLt(1) > OnlyLt(0))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(e)
try:
    object() < object()
except TypeError as e:
    print(e)
