# json.loads of every kind of value, the hooks and parse functions,
# strict mode, duplicate keys, and bytes in each encoding.
import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, (e.msg, e.pos, e.lineno, e.colno))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: json.loads('{"a": [1, -2, 3.5, -0.0, 1e3, 1E-2, 2e+2], "b": null, "c": true, "d": false}'))
show(lambda: json.loads(' \t\n\r[ 1 , "two" ,{ } , [ ] ] \n'))
show(lambda: json.loads('"\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u2028 \\ud834\\udd1e"'))
show(lambda: json.loads('"\\ud800" ') == "\ud800")
show(lambda: json.loads('"\\udc00\\ud800"') == "\udc00\ud800")
show(lambda: json.loads('"\\ud800\\u0041"') == "\ud800A")
show(lambda: json.loads('"h\u00e9llo \U0001d11e"'))
show(lambda: json.loads('123456789012345678901234567890'))
show(lambda: json.loads('-0'))
show(lambda: json.loads('1e400'))
show(lambda: json.loads('-1e400'))
show(lambda: json.loads('[NaN, Infinity, -Infinity]'))
show(lambda: json.loads('{"a": 1, "a": 2, "b": 3, "a": 4}'))
show(lambda: json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))
show(lambda: json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
show(lambda: json.loads('{"a": 1}', object_hook=len, object_pairs_hook=tuple))
show(lambda: json.loads('[1, 2.50, 3e2]', parse_float=lambda s: "float:" + s))
show(lambda: json.loads('[1, -20, 2.5]', parse_int=lambda s: "int:" + s))
show(lambda: json.loads('[1, 2]', parse_int=float))
show(lambda: json.loads('[NaN, -Infinity]', parse_constant=lambda s: "const:" + s))
show(lambda: json.loads('"a\tb\nc\x00"', strict=False))
show(lambda: json.loads('{"k\x01": "\x1f"}', strict=False))
show(lambda: json.loads('"a\tb"'))
show(lambda: json.loads('1' * 4301))
show(lambda: len(str(json.loads('9' * 4300))))
show(lambda: json.loads('1' * 4301, parse_int=len))
show(lambda: json.loads(b'{"bytes": [1]}'))
show(lambda: json.loads(bytearray(b'"ba"')))
for enc in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
    show(lambda: (enc, json.loads('{"\u00e9": "\U0001d11e"}'.encode(enc))))
    show(lambda: (enc, json.loads('1'.encode(enc))))
show(lambda: json.loads(b'\xff'))
show(lambda: json.loads(b''))
show(lambda: json.loads(b'"\xed\xa0\x80"') == "\ud800")
show(lambda: json.loads("\ufeff[]"))
show(lambda: json.loads(3))
show(lambda: json.loads(None))
show(lambda: json.loads(memoryview(b"1")))
show(lambda: json.loads('[]', nonsense=1))
show(lambda: json.loads('[]', cls=json.JSONDecoder, strict=False))
show(lambda: json.decoder.scanstring('"abc" tail', 1))
show(lambda: json.decoder.scanstring('x"\\n"', 2, False))
show(lambda: json.decoder.scanstring('abc', 7))
show(lambda: json.decoder.scanstring('abc', -1))
show(lambda: json.decoder.scanstring('abc', 0))
