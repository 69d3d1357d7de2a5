# Indexing and slicing bytes and bytearray.
data = b"0123456789"
print(data[0], data[-1], data[2:5], data[:3], data[7:], data[::2], data[::-1], data[-3:-1], data[8:2:-2])
print(data[100:], data[-100:2], data[5:5], data[::-3], bytearray(data)[1::4], type(bytearray(data)[0]))
for key in [10, -11, 2**70, "1", 1.0, None]:
    try:
        print(data[key])
    except (IndexError, TypeError) as e:
        print(repr(key), type(e).__name__ + ":", e)
try:
    bytearray(data)[10]
except IndexError as e:
    print(e)
try:
    data[::0]
except ValueError as e:
    print(e)
