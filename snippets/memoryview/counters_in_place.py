# Shared counters: several views of one buffer, cast to unsigned ints, updated in place.
store = bytearray(16)
counters = memoryview(store).cast('I')
hits, misses = counters[0:2], counters[2:4]
for key in [3, 1, 4, 1, 5, 9, 2, 6]:
    if key % 2:
        hits[key % 2] += 1
    else:
        misses[key % 2] += 1
print(counters.tolist(), hits.tolist(), misses.tolist())
counters[3] = 2**32 - 1
print(counters[3], store[-4:])
try:
    counters[3] += 1
except ValueError as e:
    print('ValueError:', e)
try:
    counters[0] = -1
except ValueError as e:
    print('ValueError:', e)
