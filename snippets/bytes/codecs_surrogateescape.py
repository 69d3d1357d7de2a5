# surrogateescape: undecodable bytes (say, from a file name or a log line) survive a str round trip.
raw_names = [b"report.txt", b"caf\xe9.csv", b"\xff\xfeheader.bin", b"ok-\xc3\xa9t\xc3\xa9.md", b"half\xe2\x82.log"]
decoded = [n.decode("utf-8", "surrogateescape") for n in raw_names]
for raw, name in zip(raw_names, decoded):
    bad = [hex(ord(c)) for c in name if 0xDC80 <= ord(c) <= 0xDCFF]
    back = name.encode("utf-8", "surrogateescape")
    print(f"{name!r:24} len={len(name):2} escaped={bad} roundtrip={back == raw}")

# A name with escaped bytes cannot be encoded strictly, but can be shown safely.
name = decoded[1]
try:
    name.encode("utf-8")
except UnicodeEncodeError as e:
    print("strict:", e)
    print("   ", e.encoding, e.start, e.end, repr(e.object[e.start:e.end]), e.reason)
print("display:", name.encode("utf-8", "backslashreplace").decode("ascii"))
print("display:", name.encode("utf-8", "replace"), name.encode("ascii", "xmlcharrefreplace"))

# ascii and latin-1 take surrogateescape too.
print(b"a\x80\xffz".decode("ascii", "surrogateescape").encode("ascii", "surrogateescape"))
print(repr(b"a\x80\xffz".decode("latin-1", "surrogateescape")))
print("x\udc80\udcff".encode("latin-1", "surrogateescape"))

# Only U+DC80..U+DCFF stand for bytes: other surrogates still fail, from where the escapable run stops.
for text in ["ab\udc80\ud800cd", "\udc7f", "\ud800\udc80", "\u00e9\udcff"]:
    for codec in ["utf-8", "ascii"]:
        try:
            print(codec, text.encode(codec, "surrogateescape"))
        except UnicodeEncodeError as e:
            print(codec, "error:", e)

# Bytes that are ASCII are never escaped: a UTF-16 tail that starts with one fails.
try:
    b"a\x00\x3d".decode("utf-16-le", "surrogateescape")
except UnicodeDecodeError as e:
    print(e)
print(repr(b"\x00a\xd8".decode("utf-16-be", "surrogateescape")))
