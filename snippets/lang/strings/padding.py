# center, ljust, rjust and zfill with fill characters and odd widths.
for w in (0, 3, 6, 7, 8):
    print(repr("abc".center(w)), repr("abc".center(w, "*")), repr("ab".center(w, "-")))
print("x".ljust(5, "."), "x".rjust(5, "."), "long".ljust(2))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "".zfill(3), "-".zfill(3), "12345".zfill(3))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)
try:
    "x".ljust()
except TypeError as e:
    print(e)
try:
    "x".rjust("5")
except TypeError as e:
    print(e)
