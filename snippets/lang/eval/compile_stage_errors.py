# SyntaxErrors from CPython's compiler (not its parser) carry no source text for code given as a string; parser errors do
sources = [
    "return 1",
    "for i in range(3): pass\nbreak",
    "continue",
    "def f():\n    x = 1\n    global x",
    "def f(a, a): pass",
    "nonlocal x",
    "def f():\n    nonlocal y",
    "a, *b, *c = range(5)",
    "*a = [1]",
    "def f():\n    from math import *",
    "yield 1",
    "[(yield x) for x in y]",
    "x = (1 +",
    "f() = 1",
    "1 +",
]
for src in sources:
    try:
        compile(src, "<string>", "exec")
    except SyntaxError as e:
        print(f"{e.msg!r:55} line={e.lineno} offset={e.offset} text={e.text!r}")
for mode in ("func_type", "bogus", ""):
    try:
        compile("def f(x): pass", "<test>", mode)
    except ValueError as e:
        print(mode, "->", e)
exec("def g():\n    pass\nreturn 2\n")
