# An exception escaping asyncio.run: CPython's runners.py and
# base_events.py frames, none of the C Task/Future, then the coroutines'.
import asyncio


async def fetch(n):
    await asyncio.sleep(0)
    if n == 3:
        raise ConnectionError(f"fetch {n} failed")
    return n * 10


async def main():
    print(await asyncio.gather(fetch(1), fetch(2)))
    results = await asyncio.gather(fetch(1), fetch(3), return_exceptions=True)
    print(results)
    await fetch(3)


asyncio.run(main())
