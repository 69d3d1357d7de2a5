# A built-in key finds an equal user object stored under its hash: the
# stored key's __eq__ decides, as in CPython's dict and set lookups.
class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, K) else o)


d = {1: "one", "a": "A"}
print(d[K(1)], K("a") in d, d.get(K(1)))
d2 = {K(2): "two"}
print(d2[2], 2 in d2, d2.get(2), 3 in d2)
print(K(1) in {1, 2}, 2 in {K(2)}, 2 in d2.keys())
print({1: "x"} == {K(1): "x"}, {K(1): "x"} == {1: "x"}, {1: "x"} != {K(1): "x"})
print({1, 2} == {K(1), 2}, {K(1), 2} == {1, 2})
d = {K(5): "five"}
d[5] = "FIVE"
print(len(d), list(d.values()), d.pop(5), d)
s = {K(7)}
s.add(7)
print(len(s))
s.discard(7)
print(s)
print(len(dict.fromkeys([K(1), 1])), {1: 0, K(1): 1})
try:
    d2[[]]
except TypeError as e:
    print(e)
