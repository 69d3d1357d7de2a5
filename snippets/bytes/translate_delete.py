# translate(None, delete) removes bytes; with a table it maps the rest.
text = b"Hello, World! 123 -- done."
print(text.translate(None, b"aeiouAEIOU"))
print(text.translate(None, b" ,.!-"), text.translate(None, delete=b"0123456789"))
digits_only = text.translate(None, bytes(c for c in range(256) if not 48 <= c <= 57))
print(digits_only)
upper = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
print(text.translate(upper, b"lL"), text.translate(None), bytearray(text).translate(upper))
print(text.translate(bytearray(range(256))) == text, text.translate(memoryview(upper)))
