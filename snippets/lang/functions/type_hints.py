# Type hints are evaluated at definition: generic aliases, unions and __annotations__.
def mean(values: list[float], *, weights: dict[str, float] | None = None) -> float:
    return sum(values) / len(values)

print(mean([1.0, 2.0, 4.5]), mean.__annotations__)
print(list[int], tuple[int, ...], dict[str, list[float]], set[bytes], type[int])
print(int | str, int | None | str, list[int] | None, int | int, (int | str).__args__)
print(list[int].__origin__, dict[str, int].__args__, tuple[()])

class Node:
    def link(self, other: "Node") -> "Node | None":
        return other

print(Node.link.__annotations__, list[Node], Node | None)
for value in (3, "x", 2.5, None):
    print(repr(value), isinstance(value, int | str), isinstance(value, float | None))

def untyped(a, b=1):
    pass
print(untyped.__annotations__, untyped.__annotations__ is untyped.__annotations__)
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
