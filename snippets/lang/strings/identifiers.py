# isidentifier for names, keywords and Unicode letters.
for s in ["name", "_private", "2fast", "with space", "class", "ünïcode", "a-b", "", "__init__", "x1", "名前", "a\u0301"]:
    print(repr(s), s.isidentifier())
