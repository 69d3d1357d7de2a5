# Generator expressions are lazy generators: items are made on demand, interleaved with their use.
def source(n):
    for i in range(n):
        print("produce", i)
        yield i

squares = (print("square", x) or x * x for x in source(3))
print("created:", type(squares).__name__, squares.__name__)
print("first:", next(squares))
for s in squares:
    print("loop got", s)
print("after the end:", next(squares, "exhausted"))
try:
    next(squares)
except StopIteration as e:
    print("StopIteration", e.args)

# The first iterable is evaluated at once, the others when reached.
def iterable(tag, items):
    print("evaluating", tag)
    return items
pairs = ((a, b) for a in iterable("outer", "xy") for b in iterable("inner", [1, 2]) if b != 2 or a == "y")
print("pairs made")
print(list(pairs))
print(list(x for x in range(10) if x % 2 if x > 3))
print(sum(i * j for i in range(4) for j in range(i)))
infinite = (n * n for n in iter(int, 1))
print(next(infinite), next(infinite))
