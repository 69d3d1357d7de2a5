# min and max with key functions, defaults, ties and generator inputs.
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 22)]
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
print(max(people, key=lambda p: (p[1], p[0])))
print(min((len(w), w) for w in "one three five".split()))
print(max([3, 1, 3.0]), max([3.0, 1, 3]), min([0, False]), min([False, 0]))
print(max("apple", "pear", key=len), min([], key=len, default="nothing"))
print(max({"a": 3, "b": 5}, key=lambda k: {"a": 3, "b": 5}[k]))
print(max(map(abs, [-7, 3, 5])), min(zip([3, 1], [2, 9])))
