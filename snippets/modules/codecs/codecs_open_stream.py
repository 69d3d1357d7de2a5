import codecs
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'x.txt')
with codecs.open(p, 'w', encoding='utf-16') as f:
    f.write('h\xe9llo\n')
    f.writelines(['w\xf6rld\n', 'end'])
with open(p, 'rb') as f:
    print(f.read())
with codecs.open(p, 'r', 'utf-16') as f:
    print(repr(f.read()))
with codecs.open(p, encoding='utf-16') as f:
    print(f.readlines())
f = codecs.open(p, 'r', 'utf-16')
print(repr(f.readline()), f.encoding)
print([line for line in f])
f.close()
with codecs.open(p, 'rb') as f:
    print(type(f).__name__, f.read(4))
os.remove(p)
os.rmdir(d)

# Stream writers over an in-memory file.
buf = io.BytesIO()
w = codecs.getwriter('utf-8-sig')(buf)
w.write('a')
w.write('b')
print(buf.getvalue())
buf = io.BytesIO()
w = codecs.getwriter('base64')(buf)
w.write(b'hello')
print(buf.getvalue())
r = codecs.getreader('latin-1')(io.BytesIO(b'caf\xe9\nbar'))
print(list(r))
info = codecs.lookup('utf-8')
print(callable(info.incrementalencoder), callable(info.streamwriter))
codecs.decode(b'ok \xff', 'utf-8')
