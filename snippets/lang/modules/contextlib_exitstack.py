# contextlib.ExitStack: enter_context, callback, push, pop_all, close, suppression and the chaining of exceptions raised by callbacks.
from contextlib import ExitStack, contextmanager
@contextmanager
def opened(n):
    print("open", n)
    yield n
    print("close", n)
with ExitStack() as stack:
    items = [stack.enter_context(opened(i)) for i in range(3)]
    stack.callback(print, "callback!")
    print(items)
with ExitStack() as stack:
    stack.enter_context(opened("x"))
    later = stack.pop_all()
print("popped")
later.close()
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False
try:
    with ExitStack() as st:
        a = st.enter_context(Res("a"))
        b = st.enter_context(Res("b"))
        st.push(lambda *e: print("pushed exit", e[0]))
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
class Suppressor:
    def __enter__(self): return self
    def __exit__(self, *e):
        print("suppressing", e[0])
        return True
with ExitStack() as st:
    st.enter_context(Suppressor())
    1 / 0
print("survived")
st = ExitStack()
st.callback(lambda: print("cb1"))
st.callback(lambda x: print("cb2", x), 42)
st.close()
try:
    with ExitStack() as s:
        s.enter_context(5)
except TypeError as e:
    print(e)
def cleanup_fails():
    raise ValueError("in cleanup")
try:
    with ExitStack() as s:
        s.callback(cleanup_fails)
        raise KeyError("body")
except ValueError as e:
    print(repr(e), repr(e.__context__))
