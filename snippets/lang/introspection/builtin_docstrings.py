# Built-ins carry CPython's docstrings and text signatures.
import inspect
import math

print(len.__doc__)
print(repr(len.__text_signature__), repr(print.__text_signature__))
print(str.upper.__doc__, "x".upper.__doc__ == str.upper.__doc__)
print(bytes.hex.__doc__.splitlines()[0])
print(bytearray.append.__doc__)
print(memoryview.__doc__)
print(int.__doc__.splitlines()[:2])
print((5).__doc__ == int.__doc__, b"".__doc__ == bytes.__doc__)
print(int.__add__.__doc__, (1).__add__.__doc__, bool.__add__.__doc__)
print(dict.fromkeys.__doc__)
print(math.sqrt.__doc__, math.sqrt.__text_signature__)
print(max.__text_signature__, max.__doc__.splitlines()[0])
for f in (len, sorted, divmod, pow, round, str.upper, "x".upper, int.to_bytes,
          (1).to_bytes, dict.get, int.__add__, (1).__add__, bytes.fromhex, math.sqrt):
    print(f.__qualname__, inspect.signature(f))
for f in (max, bytes.hex, iter):
    try:
        inspect.signature(f)
    except ValueError as e:
        print("ValueError:", e)
print(type(bytes.hex).__name__, type(bytearray.append).__name__, type(b"".hex).__name__)
