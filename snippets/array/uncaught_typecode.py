# An uncaught ValueError for a typecode array does not have.
import array
print(array.array('b', [1]))
array.array('x', [1])
