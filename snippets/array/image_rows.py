# A tiny 8-bit image kept in a 'B' array: brightening rows and flipping with slices.
import array
W, H = 5, 3
img = array.array('B', range(0, W * H * 15, 15))
def rows():
    return [img[r * W:(r + 1) * W].tolist() for r in range(H)]
print(rows())
for i in range(len(img)):
    img[i] = min(255, img[i] + 40)
print(rows())
img[W:2 * W] = img[W:2 * W][::-1]
print(rows()[1])
try:
    img[0] = 256
except OverflowError as e:
    print('OverflowError:', e)
print(img.tobytes()[:5])
