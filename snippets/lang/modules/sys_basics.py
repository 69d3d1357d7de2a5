# sys: argv, version_info comparisons and fields, maxsize, byteorder, platform, implementation.
import sys
print(sys.argv)
print(sys.version_info >= (3, 8), sys.version_info[:2] == (3, 11), sys.version_info.major, sys.version_info.minor)
print(sys.version_info[0], tuple(sys.version_info)[:3] == (3, 11, 7), sys.version_info.releaselevel)
print(sys.version.startswith("3.11"), sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder)
print(sys.platform, sys.implementation.name, type(sys.version_info).__name__)
major, minor, *_ = sys.version_info
print(major, minor, len(sys.version_info))
