# Other str methods: count of overlapping, isprintable, index errors, __len__, in.
s = "Mississippi"
print(s.lower().count("ss"), s.count("i"), s.index("ss"), s.rindex("ss"))
print(s.upper().replace("SS", "ß"), s.swapcase(), s.center(15, "~"))
print("a,b;c d".replace(",", " ").replace(";", " ").split())
print("tab\tsep".isprintable(), "printable".isprintable(), "".isprintable())
print(len("日本語"), "日本" in "日本語", "語".join(["a", "b"]))
print("%-6s|%6s|" % ("ab", "cd"), "abc".__len__(), "abc".__contains__("b"))
print("Hello"[1:].upper() + "!", "-".join(reversed("a b c".split())))
print("x".__add__("y"), "ab".__mul__(2), "b".__eq__("b"), "a".__lt__("b"))
