# Writing an int of more than 4300 decimal digits is refused by every route (str, repr, f-strings, %, format, print) and quickly, however large the number; hex and int parsing have their own rules.
huge = 7 << 2**22
near = 10**4299
routes = [
    ("str", str),
    ("repr", repr),
    ("f-string", lambda v: f"{v}"),
    ("f-string spec", lambda v: f"{v:>10}"),
    ("percent d", lambda v: "%d" % v),
    ("percent i", lambda v: "%5i" % v),
    ("format comma", lambda v: format(v, ",")),
    ("format d", lambda v: format(v, "d")),
    ("format n", lambda v: format(v, "n")),
    ("str.format", lambda v: "{}".format(v)),
    ("print", print),
]
for name, route in routes:
    for value in (huge, -huge, near * 10):
        try:
            route(value)
            print(name, "wrote it")
        except ValueError as e:
            print(name, "->", e)
print(len(str(near)), len(str(-near)), len(f"{near:,}"))
print(len(hex(huge)), len(format(huge, "b")), len("%x" % huge))
try:
    int("9" * 5000)
except ValueError as e:
    print(e)
x = 1 << 100
print(x % 7, x // 3 % 1000, x >> 90, -x >> 99)
