# help() of a built-in module (its docstring, functions with their
# signatures), of dotted names, and of a name that names nothing.
import atexit
import math
import zlib

help(atexit)
help('len')
help('math.sqrt')
help('nosuch')
help(dict.get)
help([].append)
print(math.__doc__)
print(zlib.crc32.__doc__)
print(math.__file__.endswith('lib-dynload/math.cpython-311-x86_64-linux-gnu.so'))
