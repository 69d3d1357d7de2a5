# Write a tiny PGM (P5) image into bytes and read its header back.
width, height = 8, 4
pixels = bytearray(width * height)
for y in range(height):
    for x in range(width):
        pixels[y * width + x] = (x * 255) // (width - 1)
image = b"P5\n# gradient\n%d %d\n255\n" % (width, height) + pixels
print(image[:26])
header_lines = []
rest = image
while len(header_lines) < 4:
    line, _, rest = rest.partition(b"\n")
    if not line.startswith(b"#"):
        header_lines.append(line)
    else:
        print("comment:", line[1:].strip())
magic, dims, maxval = header_lines[0], header_lines[1], header_lines[2]
print(magic, dims.split(), int(maxval), len(rest) == width * height)
for y in range(height):
    print(rest[y * width:(y + 1) * width].hex(" "))
