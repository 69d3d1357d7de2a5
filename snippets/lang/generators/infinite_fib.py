# An infinite generator consumed with zip, next and a break.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

for i, f in zip(range(10), fib()):
    print(i, f)

g = fib()
for f in g:
    if f > 1000:
        print("first over 1000:", f)
        break
print(next(g))
big = fib()
for _ in range(200):
    last = next(big)
print(last)
