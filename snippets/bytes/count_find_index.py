# count, find, rfind, index and rindex with start and end arguments.
s = b"abracadabra"
print(s.count(b"a"), s.count(b"abra"), s.count(b""), s.count(ord("r")), s.count(b"a", 3), s.count(b"a", 3, 8))
print(s.find(b"bra"), s.rfind(b"bra"), s.find(b"bra", 2), s.find(b"zzz"), s.find(b"a", -4), s.rfind(b"a", None, -1))
print(s.find(b""), s.find(b"", 5), s.find(b"", 11), s.find(b"", 12), s.rfind(b""), s.count(b"", 20))
print(s.index(b"c"), s.rindex(b"a"), s.index(ord("d")), s.find(bytearray(b"cad")), s.find(memoryview(b"dab")))
print(s.find(b"a", 2**70), s.find(b"a", -2**70), s.find(b"a", None, None), s.startswith(b"cad", 4))
for call in [lambda: s.index(b"x"), lambda: s.rindex(b"a", 0, 0), lambda: s.find("a"), lambda: s.find(b"a", "1"),
             lambda: s.count(256), lambda: s.find(), lambda: s.find(b"a", 1, 2, 3), lambda: s.find(b"a", start=1)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
