# namereplace: characters a codec cannot encode become \N{...} escapes (as in log files kept ASCII).
messages = ["caf\u00e9 \u2615", "\u00bd \u00d7 \u03c0 \u2248 1.57", "\u2192 next", "\u4e2d\ud55c\u00a0end", "tab\there"]
for m in messages:
    print(m.encode("ascii", "namereplace").decode("ascii"))
print("\u00e9\u20ac".encode("latin-1", "namereplace"))
print("\u00e9\u20ac\u2603".encode("cp1252", "namereplace"))

# Characters without a name fall back to hex escapes.
for c in ["\x7f", "\x85", "\ue000", "\ud800", "\U000e0001", "\u0378", "\U0010f7ff"]:
    print(repr(c), c.encode("ascii", "namereplace"))

# A name can be turned back into the character with \N{...} in a literal.
escaped = "\u00c5ngstr\u00f6m".encode("ascii", "namereplace").decode()
print(escaped)
print("\N{LATIN CAPITAL LETTER A WITH RING ABOVE}ngstr\N{LATIN SMALL LETTER O WITH DIAERESIS}m")

# Decoding has no names to offer.
try:
    b"\xff".decode("utf-8", "namereplace")
except TypeError as e:
    print("TypeError:", e)
