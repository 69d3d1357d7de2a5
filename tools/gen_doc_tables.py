"""Writes crates/vm/src/doc_tables.rs: the docstrings and text signatures
of the built-in functions, the built-in types and their attributes, and of
the native modules pyview has and their functions, as the running CPython
3.11 has them (pyview's `__doc__`, `__text_signature__` and `help()` of
built-ins read them).

    python3 tools/gen_doc_tables.py > crates/vm/src/doc_tables.rs
"""
import atexit
import binascii
import builtins
import gc
import math
import sys
import time
import unicodedata
import zlib

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

MODULES = {m.__name__: m for m in (atexit, binascii, builtins, gc, math, sys, time,
                                   unicodedata, zlib)}


def lit(s):
    if s is None:
        return "None"
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif " " <= ch <= "~":
            out.append(ch)
        else:
            out.append("\\u{%x}" % ord(ch))
    return 'Some("' + "".join(out) + '")'


def entries():
    for mod_name, mod in MODULES.items():
        yield mod_name, "", mod
    for mod_name, mod in MODULES.items():
        for name in dir(mod):
            obj = getattr(mod, name)
            if isinstance(obj, type) or not callable(obj):
                continue
            if type(obj).__name__ != "builtin_function_or_method":
                continue
            yield mod_name, name, obj
    for name in dir(builtins):
        t = getattr(builtins, name)
        if not isinstance(t, type) or issubclass(t, BaseException) or name.startswith("_"):
            continue
        yield name, "", t
        for attr, obj in vars(t).items():
            if isinstance(obj, (staticmethod, classmethod)):
                obj = obj.__func__
            if attr != "__doc__":
                yield name, attr, obj


rows = []
for owner, name, obj in entries():
    doc = getattr(obj, "__doc__", None)
    sig = getattr(obj, "__text_signature__", None)
    if not isinstance(doc, str):
        doc = None
    if not isinstance(sig, str):
        sig = None
    if doc is None and sig is None:
        continue
    rows.append((owner, name, sig, doc))
rows.sort()

print("//! Docstrings and text signatures of CPython 3.11's built-ins, generated")
print("//! by tools/gen_doc_tables.py (do not edit by hand).")
print()
print("/// `(owner, name, __text_signature__, __doc__)`, sorted by owner and name:")
print("/// the owner is a module (`builtins`, `math`) for functions, a type's name")
print("/// for its attributes, and the name is empty for the type itself.")
print("#[rustfmt::skip]")
print("pub static DOCS: &[(&str, &str, Option<&str>, Option<&str>)] = &[")
for owner, name, sig, doc in rows:
    print(f'    ("{owner}", "{name}", {lit(sig)}, {lit(doc)}),')
print("];")
