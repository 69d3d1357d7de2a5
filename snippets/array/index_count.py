# index(x[, start[, stop]]) and count(x), with float/int equality and clamped bounds.
import array
a = array.array('i', [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])
print(a.index(5), a.index(5, 5), a.index(5, -3), a.index(1, 0, 4), a.count(5), a.count(7))
print(a.index(5.0), a.count(1.0), a.index(True), a.index(3, -100), a.index(3, 1, 2**70))
d = array.array('d', [0.5, 1.0, float('nan')])
print(d.index(1), d.count(1), d.count(float('nan')))
for call in [lambda: a.index(7), lambda: a.index(3, 1, 5), lambda: a.index(5, 'x'),
             lambda: a.index(5, None), lambda: a.index(), lambda: a.index(1, 2, 3, 4),
             lambda: a.index(x=1), lambda: a.count(), lambda: d.index(float('nan'))]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
u = array.array('u', 'banana')
print(u.index('n'), u.count('a'), u.index('a', 2), u.count(97))
