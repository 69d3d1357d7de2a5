# collections.abc: isinstance over built-in and user types, and the Mapping/MutableMapping/Sequence/MutableSequence mixins of user containers.
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence, Sized, Callable, Hashable, Generator, Container, Set, MutableSequence
import collections.abc
import collections
for v in [[1], (1,), "s", {1: 2}, {1}, 5, None, iter([]), (x for x in []), len, b"x", range(3), {}.keys()]:
    print(type(v).__name__, isinstance(v, Iterable), isinstance(v, Iterator), isinstance(v, Mapping), isinstance(v, Sequence), isinstance(v, Sized), isinstance(v, Callable), isinstance(v, Hashable), isinstance(v, Generator))
print(collections.abc.Mapping, Iterable, repr(MutableMapping))
print(collections.abc is __import__("collections.abc").abc)
class Inventory(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
inv = Inventory()
inv["apple"] = 3
inv.update(pear=2, kiwi=1)
print(len(inv), inv.get("apple"), inv.get("x", 0), "pear" in inv, list(inv.keys()), list(inv.items()), list(inv.values()))
print(inv.keys(), inv.pop("kiwi"), inv.setdefault("fig", 9), dict(inv))
print(inv == {"apple": 3, "pear": 2, "fig": 9}, isinstance(inv, Mapping), isinstance(inv, dict))
print(inv.popitem(), len(inv))
inv.clear(); print(len(inv))
try:
    inv.pop("zz")
except KeyError as e:
    print("KeyError", e)
class Bad(Mapping):
    pass
try:
    Bad()
except TypeError as e:
    print(e)
class Deck(Sequence):
    def __init__(self):
        self.cards = list("AKQJ")
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
d = Deck()
print(list(d), "Q" in d, d.index("Q"), d.count("A"), list(reversed(d)))
try:
    d.index("Z")
except ValueError as e:
    print("ValueError", repr(e))
class Stack(MutableSequence):
    def __init__(self): self.items = []
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __len__(self): return len(self.items)
    def insert(self, i, v): self.items.insert(i, v)
s = Stack(); s.append(1); s.extend([2, 3]); s += [4]; s.reverse(); print(s.items, s.pop(), s.items)
s.remove(3); print(s.items)
class Gen:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(Gen(), Iterator), issubclass(Gen, Iterable), issubclass(list, Sequence), issubclass(dict, MutableMapping), issubclass(set, Set))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), isinstance([], Hashable), isinstance(object(), Hashable))
def flatten(items):
    for x in items:
        if isinstance(x, Iterable) and not isinstance(x, (str, bytes)):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, (4, 5)]], "ab"])))
