# asyncio: cancellation, timeouts and errors inside tasks.
import asyncio


async def child(n):
    await asyncio.sleep(0.001 * n)
    if n == 2:
        raise ValueError(f"child {n} failed")
    return n


async def forever():
    try:
        await asyncio.sleep(100)
    finally:
        print("forever cleaned up")


async def main():
    results = await asyncio.gather(*(child(i) for i in range(4)), return_exceptions=True)
    print(results)
    task = asyncio.create_task(forever())
    await asyncio.sleep(0)
    print(task.cancel(), task.done())
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled:", task.cancelled())
    try:
        async with asyncio.timeout(0.005):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")
    try:
        await asyncio.wait_for(forever(), 0.001)
    except asyncio.TimeoutError as e:
        print("wait_for:", type(e).__name__)
    q = asyncio.Queue(maxsize=1)
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull:
        print("full", q.qsize(), q.full())
    print(await q.get(), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.set_result("ok")
    print(fut.result(), fut.done(), await fut)
    left = asyncio.create_task(forever())
    await asyncio.sleep(0)
    return len(asyncio.all_tasks())


print(asyncio.run(main()))
try:
    asyncio.run(child)
except ValueError as e:
    print("ValueError:", str(e).split(" at ")[0])
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
