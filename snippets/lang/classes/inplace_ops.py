# In-place operators: __iadd__ mutating, fallback to __add__, aliasing effects.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __iadd__(self, other):
        self.items.extend(other)
        return self
    def __add__(self, other):
        return Bag(self.items + list(other))
    def __repr__(self):
        return f"Bag({self.items})"

b = Bag([1])
alias = b
b += [2, 3]
print(b, alias, b is alias)

class Plain:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        return Plain(self.n + other)
    def __imul__(self, k):
        self.n *= k
        return self
p = Plain(1)
q = p
p += 5
print(p.n, q.n, p is q)
p *= 3
print(p.n)

lst = [1]
same = lst
lst += [2]
print(same)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
x = 7
x //= 2; print(x)
x **= 3; print(x)
x %= 5; print(x)
x <<= 4; print(x)
x >>= 1; print(x)
x |= 1; x &= 0xF; x ^= 2; print(x)
