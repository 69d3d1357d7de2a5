# A later for-clause may not rebind a walrus target; an iterable's walrus is reported before a rebound variable
sources = [
    "[i for i in range(5) if (j := 0) for j in range(5)]",
    "list(x for x in range(3) if (j := 0) for j in range(5))",
    "[x for x in range(3) if (j := 0) for (a, [b, j]) in range(5)]",
    "[x for x in range(2) if (j := 1) if (k := 2) for (k, j) in range(2)]",
    "[x for x in range(3) if [(j := 1) for k in range(2)] for j in range(2)]",
    "[x for x in range(3) if (lambda: (j := 0)) for j in range(5)]",
    "[x for x in range(3) for y in (x := [1])]",
    "[list((j := 1) for i in range(2)) for j in range(3)]",
    "list([(j := 1) for i in range(2)] for j in range(3))",
    "[x for x in range(3) if (j := 0) for a in range(2) if (a := 1)]",
]
for src in sources:
    try:
        compile(src, "<demo>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno}, {e.offset}-{e.end_offset})")
