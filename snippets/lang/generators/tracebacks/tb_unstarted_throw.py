# Throwing into a generator that has not started raises at its first line (its decorator here).
def identity(f):
    return f

@identity
def ticker():
    yield 1

t = ticker()
t.throw(RuntimeError("stopped before starting"))
