# io.BytesIO basics: write, seek, read, tell and getvalue.
import io

buf = io.BytesIO()
print(buf.write(b'hello '), buf.write(b'world'))
print(buf.tell(), buf.getvalue())
buf.seek(0)
print(buf.read(5), buf.tell())
print(buf.read(), buf.read(), buf.tell())
buf.seek(6)
buf.write(b'WORLD')
print(buf.getvalue())
print(buf.write(bytearray(b'!!')), buf.write(memoryview(b'?')), buf.getvalue())

initial = io.BytesIO(b'initial data')
print(initial.tell(), initial.read(7), initial.read1(3), initial.read(-1))
print(io.BytesIO().getvalue(), io.BytesIO(None).getvalue(), io.BytesIO(initial_bytes=b'kw').read())
value = initial.getvalue()
print(type(value), value)
