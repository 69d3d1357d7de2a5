# A str mixed into bytes.join() fails deep in a call chain.
def render(fields):
    return b",".join(fields)
def emit(rows):
    for row in rows:
        print(render(row))
emit([[b"a", b"b"], [b"c", "d"]])
