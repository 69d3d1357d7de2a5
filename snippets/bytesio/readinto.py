# readinto fills a caller's buffer: bytearray, memoryview slice or array.
import array
import io

src = io.BytesIO(b'0123456789')
chunk = bytearray(4)
while True:
    n = src.readinto(chunk)
    if not n:
        break
    print(n, chunk[:n])

src.seek(0)
target = bytearray(b'..........')
print(src.readinto(memoryview(target)[3:7]), target)
src.seek(0)
words = array.array('H', [0, 0])
print(src.readinto(words), words, words.tobytes())

for bad in [b'immutable', memoryview(bytearray(4))[::2], 'text']:
    try:
        src.readinto(bad)
    except TypeError as e:
        print('TypeError:', e)
