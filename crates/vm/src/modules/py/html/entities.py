"""HTML character entity references."""

# pyview's html.entities: the HTML 4 tables (no `html5`, the HTML 5 table).

__all__ = ['name2codepoint', 'codepoint2name', 'entitydefs']

from html import _ENTITIES

name2codepoint = {}
for _pair in _ENTITIES.split():
    _name, _code = _pair.split('=')
    name2codepoint[_name] = int(_code, 16)
# HTML 4 has these two as U+2329 and U+232A (HTML 5's are above).
name2codepoint['lang'] = 0x2329
name2codepoint['rang'] = 0x232a
codepoint2name = {}
entitydefs = {}
for _name, _code in name2codepoint.items():
    codepoint2name[_code] = _name
    entitydefs[_name] = chr(_code)
del _pair, _name, _code
