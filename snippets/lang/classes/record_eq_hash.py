# A record class with __eq__ and __hash__: de-duplication, dict keys, counting and membership.
class Employee:
    def __init__(self, name, dept):
        self.name = name
        self.dept = dept

    def _key(self):
        return (self.name.lower(), self.dept)

    def __eq__(self, other):
        if not isinstance(other, Employee):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return f"Employee({self.name!r}, {self.dept!r})"

staff = [Employee("Ada", "eng"), Employee("ada", "eng"), Employee("Bob", "ops"), Employee("Cy", "eng")]
unique = set(staff)
print(len(staff), len(unique), Employee("ADA", "eng") in unique, Employee("Ada", "ops") in unique)
print(sorted(unique, key=lambda e: e.name))
print(staff[0] == staff[1], staff[0] != staff[2], staff[0] == "Ada", staff[0] is staff[1])

visits = {}
for e in staff + [Employee("BOB", "ops")]:
    visits[e] = visits.get(e, 0) + 1
print(visits)
print(visits[Employee("bob", "ops")], len(visits), list(visits)[0] is staff[0])

by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, set()).add(e)
print({d: sorted(x.name for x in es) for d, es in sorted(by_dept.items())})

pairs = {(Employee("Ada", "eng"), "lead"), (Employee("ADA", "eng"), "lead")}
print(len(pairs), (Employee("ada", "eng"), "lead") in pairs)
print(frozenset(staff) == frozenset(unique), {e: e.name for e in staff}.keys())
print(dict.fromkeys(staff, 0), staff.count(Employee("ADA", "eng")), staff.index(Employee("Cy", "eng")))

removed = set(unique)
removed.discard(Employee("CY", "eng"))
removed.remove(Employee("bob", "ops"))
print(removed, hash(Employee("x", 1)) == hash(("x", 1)))

class Mutable:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Mutable) and self.v == other.v

print(Mutable.__hash__, Mutable(1) == Mutable(1), Mutable(1) in [Mutable(1)])
for build in (lambda: {Mutable(1)}, lambda: {Mutable(1): 1}, lambda: hash(Mutable(2))):
    try:
        build()
    except TypeError as e:
        print("TypeError:", e)

class Versioned(Employee):
    def __hash__(self):
        return 42
print(hash(Versioned("a", "b")), {Versioned("a", "b"), Versioned("A", "b")})
