# Case conversion of bytes only touches ASCII letters.
samples = [b"hello World", b"HELLO wORLD 123", b"caf\xc3\xa9", b"\xe9t\xe9 ETE", b"they're bill's friends", b"", b"123abc"]
for s in samples:
    print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
ba = bytearray(b"mIxEd CaSe")
print(ba.upper(), ba.lower(), ba.swapcase(), ba.title(), ba.capitalize(), ba)
print("caf\u00e9".upper().encode(), "caf\u00e9".encode().upper())
