# re's Pattern and Match methods are C in CPython: a traceback shows the
# re/__init__.py function called and the user's callback, nothing between.
import re
import traceback


def times(m):
    return m.group(0) * int(m.group(1))


print(re.sub(r"x(\d)", times, "x2 x3"))
try:
    re.sub(r"(\w)", times, "ab")
except ValueError:
    traceback.print_exc()
try:
    re.compile(r"(\w)").sub(times, "ab")
except ValueError:
    traceback.print_exc()
try:
    re.match(r"(?P<k>\w+)", "abc").group("zz")
except IndexError:
    traceback.print_exc()
try:
    re.search([1], "abc")
except TypeError:
    traceback.print_exc()
re.findall(r"\d", 123)
