# 16-bit PCM audio through a 'h' view: peak level, gain with clipping, and downmixing stereo.
import array
samples = array.array('h', [0, 1200, -3000, 32000, -32768, 15000, -15000, 7])
pcm = memoryview(samples)
print(pcm.format, pcm.itemsize, len(pcm), max(abs(s) for s in pcm))
for i in range(len(pcm)):
    pcm[i] = max(-32768, min(32767, pcm[i] * 2))
print(samples.tolist())
try:
    pcm[0] = 40000
except ValueError as e:
    print('ValueError:', e)
stereo = memoryview(array.array('h', [100, -100, 200, -200, 300, -300]))
left, right = stereo[0::2], stereo[1::2]
mono = [(l + r) // 2 for l, r in zip(left, right)]
print(left.tolist(), right.tolist(), mono)
raw = pcm.cast('B')
print(len(raw), raw[:4].tolist())
try:
    samples.append(1)
except BufferError as e:
    print('BufferError:', e)
