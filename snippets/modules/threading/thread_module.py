# The low-level _thread module.
import _thread
import threading

out = []
def task(a, b=0):
    out.append((a + b, _thread.get_ident() != main_ident, _thread._count()))
def task_then_release(lock, *args, **kwargs):
    task(*args, **kwargs)
    lock.release()
main_ident = _thread.get_ident()
done = _thread.allocate_lock()
done.acquire()
ident = _thread.start_new_thread(task_then_release, (done, 1), {"b": 2})
done.acquire()  # until the thread has run
print(type(ident).__name__, out)
print(_thread._count(), _thread.get_ident() == threading.get_ident())
print(_thread.get_native_id() == threading.main_thread().native_id)

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, _thread.LockType.__name__, lock.locked())
print(lock.acquire(), lock.acquire_lock(0), lock.locked_lock())
lock.release_lock()
print(lock.locked())
try:
    lock.release()
except _thread.error as e:
    print(type(e).__name__, e)
rl = _thread.RLock()
print(rl.acquire(), rl.acquire(), rl._is_owned(), rl._recursion_count())
rl.release(); rl.release()
print(rl._is_owned(), _thread.error is RuntimeError)
print(_thread.TIMEOUT_MAX, _thread.stack_size())
try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError:", e)
for args in [(5, ()), (task, [1]), (task, (1,), [])]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)
def quits():
    _thread.exit()
_thread.start_new_thread(quits, ())
print("after exit")
try:
    _thread.interrupt_main()
except KeyboardInterrupt:
    print("KeyboardInterrupt")
print(threading.get_ident() == main_ident, threading.RLock().__class__)
