# split and rsplit with separators, maxsplit positionally and by keyword.
line = "  alpha  beta\tgamma\ndelta  "
print(line.split())
print(line.split(None, 1))
print(line.rsplit(None, 1))
print(line.split(maxsplit=2))
print(line.rsplit(maxsplit=2))
csv = "a,b,,c,"
print(csv.split(","), csv.split(",", 2), csv.rsplit(",", 2))
print(csv.split(sep=",", maxsplit=1), csv.rsplit(sep=","))
print("".split(), "".split(","), "   ".split(), " x ".split(" "))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1))
print("1 2 3".split(maxsplit=0), "1 2 3".split(" ", -1))
print("x\u2003y\x1cz".split())
try:
    "abc".split("")
except ValueError as e:
    print(e)
try:
    "abc".split(1)
except TypeError as e:
    print(e)
