# hashlib: digests of any buffer through every constructor, hash objects, and CPython's errors.
import array
import hashlib
from _attempt import attempt

data = b'pyview buffers'
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, data)
    digest = h.hexdigest(8) if name.startswith('shake') else h.hexdigest()
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__, digest)
print(hashlib.md5(data).hexdigest(), hashlib.sha1(data).digest())
print(hashlib.sha256(b'').hexdigest(), hashlib.sha512(data, usedforsecurity=False).hexdigest()[:16])
print(hashlib.sha3_256(string=data).hexdigest(), hashlib.shake_256(data).digest(5))
print(hashlib.new('SHA256', data).name, hashlib.new('sha-1').name, hashlib.new('sha512_256', data).hexdigest())
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available, 'sha512_256' in hashlib.algorithms_available)

# Incremental updates, copies and BLAKE2's parameters.
h = hashlib.sha256()
h.update(b'pyview ')
snapshot = h.copy()
h.update(b'buffers')
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), snapshot.hexdigest()[:16], h.digest_size)
b = hashlib.blake2b(data, digest_size=16, key=b'secret', salt=b'salt', person=b'me')
print(b.hexdigest(), b.digest_size, b.block_size, b.name, type(b).__name__)
print(hashlib.blake2s(data, digest_size=8).hexdigest(), hashlib.blake2s(key=b'k' * 32).hexdigest()[:16])
print(hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2s.SALT_SIZE, b.PERSON_SIZE)
print(repr(h).split(' @ ')[0], repr(b).split(' at ')[0], hashlib.md5, hashlib.blake2b)

# Any C-contiguous buffer: bytearray, memoryview, array.array.
print(hashlib.md5(bytearray(data)).hexdigest() == hashlib.md5(memoryview(data)).hexdigest())
print(hashlib.sha1(array.array('d', [1.5])).hexdigest(), hashlib.sha1(memoryview(data)[7:]).hexdigest())
h = hashlib.blake2s()
h.update(array.array('H', [1, 2]))
h.update(memoryview(b'xyz')[1:])
print(h.hexdigest())


def hexdigest(r):
    return r.hexdigest()


attempt(hashlib.new, 'SHA3-256', data, show=hexdigest)
attempt(hashlib.blake2b, data, fanout=1, depth=1, last_node=False, show=hexdigest)
attempt(hashlib.md5, 'text')
attempt(hashlib.md5, 5)
attempt(hashlib.md5, memoryview(b'abcdef')[::2])
attempt(hashlib.md5, b'a', b'b')
attempt(hashlib.md5, data=b'a')
attempt(hashlib.sha256().update, 'text')
attempt(hashlib.sha256().update)
attempt(hashlib.sha256().update, memoryview(b'abcd')[::2])
attempt(hashlib.sha256().hexdigest, 1)
attempt(hashlib.shake_128().hexdigest)
attempt(hashlib.new, 'foo')
attempt(hashlib.new, 'md5', 'text')
attempt(hashlib.new, 5)
attempt(hashlib.new, 'md5', string=b'a')
attempt(hashlib.blake2b, 'text')
attempt(hashlib.blake2b, b'', digest_size=65)
attempt(hashlib.blake2s, b'', key=b'k' * 33)
attempt(hashlib.blake2s, b'', salt=b's' * 9)
attempt(hashlib.blake2b, b'', person=b'p' * 17)
attempt(hashlib.blake2b, b'', key='k')
attempt(hashlib.blake2b, b'', 1)
attempt(hashlib.blake2b, b'', fanout=256)
attempt(hashlib.blake2b().update, obj=b'x')
released = memoryview(b'abcd')
released.release()
attempt(hashlib.sha1, released)
h = hashlib.md5()
try:
    h.name = 'x'
except AttributeError as e:
    print(e)
try:
    type(h)()
except TypeError as e:
    print(e)
