# SyntaxError attributes from compile() of strings: columns in characters, the tokenizer's text without its newline, -1 where the parser has no end, compiler errors without text
sources = [
    "\u00e9 = $",
    "x = b'\u00e9'",
    "\u00e9 = 1; x = f'{a!z}'",
    "\u00e9 = (1,",
    "\u00e9 = 1; return 5",
    "\u00e9 = 1; nonlocal q",
    "x = 0b2 + 1",
    "x = 'abc",
    "y = 1\nx = 09 + 1",
    "x = 1)",
    "if x:\n",
    "if x:",
    "try:\n  pass",
    "def f():\n  return\n x",
    "  x = 1",
    "if x:\npass",
    "await x",
    "x = 1\x00",
]
for src in sources:
    try:
        compile(src, "<snippet>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, (e.lineno, e.offset, e.text, e.end_lineno, e.end_offset))
compile("a = 1 is 1", "<warned>", "exec")
code = compile("b = 2 is 2", "<once>", "exec")
exec(code)
exec("if y:\n")
