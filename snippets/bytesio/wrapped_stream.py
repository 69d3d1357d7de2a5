# A class wrapping a BytesIO: iteration is delegated and reads take __index__ sizes.
import io

class RecordFile:
    def __init__(self, data):
        self.stream = io.BytesIO(data)
    def __iter__(self):
        return iter(self.stream)
    def close(self):
        self.stream.close()

class Width:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

records = RecordFile(b'alpha\nbeta\ngamma\n')
try:
    for line in records:
        print(line.strip().decode().upper())
finally:
    records.close()
print(records.stream.closed)

f = io.BytesIO(b'abcdefghij')
print(f.read(Width(3)), f.seek(Width(6)), f.readline(Width(2)), f.truncate(Width(8)), f.getvalue())
print(isinstance(records.stream, io.BytesIO), type(records).__name__)
