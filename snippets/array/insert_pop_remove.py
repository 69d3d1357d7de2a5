# insert (clamped positions), pop (any index) and remove (first equal item).
import array
a = array.array('i', [10, 20, 30])
a.insert(0, 5)
a.insert(100, 40)
a.insert(-100, 1)
a.insert(-1, 35)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(20)
print(a)
errors = [
    lambda: a.pop(10),
    lambda: array.array('i').pop(),
    lambda: a.pop('0'),
    lambda: a.pop(1.0),
    lambda: a.pop(2**70),
    lambda: a.pop(0, 1),
    lambda: a.remove(999),
    lambda: a.insert(0),
    lambda: a.insert('0', 1),
    lambda: a.insert(0, 'x'),
    lambda: a.insert(2**70, 1),
]
for e_ in errors:
    try:
        e_()
    except Exception as e:
        print(type(e).__name__, e)
print(a)
