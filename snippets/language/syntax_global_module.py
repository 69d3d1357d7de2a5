srcs = ["b = 2\nglobal b\n", "print(x)\nglobal x\n", "x: int\nglobal x\n", "x = 1\nnonlocal x\n",
        "global y\ny = 1\n", "class A:\n    x = 1\n    global x\n"]
for src in srcs:
    try:
        compile(src, "<s>", "exec")
        print("OK")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
try:
    exec("z = 2\nglobal z\n")
except SyntaxError as e:
    print(e)
