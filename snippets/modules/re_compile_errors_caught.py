import re
for p in ["(", "[", "*", "a{2,1}", r"\1", "(?P<1>a)", "a)"]:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), "->", e, e.pos)
print(re.compile("(a)(?P<n>b)").groupindex, re.compile("x", re.I | re.M).flags)
print(re.fullmatch(r"(\d+)\.(\d+)", "3.14").groups())
re.compile("(?#unterminated")
