# Decode the Redis RESP protocol from bytes (arrays, bulk and simple strings).
def parse(buf, pos=0):
    kind = buf[pos:pos + 1]
    end = buf.index(b"\r\n", pos)
    line = buf[pos + 1:end]
    pos = end + 2
    if kind == b"+":
        return line.decode(), pos
    if kind == b"-":
        return ("ERR", line.decode()), pos
    if kind == b":":
        return int(line), pos
    if kind == b"$":
        n = int(line)
        if n < 0:
            return None, pos
        return buf[pos:pos + n], pos + n + 2
    if kind == b"*":
        items = []
        for _ in range(int(line)):
            item, pos = parse(buf, pos)
            items.append(item)
        return items, pos
    raise ValueError("unknown type %r" % kind)
msg = b"*5\r\n$3\r\nSET\r\n$3\r\nkey\r\n$5\r\nva\r\nl\r\n:42\r\n$-1\r\n"
print(parse(msg))
print(parse(b"+OK\r\n"), parse(b"-WRONGTYPE bad\r\n"))
def encode(*args):
    out = [b"*%d\r\n" % len(args)]
    for a in args:
        a = a if isinstance(a, bytes) else str(a).encode()
        out.append(b"$%d\r\n%s\r\n" % (len(a), a))
    return b"".join(out)
print(encode(b"GET", "k\u00e9y", 7))
try:
    parse(b"?x\r\n")
except ValueError as e:
    print(e)
