# Parsing a BMP file header and info header with unpack_from at fixed offsets.
import struct

def make_bmp(width, height):
    row = (width * 3 + 3) & ~3
    pixels = bytes(row * height)
    info = struct.pack('<IiiHHIIiiII', 40, width, height, 1, 24, 0, len(pixels), 2835, 2835, 0, 0)
    file_header = struct.pack('<2sIHHI', b'BM', 14 + len(info) + len(pixels), 0, 0, 14 + len(info))
    return file_header + info + pixels

bmp = make_bmp(3, 2)
print(len(bmp))
magic, size, _, _, offset = struct.unpack_from('<2sIHHI', bmp)
print(magic, size, offset)
header_size, width, height, planes, bpp = struct.unpack_from('<IiiHH', bmp, 14)
print(header_size, width, height, planes, bpp)
image_size, xppm, yppm = struct.unpack_from('<Iii', bmp, 34)
print(image_size, xppm, yppm)
print(struct.calcsize('<2sIHHI'), struct.calcsize('@2sIHHI'))
