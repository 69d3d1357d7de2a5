"""Create portable serialized representations of Python objects.

pyview: the public names of CPython's `pickle` over `_pickle` (pyview's
own pickler and unpickler, written in Python): `dump`, `dumps`, `load`,
`loads`, `Pickler`, `Unpickler`, `PickleBuffer`, the exceptions, the
protocol constants, the opcode names, `encode_long`, `decode_long` and
`whichmodule`. `_Pickler`/`_Unpickler` (CPython's pure-Python classes)
are the same classes. No `pickletools`, no command line.
"""

import sys
from struct import pack, unpack
from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache
import _compat_pickle
from _pickle import (PickleError, PicklingError, UnpicklingError, Pickler,
                     Unpickler, PickleBuffer, dump, dumps, load, loads,
                     HIGHEST_PROTOCOL, DEFAULT_PROTOCOL)
import _pickle

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer"]

bytes_types = (bytes, bytearray)

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

_HAVE_PICKLE_BUFFER = True

_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads
_getattribute = _pickle._getattribute

# The opcodes, in the order of the bytes that name them.
MARK = b'('
EMPTY_TUPLE = b')'
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
FLOAT = b'F'
BINFLOAT = b'G'
INT = b'I'
FALSE = b'I00\n'
TRUE = b'I01\n'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
EMPTY_LIST = b']'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
SETITEMS = b'u'
EMPTY_DICT = b'}'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

__all__.extend(x for x in dir() if x.isupper() and not x.startswith('_'))


def whichmodule(obj, name):
    """Find the module an object belongs to."""
    return _pickle._whichmodule(obj, name)


def encode_long(x):
    """Two's complement little-endian bytes of x, as few as hold it
    (none for 0)."""
    return _pickle._encode_long(x)


def decode_long(data):
    """The int whose two's complement little-endian bytes are data."""
    return int.from_bytes(data, byteorder='little', signed=True)
