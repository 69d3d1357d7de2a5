# Module-level annotations are evaluated and stored in __annotations__.
a: int
b: str = "value"
(c): int = 3
holder = {}
holder["k"]: float = 1.5
print(__annotations__, b, c, holder)
import _annotated
print(_annotated.__annotations__, "label" in dir(_annotated))
print([k for k in _annotated.__dict__ if not k.startswith("__")])


def local_only():
    x: undefined_in_function = 1
    return x


print(local_only())
try:
    bad: undefined_at_module = 1
except NameError as e:
    print(e, bad)
