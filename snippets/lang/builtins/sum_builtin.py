# sum() with start values: ints, floats, lists and tuples; refusing strings.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([], 5), sum(range(101)))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1.5, 2], start=1))
print(sum(x * x for x in range(4)), sum([True, True, False]), sum([10 ** 20, 1]))
for call in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum(["a", "b"]), lambda: sum(5), lambda: sum()]:
    try:
        call()
    except TypeError as e:
        print(e)
