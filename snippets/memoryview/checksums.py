# Checksums over views: Adler-32, an XOR parity block and a 16-bit ones'-complement sum, chunk by chunk.
payload = bytes(range(256)) * 4 + b'tail'
view = memoryview(payload)

def adler32(mv):
    a, b = 1, 0
    for byte in mv:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a

print(hex(adler32(view)))
print(hex(adler32(view[:100])), hex(adler32(view[100:])))

parity = bytearray(16)
for off in range(0, len(view) - len(view) % 16, 16):
    block = view[off:off + 16]
    for i in range(16):
        parity[i] ^= block[i]
print(parity.hex())

def ones_complement(mv):
    if len(mv) % 2:
        mv = memoryview(bytes(mv) + b'\x00')
    words = mv.cast('H')
    total = 0
    for w in words:
        total += w
        total = (total & 0xffff) + (total >> 16)
    return ~total & 0xffff

print(hex(ones_complement(view)))
print(hex(ones_complement(view[:7])))
print(sum(view[::2]), sum(view[1::2]))
