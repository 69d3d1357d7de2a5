# Structural pattern matching: sequences, mappings, classes, guards, or-patterns, captures.
def describe(cmd):
    match cmd:
        case []:
            return 'empty'
        case ['go', direction]:
            return f'go {direction}'
        case ['take', *items] if items:
            return f'take {items}'
        case [x, y, *rest]:
            return f'pair {x} {y} rest={rest}'
        case {'action': 'open', **others}:
            return f'open {others}'
        case {'n': int(n)} | {'count': int(n)}:
            return f'number {n}'
        case int() | float() as num if num > 100:
            return 'big number'
        case 0 | 1:
            return 'bit'
        case str(s):
            return f'string {s!r}'
        case None:
            return 'none'
        case _:
            return 'other'
for c in [[], ['go', 'north'], ['take', 'a', 'b'], ['take'], [1, 2, 3, 4], {'action': 'open', 'door': 1},
          {'n': 5}, {'count': 7}, 500, 2.5e3, 1, 'hi', None, 3.5, (1, 2)]:
    print(describe(c))
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return f'on y axis at {y}'
        case Point(x, 0):
            return f'on x axis at {x}'
        case Point():
            return 'somewhere'
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1)]:
    print(where(p))
header = bytes([0x89, 0x50, 0x4e, 0x47])
match list(header):
    case [0x89, 0x50, 0x4E, 0x47]:
        print('PNG')
    case _:
        print('unknown')
