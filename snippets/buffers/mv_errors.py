# memoryview misuse gets CPython's exceptions.
data = bytearray(b'abc')
mv = memoryview(data)
tests = [
    lambda: mv[3],
    lambda: mv[-4],
    lambda: mv['x'],
    lambda: mv[1.0],
    lambda: mv[0, 0],
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)

def assign(key, value):
    try:
        mv[key] = value
    except Exception as e:
        print(type(e).__name__, e)

assign(0, 256)
assign(0, -1)
assign(0, 'a')
assign(0, 1.5)
assign(slice(0, 2), b'xyz')
assign(slice(0, 2), 5)
assign(slice(0, 2), 'ab')
ro = memoryview(b'abc')
try:
    ro[0] = 1
except TypeError as e:
    print(e)
try:
    memoryview('text')
except TypeError as e:
    print(e)
try:
    memoryview(42)
except TypeError as e:
    print(e)
try:
    del mv[0]
except TypeError as e:
    print(e)
