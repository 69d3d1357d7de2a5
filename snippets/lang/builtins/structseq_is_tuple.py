# Struct sequences (sys.version_info, sys.flags, time.struct_time,
# os.stat_result, functools' CacheInfo...) are tuple subclasses.
import sys, time, os, functools
for v in (sys.version_info, sys.flags, time.gmtime(0), os.stat("."), sys.float_info,
          sys.int_info, sys.hash_info, sys.thread_info, os.uname()):
    print(type(v).__name__, isinstance(v, tuple), issubclass(type(v), tuple), type(v).__mro__)


@functools.lru_cache
def f(x):
    return x


f(1)
info = f.cache_info()
print(info, isinstance(info, tuple), type(info).__mro__)
print(isinstance(sys.implementation, tuple), sys.version_info[:1] == (3,), tuple(time.gmtime(0))[:3])
print(isinstance(sys.flags, (list, tuple)), sys.flags[3] == sys.flags.optimize)
