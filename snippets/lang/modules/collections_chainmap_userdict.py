# collections.ChainMap, UserDict and UserList: lookups through the maps, reprs, views, operators and CPython's KeyError texts.
from collections import UserDict, UserList, ChainMap
class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
d = LowerDict(Name="x", AGE=3)
print(d, d["NAME"], len(d), "name" in d, d.data, list(d.items()))
d.update({"City": "Paris"})
print(d, d.get("CITY"), d.copy(), type(d.copy()).__name__)
class Missing(UserDict):
    def __missing__(self, key):
        return f"<{key}>"
m = Missing(a=1)
print(m["a"], m["b"])
print(UserDict(a=1) | {"b": 2}, {"z": 0} | UserDict(a=1), UserDict.fromkeys("ab", 0))
try:
    UserDict()["x"]
except KeyError as e:
    print("KeyError", e)
class Numbers(UserList):
    def sum(self):
        return sum(self.data)
n = Numbers([3, 1, 2])
n.append(5); n.sort(); print(n, n.sum(), n[1:3], type(n[1:3]).__name__, n + [9], len(n), n == [1, 2, 3, 5], 2 in n)
n.extend(Numbers([7])); print(n, n.pop(), n.index(3), n.count(1), n * 2)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm.keys(), cm.items(), cm.values(), list(cm.items()), ChainMap(), cm.copy())
print(cm | {"c": 4}, {"z": 1} | cm)
cm2 = cm.new_child({"q": 0}); print(cm2, cm2.parents, len(cm2), bool(ChainMap({})))
try:
    ChainMap().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    cm.pop("b")
except KeyError as e:
    print("KeyError", e)
print(cm.pop("a"), cm, cm.pop("zz", "dflt"))
import builtins
pylookup = ChainMap(locals(), globals(), vars(builtins))
print(pylookup["len"] is len)
