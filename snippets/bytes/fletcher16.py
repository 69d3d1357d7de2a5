# Fletcher-16 and its check bytes.
def fletcher16(data):
    s1 = s2 = 0
    for byte in data:
        s1 = (s1 + byte) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1
for msg in [b"abcde", b"abcdef", b"abcdefgh", b""]:
    print(msg, hex(fletcher16(msg)))
c = fletcher16(b"abcde")
f0 = c & 0xFF
f1 = c >> 8
c0 = 255 - ((f0 + f1) % 255)
c1 = 255 - ((f0 + c0) % 255)
print(fletcher16(b"abcde" + bytes([c0, c1])))
