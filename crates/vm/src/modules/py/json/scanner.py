"""JSON token scanner"""

# pyview's json.scanner: make_scanner is the native scanner of _json (as
# CPython's c_make_scanner); there is no pure-Python scanner.

import _json

__all__ = ['make_scanner']

c_make_scanner = _json.make_scanner
make_scanner = c_make_scanner
