# Extracting and editing RGB channels of an interleaved image through strided views, without copies.
W, H = 4, 3
rgb = bytearray()
for y in range(H):
    for x in range(W):
        rgb += bytes([x * 60, y * 100, (x + y) * 30])
m = memoryview(rgb)
red, green, blue = m[0::3], m[1::3], m[2::3]
print(len(red), red.strides, red.c_contiguous, red.contiguous)
print('red  ', red.tolist())
print('green', green.tolist())
print('blue ', blue.tolist())
# Zero the green channel through the strided view.
green[:] = bytes(len(green))
print(rgb[:12])
# Swap red and blue: copy red first, since the assignment reads its source.
saved = bytes(red)
red[:] = blue
blue[:] = saved
print(list(rgb[:6]))
# A strided view cannot be cast, but can be copied out.
try:
    red.cast('B', [H, W])
except TypeError as e:
    print('TypeError:', e)
plane = memoryview(bytes(red)).cast('B', [H, W])
print(plane.tolist())
