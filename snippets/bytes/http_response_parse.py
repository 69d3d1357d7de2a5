# Parse a raw HTTP response held in bytes: status line, headers, body.
raw = (b"HTTP/1.1 200 OK\r\n"
       b"Content-Type: text/html; charset=utf-8\r\n"
       b"Content-Length: 13\r\n"
       b"Set-Cookie: session=abc123; Path=/\r\n"
       b"X-Empty:\r\n"
       b"\r\n"
       b"<h1>Hi!</h1>\n")
head, sep, body = raw.partition(b"\r\n\r\n")
print(sep, len(head), len(body))
status_line, *header_lines = head.split(b"\r\n")
version, code, reason = status_line.split(b" ", 2)
print(version, int(code), reason.decode("ascii"))
headers = {}
for line in header_lines:
    name, colon, value = line.partition(b":")
    headers[name.strip().lower()] = value.strip()
for name, value in headers.items():
    print(f"{name.decode():<15}|{value!r}")
ctype = headers[b"content-type"]
mime, _, params = ctype.partition(b";")
charset = params.strip().removeprefix(b"charset=")
print(mime, charset, body.decode(charset.decode()).strip())
print(int(headers[b"content-length"]) == len(body))
cookie = headers[b"set-cookie"].split(b";")[0]
print(dict([cookie.split(b"=")]))
