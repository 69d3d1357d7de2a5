# f-strings: expressions, conversions, = debugging, nested specs, dicts and quotes.
name, n, pi = "Ann", 42, 3.14159
print(f"{name} {n} {pi}")
print(f"{name!r} {name!s} {'é'!a} {n!r}")
print(f"{n=} {pi=:.2f} {name = } {n*2=}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}] [{name:>{width}}] [{n:{'^'}{width}}]")
d = {"key": "value"}
print(f"{d['key']} {d!r} {len(d)}")
print(f"{'nested' + ' ' + 'expr'} {[x * 2 for x in range(3)]} {(lambda: 'call')()}")
print(f"{{braces}} {n:#x} {n:08b} {n:,} {1234567.891:,.2f} {0.25:.1%}")
print(f"{3 if n > 10 else 4} {n > 10!r} {None!s:>6}")
items = ["a", "b"]
print(f"{', '.join(items)} {items[-1]} {'x':*<5}")
print(f"""multi
{name}
line""")
print(rf"raw {name}\n", fr"{n}\t")
