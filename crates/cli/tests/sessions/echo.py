# Expressions echo their repr and bind _; None is not echoed
1 + 1
_ * 10
None
"text"
b"\x00\xff"
bytearray(b"abc")
x = memoryview(b"xyz")
x[0]
print("printed")
_
[1, 2] + [3]
exit
quit
