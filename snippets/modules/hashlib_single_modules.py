# CPython's single-algorithm hash modules: their hashes are their own types.
import _md5
import _sha1
import _sha256
import _sha512

for module, name in [(_md5, "md5"), (_sha1, "sha1"), (_sha256, "sha224"),
                     (_sha256, "sha256"), (_sha512, "sha384"), (_sha512, "sha512")]:
    make = getattr(module, name)
    h = make(b"abc")
    print(make, type(h), h.name, h.block_size, h.digest_size)
    copied = h.copy()
    copied.update(b"d")
    print(type(copied) is type(h), h.hexdigest()[:20], copied.hexdigest()[:20])

print([n for n in dir(_md5) if not n.startswith("__")])
print([n for n in dir(_sha256) if not n.startswith("__")])
print([n for n in dir(_sha512) if not n.startswith("__")])
print(_md5.MD5Type is type(_md5.md5()), _sha1.SHA1Type, _md5.md5.__module__)
print(_md5.md5(string=b"x").digest(), _sha1.sha1(b"x", usedforsecurity=False).hexdigest())

for call in [lambda: _md5.md5("text"), lambda: _md5.MD5Type(),
             lambda: _sha256.sha256(b"a", b"b"), lambda: _md5.md5().update(b"a", x=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
try:
    _sha1.sha1().name = "other"
except AttributeError as e:
    print(e)
