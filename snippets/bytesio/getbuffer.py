# getbuffer() gives a writable view of the stream; while it lives the stream cannot resize.
import io

stream = io.BytesIO(b'abcdef')
view = stream.getbuffer()
print(view.format, view.readonly, len(view), view.nbytes, bytes(view))
print(type(view.obj).__name__, view.obj is stream)
view[0] = ord('A')
view[2:4] = b'CD'
print(stream.getvalue())

for action in [lambda: stream.write(b'x'), lambda: stream.truncate(2), lambda: stream.close(),
               lambda: stream.writelines([b''])]:
    try:
        action()
    except BufferError as e:
        print('BufferError:', e)
print(stream.seek(0), stream.read(2), stream.closed)

part = view[1:3]
view.release()
try:
    stream.write(b'y')
except BufferError as e:
    print('still exported:', e)
part.release()
stream.seek(0, 2)
print(stream.write(b'ghi'), stream.getvalue())
with stream.getbuffer() as v:
    v[-1] = ord('!')
print(stream.getvalue())
stream.close()
print(stream.closed)
