# array.array construction, repr, methods.
import array
a = array.array('i', [1, 2, 3])
print(a, a.typecode, a.itemsize, len(a), a[0], a[-1], a[1:], a[::-1])
a.append(4)
a.extend([5, 6])
print(a, a.tolist(), a.tobytes()[:8])
b = array.array('b')
print(b, array.array('d', [1.0, 2.5]), array.array('f', [0.1]), array.array('u', 'hi'))
print(array.array('B', b'\x01\x02'), array.array('H', range(3)))
a[0] = 100
print(a, a.pop(), a, a.count(2), a.index(3))
a.insert(0, -5)
a.reverse()
print(a, sum(a), max(a), 3 in a)
print(a + array.array('i', [9]), array.array('h', [1]) * 3, a == array.array('i', a.tolist()))
for code, value in [('b', 200), ('B', -1), ('h', 70000), ('H', -1), ('i', 2**31), ('I', -1),
                    ('l', 2**63), ('L', -1), ('q', 2**63), ('Q', -1), ('i', 'a'), ('i', 1.5),
                    ('d', 'x'), ('x', 1)]:
    try:
        array.array(code, [value])
    except Exception as e:
        print(code, type(e).__name__ + ':', e)
