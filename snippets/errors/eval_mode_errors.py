# compile(..., "eval") stops after the longest expression: statements fail at the token after it
sources = ["f() = 1", "a + 1 += 2", "(a, b) += 1", "del f()", "x = (1,", "x = [1, 2", "if x:\n", "yield 1",
           "*a = 1", "a, *b, *c = d", "print 'x'", "print(1 2)", "f(a=1, b)", "x = 1", "1 +", "lambda: x = 1"]
for src in sources:
    try:
        compile(src, "<snippet>", "eval")
        print("ok")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_offset)
eval("f() = 1")
