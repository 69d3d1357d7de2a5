# random: seeding with ints, floats, str/bytes (version 1 and 2) gives CPython's exact random() and getrandbits() values.
import random

for seed in [0, 1, -1, 42, 2**32, 2**32 - 1, 2**64 + 7, -(2**100), 3.5, -2.25, 1e300, True]:
    random.seed(seed)
    print(repr(seed), random.random(), random.random())

for seed in ["", "hello", "snowman \u2603", b"", b"raw\x00\xff", bytearray(b"mutable")]:
    r = random.Random(seed)
    print(repr(seed), r.random())

for seed in ["abc", b"abc", "", "\xe9t\xe9"]:
    r = random.Random()
    r.seed(seed, version=1)
    print("version 1", repr(seed), r.random())

# Equal seeds, equal sequences: the instance and the module functions.
random.seed(2024)
first = [random.random() for _ in range(5)]
gen = random.Random(2024)
print(first == [gen.random() for _ in range(5)], first[-1])

r = random.Random(7)
for k in (0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 257, 1000):
    print("getrandbits", k, r.getrandbits(k))
print(r.randbytes(0), r.randbytes(1), r.randbytes(9))
print(r.randbytes(40).hex())

# A long run crosses many regenerations of the 624-word state.
r = random.Random(99)
print(sum(r.getrandbits(32) for _ in range(5000)))
print(sum(r.random() for _ in range(5000)))
