# throw(type, value, tb) takes a traceback object; anything else is refused.
def gen():
    try:
        yield 1
    except ZeroDivisionError as e:
        yield "caught " + repr(e)


try:
    1 / 0
except ZeroDivisionError as exc:
    saved = exc
g = gen()
next(g)
print(g.throw(type(saved), saved, saved.__traceback__))
g = gen()
next(g)
try:
    g.throw(ValueError, ValueError("x"), 5)
except TypeError as e:
    print(e)
print(g.throw(ZeroDivisionError, None, None))
