# Processing a large buffer in fixed-size chunks through views, with a short final chunk.
blob = bytes(i % 251 for i in range(100000))
view = memoryview(blob)
CHUNK = 16384
sizes, sums = [], []
for off in range(0, len(view), CHUNK):
    part = view[off:off + CHUNK]
    sizes.append(len(part))
    sums.append(sum(part[::1024]))
print(sizes)
print(sums)
print(sum(sizes) == len(blob), view[-1], view[CHUNK * 6:].nbytes)
last = view[-(len(view) % CHUNK):]
print(last.nbytes, bytes(last[:5]))
