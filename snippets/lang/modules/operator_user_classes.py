# operator functions and sort keys on user classes: special methods are honoured as by the operators.
import operator
from functools import reduce
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
    def __neg__(self):
        return V(-self.x)
    def __lt__(self, o):
        return self.x < o.x
    def __getitem__(self, i):
        return self.x * 10 + i
    def __repr__(self):
        return f"V({self.x})"
vs = [V(3), V(1), V(2)]
print(operator.add(V(1), V(2)), operator.neg(V(5)), operator.lt(V(1), V(2)), operator.getitem(V(4), 2))
print(reduce(operator.add, vs), sorted(vs), max(vs, key=operator.attrgetter("x")))
print(sorted(vs, key=operator.attrgetter("x"), reverse=True), list(map(operator.itemgetter(1), vs)))
print(operator.methodcaller("__repr__")(V(9)))
people = [{"name": "b", "age": 30}, {"name": "a", "age": 30}, {"name": "c", "age": 20}]
print([p["name"] for p in sorted(people, key=operator.itemgetter("age", "name"))])
