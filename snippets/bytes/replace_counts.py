# replace() with counts, empty patterns and growing/shrinking results.
s = b"one two one two one"
print(s.replace(b"one", b"1"), s.replace(b"one", b"1", 2), s.replace(b"one", b"1", 0), s.replace(b"one", b"1", -1))
print(s.replace(b"two", b""), s.replace(b" ", b"__"), s.replace(b"xyz", b"!"))
print(b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2), b"".replace(b"", b"x"), b"".replace(b"a", b"b"))
print(bytearray(b"aaa").replace(b"a", bytearray(b"bb")), b"aaa".replace(memoryview(b"aa"), b"X"))
for call in [lambda: s.replace("one", b"1"), lambda: s.replace(b"one"), lambda: s.replace(b"a", b"b", "1"),
             lambda: s.replace(b"a", b"b", count=1), lambda: s.replace(b"a", b"b", 1, 2)]:
    try:
        call()
    except TypeError as e:
        print(e)
