# Every error message bytes() and bytearray() give for bad arguments.
calls = [
    ('bytes(1.5)', lambda: bytes(1.5)),
    ('bytes(None)', lambda: bytes(None)),
    ("bytes('abc')", lambda: bytes('abc')),
    ("bytes('abc', 1)", lambda: bytes('abc', 1)),
    ("bytes('abc', 'ascii', 1)", lambda: bytes('abc', 'ascii', 1)),
    ("bytes(b'abc', 'ascii')", lambda: bytes(b'abc', 'ascii')),
    ("bytes(3, errors='strict')", lambda: bytes(3, errors='strict')),
    ("bytes(encoding='ascii')", lambda: bytes(encoding='ascii')),
    ('bytes(-1)', lambda: bytes(-1)),
    ('bytes(2**70)', lambda: bytes(2**70)),
    ('bytes([256])', lambda: bytes([256])),
    ("bytes([1, 'a'])", lambda: bytes([1, 'a'])),
    ("bytes(['a'])", lambda: bytes(['a'])),
    ('bytes(x=1)', lambda: bytes(x=1)),
    ('bytes(1, 2, 3, 4)', lambda: bytes(1, 2, 3, 4)),
    ("bytes('\\u00e9', 'ascii')", lambda: bytes('\u00e9', 'ascii')),
    ("bytes('a', 'no-such')", lambda: bytes('a', 'no-such')),
    ('bytearray(1.5)', lambda: bytearray(1.5)),
    ('bytearray([-1])', lambda: bytearray([-1])),
    ("bytearray('abc')", lambda: bytearray('abc')),
    ('bytearray(None)', lambda: bytearray(None)),
    ('bytearray(x=1)', lambda: bytearray(x=1)),
    ('bytes([2**70])', lambda: bytes([2**70])),
    ('bytes(object)', lambda: bytes(object)),
]
for label, call in calls:
    try:
        print(label, "->", call())
    except (TypeError, ValueError, OverflowError, LookupError) as e:
        print(label, "->", type(e).__name__ + ":", e)
