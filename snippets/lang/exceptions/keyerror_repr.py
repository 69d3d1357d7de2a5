# KeyError's str is the repr of its key; other errors use str.
d = {}
for key in ["name", 42, ("a", 1), "", None]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e), "|", str(e), "|", e.args)
try:
    raise KeyError("with 'quote'")
except KeyError as e:
    print(e)
print(str(LookupError("plain")), str(IndexError("idx")))
