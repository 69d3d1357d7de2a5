# An except clause whose type is not an exception class (alone or in its
# tuple, even after an item that matches) raises TypeError, reported at
# the whole handler (no carets); a name error in the type is at the name.
import traceback


def run(f):
    try:
        f()
    except Exception:
        print(traceback.format_exc().splitlines()[-3:])


def tuple_after_match():
    try:
        1/0
    except (ZeroDivisionError, 5):
        print('not reached')


def nested_tuple():
    try:
        1/0
    except (ZeroDivisionError, (ValueError, TypeError)):
        print('not reached')


def in_generator():
    try:
        yield 1/0
    except 5:
        yield 'no'


def star():
    try:
        1/0
    except* (ZeroDivisionError, 5):
        pass


def undefined():
    try:
        1/0
    except undefined_exc_name:
        pass


for f in [tuple_after_match, nested_tuple, lambda: list(in_generator()), star, undefined]:
    run(f)
try:
    1/0
except ValueError:
    pass
except 5: pass
