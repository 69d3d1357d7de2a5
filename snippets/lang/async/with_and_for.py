# async with / async for over user classes, driven by a tiny runner.
import types


@types.coroutine
def pause(tag):
    got = yield tag
    return got


def run(coro):
    """Sends into coro until it finishes, answering each pause."""
    n = 0
    try:
        while True:
            tag = coro.send(None if n == 0 else n)
            print("  paused at", tag)
            n += 1
    except StopIteration as e:
        return e.value


class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        print("enter", self.name, await pause("aenter"))
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        await pause("aexit")
        return self.swallow


async def uses_with():
    async with Manager("a") as x, Manager("b") as y:
        print("body", x, y)
    async with Manager("c", swallow=True):
        raise ValueError("swallowed")
    try:
        async with Manager("d"):
            raise KeyError("kept")
    except KeyError as e:
        print("caught", repr(e))
    for i in range(3):
        async with Manager(f"loop{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    async with Manager("ret"):
        return "returned from inside"


print(run(uses_with()))


class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await pause(f"tick {self.i}")
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def uses_for():
    async for t in Ticker(2):
        print("got", t)
    else:
        print("else after exhaustion")
    async for t in Ticker(5):
        if t == 2:
            break
    else:
        print("not printed")
    total = 0
    async for a, b in PairTicker():
        total += a * b
    return total


class PairTicker:
    def __init__(self):
        self.items = [(1, 2), (3, 4)]

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


print(run(uses_for()))


class NoAiter:
    pass


class BadAiter:
    def __aiter__(self):
        return 1


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 1


class OnlyEnter:
    async def __aenter__(self):
        pass


class SyncEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        pass


async def for_over(obj):
    async for x in obj:
        pass


async def with_on(obj):
    async with obj:
        pass


for make in (
    lambda: for_over(NoAiter()),
    lambda: for_over([1, 2]),
    lambda: for_over(BadAiter()),
    lambda: for_over(BadAnext()),
    lambda: with_on(NoAiter()),
    lambda: with_on(OnlyEnter()),
    lambda: with_on(SyncEnter()),
):
    try:
        run(make())
    except TypeError as e:
        print("TypeError:", e)
