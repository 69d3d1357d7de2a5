# Argument unpacking at call sites with * and ** mixed with literals.
def point(x, y, z=0, *, label="p"):
    return f"{label}({x}, {y}, {z})"

coords = (1, 2)
print(point(*coords))
print(point(*coords, 3))
print(point(*[4, 5, 6], label="q"))
print(point(**{"x": 7, "y": 8}))
print(point(1, **{"y": 2, "label": "r"}))
args = [1]
kwargs = {"y": 9}
print(point(*args, **kwargs))
try:
    point(*coords, **{"x": 0})
except TypeError as e:
    print(e)
try:
    point(**{"x": 1, "y": 2}, **{"y": 3})
except TypeError as e:
    print(e)
print(*range(3), sep=", ")
print(*"abc", *[1, 2])
