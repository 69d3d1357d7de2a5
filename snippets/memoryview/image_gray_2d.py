# A grayscale image as a 2-D memoryview: pixel access with m[y, x], rows via a flat view, inversion in place.
W, H = 6, 4
pixels = bytearray(range(0, W * H * 10, 10))
img = memoryview(pixels).cast('B', [H, W])
print(img.ndim, img.shape, img.strides, img.nbytes)
print(img[0, 0], img[1, 2], img[-1, -1])
for y in range(H):
    print(' '.join('%3d' % img[y, x] for x in range(W)))
for y in range(H):
    for x in range(W):
        img[y, x] = 255 - img[y, x]
print(pixels[:8])
flat = img.cast('B')
row2 = flat[2 * W:3 * W]
print('row 2:', row2.tolist())
print(img.tolist()[3])
try:
    img[4, 0]
except IndexError as e:
    print('IndexError:', e)
try:
    img[0, 6] = 1
except IndexError as e:
    print('IndexError:', e)
try:
    img[0, 0] = 256
except ValueError as e:
    print('ValueError:', e)
