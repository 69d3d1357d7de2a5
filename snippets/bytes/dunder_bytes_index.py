# User classes with __bytes__ and __index__ work where bytes APIs expect them.
class Packet:
    def __init__(self, kind, payload):
        self.kind, self.payload = kind, payload
    def __bytes__(self):
        return bytes([self.kind, len(self.payload)]) + self.payload
class Port:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
class Bad:
    def __bytes__(self):
        return "text"
p = Packet(7, b"hi")
print(bytes(p), b"<%b>" % p, int.from_bytes(p, "big"), bytes(p).hex(":"))
port = Port(8080)
print(port.n.to_bytes(2, "big"), (80).to_bytes(Port(3), "big"), b"%d/%x" % (port, port), "%5d|" % port)
print(bytes(Port(3)), bytearray(Port(2)), b"abc".center(Port(9), b"."), b"a b c".split(None, Port(1)))
print(Port(98) in b"abc", b"abcabc".find(b"c", Port(3)), b"abcabc".count(Port(97)))
buf = bytearray(b"ab")
buf.append(Port(33))
buf.insert(Port(0), Port(64))
print(buf, buf.pop(Port(1)), buf)
for call in [lambda: bytes(Bad()), lambda: b"%s" % Bad(), lambda: bytearray(p), lambda: b"x".find(b"x", p),
             lambda: int.from_bytes(port), lambda: b"x" % p]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
