# Coroutine objects driven by hand: send/throw/close, attributes, errors.
import types


async def add(a, b):
    return a + b


async def nothing():
    pass


c = add(1, 2)
print(type(c).__name__, type(c) is types.CoroutineType)
print(repr(c).startswith("<coroutine object add at 0x"))
print(c.__name__, c.__qualname__, c.cr_running, c.cr_await)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
for action in (lambda: c.send(None), lambda: c.throw(ValueError)):
    try:
        action()
    except RuntimeError as e:
        print("RuntimeError:", e)
print(c.close())

c = nothing()
for what, f in [("iter", iter), ("next", next), ("list", list)]:
    try:
        f(c)
    except TypeError as e:
        print(what, e)
try:
    for x in c:
        pass
except TypeError as e:
    print("for", e)
try:
    c.send(1)
except TypeError as e:
    print(e)
w = c.__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("wrapper done", e.value)


class Box:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield ("box wants", self.v)
        return got * 2


async def use_box():
    r = await Box(5)
    print("box gave", r)
    return await add(r, 1)


c = use_box()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("final", e.value)


@types.coroutine
def legacy():
    x = yield "legacy yield"
    return x


async def use_legacy():
    return await legacy()


c = use_legacy()
print(c.send(None))
try:
    c.send("sent")
except StopIteration as e:
    print(e.value)


async def catcher():
    try:
        await Box(1)
    except KeyError as e:
        print("caught", repr(e))
        return "recovered"


c = catcher()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

c = catcher()
c.send(None)
print(c.close(), c.cr_await)


class Bad:
    def __await__(self):
        return 5


class CoroAwait:
    def __await__(self):
        return nothing()


async def await_it(x):
    await x


for obj in (5, Bad(), CoroAwait(), (i for i in ())):
    co = await_it(obj)
    try:
        co.send(None)
    except TypeError as e:
        print("TypeError:", e)
    co.close()


async def raises_stop():
    raise StopIteration(1)


try:
    raises_stop().send(None)
except RuntimeError as e:
    print(e, "from", repr(e.__cause__))

co = await_it(Box(3))
print(co.send(None), co.cr_running, type(co.cr_await).__name__)
co.close()
