# del on bytearray items and slices, including negative steps.
ba = bytearray(b"abcdefghij")
del ba[0]
del ba[-1]
print(ba)
del ba[::3]
print(ba)
del ba[1:3]
print(ba)
ba = bytearray(b"abcdefghij")
del ba[::-2]
print(ba)
del ba[10:20], ba[:0]
print(ba)
ba = bytearray(b"abcdef")
ba[::2] = b""
print(ba)
for key in [10, -10, "1", 1.0]:
    try:
        del ba[key]
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    del b"abc"[0]
except TypeError as e:
    print(e)
