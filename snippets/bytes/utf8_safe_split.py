# Cut UTF-8 bytes at a size limit without splitting a character.
def cut(data, limit):
    if len(data) <= limit:
        return data
    end = limit
    while end > 0 and (data[end] & 0xC0) == 0x80:
        end -= 1
    return data[:end]
text = "\u65e5\u672c\u8a9e\u3067\u3059 caf\u00e9 \U0001f600!".encode()
for limit in range(0, 16, 3):
    piece = cut(text, limit)
    print(limit, len(piece), piece.decode("utf-8"))
try:
    text[:4].decode()
except UnicodeDecodeError as e:
    print(e.reason, e.start, e.end)
print(text[:4].decode("utf-8", "ignore"), text[:4].decode("utf-8", "replace"))
