# replace with counts, expandtabs, removeprefix/removesuffix.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print(repr("a\tb\tc".expandtabs()), repr("a\tb\tc".expandtabs(4)), repr("12345\t6".expandtabs(4)))
print(repr("x\ty\n\tz".expandtabs(tabsize=2)), repr("\t".expandtabs(0)), repr("a\r\tb".expandtabs(3)))
print("TestCase".removeprefix("Test"), "TestCase".removeprefix("Case"), "file.py".removesuffix(".py"))
print("abc".removesuffix(""), "".removeprefix("a"))
try:
    "abc".replace("a")
except TypeError as e:
    print(e)
