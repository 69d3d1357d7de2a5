# Nested lists and dicts: copying, aliasing, and the [[]] * n trap.
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
trap = [[0] * 3] * 3
trap[0][0] = 1
print(trap)
a = [1, [2, 3]]
shallow = list(a)
shallow[1].append(4)
print(a, shallow is a, shallow[1] is a[1])
config = {"db": {"host": "x", "ports": [1, 2]}}
copy = {k: dict(v) for k, v in config.items()}
copy["db"]["host"] = "y"
print(config["db"]["host"], copy["db"]["host"])
cyc = [1]
cyc.append(cyc)
print(cyc)
d = {}
d["self"] = d
print(d)
