# When set and dict displays and set comprehensions hash their items: as CPython's bytecode does (per item, or after a batch).
log = []


def f(x):
    log.append(f"item {x}")
    return x


class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        log.append(f"hash {self.n}")
        return self.n


def show(label, make):
    log.clear()
    try:
        make()
    except TypeError as e:
        log.append(f"TypeError: {e}")
    print(label + ":", "; ".join(log))


show("set comprehension", lambda: {f(x) for x in [1, [2], 3]})
show("set display", lambda: {f(1), f([2]), f(3)})
show("set display with star", lambda: {f(K(1)), f(K(2)), *f([K(3)]), f(K(4))})
show("set display, bad item before star", lambda: {f(1), f([2]), *f([3]), f(4)})
show("set display of 31", lambda: eval("{" + ", ".join(f"f(K({i}))" for i in range(31)) + "}"))
show("set display of 30", lambda: eval("{" + ", ".join(f"f(K({i}))" for i in range(30)) + "}"))
for n in (3, 15, 16, 17, 33, 40):
    show(f"dict display of {n}", lambda: eval("{" + ", ".join(f"K({i}): f({i})" for i in range(n)) + "}"))
show("dict display, 16 after a splat", lambda: eval(
    "{K(100): 0, **f({}), " + ", ".join(f"K({i}): f({i})" for i in range(16)) + ", **f({}), K(99): f(99)}"))
show("dict display with a bad key", lambda: eval("{" + ", ".join(f"{i}: f({i})" for i in range(17)) + ", []: f(1), 99: f(99)}"))
show("dict comprehension", lambda: {K(i): f(i) for i in range(3)})
