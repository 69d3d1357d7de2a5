# Classes with two built-in exception bases: allowed when their instance layouts agree (CPython's solid base rule).
def attempt(label, bases):
    try:
        C = type("C", bases, {})
        print(label, [c.__name__ for c in C.__mro__], C.__base__.__name__)
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("ValueError+LookupError", (ValueError, LookupError))
attempt("KeyError+IndexError", (KeyError, IndexError))
attempt("ExceptionGroup+ValueError", (ExceptionGroup, ValueError))
attempt("OSError+ValueError", (OSError, ValueError))
attempt("ValueError+OSError", (ValueError, OSError))
attempt("FileNotFoundError+PermissionError", (FileNotFoundError, PermissionError))
attempt("SyntaxError+ValueError", (SyntaxError, ValueError))
attempt("UnicodeDecodeError+KeyError", (UnicodeDecodeError, KeyError))
attempt("SystemExit+KeyboardInterrupt", (SystemExit, KeyboardInterrupt))
attempt("UnicodeDecodeError+UnicodeEncodeError", (UnicodeDecodeError, UnicodeEncodeError))
attempt("ImportError+AttributeError", (ImportError, AttributeError))
attempt("StopIteration+SystemExit", (StopIteration, SystemExit))
attempt("ExceptionGroup+OSError", (ExceptionGroup, OSError))
attempt("TabError+ImportError", (TabError, ImportError))
attempt("ValueError+int", (ValueError, int))


class E(ValueError, LookupError):
    pass


class K(KeyError, IndexError):
    pass


class P(ValueError, OSError):
    pass


for exc_type in (E, K):
    try:
        raise exc_type("boom")
    except LookupError as e:
        print("caught as LookupError:", type(e).__name__, repr(e), str(e))
    try:
        raise exc_type("boom")
    except (TypeError, ValueError, IndexError) as e:
        print("caught in tuple:", type(e).__name__)
print(isinstance(E(), LookupError), isinstance(E(), ValueError), issubclass(E, LookupError), issubclass(E, KeyError))
p = P(2, "No such file", "f.txt")
print(p.errno, p.strerror, p.filename, str(p), isinstance(p, ValueError))
try:
    raise ExceptionGroup("eg", [E("inner"), KeyError("k")])
except* LookupError as g:
    print("except*:", repr(g))
raise E("uncaught")
