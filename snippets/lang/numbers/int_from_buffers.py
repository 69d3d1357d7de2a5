# int() reads any bytes-like object as the digits it holds.
import array

print(int(b"12"), int(bytearray(b" -7 ")), int(memoryview(b"123")))
print(int(memoryview(b"xx42")[2:]), int(array.array("b", [52, 50])))
print(int(b"ff", 16), int(bytearray(b"0o17"), 0))
for bad in [memoryview(b"12x"), array.array("b", [120]), memoryview(b"")]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(memoryview(b"10"), 2)
except TypeError as e:
    print("TypeError:", e)
