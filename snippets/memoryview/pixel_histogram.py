# A brightness histogram over an image region selected with row slices of a 2-D view.
W, H = 8, 6
img = bytearray((x * 37 + y * 11) % 256 for y in range(H) for x in range(W))
view = memoryview(img).cast('B', [H, W])
region = view[2:5]
print(region.shape, region.c_contiguous)
hist = [0] * 4
for y in range(region.shape[0]):
    for x in range(2, 6):
        hist[region[y, x] // 64] += 1
print(hist, sum(hist))
flat = memoryview(img)
print(max(flat), min(flat), sum(flat) // len(flat))
rows_sum = [sum(flat[y * W:(y + 1) * W]) for y in range(H)]
print(rows_sum)
