# A star pattern outside a sequence pattern: CPython fails after it where a sequence could start, else at the `*`
patterns = ["*a", "(*a)", "C(*a)", "C(x=*a)", "a | *b", "[a, (*b)]", "*a as b", "{1: *a}", "*a if x", "C(*a, b)", "*a, b", "[*a]", "(*a, b)", "C(D(*a))"]
for p in patterns:
    src = f"match x:\n    case {p}:\n        pass\n"
    try:
        compile(src, "<snippet>", "exec")
        print(p, "ok")
    except SyntaxError as e:
        print(p, e.msg, e.lineno, e.offset, e.end_offset)
exec("match x:\n    case C(*rest):\n        pass\n")
