# Positional-only, keyword-only, *args and **kwargs parameters, and their errors word for word.
def connect(host, port=80, /, *, timeout=10, retries):
    return f"{host}:{port} t={timeout} r={retries}"

print(connect("a", retries=1), connect("b", 8080, timeout=1, retries=2))
calls = [
    lambda: connect(retries=1),
    lambda: connect("a"),
    lambda: connect("a", 1, 2, retries=0),
    lambda: connect(host="a", retries=0),
    lambda: connect("a", port=1, retries=0),
    lambda: connect("a", retries=0, tries=3),
    lambda: connect("a", retries=0, timeout=1, **{"timeout": 2}),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def record(name, *values, sep=",", **meta):
    return f"{name}:{sep.join(map(str, values))} {meta}"

print(record("a"), record("b", 1, 2, sep="-", unit="m"), record(*["c", 3], **{"k": 1}))
for bad in (lambda: record(), lambda: record("x", name="y"), lambda: record(sep="-")):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

def exact(a, b, c):
    pass

for bad in (lambda: exact(1), lambda: exact(1, 2), lambda: exact(1, 2, 3, 4), lambda: exact(1, 2, c=3, d=4), lambda: exact(1, 2, 3, a=1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

class Point:
    def __init__(self, x, y, /, *, z=0):
        self.coords = (x, y, z)

    def move(self, dx, dy=0, *, scale):
        return tuple(c * scale for c in (self.coords[0] + dx, self.coords[1] + dy))

p = Point(1, 2, z=3)
print(p.coords, p.move(1, scale=2))
for bad in (lambda: Point(1), lambda: Point(x=1, y=2), lambda: p.move(1), lambda: p.move(1, 2, 3, scale=1), lambda: Point(1, 2, 3)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

def only_kw(*, a, b=2):
    return a + b

print(only_kw(a=1), only_kw.__kwdefaults__, connect.__defaults__, connect.__kwdefaults__)
try:
    only_kw(1)
except TypeError as e:
    print("TypeError:", e)
