# Starting a thread twice is an error, raised from threading.py.
import threading

def work(label):
    print("working", label)

t = threading.Thread(target=work, args=("once",))
t.start()
t.join()
print(t.name, t.is_alive())
t.start()
