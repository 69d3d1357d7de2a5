# Bitwise operators, shifts, bit_length/bit_count, and masks on negative numbers.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2, -16 >> 2, -1 >> 10, 1 << 64)
print(bin(a & b), bin(-5), bin(-5 & 0xFF), hex(-1 & 0xFFFFFFFF), oct(-8))
for n in (0, 1, 255, 256, -1, -256, 2 ** 100):
    print(n, n.bit_length(), n.bit_count())
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(bin(flags), flags & (1 << 3) != 0, flags & (1 << 4) != 0)
flags &= ~(1 << 3)
print(bin(flags))
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    1.0 & 1
except TypeError as e:
    print(e)
print(True & False, True | False, True ^ True, type(True & True).__name__, ~True)
