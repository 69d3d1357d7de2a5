# Recursive functions: factorial, fibonacci with a memo dict, flattening.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(0), fact(5), fact(25))

memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

print([fib(i) for i in range(15)])
print(fib(90))

def flatten(items):
    out = []
    for it in items:
        if isinstance(it, list):
            out.extend(flatten(it))
        else:
            out.append(it)
    return out

print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))

def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(6)), hanoi(2))
