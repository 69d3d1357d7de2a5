# A coroutine discarded before it started warns once per line.
async def job():
    return 1


def call_without_await():
    job()
    print("after the call")


c = job()
del c
print("deleted")
call_without_await()
try:
    next(job())
except TypeError as e:
    print(e)
c = job()
c.close()
print("closed: no warning")
