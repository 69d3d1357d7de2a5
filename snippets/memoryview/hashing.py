# Hashing memoryviews: read-only byte-format views hash like their bytes; everything else is refused.
import array
ro = memoryview(b'abc')
print(hash(ro) == hash(b'abc'), hash(ro[::-1]) == hash(b'cba'), hash(ro.cast('c')) == hash(b'abc'))
print(hash(ro.cast('b')) == hash(b'abc'), hash(memoryview(b'abcd').cast('B', [2, 2])) == hash(b'abcd'))
print(hash(memoryview(b'a').cast('B', [])) == hash(b'a'))
cases = {
    'writable': memoryview(bytearray(b'abc')),
    'readonly bytearray': memoryview(bytearray(b'abc')).toreadonly(),
    'readonly array': memoryview(array.array('B', [1])).toreadonly(),
    'format h': memoryview(b'abcd').cast('h'),
    'format ?': memoryview(b'ab').cast('?'),
}
for name, v in cases.items():
    try:
        hash(v)
        print(name, 'hashable')
    except (TypeError, ValueError) as e:
        print(name, type(e).__name__, e)
seen = {memoryview(b'key'): 1}
print(seen[b'key'], b'key' in seen, memoryview(b'key') in seen)
h = memoryview(b'xyz')
first = hash(h)
h.release()
print(hash(h) == first)
r = memoryview(b'q')
r.release()
try:
    hash(r)
except ValueError as e:
    print('ValueError:', e)
