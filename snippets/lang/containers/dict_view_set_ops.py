# Keys and items views compare with sets (and each other) by inclusion, and have isdisjoint; values views have neither
d = {"a": 1, "b": [2]}
k, i = d.keys(), d.items()
print(k == {"a", "b"}, k != {"a"}, k <= {"a", "b"}, k < {"a", "b"}, k < {"a", "b", "c"}, k >= {"a"}, k > {"a", "b"})
print({"a"} < k, {"a", "b", "c"} >= k, k == {"a": 0, "b": 0}.keys(), k < i)
print(i >= {("a", 1)}, i > {("a", 1)}, i == {"a": 1, "b": [2]}.items(), {1: 2}.items() <= {(1, 2), (3, 4)})
print(k.isdisjoint(["x"]), k.isdisjoint("ab"), i.isdisjoint([("a", 1)]), {}.keys().isdisjoint([]))
print(d.values() == d.values(), k.mapping, d.values().mapping["a"])
for bad in ["d.values() < {1}", "k < ['a']", "d.values().isdisjoint([])", "k.isdisjoint()"]:
    try:
        print(eval(bad))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
