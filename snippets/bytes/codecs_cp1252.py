# cp1252 (windows-1252): smart quotes, the euro sign, mojibake repair and the five undefined bytes.
legacy = b"\x93Caf\xe9\x94 costs \x805 \x96 that\x92s \x85 fine"
text = legacy.decode("cp1252")
print(text)
print(legacy.decode("latin-1").encode("latin-1") == legacy, repr(legacy.decode("latin-1")[:6]))

# Text that was UTF-8 but was read as cp1252 (mojibake), and its repair.
mangled = "na\u00efve \u2014 caf\u00e9".encode("utf-8").decode("windows-1252")
print(mangled, "->", mangled.encode("cp1252").decode("utf-8"))

# Which bytes 0x80..0x9F mean something.
table = bytes(range(0x80, 0xA0)).decode("cp1252", "replace")
print(" ".join(f"{0x80 + i:02x}" for i, c in enumerate(table) if c == "\ufffd"))
print(table.replace("\ufffd", "."))

for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
    try:
        print(errors, repr(b"ok \x81\x8d!".decode("cp1252", errors)))
    except UnicodeDecodeError as e:
        print(errors, "->", e, e.start, e.end)

# Encoding: characters outside the code page fail as a run.
for errors in ["strict", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace", "surrogateescape"]:
    try:
        print(errors, "\u20ac 3 \u2192 \u20ad\u20ae!".encode("cp1252", errors))
    except UnicodeEncodeError as e:
        print(errors, "->", e, e.start, e.end)
print("\udc81\udc8d".encode("cp1252", "surrogateescape"), "\x81".encode("cp1252", "replace"))
