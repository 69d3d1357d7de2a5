# A tour of the minimal asyncio: tasks, gather, wait_for, queues, locks, events.
import asyncio
import time

async def worker(name, q, results):
    while True:
        item = await q.get()
        await asyncio.sleep(0.01 * item)
        results.append((name, item))
        q.task_done()

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)
    return what.upper()

async def fails():
    await asyncio.sleep(0)
    raise ValueError("bad")

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise

async def main():
    t0 = time.monotonic()
    t1 = asyncio.create_task(say_after(0.02, "hello"))
    t2 = asyncio.create_task(say_after(0.01, "world"), name="second")
    print(t2.get_name(), t1.get_name().startswith("Task-"))
    print(await t1, await t2)
    r = await asyncio.gather(say_after(0.01, "a"), say_after(0, "b"), fails(), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(fails(), say_after(0.01, "c"))
    except ValueError as e:
        print("gather raised", e)
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print("timeout")
    q = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(3)]
    for i in range(6):
        q.put_nowait(i)
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(results), [type(x).__name__ for x in res])
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        print("event set")
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    await wt
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    print(lock.locked())
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("t cancelled", t.cancelled())
    done, pending = await asyncio.wait([asyncio.create_task(say_after(0.01, "x"))])
    print(len(done), len(pending))
    for coro in asyncio.as_completed([say_after(0.2, "p"), say_after(0.01, "q")]):
        print("as_completed", await coro)
    print(asyncio.current_task().get_name())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 42)
    print(await fut)
    return "done"

print(asyncio.run(main()))
