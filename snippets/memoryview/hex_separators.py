# memoryview.hex with separators and group sizes, on contiguous and strided views.
m = memoryview(bytes.fromhex('deadbeefcafe0102'))
print(m.hex())
print(m.hex(':'), m.hex('-', 2), m.hex(' ', -3), m.hex(b'.', 4), m.hex(':', 0))
print(m.hex(sep='_', bytes_per_sep=3))
print(m[::2].hex(':'), m[::-1].hex(), m.cast('H').hex(' ', 2))
print(m.cast('B', [2, 4]).hex('|', 4))
for args in [('',), ('::',), ('é',), (1,), (None,), (bytearray(b':'),), (':', 2**40), (':', 1.5)]:
    try:
        m.hex(*args)
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    m.hex(':', sep=':')
except TypeError as e:
    print(e)
print(memoryview(b'').hex(':'))
