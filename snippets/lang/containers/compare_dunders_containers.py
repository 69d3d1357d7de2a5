# Comparison methods called by name on arrays, memoryviews and dict views
# answer for the operands their operators take, NotImplemented otherwise.
from array import array

small, big = array("b", [0, 1, 2]), array("B", [3, 2, 1, 0])
print(small.__eq__(big), small.__ne__(big), small.__lt__(big), small.__ge__(big))
print(array("i", [1, 2]).__eq__(array("d", [1.0, 2.0])))
print(small.__eq__([0, 1, 2]), small.__lt__(b"\x05"))

view = memoryview(b"abc")
print(view.__eq__(b"abc"), view.__ne__(bytearray(b"abd")), view.__eq__(view))
print(view.__eq__("abc"), view.__lt__(b"abd"), view.__ge__(view))

d = {1: "one", 2: "two"}
keys, items, values = d.keys(), d.items(), d.values()
print(keys.__eq__({1, 2}), keys.__ne__(frozenset({1})), keys.__lt__({1, 2, 3}))
print(keys.__le__({1: 0, 2: 0}.keys()), keys.__eq__([1, 2]), keys.__gt__(items))
print(items.__eq__({(1, "one"), (2, "two")}), items.__ge__({(2, "two")}))
print(values.__eq__(values), values.__eq__(d.values()))
