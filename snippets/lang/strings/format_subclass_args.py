# str.format and format_map hand fields the objects themselves: a subclass's __format__, __repr__, __str__ and a dict subclass's __missing__ apply
class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"
    def __format__(self, spec):
        return "$" + format(int(self), spec or ",")
class Shout(str):
    def __str__(self):
        return self.upper() + "!"
class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"
print("{} {!r} {:>8}".format(Money(1234), Money(5), Money(7)))
print("{} {!s}".format(Shout("hi"), Shout("there")))
print("{name} was born in {country}".format_map(Default(name="Guido")))
print("{0[missing]} {0[x]}".format(Default(x=1)))
d = Default(a=1)
print(d.__getitem__("b"), d["a"])
