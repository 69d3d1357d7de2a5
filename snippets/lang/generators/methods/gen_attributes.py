# Generator attributes and states: gi_running, gi_suspended, gi_yieldfrom, names, re-entry.
def watcher():
    print("inside: running", me.gi_running, "suspended", me.gi_suspended)
    try:
        next(me)
    except ValueError as e:
        print("re-entering:", e)
    try:
        me.close()
    except ValueError as e:
        print("closing itself:", e)
    yield 1

me = watcher()
print("new:", me.gi_running, me.gi_suspended, me.gi_yieldfrom)
next(me)
print("suspended:", me.gi_running, me.gi_suspended)
list(me)
print("finished:", me.gi_running, me.gi_suspended)
print(me.__name__, me.__qualname__, type(me).__name__)

class Tree:
    def walk(self):
        yield self
print(Tree().walk().__qualname__)

def outer():
    def inner():
        yield 1
    return inner()
print(outer().__qualname__, repr(outer()).split(" at ")[0])

def sender():
    while True:
        value = yield
        print("got", value)
g = sender()
try:
    g.send("too early")
except TypeError as e:
    print("TypeError:", e)
g.send(None)
g.send("now")
try:
    g.send()
except TypeError as e:
    print("TypeError:", e)
