# zip(strict=True) checks that the iterables end together, with CPython's messages.
print(list(zip([1, 2], "ab", strict=True)))
print(list(zip([1, 2], [3], strict=False)))
cases = [
    ([1, 2], [3]),
    ([1], [3, 4]),
    ([1], [3], [4, 5]),
    ([1, 2], [3, 4], [5]),
    ([1, 2, 3], [4, 5], [6, 7]),
]
for args in cases:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)

def counted(n, tag):
    for i in range(n):
        print("  next", tag, i)
        yield i
z = zip(counted(2, "a"), counted(1, "b"), strict=True)
try:
    for pair in z:
        print(pair)
except ValueError as e:
    print("ValueError:", e)
print(list(zip()), list(zip(strict=True)))
