import secrets
import string

tok = secrets.token_bytes()
print(type(tok).__name__, len(tok), len(secrets.token_bytes(5)), secrets.token_bytes(0))
h = secrets.token_hex(16)
print(len(h), all(c in string.hexdigits for c in h), len(secrets.token_hex()), secrets.token_hex(0) == '')
u = secrets.token_urlsafe(16)
print(len(u), all(c in string.ascii_letters + string.digits + '-_' for c in u), len(secrets.token_urlsafe()))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), secrets.randbelow(1))
print(all(0 <= secrets.randbits(4) < 16 for _ in range(100)), secrets.randbits(0))
print(secrets.choice('abc') in 'abc', secrets.choice([7]), secrets.DEFAULT_ENTROPY)
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'abc', b'abd'))
r = secrets.SystemRandom()
print(0 <= r.random() < 1, 1 <= r.randint(1, 6) <= 6, sorted(r.sample(range(5), 5)))
print(sorted(secrets.__all__))
for call in [lambda: secrets.choice([]), lambda: secrets.randbits(-1), lambda: secrets.token_bytes(-1)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
secrets.randbelow(0)
