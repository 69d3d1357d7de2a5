# BytesIO's type, repr and capability checks.
import io

f = io.BytesIO(b'x')
print(io.BytesIO, type(f), type(f).__name__, isinstance(f, io.BytesIO))
print(repr(f).startswith('<_io.BytesIO object at 0x'))
print(f.readable(), f.writable(), f.seekable(), f.isatty(), f.flush())
print(isinstance(b'x', io.BytesIO), iter(f) is f)
print(f.__enter__() is f, f.__exit__(None, None, None), f.closed)
g = io.BytesIO()
print(g.getbuffer().tobytes(), g.getvalue() == b'', bool(g))
