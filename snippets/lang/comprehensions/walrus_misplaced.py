# Where a walrus may not stand in a comprehension: rebinding its variable, in an iterable, in a class body
sources = [
    "[(i := i + 1) for i in range(3)]",
    "[[(j := 0) for i in range(2)] for j in range(2)]",
    "list((k := 1) for k in 'ab')",
    "[n for n in (data := [1, 2])]",
    "[n for m in [1] for n in (more := [m])]",
    "[n for n in (lambda: (cache := [5]))()]",
    "class Config:\n    flags = [(last := f) for f in 'xy']\n",
    "class Config:\n    flags = list((last := f) for f in 'xy')\n",
    "class Config:\n    make = lambda: [(last := f) for f in 'xy']\n",
    "[(total := total + n) for n in range(3)]",
]
for src in sources:
    try:
        compile(src, "<demo>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno}, {e.offset}-{e.end_offset})")
print([(last := n) for n in range(3)], last)
