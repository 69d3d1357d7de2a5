# find/rfind/index/rindex/count with start and end, negative and None bounds.
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("a", -4), s.find("z"))
print(s.rfind("a"), s.rfind("a", 0, -1), s.rfind("abra"), s.rfind("abra", 1, 10))
print(s.index("c"), s.rindex("b"), s.index("a", None, None))
print(s.count("a"), s.count("a", 3), s.count("a", 3, 8), s.count("abra"), s.count(""), s.count("", 5))
print(s.find(""), s.find("", 11), s.find("", 12), s.rfind(""), "".count(""))
print("aaaa".count("aa"), "ünïcödé".find("ö"), "ünïcödé".count("é", 2))
try:
    s.index("z")
except ValueError as e:
    print(e)
try:
    s.rindex("z", 2)
except ValueError as e:
    print(e)
try:
    s.find(1)
except TypeError as e:
    print(e)
print(s.startswith("abra"), s.startswith("cad", 4), s.startswith(("x", "ab")), s.endswith("bra", 0, 4))
print(s.endswith(("a", "b")), s.startswith("", 11), s.startswith("", 12))
