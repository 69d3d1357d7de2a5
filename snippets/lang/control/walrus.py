# Assignment expressions in while conditions, if tests and calls.
data = [5, 3, 8, 0, 2]
it = iter(data)
while (x := next(it)) != 0:
    print("value", x)
print("stopped at", x)

if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")

chunks = []
buf = list(range(10))
while chunk := buf[:3]:
    chunks.append(chunk)
    buf = buf[3:]
print(chunks)
print((y := 10) * 2, y)
def f(v):
    return v * 3
print([r for v in range(5) if (r := f(v)) % 2 == 0])
