# A method call looks the method up before it evaluates the arguments (CPython's LOAD_METHOD): a missing method is reported without running them, on every kind of receiver; found methods see the arguments in order.
def arg(tag):
    print("evaluating", tag)
    return tag


class Point:
    def __init__(self, x):
        self.x = x

    def show(self, *rest, sep=" "):
        print("show", self.x, *rest, sep=sep)
        return self


class Shadowed(Point):
    pass


receivers = [Point(1), [], b"", bytearray(), "", 5, 2.5, {}, set(), frozenset(), (), range(3), int, bytes, Point]
for r in receivers:
    try:
        r.missing(arg(type(r).__name__))
    except AttributeError as e:
        print(e)
    except TypeError as e:
        print("TypeError", e)

p = Point(2)
p.show(arg("a"), arg("b")).show(sep="-")
p.show(*[arg("star")])
s = Shadowed(3)
s.show = lambda *a: print("instance attribute wins", a)
s.show(arg("c"))
for i in range(4):
    target = frozenset() if i % 2 else set()
    try:
        target.add(arg(i))
        print("added", i)
    except AttributeError as e:
        print(e)
try:
    frozenset().add(arg("never"))
except AttributeError as e:
    print(e)
try:
    undefined_name.method(arg("x"))
except NameError as e:
    print(e)
try:
    [].nope(undefined_name)
except AttributeError as e:
    print(e)
