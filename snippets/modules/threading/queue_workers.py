# Producer and consumer threads sharing a queue: the producer thread
# fills it and is joined before the consumers start.
import queue
import threading

q = queue.Queue()
results = []
lock = threading.Lock()

def producer(n):
    for i in range(n):
        q.put(i)
    print("produced", n, threading.current_thread().name)

def consumer():
    while True:
        try:
            item = q.get_nowait()
        except queue.Empty:
            break
        with lock:
            results.append(item * item)
        q.task_done()

p = threading.Thread(target=producer, args=(6,), name="producer")
p.start()
p.join()
print("queued", q.qsize())
consumers = [threading.Thread(target=consumer, name="consumer-%d" % i) for i in range(3)]
for c in consumers:
    c.start()
for c in consumers:
    c.join()
q.join()
print(sorted(results), q.empty())

# Sentinel-terminated worker: the items are queued before it starts.
tasks = queue.Queue()
for word in ["alpha", "beta", "gamma", None]:
    tasks.put(word)
out = []
def worker():
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        out.append(item.upper())
        tasks.task_done()
w = threading.Thread(target=worker, daemon=True)
w.start()
tasks.join()
print(out, w.is_alive())
