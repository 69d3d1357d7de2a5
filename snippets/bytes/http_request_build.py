# Build an HTTP/1.1 request from parts with join, encode and % formatting.
method, path, host = "GET", "/search?q=caf\u00e9", "example.org"
headers = [(b"Host", host.encode("ascii")),
           (b"User-Agent", b"pyview/0.1"),
           (b"Accept", b"*/*")]
target = path.encode("utf-8")
request_line = b"%s %s HTTP/1.1" % (method.encode(), target)
lines = [request_line] + [b"%s: %s" % (k, v) for k, v in headers]
request = b"\r\n".join(lines) + b"\r\n\r\n"
print(request)
print(len(request), request.count(b"\r\n"))
print(request.startswith(b"GET "), request.endswith(b"\r\n\r\n"))
for line in request.splitlines():
    print(repr(line))
body = '{"name": "Zo\u00eb"}'.encode()
post = b"POST /api HTTP/1.1\r\nContent-Length: %d\r\n\r\n%b" % (len(body), body)
print(post)
