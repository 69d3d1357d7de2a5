# Chained comparisons evaluate each operand once and short-circuit.
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 == 1.0 == True, "a" < "b" < "c", [1] < [1, 0] < [2])
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(0) < v(3))
print(calls)
print(1 < 2 != 3 > 0, x is x is not None, 2 in [1, 2] in [[1, 2]])
a = b = c = 7
print(a == b == c, a is b)
print(not 1 < 0, not (1 < 2 < 3))
