# sys.getsizeof of buffers follows CPython's over-allocation: a bytearray
# or array grown item by item holds spare room, one built at once does not.
import array
import sys

S = sys.getsizeof

grown = bytearray()
for i in range(20):
    grown.append(i)
    print(len(grown), S(grown))
print("exact:", S(bytearray(20)), S(bytearray(b"x" * 20)), S(bytearray([1, 2, 3])))
print("from an iterator:", S(bytearray(range(20))), S(bytearray(x for x in b"abc")))

b = bytearray(b"hello world")
for step in ["+=", "del front", "del back", "extend", "clear", "*="]:
    if step == "+=":
        b += b"!" * 30
    elif step == "del front":
        del b[:20]
    elif step == "del back":
        del b[5:]
    elif step == "extend":
        b.extend(range(40))
    elif step == "clear":
        b.clear()
    else:
        b *= 3
    print(step, len(b), S(b))

for code in "bhidq":
    a = array.array(code)
    sizes = []
    for i in range(30):
        a.append(i)
        sizes.append(S(a))
    print(code, sizes[0], sizes[7], sizes[8], sizes[16], sizes[29])
    print("  list/tuple at once:", S(array.array(code, [0] * 30)), S(array.array(code, range(30))))
    a.pop()
    del a[:20]
    print("  after shrinking:", len(a), S(a))

# The classic comparison: a million small ints in a list and in an array.
numbers = list(range(1000))
packed = array.array("i", numbers)
print(S(numbers), S(packed), S(packed.tobytes()))

m = memoryview(bytearray(24))
print(S(m), S(m.cast("B", (4, 6))), S(m.cast("B", (2, 3, 4))), S(m[::2]))
