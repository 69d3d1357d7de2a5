# Double buffering: render into a back buffer through a view, then swap which view is shown.
front = bytearray(b'AAAA')
back = bytearray(b'BBBB')
views = [memoryview(front), memoryview(back)]
shown = 0
for frame in range(3):
    target = views[1 - shown]
    for i in range(len(target)):
        target[i] = ord('a') + (frame + i) % 26
    shown = 1 - shown
    print(frame, views[shown].tobytes(), views[1 - shown].tobytes())
for v in views:
    v.release()
front += b'!'
back += b'?'
print(front, back)
