import hmac, hashlib
keys = [b'', b'k', b'key' * 10, b'x' * 64, b'y' * 65, b'z' * 200, bytes(range(256))]
for algo in ['md5', 'sha1', 'sha256', 'sha512', 'sha384', 'sha224', 'blake2b', 'sha3_256']:
    for k in keys:
        h = hmac.new(k, b'message', algo)
        print(algo, len(k), h.hexdigest(), h.name, h.digest_size, h.block_size)
h = hmac.new(b'k', digestmod=hashlib.sha256)
h.update(b'a'); c = h.copy(); c.update(b'b')
print(h.hexdigest(), c.hexdigest(), h.digest() == hmac.digest(b'k', b'a', 'sha256'))
print(hmac.new(b'k', b'm', lambda d=b'': hashlib.sha1(d)).hexdigest(), hmac.digest(bytearray(b'k'), b'm', hashlib.md5))
for bad in [('k', b'm', 'sha256'), (b'k', b'm', None), (b'k', b'm', 'nope'), (b'k', 'm', 'md5'), (b'k', b'm', 5)]:
    try:
        hmac.new(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    hmac.new(b'k')
except Exception as e:
    print(type(e).__name__, e)
try:
    hmac.digest('k', b'm', 'md5')
except Exception as e:
    print(type(e).__name__, e)
for a, b in [('a', 'a'), ('a', b'a'), (b'a', bytearray(b'a')), ('é', 'é'), (1, 2), (b'a', 1), ('ab', 'a'), (memoryview(b'x'), b'x'), ('é', b'a'), (b'abc', b'abd')]:
    try:
        print(hmac.compare_digest(a, b))
    except Exception as e:
        print(type(e).__name__, e)
try:
    hmac.compare_digest(a=1)
except Exception as e:
    print(type(e).__name__, e)
print(hmac.digest_size, hmac.trans_5C[:4], hmac.HMAC.blocksize)
hmac.compare_digest(b'a')
