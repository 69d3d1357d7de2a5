# Dict views are live and support set operations.
inventory = {"apples": 3, "pears": 0, "plums": 7}
keys = inventory.keys()
values = inventory.values()
items = inventory.items()
inventory["figs"] = 2
print(keys, len(keys))
print(values)
print(items)
print("figs" in keys, 7 in values, ("plums", 7) in items)
print(keys & {"apples", "kiwis"}, sorted(keys | {"kiwis"}), sorted(keys - {"pears"}))
del inventory["pears"]
print(list(keys), sum(values))
for k, v in items:
    print(f"{k}: {v}")
print(sorted(inventory, key=inventory.get), max(inventory, key=inventory.get))
print(list(reversed(inventory)), list(reversed(inventory.items()))[0])
try:
    for k in inventory:
        inventory[k + "!"] = 1
except RuntimeError as e:
    print(e)
