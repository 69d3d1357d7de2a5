# Locks, conditions, semaphores, events and barriers used from threads
# that each finish before the next starts.
import threading

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for args in [(False, 1), (True, -2)]:
    try:
        lock.acquire(*args)
    except ValueError as e:
        print("ValueError:", e)
with lock:
    print("in with", lock.locked())
print("out", lock.locked())
print(type(lock).__name__, type(lock).__module__, threading.Lock is threading._allocate_lock)

counter = 0
def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
threads = [threading.Thread(target=add, args=(1000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)

rlock = threading.RLock()
with rlock:
    with rlock:
        print("nested", rlock._is_owned())
print(rlock.acquire(), rlock.acquire(), rlock.release(), rlock.release())
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(rlock).__module__, type(rlock).__name__)

# Condition: notify needs the lock; wait_for with a true predicate returns at once.
cond = threading.Condition()
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.wait(0)
except RuntimeError as e:
    print("RuntimeError:", e)
items = []
def produce():
    with cond:
        items.append("x")
        cond.notify_all()
t = threading.Thread(target=produce); t.start(); t.join()
with cond:
    print(cond.wait_for(lambda: items, timeout=1), cond.wait(0.01))
    cond.notify(2)

# Semaphores.
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(False), sem.acquire(timeout=0.01))
sem.release(2)
with sem:
    print("sem value", sem._value)
for bad in [lambda: threading.Semaphore(-1), lambda: sem.acquire(False, 1), lambda: sem.release(0)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
bsem = threading.BoundedSemaphore(2)
bsem.acquire()
bsem.release()
try:
    bsem.release()
except ValueError as e:
    print("ValueError:", e)

pool = threading.BoundedSemaphore(1)
done = []
def limited(i):
    with pool:
        done.append(i)
for i in range(3):
    t = threading.Thread(target=limited, args=(i,)); t.start(); t.join()
print(done)

# Events.
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
def setter():
    ev.set()
t = threading.Thread(target=setter); t.start(); t.join()
print(ev.is_set(), ev.wait(), ev.wait(1))
ev.clear()
print(ev.is_set())

# A barrier of one party passes at once.
b = threading.Barrier(1, action=lambda: print("action"))
print(b.wait(), b.parties, b.n_waiting, b.broken)
b.abort()
print(b.broken)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e), isinstance(e, RuntimeError))
b.reset()
print(b.broken)

# threading.local: each thread sees its own attributes.
data = threading.local()
data.value = "main"
def show(v):
    print("has value:", hasattr(data, "value"))
    data.value = v
    print("thread value:", data.value)
for v in ("one", "two"):
    t = threading.Thread(target=show, args=(v,)); t.start(); t.join()
print("main value:", data.value, type(data).__name__)

class MyLocal(threading.local):
    def __init__(self, start):
        self.n = start
    def bump(self):
        self.n += 1
        return self.n
loc = MyLocal(10)
loc.bump()
def use():
    print("fresh in thread:", loc.n, loc.bump())
t = threading.Thread(target=use); t.start(); t.join()
print("main:", loc.n)
