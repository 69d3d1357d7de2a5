from contextlib import ExitStack
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0])
        if self.name == "b":
            raise KeyError("exit of b")
with ExitStack() as st:
    st.enter_context(CM("a"))
    st.enter_context(CM("b"))
    st.callback(print, "callback")
    raise ValueError("body")
