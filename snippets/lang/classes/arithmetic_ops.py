# Arithmetic special methods on a 2-D vector, NotImplemented fallbacks.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __pow__(self, n):
        return Vec(self.x ** n, self.y ** n)
    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y

a, b = Vec(3, 4), Vec(1, 2)
print(a + b, a - b, a * 2, 3 * a, a / 2, a // 2, a % 2)
print(-a, +a, abs(a), a ** 2, a @ b)
try:
    a + 1
except TypeError as e:
    print(e)
