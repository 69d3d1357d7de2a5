# Matrix helpers written with comprehensions: transpose, multiply, identity.
def transpose(m):
    return [list(col) for col in zip(*m)]

def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

a = [[1, 2], [3, 4], [5, 6]]
b = [[7, 8, 9], [10, 11, 12]]
print(transpose(a))
print(matmul(a, b))
print(identity(3))
print(matmul(identity(2), [[2, 3], [4, 5]]))
for row in matmul(b, a):
    print(" ".join(f"{v:4d}" for v in row))
