import codecs
import io

print(codecs.encode('Hello', 'rot13'), codecs.decode('Uryyb', 'rot_13'), codecs.decode(b'68656c6c6f', 'hex'))
print(codecs.encode(b'hello', 'hex_codec'), codecs.decode('68656c6c6f', 'hex'))
print(codecs.encode(b'hello', 'base64'), codecs.decode(b'aGVsbG8=\n', 'base64_codec'))
print(codecs.encode(b'hello world' * 10, 'base64'))
print(codecs.encode(b'hello', 'zlib'), codecs.decode(codecs.encode(b'abc' * 50, 'zip'), 'zlib'))
print(codecs.encode(b'h\xffe=llo \tx\n', 'quopri'), codecs.decode(b'h=FFe=3Dllo=20\n', 'quopri'))
print(codecs.encode(b'a' * 100, 'quopri'))
print(codecs.encode('h\xe9llo', 'latin-1'), codecs.decode(b'h\xc3\xa9llo'), codecs.encode('\u20ac', 'cp1252'))
print(codecs.encode('abc', 'utf-16-le'), codecs.decode(b'a\x00b\x00', 'utf_16_le'), codecs.encode('x', encoding='utf-32-be'))
print(codecs.encode('a\xe9\u20ac', 'ascii', 'xmlcharrefreplace'), codecs.encode('a\xe9', 'ascii', errors='backslashreplace'))
print(codecs.decode(b'a\xffb', 'utf-8', 'replace'), codecs.decode(b'a\xffb', 'ascii', 'ignore'), ascii(codecs.decode(b'a\xffb', 'utf-8', 'surrogateescape')))
for name in ['utf8', 'UTF-8', 'latin1', 'l1', 'iso-8859-1', 'ascii', 'us-ascii', 'cp1252', 'windows-1252',
             'utf-16', 'utf_16_le', 'utf-32-be', 'utf-8-sig', 'unicode_escape', 'raw_unicode_escape',
             'hex', 'hex_codec', 'base64', 'base_64', 'zlib', 'zip', 'quopri', 'quoted-printable', 'rot13', 'rot-13', 'idna']:
    info = codecs.lookup(name)
    print(repr(name), info.name, isinstance(info, tuple), len(info), info is codecs.lookup(name))
for bad in [('x', 'xyz'), (b'a', 'utf-8'), ('zz', 'hex'), (b'a', 'rot13'), ('\xe9', 'ascii')]:
    try:
        codecs.encode(*bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [('a', 'utf-8'), (b'zz', 'hex'), (b'abc', 'base64'), (b'abc', 'zlib'), (b'\xff', 'utf-8'), (b'x', 'nope')]:
    try:
        codecs.decode(*bad)
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__))
for enc in ['hex', 'rot13', 'base64', 'zlib', 'quopri', 'uu', 'bz2']:
    try:
        'a'.encode(enc)
    except LookupError as e:
        print(e)
    try:
        b'a'.decode(enc)
    except LookupError as e:
        print(e)
try:
    bytes('a', 'base64')
except LookupError as e:
    print(e)
try:
    str(b'a', 'hex')
except LookupError as e:
    print(e)

print(codecs.getencoder('hex')(b'ab'), codecs.getdecoder('rot13')('ab'), codecs.getencoder('utf-8')('h\xe9'))
print(codecs.lookup('utf-8').encode('h\xe9'), codecs.lookup('utf-8').decode(b'h'), codecs.lookup('latin-1').decode(b'\xe9'))
print(codecs.utf_8_decode(b'a\xe2\x82', 'strict', False), codecs.utf_8_decode(b'a\xe2', 'replace', True), codecs.utf_8_encode('\xe9'))
print(codecs.utf_16_le_decode(b'a\x00b', 'strict', False), codecs.latin_1_encode('ab'), codecs.ascii_decode(b'ab'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM, codecs.BOM_UTF16, codecs.BOM_UTF32, codecs.BOM_LE, codecs.BOM_BE, codecs.BOM32_LE, codecs.BOM64_BE)

# Incremental decoders wait for the rest of a split sequence.
data = 'h\xe9llo \u20ac\U0001d11e!'.encode()
d = codecs.getincrementaldecoder('utf-8')()
print([d.decode(data[i:i + 1]) for i in range(len(data))], repr(d.decode(b'', True)))
d = codecs.getincrementaldecoder('utf-8')(errors='replace')
print(repr(d.decode(b'a\xe2\x82')), repr(d.decode(b'', final=True)))
for chunk in [b'\xe0\x80', b'\xed\xa0', b'\xf4\x90', b'\xf0\x90\x80', b'\xc0', b'\xe2\x28', b'a\xed\xa0']:
    print(chunk, codecs.utf_8_decode(chunk, 'replace', False))
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'\xe2')), d.getstate())
try:
    d.decode(b'', final=True)
