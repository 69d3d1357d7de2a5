# hashlib.pbkdf2_hmac: PBKDF2 with HMAC over a named digest.
import hashlib
from hashlib import pbkdf2_hmac

print(pbkdf2_hmac, pbkdf2_hmac.__module__, pbkdf2_hmac is hashlib.pbkdf2_hmac)
print(pbkdf2_hmac("sha256", b"password", b"salt", 1).hex())
print(pbkdf2_hmac("sha1", b"password", b"salt", 2, 20).hex())
print(pbkdf2_hmac("sha256", b"passwordPASSWORDpassword",
                  b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 64, 40).hex())
# A key longer than the block is hashed first; a long dklen spans blocks.
print(pbkdf2_hmac("sha512", b"k" * 300, b"s", 3, 100).hex())
print(pbkdf2_hmac("md5", bytearray(b"pw"), memoryview(b"na"), 2).hex())
print(pbkdf2_hmac(hash_name="SHA224", password=b"", salt=b"", iterations=1,
                  dklen=None).hex())
print(len(pbkdf2_hmac("sha3_256", b"x", b"y", 5, 7)))


class Rounds:
    def __index__(self):
        return 3


print(pbkdf2_hmac("sha256", b"p", b"s", Rounds(), Rounds()).hex())

for args in [
    (b"sha256", b"p", b"s", 1),
    ("sha256", "p", b"s", 1),
    ("sha256", b"p", ["s"], 1),
    ("sha256", b"p", b"s", 2.0),
    ("whirlpool", b"p", b"s", 0),
    ("sha256", b"p", b"s", 0),
    ("sha256", b"p", b"s", 2**31),
    ("sha256", b"p", b"s", 2**64),
    ("sha256", b"p", b"s", 1, -4),
    ("sha256", b"p", b"s", 1, 2**40),
    ("sha256", b"p", b"s", 1, "8"),
    ("shake_256", b"p", b"s", 1),
]:
    try:
        pbkdf2_hmac(*args)
    except Exception as e:
        print(type(e).__name__, e)

try:
    pbkdf2_hmac("sha256", b"p")
except TypeError as e:
    print(e)
