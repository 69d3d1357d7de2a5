# Building and parsing a PNG signature and IHDR chunk with big-endian fields.
import struct

def crc32(data):
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            if crc & 1:
                crc = (crc >> 1) ^ 0xEDB88320
            else:
                crc >>= 1
    return crc ^ 0xFFFFFFFF

def chunk(kind, body):
    return struct.pack('>I', len(body)) + kind + body + struct.pack('>I', crc32(kind + body))

signature = b'\x89PNG\r\n\x1a\n'
ihdr = struct.pack('>IIBBBBB', 640, 480, 8, 6, 0, 0, 0)
png = signature + chunk(b'IHDR', ihdr)
print(len(png), png[:16])

assert png[:8] == signature
length, kind = struct.unpack_from('>I4s', png, 8)
print(length, kind)
width, height, depth, color, comp, filt, interlace = struct.unpack_from('>IIBBBBB', png, 16)
print(f'{width}x{height}, bit depth {depth}, color type {color}')
(stored_crc,) = struct.unpack_from('>I', png, 16 + length)
print(hex(stored_crc), stored_crc == crc32(png[12:16 + length]))
