"""The two functions of CPython's `_codecs` that pickles name:
`encode(obj, encoding, errors)` and `decode(obj, encoding, errors)` over
str.encode and bytes.decode (protocols 0-2 pickle bytes as
`_codecs.encode(text, 'latin1')`). No codec registry."""


def encode(obj, encoding='utf-8', errors='strict'):
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    return obj.decode(encoding, errors)
