# Arrays are mutable and so unhashable; their bytes or tuples can serve as keys instead.
import array
a = array.array('i', [1, 2])
try:
    hash(a)
except TypeError as e:
    print('TypeError:', e)
try:
    {a: 1}
except TypeError as e:
    print('TypeError:', e)
index = {a.tobytes(): 'by bytes', tuple(a): 'by tuple'}
print(index[array.array('i', [1, 2]).tobytes()], index[(1, 2)])
try:
    hash(memoryview(a).toreadonly())
except TypeError as e:
    print('TypeError:', e)
