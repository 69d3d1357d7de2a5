# Type annotations are accepted and ignored at runtime, stored in __annotations__.
def scale(values: list, factor: float = 2.0) -> list:
    return [v * factor for v in values]

print(scale([1, 2, 3]))
print(scale([1, 2], factor=0.5))

count: int = 5
name: str
print(count)

class Point:
    x: int
    y: int = 0
    def __init__(self, x: int) -> None:
        self.x = x

p = Point(3)
print(p.x, p.y)
print(scale.__annotations__ == {'values': list, 'factor': float, 'return': list})
