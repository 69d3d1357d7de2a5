# sys facts scripts print: version checks, float limits, implementation, recursion limit.
import sys
if sys.version_info < (3, 8):
    print("too old")
else:
    print("ok", sys.version_info[:3], sys.version_info.major >= 3)
print(sys.version_info > (3, 11), sys.version_info == (3, 11, 7, "final", 0), list(sys.version_info)[:2])
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.implementation.name, sys.implementation.cache_tag, sys.hexversion >= 0x030B0000)
print(sys.maxsize == 2 ** 63 - 1, sys.maxunicode, sys.getrecursionlimit(), sys.getdefaultencoding())
print(sys.int_info.bits_per_digit, sys.byteorder in ("little", "big"), isinstance(sys.argv, list))
print(repr(sys.version_info))
