# Comparing arrays item by item, across typecodes, with NaN and with other types.
import array
i = array.array('i', [1, 2, 3])
print(i == array.array('i', [1, 2, 3]), i == array.array('d', [1.0, 2.0, 3.0]), i == array.array('b', [1, 2]))
print(i < array.array('i', [1, 2, 4]), i < array.array('i', [1, 2]), i <= i, i > array.array('Q', [0]))
print(i >= array.array('d', [1.0, 2.0, 3.0]), i != array.array('h', [1, 2, 3]))
nan = array.array('d', [float('nan')])
print(nan == nan, nan != nan, nan < nan, nan <= nan)
print(array.array('d', [1.0, float('nan')]) <= array.array('d', [1.0, float('nan')]))
print(i == [1, 2, 3], i != (1, 2, 3))
u = array.array('u', 'abc')
print(u == array.array('u', 'abc'), u < array.array('u', 'abd'), u == array.array('b', [97, 98, 99]))
for op in [lambda: i < [1], lambda: i > 1, lambda: u < array.array('b', [1]), lambda: i <= None]:
    try:
        op()
    except TypeError as e:
        print('TypeError:', e)
print(sorted([array.array('i', [2]), array.array('i', [1, 5]), array.array('i', [1])]))
