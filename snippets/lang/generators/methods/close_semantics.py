# close() throws GeneratorExit: finally blocks run, yielding again is an error, return values are dropped.
def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")
g = cleanup()
print(next(g))
print("close returns", g.close())
print("closed again", g.close(), list(g))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring GeneratorExit")
        yield 2
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def observer():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise
g = observer()
next(g)
g.close()

def returning():
    try:
        yield 1
    finally:
        return "dropped"
g = returning()
next(g)
print("close of a returning generator:", g.close())

def failing():
    try:
        yield 1
    finally:
        raise KeyError("from finally")
g = failing()
next(g)
try:
    g.close()
except KeyError as e:
    print("close raised", e)

def never():
    print("not printed")
    yield
g = never()
g.close()
print("unstarted then closed:", list(g))

def with_block():
    class Res:
        def __enter__(self):
            print("acquire")
        def __exit__(self, typ, exc, tb):
            print("release on", typ.__name__ if typ else None)
    with Res():
        yield "in with"
g = with_block()
print(next(g))
g.close()
