# Exception subclasses with extra attributes, custom __init__/__str__ and super() calls.
class HTTPError(Exception):
    def __init__(self, status, reason, url=None):
        super().__init__(f"{status} {reason}")
        self.status = status
        self.reason = reason
        self.url = url

    @property
    def retryable(self):
        return self.status >= 500

class NotFound(HTTPError):
    def __init__(self, url):
        super().__init__(404, "Not Found", url)

    def __str__(self):
        return f"{super().__str__()} ({self.url})"

for err in (HTTPError(503, "Unavailable"), NotFound("/x")):
    try:
        raise err
    except HTTPError as e:
        print(type(e).__name__, e.status, e.reason, e.url, e.retryable, str(e), repr(e), e.args)

e = NotFound("/y")
e.note = "extra"
print(e.note, isinstance(e, Exception), isinstance(e, HTTPError), NotFound.__mro__[1:3])
print(e.__dict__, issubclass(NotFound, LookupError), HTTPError.__bases__)

class Quiet(Exception):
    pass
q = Quiet("a", 1)
print(q, repr(q), q.args, str(Quiet()), repr(Quiet()), Quiet.__name__, Quiet.__qualname__)

class WithDefault(ValueError):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(WithDefault(), repr(WithDefault("x")), isinstance(WithDefault(), ValueError))
try:
    int("zz")
except ValueError as err:
    wrapped = WithDefault(f"wrapped: {err}")
print(wrapped, wrapped.__cause__, wrapped.__context__)

class Coded(Exception):
    def __init__(self, code):
        self.code = code
c = Coded(7)
print(c.code, c.args, repr(c), str(c) == "")
c.args = ("seven",)
print(c, c.args)

class KeyErr(KeyError):
    pass
print(str(KeyErr("k")), repr(KeyErr("k")), KeyErr("k").args)
try:
    {}["missing"]
except KeyError as ke:
    print(type(ke).__name__, ke, ke.args)
try:
    raise Coded
except Coded as ce:
    print("caught", type(ce).__name__, ce.args)
except TypeError as te:
    print("TypeError:", te)
