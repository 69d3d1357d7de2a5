# min and max: iterables, several arguments, key, default and errors.
print(min(3, 1, 2), max([4, 9, 2]), min("hello"), max("abc", "abd"), max((1, 2), (1, 3)))
print(min([], default="empty"), max([5], default=0), min([3, 1], key=lambda x: -x))
print(max(["a", "bbb", "cc"], key=len), min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get))
print(max([1, 3, 3.0], key=float), max([3.0, 3], key=float), min([2, 1, 1.0]))
for call in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max(1, 2, default=0),
             lambda: min([1, "a"]), lambda: max([1], bad=1)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
