# A view that lends its buffer (struct.iter_unpack keeps it) cannot be released until the borrower is done.
import struct
data = bytearray(struct.pack('<4h', 10, -20, 30, -40))
view = memoryview(data)
it = struct.iter_unpack('<h', view)
print(next(it))
try:
    view.release()
except BufferError as e:
    print('BufferError:', e)
try:
    with view:
        pass
except BufferError as e:
    print('BufferError in with:', e)
print(view[0], list(it))
del it
view.release()
print(view)
try:
    data.append(0)
    print(len(data))
except BufferError as e:
    print('BufferError:', e)
