# PEP 479: StopIteration escaping a generator becomes RuntimeError; return values ride on StopIteration.
def leaks():
    yield 1
    next(iter([]))

try:
    list(leaks())
except RuntimeError as e:
    print("RuntimeError:", e)

def explicit():
    raise StopIteration("explicit")
    yield
try:
    next(explicit())
except RuntimeError as e:
    print("RuntimeError:", e)

def guarded():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside is fine"
print(list(guarded()))

def returns(v):
    yield "one"
    return v
g = returns(42)
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, "args", e.args)
g = returns(None)
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, "args", e.args)

class Stop(StopIteration):
    pass
def sub():
    raise Stop("subclass")
    yield
try:
    list(sub())
except RuntimeError as e:
    print("RuntimeError:", e)
