# A user context manager that suppresses an exception.
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True
with Ctx() as c:
    print("body", type(c).__name__)
    raise ValueError("x")
print("after")
with Ctx():
    pass
