# Subclassing JSONEncoder and JSONDecoder, and the ways to import json's
# submodules.
import json
import json.decoder
import json.encoder as enc
from json.decoder import JSONDecodeError, JSONDecoder
from json import encoder, scanner

print(json.decoder.JSONDecodeError is JSONDecodeError is json.JSONDecodeError)
print(enc.JSONEncoder is json.JSONEncoder, JSONDecoder is json.JSONDecoder)
print(json.encoder is encoder, type(scanner).__name__)
print(json.__name__, json.decoder.__name__, json.encoder.__name__, json.scanner.__name__)
print(sorted(json.__all__), json.__version__)
print(enc.encode_basestring_ascii("\u00e9\n\""), enc.encode_basestring("\u00e9\n\""))
print(JSONDecoder.__module__, json.JSONEncoder.__module__)


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}}, cls=SetEncoder))
print(SetEncoder(indent=2).encode([frozenset([1])]))
try:
    json.dumps([1j], cls=SetEncoder)
except TypeError as e:
    print(e)


class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


print(json.dumps({"a": "b"}, cls=Upper))


class Chunky(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield "<" + chunk + ">"


print(json.dumps([1, {"a": 2}], cls=Chunky))
print(list(json.JSONEncoder().iterencode([1, [2, "x"], {"k": None}])))
print(list(json.JSONEncoder(indent=1).iterencode({"a": [1], "b": {}})))
print(list(json.JSONEncoder().iterencode(5)))
print(json.JSONEncoder().iterencode([1], _one_shot=True))
e = json.JSONEncoder(separators=(",", ":"), sort_keys=True)
print(e.item_separator, e.key_separator, e.sort_keys, e.indent)
e = json.JSONEncoder(indent=4)
print(repr(e.item_separator), repr(e.key_separator))
print(json.JSONEncoder.item_separator, json.JSONEncoder.key_separator)


class Tagged(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return ("obj", sorted(d))


print(json.loads('{"b": {"a": 1}}', cls=Tagged))


class Prefixed(json.JSONDecoder):
    def decode(self, s):
        return super().decode(s.removeprefix("JSON:"))


print(json.loads("JSON:[1, 2]", cls=Prefixed))


class Lenient(json.JSONDecoder):
    def raw_decode(self, s, idx=0):
        obj, end = super().raw_decode(s, idx)
        return ["wrapped", obj], end


print(json.loads(" [3] ", cls=Lenient))
d = json.JSONDecoder(parse_float=str, strict=False)
print(d.parse_float, d.parse_int, d.strict, d.object_hook, d.object_pairs_hook)
print(d.decode("[1.5, 2]"))


def stream(text):
    # Several documents one after another, as raw_decode allows.
    dec = json.JSONDecoder()
    i = 0
    out = []
    while i < len(text):
        obj, i = dec.raw_decode(text, i)
        out.append(obj)
        while i < len(text) and text[i] == " ":
            i += 1
    return out


print(stream('1 [2] {"3": 4} "five"'))
