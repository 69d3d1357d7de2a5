# Private names (__x) inside a class are mangled to _Class__x: attributes, locals, parameters, defs, nested classes, slots, captures; keyword arguments and strings are not
class A:
    __cls = 1

    def __init__(self, __p=2):
        self.__x = __p
        self.__dunder__ = 3
        __local = 4
        print(sorted(locals())[1:])

    def __m(self):
        return "m"

    def call(self):
        return self.__m(), A.__cls, self._A__x

    def kw(self, **k):
        return k

    def nested(self):
        def inner():
            return self.__x

        return inner(), [self.__x for _ in range(1)], (lambda: self.__x)()

    class __Inner:
        __y = 5

        def g(self):
            return self.__y

    def match(self, v):
        match v:
            case {"a": __cap, **__rest}:
                return __cap, __rest

    def handler(self):
        try:
            raise KeyError(1)
        except KeyError as __e:
            return repr(__e), "_A__e" in dir()

    def names(self):
        return (self.__m.__name__, self.__m.__qualname__, self.__Inner.__name__,
                self.__Inner.__qualname__, self.__Inner._Inner__y)

    def err(self):
        return self.__missing

    def err2(self):
        return __undefined


class _B:
    __z = 1


class ___:
    __w = 2


class P:
    __slots__ = ("__x", "y")

    def __init__(self):
        self.__x = 1
        self.y = 2


a = A()
print(sorted(k for k in vars(A) if not k.startswith("__")))
print(vars(a), a.call(), a.kw(__q=1), a.nested(), A._A__Inner().g())
print(a.match({"a": 1, "b": 2}), a.handler(), a.names())
print(vars(_B).get("_B__z"), vars(___).get("__w"), P()._P__x, sorted(k for k in vars(P) if "x" in k))
print(getattr(a, "__x", "no"), hasattr(a, "_A__x"))
for meth in (a.err, a.err2, lambda: A().__init__(__p=3)):
    try:
        meth()
    except (AttributeError, NameError, TypeError) as e:
        print(type(e).__name__, e)
try:
    class C:
        __slots__ = ("__x",)
        __x = 1
except ValueError as e:
    print(e)


class Q:
    def __init__(self):
        self.__secret = 42


class R(Q):
    def peek(self):
        return self.__secret


R().peek()
