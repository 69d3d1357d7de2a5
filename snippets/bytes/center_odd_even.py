# center() puts the odd padding byte on the left only for odd widths.
for s in [b"", b"a", b"ab", b"abc"]:
    print(repr(s).ljust(6), [s.center(w, b".") for w in range(0, 8)])
print(b"mid".center(10, b"-"), bytearray(b"x").center(4), b"x".center(3, bytearray(b"#")))
for fill in [b"", b"ab", "x", 1, memoryview(b"x")]:
    try:
        b"x".center(5, fill)
    except TypeError as e:
        print(e)
