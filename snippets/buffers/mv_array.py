# memoryview over array.array: item formats and sizes.
import array
from array import array as Array
nums = array.array('i', [10, 20, 30, 40, 50])
mv = memoryview(nums)
print(len(mv), mv.format, mv.itemsize, mv.nbytes)
mv[0] = 99
print(nums, nums.tolist(), mv.tolist())
print(mv[1:4].tolist(), mv[::-2].tolist())
d = Array('d', [1.5, 2.25, -0.125])
md = memoryview(d)
md[1] = 7
print(d, md.tolist(), md.format)
try:
    mv[0] = 2 ** 40
except ValueError as e:
    print(e)
try:
    md[0] = 'x'
except TypeError as e:
    print(e)
try:
    nums.append(60)
except BufferError as e:
    print(e)
mv.release()
nums.append(60)
print(nums)
for code in 'bBhHiIlLqQfd':
    a = array.array(code, [1, 2, 3])
    m = memoryview(a)
    print(code, a.itemsize, m.format, m.nbytes, m[2], a)
