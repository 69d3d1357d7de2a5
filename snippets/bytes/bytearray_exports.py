# A bytearray with a live memoryview cannot change size, but can change content.
ba = bytearray(b"hello")
view = memoryview(ba)
ba[0] = ord("J")
ba[1:3] = b"EL"
ba.reverse()
print(ba, bytes(view))
def del_first():
    del ba[0]
attempts = {
    "append": lambda: ba.append(1),
    "extend": lambda: ba.extend(b"!!"),
    "pop": lambda: ba.pop(),
    "insert": lambda: ba.insert(0, 1),
    "remove": lambda: ba.remove(ord("J")),
    "clear": lambda: ba.clear(),
    "del item": del_first,
}
for name, call in attempts.items():
    try:
        call()
        print(name, "ok")
    except BufferError as e:
        print(name, "->", e)
ba.extend(b"")
ba[0:0] = b""
del ba[5:]
print("no-op resizes ok", ba)
try:
    ba += b"x"
except BufferError as e:
    print("+=", e)
view.release()
ba.append(ord("!"))
print(ba)
