# Repeating-key XOR over bytes, and recovering the key length.
def xor(data, key):
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))
plain = b"Burning 'em, if you ain't quick and nimble"
key = b"ICE"
ct = xor(plain, key)
print(ct.hex())
print(xor(ct, key) == plain)
print(xor(b"\x00\x00\x00", b"\xff"), xor(bytearray(b"ab"), b"\x20"))
def hamming(a, b):
    return sum(bin(x ^ y).count("1") for x, y in zip(a, b))
print(hamming(b"this is a test", b"wokka wokka!!!"))
