# Sets and dicts notice being resized while iterated; keys/items views are unhashable, values views hash by identity.
tags = {"a", "b", "c"}
it = iter(tags)
next(it)
tags.add("d")
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(attempt, e)
tags.discard("d")
try:
    next(it)
except RuntimeError as e:
    print("still broken:", e)

counts = {"x": 1}
try:
    for key in counts:
        counts[key + "!"] = 0
except RuntimeError as e:
    print(e)

safe = {1, 2, 3}
for n in list(safe):
    safe.discard(n)
print(safe, frozenset(x for x in range(3)))

d = {1: 2}
for view in (d.keys(), d.items(), d.values()):
    try:
        print(type(view).__name__, type(hash(view)).__name__)
    except TypeError as e:
        print(e)
empty, letter = (), b"A"
print(tuple() is empty, tuple([]) is empty, (1, 2)[2:] is empty, bytes([65]) is letter, b"AB"[:1] is letter)

class Node:
    def __init__(self, owner):
        self.owner = owner
    def __repr__(self):
        return f"Node({self.owner!r})"
    def __hash__(self):
        return 1
class Registry(set):
    pass
r = Registry()
r.add(Node(r))
print(r, Registry(), Registry([1]))
