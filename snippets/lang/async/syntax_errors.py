# Misplaced async constructs are compile-time SyntaxErrors.
sources = [
    "await x",
    "def f():\n    await x",
    "class A:\n    await x",
    "async def f():\n    def g(): await x",
    "async def f():\n    lambda: await x",
    "def f():\n    async with x: pass",
    "def f():\n    async for x in y: pass",
    "async with x: pass",
    "def f():\n    [x async for x in y]",
    "def f():\n    {x: 1 async for x in y}",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    x = yield from y",
]
for src in sources:
    try:
        compile(src, "<snippet>", "exec")
        print("compiled:", src.replace("\n", " | "))
    except SyntaxError as e:
        print(f"{e.msg!r} line {e.lineno} offset {e.offset}-{e.end_offset}")
ok = [
    "async def f():\n    yield 1\n    return",
    "def f():\n    return (x async for x in y)",
    "async def f():\n    return [await x for x in y]",
    "async def f():\n    async with a as b, c:\n        async for x in b:\n            pass",
]
for src in ok:
    compile(src, "<snippet>", "exec")
print("valid ones compiled")
