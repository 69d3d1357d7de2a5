# json.dump writes chunk by chunk through the file's write (what was
# written before an error stays written); json.load reads with read().
import io
import json


class Recorder:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)


def dump(obj, **kw):
    w = Recorder()
    try:
        json.dump(obj, w, **kw)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    print(w.chunks)


dump([1, "a", [2, [3]], {"k": [None, True]}, 1.5])
dump({"a": 1, "b": [1, 2], "c": {}}, indent=2)
dump({"z": 1, "a": 2}, sort_keys=True, separators=(",", ":"))
dump([1, 2, object()])
dump({"a": 1, "b": {1j: 2}})
dump([float("nan")], allow_nan=False)
a = [1]
a.append(a)
dump(a)
dump((), indent=3)
dump("text")
dump({"a": [1, {"b": None}], "c": []}, separators=("", ""))
dump([[], {}, "x", [[1]]], indent=0)
dump({"b": 1, 2: 3}, sort_keys=True)


class Encoder(json.JSONEncoder):
    pass


dump([1, [2]], cls=Encoder)

s = io.StringIO()
json.dump({"x": [1, 2, 3]}, s, indent="\t")
print(repr(s.getvalue()))
s.seek(0)
print(json.load(s))
print(json.load(io.StringIO('{"a": 1.5}'), parse_float=str))
print(json.load(io.BytesIO(b'[1, "\\u00e9"]')))
print(json.load(io.BytesIO('["\u00e9"]'.encode("utf-16"))))


class Reader:
    def read(self):
        return '{"from": "read"}'


print(json.load(Reader()))
try:
    json.load(io.StringIO("[1, 2"))
except json.JSONDecodeError as e:
    print(e)
try:
    json.dump([1], object())
except AttributeError as e:
    print(e)
for kw in [dict(separators=(1, 2)), dict(separators=(1, ":"), indent=2),
           dict(indent=2.5), dict(indent=True)]:
    s = io.StringIO()
    try:
        json.dump({"a": [1, 2]}, s, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
    print(repr(s.getvalue()))
