# An error deep in a yield from chain lists every generator frame on the way.
def leaf(n):
    yield n
    raise KeyError(n)

def middle(n):
    result = yield from leaf(n)
    yield result

def top():
    yield from middle(7)

for value in top():
    print("got", value)
