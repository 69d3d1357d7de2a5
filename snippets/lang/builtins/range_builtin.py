# range() with one, two and three arguments, negative steps and big bounds.
print(list(range(4)), list(range(2, 6)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
print(range(3) == range(0, 3, 1), len(range(-5, 5, 2)), range(1, 10, 2)[-1], range(10 ** 6)[-1])
class N:
    def __index__(self):
        return 3
print(list(range(N())))
for args in [(), (1, 2, 3, 4), ("a",), (1, 2, 0)]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
