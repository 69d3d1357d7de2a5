# Class methods of built-in types print as bound to their type, also when taken from a value.
for m in ("".maketrans, str.maketrans, b"".fromhex, bytes.fromhex, b"".maketrans, bytearray().fromhex,
          (1).from_bytes, int.from_bytes, (1.0).fromhex, {}.fromkeys, dict.fromkeys):
    print(repr(m), type(m).__name__, m.__name__)
print(repr(b"".hex), repr([].append))
