# istitle() and title() on tricky inputs.
for s in [b"Hello", b"HeLLo", b"Hello World", b"Hello world", b"H", b"h", b"1A", b"A1",
          b"Don't", b"Don'T", b"X-Ray", b"x-ray", b"", b"123", b"\xe9A"]:
    print(repr(s).ljust(16), s.istitle(), s.title(), s.title().istitle())
