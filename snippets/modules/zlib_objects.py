# zlib.compressobj / decompressobj: flush modes, dictionaries, streaming
# with max_length, unused_data, unconsumed_tail and eof.
import zlib

data = b"".join(b"line %d of the stream\n" % i for i in range(3000))
co = zlib.compressobj(6, zlib.DEFLATED, 12)
parts = [co.compress(data[:1000]), co.flush(zlib.Z_SYNC_FLUSH),
         co.compress(data[1000:20000]), co.flush(zlib.Z_FULL_FLUSH),
         co.compress(data[20000:]), co.flush(zlib.Z_PARTIAL_FLUSH), co.flush()]
print([len(p) for p in parts], zlib.crc32(b"".join(parts)))
stream = b"".join(parts)
print(zlib.decompress(stream, 12) == data)
print(co.flush(zlib.Z_NO_FLUSH))

for wbits in (-9, 25, 15):
    co = zlib.compressobj(wbits=wbits)
    c = co.compress(b"abc" * 10) + co.flush()
    print(wbits, c[-8:] if wbits != 25 else c[10:])

zd = b"the dictionary of common words"
co = zlib.compressobj(9, zlib.DEFLATED, 15, zdict=zd)
c = co.compress(b"common words of the dictionary") + co.flush()
print(c)
print(zlib.decompressobj(zdict=zd).decompress(c))
print(zlib.decompressobj(zdict=bytearray(zd)).decompress(c))
co = zlib.compressobj(zdict=zd, wbits=-15)
raw = co.compress(b"dictionary words") + co.flush()
print(zlib.decompressobj(-15, zd).decompress(raw))

d = zlib.decompressobj()
print(d.unused_data, d.unconsumed_tail, d.eof)
c = zlib.compress(data)
out = d.decompress(c[:100], 50)
print(len(out), len(d.unconsumed_tail), d.eof)
out += d.decompress(d.unconsumed_tail, 50)
print(len(out), len(d.unconsumed_tail))
while d.unconsumed_tail:
    out += d.decompress(d.unconsumed_tail, 4096)
for i in range(100, len(c), 333):
    out += d.decompress(c[i:i + 333])
print(len(out), d.eof, out == data)
print(d.decompress(b"after the end"), d.unused_data, d.eof)
print(d.flush())

d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"payload") + b"EXTRA"), d.unused_data, d.eof)

d = zlib.decompressobj()
half = zlib.compress(b"split in two pieces")
print(d.decompress(half[:9]), d.eof)
print(d.decompress(half[9:]), d.eof)

d = zlib.decompressobj()
c = zlib.compress(b"x" * 1000)
first = d.decompress(c, 10)
print(len(first), len(d.unconsumed_tail))
rest = d.flush()
print(len(rest), d.eof, d.unconsumed_tail)

d = zlib.decompressobj(wbits=zlib.MAX_WBITS | 32)
gz = zlib.compressobj(wbits=31)
print(d.decompress(gz.compress(b"gzip auto") + gz.flush()), d.eof)
print(type(zlib.compressobj()), type(zlib.decompressobj()))
