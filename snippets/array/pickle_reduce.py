# Arrays reduce to their typecode and items (a list below protocol 3,
# machine-format bytes through array._array_reconstructor from 3 on).
import array
import pickle

nums = array.array("h", [-3, 0, 700])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(nums, proto))
    print(proto, back, back == nums, type(back).__name__)

print(nums.__reduce_ex__(1))
print(nums.__reduce_ex__(2)[1])
func, args, state = array.array("d", [0.25]).__reduce_ex__(4)
print(func.__name__, args, state)

text = array.array("u", "pi\u03c0")
print(text.__reduce_ex__(0)[1])
print(pickle.loads(pickle.dumps(text)) == text)


class Samples(array.array):
    pass


s = Samples("B", b"\x01\x02")
s.label = "two bytes"
for proto in (0, 2, 5):
    t = pickle.loads(pickle.dumps(s, proto))
    print(type(t).__name__, t, t.label)

# Items stored in another machine format are converted on the way in.
rebuild = array._array_reconstructor
print(rebuild(array.array, "h", 5, b"\x00\x01\xff\xfe"))
print(rebuild(array.array, "l", 13, bytes(7) + b"\x2a"))
print(rebuild(array.array, "d", 15, b"\x3f\x80\x00\x00"))
print(rebuild(array.array, "B", 0, b"\x07\x08"))

for bad in [
    (list, "i", 8, b""),
    ("array", "i", 8, b""),
    (array.array, "x", 8, b""),
    (array.array, "i", 22, b""),
    (array.array, "i", 8, bytearray()),
    (array.array, 5, 8, b""),
]:
    try:
        rebuild(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
