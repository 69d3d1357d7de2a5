# Errors print tracebacks with line numbers relative to the input; the session goes on
def g():
    return 1 / 0

g()
undefined_name
b = bytearray(3)
b[5] = 1
memoryview(b"ab")[0] = 1
import array
a = array.array("i", [1, 2, 3])
a
a.append(4.5)
m = memoryview(a)
m.format, m.itemsize, len(m)
