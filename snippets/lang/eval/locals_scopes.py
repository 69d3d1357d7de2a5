# locals(), vars() and dir(): module level is globals; functions get a snapshot.
top = 1
print(locals() is globals(), vars() is globals(), "top" in dir())


def func(a, b=2, *rest, **kw):
    c = [i for i in range(3)]
    snap = locals()
    d = 4
    print(sorted(snap), "d" in snap, "d" in locals())
    snap["a"] = 100
    print(a, sorted(vars()), dir())
    return len(locals())


print(func(1, 2, 3, k=4))


def outer():
    x = 1

    def inner():
        return sorted(locals().items())

    def reader():
        return x, sorted(locals().items())

    return inner(), reader()


print(outer())


class Body:
    k = 1
    print("k" in locals(), locals()["k"], "top" in locals())

    def method(self):
        pass

    print("method" in vars())


def exec_sees_locals():
    v = "local"
    exec("print(v, 'v' in locals(), 'v' in globals())")
    exec("v = 'changed'")
    return v


print(exec_sees_locals())
