# issubclass() checks its first argument before its second; int() takes
# a base too large for a C ssize_t as out of range.
for a, b in [(1, 1), (1, int), (int, 1), ('a', (int, 1))]:
    try:
        print(issubclass(a, b))
    except TypeError as e:
        print('TypeError:', e)
for base in [2**70, -2**70, 37, 1, -1]:
    try:
        int('1', base)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
