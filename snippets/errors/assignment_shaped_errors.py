# Statements that look like assignments but are not: CPython rereads them as tuples of named expressions, so the message and caret depend on which item first looks like a mistyped comparison
sources = [
    "1, x = 3",
    "f(), x = 3",
    "x, y, 2 = 3",
    "x, f() = 3",
    "x, *y, 1 = 3",
    "x, y = z, 1 = 3",
    "a = x, 2 = 3",
    "a = b = x, 2 = 3",
    "1 = x, y = 3",
    "(f()) = 1",
    "x = [1, (f()) = 2]",
    "x += 1, 2 = 3",
    "x: int = 1, 2 = 3",
    "x //= 1, (2 = 3)",
    "lambda x=1, y: x",
    "f(lambda x=1, y: x)",
]
for src in sources:
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        print(f"{src!r:24} {e.msg} (col {e.offset}-{e.end_offset})")
