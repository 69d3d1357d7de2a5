# Wrong argument counts and types for byte methods, with CPython's wording.
s = b"data"
calls = [
    lambda: s.upper(1), lambda: s.upper(x=1), lambda: s.center(), lambda: s.center(1, 2, 3),
    lambda: s.center("5"), lambda: s.split(1), lambda: s.split(b",", 1, 2), lambda: s.split(maxsplit="2"),
    lambda: s.split(b"a", sep=b"b"), lambda: s.decode(1), lambda: s.decode("utf-8", 1), lambda: s.decode(foo=1),
    lambda: s.expandtabs("4"), lambda: s.expandtabs(2**40), lambda: s.splitlines("x"), lambda: s.hex(1),
    lambda: s.join(), lambda: s.partition(), lambda: s.strip(b"a", b"b"), lambda: s.strip(bytes=b"a"),
    lambda: s.zfill(2**70), lambda: s.ljust(2**70), lambda: s.isdigit(1), lambda: s.removeprefix(),
]
for call in calls:
    try:
        call()
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
