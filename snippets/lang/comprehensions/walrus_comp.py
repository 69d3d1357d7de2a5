# Assignment expressions inside comprehensions bind in the enclosing scope.
data = [3, 8, 1, 9, 4]
print([y for x in data if (y := x * 2) > 6])
print(y)
total = 0
print([total := total + x for x in data])
print(total)
import math
roots = {n: r for n in range(10) if (r := math.isqrt(n)) * r == n}
print(roots)
