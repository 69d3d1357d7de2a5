# A 44-byte RIFF/WAVE header packed in one format string and parsed back.
import struct

HEADER = struct.Struct('<4sI4s4sIHHIIHH4sI')
print(HEADER.format, HEADER.size)

def wav_header(n_samples, rate=8000, channels=1, bits=16):
    block = channels * bits // 8
    data_size = n_samples * block
    return HEADER.pack(b'RIFF', 36 + data_size, b'WAVE', b'fmt ', 16, 1, channels,
                       rate, rate * block, block, bits, b'data', data_size)

hdr = wav_header(1000)
print(len(hdr))
print(hdr[:12])
fields = HEADER.unpack(hdr)
names = ['riff', 'size', 'wave', 'fmt', 'fmt_size', 'format', 'channels', 'rate',
         'byte_rate', 'block_align', 'bits', 'data', 'data_size']
for name, value in zip(names, fields):
    print(f'{name:12} {value!r}')
samples = struct.pack('<8h', 0, 1000, 2000, 1000, 0, -1000, -2000, -1000)
print(struct.unpack('<8h', samples))
