# A starred element in a comprehension or generator expression is CPython's "unpacking cannot be used in comprehension" SyntaxError
sources = [
    "print(*a for a in b)",
    "[*a for a in b]",
    "{*a for a in b}",
    "(*a for a in b)",
    "{**a for a in b}",
    "x = {**a for a in b if a}",
    "[*a, b for a in c]",
    "f(x, *a for a in b)",
    "f(x, *a for a in b if a)(1)",
    "f(**k, *a for a in b)",
    "f(k=1, *a for a in b)",
    "{**a, 1 for a in b}",
    "{**a, **b, 1: 2, 3 for x in y}",
]
for src in sources:
    try:
        compile(src, "<string>", "exec")
    except SyntaxError as e:
        print(f"{e.msg!r:55} offset={e.offset} end={e.end_offset} text={e.text!r}")
exec("total = sum(*x for x in [[1, 2]])")
