# release(): a released view refuses everything, derived views keep the export alive until they go too.
data = bytearray(b'0123456789')
base = memoryview(data)
part = base[2:6]
ints = base[:8].cast('i')
ro = base.toreadonly()
base.release()
print(repr(base).startswith('<released memory at 0x'))
for name in ['nbytes', 'format', 'shape', 'obj', 'readonly']:
    try:
        getattr(base, name)
    except ValueError as e:
        print(name, '->', e)
print(part.tobytes(), ints.tolist(), ro[0])
try:
    data.extend(b'!')
except BufferError as e:
    print('BufferError:', e)
part.release()
ints.release()
print(data.extend(b'?') if False else 'still exported by ro:', ro.obj is data)
ro.release()
data.extend(b'!')
print(data)
base.release()
print('release twice is fine')
try:
    memoryview(base)
except ValueError as e:
    print('memoryview(released):', e)
print(base == base, base != part, base == b'0123456789')
