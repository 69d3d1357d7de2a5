# IPv4 addresses as dotted text, packed bytes and integers.
def pack(dotted):
    parts = dotted.split(b".")
    if len(parts) != 4 or not all(p.isdigit() for p in parts):
        raise ValueError("bad address %r" % dotted)
    return bytes(int(p) for p in parts)
def unpack(raw):
    return b".".join(b"%d" % b for b in raw)
for addr in [b"192.168.0.1", b"10.0.0.255", b"255.255.255.255", b"0.0.0.0"]:
    raw = pack(addr)
    n = int.from_bytes(raw, "big")
    print(addr, raw, n, hex(n), unpack(n.to_bytes(4, "big")) == addr)
net, mask = pack(b"192.168.4.0"), pack(b"255.255.252.0")
host = pack(b"192.168.6.77")
print(bytes(h & m for h, m in zip(host, mask)) == net, unpack(bytes(b | (~m & 255) for b, m in zip(net, mask))))
for bad in [b"1.2.3", b"1.2.3.x", b"1.2.3.256"]:
    try:
        print(pack(bad))
    except ValueError as e:
        print(type(e).__name__ + ":", e)
