# Sorting array contents: sorted() returns a list, which rebuilds an array of the same typecode.
import array
a = array.array('i', [5, -2, 9, 0, 3])
s = array.array(a.typecode, sorted(a))
print(s, a)
a[:] = array.array(a.typecode, sorted(a, reverse=True))
print(a)
u = array.array('u', 'pyview')
print(array.array('u', sorted(u)).tounicode())
d = array.array('d', [2.5, float('inf'), -1.0])
print(sorted(d), max(d))
