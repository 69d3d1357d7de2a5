# A class body starts with __module__, __qualname__ (and __doc__) bound; del and += of names it has not bound act on the namespace
counter = 10


class Tally:
    """Counts."""
    print(__module__, __qualname__, __doc__)
    print(locals())
    counter += 1
    try:
        del total
    except NameError as e:
        print(type(e).__name__, e)


print(counter, Tally.counter, list(Tally.__dict__))


class Outer:
    class Inner:
        x: int
        print(sorted(locals()), __qualname__)


class Renamed:
    __qualname__ = "Other"
    del __module__


print(Renamed.__qualname__, Renamed.__module__)


def make():
    v = 5

    class Local:
        print(__qualname__)
        try:
            v += 1
        except NameError as e:
            print(type(e).__name__, e)

    return Local


make()


class Loud(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        class Logged(dict):
            def __setitem__(self, k, v):
                print("set", k)
                super().__setitem__(k, v)

        return Logged()


class Watched(metaclass=Loud):
    "doc"
    y = 1


class Broken:
    del lenx
