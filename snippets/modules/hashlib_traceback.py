# An uncaught TypeError from hashing a str: native constructors add no frames.
import hashlib

print(hashlib.sha256(b'bytes are fine').hexdigest())
hashlib.sha256('text must be encoded first')
