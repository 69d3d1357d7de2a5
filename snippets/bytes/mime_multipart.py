# Split a multipart/form-data body on its boundary.
boundary = b"----XyZ"
body = (b"------XyZ\r\n"
        b'Content-Disposition: form-data; name="title"\r\n\r\n'
        b"Hello\r\n"
        b"------XyZ\r\n"
        b'Content-Disposition: form-data; name="file"; filename="a.txt"\r\n'
        b"Content-Type: text/plain\r\n\r\n"
        b"line1\nline2\n\r\n"
        b"------XyZ--\r\n")
parts = body.split(b"--" + boundary)
print(len(parts), parts[0], parts[-1])
for part in parts[1:-1]:
    part = part.removeprefix(b"\r\n").removesuffix(b"\r\n")
    head, _, content = part.partition(b"\r\n\r\n")
    disp = head.splitlines()[0]
    attrs = {}
    for item in disp.split(b";")[1:]:
        k, _, v = item.strip().partition(b"=")
        attrs[k] = v.strip(b'"')
    print(attrs, content)
