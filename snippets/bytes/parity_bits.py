# Per-byte parity and bit counts, packed into a bytearray.
data = b"\x00\x01\x03\x07\x0f\xff\x80\x55"
parity = bytearray()
for b in data:
    ones = bin(b).count("1")
    parity.append(ones & 1)
    print("%3d %08d %d %s" % (b, int(bin(b)[2:]), ones, "odd" if ones & 1 else "even"))
print(parity, sum(parity), parity.count(1), parity.count(b"\x00"))
bits = "".join(format(b, "08b") for b in b"Hi")
print(bits, int(bits, 2).to_bytes(2, "big"))
