# The array typecodes with their item sizes, buffer formats and value ranges.
import array
print(array.typecodes, array.ArrayType is array.array)
for tc in array.typecodes:
    a = array.array(tc)
    print(tc, a.itemsize, memoryview(a).format, a.typecode, repr(a))
limits = {'b': (-128, 127), 'B': (0, 255), 'h': (-2**15, 2**15 - 1), 'H': (0, 2**16 - 1),
          'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1), 'l': (-2**63, 2**63 - 1),
          'L': (0, 2**64 - 1), 'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1)}
for tc, (lo, hi) in limits.items():
    print(tc, array.array(tc, [lo, hi]).tolist() == [lo, hi])
