# ljust/rjust/center/zfill for aligned byte columns.
items = [(b"apples", 3, 1.5), (b"kiwi", 12, 0.25), (b"passionfruit", 100, 12.0)]
print(b"item".ljust(14) + b"qty".rjust(5) + b"price".rjust(9))
for name, qty, price in items:
    print(name.ljust(14, b".") + str(qty).encode().rjust(5) + (b"%.2f" % price).rjust(9))
print(b"title".center(21, b"="))
for w in range(4, 9):
    print(w, b"ab".center(w, b"*"), b"abc".center(w, b"*"))
print(b"42".zfill(5), b"-42".zfill(5), b"+42".zfill(5), b"abc".zfill(2), bytearray(b"7").zfill(3))
print(b"x".ljust(3, bytearray(b"_")), b"x".rjust(-5))
try:
    b"x".center(5, b"ab")
except TypeError as e:
    print(e)
