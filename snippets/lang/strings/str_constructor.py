# str() of various objects and the bytes-decoding constructor form.
print(str(), str(123), str(-1.5), str(1e22), str([1, "a"]), str((1,)), str({"k": None}))
print(str(True), str(None), str(b"ab"), str(3 + 0j) if False else "", str(range(3)), str(slice(1, 2)))
print(str(b"abc", "ascii"), str(bytearray(b"xy"), "utf-8"), str(b"\xe9", "latin-1"))
print(type(str(5)).__name__, str("same") == "same")
try:
    str(5, "utf-8")
except TypeError as e:
    print(e)
print(repr(str.__name__), str is type("x"))
