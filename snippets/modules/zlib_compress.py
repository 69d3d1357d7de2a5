# zlib: one-shot compression is byte-identical to CPython's (C zlib) at
# every level and window, and round-trips.
import zlib

texts = [
    b"",
    b"a",
    b"hello hello hello hello",
    b"The quick brown fox jumps over the lazy dog. " * 40,
    bytes(range(256)) * 3,
    bytes((i * 7919) % 251 for i in range(5000)),
]
for data in texts:
    for level in (-1, 0, 1, 6, 9):
        for wbits in (15, 9, -15, 31):
            c = zlib.compress(data, level, wbits)
            assert zlib.decompress(c, wbits) == data
            print(len(data), level, wbits, len(c), zlib.crc32(c))
print(zlib.compress(b"hello"))
print(zlib.compress(b"hello", 9, -15))
print(zlib.compress(b"hello", level=1, wbits=31)[10:])
big = b"".join(b"%d," % i for i in range(40000))
for level in (0, 1, 6, 9):
    c = zlib.compress(big, level)
    print(level, len(c), zlib.adler32(c), zlib.decompress(c) == big)
print(zlib.decompress(zlib.compress(b"auto", wbits=31), 47))
print(zlib.decompress(zlib.compress(b"auto"), 32 + 15))
print(zlib.decompress(zlib.compress(b"zero"), 0))
print(zlib.decompress(zlib.compress(b"tiny buffers" * 50), bufsize=1)[:24])
print(zlib.decompress(bytearray(zlib.compress(b"from a bytearray"))))
print(zlib.decompress(memoryview(zlib.compress(b"trailing")) .tobytes() + b"junk"))
print(zlib.crc32(b"hello world"), zlib.crc32(b"world", zlib.crc32(b"hello ")))
print(zlib.adler32(b"hello world"), zlib.adler32(b""), zlib.adler32(b"x", -1))
print(zlib.crc32(b"x", 2**40), zlib.adler32(b"a" * 100000))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE)
print(zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH,
      zlib.Z_FINISH, zlib.Z_BLOCK, zlib.Z_TREES)
print(zlib.Z_NO_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION,
      zlib.Z_DEFAULT_COMPRESSION)
print(zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE,
      zlib.Z_FIXED)
print(type(zlib.ZLIB_VERSION), zlib.ZLIB_VERSION.count("."))
print(zlib.error, zlib.error.__mro__)
