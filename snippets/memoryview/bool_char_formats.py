# The '?' and 'c' formats: truth values and one-byte bytes objects.
flags = memoryview(bytearray(6)).cast('?')
for i, v in enumerate([1, 0, 'yes', '', [0], None]):
    flags[i] = v
print(flags.tolist(), flags.obj)
raw = memoryview(bytearray(b'\x00\x01\x02\xff')).cast('?')
print(raw.tolist(), list(raw), raw[3])
chars = memoryview(bytearray(b'hello')).cast('c')
print(chars.tolist(), chars[0], chars[-1])
chars[0] = b'J'
print(chars.obj)
for bad in [b'ab', b'', 74, 'J', bytearray(b'J')]:
    try:
        chars[0] = bad
    except (TypeError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
print(b'e' in chars, chars.tobytes(), bytes(chars[::-1]))
