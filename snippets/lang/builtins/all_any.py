# all and any short-circuit over iterables, including generators with side effects.
print(all([]), any([]), all([1, "x", [0]]), any([0, "", None]), all("abc"), any(range(0)))
def noisy(vals):
    for v in vals:
        print("yield", v)
        yield v
print(any(noisy([0, 1, 2])))
print(all(noisy([1, 0, 2])))
print(any(x > 3 for x in [1, 5]), all(isinstance(x, int) for x in [1, True]))
try:
    all(5)
except TypeError as e:
    print(e)
try:
    any()
except TypeError as e:
    print(e)
