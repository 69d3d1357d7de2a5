# Errors from bytearray item and slice assignment.
ba = bytearray(b"abcdef")
cases = [(0, 256), (0, -1), (0, b"x"), (0, "x"), (0, 1.0), (10, 1), ("a", 1),
         (slice(0, 2), 5), (slice(0, 2), "xy"), (slice(0, 2), [1, "a"]), (slice(0, 2), [300]),
         (slice(0, 2), None), (slice(None, None, 2), b"xy"), (slice(None, None, 2), [1, 2, 3, 4])]
for key, value in cases:
    try:
        ba[key] = value
        print("ok", ba)
    except (TypeError, ValueError, IndexError) as e:
        print(repr(key), repr(value), type(e).__name__ + ":", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(e)
print(ba)
