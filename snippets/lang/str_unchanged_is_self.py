# Strings and tuples: operations that change nothing give back the same object, as CPython's do.
name = "sensor"
checks = [
    ("strip()", name.strip()),
    ("rstrip('x')", name.rstrip("x")),
    ("ljust(3)", name.ljust(3)),
    ("zfill(2)", name.zfill(2)),
    ("replace('q', 'z')", name.replace("q", "z")),
    ("replace('s', 'S', 0)", name.replace("s", "S", 0)),
    ("split()[0]", name.split()[0]),
    ("split(',')[0]", name.split(",")[0]),
    ("splitlines()[0]", name.splitlines()[0]),
    ("partition(':')[0]", name.partition(":")[0]),
    ("removesuffix('.py')", name.removesuffix(".py")),
    ("expandtabs()", name.expandtabs()),
    ("','.join([name])", ",".join([name])),
    ("name[:]", name[:]),
    ("name[::-1]", name[::-1]),
    ("str(name)", str(name)),
    ("name + ''", name + ""),
    ("name * 1", name * 1),
    ("f'{name}'", f"{name}"),
    ("f'{name!s:}'", f"{name!s:}"),
    ("f'<{name}>'", f"<{name}>"),
    ("format(name)", format(name)),
    ("'%s' % name", "%s" % name),
    ("'{}'.format(name)", "{}".format(name)),
    ("name.format()", name.format()),
    ("upper().lower()", name.upper().lower()),
    ("casefold()", name.casefold()),
    ("translate({})", name.translate({})),
]
for what, value in checks:
    print(f"{what:22} {value!r:12} {value is name}")

pair = (3, 4)
print(pair[:] is pair, pair + () is pair, () + pair is pair, pair * 1 is pair, tuple(pair) is pair)
print(pair[::-1] is pair, pair[5:] is (), tuple() is ())
