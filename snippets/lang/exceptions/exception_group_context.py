# Exception groups as the __context__ and __cause__ of other exceptions, and a lone exception wrapped by except* as the context of what its clause raised.
def wrapped():
    try:
        raise ValueError("lone")
    except* ValueError:
        raise RuntimeError("from the clause")


try:
    wrapped()
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

try:
    raise ExceptionGroup("first", [ValueError(1)])
except ExceptionGroup as g:
    try:
        raise TypeError("second") from g
    except TypeError as t:
        raise OSError("third")
