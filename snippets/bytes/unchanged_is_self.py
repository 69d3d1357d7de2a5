# Immutable bytes: a method that changes nothing hands back the same object (`is`), a bytearray never does.
header = b"PNG"
results = {
    "strip": header.strip(),
    "lstrip(b'x')": header.lstrip(b"x"),
    "center(2)": header.center(2),
    "ljust(3)": header.ljust(3),
    "zfill(1)": header.zfill(1),
    "split()[0]": header.split()[0],
    "split(b',')[0]": header.split(b",")[0],
    "rsplit(b',', 0)[0]": header.rsplit(b",", 0)[0],
    "splitlines()[0]": header.splitlines()[0],
    "partition(b':')[0]": header.partition(b":")[0],
    "rpartition(b':')[2]": header.rpartition(b":")[2],
    "removeprefix(b'x')": header.removeprefix(b"x"),
    "replace(b'x', b'y')": header.replace(b"x", b"y"),
    "replace(b'P', b'Q', 0)": header.replace(b"P", b"Q", 0),
    "replace(b'P', b'P')": header.replace(b"P", b"P"),
    "translate(None)": header.translate(None),
    "translate(identity)": header.translate(bytes(range(256))),
    "expandtabs()": header.expandtabs(),
    "lower().upper()": header.lower().upper(),
    "b''.join([h])": b"".join([header]),
    "b'-'.join([h, h])": b"-".join([header, header]),
    "h[:]": header[:],
    "h[0:3:1]": header[0:3:1],
    "h[::-1][::-1]": header[::-1][::-1],
    "bytes(h)": bytes(header),
    "h + b''": header + b"",
    "b'' + h": b"" + header,
    "h + bytearray()": header + bytearray(),
    "h * 1": header * 1,
    "h * 2": header * 2,
}
for what, value in results.items():
    print(f"{what:24} {value!r:16} same object: {value is header}")

spaced = b"a b"
print(spaced.split(maxsplit=0)[0] is spaced, spaced.split(b" ", 0)[0] is spaced)
line = b"row\n"
print(line.splitlines(True)[0] is line, line.splitlines()[0] is line)

empty = b""
print(empty[5:] is empty, bytes() is empty, header[3:] is empty, header.strip(b"PNG") is empty)

buf = bytearray(b"PNG")
print(buf.strip() is buf, buf[:] is buf, bytearray(buf) is buf, buf.replace(b"x", b"y") is buf)
