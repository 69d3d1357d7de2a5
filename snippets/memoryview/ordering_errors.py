# memoryviews have no ordering: < and friends raise, except where bytearray's own comparison answers.
pairs = [
    (memoryview(b'a'), memoryview(b'b')),
    (memoryview(b'a'), b'b'),
    (b'a', memoryview(b'b')),
    (memoryview(b'a'), 1),
    (bytearray(b'a'), memoryview(b'b')),
    (memoryview(b'b'), bytearray(b'a')),
    (bytearray(b'ace'), memoryview(b'abcdef')[::2]),
]
for a, b in pairs:
    for op, f in [('<', lambda x, y: x < y), ('>=', lambda x, y: x >= y)]:
        try:
            print(type(a).__name__, op, type(b).__name__, f(a, b))
        except TypeError as e:
            print('TypeError:', e)
try:
    sorted([memoryview(b'b'), memoryview(b'a')])
except TypeError as e:
    print('sorted:', e)
print(sorted([memoryview(b'b'), memoryview(b'a')], key=bytes)[0].tobytes())
