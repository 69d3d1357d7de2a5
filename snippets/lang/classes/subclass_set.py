# Subclasses of set and frozenset: reprs name the class, operators return the base type.
class Tags(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)
        return self

t = Tags(["b", "a"])
t.add_all("c", "a")
print(sorted(t), len(t), "a" in t, isinstance(t, set), repr(Tags()), repr(Tags([1])))
u = t | {"z"}
print(type(u).__name__, sorted(u), sorted(t & {"a", "q"}), sorted(t - {"a"}), t >= {"a"})
t |= {"d"}
print(type(t).__name__, sorted(t), t == {"a", "b", "c", "d"})
t.discard("a")
t.remove("b")
print(sorted(t), t.pop() in {"c", "d"}, len(t))

class Frozen(frozenset):
    def __repr__(self):
        return "Frozen" + repr(sorted(self))

f = Frozen([3, 1, 2])
print(f, hash(f) == hash(frozenset([1, 2, 3])), {f: "key"}[frozenset({1, 2, 3})], f | {4})
print(Frozen.__mro__, sorted(Frozen("aab")), frozenset.__name__, repr(Frozen()))

class Registry(frozenset):
    pass
print(Registry([1]), Registry(), Registry([1]) == {1}, len(Registry(range(5))))
