# while loops: counting, sentinel-driven loops and Collatz sequences.
def collatz(n):
    steps = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps.append(n)
    return steps

print(collatz(6))
print(len(collatz(27)), max(collatz(27)))
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
a, b = 1071, 462
while b:
    a, b = b, a % b
print("gcd", a)
