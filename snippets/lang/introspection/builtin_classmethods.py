# Class methods of built-in types are bound to their type: __self__, __qualname__ and calls through a saved reference
print(dict.fromkeys("ab", 0), dict.fromkeys.__name__, dict.fromkeys.__qualname__, dict.fromkeys.__self__)
f = dict.fromkeys
print(f([1, 2]))
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes.__qualname__, bytes.fromhex("41"), bytearray.fromhex("4142"))
print(str.maketrans("a", "b"), float.fromhex("0x1p1"), bytes.fromhex.__self__, str.maketrans.__qualname__)
try:
    dict.fromkeys()
except TypeError as e:
    print(e)
print(callable(dict.fromkeys), type(dict.fromkeys).__name__, [].append.__qualname__)
