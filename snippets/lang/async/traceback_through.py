# An error raised in a nested coroutine, through async with and async for.
class Manager:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        print("exit saw", exc[0].__name__)
        return False


async def items():
    yield 1
    yield 0


async def divide():
    async for d in items():
        print(10 / d)


async def outer():
    async with Manager():
        await divide()


outer().send(None)
