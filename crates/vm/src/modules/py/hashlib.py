"""hashlib module - A common interface to many hash functions.

new(name, data=b'', **kwargs) - returns a new hash object implementing the
                                given hash function; initializing the hash
                                using the given binary data.

Named constructor functions are also available, these are faster
than using new(name):

md5(), sha1(), sha224(), sha256(), sha384(), sha512(), blake2b(), blake2s(),
sha3_224, sha3_256, sha3_384, sha3_512, shake_128, and shake_256.
"""

# pyview's hashlib: the hash types and constructors are native (_hashlib
# and _blake2); this part names them as CPython's module does, so that
# new() and its errors go through the same Python frames.

import _hashlib
from _blake2 import blake2b, blake2s
from _hashlib import pbkdf2_hmac

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'blake2b', 'blake2s',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                      'shake_128', 'shake_256')

algorithms_guaranteed = set(__always_supported)
algorithms_available = algorithms_guaranteed | {'sha512_224', 'sha512_256'}

__all__ = __always_supported + ('new', 'algorithms_guaranteed',
                                'algorithms_available', 'file_digest',
                                'pbkdf2_hmac')

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256

# The BLAKE2 types take parameters _hashlib.new does not.
__block_openssl_constructor = {'blake2b', 'blake2s'}

# The names CPython's own (non-OpenSSL) implementations answer to.
__builtin_constructor_cache = {
    'md5': md5, 'MD5': md5, 'sha1': sha1, 'SHA1': sha1,
    'sha224': sha224, 'SHA224': sha224, 'sha256': sha256, 'SHA256': sha256,
    'sha384': sha384, 'SHA384': sha384, 'sha512': sha512, 'SHA512': sha512,
    'blake2b': blake2b, 'blake2s': blake2s,
    'sha3_224': sha3_224, 'sha3_256': sha3_256,
    'sha3_384': sha3_384, 'sha3_512': sha3_512,
    'shake_128': shake_128, 'shake_256': shake_256,
}


def __get_builtin_constructor(name):
    constructor = __builtin_constructor_cache.get(name)
    if constructor is None:
        raise ValueError('unsupported hash type ' + name)
    return constructor


def __hash_new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    if name in __block_openssl_constructor:
        return __get_builtin_constructor(name)(data, **kwargs)
    try:
        return _hashlib.new(name, data, **kwargs)
    except ValueError:
        return __get_builtin_constructor(name)(data)


new = __hash_new


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object. Returns a digest object.

    *fileobj* must be a file-like object opened for reading in binary mode.
    *digest* must either be a hash algorithm name as a *str*, a hash
    constructor, or a callable that returns a hash object.
    """
    digestobj = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, 'getbuffer'):
        # io.BytesIO: hash its whole buffer at once.
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable')
            and fileobj.readable()):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    buf = bytearray(_bufsize)
    view = memoryview(buf)
    while True:
        size = fileobj.readinto(buf)
        if size == 0:
            break
        digestobj.update(view[:size])
    return digestobj


del __always_supported, __hash_new
