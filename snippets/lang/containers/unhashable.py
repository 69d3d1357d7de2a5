# Unhashable keys and members give TypeError with the type name.
for bad in ([1], {"a": 1}, {1}, bytearray(b"x")):
    try:
        {bad: 1}
    except TypeError as e:
        print(e)
    try:
        {bad}
    except TypeError as e:
        print(e)
print({(1, 2): 1, frozenset({1}): 2, None: 3, 1.5: 4, "s": 5, b"b": 6})
print(hash(None) == hash(None), hash(1.5) == hash(1.5), hash((1, "a")) == hash((1, "a")))
