# array('u') holds lone surrogates: from str, from raw wchar_t bytes, and back.
import array
a = array.array("u", "a\ud800\udc80b")
print(a, len(a), a.itemsize)
print(a.tobytes().hex(" ", 4))
print(a.tolist(), [hex(ord(c)) for c in a])
print(repr(a.tounicode()), a.tounicode() == "a\ud800\udc80b")

# Items in: append, fromunicode, extend, item assignment.
a.append("\udfff")
a.fromunicode("\ud83d\ude00")
a.extend("\udc00")
a[0] = "\ud834"
print(a)
print(a.index("\udfff"), "\ud83d" in a, a.count("\udc80"), repr(a[-1]), repr(a[1:3]))

# Items from raw 4-byte code units (say, wchar_t data from a C library).
raw = (0xD800).to_bytes(4, "little") + (0x41).to_bytes(4, "little") + (0xDFFF).to_bytes(4, "little")
b = array.array("u", raw)
print(b, repr(b.tounicode()), b.tounicode().encode("utf-16-le", "surrogatepass").hex())

# They compare and sort by code point, like str.
print(sorted(array.array("u", "\ue000\ud800a\U0001f600")))
print(array.array("u", "\ud800") < array.array("u", "\ue000"), "\ud800" < "\ue000" < "\U00010000")
print(memoryview(b).format, memoryview(b).nbytes)
