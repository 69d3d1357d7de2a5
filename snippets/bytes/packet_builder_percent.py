# Assemble a simple line-based protocol message with bytes % formatting.
def command(name, *args):
    parts = [name.upper()] + [a if isinstance(a, bytes) else str(a).encode() for a in args]
    return b"%s\r\n" % b" ".join(parts)
print(command(b"user", b"alice"), command(b"retr", 3), command(b"noop"))
def frame(seq, payload):
    return b"%04d|%08x|%-6s|%s" % (seq, len(payload), payload[:6], payload.hex().encode())
print(frame(1, b"hello"), frame(42, bytes(range(10))))
status = {b"code": 200, b"msg": b"OK"}
print(b"HTTP/1.0 %(code)d %(msg)s" % status)
