# A return with a value in an async generator, where the return awaits (the first one is reported)
async def f():
    return [x async for x in y]
    yield 1
    return 2
