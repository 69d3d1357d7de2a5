# User objects with __index__ as subscripts and slice bounds of every sequence type.
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
import array
data = bytearray(b'abcdef')
mv = memoryview(data)
arr = array.array('i', [1, 2, 3, 4])
for seq in [[10, 20, 30, 40], (1, 2, 3), 'hello', b'bytes', data, mv, arr, range(10)]:
    print(seq[Idx(1)], seq[Idx(0):Idx(2)] if not isinstance(seq, memoryview) else seq[Idx(0):Idx(2)].tobytes())
data[Idx(0)] = 65
mv[Idx(1)] = 66
arr[Idx(2)] = 99
lst = [1, 2, 3]
lst[Idx(0)] = 'x'
del lst[Idx(1)]
print(data, arr, lst)
try:
    [1][Idx(5)]
except IndexError as e:
    print(e)
