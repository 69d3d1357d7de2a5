# An annotated name cannot be declared global or nonlocal (in either order), and "nonlocal and global" points at the first declaration
sources = [
    "def f():\n    x: int\n    global x",
    "def f():\n    global x\n    x: int = 3",
    "def f():\n    global x\n    (x): int = 3",
    "global x\nx: int = 3",
    "class C:\n    global x\n    x: int = 3",
    "def g():\n    x = 1\n    def f():\n        nonlocal x\n        x: int = 3",
    "def f():\n    nonlocal x\n    x: int = 3",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x",
    "def f():\n    x: int = 1\n    print(x)\n    global x",
]
for src in sources:
    try:
        compile(src, "<string>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(f"{e.msg!r:45} line={e.lineno} offset={e.offset} end={e.end_lineno},{e.end_offset}")
