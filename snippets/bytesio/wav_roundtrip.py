# Writing a tiny WAV file into a BytesIO with struct and parsing it back.
import io
import struct

def write_wav(f, samples, rate=8000):
    data = struct.pack(f'<{len(samples)}h', *samples)
    f.write(b'RIFF')
    f.write(struct.pack('<I', 36 + len(data)))
    f.write(b'WAVEfmt ')
    f.write(struct.pack('<IHHIIHH', 16, 1, 1, rate, rate * 2, 2, 16))
    f.write(b'data')
    f.write(struct.pack('<I', len(data)))
    f.write(data)

f = io.BytesIO()
write_wav(f, [0, 100, -100, 32767, -32768])
print(f.tell(), len(f.getvalue()))
f.seek(0)
riff, size, wave = struct.unpack('<4sI4s', f.read(12))
print(riff, size, wave)
while True:
    head = f.read(8)
    if len(head) < 8:
        break
    chunk_id, chunk_size = struct.unpack('<4sI', head)
    body = f.read(chunk_size)
    if chunk_id == b'fmt ':
        print('fmt', struct.unpack('<HHIIHH', body))
    else:
        print(chunk_id, struct.unpack(f'<{chunk_size // 2}h', body))
