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


def make_two():
    return [job() for _ in range(2)]


pair = make_two()
pair = None  # one warning: the second is at the same line
print("pair dropped")
leftover = job()  # reported at exit, with no line
