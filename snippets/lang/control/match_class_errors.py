# Errors raised by a class pattern are located at that pattern (carets under it), not at the match line
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
class Plain:
    pass
def check(obj, pattern_kind):
    try:
        match obj:
            case Point(a, b, c) if pattern_kind == 'too many':
                pass
            case Plain(a):
                pass
            case Point(x=0):
                print('on y axis')
    except TypeError as e:
        print(pattern_kind, '->', e)
check(Point(0, 1), 'too many')
check(Plain(), 'plain')
check(Point(0, 5), 'keyword')  # the too-many pattern is tried first
not_a_class = len
match 5:
    case int(n) if n > 10:
        print('big')
    case not_a_class():
        pass
