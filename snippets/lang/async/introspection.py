# inspect, types and collections.abc know coroutines and async generators.
import inspect, asyncio, types
async def f(): pass
async def ag(): yield
def g(): yield
print(inspect.iscoroutinefunction(f), inspect.iscoroutinefunction(g), inspect.isasyncgenfunction(ag), inspect.isgeneratorfunction(g), inspect.isgeneratorfunction(f))
c = f()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isasyncgen(ag()), asyncio.iscoroutine(c), asyncio.iscoroutinefunction(f))
c.close()
print(isinstance(c, types.CoroutineType), type(ag()).__name__)
import collections.abc as cabc
print(isinstance(c, cabc.Coroutine), isinstance(c, cabc.Awaitable), isinstance(ag(), cabc.AsyncGenerator), isinstance(ag(), cabc.AsyncIterator))
print(f.__code__.co_flags & 0x80 if hasattr(f, '__code__') else 'nocode')
