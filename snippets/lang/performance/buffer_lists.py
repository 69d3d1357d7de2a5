# tolist() of arrays and views reads whole rows at once, and sum() adds floats
# without dispatch: the items, NaN identity, errors and float results stay CPython's.
import array
for code in "bBhHiIlLqQfd":
    a = array.array(code, [0, 1, 2, 100, 7])
    print(code, a.tolist(), memoryview(a).tolist(), memoryview(a)[::2].tolist())
n = float("nan")
a = array.array("d", [n, -0.0, 1.5, float("inf")])
l = a.tolist()
print(l, l[0] is l[0], memoryview(a).tolist())
print(array.array("i", [-5, 2**31 - 1]).tolist(), array.array("q", [-2**63]).tolist(), array.array("u", "hé").tolist())
m = memoryview(bytearray(range(12))).cast("B", shape=[3, 4])
print(m.tolist(), m.cast("B").tolist()[:3], memoryview(b"ab").cast("c").tolist())
print(sum([0.1] * 10), sum([1, 0.5, 0.25]), sum([0.5, 1]), sum([-0.0]), sum([-0.0], -0.0), sum([float("inf"), float("-inf")]))
print(sum([1e308, 1e308]), sum((x * 0.1 for x in range(10)), 0.0))
