# An uncaught OverflowError from storing a value too big for the typecode.
import array
levels = array.array('B', [10, 20, 30])
levels[1] += 200
print(levels)
levels[2] += 250
