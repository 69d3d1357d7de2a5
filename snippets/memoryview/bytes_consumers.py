# How other types consume views: copies in C order, or simple buffers that must be contiguous.
strided = memoryview(b'abcdef')[::2]
grid = memoryview(b'abcdef').cast('B', [2, 3])
ops = {
    'bytes(strided)': lambda: bytes(strided),
    'bytearray(strided)': lambda: bytearray(strided),
    'bytes(grid reversed)': lambda: bytes(grid[::-1]),
    "b'x' + strided": lambda: b'x' + strided,
    "bytearray(b'x') + strided": lambda: bytearray(b'x') + strided,
    "b'x' + grid": lambda: b'x' + grid,
    'extend(strided)': lambda: bytearray(b'x').extend(strided),
    'extend(grid)': lambda: bytearray(b'x').extend(grid),
    'strided.tobytes()': lambda: strided.tobytes(),
    "b'x' + ints": lambda: b'x' + memoryview(b'abcd').cast('i'),
}
for name, op in ops.items():
    try:
        print(name, '->', op())
    except Exception as e:
        print(name, '->', type(e).__name__, e)
import array
a = array.array('B')
try:
    a.frombytes(strided)
except BufferError as e:
    print('BufferError:', e)
a.frombytes(grid)
print(a)
try:
    a.frombytes(memoryview(b'abcd').cast('h'))
except TypeError as e:
    print('TypeError:', e)
