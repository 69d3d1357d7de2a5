# byteswap() to convert between little- and big-endian data.
import array, sys
big_endian_bytes = bytes([0x00, 0x01, 0x01, 0x00, 0xff, 0xfe])
a = array.array('h')
a.frombytes(big_endian_bytes)
if sys.byteorder == 'little':
    a.byteswap()
print(a.tolist())
b = array.array('I', [1, 256])
b.byteswap()
print(b.tolist(), b.tobytes().hex())
b.byteswap()
print(b.tolist())
f = array.array('d', [1.0])
f.byteswap()
print(f.tobytes().hex())
f.byteswap()
print(f)
c = array.array('B', [1, 2])
c.byteswap()
print(c)
try:
    c.byteswap(1)
except TypeError as e:
    print('TypeError:', e)
