# Errors from translate() and maketrans() arguments.
calls = [
    lambda: b"abc".translate(b"short"),
    lambda: b"abc".translate("x" * 256),
    lambda: b"abc".translate(None, "a"),
    lambda: b"abc".translate(),
    lambda: b"abc".translate(table=None),
    lambda: b"abc".translate(None, b"a", b"b"),
    lambda: bytes.maketrans(b"a", "b"),
    lambda: bytes.maketrans(b"ab", b"c"),
    lambda: bytes.maketrans(b"a"),
    lambda: bytes.maketrans(frm=b"a", to=b"b"),
]
for call in calls:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(b"abc".translate(None, delete=b"b"), bytearray.maketrans(b"a", b"z")[97:98])
