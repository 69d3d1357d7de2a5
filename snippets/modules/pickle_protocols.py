# The Pickler and Unpickler classes: files, several pickles in one file,
# persistent ids, dispatch_table, reducer_override, memo, Python 2 names
# and string opcodes, protocol 5 buffers.
import pickle
import io
import copyreg

f = io.BytesIO()
pickle.dump([1, 2], f)
pickle.dump('second', f, 0)
pickle.dump({'third': 3}, f, 5)
f.seek(0)
print(pickle.load(f), pickle.load(f), pickle.load(f))


class P(pickle.Pickler):
    def persistent_id(self, obj):
        return 'PID' if obj == 'special' else None


class U(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded ' + pid


for proto in range(6):
    f = io.BytesIO()
    P(f, proto).dump(['a', 'special', 3])
    print(f.getvalue())
    f.seek(0)
    print(U(f).load())


class DT(pickle.Pickler):
    dispatch_table = {complex: lambda c: (complex, (c.imag, c.real))}


f = io.BytesIO()
DT(f, 2).dump(1 + 2j)
print(f.getvalue(), pickle.loads(f.getvalue()))


class RO(pickle.Pickler):
    def reducer_override(self, obj):
        if obj == 42:
            return (int, ('43',))
        return NotImplemented


class Thing:
    pass


f = io.BytesIO()
RO(f, 4).dump([42, 1, Thing])
print(f.getvalue(), pickle.loads(f.getvalue()))

# One pickler, two dumps: the memo carries over until clear_memo.
f = io.BytesIO()
p = pickle.Pickler(f, 2)
shared = ['s']
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print(f.getvalue())

# Python 2 pickles: STRING, BINSTRING, SHORT_BINSTRING with encodings,
# __builtin__ names, INST and OBJ.
print(pickle.loads(b"S'abc\\n\\x41'\np0\n."))
print(pickle.loads(b"U\x03\xe9ab.", encoding='latin1'))
print(pickle.loads(b"U\x03\xe9ab.", encoding='bytes'))
print(pickle.loads(b"T\x03\x00\x00\x00abc."))
print(pickle.loads(b"c__builtin__\nxrange\n(I0\nI3\nI1\ntR."))
print(pickle.loads(b"(lp0\nI1\naL5L\naF2.5\naVa\\u1234\na."))
print(pickle.loads(b"(dp0\nS'k'\np1\nI01\ns."))


class Old:
    def __init__(self, *a):
        self.a = a


print(vars(pickle.loads(b"(I1\nI2\ni__main__\nOld\n(dp0\nVb\nI3\nsb.")))
print(vars(pickle.loads(b"(c__main__\nOld\nK\x01o}X\x01\x00\x00\x00bK\x02sb.")))

# Extension codes.
copyreg.add_extension('__main__', 'Thing', 240)
for proto in range(6):
    s = pickle.dumps(Thing, proto)
    print(s, pickle.loads(s) is Thing)
copyreg.remove_extension('__main__', 'Thing', 240)

# Out-of-band buffers (protocol 5).
buffers = []
data = [pickle.PickleBuffer(b'abc'), pickle.PickleBuffer(bytearray(b'xyz'))]
s = pickle.dumps(data, 5, buffer_callback=buffers.append)
print(s, len(buffers))
print(pickle.dumps(data, 5))
print(pickle.loads(pickle.dumps(data, 5)))
# A dict or set whose size is a multiple of the batch size ends with an
# empty batch in the C pickler.
import hashlib
for n in (999, 1000, 1001, 2000):
    for p in (2, 4, 5):
        print(n, p, hashlib.md5(pickle.dumps({i: i for i in range(n)}, p)).hexdigest(),
              hashlib.md5(pickle.dumps(set(range(n)), p)).hexdigest(),
              pickle.loads(pickle.dumps(set(range(n)), p)) == set(range(n)))
