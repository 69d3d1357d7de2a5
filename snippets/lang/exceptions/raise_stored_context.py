# `raise X` while handling another exception replaces X's context even
# when X already had one, and cuts the handled exception's chain where it
# would loop back to X.
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("t")


try:
    f()
except TypeError as t:
    saved = t
print(repr(saved.__context__))

try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            a.__context__ = b
            raise a
except ValueError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))

try:
    raise KeyError("k")
except KeyError:
    raise saved
