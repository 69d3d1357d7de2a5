# Parse a URL query string in bytes, decoding %XX escapes and '+'.
def unquote(b):
    out = bytearray()
    i = 0
    while i < len(b):
        if b[i] == ord("%") and i + 2 < len(b) + 0 and len(b[i + 1:i + 3]) == 2:
            out += bytes.fromhex(b[i + 1:i + 3].decode())
            i += 3
        elif b[i:i + 1] == b"+":
            out.append(32)
            i += 1
        else:
            out.append(b[i])
            i += 1
    return bytes(out)
qs = b"q=caf%C3%A9+au+lait&page=2&empty=&flag&tags=a%2Cb"
params = {}
for pair in qs.split(b"&"):
    key, eq, value = pair.partition(b"=")
    params[unquote(key)] = unquote(value) if eq else None
for k, v in params.items():
    print(k, v)
print(params[b"q"].decode("utf-8"), params[b"tags"].split(b","))
try:
    unquote(b"%zz")
except ValueError as e:
    print("error:", e)
