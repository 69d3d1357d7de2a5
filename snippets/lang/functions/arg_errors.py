# TypeError messages for wrong argument counts and names.
def f(a, b, c=3):
    return a + b + c

tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=5),
    lambda: f(1, c=2),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)

def g(*, key):
    return key
try:
    g()
except TypeError as e:
    print(e)
try:
    g(1)
except TypeError as e:
    print(e)

def h(x, y, /):
    pass
try:
    h(1)
except TypeError as e:
    print(e)

class K:
    def method(self, a):
        return a
try:
    K().method()
except TypeError as e:
    print(e)
try:
    K().method(1, 2)
except TypeError as e:
    print(e)
