# sys._getframe().f_locals: the calling frame's variables as they are when
# the frame is taken; f_back reaches the callers.
import sys


def area(width, height=2):
    result = width * height
    return sorted(sys._getframe().f_locals.items())


print(area(3))


def outer():
    marker = "outer's"
    return inner()


def inner():
    caller = sys._getframe(1)
    here = sys._getframe()
    return here.f_code.co_name, caller.f_code.co_name, caller.f_lineno


print(outer())


def squares():
    return [sys._getframe().f_locals.get("i") ** 2 for i in range(3)]


print(squares())


class Config:
    debug = True
    names = sorted(sys._getframe().f_locals)


print(Config.names)
module_frame = sys._getframe()
print(module_frame.f_locals is globals(), module_frame.f_back)
