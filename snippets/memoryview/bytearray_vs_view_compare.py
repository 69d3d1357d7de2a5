# bytearray compares raw bytes with any contiguous buffer, memoryview compares items: the operand order matters.
ints = memoryview(b'abcd').cast('i')
print(bytearray(b'abcd') == ints, ints == bytearray(b'abcd'))
print(bytearray(b'abcd') != ints, ints != bytearray(b'abcd'))
print(bytearray(b'ace') == memoryview(b'abcdef')[::2], memoryview(b'abcdef')[::2] == bytearray(b'ace'))
print(bytearray(b'ab') < memoryview(b'b'), memoryview(b'b') > bytearray(b'ab'))
print(b'abcd' == ints, ints == b'abcd')
import array
print(bytearray(b'\x01\x00') == array.array('h', [1]), array.array('h', [1]) == bytearray(b'\x01\x00'))
print(bytearray(b'\x01') < array.array('b', [2]))
try:
    array.array('b', [2]) < b'\x01'
except TypeError as e:
    print('TypeError:', e)
