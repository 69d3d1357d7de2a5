# help() prints pydoc's plain text: built-ins (signatures from their
# __text_signature__), methods, functions, lambdas, classes and instances.
help(len)
help(str.upper)
help("x".upper)
def f(a, b=2, *args, c: int = 3, **kw) -> str:
    "Doc of f."
help(f)
class C:
    "A class."
    x = 5
    def m(self): "meth"
    @property
    def p(self):
        "a prop"
        return 1
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(a, b): "static"
help(C)
class D(C):
    def m(self): pass
    def __init__(self, q): pass
help(D)
help(D(1))
help(bytes.hex)
help(max)
help(print)
help(lambda x: x)
help(sorted)
help(int.to_bytes)
