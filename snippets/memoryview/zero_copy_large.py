# Zero-copy slicing of a large buffer: views share memory with the bytearray, copies do not.
data = bytearray(1024 * 1024)
view = memoryview(data)
chunk = view[512 * 1024:512 * 1024 + 16]
print(chunk.nbytes, chunk.obj is data, len(view))
chunk[:4] = b'\x01\x02\x03\x04'
print(data[512 * 1024:512 * 1024 + 6])
copy = data[512 * 1024:512 * 1024 + 16]
copy[0] = 99
print(data[512 * 1024], chunk[0], copy[0])
tail = view[-8:]
tail[-1] = 255
print(data[-1], tail.tolist())
quarters = [view[i:i + 256 * 1024] for i in range(0, len(view), 256 * 1024)]
print([q.nbytes for q in quarters])
print(sum(q.nbytes for q in quarters) == len(data))
for q in quarters:
    q.release()
print(chunk[:4].tobytes())
