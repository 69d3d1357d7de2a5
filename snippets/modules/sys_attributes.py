# sys's descriptive attributes and small functions.
import sys

f = sys.flags
print(type(f).__name__, len(f), f.debug, f.optimize, f.verbose, f.bytes_warning, f.dev_mode, f.utf8_mode, f.int_max_str_digits)
print(f.inspect, f.interactive, f.quiet, f.isolated, f.no_site, f.hash_randomization, f[0], f[-1])
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.is_finalizing(), sys.gettrace(), sys.getprofile())
print(sys.thread_info, sys.abiflags == "", sys.platlibdir, sys.warnoptions, sys._xoptions)
print(sys.copyright.splitlines()[0], isinstance(sys.executable, str), sys.prefix == sys.base_prefix)
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)
