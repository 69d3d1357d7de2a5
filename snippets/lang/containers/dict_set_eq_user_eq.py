# Dicts and sets compare their user-class keys and values with the class's __eq__ (stored hashes reused, no __hash__ call)
class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        print("hash", self.name)
        return 1

    def __eq__(self, other):
        print("eq", self.name, getattr(other, "name", other))
        return isinstance(other, Key) and self.name.lower() == other.name.lower()


a, b, c = Key("a"), Key("A"), Key("c")
print("-- lookups")
print(b in {a: 1})
print({a: 1}[b])
print("-- dict ==")
da, db = {a: 1}, {b: 1}
print(da == db)
print(da != {c: 1})
print({1: a} == {1: b})
print({1: [a]} == {1: [b]})
print({1: (a, 2)} == {1: (b, 3)})
print("-- set ==")
sa, sb = {a}, {b}
print(sa == sb)
print(frozenset([a]) == frozenset([b]))
print(sa == {c})
print("-- identity first")
print([a] == [a], {a: a} == {a: a})


class Plain:
    pass


p, q = Plain(), Plain()
print({p: 1} == {p: 1}, {p: 1} == {q: 1}, [p] == [q])
