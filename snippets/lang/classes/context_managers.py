# __enter__/__exit__: return values, exception suppression, several items.
class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"<{self.name}>")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>", exc_type.__name__ if exc_type else None)
        return False

with Tag("a") as t:
    print("inside", t)
with Tag("outer"), Tag("inner") as inner:
    print("both", inner)

class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.kinds):
            print("suppressed", repr(ev))
            return True
        return False

with Suppress(KeyError, ZeroDivisionError):
    1 / 0
print("after")
try:
    with Suppress(KeyError):
        raise ValueError("not mine")
except ValueError as e:
    print("escaped", e)
try:
    with Tag("x"):
        raise RuntimeError("boom")
except RuntimeError:
    print("caught")
