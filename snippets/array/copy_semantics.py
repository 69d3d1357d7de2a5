# Which operations copy an array and which share it: slices, constructors, + and views.
import array
a = array.array('i', [1, 2, 3])
alias = a
sliced = a[:]
rebuilt = array.array('i', a)
joined = a + array.array('i')
view = memoryview(a)
a[0] = 100
print(alias[0], sliced[0], rebuilt[0], joined[0], view[0])
view[1] = 200
print(a, sliced)
print(alias is a, sliced == a, rebuilt == sliced)
