# ascii() and repr() of strings, containers and user objects with non-ASCII text.
print(ascii("plain"), ascii("café"), ascii("日本"), ascii("\U0001F600"), ascii("\n\t"))
print(ascii(["é", 1, ("ü",)]), ascii({"ключ": "значение"}), ascii(b"\xff"))
print(repr("café"), repr([1.0, "a", None, True]), repr((1,)), repr({}), repr(set()), repr(frozenset({1})))
class U:
    def __repr__(self):
        return "Ü-object"
print(ascii(U()), repr(U()), ascii([U()]))
print(repr(Ellipsis), repr(NotImplemented), repr(...), repr(None), repr(print), repr(len))
