# An uncaught BufferError: appending to an array while a memoryview of it is alive.
import array
a = array.array('i', [1, 2])
view = memoryview(a)
a[0] = 10
print(view.tolist())
a.append(3)
