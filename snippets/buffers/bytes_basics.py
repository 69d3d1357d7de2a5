# bytes and bytearray: construction, repr, operators.
print(bytes(3), bytearray(2), bytes(), bytearray())
print(bytes([72, 105]), bytearray(range(5)), bytes(b'abc'))
print(bytes('héllo', 'utf-8'), bytearray('abc', 'ascii'), bytes('ÿ', 'latin-1'))
print(bytes(memoryview(b'view')), bytearray(memoryview(bytearray(b'xy'))))
print(b'it\'s', b"say \"hi\"", b'both \' and "', b'\x00\x7f\x80\xff\t\n\r\\')
print(bytearray(b"it's"), repr(bytearray(b'"')))
print(b'ab' + b'cd', bytearray(b'ab') + b'cd', b'ab' + bytearray(b'cd'))
print(b'ab' * 3, 2 * bytearray(b'xy'), b'x' * 0, b'x' * -1)
print(b'abc' == bytearray(b'abc'), b'abc' < b'abd', b'' < b'a', bytearray(b'b') > b'a')
print(98 in b'abc', b'bc' in b'abc', b'' in b'abc', bytearray(b'b') in b'abc')
ba = bytearray(b'hello')
ba[0] = 74
ba[1:3] = b'EE'
ba.append(33)
ba.extend(b'??')
ba.extend([65, 66])
ba += b'!'
print(ba, len(ba), ba[-1], ba[2:5], ba[::-1])
del ba[0]
del ba[::2]
print(ba)
b = b'hello world'
print(b[0], b[-1], b[1:4], b[::-1], b[100:], b[-3:])
print(list(b'hi'), tuple(bytearray(b'ok')))
for bad in [lambda: bytes(-1), lambda: bytes('x'), lambda: bytes([256]), lambda: bytearray([-1]),
            lambda: bytes(1.5), lambda: b'a' + 'b', lambda: b'a'[5], lambda: bytearray(b'a')[5],
            lambda: 300 in b'a', lambda: 'a' in b'a', lambda: bytearray(2).append(256),
            lambda: bytes(['a'])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ':', e)
