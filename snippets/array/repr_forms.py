# The repr of arrays of every kind, empty or not, including floats and awkward text.
import array
print(repr(array.array('b')), repr(array.array('u')))
print(array.array('d', [1.5, -0.0, float('inf'), float('-inf'), float('nan'), 1e100, 1e-7]))
print(array.array('f', [0.1, 1/3, 16777217]))
print(array.array('u', 'quote\' and "double" and \n newline \x00 é €'))
print(array.array('Q', [2**64 - 1]), array.array('q', [-2**63]))
print(str(array.array('B', [1, 2])), [array.array('b', [1])], (array.array('H'),))
print('%s|%r' % (array.array('i', [7]), array.array('i', [8])))
print(f'{array.array("h", [1, 2])}')
