import _operator, operator
print(_operator.__name__, _operator.add(2, 3), _operator.itemgetter(1)("ab"))
print(_operator._compare_digest("abc", "abc"), _operator._compare_digest("abc", "abd"))
print(_operator._compare_digest(b"abc", bytearray(b"abc")), _operator._compare_digest(b"ab", b"abc"))
print(_operator._compare_digest(memoryview(b"xy"), b"xy"))
for a, b in [(1, 2), ("a", b"a"), (b"a", "a"), ("\xe9", "\xe9"), ([], b"")]:
    try:
        _operator._compare_digest(a, b)
    except TypeError as e:
        print("TypeError:", e)
try:
    _operator._compare_digest("a")
except TypeError as e:
    print(e)
