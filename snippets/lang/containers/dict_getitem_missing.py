# dict.__getitem__ called on a subclass instance still consults the subclass's __missing__
from collections import Counter, defaultdict


class Defaulting(dict):
    def __missing__(self, key):
        return ("missing", key)


d = Defaulting(a=1)
print(d["x"], dict.__getitem__(d, "a"), dict.__getitem__(d, "x"))
print(d.__getitem__("y"), d.get("z"))
dd = defaultdict(list)
print(dict.__getitem__(dd, "q"), dict(dd))
print(dict.__getitem__(Counter("aab"), "z"))


class Plain(dict):
    pass


p = Plain()
p.__missing__ = lambda k: 1
try:
    dict.__getitem__(p, "k")
except KeyError as e:
    print("KeyError", e)
