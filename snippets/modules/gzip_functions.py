# gzip.compress / gzip.decompress over zlib, with a fixed mtime.
import gzip
import zlib

data = b"gzip test data " * 100
for level in (1, 6, 9):
    c = gzip.compress(data, level, mtime=1234567890)
    print(level, len(c), c[:10], zlib.crc32(c), gzip.decompress(c) == data)
c = gzip.compress(b"", mtime=0)
print(c, gzip.decompress(c))
two = gzip.compress(b"first ", mtime=1) + b"\x00\x00" + gzip.compress(b"second", mtime=2)
print(gzip.decompress(two))
print(gzip.decompress(b""))
print(zlib.decompress(gzip.compress(b"via zlib", mtime=5), 31))
print(gzip.decompress(zlib.compress(b"zlib gzip", wbits=31)))
print(issubclass(gzip.BadGzipFile, OSError), gzip.BadGzipFile.__module__)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


good = gzip.compress(b"checked", mtime=7)
show(lambda: gzip.decompress(b"not gzip"))
show(lambda: gzip.decompress(good[:-4]))
show(lambda: gzip.decompress(good[:5]))
show(lambda: gzip.decompress(good[:-8] + b"\x00\x00\x00\x00" + good[-4:]))
show(lambda: gzip.decompress(good[:-4] + b"\x01\x00\x00\x00"))
show(lambda: gzip.decompress(b"\x1f\x8b\x07" + good[3:]))
print(gzip.compress(b"zero mtime", 1, mtime=0))
