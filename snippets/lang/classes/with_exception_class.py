# __exit__ receives the raised exception's own class (a user subclass,
# not its built-in base), in functions, generators and contextlib helpers.
import contextlib


class MyErr(Exception):
    pass


class Sub(MyErr):
    pass


class CM:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else t, type(v).__name__, t is type(v))
        return t is not None and issubclass(t, MyErr)


with CM():
    raise Sub("x")
with contextlib.suppress(MyErr):
    raise Sub("y")


@contextlib.contextmanager
def cm():
    try:
        yield
    except MyErr as e:
        print("caught in cm", type(e).__name__, e)


with cm():
    raise Sub("z")


def gen():
    with CM():
        yield 1
        raise Sub("g")


print(list(gen()))
try:
    with CM():
        raise KeyError(1)
except KeyError as e:
    print("propagated", repr(e))
with CM():
    pass
