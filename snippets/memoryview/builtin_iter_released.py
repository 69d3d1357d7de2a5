# iter() of a released view is CPython 3.11's SystemError; a for loop over it is a ValueError.
m = memoryview(b'abc')
m.release()
try:
    iter(m)
except SystemError as e:
    print('SystemError:', e)
try:
    for x in m:
        pass
except ValueError as e:
    print('ValueError:', e)
try:
    list(m)
except ValueError as e:
    print('ValueError:', e)
