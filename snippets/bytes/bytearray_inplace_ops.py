# In-place += and *= keep the same bytearray object.
ba = bytearray(b"ab")
alias = ba
ba += b"cd"
ba += bytearray(b"e")
ba += memoryview(b"f")
print(ba, alias is ba)
ba *= 2
print(ba, alias is ba)
ba *= 0
print(ba, alias is ba, len(alias))
b = b"ab"
b2 = b
b += b"c"
print(b, b2, b is b2)
for bad in ["x", [1], 5]:
    try:
        ba += bad
    except TypeError as e:
        print(e)
try:
    ba *= 1.5
except TypeError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
print(b"a" + bytearray(b"b"), bytearray(b"a") + b"b", b"x" + memoryview(b"y"))
