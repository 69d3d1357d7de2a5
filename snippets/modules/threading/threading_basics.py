# Threads started then joined one at a time, so CPython's order is fixed.
import threading

results = []

def worker(n, scale=1):
    t = threading.current_thread()
    results.append((n * scale, t.name, t is not threading.main_thread()))

for i in range(3):
    t = threading.Thread(target=worker, args=(i,), kwargs={"scale": 10})
    print(repr(t))
    t.start()
    t.join()
    print(t.is_alive(), t.ident is not None, t.native_id is not None)
print(results)

t = threading.Thread(target=worker, args=(5,), name="custom")
print(t.name, t.daemon, t.is_alive(), t.ident)
t.start(); t.join()
print(results[-1])

# Names count only threads without one; a target without __name__ adds nothing.
class Callable:
    def __call__(self):
        results.append(threading.current_thread().name)

t = threading.Thread(target=Callable()); t.start(); t.join()
t = threading.Thread(); print(t.name); t.start(); t.join()
print(results[-1])

print(threading.main_thread().name, threading.current_thread() is threading.main_thread())
print(threading.active_count(), [x.name for x in threading.enumerate()])
print(threading.get_ident() == threading.main_thread().ident)
print(threading.get_native_id() == threading.main_thread().native_id)

# Inside a thread: current_thread, enumerate, get_ident.
def inside():
    me = threading.current_thread()
    print("inside", me.name, me.is_alive(), threading.get_ident() == me.ident)
    print("count", threading.active_count(), [x.name for x in threading.enumerate()])
    print("main alive", threading.main_thread().is_alive())

t = threading.Thread(target=inside, name="In"); t.start(); t.join()
print("after", threading.active_count())

# Subclasses overriding run (and __init__).
class Counter(threading.Thread):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit
        self.total = 0

    def run(self):
        for i in range(self.limit):
            self.total += i

c = Counter(10)
print(c.name)
c.start(); c.join()
print(c.total, c.is_alive())

# Errors.
try:
    c.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)

def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print("in thread:", e)
t = threading.Thread(target=join_self); t.start(); t.join()

# Daemon flags: inherited from the creating thread.
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon, repr(d))
d.daemon = False
print(d.daemon)
def spawn():
    inner = threading.Thread(target=lambda: None)
    print("inherits", inner.daemon)
d = threading.Thread(target=spawn, daemon=True); d.start(); d.join()

# join with a timeout on a finished thread returns at once.
t.join(0.5); t.join(timeout=None)
print(t.is_alive())
print(threading.TIMEOUT_MAX, threading.ThreadError)
print(type(threading.Lock()), threading.Thread.__module__)
