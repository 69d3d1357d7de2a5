# eval() of incomplete input: "invalid syntax" at the end of input without a newline has offset 0 (no caret)
for s in ["1 +", "1 +\n", "1 + \n\n", "x if y", "[1, 2", "1 +  # c", "lambda:", "not", "2 *", "(1 +"]:
    try:
        compile(s, "f", "eval")
    except SyntaxError as e:
        print(repr(s), e.msg, e.offset, e.end_offset, e.lineno)
print(eval("  6 * 7"))
eval("3 *")
