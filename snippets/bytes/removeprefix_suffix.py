# removeprefix() and removesuffix() remove at most one occurrence.
names = [b"test_alpha.py", b"test_test_beta.py", b"gamma.py", b"test_.pyc"]
for n in names:
    print(n.removeprefix(b"test_").removesuffix(b".py"))
print(b"aaa".removeprefix(b"a"), b"aaa".removesuffix(b"aa"), b"x".removeprefix(b""), b"".removesuffix(b"x"))
print(bytearray(b"prefix-body").removeprefix(b"prefix-"), b"body.bak".removesuffix(bytearray(b".bak")))
try:
    b"abc".removeprefix("a")
except TypeError as e:
    print(e)
