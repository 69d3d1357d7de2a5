# Arrays never equal lists or tuples, and ordering against them raises.
import array
a = array.array('b', [1, 2])
print(a == [1, 2], a == (1, 2), a.tolist() == [1, 2], list(a) == [1, 2], a != [1, 2])
for other in [[1, 2], (1, 2), b'\x01\x02', 'ab', None]:
    try:
        print(a < other)
    except TypeError as e:
        print('TypeError:', e)
print(a == memoryview(b'\x01\x02'), memoryview(b'\x01\x02') == a)
print(a == bytearray(b'\x01\x02'), bytearray(b'\x01\x02') == a, a == b'\x01\x02')
