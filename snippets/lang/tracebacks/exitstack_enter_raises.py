from contextlib import ExitStack
class Bad:
    def __enter__(self):
        raise RuntimeError("cannot enter")
    def __exit__(self, *a):
        pass
with ExitStack() as st:
    st.enter_context(Bad())
