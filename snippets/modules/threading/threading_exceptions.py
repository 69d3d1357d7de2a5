# Uncaught exceptions in threads go to threading.excepthook (stderr);
# the main thread carries on.
import sys
import threading

def worker(n):
    print("worker", n)
    if n == 1:
        raise ValueError("bad value %d" % n)
    return n

for i in range(3):
    t = threading.Thread(target=worker, args=(i,))
    t.start()
    t.join()

class Broken(threading.Thread):
    def run(self):
        {}["missing"]

b = Broken(); b.start(); b.join()
print("still running")

# SystemExit ends the thread silently.
def leave():
    print("leaving")
    sys.exit(3)
t = threading.Thread(target=leave); t.start(); t.join()
print("after exit")

# A custom hook sees ExceptHookArgs.
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None))
threading.excepthook = hook
t = threading.Thread(target=worker, args=(1,), name="hooked"); t.start(); t.join()
print(seen)
print(type(threading.ExceptHookArgs([ValueError, ValueError(), None, None])).__name__)

# A hook that itself fails: CPython reports both.
def bad_hook(args):
    raise TypeError("hook failed")
threading.excepthook = bad_hook
t = threading.Thread(target=worker, args=(1,), name="bad-hook"); t.start(); t.join()

threading.excepthook = threading.__excepthook__
t = threading.Thread(target=worker, args=(1,), name="restored"); t.start(); t.join()

# Then the main thread fails too.
def nested():
    return 1 / 0
nested()
