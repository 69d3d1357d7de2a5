# Indexing and slicing strings, including negative steps and out-of-range bounds.
s = "Hello, World"
print(s[0], s[-1], s[7:], s[:5], s[-5:-1], s[::2], s[::-1], s[100:], s[-100:3])
print(s[1:10:3], s[10:1:-2], s[:], s[5:5] == "")
u = "añb日c"
print(u[1], u[3], u[::-1], u[1:4], len(u))
try:
    s[20]
except IndexError as e:
    print(e)
try:
    s["1"]
except TypeError as e:
    print(e)
try:
    s[0] = "h"
except TypeError as e:
    print(e)
print([c for c in "abc"], list("héllo"), "abc"[True])
