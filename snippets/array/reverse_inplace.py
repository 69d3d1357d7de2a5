# reverse() works in place, even while exported, since the length stays the same.
import array
a = array.array('u', 'stressed')
a.reverse()
print(a.tounicode())
nums = array.array('i', [1, 2, 3])
v = memoryview(nums)
nums.reverse()
print(v.tolist())
try:
    nums.reverse(1)
except TypeError as e:
    print('TypeError:', e)
