# Async generators: __anext__, asend, athrow, aclose, aiter/anext.
import types


@types.coroutine
def pause(tag):
    yield tag


def run(coro):
    try:
        while True:
            print("  loop got", coro.send(None))
    except StopIteration as e:
        return e.value


async def countdown(n):
    try:
        while n:
            got = yield n
            if got is not None:
                print("received", got)
            await pause(f"between {n}")
            n -= 1
    finally:
        print("countdown cleanup")


async def main():
    g = countdown(3)
    print(type(g).__name__, g.__aiter__() is g, aiter(g) is g)
    print(g.__name__, g.ag_running, g.ag_await)
    print(type(g.__anext__()).__name__, type(g.athrow(ValueError)).__name__)
    print(await g.__anext__())
    print(await g.asend("hello"))
    print(await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(g, "default"))
    items = [x async for x in countdown(2)]
    print(items)

    g = countdown(5)
    await anext(g)
    try:
        await g.athrow(KeyError("thrown"))
    except KeyError as e:
        print("athrow raised", repr(e))
    g = countdown(5)
    await anext(g)
    print(await g.aclose())
    print(await g.aclose())

    async def catches():
        while True:
            try:
                yield 1
            except ValueError:
                yield "handled"

    g = catches()
    await anext(g)
    print(await g.athrow(ValueError))

    async def stubborn():
        try:
            yield 1
        finally:
            yield 2

    g = stubborn()
    await anext(g)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    aw = countdown(1).__anext__()
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def raises_stop():
        raise StopAsyncIteration
        yield

    try:
        await anext(raises_stop())
    except RuntimeError as e:
        print("RuntimeError:", e)
    for bad in (1, [1]):
        try:
            aiter(bad)
        except TypeError as e:
            print("TypeError:", e)
        try:
            anext(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        iter(countdown(1))
    except TypeError as e:
        print("TypeError:", e)
    return "main done"


print(run(main()))
