# collections.namedtuple: records with named fields that are still tuples (defaults, _make, _replace, _asdict, subclasses, errors).
from collections import namedtuple

Employee = namedtuple("Employee", "name dept salary", defaults=[50000])
rows = [("ada", "eng", 120000), ("bob", "ops")]
staff = [Employee._make(r) if len(r) == 3 else Employee(*r) for r in rows]
for e in staff:
    print(e, e.name, e[1], e.salary)
print(Employee._fields, Employee._field_defaults, Employee.__match_args__)
print(Employee.__doc__, Employee.__name__, Employee)
raised = staff[1]._replace(salary=staff[1].salary + 5000)
print(raised, raised is staff[1], staff[1].salary)
print(raised._asdict(), list(raised._asdict()))
print(isinstance(raised, tuple), len(raised), raised + ("extra",), raised == ("bob", "ops", 55000))
name, dept, salary = raised
print(name, dept, salary, sorted(staff, key=lambda e: e.salary)[0].name)
print(max(staff, key=lambda e: e.salary), hash(staff[0]) == hash(tuple(staff[0])))

Point = namedtuple("Point", ["x", "y"])
class Vector(Point):
    __slots__ = ()
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
v = Vector(3, 4) + Vector(0, 0)
print(v, abs(v), type(v._replace(x=0)).__name__, Vector._make([6, 8]))
match v:
    case Point(x=3, y=y):
        print("on x=3 at y", y)

print(namedtuple("Pair", "left, right")(1, 2), namedtuple("Empty", "")())
Renamed = namedtuple("Renamed", "id class def id", rename=True)
print(Renamed._fields)
print(namedtuple("Here", "a", module="geometry"))

for make in [
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Point(1, x=2),
    lambda: Point(1, z=2),
    lambda: Point._make([1, 2, 3]),
    lambda: Point(1, 2)._replace(z=3),
    lambda: namedtuple("Bad-name", "x"),
    lambda: namedtuple("Row", "x for"),
    lambda: namedtuple("Row", "x _y"),
    lambda: namedtuple("Row", "x y x"),
    lambda: namedtuple("Row", "x", defaults=(1, 2)),
    lambda: namedtuple("Row"),
    lambda: namedtuple("Row", "x", True),
    lambda: namedtuple("Row", "x", verbose=True),
]:
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
p = Point(1, 2)
for stmt in ["p.x = 5", "del p.y", "p.z = 0"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print("AttributeError", e)
