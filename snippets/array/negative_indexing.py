# Negative indices count from the end for reads, writes, deletes, pops and inserts.
import array
a = array.array('h', [10, 20, 30, 40])
print(a[-1], a[-4])
a[-2] = 33
del a[-1]
print(a, a.pop(-1), a)
a.insert(-1, 15)
print(a)
try:
    a[-5]
except IndexError as e:
    print('IndexError:', e)
try:
    a[-5] = 1
except IndexError as e:
    print('IndexError:', e)
