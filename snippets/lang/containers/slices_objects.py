# slice objects: indices() normalisation and reuse across sequences.
s = slice(-3, None)
for seq in ("abcdefg", [1, 2, 3, 4], (9, 8, 7), range(10)):
    print(seq[s], s.indices(len(seq)))
every_other = slice(None, None, 2)
print("abcdefgh"[every_other], list(range(9))[every_other], every_other)
print(slice(1, 10, 3).indices(5), slice(10, 1, -3).indices(5), slice(None, None, -1).indices(3))
print(slice(2) == slice(None, 2), slice(1, 2) == slice(1, 2, None), hash(slice) is not None)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(e)