except UnicodeDecodeError as e:
    print(e)
d.reset()
print(repr(d.decode(b'ok')))
for enc in ['utf-16', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-8-sig', 'utf-8']:
    raw = 'a\u20ac\U0001d11e'.encode(enc)
    dec = codecs.getincrementaldecoder(enc)()
    print(enc, [dec.decode(raw[i:i + 1]) for i in range(len(raw))], repr(dec.decode(b'', True)))
    enc_ = codecs.getincrementalencoder(enc)()
    print(enc, enc_.encode('a'), enc_.encode('b'), enc_.encode('', True))
print(list(codecs.iterdecode([b'\xe2', b'\x82\xac', b'x'], 'utf-8')))
print(list(codecs.iterencode(['a', 'b', ''], 'utf-16')), list(codecs.iterencode(['ab', 'c'], 'utf-8-sig')))
print(list(codecs.iterdecode([b'6162', b'63'], 'hex')), codecs.getincrementalencoder('hex')().encode(b'ab'))
z = codecs.getincrementalencoder('zlib')()
packed = z.encode(b'abc' * 10) + z.encode(b'xyz', final=True)
print(packed, codecs.getincrementaldecoder('zlib')().decode(packed, final=True))

# Stream readers and writers.
buf = io.BytesIO()
w = codecs.getwriter('utf-16')(buf)
w.write('ab')
w.write('c')
print(buf.getvalue())
r = codecs.getreader('utf-8')(io.BytesIO('line one\nline \xe9\nend'.encode()))
print(r.readline(), r.readline(), r.read())
print(codecs.getreader('utf-8')(io.BytesIO(b'x\ny\n')).readlines())

# Escapes.
print(codecs.escape_decode(b'a\\n\\x41\\101\\q'), codecs.escape_encode(b"a\n\x00\xff'\\"))
try:
    codecs.escape_decode(b'ab\\')
except ValueError as e:
    print(e)
try:
    codecs.escape_decode(b'\\x4')
except ValueError as e:
    print(e)

# Error handlers.
def angle(e):
    return ('<%s>' % e.object[e.start:e.end], e.end)


codecs.register_error('angle', angle)
print(codecs.encode('a\xe9\u20acb', 'ascii', 'angle'), codecs.lookup_error('angle') is angle)
print(codecs.decode(b'a\xffb', 'utf-8', 'angle'))
for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape']:
    f = codecs.lookup_error(name)
    print(f.__name__, end=' ')
    for exc in [UnicodeEncodeError('ascii', 'a\xe9\u20acb', 1, 3, 'bad'), UnicodeDecodeError('ascii', b'a\xe9\xffb', 1, 3, 'bad')]:
        try:
            print(ascii(f(exc)), end=' ')
        except Exception as e:
            print(type(e).__name__, e, end=' ')
    print()
for call in [lambda: codecs.decode(b'\xff', 'utf-8', 'bogus'), lambda: codecs.decode(b'\xff', 'latin-1', 'bogus'),
             lambda: codecs.encode('\xff', 'ascii', 'bogus'), lambda: codecs.lookup_error('nope'), lambda: codecs.register_error('x', 1), lambda: codecs.lookup(5)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(codecs.strict_errors is codecs.lookup_error('strict'), codecs.ignore_errors.__name__)


# A search function of one's own.
def search(name):
    if name == 'my_upper':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper(), len(s)),
                                lambda s, errors='strict': (s.lower(), len(s)), name='my-upper')
    return None


codecs.register(search)
print(codecs.encode('abc', 'My Upper'), codecs.decode('ABC', 'my-upper'), codecs.lookup('my upper').name)
codecs.lookup('xyz')
