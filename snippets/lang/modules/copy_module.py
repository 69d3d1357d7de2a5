# copy.copy and copy.deepcopy: containers, user objects, __copy__/__deepcopy__, cycles and shared references
import copy


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


nested = [[1, 2], {"a": [3]}, (4, [5])]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[0].append(99)
nested[1]["a"].append(98)
print(shallow, deep, shallow[0] is nested[0], deep[0] is nested[0])
print(copy.copy((1, 2)) is not None, copy.deepcopy((1, 2, "x")), copy.copy(5), copy.deepcopy("s"))

p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
p.y.append(3)
print(q, r, q.y is p.y, r.y is p.y, type(r).__name__)

cycle = [1]
cycle.append(cycle)
dup = copy.deepcopy(cycle)
print(dup[1] is dup, dup is not cycle)

shared = [1]
pair = [shared, shared]
pair_copy = copy.deepcopy(pair)
print(pair_copy[0] is pair_copy[1], pair_copy[0] is shared)


class Tracked:
    def __init__(self, items):
        self.items = items

    def __copy__(self):
        print("__copy__ called")
        return Tracked(list(self.items))

    def __deepcopy__(self, memo):
        print("__deepcopy__ called with memo", type(memo).__name__)
        return Tracked([copy.deepcopy(i, memo) for i in self.items])


t = Tracked([[1]])
t2 = copy.copy(t)
t3 = copy.deepcopy(t)
print(t2.items == t.items, t3.items[0] is t.items[0])


class Counter:
    def __init__(self):
        self.n = 0

    def __getstate__(self):
        return {"n": self.n + 100}

    def __setstate__(self, state):
        self.n = state["n"]


c = Counter()
print(copy.copy(c).n, copy.deepcopy(c).n)
s = {1, 2}
d = {"k": s}
d2 = copy.deepcopy(d)
print(d2, d2["k"] is s, copy.copy(s) == s, copy.copy(s) is s)
memo = {}
a = copy.deepcopy([p], memo)
print(id(p) in memo, memo[id(p)] is a[0])
print(copy.copy(len) is len, copy.deepcopy(Point) is Point, copy.Error.__name__)
