# Timers fire after their interval: after what the main thread prints
# meanwhile, when joined, or at exit; a cancelled one never fires.
import threading

def hello(who, punct="!"):
    print("hello", who + punct, threading.current_thread().name)

t = threading.Timer(0.05, hello, args=("world",))
print(t.name, t.is_alive(), t.interval)
t.start()
print("started", t.is_alive())
t.join()
print("joined", t.is_alive(), t.finished.is_set())

c = threading.Timer(0.05, hello, args=("never",))
c.start()
c.cancel()
c.join()
print("cancelled", c.finished.is_set())

# An event a timer sets ends the wait on it.
ev = threading.Event()
s = threading.Timer(0.02, ev.set)
s.start()
print("waited", ev.wait(5))

def boom():
    raise KeyError("timer")
b = threading.Timer(0.01, boom)
b.start(); b.join()

# A timer due while the main thread sleeps fires during the sleep.
import time
during = threading.Timer(0.02, hello, args=("during sleep",))
during.start()
time.sleep(0.1)
print("slept")

late = threading.Timer(0.05, hello, args=("at exit",), kwargs={"punct": "."})
late.start()
print("main done")
