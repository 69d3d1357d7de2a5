# Build shift tables for a Caesar cipher over printable ASCII.
def shift_table(k):
    src = bytes(range(32, 127))
    dst = src[k:] + src[:k]
    return bytes.maketrans(src, dst)
plain = b"Attack at dawn! 123"
for k in [1, 3, 47, 95]:
    enc = plain.translate(shift_table(k))
    dec = enc.translate(shift_table(95 - k))
    print(k, enc, dec == plain)
print(shift_table(0) == bytes(range(256)))
try:
    bytes.maketrans(b"abc", b"ab")
except ValueError as e:
    print(e)
