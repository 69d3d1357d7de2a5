# What bytes % formatting rejects, with CPython's messages.
cases = [
    (b"%s", "text"), (b"%s", 42), (b"%d", "x"), (b"%x", 1.5), (b"%c", 256), (b"%c", b"ab"),
    (b"%c", "a"), (b"%f", "x"), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"abc", 1),
    (b"%(k)s", (1,)), (b"%(k)s", {"k": b"v"}), (b"%", ()), (b"%(k", {}), (b"%y", 1),
    (b"%*d", ("x", 1)), (b"%.*f", (2**70, 1.0)), (b"%\xff", 1),
]
for template, args in cases:
    try:
        print(template % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(template), type(e).__name__ + ":", e)
print(b"abc" % (), b"abc" % {}, b"abc" % [], b"abc" % memoryview(b""))
