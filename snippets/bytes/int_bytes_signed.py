# Signed two's complement with to_bytes(signed=True) and from_bytes(signed=True).
for v in [0, 1, -1, 127, -128, 128, -129, 32767, -32768]:
    try:
        b = v.to_bytes(1, "big", signed=True)
        print("%6d 1 byte " % v, b, int.from_bytes(b, "big", signed=True))
    except OverflowError as e:
        b = v.to_bytes(2, "big", signed=True)
        print("%6d 2 bytes" % v, b, int.from_bytes(b, "big", signed=True), "|", e)
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"\xff\xfe", "big"))
print(int.from_bytes(b"\x80\x00", "little", signed=True))
print((-1).to_bytes(0, "big", signed=True), (-2**63).to_bytes(8, "little", signed=True))
try:
    (-5).to_bytes(2, "big")
except OverflowError as e:
    print(e)
print(bool.from_bytes(b"\x00\x01"), bool.from_bytes(b"\x00"))
