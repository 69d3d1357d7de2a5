# Comparisons between bytes, bytearray and memoryview.
import array
a, ba, mv = b"abc", bytearray(b"abd"), memoryview(b"abc")
print(a == ba, a < ba, ba > a, a == mv, mv == a, ba != mv)
print(ba < mv, mv < ba, ba >= array.array("B", b"abd"), array.array("B", b"abc") < ba)
print(b"" < b"\x00", b"a" < b"aa", b"b" > b"abc", bytearray(b"Z") < b"a", max(b"b", b"ab"))
print(bytearray(b"\x01\x00\x00\x00") == array.array("i", [1]), b"\x01\x00\x00\x00" == array.array("i", [1]))
print(bytearray(b"abcd") == memoryview(b"abcd").cast("i"), memoryview(b"abcd").cast("i") == bytearray(b"abcd"))
print(b"a" == "a", bytearray(b"a") == "a", b"\x61" == 97)
for x, y in [(b"a", mv), (b"a", "a"), (bytearray(b"a"), 1)]:
    try:
        print(x < y)
    except TypeError as e:
        print(e)
