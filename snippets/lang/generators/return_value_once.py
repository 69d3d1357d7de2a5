# A generator's return value is delivered once: afterwards it stops with no value, also for yield from.
def job():
    yield "working"
    return "result"

g = job()
print(next(g))
for attempt in range(2):
    try:
        next(g)
    except StopIteration as e:
        print(attempt, repr(e.value), e.args)

def done():
    return 42
    yield

finished = done()
def collect():
    results = []
    for _ in range(3):
        results.append((yield from finished))
    return results

c = collect()
try:
    next(c)
except StopIteration as e:
    print(e.value)
print(list(finished), finished.send(None) if False else "no value left")
