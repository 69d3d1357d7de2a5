# Iterating a view that gets released part-way: the iterator raises on its next step.
data = bytearray(b'abcdef')
m = memoryview(data)
it = iter(m)
print(next(it), next(it))
m.release()
try:
    next(it)
except ValueError as e:
    print('ValueError:', e)
m2 = memoryview(data)
seen = []
try:
    for b in m2:
        seen.append(b)
        if len(seen) == 3:
            m2.release()
except ValueError as e:
    print('ValueError:', e, seen)
data.append(0)
print(len(data))
