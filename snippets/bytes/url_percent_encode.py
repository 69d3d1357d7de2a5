# Percent-encode bytes for a URL using a safe set and hex().
SAFE = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~"
def quote(data, safe=b"/"):
    out = []
    for byte in data:
        ch = bytes([byte])
        if ch in SAFE or ch in safe:
            out.append(ch)
        else:
            out.append(b"%" + ch.hex().upper().encode())
    return b"".join(out)
print(quote("/path with spaces/caf\u00e9".encode()))
print(quote(b"a&b=c", safe=b""))
print(quote(bytes(range(0x20, 0x30))))
print(quote(b"100%"), quote(b""))
