# repr(), str() and ascii() return a str subclass instance from __repr__/__str__ as it is (ascii only when all ASCII).
class Markup(str):
    def __add__(self, other):
        return Markup(str.__add__(self, other))

class Link:
    def __init__(self, text):
        self.text = text
    def __repr__(self):
        return Markup(f"<a>{self.text}</a>")

class Label:
    def __str__(self):
        return Markup("label")

for v in [Link("home"), Link("café"), Markup("plain"), 42]:
    r, s, a = repr(v), str(v), ascii(v)
    print(type(r).__name__, type(s).__name__, type(a).__name__, r, s, a)

print(type(str(Label())).__name__, str(Label()), f"{Label()}")

class Failure(Exception):
    def __repr__(self):
        return "Failure!"
print(str(Failure("disk full")), repr(Failure("x")), f"{Failure('y')}")

class Count(int):
    def __repr__(self):
        return f"Count({int(self)})"
print(str(Count(3)), repr(Count(3)), f"{Count(4)}", "%d" % Count(5))

class Bad:
    def __repr__(self):
        return 42
for f in (repr, ascii, str):
    try:
        f(Bad())
    except TypeError as e:
        print(f.__name__, e)
