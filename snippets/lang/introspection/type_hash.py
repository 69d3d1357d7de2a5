# types are hashable by identity: usable as dict keys and set members; == compares identity.
print(hash(type) != 0, hash(int) != 0, hash(list) != 0)
class Foo:
    pass
class Bar(Foo):
    pass
print(hash(Foo) != 0, hash(Foo) == hash(Foo))
handlers = {int: "integer", str: "string", Foo: "foo", list: "list"}
for v in (1, "a", Foo(), [1], Bar()):
    print(handlers.get(type(v), "unknown"))
seen = {int, str, int, Foo, Foo, Bar}
print(len(seen), int in seen, float in seen, Bar in seen)
print(int == int, int != list, Foo == Bar, Foo != Foo)
d = {}
d[int] = list
d[list] = int
print(len(d), d[int] is list)
