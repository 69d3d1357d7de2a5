# JSONDecodeError: CPython's messages, positions, lines and columns, and
# the exception's attributes.
import json
from json import JSONDecodeError

docs = [
    '', ' ', 'x', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a" 1}',
    '{"a":', '{"a": 1', '{"a": 1,}', '{"a": 1 "b": 2}', '{1: 2}', "{'a': 1}",
    '"abc', '"\\', '"\\x"', '"\\u12"', '"\\u12x4"', '"\\ud800\\udx00"', '"a\x01b"',
    '[1]x', '1 2', 'nul', 'tru', 'NaNx', '-', '-x', '01', '1.', '1e', '[.5]',
    '[\n  1,\n  2\n  3\n]', '{\n"a":\n}', '\n\n   @', '"\u00e9\u00e9" x', '["\u00e9", \u00e9]',
]
for doc in docs:
    try:
        print(ascii(doc), "->", repr(json.loads(doc)))
    except JSONDecodeError as e:
        print(ascii(doc), "->", e)
        print("   ", (e.msg, e.pos, e.lineno, e.colno), e.doc == doc, e.args)

e = JSONDecodeError("Custom", "ab\ncd\nef", 7)
print(e, e.lineno, e.colno, e.__reduce__())
print(isinstance(e, ValueError), JSONDecodeError.__mro__)
print(JSONDecodeError.__name__, JSONDecodeError.__module__)
try:
    json.loads('[1,')
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'))
print(dec.raw_decode('  {"a": 1}', 2))
for args in [('1', -1), ('[1]', 5), ('x', 0)]:
    try:
        print(dec.raw_decode(*args))
    except Exception as e:
        print(type(e).__name__ + ':', e)
try:
    dec.scan_once('abc', 0)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    dec.scan_once(b'1', 0)
except TypeError as e:
    print(e)
print(dec.scan_once('[1, {"k": null}]  ', 0))
print(dec.scan_once('xx"\u00e9"', 2))
