# m[i] and m[i] = x on 1-D unsigned-byte views (the per-byte hot path) behave like every other item access
buf = bytearray(b'abcdef')
m = memoryview(buf)
m[0] = 65
m[-1] = 0x46
print(buf, m[0], m[-1], m[-6])
s = m[1:5:2]
s[1] = 0
print(buf, s[0], s[-1], len(s))
for key, value in [(6, 1), (-7, 1), (0, 256), (0, -1), (0, 1.0), (True, 66)]:
    try:
        m[key] = value
        print("set", key, value, buf)
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for key in [6, -7, 2**70]:
    try:
        print(m[key])
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
ro = memoryview(b'xyz')
try:
    ro[0] = 1
except TypeError as e:
    print(e)
print(ro[1], ro[-1])
c = memoryview(bytearray(4)).cast('b')
c[0] = -1
print(c[0], c.obj)
m.release()
try:
    m[0]
except ValueError as e:
    print(e)
try:
    s[0] = 1
except ValueError as e:
    print(e)
print((5).to_bytes(2, 'little'), (258).to_bytes(2, byteorder='big'), int.from_bytes(b'\x01\x02', 'little'))
for expr in ["(5).to_bytes(2, 'middle')", "(-1).to_bytes(2, 'little')", "(70000).to_bytes(2, 'little')",
             "(5).to_bytes(-1, 'little')", "int.from_bytes(b'\\x01', 'mid')", "int.from_bytes(5, 'little')",
             "bytes(-3)", "bytes(3)", "b'ab' + b'cd'"]:
    try:
        print(expr, eval(expr))
    except (ValueError, TypeError, OverflowError) as e:
        print(expr, type(e).__name__, e)
x = b'abc'
print(x + b'' is x, b'' + x is x, bytes(0) == b'')
