# A barrier for one party passes; its action's exception breaks it.
import threading

b = threading.Barrier(1)
results = []
def through(i):
    results.append((i, b.wait()))
for i in range(3):
    t = threading.Thread(target=through, args=(i,)); t.start(); t.join()
print(results, b.broken, b.n_waiting)

def fail():
    raise ValueError("action failed")
bad = threading.Barrier(1, action=fail)
try:
    bad.wait()
except ValueError as e:
    print("ValueError:", e, bad.broken)
try:
    bad.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", bad.broken)
# A barrier that times out (nobody else arrives) is broken.
two = threading.Barrier(2, timeout=0.01)
try:
    two.wait()
except threading.BrokenBarrierError:
    print("timed out", two.broken)
bad.reset()
bad.wait()
