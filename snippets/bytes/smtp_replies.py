# Parse multi-line SMTP replies: code, continuation marker, text.
reply = b"250-mail.example.com Hello\r\n250-SIZE 35882577\r\n250-8BITMIME\r\n250 HELP\r\n"
lines = reply.splitlines()
codes = sorted({line[:3]: 1 for line in lines})
print(codes, all(l[:3].isdigit() for l in lines))
for line in lines:
    code, marker, text = line[:3], line[3:4], line[4:]
    print(int(code), "more" if marker == b"-" else "last", text)
ext = [l[4:].split(b" ", 1)[0] for l in lines[1:]]
print(ext, b"SIZE" in ext)
size = next(l for l in lines if l[4:].startswith(b"SIZE"))
print(int(size.rpartition(b" ")[2]))
print(reply.count(b"250"), reply.find(b"HELP"), reply.rfind(b"250"))
