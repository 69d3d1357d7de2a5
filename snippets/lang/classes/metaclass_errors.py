# What goes wrong with metaclasses and class creation, with CPython's messages
def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {r!r}")


class MetaA(type):
    pass


class MetaB(type):
    pass


class A(metaclass=MetaA):
    pass


class B(metaclass=MetaB):
    pass


def conflict():
    class C(A, B):
        pass


attempt("conflict", conflict)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


def bad_prepare():
    class C(metaclass=BadPrepare):
        pass


attempt("prepare", bad_prepare)


def not_callable():
    class C(metaclass=3):
        pass


attempt("metaclass=3", not_callable)


def unexpected_kw():
    class C(flavour="mint"):
        pass


attempt("keyword", unexpected_kw)


class Base:
    def __init_subclass__(cls, /, flavour="plain", **rest):
        super().__init_subclass__(**rest)
        cls.flavour = flavour


class Mint(Base, flavour="mint"):
    pass


print(Mint.flavour, Base.__dict__["__init_subclass__"])
attempt("extra keyword", lambda: type("X", (Base,), {}, colour="red"))

attempt("type()", lambda: type())
attempt("type(1, 2)", lambda: type(1, 2))
attempt("name", lambda: type(1, (), {}))
attempt("bases", lambda: type("X", [], {}))
attempt("dict", lambda: type("X", (), []))
attempt("not a type", lambda: type.__new__(1, "X", (), {}))
attempt("not a subtype", lambda: type.__new__(int, "X", (), {}))
attempt("arg count", lambda: type.__new__(type, "X"))
attempt("base int", lambda: type("X", (1,), {}))
attempt("bool base", lambda: type("X", (bool,), {}))
attempt("duplicate", lambda: type("X", (A, A), {}))
attempt("qualname", lambda: type("X", (), {"__qualname__": 5}))
attempt("classcell", lambda: type("X", (), {"__classcell__": 5}))


class Returns5(type):
    def __new__(mcls, name, bases, ns):
        return 5


class Five(metaclass=Returns5):
    pass


print(Five, type(Five))


class Lost(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, {})


def lost_cell():
    class Uses(metaclass=Lost):
        def method(self):
            return __class__


attempt("classcell lost", lost_cell)


class Descr:
    def __set_name__(self, owner, name):
        raise ValueError(f"no {name} for {owner.__name__}")


def set_name_fails():
    class Holder:
        field = Descr()


try:
    set_name_fails()
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

attempt("lambda metaclass", lambda: type("L", (), {}))
meta = lambda name, bases, ns, **kw: (name, bases, sorted(ns), kw)


class NotAClass(metaclass=meta, extra=1):
    x = 1


print(NotAClass)
