# Generators are single-use iterators; iter() returns the same object.
def letters():
    yield "a"
    yield "b"

g = letters()
print(iter(g) is g)
print("a" in g)
print(list(g))
print(list(g))
gens = [letters() for _ in range(2)]
print([list(x) for x in gens])
squares = (n * n for n in range(4))
print(sum(squares), sum(squares))
g = letters()
print(next(g), next(g), next(g, "end"))
