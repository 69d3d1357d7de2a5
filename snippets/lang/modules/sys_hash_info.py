# sys.hash_info holds CPython's hash parameters, which the numeric hashes follow
import sys

info = sys.hash_info
print(info)
print(type(info), len(info), info[0], info.algorithm)
print(hash(float("inf")) == info.inf, hash(float("-inf")) == -info.inf)
print(hash(2**61) == 1, hash(info.modulus) == 0, hash(1j) == info.imag)
