# The same templates formatted as str and as bytes.
templates = ["%s", "%r", "%a", "%5.2s|", "%c"]
values = ["\u00e9t\u00e9", 65]
for t in templates:
    for v in values:
        try:
            s = t % v
        except TypeError as e:
            s = "TypeError: %s" % e
        try:
            b = t.encode() % (v.encode() if isinstance(v, str) and t != "%r" and t != "%a" else v)
        except (TypeError, OverflowError) as e:
            b = "%s: %s" % (type(e).__name__, e)
        print(repr(t).ljust(8), repr(s).ljust(14), b)
print("%s" % b"bytes in str", b"%s" % "\u00e9".encode())
print("%d items" % 3, b"%d items" % 3)
