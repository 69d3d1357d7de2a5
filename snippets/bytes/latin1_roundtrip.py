# Latin-1 maps every byte to the code point of the same value.
allbytes = bytes(range(256))
text = allbytes.decode("latin-1")
print(len(text), text[65:70], [hex(ord(c)) for c in text[-3:]])
print(text.encode("latin-1") == allbytes, text.encode("iso-8859-1") == allbytes)
print("\u00ff".encode("l1"), "\u00a9 2024".encode("latin1"))
try:
    "\u0100".encode("latin-1")
except UnicodeEncodeError as e:
    print(e)
print(b"caf\xe9".decode("latin-1").encode("utf-8"))
