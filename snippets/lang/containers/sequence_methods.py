# index and count on lists, tuples and ranges, with start/stop bounds.
data = [4, 8, 15, 16, 23, 42, 8]
print(data.index(8), data.index(8, 2), data.index(8, -2), data.count(8), data.count(99))
t = tuple(data)
print(t.index(15), t.index(8, 1, 2), t.count(8))
r = range(0, 50, 5)
print(r.index(25), r.count(25), r.count(26), 45 in r, 50 in r)
for call in [lambda: data.index(99), lambda: t.index(99), lambda: r.index(7), lambda: data.index(4, 1), lambda: t.index()]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
