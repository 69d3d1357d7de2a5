# slice() objects: attributes, indices(), use in subscripts and equality.
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, s.indices(5), s.indices(100))
print(slice(3), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
data = list(range(10))
print(data[s], data[slice(3)], data[slice(None, None, -3)], "abcdef"[slice(1, -1)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print(e)
try:
    slice()
except TypeError as e:
    print(e)
