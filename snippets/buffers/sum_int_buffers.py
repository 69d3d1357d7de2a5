# sum() over arrays and memoryviews of every integer format: slices, strides, start values, big totals, released and N-D views.
import array
for code in 'bBhHiIlLqQ':
    a = array.array(code, [1, 2, 3, 100])
    m = memoryview(a)
    print(code, sum(a), sum(m), sum(m[::2]), sum(m[::-1], 10), sum(a, -5))
b = array.array('Q', [2**64 - 1] * 3)
print(sum(b), sum(memoryview(b)), sum(b, 2**70), sum(memoryview(b).cast('B')))
print(sum(memoryview(b'\x01\x02')), sum(memoryview(bytearray(b'\xff\xfe')).cast('b')), sum(array.array('d', [0.5, 1.5])), sum(memoryview(array.array('f', [1.5]))))
m = memoryview(b'abc'); m.release()
try:
    sum(m)
except ValueError as e:
    print(e)
try:
    sum(memoryview(bytes(range(1, 13))).cast('B', (3, 4)))
except NotImplementedError as e:
    print(e)
print(sum(memoryview(b'\x01\x00\x02').cast('?')))
