# readinto() fills the exporter's memory through the buffer protocol: a
# view of part of a bytearray, an array's items, a view with a format.
import array

with open("readinto_views.tmp", "wb") as f:
    f.write(bytes(range(16)))

data = bytearray(b"-" * 8)
view = memoryview(data)
with open("readinto_views.tmp", "rb") as f:
    print(f.readinto(view[2:6]), data)
    # The export is live while the view is: data cannot be resized.
    try:
        data.extend(b"!")
    except BufferError as e:
        print("BufferError:", e)
    view.release()
    data.extend(b"!")
    print(data)
    ints = array.array("i", [0, 0])
    print(f.readinto(ints), ints.tolist() == [int.from_bytes(bytes(range(4, 8)), "little"), int.from_bytes(bytes(range(8, 12)), "little")])
    casted = memoryview(bytearray(4)).cast("B", [2, 2])
    try:
        f.readinto(casted)
    except Exception as e:
        print(type(e).__name__, e)
    print(f.readinto(memoryview(bytearray(4)).cast("I")), f.tell())
    released = memoryview(bytearray(2))
    released.release()
    try:
        f.readinto(released)
    except Exception as e:
        print(type(e).__name__, e)
    for target in [b"read-only", memoryview(b"ro"), "text", 5]:
        try:
            f.readinto(target)
        except TypeError as e:
            print("TypeError:", e)

with open("readinto_views.tmp", "wb") as f:
    try:
        f.write(memoryview(bytearray(b"abcdef"))[::2])
    except BufferError as e:
        print("BufferError:", e)
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError:", e)
    print(f.write(memoryview(array.array("d", [1.5]))))
print(open("readinto_views.tmp", "rb").read())
