# Releasing views, context managers, and the exports that block resizing.
data = bytearray(b'abcdef')
mv = memoryview(data)
try:
    data.append(1)
except BufferError as e:
    print('BufferError:', e)
data[0] = 65
print(data, mv[0])
view2 = mv[1:]
mv.release()
print(mv)
try:
    data.extend(b'x')
except BufferError as e:
    print('still exported:', e)
view2.release()
data.extend(b'gh')
print(data)
try:
    len(mv)
except ValueError as e:
    print(e)
try:
    mv[0]
except ValueError as e:
    print(e)
try:
    mv.tobytes()
except ValueError as e:
    print(e)
with memoryview(data) as m:
    print(m[0], m.readonly)
    try:
        data.pop()
    except BufferError as e:
        print(e)
print(m)
data.pop()
print(data)
m2 = memoryview(data)
del m2
data.clear()
print(data, len(data))
