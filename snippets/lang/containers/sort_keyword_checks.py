# sort() and sorted() check every keyword's name before converting reverse=
for call in [lambda: sorted([2, 1], reverse="x", foo=1), lambda: [2, 1].sort(bar=2, reverse=1.5),
             lambda: sorted([2, 1], reverse="x"), lambda: [2, 1].sort(reverse=None)]:
    try:
        print(call())
    except TypeError as e:
        print(e)
print(sorted([1, 3, 2], reverse=2), sorted([1, 3, 2], key=None, reverse=False))
