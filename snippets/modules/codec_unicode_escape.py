tests = [b"a\\nb\\t\\x41\\u00e9\\U0001F600\\101\\0\\\\\\'\\\"\\a\\b\\f\\v", b"\\N{LATIN SMALL LETTER A}", b"\xe9\xff", b"x\\\ny"]
for t in tests:
    print(repr(t.decode("unicode_escape")), repr(t.decode("raw_unicode_escape")))
bad = [b"\\x4", b"\\x4g", b"\\u12", b"\\U0011ffff", b"\\U1234", b"\\", b"ab\\", b"\\N{nope}", b"\\N{", b"\\Nx"]
for t in bad:
    for codec in ("unicode_escape", "raw_unicode_escape"):
        for errors in ("strict", "replace", "ignore", "backslashreplace"):
            try:
                print(codec, errors, repr(t.decode(codec, errors)))
            except UnicodeDecodeError as e:
                print(codec, errors, e, e.start, e.end)
s = "a\\b\t\n\r\x00\x7f\x80\xff'\"\u0100\uffff\U00010000\ud800"
print(s.encode("unicode_escape"))
print(s.encode("raw_unicode_escape"))
print("\\u1234".encode("raw_unicode_escape"))
