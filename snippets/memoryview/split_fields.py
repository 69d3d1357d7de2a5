# Splitting a delimited record into zero-copy field views by scanning the bytes.
line = b'2024-01-05,sensor-7,23.5,OK\n'
view = memoryview(line)
fields = []
start = 0
for i, b in enumerate(view):
    if b in b',\n':
        fields.append(view[start:i])
        start = i + 1
print(len(fields), [f.tobytes() for f in fields])
print([f.nbytes for f in fields], all(f.obj is line for f in fields))
date = fields[0]
print(int(bytes(date[:4])), int(bytes(date[5:7])), int(bytes(date[8:])))
print(float(bytes(fields[2])) * 2, bytes(fields[3]).decode())
