# Asynchronous comprehensions and generator expressions.
import types


@types.coroutine
def pause():
    yield "pause"


async def agen(n):
    for i in range(n):
        await pause()
        yield i


async def double(x):
    await pause()
    return 2 * x


async def main():
    print([x async for x in agen(4)])
    print({x: await double(x) async for x in agen(3) if x})
    print({await double(x) for x in range(3)})
    print([[await double(y) for y in range(x)] for x in range(3)])
    print([x for x in range(4) if await double(x) > 2])
    print([(a, b) async for a in agen(2) for b in range(2) if a != b])
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__, g.__name__, g.__qualname__)
    print([v async for v in g])
    print([x async for x in agen(2)] + [y async for y in agen(3)])


def sync_genexp():
    return (await double(i) for i in range(3))


async def consume(g):
    return [x async for x in g]


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


run(main())
print(run(consume(sync_genexp())))
